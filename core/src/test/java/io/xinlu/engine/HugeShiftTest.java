package io.xinlu.engine;

import static io.xinlu.engine.TestModels.profile;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.indicator.Indicators;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import io.xinlu.uncertainty.ensemble.Ensemble;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Start shifts and delays far beyond the horizon (docs/MODEL.md, section 9 and D6): the project starts after the end
 * year, so it has no effect and no capital within the horizon, and the run is the baseline's, bit for bit. Such
 * shifts once made the capital schedule count build years in an {@code int} that overflowed, and the run never
 * ended; every case here must finish within seconds.
 */
class HugeShiftTest {
  private static final int END = 2040;
  private static final Duration LIMIT = Duration.ofSeconds(20);

  /** Sectors a and b; strategy s with a linear project p on b (capital 6) and a step project q (capital 2). */
  private static CityModel model(Scenario plan) {
    CityProfile city = profile(
        sector("a", 100).growth(0.02).energy(10).emissionFactor(2.0).employment(50).build(),
        sector("b", 50).energy(5).emissionFactor(1.0).employment(100).build());
    Project p = Project.builder().id("p").start(2022).fullEffect(2025).ramp(Ramp.LINEAR).capitalCost(6.0)
        .addEffects(Effect.newCapacity("b", 10.0), Effect.energyIntensity("a", -0.5)).build();
    Project q = Project.builder().id("q").start(2023).fullEffect(2023).ramp(Ramp.STEP).capitalCost(2.0)
        .addEffects(Effect.scaleDemand("a", 0.1)).build();
    return CityModel.builder().profile(city)
        .addStrategy(strategy("s", p, q))
        .addScenario(Scenario.baseline("baseline", END))
        .addScenario(plan)
        .build();
  }

  private static void assertSameAsBaseline(Run baseline, Run run) {
    for (Quantity q : List.of(Quantity.FINAL_DEMAND, Quantity.GROSS_OUTPUT, Quantity.VALUE_ADDED, Quantity.ENERGY,
        Quantity.CO2, Quantity.EMPLOYMENT)) {
      for (String s : List.of("a", "b")) {
        assertArrayEquals(baseline.series(q, s), run.series(q, s), q + " of " + s);
      }
    }
    for (Quantity q : List.of(Quantity.INVESTMENT, Quantity.DISPLACED_WORKERS, Quantity.JOBS_LOST,
        Quantity.JOBS_CREATED)) {
      assertArrayEquals(baseline.totalSeries(q), run.totalSeries(q), q.label());
    }
    assertArrayEquals(new double[END - 2020 + 1], run.totalSeries(Quantity.INVESTMENT));
  }

  @ParameterizedTest(name = "start shift {0}")
  @ValueSource(doubles = {3e9, 2147483647, 2147483646.5, 4294967296.0, 1e300, Double.MAX_VALUE, 21.0})
  void a_start_shift_beyond_the_horizon_leaves_the_baseline(double shift) {
    CityModel m = model(Scenario.builder().name("plan").endYear(END).adopt("s", 1.0, shift).build());
    Run baseline = Engine.run(m, "baseline");
    Run run = assertTimeoutPreemptively(LIMIT, () -> Engine.run(m, "plan"));
    assertSameAsBaseline(baseline, run);
  }

  @ParameterizedTest(name = "delay {0}")
  @ValueSource(doubles = {3e9, 2147483647, 2147483646.5, 1e300, Double.MAX_VALUE})
  void a_project_delay_beyond_the_horizon_leaves_the_baseline(double delay) {
    CityModel m = model(Scenario.builder().name("plan").endYear(END).adopt("s")
        .override("p", ProjectOverride.delay(delay))
        .override("q", ProjectOverride.delay(delay)).build());
    Run baseline = Engine.run(m, "baseline");
    Run run = assertTimeoutPreemptively(LIMIT, () -> Engine.run(m, "plan"));
    assertSameAsBaseline(baseline, run);
  }

  @ParameterizedTest(name = "start shift and delay {0} each")
  @ValueSource(doubles = {1e308, Double.MAX_VALUE})
  void a_shift_and_a_delay_whose_sum_overflows_leave_the_baseline(double each) {
    CityModel m = model(Scenario.builder().name("plan").endYear(END).adopt("s", 1.0, each)
        .override("p", ProjectOverride.delay(each)).build());
    Run run = assertTimeoutPreemptively(LIMIT, () -> Engine.run(m, "plan"));
    // p starts at +infinity, q at 2023 + each
    assertArrayEquals(new double[END - 2020 + 1], run.totalSeries(Quantity.INVESTMENT));
    assertSameAsBaseline(Engine.run(m, "baseline"), run);
  }

  /**
   * A project whose own full-effect year is the largest {@code int}, delayed by half a year: its build years reach
   * past {@code Integer.MAX_VALUE}. The capital still spreads over every build year (the horizon's share of it is
   * recorded) and the run ends.
   */
  @org.junit.jupiter.api.Test
  void build_years_beyond_the_largest_int_end() {
    CityProfile city = profile(sector("a", 100).energy(10).emissionFactor(2.0).build());
    Project p = Project.builder().id("p").start(2021).fullEffect(Integer.MAX_VALUE).ramp(Ramp.LINEAR)
        .capitalCost(1.0).addEffects(Effect.newCapacity("a", 10.0)).build();
    CityModel m = CityModel.builder().profile(city).addStrategy(strategy("s", p))
        .addScenario(Scenario.builder().name("plan").endYear(END).adopt("s")
            .override("p", ProjectOverride.delay(0.5)).build())
        .build();
    Run run = assertTimeoutPreemptively(LIMIT, () -> Engine.run(m, "plan"));
    // build years 2022 .. 2147483647 (start 2021.5, full effect 2147483647.5): 2147481626 of them
    double perYear = 1.0 / 2147481626.0;
    assertEquals(0.0, run.total(Quantity.INVESTMENT, 2021));
    for (int t = 2022; t <= END; t++) {
      assertEquals(perYear, run.total(Quantity.INVESTMENT, t), "investment in " + t);
    }
  }

  /**
   * A project whose prerequisite is delayed beyond the horizon is deferred after it (D5), beyond the horizon too:
   * neither spends or acts within it, and the deferral names the start 3e9 years on.
   */
  @org.junit.jupiter.api.Test
  void a_project_waiting_for_one_shifted_beyond_the_horizon_waits_beyond_it_too() {
    CityProfile city = profile(sector("a", 100).energy(10).emissionFactor(2.0).build());
    Project p = Project.builder().id("p").start(2022).fullEffect(2025).ramp(Ramp.LINEAR).capitalCost(6.0)
        .addEffects(Effect.newCapacity("a", 10.0)).build();
    Project q = Project.builder().id("q").start(2023).fullEffect(2024).ramp(Ramp.LINEAR).capitalCost(2.0)
        .addPrerequisite("p").addEffects(Effect.scaleDemand("a", -0.5)).build();
    CityModel m = CityModel.builder().profile(city).addStrategy(strategy("s", p, q))
        .addScenario(Scenario.baseline("baseline", END))
        .addScenario(Scenario.builder().name("plan").endYear(END).adopt("s")
            .override("p", ProjectOverride.delay(3e9)).build())
        .build();
    Run run = assertTimeoutPreemptively(LIMIT, () -> Engine.run(m, "plan"));
    Run baseline = Engine.run(m, "baseline");
    assertArrayEquals(baseline.series(Quantity.VALUE_ADDED, "a"), run.series(Quantity.VALUE_ADDED, "a"));
    assertArrayEquals(new double[END - 2020 + 1], run.totalSeries(Quantity.INVESTMENT));
    Event.Deferral d = TestModels.events(run, Event.Deferral.class).get(0);
    assertEquals("q", d.projectId());
    assertEquals(2023.0, d.plannedStart());
    assertEquals(2025 + 3e9, d.newStart());
    assertEquals(2023, d.year());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"strategy/s/start-shift", "project/p/delay"})
  void huge_shifts_as_parameter_values_run_in_a_parameterization_and_an_ensemble(String path) {
    CityModel m = model(Scenario.builder().name("plan").endYear(END).adopt("s").build());
    Parameterization par = Parameterization.of(m, "plan", List.of(path));
    double[][] design = {{3e9}, {2147483647}, {1e300}, {Double.MAX_VALUE}, {2.5}};
    for (double[] row : design) {
      Run run = assertTimeoutPreemptively(LIMIT, () -> par.run(row));
      assertTrue(Double.isFinite(run.total(Quantity.CO2, END)));
    }
    EnsembleResult r = assertTimeoutPreemptively(LIMIT, () -> Ensemble.builder(par).design(design)
        .indicators(Indicators.investment()).years(2022, END).threads(1).build().run());
    assertEquals(5, r.runs());
    // only the run shifted by 2.5 years spends capital in 2022..2040 (the projects start in 2024.5 and 2025.5)
    assertEquals(0.0, r.summary("investment", 2022).min());
    assertEquals(0.0, r.summary("investment", 2022).max());
  }
}
