package io.xinlu.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.analysis.IndicatorTable;
import io.xinlu.analysis.ScenarioComparison;
import io.xinlu.analysis.WideTable;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import io.xinlu.indicator.Target;
import io.xinlu.indicator.TargetCheck;
import io.xinlu.scenario.CityModel;
import org.junit.jupiter.api.Test;

/** Baseline and the policy scenario "all" of the synthetic city, compared side by side. */
class SyntheticComparisonTest {
  private static final CityModel MODEL = SyntheticCity.model(40, 20, 2050);
  private static final Run BASELINE = Engine.run(MODEL, "baseline");
  private static final Run ALL = Engine.run(MODEL, "all");

  private static ScenarioComparison comparison() {
    return ScenarioComparison.builder().add(BASELINE).add(ALL).reference("baseline")
        .indicators(Indicators.gdp(), Indicators.energyIntensity(), Indicators.co2(),
            Indicators.groupShare(SectorGroup.TERTIARY), Indicators.displacedWorkers(),
            Indicators.cumulativeInvestment())
        .years(2030, 2040, 2050)
        .targets(Target.changeAtMost(Indicators.energyIntensity(), 2020, 2030, -0.20),
            Target.peakBy(Indicators.co2(), 2050))
        .build();
  }

  @Test
  void every_target_is_checked_on_every_run() {
    ScenarioComparison c = comparison();
    assertEquals(4, c.checks().size());
    TargetCheck baselineIntensity = c.checks("baseline").get(0);
    TargetCheck allIntensity = c.checks("all").get(0);
    // the target's value is the change of energy intensity from 2020 to 2030, computed here from the runs
    double ei2020 = BASELINE.total(Quantity.ENERGY, 2020) / BASELINE.total(Quantity.VALUE_ADDED, 2020);
    double base2030 = BASELINE.total(Quantity.ENERGY, 2030) / BASELINE.total(Quantity.VALUE_ADDED, 2030);
    double all2030 = ALL.total(Quantity.ENERGY, 2030) / ALL.total(Quantity.VALUE_ADDED, 2030);
    assertEquals(base2030 / ei2020 - 1, baselineIntensity.value(), 1e-12);
    assertEquals(all2030 / ei2020 - 1, allIntensity.value(), 1e-12);
    assertEquals(baselineIntensity.value() <= -0.20, baselineIntensity.met());
    assertEquals(allIntensity.value() <= -0.20, allIntensity.met());
    // the synthetic city's CO2 still rises in 2050, so it peaks in the last year: a peak by 2050 is met, in 2050
    double[] co2 = ALL.totalSeries(Quantity.CO2);
    assertTrue(co2[co2.length - 1] > co2[co2.length - 2]);
    TargetCheck allPeak = c.checks("all").get(1);
    assertTrue(allPeak.met(), allPeak.describe());
    assertEquals(2050, allPeak.firstYearMet().getAsInt());
  }

  @Test
  void differences_and_ratios_are_against_the_reference_run() {
    ScenarioComparison c = comparison();
    double gdpAll = ALL.total(Quantity.VALUE_ADDED, 2050);
    double gdpBase = BASELINE.total(Quantity.VALUE_ADDED, 2050);
    assertEquals(gdpAll, c.value("all", "gdp", 2050));
    assertEquals(gdpAll - gdpBase, c.difference("all", "gdp", 2050));
    assertEquals(gdpAll / gdpBase, c.ratio("all", "gdp", 2050));
    assertEquals(0.0, c.difference("baseline", "co2", 2040));
    assertEquals(1.0, c.ratio("baseline", "co2", 2040));
    // the baseline has no projects, so it invests nothing and the ratio against it is undefined
    assertEquals(0.0, c.value("baseline", "cumulative-investment", 2050));
    assertTrue(Double.isNaN(c.ratio("all", "cumulative-investment", 2050)));
  }

  @Test
  void the_policy_scenario_moves_the_indicators_its_projects_aim_at() {
    ScenarioComparison c = comparison();
    // every project adds final demand, and half of them cut an energy intensity by 10 %
    assertTrue(c.difference("all", "gdp", 2050) > 0);
    assertTrue(c.difference("all", "energy-intensity", 2050) < 0);
    // capital 2 + (k mod 3) for k = 0..19: seven projects of 2, seven of 3, six of 4
    assertEquals(7 * 2 + 7 * 3 + 6 * 4, c.value("all", "cumulative-investment", 2050), 1e-9);
  }

  @Test
  void the_tidy_table_has_one_row_per_scenario_indicator_and_year() {
    IndicatorTable t = comparison().table();
    assertEquals(2 * 6 * 3, t.size());
    assertEquals(java.util.List.of("baseline", "all"), t.scenarios());
    IndicatorTable.Row r = t.rows().get(0);
    assertEquals("baseline", r.scenario());
    assertEquals(IndicatorTable.SINGLE_RUN, r.run());
    assertEquals("gdp", r.indicator());
    assertEquals("billion CNY", r.unit());
    assertEquals(2030, r.year());
  }

  @Test
  void the_wide_view_has_indicators_by_scenarios() {
    WideTable w = comparison().table().wide(2050);
    assertEquals(java.util.List.of("baseline", "all"), w.scenarios());
    assertEquals(6, w.rows().size());
    WideTable.Row gdp = w.rows().get(0);
    assertEquals("gdp", gdp.indicator());
    assertEquals(BASELINE.total(Quantity.VALUE_ADDED, 2050), gdp.values().get(0));
    assertEquals(ALL.total(Quantity.VALUE_ADDED, 2050), gdp.values().get(1));
    String text = w.toString();
    assertTrue(text.startsWith("indicator"), text);
    assertTrue(text.contains("energy-intensity"), text);
  }

  @Test
  void bad_comparisons_say_what_is_wrong() {
    IllegalArgumentException ref = assertThrows(IllegalArgumentException.class, () -> ScenarioComparison.builder()
        .add(BASELINE).add(ALL).reference("green").indicators(Indicators.gdp()).build());
    assertTrue(ref.getMessage().contains("reference scenario 'green' is not among the runs"), ref.getMessage());
    IllegalArgumentException year = assertThrows(IllegalArgumentException.class, () -> ScenarioComparison.builder()
        .add(BASELINE).indicators(Indicators.gdp()).years(2060).build());
    assertTrue(year.getMessage().contains("year 2060 is outside run 'baseline' (2020..2050)"), year.getMessage());
    IllegalArgumentException pop = assertThrows(IllegalArgumentException.class, () -> ScenarioComparison.builder()
        .add(BASELINE).indicators(Indicators.gdpPerCapita()).build());
    assertTrue(pop.getMessage().contains("indicator 'gdp-per-capita' cannot be computed on run 'baseline'"),
        pop.getMessage());
  }
}
