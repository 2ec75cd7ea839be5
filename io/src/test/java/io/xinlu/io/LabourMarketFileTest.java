package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import io.xinlu.economy.LabourMarket;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The profile's {@code labour-market} in files: read, written back bit for bit, and every kind of bad input (shares
 * that do not sum to 1, rates outside [0, 1], unknown age bands, skill levels and sectors, malformed entries) placed
 * at its file, line, column and model path.
 */
class LabourMarketFileTest {
  static final String PROFILE = """
      format: xinlu/1
      profile:
        name: town
        base-year: 2022
        population: 200.0
        sectors:
          - id: coal
            group: secondary
            value-added: 100.0
            employment: 50.0
            growth: -0.1
          - id: services
            group: tertiary
            value-added: 100.0
            employment: 100.0
            growth: 0.05
        labour-market:
          age-bands: [young, old]
          skill-levels: [any]
          cohorts:
            - age-band: young
              skill-level: any
              share: 0.6
              out-migration-rate: 0.1
              reemployment-weight: 2.0
            - age-band: old
              skill-level: any
              share: 0.4
              retirement-rate: 0.2
          sector-shares:
            coal: [0.3, 0.7]
          wages:
            coal: 100000
            services: 60000
      scenarios:
        - name: base
          end-year: 2024
      """;

  private static ScenarioDocument parse(String text) {
    return ScenarioFiles.parse(text, "town.yaml", FileFormat.of(Path.of("town.yaml")));
  }

  private static ScenarioFileException parseFails(String text) {
    return assertThrows(ScenarioFileException.class, () -> parse(text));
  }

  private static FileProblem problem(ScenarioFileException e, String path, String part) {
    for (FileProblem p : e.problems()) {
      if (p.pathString().equals(path) && p.message().contains(part)) {
        return p;
      }
    }
    return fail("no problem at '" + path + "' saying '" + part + "' in:\n" + e.getMessage());
  }

  /** Asserts that a problem stands at the {@code n}-th (1-based) occurrence of {@code needle} in the text. */
  private static void at(FileProblem p, String text, String needle, int n) {
    int i = -1;
    for (int k = 0; k < n; k++) {
      i = text.indexOf(needle, i + 1);
      assertTrue(i >= 0, "'" + needle + "' occurs " + k + " times");
    }
    int line = 1;
    for (int k = 0; k < i; k++) {
      if (text.charAt(k) == '\n') {
        line++;
      }
    }
    int column = i - text.lastIndexOf('\n', i - 1);
    assertEquals("town.yaml:" + line + ":" + column, p.file() + ":" + p.line() + ":" + p.column(), p.toString());
  }

  @Test
  void a_labour_market_is_read_with_its_defaults_and_written_back_as_it_was() {
    ScenarioDocument d = parse(PROFILE);
    LabourMarket m = d.profile().orElseThrow().labourMarket().orElseThrow();
    assertEquals(List.of("young/any", "old/any"), m.cohortIds());
    assertEquals(0.0, m.cohorts().get(0).retirementRate());
    assertEquals(1.0, m.cohorts().get(1).reemploymentWeight());
    assertEquals(ImmutableList.of(0.3, 0.7), m.sectorShares().get("coal"));
    assertEquals(100_000.0, m.wageOf("coal"));
    for (FileFormat f : List.of(FileFormat.YAML, FileFormat.JSON)) {
      String written = DocumentWriter.write(d, f);
      assertTrue(written.contains("labour-market"), written);
      ScenarioDocument back = ScenarioFiles.parse(written, "back." + (f == FileFormat.YAML ? "yaml" : "json"), f);
      assertEquals(d.profile(), back.profile());
    }
    CityModel model = ScenarioFiles.combine(List.of(d)).model();
    Run run = Engine.run(model, "base");
    // the two-sector city of the core's CohortAccountTest, one year on: 45,000 x 100,000 + 105,000 x 60,000 CNY
    assertEquals(10.8, run.wageBill(2023), 1e-12);
    assertEquals(2.5, run.cohortPool(2023), 1e-12);
    assertEquals(9.0 / 26, run.displacedInCohort("young/any", 2023), 1e-12);
  }

  @Test
  void shares_that_do_not_sum_to_one_and_rates_outside_the_unit_interval_stand_at_their_lines() {
    String text = PROFILE.replace("share: 0.4", "share: 0.3").replace("retirement-rate: 0.2", "retirement-rate: 1.5")
        .replace("out-migration-rate: 0.1", "out-migration-rate: -0.1").replace("coal: [0.3, 0.7]", "coal: [0.3, 0.8]")
        .replace("reemployment-weight: 2.0", "reemployment-weight: -2");
    ScenarioFileException e = parseFails(text);
    at(problem(e, "profile 'town' > labour market > cohort 'old/any' > retirement rate", "must lie in [0, 1], was 1.5"),
        text, "1.5", 1);
    at(problem(e, "profile 'town' > labour market > cohort 'young/any' > out-migration rate",
        "must lie in [0, 1], was -0.1"), text, "-0.1", 2);
    at(problem(e, "profile 'town' > labour market > cohort 'young/any' > re-employment weight",
        "must be above 0, was -2.0"), text, "-2", 1);
    at(problem(e, "profile 'town' > labour market > cohorts", "the cohorts' shares sum to 0.8999999999999999, not 1"),
        text, "- age-band: young", 1);
    at(problem(e, "profile 'town' > labour market > sector shares > sector 'coal'",
        "the shares sum to 1.1, not 1 (within 1.0E-6)"), text, "coal: [", 1);
    assertEquals(5, e.problems().size(), e.getMessage());
  }

  @Test
  void unknown_bands_levels_and_sectors_are_named_at_their_lines() {
    String text = PROFILE.replace("age-band: old", "age-band: middle").replace("coal: [0.3, 0.7]",
        "mine: [0.3, 0.7]").replace("services: 60000", "services: -1\n      steel: 5");
    ScenarioFileException e = parseFails(text);
    at(problem(e, "profile 'town' > labour market > cohort 'middle/any' > age band",
        "unknown age band 'middle'; age bands: [young, old]"), text, "middle", 1);
    at(problem(e, "profile 'town' > labour market > cohorts",
        "no cohort for age band 'old' and skill level 'any'"), text, "- age-band: young", 1);
    at(problem(e, "profile 'town' > labour market > sector shares > sector 'mine'", "unknown sector 'mine'"), text,
        "mine", 1);
    at(problem(e, "profile 'town' > labour market > wages > sector 'services' > wage", "must not be negative"),
        text, "-1", 1);
    at(problem(e, "profile 'town' > labour market > wages > sector 'steel'", "unknown sector 'steel'"), text,
        "steel", 1);
  }

  @Test
  void malformed_entries_are_named_where_they_stand() {
    String text = PROFILE.replace("skill-levels: [any]", "skill-levels: [any, 3, \"a/b\"]")
        .replace("share: 0.6", "share: sixty").replace("coal: [0.3, 0.7]", "coal: 0.3")
        .replace("reemployment-weight: 2.0", "reemployment-weight: 2.0\n        grade: 3");
    ScenarioFileException e = parseFails(text);
    at(problem(e, "profile 'town' > labour market > skill levels", "expected a skill level such as low (a string, "
        + "not blank, without '/'), got"), text, "3,", 1);
    at(problem(e, "profile 'town' > labour market > skill levels", "'a/b'"), text, "\"a/b\"", 1);
    at(problem(e, "profile 'town' > labour market > cohort 'young/any' > share", "sixty"), text, "sixty", 1);
    at(problem(e, "profile 'town' > labour market > sector shares > sector 'coal'", "expected a list of numbers"),
        text, "0.3\n", 1);
    at(problem(e, "profile 'town' > labour market > cohort 'young/any'", "unknown key 'grade' in a cohort"), text,
        "grade", 1);
  }
}
