package io.xinlu.engine;

import static io.xinlu.engine.TestModels.EPS;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.step;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.InvalidModelException;
import io.xinlu.economy.CityProfile;
import io.xinlu.policy.Effect;
import io.xinlu.policy.SectorSelector;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A scenario's assumption paths in the yearly step (MODEL.md, "One year's step" and "Population"): growth
 * overrides {@code G_i(t)} (EXACT, STEP and LINEAR paths; the trend {@code g_i} where a path gives no value), the
 * macro shock added to every sector, emission-factor paths on a tag, and the population path.
 *
 * <pre>
 * sector  V(t0)  g     E(t0)  c    tags
 * a       100    0.02  50     2.0  green
 * b        50    0     10     3.0  -
 * population 1000 thousand, growing 0.01 a year
 * </pre>
 */
class ScenarioPathsTest {
  private static final int END = 2026;

  private static CityProfile city() {
    return CityProfile.builder().name("paths").baseYear(2020)
        .addSectors(
            sector("a", 100).growth(0.02).energy(50).emissionFactor(2.0).addTag("green").build(),
            sector("b", 50).energy(10).emissionFactor(3.0).build())
        .population(1000).populationGrowth(0.01)
        .build();
  }

  private static Run run(Scenario.Builder scenario) {
    CityModel model = CityModel.builder().profile(city())
        .addStrategy(strategy("shift", step("push", 2022, Effect.growthShift("a", 0.05))))
        .addStrategy(strategy("clean", step("scrub", 2022, Effect.emissionFactor("a", -0.5))))
        .addScenario(scenario.name("x").endYear(END).build())
        .build();
    return Engine.run(model, "x");
  }

  /** Checks {@code y_a(t) = 100 prod_{u <= t} (1 + g(u))} for 2021.. with the given growth rates. */
  private static void assertDemandPath(Run run, String sector, double base, double... growth) {
    double yb = base;
    for (int k = 0; k < growth.length; k++) {
      yb *= 1 + growth[k];
      assertEquals(yb, run.value(Quantity.FINAL_DEMAND, 2021 + k, sector), EPS, sector + " in " + (2021 + k));
    }
  }

  @Test
  void without_overrides_each_sector_grows_at_its_trend() {
    Run run = run(Scenario.builder());
    assertDemandPath(run, "a", 100, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02);
    assertDemandPath(run, "b", 50, 0, 0, 0, 0, 0, 0);
  }

  @Test
  void an_exact_growth_override_replaces_the_trend_only_in_its_years() {
    Run run = run(Scenario.builder().growthOverride("a", YearPath.exact(Map.of(2022, 0.10, 2024, -0.03))));
    assertDemandPath(run, "a", 100, 0.02, 0.10, 0.02, -0.03, 0.02, 0.02);
    assertDemandPath(run, "b", 50, 0, 0, 0, 0, 0, 0);
  }

  @Test
  void a_step_growth_override_holds_each_value_until_the_next_and_the_trend_before_its_first_year() {
    Run run = run(Scenario.builder().growthOverride("a", YearPath.stepwise(Map.of(2022, 0.10, 2024, -0.05))));
    assertDemandPath(run, "a", 100, 0.02, 0.10, 0.10, -0.05, -0.05, -0.05);
  }

  @Test
  void a_linear_growth_override_interpolates_and_holds_its_last_value() {
    Run run = run(Scenario.builder().growthOverride("a", YearPath.linear(Map.of(2021, 0.0, 2025, 0.08))));
    // 0 + (t - 2021) * 0.08 / 4 up to 2025, then held
    assertDemandPath(run, "a", 100, 0.0, 0.02, 0.04, 0.06, 0.08, 0.08);
  }

  @Test
  void the_macro_shock_is_added_to_every_sector_including_overridden_ones() {
    Run run = run(Scenario.builder()
        .growthOverride("a", YearPath.linear(Map.of(2021, 0.0, 2025, 0.08)))
        .macroShock(YearPath.exact(Map.of(2023, -0.05))));
    assertDemandPath(run, "a", 100, 0.0, 0.02, 0.04 - 0.05, 0.06, 0.08, 0.08);
    assertDemandPath(run, "b", 50, 0, 0, -0.05, 0, 0, 0);
  }

  @Test
  void a_stepwise_macro_shock_lasts_from_its_year_on() {
    Run run = run(Scenario.builder().macroShock(YearPath.stepwise(Map.of(2022, -0.01))));
    assertDemandPath(run, "a", 100, 0.02, 0.01, 0.01, 0.01, 0.01, 0.01);
    assertDemandPath(run, "b", 50, 0, -0.01, -0.01, -0.01, -0.01, -0.01);
  }

  @Test
  void growth_is_override_plus_growth_shift_plus_shock() {
    Run run = run(Scenario.builder().adopt("shift")
        .growthOverride("a", YearPath.exact(Map.of(2022, 0.10)))
        .macroShock(YearPath.exact(Map.of(2022, -0.03))));
    // g_a(2022) = G 0.10 + dg 0.05 * r 1 + shock -0.03; from 2023 the trend 0.02 + 0.05
    assertDemandPath(run, "a", 100, 0.02, 0.10 + 0.05 - 0.03, 0.02 + 0.05, 0.07, 0.07, 0.07);
  }

  @Test
  void an_emission_factor_path_on_a_tag_scales_the_tagged_sectors_co2() {
    Run run = run(Scenario.builder()
        .emissionFactorPath(SectorSelector.tag("green"), YearPath.linear(Map.of(2021, 1.0, 2025, 0.6))));
    // C_a = c E m(t), E_a = 0.5 V_a, V_a = 100 * 1.02^k; m = 1, 0.9, 0.8, 0.7, 0.6, 0.6
    double[] m = {1.0, 0.9, 0.8, 0.7, 0.6, 0.6};
    for (int k = 1; k <= 6; k++) {
      double energy = 0.5 * 100 * Math.pow(1.02, k);
      assertEquals(energy, run.value(Quantity.ENERGY, 2020 + k, "a"), EPS); // energy is not touched
      assertEquals(2.0 * energy * m[k - 1], run.value(Quantity.CO2, 2020 + k, "a"), EPS, "C_a " + (2020 + k));
      assertEquals(3.0 * 10, run.value(Quantity.CO2, 2020 + k, "b"), EPS); // b is not tagged
    }
    assertEquals(2.0 * 50, run.value(Quantity.CO2, 2020, "a"), EPS); // the base year is data
  }

  @Test
  void emission_factor_paths_selecting_the_same_sector_multiply_and_combine_with_effects() {
    Run run = run(Scenario.builder().adopt("clean")
        .emissionFactorPath(SectorSelector.tag("green"), YearPath.stepwise(Map.of(2021, 0.8)))
        .emissionFactorPath(SectorSelector.sector("a"), YearPath.stepwise(Map.of(2021, 0.5))));
    double energy2021 = 0.5 * 100 * 1.02;
    assertEquals(2.0 * 0.8 * 0.5 * energy2021, run.value(Quantity.CO2, 2021, "a"), EPS);
    double energy2022 = 0.5 * 100 * 1.02 * 1.02;
    // the emission-factor effect -0.5 from 2022 multiplies as well
    assertEquals(2.0 * (1 - 0.5) * 0.8 * 0.5 * energy2022, run.value(Quantity.CO2, 2022, "a"), EPS);
  }

  @Test
  void without_a_path_population_grows_at_the_profiles_rate() {
    Run run = run(Scenario.builder());
    assertEquals(1000, run.total(Quantity.POPULATION, 2020), EPS);
    assertEquals(1000 * 1.01, run.total(Quantity.POPULATION, 2021), EPS);
    assertEquals(1000 * Math.pow(1.01, 6), run.total(Quantity.POPULATION, 2026), EPS);
  }

  @Test
  void a_population_path_replaces_the_profiles_growth_where_it_has_values() {
    Run run = run(Scenario.builder().populationPath(YearPath.linear(Map.of(2022, 1100.0, 2024, 1200.0))));
    assertEquals(1000, run.total(Quantity.POPULATION, 2020), EPS); // the base year is the profile's
    assertEquals(1000 * 1.01, run.total(Quantity.POPULATION, 2021), EPS); // before the path's first year
    assertEquals(1100, run.total(Quantity.POPULATION, 2022), EPS);
    assertEquals((1100 + 1200) / 2.0, run.total(Quantity.POPULATION, 2023), EPS);
    assertEquals(1200, run.total(Quantity.POPULATION, 2024), EPS);
    assertEquals(1200, run.total(Quantity.POPULATION, 2026), EPS); // held after the last year
  }

  @Test
  void a_population_path_without_a_base_year_population_is_rejected() {
    // docs/MODEL.md, D15: a path replaces the projection P0 (1 + gp)^(t - t0) where it has values; without a
    // base-year population there is nothing to start from, so the model is rejected rather than left undefined
    CityProfile noPopulation = CityProfile.builder().name("no-population").baseYear(2020)
        .addSectors(sector("a", 100).build())
        .build();
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> CityModel.builder()
        .profile(noPopulation)
        .addStrategy(strategy("none"))
        .addScenario(Scenario.builder().name("x").endYear(2024)
            .populationPath(YearPath.linear(Map.of(2021, 10.0, 2024, 40.0))).build())
        .build());
    assertTrue(e.getMessage().contains(
        "scenario 'x' > population path: the profile gives no base-year population"), e.getMessage());
  }

  @Test
  void paths_do_not_change_value_added_when_they_only_touch_emissions_or_population() {
    Run plain = run(Scenario.builder());
    Run paths = run(Scenario.builder()
        .emissionFactorPath(SectorSelector.tag("green"), YearPath.constantFrom(2021, 0.5))
        .populationPath(YearPath.constantFrom(2021, 2000.0)));
    for (int t = 2020; t <= END; t++) {
      assertEquals(plain.total(Quantity.VALUE_ADDED, t), paths.total(Quantity.VALUE_ADDED, t));
    }
    assertFalse(plain.total(Quantity.CO2, END) == paths.total(Quantity.CO2, END));
  }
}
