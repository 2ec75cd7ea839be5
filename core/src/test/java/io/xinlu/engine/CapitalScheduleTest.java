package io.xinlu.engine;

import static io.xinlu.engine.TestModels.EPS;
import static io.xinlu.engine.TestModels.profile;
import static io.xinlu.engine.TestModels.project;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The capital schedule (MODEL.md, "Projects, ramps and schedules" and "Investment"): capital is spent evenly over the
 * integer years {@code t} with {@code s <= t < f}, all in the first integer year {@code t >= s} when there is none,
 * after delays and deferrals; adoption intensity and project scale multiply it; spending outside the horizon is
 * dropped. One sector {@code a} with value added 100; base year 2020.
 */
class CapitalScheduleTest {
  private static Run run(int end, Scenario.Builder scenario, Project... projects) {
    CityModel model = CityModel.builder()
        .profile(profile(sector("a", 100).build()))
        .addStrategy(strategy("s", projects))
        .addScenario(scenario.name("x").endYear(end).build())
        .build();
    return Engine.run(model, "x");
  }

  private static Run run(Scenario.Builder scenario, Project... projects) {
    return run(2030, scenario, projects);
  }

  private static Project costing(String id, int start, int full, Ramp ramp, double capital) {
    return project(id, start, full, ramp, Effect.newCapacity("a", 10)).capitalCost(capital).build();
  }

  /** The investment in each year from {@code from} to {@code to}. */
  private static void assertInvestment(Run run, int from, double... expected) {
    for (int k = 0; k < expected.length; k++) {
      assertEquals(expected[k], run.total(Quantity.INVESTMENT, from + k), EPS, "K(" + (from + k) + ")");
    }
  }

  private static double cumulative(Run run) {
    double s = 0;
    for (int t : run.years()) {
      s += run.total(Quantity.INVESTMENT, t);
    }
    return s;
  }

  @Test
  void capital_is_spread_evenly_over_the_years_from_start_up_to_full_effect() {
    Run r = run(Scenario.builder().adopt("s"), costing("p", 2022, 2025, Ramp.LINEAR, 6));
    // years 2022, 2023, 2024: 6 / 3 each; nothing in the full-effect year
    assertInvestment(r, 2020, 0, 0, 6 / 3.0, 6 / 3.0, 6 / 3.0, 0, 0);
    assertEquals(6, cumulative(r), EPS);
  }

  @Test
  void the_spread_depends_on_the_years_not_on_the_ramp_shape() {
    Run r = run(Scenario.builder().adopt("s"), costing("p", 2022, 2024, Ramp.STEP, 4));
    assertInvestment(r, 2021, 0, 4 / 2.0, 4 / 2.0, 0);
  }

  @Test
  void a_project_whose_start_is_its_full_effect_year_spends_everything_in_its_start_year() {
    Run r = run(Scenario.builder().adopt("s"), costing("p", 2023, 2023, Ramp.STEP, 5));
    assertInvestment(r, 2021, 0, 0, 5, 0, 0);
  }

  @Test
  void a_fractional_start_spends_from_the_first_whole_year_after_it() {
    Run r = run(Scenario.builder().adopt("s").override("p", ProjectOverride.delay(0.5)),
        costing("p", 2022, 2025, Ramp.LINEAR, 6));
    // s = 2022.5, f = 2025.5: t = 2023, 2024, 2025
    assertInvestment(r, 2021, 0, 0, 2, 2, 2, 0);
  }

  @Test
  void a_fractional_start_with_no_whole_year_before_full_effect_spends_all_in_the_first_whole_year() {
    Run step = run(Scenario.builder().adopt("s").override("p", ProjectOverride.delay(0.5)),
        costing("p", 2022, 2022, Ramp.STEP, 5));
    // s = f = 2022.5: no t with s <= t < f; the first whole year >= 2022.5 is 2023
    assertInvestment(step, 2021, 0, 0, 5, 0);
    Run oneYear = run(Scenario.builder().adopt("s").override("p", ProjectOverride.delay(0.25)),
        costing("p", 2022, 2023, Ramp.LINEAR, 3));
    // s = 2022.25, f = 2023.25: only t = 2023
    assertInvestment(oneYear, 2021, 0, 0, 3, 0);
  }

  @Test
  void adoption_intensity_scales_capital_and_effects_alike() {
    Run r = run(Scenario.builder().adopt("s", 0.5), costing("p", 2022, 2025, Ramp.LINEAR, 6));
    // 6 * 0.5 = 3 over three years
    assertInvestment(r, 2022, 1, 1, 1, 0);
    // new capacity 10 * 0.5 at full effect
    assertEquals(100 + 10 * 0.5, r.value(Quantity.FINAL_DEMAND, 2025, "a"), EPS);
  }

  @Test
  void a_project_scale_multiplies_the_intensity_again() {
    Run r = run(Scenario.builder().adopt("s", 0.5).override("p", ProjectOverride.scale(3)),
        costing("p", 2022, 2025, Ramp.LINEAR, 6));
    // 6 * 0.5 * 3 = 9 over three years
    assertInvestment(r, 2022, 3, 3, 3, 0);
    assertEquals(100 + 10 * 0.5 * 3, r.value(Quantity.FINAL_DEMAND, 2025, "a"), EPS);
  }

  @Test
  void a_start_shift_moves_the_spending() {
    Run r = run(Scenario.builder().adopt("s", 1.0, 3.0), costing("p", 2022, 2025, Ramp.LINEAR, 6));
    // s = 2025, f = 2028
    assertInvestment(r, 2024, 0, 2, 2, 2, 0);
  }

  @Test
  void spending_after_the_horizon_is_dropped_not_moved_into_it() {
    Run r = run(2023, Scenario.builder().adopt("s"), costing("p", 2022, 2026, Ramp.LINEAR, 8));
    // 8 / 4 = 2 in each of 2022..2025; only 2022 and 2023 are in the run
    assertInvestment(r, 2020, 0, 0, 2, 2);
    assertEquals(2 + 2, cumulative(r), EPS);
  }

  @Test
  void a_project_shifted_beyond_the_horizon_spends_nothing() {
    Run r = run(2025, Scenario.builder().adopt("s", 1.0, 10.0), costing("p", 2022, 2024, Ramp.LINEAR, 8));
    assertEquals(0.0, cumulative(r));
  }

  @Test
  void spending_in_the_base_year_is_part_of_the_run() {
    Run r = run(Scenario.builder().adopt("s"), costing("p", 2020, 2022, Ramp.LINEAR, 4));
    assertInvestment(r, 2020, 2, 2, 0);
  }

  @Test
  void the_investment_of_a_year_is_the_sum_over_projects() {
    Run r = run(Scenario.builder().adopt("s"),
        costing("p", 2022, 2025, Ramp.LINEAR, 6), costing("q", 2023, 2023, Ramp.STEP, 5));
    assertInvestment(r, 2022, 2, 2 + 5, 2, 0);
  }

  @Test
  void the_baseline_invests_nothing() {
    CityModel model = CityModel.builder()
        .profile(profile(sector("a", 100).build()))
        .addStrategy(strategy("s", costing("p", 2022, 2025, Ramp.LINEAR, 6)))
        .addScenario(Scenario.baseline("baseline", 2030))
        .build();
    assertEquals(0.0, cumulative(Engine.run(model, "baseline")));
  }
}
