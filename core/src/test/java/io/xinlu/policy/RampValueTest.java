package io.xinlu.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Ramp#value} at its bounds, as its Javadoc states them: 0 before the start, 1 from the full-effect year on,
 * and a step when the two years coincide.
 */
class RampValueTest {
  @ParameterizedTest
  @EnumSource(Ramp.class)
  void a_ramp_whose_start_is_its_full_effect_year_is_a_step(Ramp ramp) {
    assertEquals(0.0, ramp.value(2024.999, 2025, 2025));
    assertEquals(1.0, ramp.value(2025, 2025, 2025));
    assertEquals(1.0, ramp.value(2025.5, 2025.5, 2025.5));
    assertEquals(1.0, ramp.value(2026, 2025, 2025));
  }

  @ParameterizedTest
  @EnumSource(Ramp.class)
  void every_ramp_is_one_in_its_full_effect_year_and_zero_before_its_start(Ramp ramp) {
    assertEquals(1.0, ramp.value(2030, 2025, 2030));
    assertEquals(0.0, ramp.value(2024, 2025, 2030));
    assertEquals(0.0, ramp.value(Math.nextDown(2025.0), 2025, 2030));
  }

  @Test
  void the_step_is_full_from_its_start_and_the_others_rise_from_zero() {
    assertEquals(1.0, Ramp.STEP.value(2025, 2025, 2030));
    assertEquals(0.0, Ramp.LINEAR.value(2025, 2025, 2030));
    assertEquals(0.0, Ramp.LOGISTIC.value(2025, 2025, 2030));
    assertEquals(0.4, Ramp.LINEAR.value(2027, 2025, 2030), 1e-15);
    assertEquals(0.5, Ramp.LOGISTIC.value(2027.5, 2025, 2030), 1e-15);
  }
}
