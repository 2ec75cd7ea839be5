package io.xinlu.engine;

import static io.xinlu.engine.TestModels.EPS;
import static io.xinlu.engine.TestModels.profile;
import static io.xinlu.engine.TestModels.sector;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.scenario.CityModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A compilation with parameter values reuses what the values cannot change; these check that what they do change
 * is worked out again: the re-employment rate when the size of a re-employment effect changes, and the ramp when
 * a delay moves a project that ends.
 *
 * <p>Sector {@code a} (value added 100, 50 jobs); project {@code p}: linear 2022 to 2024, ends in 2026, new capacity
 * 10 in {@code a}, re-employment +0.2; scenario {@code plan} adopts it with rate 0.5, to 2030.
 */
class ParameterRerunTest {
  private static CityModel model() {
    Project p = Project.builder().id("p").start(2022).fullEffect(2024).end(2026).ramp(Ramp.LINEAR)
        .addEffect(Effect.newCapacity("a", 10)).addEffect(Effect.reemployment(0.2)).build();
    return TestModels.oneStrategy(profile(sector("a", 100).employment(50).build()), 2030, p);
  }

  @Test
  void a_new_size_of_a_reemployment_effect_changes_the_rate() {
    Parameterization pz = Parameterization.of(model(), "plan", List.of("project/p/effect/2"));
    assertEquals(0.5 + 0.2, pz.run(pz.baseValues()).total(Quantity.REEMPLOYMENT_RATE, 2025), EPS);
    assertEquals(0.5 + 0.4, pz.run(new double[] {0.4}).total(Quantity.REEMPLOYMENT_RATE, 2025), EPS);
    // half way up the ramp in 2023
    assertEquals(0.5 + 0.05 * 0.5, pz.run(new double[] {0.05}).total(Quantity.REEMPLOYMENT_RATE, 2023), EPS);
  }

  @Test
  void a_new_intensity_changes_the_rate_too() {
    Parameterization pz = Parameterization.of(model(), "plan", List.of("strategy/s/intensity"));
    assertEquals(0.5 + 0.1, pz.run(new double[] {0.5}).total(Quantity.REEMPLOYMENT_RATE, 2025), EPS);
  }

  @Test
  void a_delay_moves_the_start_the_full_effect_and_the_end_of_the_ramp() {
    Parameterization pz = Parameterization.of(model(), "plan", List.of("project/p/delay"));
    CompiledScenario given = pz.compile(pz.baseValues());
    assertEquals(1.0, given.ramp("p", 2026));
    assertEquals(0.0, given.ramp("p", 2027));
    CompiledScenario later = pz.compile(new double[] {2.0});
    assertEquals(0.0, later.ramp("p", 2024));
    assertEquals(0.5, later.ramp("p", 2025), EPS);
    assertEquals(1.0, later.ramp("p", 2028));
    assertEquals(0.0, later.ramp("p", 2029));
    assertEquals(100 + 10.0, later.run().value(Quantity.VALUE_ADDED, 2028, "a"), EPS);
    assertEquals(100.0, later.run().value(Quantity.VALUE_ADDED, 2029, "a"), EPS);
  }
}
