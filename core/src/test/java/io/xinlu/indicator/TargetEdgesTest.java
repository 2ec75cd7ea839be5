package io.xinlu.indicator;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Targets at their edges, on indicators whose yearly values a test states directly: the tolerance of
 * {@link Target#TOLERANCE} exactly, values that are infinite or undefined, one-year windows, ties, blank ids, runs
 * that cannot give an indicator, and how numbers are written in ids and descriptions ({@link Target}'s Javadoc).
 * The run is a one-sector city from 2020 to 2025 without employment data.
 */
class TargetEdgesTest {
  private static final Run RUN = Engine.run(CityModel.builder()
      .profile(CityProfile.builder().name("edges").baseYear(2020)
          .addSectors(Sector.builder().id("a").group(SectorGroup.SECONDARY).valueAdded(100).build()).build())
      .addScenario(Scenario.baseline("base", 2025)).build(), "base");

  /** An indicator with these values from 2020 on. */
  private static Indicator values(double... v) {
    return Indicator.of("x", "X", "units", Direction.NEUTRAL, (run, year) -> v[year - run.baseYear()]);
  }

  @Test
  void a_value_short_by_exactly_the_tolerance_meets_the_threshold_and_one_ulp_more_does_not() {
    // 1e-12 times 976562500 rounds to 2^-10 exactly, and 976562500 - 2^-10 is exact: the shortfall is exactly
    // TOLERANCE times the larger magnitude
    double limit = 976562500.0;
    double tol = Math.scalb(1.0, -10);
    assertEquals(tol, Target.TOLERANCE * limit);
    double low = limit - tol;
    assertTrue(Target.atLeast(values(low, low, low, low, low, low), limit, 2025).check(RUN).met());
    assertFalse(Target.atLeast(values(0, 0, 0, 0, 0, Math.nextDown(low)), limit, 2025).check(RUN).met());
    double high = limit + tol;
    assertTrue(Target.atMost(values(0, 0, 0, 0, 0, high), limit, 2025).check(RUN).met());
    assertFalse(Target.atMost(values(0, 0, 0, 0, 0, Math.nextUp(high)), limit, 2025).check(RUN).met());
    // above the threshold, the larger magnitude is the value's: 976562500 over a threshold 2^-10 below it
    assertTrue(Target.atMost(values(0, 0, 0, 0, 0, limit), low, 2025).check(RUN).met());
    assertFalse(Target.atMost(values(0, 0, 0, 0, 0, Math.nextUp(limit)), low, 2025).check(RUN).met());
    assertTrue(Target.atLeast(values(0, 0, 0, 0, 0, low), limit, 2025).check(RUN).met());
  }

  @Test
  void rounding_noise_below_the_tolerance_is_forgiven_on_both_sides() {
    TargetCheck c = Target.atLeast(values(0.5, 0.5, 0.5, 0.5, 0.5, 0.5 * (1 - 1e-13)), 0.5, 2025).check(RUN);
    assertTrue(c.met());
    assertEquals(0.0, c.gap());
    assertEquals(OptionalInt.of(2020), c.firstYearMet());
    assertTrue(Target.atMost(values(0, 0, 0, 0, 0, 0.5 * (1 + 1e-13)), 0.5, 2025).check(RUN).met());
    assertFalse(Target.atLeast(values(0, 0, 0, 0, 0, 0.5 * (1 - 1e-11)), 0.5, 2025).check(RUN).met());
    assertFalse(Target.atMost(values(0, 0, 0, 0, 0, 0.5 * (1 + 1e-11)), 0.5, 2025).check(RUN).met());
    assertTrue(Target.atLeast(values(0, 0, 0, 0, 0, -0.5 * (1 + 1e-13)), -0.5, 2025).check(RUN).met());
  }

  @Test
  void an_infinite_value_meets_only_the_side_it_lies_on() {
    double inf = Double.POSITIVE_INFINITY;
    assertFalse(Target.atLeast(values(0, 0, 0, 0, 0, -inf), 1.0, 2025).check(RUN).met());
    assertTrue(Target.atLeast(values(0, 0, 0, 0, 0, inf), 1.0, 2025).check(RUN).met());
    assertFalse(Target.atMost(values(0, 0, 0, 0, 0, inf), 1.0, 2025).check(RUN).met());
    assertTrue(Target.atMost(values(0, 0, 0, 0, 0, -inf), 1.0, 2025).check(RUN).met());
    assertFalse(Target.atLeast(values(0, 0, 0, 0, 0, Double.NaN), 1.0, 2025).check(RUN).met());
  }

  @Test
  void a_cap_over_one_year_is_a_window_and_its_worst_year_is_the_first_of_ties() {
    assertDoesNotThrow(() -> Target.cap(values(1, 1, 1, 1, 1, 1), 2.0, 2023, 2023));
    TargetCheck last = Target.cap(values(1, 1, 1, 1, 1, 3), 2.0, 2021, 2025).check(RUN);
    assertFalse(last.met());
    assertEquals(3.0, last.value());
    assertEquals(2025, last.valueYear());
    assertEquals(OptionalInt.empty(), last.firstYearMet());
    TargetCheck ties = Target.cap(values(1, 3, 1, 3, 1, 1), 2.0, 2020, 2025).check(RUN);
    assertEquals(2021, ties.valueYear());
    assertEquals(1.0, ties.gap());
    assertEquals(OptionalInt.of(2024), ties.firstYearMet());
  }

  @Test
  void a_blank_id_is_refused_for_every_kind() {
    Indicator gdp = Indicators.gdp();
    for (Target t : new Target[] {Target.atLeast(gdp, 1, 2025), Target.changeAtMost(gdp, 2020, 2025, -0.1),
        Target.cap(gdp, 1, 2020, 2025), Target.peakBy(gdp, 2025)}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.withId(" "));
      assertEquals("a target on indicator 'gdp' needs a non-blank id", e.getMessage());
    }
  }

  @Test
  void a_run_that_cannot_give_the_indicator_is_refused_naming_the_target() {
    Indicator jobs = Indicators.employment();
    for (Target t : new Target[] {Target.atLeast(jobs, 1, 2025), Target.changeAtMost(jobs, 2020, 2025, -0.1),
        Target.cap(jobs, 1, 2020, 2025), Target.peakBy(jobs, 2025)}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.check(RUN));
      assertEquals("target '" + t.id() + "': indicator 'employment' cannot be computed on run 'base': profile "
          + "'edges' has no employment data", e.getMessage());
    }
  }

  @Test
  void a_change_whose_target_year_lies_after_the_run_is_refused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Target.changeAtMost(Indicators.gdp(), 2020, 2030, -0.1).check(RUN));
    assertEquals("target 'gdp:change<=-0.1@2020-2030' on indicator 'gdp' cannot be checked on run 'base': target "
        + "year 2030 is outside the run (2020..2025)", e.getMessage());
  }

  @Test
  void a_peak_late_by_some_years_or_at_the_deadline_and_rising_again_is_described_so() {
    Indicator oneLate = values(1, 2, 3, 4, 5, 4);
    assertTrue(Target.peakBy(oneLate, 2023).check(RUN).describe().endsWith("; 1 year late"));
    assertTrue(Target.peakBy(oneLate, 2022).check(RUN).describe().endsWith("; 2 years late"));
    TargetCheck again = Target.peakBy(values(1, 2, 5, 3, 4, 3), 2022).check(RUN);
    assertFalse(again.met());
    assertEquals(2022, again.valueYear());
    assertTrue(again.describe().endsWith("; rises again after the peak"), again::describe);
  }

  @Test
  void numbers_are_written_exactly_in_ids_and_to_six_digits_in_descriptions() {
    Indicator x = values(0, 0, 0, 0, 0, 0);
    assertEquals("x<=100@2025", Target.atMost(x, 100, 2025).id());
    assertEquals("x<=1.0E15@2025", Target.atMost(x, 1e15, 2025).id());
    assertEquals("x<=999999999999999@2025", Target.atMost(x, 999999999999999.0, 2025).id());
    assertEquals("X: at most 100 units in 2025", Target.atMost(x, 100, 2025).describe());
    assertEquals("X: at most 1E+15 units in 2025", Target.atMost(x, 1e15, 2025).describe());
    assertEquals("X: at most 2.5E-7 units in 2025", Target.atMost(x, 2.5e-7, 2025).describe());
    assertEquals("X: at most 0.333333 units in 2025", Target.atMost(x, 1 / 3.0, 2025).describe());
    assertEquals("X: at most 0 units in 2025", Target.atMost(x, 0, 2025).describe());
    TargetCheck met = Target.atMost(x, 0, 2025).check(RUN);
    assertEquals("x<=0@2025 on run 'base': met; value 0 units in 2025, gap 0; first met 2020", met.describe());
    TargetCheck undefined = Target.atMost(values(0, 0, 0, 0, 0, Double.NaN), 1, 2025).check(RUN);
    assertEquals("x<=1@2025 on run 'base': not met; value NaN units in 2025, gap NaN; undefined",
        undefined.describe());
  }

  @Test
  void checks_are_equal_when_target_run_and_results_are() {
    Target t = Target.atMost(values(3, 2, 1, 0, 0, 0), 1.5, 2025);
    TargetCheck c = t.check(RUN);
    assertEquals(c, t.check(RUN));
    assertEquals(c.hashCode(), t.check(RUN).hashCode());
    TargetCheck other = Target.atMost(values(3, 2, 1, 0, 0, 0), 1.5, 2024).check(RUN);
    assertNotEquals(c, other);
    assertNotEquals(c.hashCode(), other.hashCode());
    assertNotEquals(c, Target.atMost(values(3, 2, 1, 0, 0, 0.5), 1.5, 2025).check(RUN));
    assertNotEquals(c, (Object) c.describe());
    assertEquals(c.describe(), c.toString());
    assertEquals(2025, Target.changeAtMost(Indicators.gdp(), 2020, 2025, 0).targetYear());
  }
}
