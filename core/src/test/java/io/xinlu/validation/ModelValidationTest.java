package io.xinlu.validation;

import static io.xinlu.validation.ProblemAssertions.assertInvalid;
import static io.xinlu.validation.ProblemAssertions.assertOnlyProblem;
import static io.xinlu.validation.ProblemAssertions.assertProblem;
import static io.xinlu.validation.ProblemAssertions.assertProblemCount;
import static io.xinlu.validation.ProblemAssertions.rendered;
import static io.xinlu.validation.TestCity.MODEL;
import static io.xinlu.validation.TestCity.digital;
import static io.xinlu.validation.TestCity.green;
import static io.xinlu.validation.TestCity.late;
import static io.xinlu.validation.TestCity.modelWith;
import static io.xinlu.validation.TestCity.plan;
import static io.xinlu.validation.TestCity.project;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.InvalidModelException;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.policy.Effect;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@link CityModel} checks its strategies, projects and effects against the profile and each other on
 * {@code build()} and throws one {@link InvalidModelException} that lists every problem with its path.
 */
class ModelValidationTest {
  /** One effect of each kind with a given size, keyed by the kind's label (the last segment of its path). */
  private static final Map<String, DoubleFunction<Effect>> EFFECTS = Map.of(
      "new capacity", x -> Effect.newCapacity("services", x),
      "scale demand", x -> Effect.scaleDemand(SectorSelector.tag("resource"), x),
      "growth shift", x -> Effect.growthShift("power", x),
      "energy-intensity change", x -> Effect.energyIntensity("coal", x),
      "emission-factor change", x -> Effect.emissionFactor(SectorSelector.tag("energy-intensive"), x),
      "productivity change", x -> Effect.productivity("coal", x),
      "re-employment rate change", Effect::reemployment);

  private static Stream<Arguments> nonFiniteEffectSizes() {
    return EFFECTS.keySet().stream().sorted().flatMap(kind -> Stream.of(
        Arguments.of(kind, Double.NaN),
        Arguments.of(kind, Double.POSITIVE_INFINITY),
        Arguments.of(kind, Double.NEGATIVE_INFINITY)));
  }

  /** Strategy {@code digital} with project {@code 5g-mines} whose second effect is {@code second}. */
  private static Strategy digitalWithSecondEffect(Effect second) {
    return Strategy.builder()
        .id("digital")
        .addProject(project("5g-mines", 2023)
            .addEffect(Effect.productivity("coal", 0.3))
            .addEffect(second)
            .build())
        .build();
  }

  // ---------------------------------------------------------------- positive control

  @Test
  void a_valid_model_builds_and_every_scenario_runs() {
    CityModel model = assertDoesNotThrow(() -> modelWith(plan(), late()));
    assertEquals(4, model.projects().size());
    for (String scenario : model.scenarioNames()) {
      Run run = assertDoesNotThrow(() -> Engine.run(model, scenario), scenario);
      double gdp = run.total(Quantity.VALUE_ADDED, TestCity.END_YEAR);
      assertTrue(Double.isFinite(gdp) && gdp > 0, scenario + ": " + gdp);
    }
  }

  @Test
  void effects_at_the_edges_of_their_ranges_are_accepted() {
    Strategy edges = Strategy.builder()
        .id("edges")
        .addProject(project("edge", TestCity.BASE_YEAR)
            .fullEffect(TestCity.BASE_YEAR)
            .end(TestCity.BASE_YEAR)
            .addEffect(Effect.productivity("coal", -0.999))
            .addEffect(Effect.scaleDemand("power", -1.2))
            .addEffect(Effect.newCapacity(SectorSelector.tag("digital"), 0.0))
            .build())
        .build();
    assertDoesNotThrow(() -> modelWith(edges));
  }

  // ---------------------------------------------------------------- ids

  @Test
  void a_duplicate_strategy_id_is_rejected() {
    Strategy again = Strategy.builder().id("digital").name("digital, twice").build();
    InvalidModelException e = assertInvalid(() -> modelWith(digital(), green(), again));
    assertOnlyProblem(e, "strategy 'digital'", "duplicate strategy id");
    assertEquals(MODEL, e.subject());
  }

  @Test
  void a_duplicate_project_id_across_strategies_is_rejected_naming_the_other_strategy() {
    Strategy solar = Strategy.builder()
        .id("solar")
        .addProject(project("wind", 2024).addEffect(Effect.newCapacity("power", 1.0)).build())
        .build();
    InvalidModelException e = assertInvalid(() -> modelWith(digital(), green(), solar));
    assertOnlyProblem(e, "strategy 'solar' > project 'wind'", "duplicate project id", "also in strategy 'green'");
  }

  @Test
  void a_duplicate_project_id_within_one_strategy_is_rejected() {
    Strategy twice = Strategy.builder()
        .id("twice")
        .addProject(project("mine-closure", 2024).build())
        .addProject(project("mine-closure", 2026).build())
        .build();
    InvalidModelException e = assertInvalid(() -> modelWith(twice));
    assertOnlyProblem(e, "strategy 'twice' > project 'mine-closure'", "duplicate project id",
        "also in strategy 'twice'");
  }

  @Test
  void blank_strategy_and_project_ids_are_rejected() {
    Strategy blank = Strategy.builder().id(" ").addProject(project("", 2024).build()).build();
    InvalidModelException e = assertInvalid(() -> modelWith(blank));
    assertProblem(e, "strategy ' ' > id", "must not be blank");
    assertProblem(e, "strategy ' ' > project '' > id", "must not be blank");
    assertProblemCount(e, 2);
  }

  // ---------------------------------------------------------------- effects

  @Test
  void an_effect_naming_an_unknown_sector_is_rejected_with_the_effects_path() {
    InvalidModelException e = assertInvalid(() ->
        modelWith(digitalWithSecondEffect(Effect.newCapacity("coal-mine", 2.0))));
    assertOnlyProblem(e, "strategy 'digital' > project '5g-mines' > effect 2", "unknown sector 'coal-mine'",
        "coal", "power", "services");
    assertTrue(e.getMessage().contains(
        "strategy 'digital' > project '5g-mines' > effect 2: unknown sector 'coal-mine'"), e::getMessage);
  }

  @Test
  void an_effect_naming_an_unknown_tag_is_rejected_with_the_effects_path() {
    InvalidModelException e = assertInvalid(() ->
        modelWith(digitalWithSecondEffect(Effect.energyIntensity(SectorSelector.tag("smart-mining"), -0.2))));
    assertOnlyProblem(e, "strategy 'digital' > project '5g-mines' > effect 2", "unknown tag 'smart-mining'",
        "resource");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("nonFiniteEffectSizes")
  void a_non_finite_effect_size_is_rejected_with_its_path_and_value(String kind, double x) {
    InvalidModelException e = assertInvalid(() -> modelWith(digitalWithSecondEffect(EFFECTS.get(kind).apply(x))));
    assertOnlyProblem(e, "strategy 'digital' > project '5g-mines' > effect 2 > " + kind, rendered(x));
  }

  @ParameterizedTest(name = "productivity change {0}")
  @ValueSource(doubles = {-1.0, -1.5, -100.0})
  void a_productivity_change_of_minus_one_or_less_is_rejected(double x) {
    InvalidModelException e = assertInvalid(() ->
        modelWith(digitalWithSecondEffect(Effect.productivity(SectorSelector.tag("resource"), x))));
    assertOnlyProblem(e, "strategy 'digital' > project '5g-mines' > effect 2 > productivity change",
        "must be above -1", "was " + x);
  }

  // ---------------------------------------------------------------- project years and cost

  @Test
  void a_full_effect_year_before_the_start_is_rejected() {
    Strategy s = Strategy.builder().id("green").addProject(project("wind", 2025).fullEffect(2024).build()).build();
    InvalidModelException e = assertInvalid(() -> modelWith(s));
    assertOnlyProblem(e, "strategy 'green' > project 'wind' > full-effect year", "2024 is before the start 2025");
  }

  @Test
  void an_end_year_before_the_full_effect_year_is_rejected() {
    Strategy s = Strategy.builder()
        .id("green")
        .addProject(project("wind", 2025).fullEffect(2027).end(2026).build())
        .build();
    InvalidModelException e = assertInvalid(() -> modelWith(s));
    assertOnlyProblem(e, "strategy 'green' > project 'wind' > end year", "2026 is before the full-effect year 2027");
  }

  @Test
  void a_project_starting_before_the_base_year_is_rejected() {
    Strategy s = Strategy.builder().id("green").addProject(project("wind", 2019).build()).build();
    InvalidModelException e = assertInvalid(() -> modelWith(s));
    assertOnlyProblem(e, "strategy 'green' > project 'wind' > start", "2019 is before the base year 2020");
  }

  @ParameterizedTest(name = "capital cost {0}")
  @ValueSource(doubles = {-3.0, Double.NaN, Double.POSITIVE_INFINITY})
  void a_negative_or_non_finite_capital_cost_is_rejected(double x) {
    Strategy s = Strategy.builder().id("green").addProject(project("wind", 2024).capitalCost(x).build()).build();
    InvalidModelException e = assertInvalid(() -> modelWith(s));
    assertOnlyProblem(e, "strategy 'green' > project 'wind' > capital cost",
        Double.isFinite(x) ? "must not be negative, was " + x : rendered(x));
  }

  // ---------------------------------------------------------------- prerequisites

  @Test
  void an_unknown_prerequisite_is_rejected() {
    Strategy s = Strategy.builder()
        .id("green")
        .addProject(project("close-old-power", 2025).addPrerequisite("wind-base").build())
        .build();
    InvalidModelException e = assertInvalid(() -> modelWith(s));
    assertOnlyProblem(e, "strategy 'green' > project 'close-old-power' > prerequisite 'wind-base'",
        "unknown project", "close-old-power");
  }

  @Test
  void a_two_project_prerequisite_cycle_is_rejected_listing_the_cycle() {
    Strategy s = Strategy.builder()
        .id("green")
        .addProject(project("a", 2024).addPrerequisite("b").build())
        .addProject(project("b", 2025).addPrerequisite("a").build())
        .build();
    InvalidModelException e = assertInvalid(() -> modelWith(s));
    assertOnlyProblem(e, "strategy 'green' > project 'a' > prerequisites", "cycle a -> b -> a");
  }

  @Test
  void a_prerequisite_cycle_across_strategies_is_rejected_listing_the_whole_cycle() {
    Strategy first = Strategy.builder()
        .id("first")
        .addProject(project("a", 2024).addPrerequisite("b").build())
        .addProject(project("c", 2026).addPrerequisite("a").build())
        .build();
    Strategy second = Strategy.builder()
        .id("second")
        .addProject(project("b", 2025).addPrerequisite("c").build())
        .addProject(project("d", 2027).addPrerequisite("b").build())
        .build();
    InvalidModelException e = assertInvalid(() -> modelWith(first, second));
    assertOnlyProblem(e, "strategy 'first' > project 'a' > prerequisites", "cycle a -> b -> c -> a");
  }

  @Test
  void a_project_that_requires_itself_is_rejected() {
    Strategy s = Strategy.builder()
        .id("green")
        .addProject(project("wind", 2024).addPrerequisite("wind").build())
        .build();
    InvalidModelException e = assertInvalid(() -> modelWith(s));
    assertOnlyProblem(e, "strategy 'green' > project 'wind' > prerequisites", "cycle wind -> wind");
  }

  @Test
  void a_prerequisite_chain_without_a_cycle_is_accepted() {
    Strategy s = Strategy.builder()
        .id("chain")
        .addProject(project("a", 2024).addPrerequisite("b").addPrerequisite("c").build())
        .addProject(project("b", 2025).addPrerequisite("c").build())
        .addProject(project("c", 2026).build())
        .build();
    assertDoesNotThrow(() -> modelWith(s));
  }

  // ---------------------------------------------------------------- every problem at once

  @Test
  void every_independent_problem_of_strategies_projects_and_effects_is_listed_in_one_exception() {
    Strategy digital = Strategy.builder()
        .id("digital")
        .addProject(project("5g-mines", 2019)
            .addEffect(Effect.productivity("coal", 0.3))
            .addEffect(Effect.newCapacity("coal-mine", 2.0))
            .build())
        .addProject(project("data-centre", 2024)
            .fullEffect(2022)
            .addPrerequisite("cloud")
            .addEffect(Effect.growthShift(SectorSelector.tag("smart"), Double.NaN))
            .build())
        .build();
    Strategy green = Strategy.builder()
        .id("green")
        .addProject(project("5g-mines", 2024).build())
        .addProject(project("x", 2024).addPrerequisite("y").build())
        .addProject(project("y", 2024).addPrerequisite("x").build())
        .build();
    Strategy digitalAgain = Strategy.builder().id("digital").build();
    InvalidModelException e = assertInvalid(() -> modelWith(digital, green, digitalAgain));
    assertProblem(e, "strategy 'digital' > project '5g-mines' > start", "2019 is before the base year 2020");
    assertProblem(e, "strategy 'digital' > project '5g-mines' > effect 2", "unknown sector 'coal-mine'");
    assertProblem(e, "strategy 'digital' > project 'data-centre' > full-effect year", "2022 is before the start 2024");
    assertProblem(e, "strategy 'digital' > project 'data-centre' > effect 1", "unknown tag 'smart'");
    assertProblem(e, "strategy 'digital' > project 'data-centre' > effect 1 > growth shift", "NaN is not a number");
    assertProblem(e, "strategy 'digital' > project 'data-centre' > prerequisite 'cloud'", "unknown project");
    assertProblem(e, "strategy 'green' > project '5g-mines'", "duplicate project id", "also in strategy 'digital'");
    assertProblem(e, "strategy 'green' > project 'x' > prerequisites", "cycle x -> y -> x");
    assertProblem(e, "strategy 'digital'", "duplicate strategy id");
    assertProblemCount(e, 9);
    assertEquals(MODEL, e.subject());
    assertFalse(e.getMessage().contains("profile 'testcity'"), "the profile is valid:\n" + e.getMessage());
  }

  @Test
  void strategy_and_scenario_problems_are_listed_together() {
    Strategy s = Strategy.builder()
        .id("green")
        .addProject(project("wind", 2024).addEffect(Effect.scaleDemand("steel", -0.2)).build())
        .build();
    InvalidModelException e = assertInvalid(() -> TestCity.modelBuilder()
        .strategies(List.of(s))
        .addScenario(Scenario.builder().name("plan").endYear(2035).adopt("digital").build())
        .addScenario(Scenario.baseline("plan", 2030))
        .build());
    assertProblem(e, "strategy 'green' > project 'wind' > effect 1", "unknown sector 'steel'");
    assertProblem(e, "scenario 'plan' > strategy 'digital'", "unknown strategy", "green");
    assertProblem(e, "scenario 'plan'", "duplicate scenario name");
    assertProblemCount(e, 3);
  }
}
