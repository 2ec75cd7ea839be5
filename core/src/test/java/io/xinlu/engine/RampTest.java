package io.xinlu.engine;

import static io.xinlu.engine.TestModels.EPS;
import static io.xinlu.engine.TestModels.profile;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ramp shapes, fractional delays and end years (MODEL.md, "Projects, ramps and schedules"). One sector {@code a}
 * with value added 100 and no trends; each project adds new capacity 10, so {@code y_a(t) = 100 + 10 r(t)}.
 */
class RampTest {
  private static final int END = 2030;

  private static Project.Builder project(Ramp ramp, int start, int full) {
    return Project.builder().id("p").start(start).fullEffect(full).ramp(ramp)
        .addEffect(Effect.newCapacity("a", 10));
  }

  /** Scenario {@code plan} adopts the strategy; {@code late} adds a project delay to it. */
  private static CityModel model(Project p, double delay) {
    return CityModel.builder()
        .profile(profile(sector("a", 100).build()))
        .addStrategy(strategy("s", p))
        .addScenario(Scenario.builder().name("plan").endYear(END).adopt("s").build())
        .addScenario(Scenario.builder().name("late").parent("plan")
            .override("p", ProjectOverride.delay(delay)).build())
        .build();
  }

  private static CompiledScenario compile(Project p) {
    return Engine.compile(model(p, 0), "plan");
  }

  private static CompiledScenario compileDelayed(Project p, double delay) {
    return Engine.compile(model(p, delay), "late");
  }

  private static double sigma(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  @Test
  void step_ramp_is_zero_before_the_start_and_one_from_the_start_on() {
    CompiledScenario c = compile(project(Ramp.STEP, 2022, 2022).build());
    assertEquals(0.0, c.ramp("p", 2021));
    assertEquals(1.0, c.ramp("p", 2022));
    assertEquals(1.0, c.ramp("p", END));
    Run run = c.run();
    assertEquals(100, run.value(Quantity.FINAL_DEMAND, 2021, "a"), EPS);
    assertEquals(100 + 10, run.value(Quantity.FINAL_DEMAND, 2022, "a"), EPS);
  }

  @Test
  void step_ramp_with_a_later_full_effect_year_is_still_one_from_the_start() {
    CompiledScenario c = compile(project(Ramp.STEP, 2022, 2025).build());
    assertEquals(0.0, c.ramp("p", 2021));
    assertEquals(1.0, c.ramp("p", 2022));
    assertEquals(1.0, c.ramp("p", 2024));
  }

  @Test
  void linear_ramp_rises_in_equal_steps_from_start_to_full_effect() {
    CompiledScenario c = compile(project(Ramp.LINEAR, 2022, 2026).build());
    // r = (t - 2022) / (2026 - 2022)
    assertEquals(0.0, c.ramp("p", 2021));
    assertEquals(0.0, c.ramp("p", 2022));
    assertEquals(1 / 4.0, c.ramp("p", 2023), EPS);
    assertEquals(2 / 4.0, c.ramp("p", 2024), EPS);
    assertEquals(3 / 4.0, c.ramp("p", 2025), EPS);
    assertEquals(1.0, c.ramp("p", 2026));
    assertEquals(1.0, c.ramp("p", 2027));
    Run run = c.run();
    assertEquals(100 + 10 * 0.75, run.value(Quantity.FINAL_DEMAND, 2025, "a"), EPS);
  }

  @Test
  void logistic_ramp_is_exactly_zero_at_the_start_and_one_at_full_effect() {
    CompiledScenario c = compile(project(Ramp.LOGISTIC, 2022, 2026).build());
    // sigma(t) = 1 / (1 + exp(-8 (t - 2024) / 4)), i.e. sigma of z = 2 (t - 2024); rescaled between z = -4 and 4
    double lo = sigma(-4);
    double hi = sigma(4);
    assertEquals(0.0, c.ramp("p", 2021));
    assertEquals(0.0, c.ramp("p", 2022)); // exactly, not just close
    assertEquals((sigma(-2) - lo) / (hi - lo), c.ramp("p", 2023), EPS);
    assertEquals(0.5, c.ramp("p", 2024), EPS); // the midpoint, by symmetry
    assertEquals((sigma(2) - lo) / (hi - lo), c.ramp("p", 2025), EPS);
    assertEquals(1.0, c.ramp("p", 2026)); // exactly
    assertEquals(1.0, c.ramp("p", 2027));
    // the S-curve is slower than the line at first and faster after the midpoint
    assertEquals(0.104994, c.ramp("p", 2023), 1e-6); // (0.119203 - 0.017986) / (0.982014 - 0.017986) < 1/4
    Run run = c.run();
    assertEquals(100 + 10 * (sigma(2) - lo) / (hi - lo), run.value(Quantity.FINAL_DEMAND, 2025, "a"), EPS);
  }

  @ParameterizedTest
  @EnumSource(Ramp.class)
  void every_shape_is_a_step_when_start_equals_full_effect(Ramp shape) {
    CompiledScenario c = compile(project(shape, 2023, 2023).build());
    assertEquals(0.0, c.ramp("p", 2022));
    assertEquals(1.0, c.ramp("p", 2023));
    assertEquals(1.0, c.ramp("p", 2024));
  }

  @Test
  void a_fractional_delay_shifts_the_linear_ramp_by_real_valued_years() {
    CompiledScenario c = compileDelayed(project(Ramp.LINEAR, 2022, 2026).build(), 0.5);
    // s = 2022.5, f = 2026.5: r = (t - 2022.5) / 4
    assertEquals(0.0, c.ramp("p", 2022));
    assertEquals(0.5 / 4, c.ramp("p", 2023), EPS);
    assertEquals(3.5 / 4, c.ramp("p", 2026), EPS);
    assertEquals(1.0, c.ramp("p", 2027));
    assertEquals(100 + 10 * 0.125, c.run().value(Quantity.FINAL_DEMAND, 2023, "a"), EPS);
  }

  @Test
  void a_fractional_delay_moves_a_step_to_the_next_whole_year() {
    CompiledScenario c = compileDelayed(project(Ramp.STEP, 2022, 2022).build(), 0.5);
    // s = 2022.5: 2022 is before the start, 2023 after it
    assertEquals(0.0, c.ramp("p", 2022));
    assertEquals(1.0, c.ramp("p", 2023));
  }

  @Test
  void a_fractional_delay_shifts_the_logistic_ramp() {
    CompiledScenario c = compileDelayed(project(Ramp.LOGISTIC, 2022, 2026).build(), 0.5);
    // s = 2022.5, f = 2026.5, midpoint 2024.5: z = 2 (t - 2024.5)
    double lo = sigma(-4);
    double hi = sigma(4);
    assertEquals(0.0, c.ramp("p", 2022));
    assertEquals((sigma(-3) - lo) / (hi - lo), c.ramp("p", 2023), EPS);
    assertEquals((sigma(-1) - lo) / (hi - lo), c.ramp("p", 2024), EPS);
    assertEquals((sigma(3) - lo) / (hi - lo), c.ramp("p", 2026), EPS);
    assertEquals(1.0, c.ramp("p", 2027));
  }

  @Test
  void a_whole_year_delay_moves_the_ramp_by_that_many_years() {
    CompiledScenario c = compileDelayed(project(Ramp.LINEAR, 2022, 2026).build(), 2);
    assertEquals(0.0, c.ramp("p", 2024));
    assertEquals(1 / 4.0, c.ramp("p", 2025), EPS);
    assertEquals(1.0, c.ramp("p", 2028));
  }

  @Test
  void the_ramp_is_one_through_the_end_year_inclusive_and_zero_after() {
    CompiledScenario c = compile(project(Ramp.STEP, 2022, 2022).end(2024).build());
    assertEquals(0.0, c.ramp("p", 2021));
    assertEquals(1.0, c.ramp("p", 2022));
    assertEquals(1.0, c.ramp("p", 2024));
    assertEquals(0.0, c.ramp("p", 2025));
    assertEquals(0.0, c.ramp("p", END));
    Run run = c.run();
    assertEquals(110, run.value(Quantity.FINAL_DEMAND, 2024, "a"), EPS);
    assertEquals(100, run.value(Quantity.FINAL_DEMAND, 2025, "a"), EPS);
  }

  @Test
  void a_linear_project_ending_in_its_full_effect_year_has_one_year_at_full_effect() {
    CompiledScenario c = compile(project(Ramp.LINEAR, 2022, 2024).end(2024).build());
    assertEquals(0.5, c.ramp("p", 2023), EPS);
    assertEquals(1.0, c.ramp("p", 2024));
    assertEquals(0.0, c.ramp("p", 2025));
  }

  @Test
  void the_end_year_moves_with_a_delay() {
    Project p = project(Ramp.STEP, 2022, 2022).end(2024).build();
    CompiledScenario half = compileDelayed(p, 0.5);
    // s = 2022.5, end = 2024.5
    assertEquals(0.0, half.ramp("p", 2022));
    assertEquals(1.0, half.ramp("p", 2023));
    assertEquals(1.0, half.ramp("p", 2024));
    assertEquals(0.0, half.ramp("p", 2025));
    CompiledScenario one = compileDelayed(p, 1);
    // s = 2023, end = 2025 (inclusive)
    assertEquals(0.0, one.ramp("p", 2022));
    assertEquals(1.0, one.ramp("p", 2025));
    assertEquals(0.0, one.ramp("p", 2026));
  }

  @Test
  void a_strategy_start_shift_moves_start_full_effect_and_end_years() {
    Project p = project(Ramp.LINEAR, 2022, 2026).end(2027).build();
    CityModel model = CityModel.builder()
        .profile(profile(sector("a", 100).build()))
        .addStrategy(strategy("s", p))
        .addScenario(Scenario.builder().name("shifted").endYear(END).adopt("s", 1.0, 2.0).build())
        .build();
    CompiledScenario c = Engine.compile(model, "shifted");
    // s = 2024, f = 2028, end = 2029
    assertEquals(0.0, c.ramp("p", 2024));
    assertEquals(1 / 4.0, c.ramp("p", 2025), EPS);
    assertEquals(1.0, c.ramp("p", 2028));
    assertEquals(1.0, c.ramp("p", 2029));
    assertEquals(0.0, c.ramp("p", 2030));
  }

  @Test
  void a_start_shift_and_a_project_delay_add_up() {
    Project p = project(Ramp.LINEAR, 2022, 2026).build();
    CityModel model = CityModel.builder()
        .profile(profile(sector("a", 100).build()))
        .addStrategy(strategy("s", p))
        .addScenario(Scenario.builder().name("both").endYear(END).adopt("s", 1.0, 1.0)
            .override("p", ProjectOverride.delay(0.5)).build())
        .build();
    CompiledScenario c = Engine.compile(model, "both");
    // s = 2022 + 1 + 0.5 = 2023.5, f = 2027.5
    assertEquals(0.0, c.ramp("p", 2023));
    assertEquals(0.5 / 4, c.ramp("p", 2024), EPS);
    assertEquals(3.5 / 4, c.ramp("p", 2027), EPS);
  }
}
