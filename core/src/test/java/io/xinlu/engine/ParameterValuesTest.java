package io.xinlu.engine;

import static io.xinlu.engine.TestModels.EPS;
import static io.xinlu.engine.TestModels.profile;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.step;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.xinlu.InvalidModelException;
import io.xinlu.PathSegment;
import io.xinlu.Problem;
import io.xinlu.policy.Effect;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The values a {@link Parameterization} starts from and the values it refuses, one at a time, at the bounds its
 * Javadoc gives: an intensity or rate outside [0, 1], a negative scale, an intensity decline of 1 or more, a
 * productivity growth of -1 or less, anything not finite.
 *
 * <p>Sectors {@code a} (100, growth 2 %, productivity growth 3 %, intensity decline 1 %, 50 jobs) and {@code b} (50,
 * 100 jobs); strategies {@code s} (projects {@code p}, {@code q}: new capacity 10 and 4 in {@code b}, steps in 2022
 * and 2023) and {@code t} (project {@code r}: new capacity 1 in {@code a}, 2021). Scenario {@code plan} adopts
 * {@code s} at 0.8 shifted by one year and {@code t} at 0.5, delays {@code q} by 2 and scales it by 0.25.
 */
class ParameterValuesTest {
  private static final int END = 2027;

  private static CityModel model() {
    return CityModel.builder()
        .profile(profile(
            sector("a", 100).growth(0.02).productivityGrowth(0.03).energyIntensityDecline(0.01).energy(10)
                .employment(50).build(),
            sector("b", 50).energy(5).employment(100).build()))
        .addStrategy(strategy("s", step("p", 2022, Effect.newCapacity("b", 10.0)),
            step("q", 2023, Effect.newCapacity("b", 4.0))))
        .addStrategy(strategy("t", step("r", 2021, Effect.newCapacity("a", 1.0))))
        .addScenario(Scenario.builder().name("plan").endYear(END).adopt("s", 0.8, 1.0).adopt("t", 0.5)
            .override("q", ProjectOverride.delay(2).withScale(0.25)).reemploymentRate(0.4).build())
        .build();
  }

  @Test
  void the_base_values_are_the_models_and_scenarios_own() {
    List<String> paths = List.of("sector/a/growth", "sector/a/productivity-growth", "sector/a/intensity-decline",
        "project/q/delay", "project/q/scale", "project/q/effect/1", "strategy/s/intensity", "strategy/s/start-shift",
        "strategy/t/start-shift", "macro-shock", "emission-factor-path", "reemployment-rate", "project/p/delay",
        "project/p/scale");
    Parameterization p = Parameterization.of(model(), "plan", paths);
    assertArrayEquals(new double[] {0.02, 0.03, 0.01, 2.0, 0.25, 4.0, 0.8, 1.0, 0.0, 0.0, 1.0, 0.4, 0.0, 1.0},
        p.baseValues());
    Run asGiven = p.run(p.baseValues());
    Run plain = Engine.run(model(), "plan");
    assertArrayEquals(plain.totalSeries(Quantity.VALUE_ADDED), asGiven.totalSeries(Quantity.VALUE_ADDED));
    assertArrayEquals(plain.totalSeries(Quantity.EMPLOYMENT), asGiven.totalSeries(Quantity.EMPLOYMENT));
    assertArrayEquals(plain.totalSeries(Quantity.ENERGY), asGiven.totalSeries(Quantity.ENERGY));
  }

  @Test
  void a_strategy_the_scenario_does_not_adopt_starts_at_intensity_and_shift_zero() {
    CityModel m = CityModel.builder().from(model())
        .scenarios(List.of(Scenario.builder().name("only-t").endYear(END).adopt("t").build())).build();
    Parameterization p = Parameterization.of(m, "only-t", List.of("strategy/s/intensity", "strategy/s/start-shift"));
    assertArrayEquals(new double[] {0.0, 0.0}, p.baseValues());
  }

  @Test
  void parameters_of_a_later_project_and_strategy_act_on_that_one() {
    // q is the second project of the model and t the second strategy
    Parameterization p = Parameterization.of(model(), "plan",
        List.of("project/q/delay", "project/q/scale", "strategy/t/intensity"));
    Run r = p.run(new double[] {0.0, 1.0, 1.0});
    // p (from 2023 after the shift) 0.8 * 10, q (2024, no delay now) 0.8 * 4
    assertEquals(50 + 8.0, r.value(Quantity.VALUE_ADDED, 2023, "b"), EPS);
    assertEquals(50 + 8.0 + 3.2, r.value(Quantity.VALUE_ADDED, 2024, "b"), EPS);
    // r at intensity 1 adds 1 to a from 2021
    assertEquals(100 * 1.02 + 1.0, r.value(Quantity.VALUE_ADDED, 2021, "a"), EPS);
    Run given = p.run(p.baseValues());
    assertEquals(50 + 8.0, given.value(Quantity.VALUE_ADDED, 2024, "b"), EPS);
    assertEquals(50 + 8.0 + 0.8, given.value(Quantity.VALUE_ADDED, 2026, "b"), EPS);
    assertEquals(100 * 1.02 + 0.5, given.value(Quantity.VALUE_ADDED, 2021, "a"), EPS);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "sector/a/growth, NaN, NaN is not a number",
      "sector/a/growth, Infinity, Infinity is not a finite number",
      "sector/a/productivity-growth, -1.0, 'must be above -1, was -1.0'",
      "sector/a/productivity-growth, -1.5, 'must be above -1, was -1.5'",
      "sector/a/intensity-decline, 1.0, 'must be below 1, was 1.0'",
      "sector/a/intensity-decline, 2.0, 'must be below 1, was 2.0'",
      "project/q/scale, -0.5, 'must not be negative, was -0.5'",
      "project/q/delay, -Infinity, -Infinity is not a finite number",
      "strategy/s/intensity, -0.5, 'must lie in [0, 1], was -0.5'",
      "strategy/s/intensity, 1.5, 'must lie in [0, 1], was 1.5'",
      "reemployment-rate, 1.25, 'must lie in [0, 1], was 1.25'",
      "reemployment-rate, -0.25, 'must lie in [0, 1], was -0.25'",
      "macro-shock, NaN, NaN is not a number",
  })
  void a_single_value_out_of_range_is_refused_with_its_path(String path, double value, String message) {
    Parameterization p = Parameterization.of(model(), "plan", List.of("sector/b/growth", path));
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> p.compile(new double[] {0.0, value}));
    assertEquals(List.of(Problem.of(List.of(PathSegment.named(PathSegment.Kind.SCENARIO, "plan"),
        PathSegment.named(PathSegment.Kind.PARAMETER_VALUE, path, 1)), message)), e.problems());
    assertEquals("scenario 'plan' > " + path + ": " + message, e.problems().get(0).toString());
    assertEquals("scenario 'plan' with parameter values", e.subject());
  }

  @Test
  void a_lone_value_that_is_not_a_number_is_refused() {
    Parameterization p = Parameterization.of(model(), "plan", List.of("sector/a/growth"));
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> p.compile(new double[] {Double.NaN}));
    assertEquals(List.of(Problem.of(List.of(PathSegment.named(PathSegment.Kind.SCENARIO, "plan"),
        PathSegment.named(PathSegment.Kind.PARAMETER_VALUE, "sector/a/growth", 0)), "NaN is not a number")),
        e.problems());
    assertEquals("scenario 'plan' > sector/a/growth: NaN is not a number", e.problems().get(0).toString());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "sector/a/productivity-growth, -0.999",
      "sector/a/intensity-decline, 0.999",
      "project/q/scale, 0.0",
      "strategy/s/intensity, 0.0",
      "strategy/s/intensity, 1.0",
      "reemployment-rate, 0.0",
      "reemployment-rate, 1.0",
      "sector/a/growth, -0.5",
      "project/q/delay, -3.0",
  })
  void values_at_or_inside_the_bounds_are_accepted(String path, double value) {
    Parameterization p = Parameterization.of(model(), "plan", List.of(path));
    assertDoesNotThrow(() -> p.compile(new double[] {value}));
  }

  @Test
  void describe_pairs_paths_with_as_many_values_as_there_are_of_both() {
    Parameterization p = Parameterization.of(model(), "plan", List.of("macro-shock", "sector/a/growth"));
    Map<String, Double> both = new LinkedHashMap<>();
    both.put("macro-shock", -0.01);
    both.put("sector/a/growth", 0.03);
    assertEquals(both, p.describe(new double[] {-0.01, 0.03}));
    assertEquals(both, p.describe(new double[] {-0.01, 0.03, 7.0}));
    assertEquals(Map.of("macro-shock", -0.01), p.describe(new double[] {-0.01}));
    assertEquals(Map.of(), p.describe(new double[0]));
    assertEquals("Parameterization{plan, [macro-shock, sector/a/growth]}", p.toString());
    assertEquals(List.of(ParameterPath.parse("macro-shock"), ParameterPath.parse("sector/a/growth")),
        p.parameters());
    assertEquals("plan", p.baseline().scenario().name());
    assertEquals(model().resolve("plan"), p.scenario());
  }

  @Test
  void parameter_paths_are_equal_when_kind_id_and_effect_number_are() {
    assertEquals(ParameterPath.parse("project/p/effect/2"), ParameterPath.parse("project/p/effect/2"));
    assertEquals(ParameterPath.parse("project/p/effect/2").hashCode(),
        ParameterPath.parse("project/p/effect/2").hashCode());
    List<ParameterPath> different = List.of(ParameterPath.parse("project/p/effect/1"),
        ParameterPath.parse("project/p/effect/2"), ParameterPath.parse("project/q/effect/1"),
        ParameterPath.parse("project/p/delay"), ParameterPath.parse("project/p/scale"),
        ParameterPath.parse("sector/p/growth"), ParameterPath.parse("macro-shock"));
    Set<Integer> codes = new HashSet<>();
    for (int i = 0; i < different.size(); i++) {
      codes.add(different.get(i).hashCode());
      for (int j = 0; j < different.size(); j++) {
        if (i != j) {
          assertNotEquals(different.get(i), different.get(j));
        }
      }
    }
    assertEquals(different.size(), codes.size(), "distinct hash codes");
    assertNotEquals(ParameterPath.parse("macro-shock"), (Object) "macro-shock");
    assertEquals(ParameterPath.Kind.PROJECT_EFFECT, ParameterPath.parse("project/p/effect/2").kind());
    assertEquals("p", ParameterPath.parse("project/p/effect/2").id());
    assertEquals(2, ParameterPath.parse("project/p/effect/2").effect());
    assertEquals(0, ParameterPath.parse("project/p/delay").effect());
    assertEquals("", ParameterPath.parse("reemployment-rate").id());
  }
}
