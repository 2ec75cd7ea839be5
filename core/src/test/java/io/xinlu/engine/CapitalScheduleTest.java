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
  void capitalIsSpreadEvenlyOverTheYearsFromStartUpToFullEffect() {
    Run r = run(Scenario.builder().adopt("s"), costing("p", 2022, 2025, Ramp.LINEAR, 6));
    // years 2022, 2023, 2024: 6 / 3 each; nothing in the full-effect year
    assertInvestment(r, 2020, 0, 0, 6 / 3.0, 6 / 3.0, 6 / 3.0, 0, 0);
    assertEquals(6, cumulative(r), EPS);
  }

  @Test
  void theSpreadDependsOnTheYearsNotOnTheRampShape() {
    Run r = run(Scenario.builder().adopt("s"), costing("p", 2022, 2024, Ramp.STEP, 4));
    assertInvestment(r, 2021, 0, 4 / 2.0, 4 / 2.0, 0);
  }

  @Test
  void aProjectWhoseStartIsItsFullEffectYearSpendsEverythingInItsStartYear() {
    Run r = run(Scenario.builder().adopt("s"), costing("p", 2023, 2023, Ramp.STEP, 5));
    assertInvestment(r, 2021, 0, 0, 5, 0, 0);
  }

  @Test
  void aFractionalStartSpendsFromTheFirstWholeYearAfterIt() {
    Run r = run(Scenario.builder().adopt("s").override("p", ProjectOverride.delay(0.5)),
        costing("p", 2022, 2025, Ramp.LINEAR, 6));
    // s = 2022.5, f = 2025.5: t = 2023, 2024, 2025
    assertInvestment(r, 2021, 0, 0, 2, 2, 2, 0);
  }

  @Test
  void aFractionalStartWithNoWholeYearBeforeFullEffectSpendsAllInTheFirstWholeYear() {
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
  void adoptionIntensityScalesCapitalAndEffectsAlike() {
    Run r = run(Scenario.builder().adopt("s", 0.5), costing("p", 2022, 2025, Ramp.LINEAR, 6));
    // 6 * 0.5 = 3 over three years
    assertInvestment(r, 2022, 1, 1, 1, 0);
    // new capacity 10 * 0.5 at full effect
    assertEquals(100 + 10 * 0.5, r.value(Quantity.FINAL_DEMAND, 2025, "a"), EPS);
  }

  @Test
  void aProjectScaleMultipliesTheIntensityAgain() {
    Run r = run(Scenario.builder().adopt("s", 0.5).override("p", ProjectOverride.scale(3)),
        costing("p", 2022, 2025, Ramp.LINEAR, 6));
    // 6 * 0.5 * 3 = 9 over three years
    assertInvestment(r, 2022, 3, 3, 3, 0);
    assertEquals(100 + 10 * 0.5 * 3, r.value(Quantity.FINAL_DEMAND, 2025, "a"), EPS);
  }

  @Test
  void aStartShiftMovesTheSpending() {
    Run r = run(Scenario.builder().adopt("s", 1.0, 3.0), costing("p", 2022, 2025, Ramp.LINEAR, 6));
    // s = 2025, f = 2028
    assertInvestment(r, 2024, 0, 2, 2, 2, 0);
  }

  @Test
  void spendingAfterTheHorizonIsDroppedNotMovedIntoIt() {
    Run r = run(2023, Scenario.builder().adopt("s"), costing("p", 2022, 2026, Ramp.LINEAR, 8));
    // 8 / 4 = 2 in each of 2022..2025; only 2022 and 2023 are in the run
    assertInvestment(r, 2020, 0, 0, 2, 2);
    assertEquals(2 + 2, cumulative(r), EPS);
  }

  @Test
  void aProjectShiftedBeyondTheHorizonSpendsNothing() {
    Run r = run(2025, Scenario.builder().adopt("s", 1.0, 10.0), costing("p", 2022, 2024, Ramp.LINEAR, 8));
    assertEquals(0.0, cumulative(r));
  }

  @Test
  void spendingInTheBaseYearIsPartOfTheRun() {
    Run r = run(Scenario.builder().adopt("s"), costing("p", 2020, 2022, Ramp.LINEAR, 4));
    assertInvestment(r, 2020, 2, 2, 0);
  }

  @Test
  void theInvestmentOfAYearIsTheSumOverProjects() {
    Run r = run(Scenario.builder().adopt("s"),
        costing("p", 2022, 2025, Ramp.LINEAR, 6), costing("q", 2023, 2023, Ramp.STEP, 5));
    assertInvestment(r, 2022, 2, 2 + 5, 2, 0);
  }

  @Test
  void theBaselineInvestsNothing() {
    CityModel model = CityModel.builder()
        .profile(profile(sector("a", 100).build()))
        .addStrategy(strategy("s", costing("p", 2022, 2025, Ramp.LINEAR, 6)))
        .addScenario(Scenario.baseline("baseline", 2030))
        .build();
    assertEquals(0.0, cumulative(Engine.run(model, "baseline")));
  }
}
