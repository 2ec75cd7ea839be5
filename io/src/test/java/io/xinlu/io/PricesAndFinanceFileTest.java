package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.xinlu.economy.TaxRates;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.policy.SectorSelector;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.YearPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Price paths and the public finance in files of format xinlu/1: read, written back, and every kind of bad input
 * reported with the file, line, column and model path.
 */
class PricesAndFinanceFileTest {
  static final String MODEL = """
      format: xinlu/1
      profile:
        name: town
        base-year: 2022
        sectors:
          - id: coal
            group: secondary
            tags: [coal]
            value-added: 30.0
          - id: services
            group: tertiary
            value-added: 10.0
        public-finance:
          base-year-revenue: 5.0
          rates:
            - sector: coal
              resource-tax: 0.08
              vat: 0.015
              income-tax: 0.015
            - sector: services
              vat: 0.015
      scenarios:
        - name: baseline
          end-year: 2030
          price-paths:
            - sector: coal
              interpolation: linear
              values: {2025: 0.9}
      """;

  private static CityModel load(String text) {
    return ScenarioFiles.combine(List.of(ScenarioFiles.parse(text, "town.yaml", FileFormat.of(Path.of("town.yaml")))))
        .model();
  }

  private static ScenarioFileException fails(String text) {
    return assertThrows(ScenarioFileException.class, () -> load(text));
  }

  private static FileProblem problem(ScenarioFileException e, String path, String part) {
    for (FileProblem p : e.problems()) {
      if (p.pathString().equals(path) && p.message().contains(part)) {
        return p;
      }
    }
    return fail("no problem at '" + path + "' saying '" + part + "' in:\n" + e.getMessage());
  }

  /** The line of the first occurrence of {@code needle}. */
  private static int line(String text, String needle) {
    int i = text.indexOf(needle);
    assertTrue(i >= 0, needle);
    return (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void price_paths_and_the_budget_are_read_and_run() {
    CityModel m = load(MODEL);
    assertEquals(TaxRates.of(0.08, 0.015, 0.015), m.profile().publicFinance().orElseThrow().ratesOf("coal"));
    assertEquals(TaxRates.of(0, 0.015, 0), m.profile().publicFinance().orElseThrow().ratesOf("services"));
    assertEquals(YearPath.linear(Map.of(2025, 0.9)),
        m.scenario("baseline").pricePaths().get(SectorSelector.sector("coal")));
    Run run = Engine.run(m, "baseline");
    assertEquals(5.0, run.budgetRevenue(2022), 0.0);
    // linear from 1 in 2022 to 0.9 in 2025: 0.9666... in 2023
    assertEquals(1 - 0.1 / 3, run.priceIndex(2023, "coal"), 1e-15);
  }

  @Test
  void the_written_file_reads_back_the_same_model() {
    CityModel m = load(MODEL);
    String written = ScenarioFiles.write(ScenarioDocument.of(m), FileFormat.YAML);
    CityModel again = load(written);
    assertEquals(m.profile(), again.profile());
    assertEquals(m.scenario("baseline"), again.scenario("baseline"));
    assertTrue(written.contains("public-finance:") && written.contains("price-paths:"), written);
  }

  @Test
  void a_negative_price_is_reported_at_its_line_with_scenario_selector_and_year() {
    String text = MODEL.replace("{2025: 0.9}", "{2025: -0.9}");
    FileProblem p = problem(fails(text), "scenario 'baseline' > price path > sector 'coal' > 2025 > value",
        "a price index must be positive, was -0.9");
    assertEquals(line(text, "{2025: -0.9}"), p.line(), p.toString());
  }

  @Test
  void an_exact_path_with_gaps_is_reported() {
    String text = MODEL.replace("interpolation: linear", "interpolation: exact");
    FileProblem p = problem(fails(text), "scenario 'baseline' > price path > sector 'coal' > interpolation",
        "missing 7 years: [2023, 2024, 2026, 2027, 2028] ...");
    assertEquals(line(text, "interpolation: exact"), p.line(), p.toString());
  }

  @Test
  void a_rate_outside_zero_one_is_reported_at_its_line() {
    String text = MODEL.replace("resource-tax: 0.08", "resource-tax: 1.08");
    FileProblem p = problem(fails(text), "profile 'town' > public finance > sector 'coal' > resource tax",
        "must lie in [0, 1], was 1.08");
    assertEquals(line(text, "resource-tax: 1.08"), p.line(), p.toString());
  }

  @Test
  void taxes_above_the_revenue_and_a_missing_revenue_are_reported() {
    // 0.08 x 30 + 0.03 x 30 + 0.015 x 10 = 3.45 > 3
    String low = MODEL.replace("base-year-revenue: 5.0", "base-year-revenue: 3.0");
    FileProblem p = problem(fails(low), "profile 'town' > public finance > base-year revenue",
        "is less than the base year's modelled taxes");
    assertEquals(line(low, "base-year-revenue: 3.0"), p.line(), p.toString());
    String none = MODEL.replace("  base-year-revenue: 5.0\n", "");
    problem(fails(none), "profile 'town' > public finance", "missing key 'base-year-revenue'");
    String twice = MODEL.replace("    - sector: services\n", "    - sector: coal\n");
    problem(fails(twice), "profile 'town' > public finance > sector 'coal'", "given twice");
  }
}
