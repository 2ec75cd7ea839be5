package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import io.xinlu.io.results.Table;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.scenarios.YangquanReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report's section "Jobs and the budget": every figure printed and tabulated equals the runs' own values, read
 * here through {@link Run}'s accessors (not through the section's code); a model without public finance, cohorts,
 * wages or closed assets gets the section with its parts left out and the reason, and no rows.
 */
class JobsAndBudgetTest {
  static final int[] YEARS = {2025, 2030, 2035};
  static List<Run> runs;
  static String text;

  @BeforeAll
  static void runYangquan() {
    runs = YangquanReport.runs();
    text = JobsAndBudget.text(runs, YEARS);
  }

  static Run run(String scenario) {
    return runs.stream().filter(r -> r.scenarioName().equals(scenario)).findFirst().orElseThrow();
  }

  /** A table row of the text: the label, the year and the cells after them, split on runs of blanks. */
  static List<String> row(String label, int year) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + " +" + year + " +(.*)$").matcher(text);
    List<List<String>> rows = new ArrayList<>();
    while (m.find()) {
      rows.add(List.of(m.group(1).trim().split(" +")));
    }
    assertFalse(rows.isEmpty(), label + " " + year + " in\n" + text);
    return rows.get(0);
  }

  static String f(int decimals, double x) {
    return String.format(Locale.ROOT, "%." + decimals + "f", x);
  }

  @Test
  void the_budget_table_prints_the_runs_revenue_share_and_revenue_per_resident() {
    assertTrue(text.startsWith(JobsAndBudget.TITLE + "\n"), text);
    // the base year: the official 2022 revenue, 81.97 亿元 = 8.197 billion CNY (Yangquan 2023 government work report)
    assertEquals("8.197", row("base year", 2022).get(0));
    for (Run r : runs) {
      for (int y : YEARS) {
        List<String> cells = row(r.scenarioName(), y);
        double revenue = r.budgetRevenue(y);
        double coal = r.tagTaxes(y, "coal") / revenue;
        double perResident = 1e9 * revenue / (1e3 * r.total(io.xinlu.engine.Quantity.POPULATION, y));
        assertEquals(List.of(f(3, revenue), f(1, 100 * coal), f(0, perResident)), cells.subList(0, 3),
            r.scenarioName() + " " + y);
      }
    }
  }

  @Test
  void the_workers_table_prints_the_cohorts_by_age_band_and_their_sum() {
    for (Run r : runs) {
      for (int y : YEARS) {
        // the budget table's rows come first: the workers' row is the second of this label and year
        Matcher m = Pattern.compile("(?m)^" + r.scenarioName() + " +" + y + " +(.*)$").matcher(text);
        assertTrue(m.find() && m.find(), r.scenarioName() + " " + y);
        List<String> cells = List.of(m.group(1).trim().split(" +"));
        List<String> expected = new ArrayList<>();
        double sum = 0;
        for (String band : List.of("16-29", "30-44", "45-54", "55-over")) {
          double v = r.displacedInAgeBand(band, y);
          expected.add(f(2, v));
          sum += v;
        }
        expected.add(f(2, sum));
        expected.add(f(2, r.longTermUnemployed(y)));
        expected.add(f(2, r.retiredFromPool(y)));
        expected.add(f(2, r.outMigrated(y)));
        assertEquals(expected, cells, r.scenarioName() + " " + y);
      }
    }
    // hand-read from the rows above: in 2035 the baseline's cohorts hold the most displaced workers, the
    // accelerated plan's none
    assertTrue(text.contains(String.format(Locale.ROOT, "In 2035 the cohorts hold from 0.00 (accelerated) to %.2f "
        + "(baseline) thousand", JobsAndBudget.pool(run("baseline"), 2035))), text);
  }

  @Test
  void the_wage_table_sums_the_wages_lost_and_regained_since_the_base_year() {
    for (Run r : runs) {
      double lost = 0;
      double regained = 0;
      int k = 0;
      for (int y = r.baseYear() + 1; y <= 2035; y++) {
        lost += r.wageBillLost(y);
        regained += r.wageBillRegained(y);
        if (k < YEARS.length && y == YEARS[k]) {
          k++;
          Matcher m = Pattern.compile("(?m)^" + r.scenarioName() + " +" + y + " +(\\S+) +(\\S+) +(\\S+)$")
              .matcher(text.substring(text.indexOf("Wages of the jobs lost")));
          assertTrue(m.find(), r.scenarioName() + " " + y);
          assertEquals(f(3, lost), m.group(1));
          assertEquals(f(3, regained), m.group(2));
          assertEquals(f(1, 100 * regained / lost), m.group(3));
        }
      }
      assertEquals(YEARS.length, k);
    }
  }

  @Test
  void the_stranded_table_gives_the_sum_to_2035() {
    // docs/DATA.md, "Closed assets and stranded value": 0, 2.192, 4.404 and 0.570 billion CNY by 2035
    String part = text.substring(text.indexOf("Stranded value:"));
    for (String[] e : new String[][] {{"baseline", "0.000"}, {"seed-plan", "2.192"}, {"accelerated", "4.404"},
        {"delayed", "0.570"}}) {
      assertEquals(e[1], f(3, run(e[0]).cumulativeStrandedValue(2035)), e[0]);
      assertTrue(Pattern.compile("(?m)^" + e[0] + " .* " + Pattern.quote(e[1]) + "$").matcher(part).find(),
          e[0] + " in\n" + part);
    }
    assertTrue(part.contains("baseline closes no capacity early"), part);
  }

  @Test
  void the_table_holds_the_runs_values_unrounded() {
    Table t = JobsAndBudget.table(runs, YEARS);
    assertEquals(List.of("scenario", "year", "measure", "value", "unit"), t.columns());
    int checked = 0;
    for (List<Object> row : t.rows()) {
      Run r = run((String) row.get(0));
      int y = (Integer) row.get(1);
      String measure = (String) row.get(2);
      double value = (Double) row.get(3);
      double expected;
      if (measure.startsWith("displaced:age:")) {
        expected = r.displacedInAgeBand(measure.substring("displaced:age:".length()), y);
      } else {
        expected = switch (measure) {
          case "budget-revenue" -> r.budgetRevenue(y);
          case "coal-revenue-share" -> r.tagTaxes(y, "coal") / r.budgetRevenue(y);
          case "revenue-per-resident" -> Indicators.revenuePerResident().value(r, y);
          case "long-term-unemployed" -> r.longTermUnemployed(y);
          case "retired-from-pool" -> r.retiredFromPool(y);
          case "out-migrated" -> r.outMigrated(y);
          case "cumulative:wage-bill-lost" -> sum(r, y, true);
          case "cumulative:wage-bill-regained" -> sum(r, y, false);
          case "stranded-value" -> r.strandedValue(y);
          case "cumulative-stranded-value" -> r.cumulativeStrandedValue(y);
          default -> throw new AssertionError("unexpected measure " + measure);
        };
      }
      assertEquals(expected, value, 1e-12 * Math.max(1, Math.abs(expected)), measure + " " + r.scenarioName() + " " + y);
      checked++;
    }
    // 4 scenarios x 4 years (base year and three) x (3 budget + 4 bands + 3 pool + 2 wage + 2 stranded) measures
    assertEquals(4 * 4 * 14, checked);
  }

  static double sum(Run r, int year, boolean lost) {
    double s = 0;
    for (int y = r.baseYear() + 1; y <= year; y++) {
      s += lost ? r.wageBillLost(y) : r.wageBillRegained(y);
    }
    return s;
  }

  @Test
  void the_readme_shows_what_the_section_prints() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    Matcher m = Pattern.compile("### A just transition\\n.*?What the section printed[^\\n]*\\n\\s*```\\n(.*?)```",
        Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(), "the README shows the section");
    List<String> printed = text.lines().toList();
    int lines = 0;
    for (String line : m.group(1).lines().toList()) {
      if (!line.strip().equals("...")) {
        assertTrue(printed.contains(line), "the section prints the README's line: " + line);
        lines++;
      }
    }
    assertTrue(lines >= 10, "lines compared: " + lines);
  }

  @Test
  void a_model_without_finance_cohorts_wages_or_assets_leaves_each_part_out_and_says_why() {
    CityModel model = SyntheticCity.model(5, 3, 2035);
    List<Run> synthetic = new ArrayList<>();
    for (String s : model.scenarioNames()) {
      synthetic.add(Engine.run(model, s));
    }
    String s = JobsAndBudget.text(synthetic, YEARS);
    assertTrue(s.startsWith(JobsAndBudget.TITLE + "\n"), s);
    String profile = synthetic.get(0).profileName();
    for (String expected : List.of("Budget: left out, profile '" + profile + "' gives no public finance",
        "Displaced workers by age band: left out, profile '" + profile + "' gives no labour market",
        "Wages lost and regained: left out, profile '" + profile + "' gives no wages",
        "Stranded value: left out, no project of model '" + profile + "' describes the assets it closes")) {
      assertTrue(s.contains(expected), expected + " in\n" + s);
    }
    assertFalse(s.contains("estimates (docs/DATA.md)"), s);
    assertTrue(JobsAndBudget.table(synthetic, YEARS).rows().isEmpty());
  }
}
