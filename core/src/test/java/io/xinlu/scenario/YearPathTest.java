package io.xinlu.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Reading a {@link YearPath} at any year, by its interpolation, as its Javadoc states. */
class YearPathTest {
  private static final Map<Integer, Double> POINTS = Map.of(2023, 1.0, 2027, 0.6);

  @Test
  void an_exact_path_has_values_at_its_years_only() {
    YearPath p = YearPath.exact(POINTS);
    assertEquals(OptionalDouble.of(1.0), p.at(2023));
    assertEquals(OptionalDouble.of(0.6), p.at(2027));
    assertEquals(OptionalDouble.empty(), p.at(2022));
    assertEquals(OptionalDouble.empty(), p.at(2025));
    assertEquals(OptionalDouble.empty(), p.at(2030));
    assertEquals(-7.0, p.valueAt(2025, -7.0));
    assertEquals(-7.0, p.valueAt(2030, -7.0));
    assertEquals(0.6, p.valueAt(2027, -7.0));
  }

  @Test
  void a_stepwise_path_holds_each_value_until_the_next_year_given() {
    YearPath p = YearPath.stepwise(POINTS);
    assertEquals(OptionalDouble.empty(), p.at(2022));
    assertEquals(-7.0, p.valueAt(2022, -7.0));
    assertEquals(OptionalDouble.of(1.0), p.at(2023));
    assertEquals(OptionalDouble.of(1.0), p.at(2026));
    assertEquals(OptionalDouble.of(0.6), p.at(2027));
    assertEquals(0.6, p.valueAt(2040, -7.0));
  }

  @Test
  void a_linear_path_interpolates_between_its_years_and_holds_the_last_value() {
    YearPath p = YearPath.linear(POINTS);
    assertEquals(OptionalDouble.empty(), p.at(2022));
    assertEquals(-7.0, p.valueAt(2022, -7.0));
    assertEquals(1.0, p.valueAt(2023, -7.0));
    assertEquals(0.9, p.valueAt(2024, -7.0), 1e-15);
    assertEquals(0.8, p.valueAt(2025, -7.0), 1e-15);
    assertEquals(0.7, p.at(2026).getAsDouble(), 1e-15);
    assertEquals(0.6, p.valueAt(2027, -7.0));
    assertEquals(0.6, p.valueAt(2035, -7.0));
    assertEquals(OptionalDouble.of(0.6), p.at(2035));
  }

  @Test
  void a_constant_holds_its_value_from_its_year_on() {
    YearPath p = YearPath.constantFrom(2025, 0.03);
    assertEquals(YearPath.Interpolation.STEP, p.interpolation());
    assertEquals(OptionalDouble.empty(), p.at(2024));
    assertEquals(OptionalDouble.of(0.03), p.at(2025));
    assertEquals(OptionalDouble.of(0.03), p.at(2099));
    assertEquals(2025, p.firstYear());
    assertEquals(2025, p.lastYear());
  }

  @Test
  void first_and_last_years_and_points_are_in_year_order() {
    YearPath p = YearPath.of(YearPath.Interpolation.LINEAR, Map.of(2030, 3.0, 2021, 1.0, 2025, 2.0));
    assertEquals(2021, p.firstYear());
    assertEquals(2030, p.lastYear());
    assertEquals(java.util.List.of(2021, 2025, 2030), p.points().keySet().asList());
  }

  @Test
  void paths_are_equal_when_points_and_interpolation_are() {
    assertEquals(YearPath.linear(POINTS), YearPath.linear(Map.of(2027, 0.6, 2023, 1.0)));
    assertEquals(YearPath.linear(POINTS).hashCode(), YearPath.linear(Map.of(2027, 0.6, 2023, 1.0)).hashCode());
    assertNotEquals(YearPath.linear(POINTS), YearPath.stepwise(POINTS));
    assertNotEquals(YearPath.linear(POINTS), YearPath.linear(Map.of(2023, 1.0, 2027, 0.5)));
    assertNotEquals(YearPath.linear(POINTS), (Object) POINTS);
    assertNotEquals(YearPath.linear(POINTS).hashCode(), YearPath.stepwise(POINTS).hashCode());
  }

  @Test
  void the_text_form_names_the_interpolation_and_the_points() {
    assertEquals("linear{2023=1.0, 2027=0.6}", YearPath.linear(POINTS).toString());
    assertEquals("step{2025=0.03}", YearPath.constantFrom(2025, 0.03).toString());
    assertTrue(YearPath.exact(POINTS).toString().startsWith("exact{"));
  }

  @Test
  void a_path_needs_a_year() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> YearPath.exact(Map.of()));
    assertEquals("a year path needs at least one year", e.getMessage());
  }
}
