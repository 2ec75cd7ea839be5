package io.xinlu.engine;

import static io.xinlu.engine.TestModels.EPS;
import static io.xinlu.engine.TestModels.events;
import static io.xinlu.engine.TestModels.profile;
import static io.xinlu.engine.TestModels.project;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.step;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.policy.Effect;
import io.xinlu.policy.Ramp;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The labour transition (MODEL.md, "Labour transition"): {@code D(t) = sum max(0, N_i(t-1) - N_i(t))},
 * {@code J(t) = sum max(0, N_i(t) - N_i(t-1))}, {@code U(t) = U(t-1) + D(t) - min(U(t-1) + D(t), rho(t) J(t))},
 * {@code U(t0) = 0}, {@code rho(t)} the scenario's rate plus the projects' changes clamped to [0, 1].
 *
 * <p>Two sectors without a table: coal (value added 100, employment 100, so {@code q = 1}) and services (value
 * added 100, employment 50, {@code q = 2}); no trends. Strategy {@code s}:
 * <pre>
 * cut   coal scale demand -0.4, linear 2020 -> 2022 (r = 0.5 in 2021, 1 from 2022)
 * grow  services new capacity +20, linear 2020 -> 2022
 * boom  services new capacity +200, step 2024
 * </pre>
 * Employment: coal 100, 80, 60, 60, 60, 60; services 50, 55, 60, 60, 160, 160 (2020..2025). So
 * {@code D} = 20, 20, 0, 0, 0 and {@code J} = 5, 5, 0, 100, 0 for 2021..2025.
 */
class LabourTransitionTest {
  private static Scenario.Builder scenario(String name) {
    return Scenario.builder().name(name).endYear(2025).adopt("s");
  }

  private static CityModel model(Scenario... scenarios) {
    return CityModel.builder()
        .profile(profile(
            sector("coal", 100).employment(100).build(),
            sector("services", 100).employment(50).build()))
        .addStrategy(strategy("s",
            project("cut", 2020, 2022, Ramp.LINEAR, Effect.scaleDemand("coal", -0.4)).build(),
            project("grow", 2020, 2022, Ramp.LINEAR, Effect.newCapacity("services", 20)).build(),
            step("boom", 2024, Effect.newCapacity("services", 200))))
        .addStrategy(strategy("training", step("train", 2022, Effect.reemployment(0.3))))
        .addStrategy(strategy("layoffs", step("bad", 2021, Effect.reemployment(-0.5))))
        .addScenarios(scenarios)
        .build();
  }

  private static double u(Run run, int year) {
    return run.total(Quantity.DISPLACED_WORKERS, year);
  }

  @Test
  void employment_follows_value_added_over_productivity() {
    Run run = Engine.run(model(scenario("plan").build()), "plan");
    assertEquals(100 * (1 - 0.4 * 0.5) / 1, run.value(Quantity.EMPLOYMENT, 2021, "coal"), EPS);
    assertEquals((100 + 20 * 0.5) / 2, run.value(Quantity.EMPLOYMENT, 2021, "services"), EPS);
    assertEquals((100 + 20 + 200) / 2.0, run.value(Quantity.EMPLOYMENT, 2024, "services"), EPS);
  }

  @Test
  void jobs_lost_and_created_are_summed_separately_over_sectors() {
    Run run = Engine.run(model(scenario("plan").build()), "plan");
    double[] lost = {20, 20, 0, 0, 0};
    double[] created = {5, 5, 0, 100, 0};
    for (int t = 2021; t <= 2025; t++) {
      assertEquals(lost[t - 2021], run.total(Quantity.JOBS_LOST, t), EPS, "D " + t);
      assertEquals(created[t - 2021], run.total(Quantity.JOBS_CREATED, t), EPS, "J " + t);
    }
  }

  @Test
  void displaced_workers_follow_the_recursion_with_the_default_rate() {
    Run run = Engine.run(model(scenario("plan").build()), "plan");
    assertEquals(0.0, u(run, 2020)); // U(t0) = 0
    double rho = Scenario.DEFAULT_REEMPLOYMENT_RATE; // 0.5
    double u2021 = 0 + 20 - Math.min(0 + 20, rho * 5); // 17.5
    double u2022 = u2021 + 20 - Math.min(u2021 + 20, rho * 5); // 35
    double u2023 = u2022 + 0 - Math.min(u2022, rho * 0); // 35
    double u2024 = u2023 + 0 - Math.min(u2023, rho * 100); // min(35, 50) = 35: nobody left waiting
    assertEquals(17.5, u2021);
    assertEquals(u2021, u(run, 2021), EPS);
    assertEquals(u2022, u(run, 2022), EPS);
    assertEquals(u2023, u(run, 2023), EPS);
    assertEquals(0.0, u2024);
    assertEquals(u2024, u(run, 2024), EPS);
    assertEquals(0.0, u(run, 2025), EPS);
    assertEquals(rho, run.total(Quantity.REEMPLOYMENT_RATE, 2023), EPS);
  }

  @Test
  void the_scenario_rate_replaces_the_default() {
    Run run = Engine.run(model(scenario("slow").reemploymentRate(0.2).build()), "slow");
    double u2021 = 20 - 0.2 * 5; // 19
    double u2022 = u2021 + 20 - 0.2 * 5; // 38
    double u2024 = u2022 - Math.min(u2022, 0.2 * 100); // 18: re-employment limited by the rate
    assertEquals(u2021, u(run, 2021), EPS);
    assertEquals(u2022, u(run, 2022), EPS);
    assertEquals(u2022, u(run, 2023), EPS);
    assertEquals(u2024, u(run, 2024), EPS);
    assertEquals(u2024, u(run, 2025), EPS);
  }

  @Test
  void a_training_project_raises_the_rate_from_its_start() {
    Run run = Engine.run(model(scenario("trained").adopt("training").build()), "trained");
    // rho 0.5 in 2021, 0.5 + 0.3 from 2022
    assertEquals(0.5, run.total(Quantity.REEMPLOYMENT_RATE, 2021), EPS);
    assertEquals(0.8, run.total(Quantity.REEMPLOYMENT_RATE, 2022), EPS);
    double u2021 = 20 - 0.5 * 5; // 17.5
    double u2022 = u2021 + 20 - 0.8 * 5; // 33.5
    assertEquals(u2022, u(run, 2022), EPS);
    assertEquals(0.0, u(run, 2024), EPS); // min(33.5, 0.8 * 100)
    assertTrue(events(run, Event.Clamp.class).isEmpty());
  }

  @Test
  void a_rate_above_one_is_clamped_to_one_with_one_event() {
    Run run = Engine.run(model(scenario("high").reemploymentRate(0.9).adopt("training").build()), "high");
    assertEquals(0.9, run.total(Quantity.REEMPLOYMENT_RATE, 2021), EPS);
    // 0.9 + 0.3 = 1.2 -> 1 from 2022 on
    for (int t = 2022; t <= 2025; t++) {
      assertEquals(1.0, run.total(Quantity.REEMPLOYMENT_RATE, t));
    }
    double u2021 = 20 - 0.9 * 5; // 15.5
    double u2022 = u2021 + 20 - 1.0 * 5; // 30.5
    assertEquals(u2021, u(run, 2021), EPS);
    assertEquals(u2022, u(run, 2022), EPS);
    List<Event.Clamp> clamps = events(run, Event.Clamp.class);
    assertEquals(1, clamps.size(), clamps::toString);
    assertEquals(2022, clamps.get(0).year());
    assertEquals("", clamps.get(0).sectorId());
  }

  @Test
  void a_rate_below_zero_is_clamped_to_zero_with_one_event() {
    Run run = Engine.run(model(scenario("low").reemploymentRate(0.1).adopt("layoffs").build()), "low");
    // 0.1 - 0.5 = -0.4 -> 0 from 2021: nobody is re-employed, U accumulates every lost job
    assertEquals(0.0, run.total(Quantity.REEMPLOYMENT_RATE, 2021));
    assertEquals(20, u(run, 2021), EPS);
    assertEquals(40, u(run, 2022), EPS);
    assertEquals(40, u(run, 2024), EPS);
    List<Event.Clamp> clamps = events(run, Event.Clamp.class);
    assertEquals(1, clamps.size(), clamps::toString);
    assertEquals(2021, clamps.get(0).year());
  }

  @Test
  void productivity_growth_alone_displaces_workers_when_output_is_flat() {
    CityModel model = CityModel.builder()
        .profile(profile(sector("a", 100).employment(100).productivityGrowth(0.25).build()))
        .addStrategy(strategy("none"))
        .addScenario(Scenario.builder().name("baseline").endYear(2022).reemploymentRate(0.5).build())
        .build();
    Run run = Engine.run(model, "baseline");
    // N = 100 / (1 * 1.25^k): 80, 64 -> D = 20, 16; J = 0
    assertEquals(80, run.value(Quantity.EMPLOYMENT, 2021, "a"), EPS);
    assertEquals(20, u(run, 2021), EPS);
    assertEquals(20 + 16, u(run, 2022), EPS);
    assertEquals(0.0, run.total(Quantity.JOBS_CREATED, 2022), EPS);
  }
}
