package io.xinlu.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.check.ModelCheck.Relation;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Checks on a small hand-built model whose values are worked out by hand. The profile has no input-output table, so
 * a sector's value added is its final demand and compounds its growth: industry {@code V = 60} flat, services
 * {@code V = 40 * 1.1^k}; GDP in year {@code 2020 + k} is {@code 60 + 40 * 1.1^k} (2025: 124.4204, 2030: 163.7497).
 * Scenario {@code slow} overrides no growth but ends in 2025; scenario {@code fast} is a child of {@code baseline}
 * with the same growth, so its GDP equals the baseline's. Energy of industry is 12 and falls by nothing, CO2 is
 * {@code 12 * 2.5 + 2 * 1.1^k}: it rises every year, so it peaks in the last year of a run.
 */
class ModelChecksTest {
  private static final Indicator GDP = Indicators.gdp();
  private static final Indicator CO2 = Indicators.co2();

  private static CityModel model() {
    CityProfile city = CityProfile.builder().name("small").baseYear(2020)
        .addSectors(Sector.builder().id("industry").group(SectorGroup.SECONDARY).valueAdded(60).energy(12)
            .emissionFactor(2.5).build())
        .addSectors(Sector.builder().id("services").group(SectorGroup.TERTIARY).valueAdded(40).energy(2)
            .emissionFactor(1.0).growth(0.1).build())
        .build();
    return CityModel.builder().profile(city).addScenario(Scenario.baseline("baseline", 2030))
        .addScenario(Scenario.builder().name("fast").parent("baseline").build())
        .addScenario(Scenario.baseline("short", 2025)).build();
  }

  private static double gdp(int k) {
    return 60 + 40 * Math.pow(1.1, k);
  }

  @Test
  void a_bound_met_by_every_scenario_passes_and_reports_each_value() {
    CheckResult r = ModelChecks.run(model(), List.of(ModelCheck.atLeast("gdp-above-120", GDP, List.of(2025), 120)))
        .get(0);
    assertTrue(r.passed(), r.message());
    assertEquals(3, r.values().size());
    for (CheckResult.Seen s : r.values()) {
      assertEquals(2025, s.year());
      assertEquals(gdp(5), s.value(), 1e-9, s.scenario());
    }
    assertEquals(List.of("baseline", "fast", "short"), r.values().stream().map(CheckResult.Seen::scenario).toList());
    assertTrue(r.failures().isEmpty());
    assertTrue(r.message().startsWith("PASS gdp-above-120: gdp in 2025 at least 120 (all scenarios)"), r.message());
  }

  @Test
  void a_bound_missed_fails_naming_the_check_the_scenario_the_year_and_the_value() {
    CheckResult r = ModelChecks.run(model(), List.of(ModelCheck.bound("gdp-band", GDP, List.of(2025, 2030),
        OptionalDouble.of(120), OptionalDouble.of(150)).forScenarios(List.of("baseline")))).get(0);
    assertFalse(r.passed());
    assertEquals(List.of(new CheckResult.Seen("baseline", 2030, r.values().get(1).value())), r.failures());
    assertEquals(gdp(10), r.failures().get(0).value(), 1e-9);
    assertTrue(r.message().startsWith("FAIL gdp-band: gdp in 2025, 2030 between 120 and 150 (baseline); "
        + "baseline 2030 = 163.75 > 150"), r.message());
  }

  @Test
  void a_peak_year_passes_inside_its_window_and_fails_outside() {
    CityModel m = model();
    List<CheckResult> r = ModelChecks.run(m, List.of(
        ModelCheck.peakYear("late", CO2, List.of("baseline"), 2028, 2030),
        ModelCheck.peakYear("early", CO2, List.of("baseline", "short"), 2020, 2025)));
    assertTrue(r.get(0).passed(), r.get(0).message());
    assertEquals(2030, r.get(0).values().get(0).year());
    assertEquals(30 + 2 * Math.pow(1.1, 10), r.get(0).values().get(0).value(), 1e-9);
    assertFalse(r.get(1).passed());
    // the short scenario ends in 2025 and peaks then, inside the window; the baseline peaks in 2030, outside
    assertEquals(List.of("baseline"), r.get(1).failures().stream().map(CheckResult.Seen::scenario).toList());
    assertTrue(r.get(1).message().contains("baseline peaks in 2030"), r.get(1).message());
  }

  @Test
  void an_order_holds_on_equal_values_either_way_and_fails_when_reversed() {
    List<CheckResult> r = ModelChecks.run(model(), List.of(
        ModelCheck.order("equal-at-most", GDP, 2030, "fast", Relation.AT_MOST, "baseline"),
        ModelCheck.order("equal-at-least", GDP, 2030, "fast", Relation.AT_LEAST, "baseline"),
        ModelCheck.order("short-more", GDP, 2025, "baseline", Relation.AT_LEAST, "short"),
        ModelCheck.order("co2-later-lower", CO2, 2025, "short", Relation.AT_MOST, "baseline")));
    assertTrue(r.get(0).passed(), r.get(0).message());
    assertTrue(r.get(1).passed(), r.get(1).message());
    assertTrue(r.get(2).passed(), r.get(2).message());
    assertTrue(r.get(3).passed(), r.get(3).message());
    CheckResult bad = ModelChecks.run(model(), List.of(ModelCheck.bound("growth", GDP, List.of(2030),
        OptionalDouble.empty(), OptionalDouble.of(gdp(9))).forScenarios(List.of("baseline")))).get(0);
    assertFalse(bad.passed());
    assertTrue(ModelChecks.failures(List.of(r.get(0), bad)).startsWith("FAIL growth:"));
    assertFalse(ModelChecks.allPassed(List.of(r.get(0), bad)));
  }

  @Test
  void an_order_that_does_not_hold_fails_with_both_values() {
    // boost: services grow 20 % a year from 2021, so GDP in 2030 is 60 + 40 * 1.2^10 = 307.6694
    CityModel m = CityModel.builder().from(model()).addScenario(Scenario.builder().name("boost").parent("baseline")
        .growthOverride("services", YearPath.constantFrom(2021, 0.2)).build()).build();
    CheckResult r = ModelChecks.run(m, List.of(ModelCheck.order("boost-no-more", GDP, 2030, "boost",
        Relation.AT_MOST, "baseline"))).get(0);
    assertFalse(r.passed());
    assertEquals(60 + 40 * Math.pow(1.2, 10), r.failures().get(0).value(), 1e-9);
    assertEquals(gdp(10), r.failures().get(1).value(), 1e-9);
    assertEquals(r.values(), r.failures());
    assertTrue(r.message().startsWith("FAIL boost-no-more: gdp in 2030: boost <= baseline; boost 2030 = 307.669 > "
        + "baseline 2030 = 163.75"), r.message());
    assertTrue(ModelChecks.run(m, List.of(ModelCheck.order("boost-more", GDP, 2030, "boost", Relation.AT_LEAST,
        "baseline"))).get(0).passed());
  }

  @Test
  void checks_that_do_not_fit_the_model_are_each_named_with_the_field() {
    List<ModelCheck> checks = List.of(
        ModelCheck.atLeast("a", GDP, List.of(2019, 2025), 0).forScenarios(List.of("baseline", "green")),
        ModelCheck.atLeast("b", GDP, List.of(2030), 0),
        ModelCheck.peakYear("c", CO2, List.of(), 2020, 2031),
        ModelCheck.order("d", GDP, 2040, "baseline", Relation.AT_LEAST, "nope"),
        ModelCheck.atLeast("a", GDP, List.of(2021), 0));
    List<CheckProblem> p = ModelChecks.problems(model(), checks);
    List<String> text = p.stream().map(CheckProblem::toString).toList();
    assertEquals(List.of(
        "check 'a' > scenarios: unknown scenario 'green'; known scenarios: baseline, fast, short",
        "check 'a' > years: year 2019 is outside the horizon 2020-2030 (the profile's base year is 2020)",
        "check 'b' > years: year 2030 is outside the horizon 2020-2025 (scenario 'short' ends in 2025)",
        "check 'c' > to: year 2031 is outside the horizon 2020-2025 (scenario 'short' ends in 2025)",
        "check 'd' > at-least: unknown scenario 'nope'; known scenarios: baseline, fast, short",
        "check 'd' > year: year 2040 is outside the horizon 2020-2030 (scenario 'baseline' ends in 2030)",
        "check 'a' > name: duplicate check name 'a': check 1 has it too"), text);
    assertEquals(List.of(0, 0, 1, 2, 3, 3, 4), p.stream().map(CheckProblem::index).toList());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelChecks.run(model(), checks));
    for (String t : text) {
      assertTrue(e.getMessage().contains(t), e.getMessage());
    }
  }

  @Test
  void a_model_without_scenarios_has_nothing_to_check() {
    CityModel none = CityModel.builder().profile(model().profile()).build();
    assertEquals(List.of("check 'g' > scenarios: the model has no scenario to check"),
        ModelChecks.problems(none, List.of(ModelCheck.atLeast("g", GDP, List.of(2025), 0))).stream()
            .map(CheckProblem::toString).toList());
  }

  @Test
  void a_check_alone_refuses_what_it_can_tell_is_wrong() {
    assertMessage(() -> ModelCheck.bound("band", GDP, List.of(2025), OptionalDouble.of(2), OptionalDouble.of(1)),
        "check 'band': min 2.0 is greater than max 1.0");
    assertMessage(() -> ModelCheck.bound("none", GDP, List.of(2025), OptionalDouble.empty(), OptionalDouble.empty()),
        "check 'none': a bound needs a minimum, a maximum or both");
    assertMessage(() -> ModelCheck.atLeast("empty", GDP, List.of(), 0), "check 'empty': a bound needs at least one");
    assertMessage(() -> ModelCheck.atLeast("twice", GDP, List.of(2025, 2025), 0), "check 'twice': duplicate years");
    assertMessage(() -> ModelCheck.atLeast("nan", GDP, List.of(2025), Double.NaN), "check 'nan': min must be finite");
    assertMessage(() -> ModelCheck.atMost("inf", GDP, List.of(2025), Double.POSITIVE_INFINITY),
        "check 'inf': max must be finite");
    assertMessage(() -> ModelCheck.atLeast(" ", GDP, List.of(2025), 0), "a check's name is blank");
    assertMessage(() -> ModelCheck.peakYear("window", CO2, List.of(), 2030, 2025),
        "check 'window': the window's first year 2030 is after its last year 2025");
    assertMessage(() -> ModelCheck.order("self", GDP, 2025, "baseline", Relation.AT_MOST, "baseline"),
        "check 'self': scenario 'baseline' is named twice");
    assertMessage(() -> ModelCheck.atLeast("dup", GDP, List.of(2025), 0).forScenarios(List.of("x", "x")),
        "check 'dup': scenario 'x' is named twice");
  }

  private static void assertMessage(org.junit.jupiter.api.function.Executable call, String part) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(part), () -> "missing '" + part + "' in: " + e.getMessage());
  }
}
