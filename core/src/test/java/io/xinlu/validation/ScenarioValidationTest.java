package io.xinlu.validation;

import static io.xinlu.validation.ProblemAssertions.assertInvalid;
import static io.xinlu.validation.ProblemAssertions.assertOnlyProblem;
import static io.xinlu.validation.ProblemAssertions.assertProblem;
import static io.xinlu.validation.ProblemAssertions.assertProblemCount;
import static io.xinlu.validation.ProblemAssertions.rendered;
import static io.xinlu.validation.TestCity.END_YEAR;
import static io.xinlu.validation.TestCity.late;
import static io.xinlu.validation.TestCity.modelWith;
import static io.xinlu.validation.TestCity.plan;
import static io.xinlu.validation.TestCity.project;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.InvalidModelException;
import io.xinlu.engine.CompiledScenario;
import io.xinlu.engine.Engine;
import io.xinlu.policy.Effect;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@link CityModel} checks its scenarios (inheritance, horizons, adoptions, overrides and year paths) on
 * {@code build()}, and {@link Engine#compile} rejects a productivity change that intensity and scale push to -1 or
 * below.
 */
class ScenarioValidationTest {
  /**
   * Puts a one-point year path into scenario {@code plan}; keyed by the path below {@code scenario 'plan'} that a
   * problem with the path's year or value appears under.
   */
  private static final Map<String, BiFunction<Integer, Double, Scenario.Builder>> PATHS = Map.of(
      "growth override > sector 'coal'",
      (year, x) -> plan().growthOverride("coal", YearPath.exact(Map.of(year, x))),
      "macro shock",
      (year, x) -> plan().macroShock(YearPath.exact(Map.of(year, x))),
      "emission-factor path > sector 'power'",
      (year, x) -> plan().emissionFactorPath(SectorSelector.sector("power"), YearPath.constantFrom(year, x)),
      "emission-factor path > tag 'resource'",
      (year, x) -> plan().emissionFactorPath(SectorSelector.tag("resource"), YearPath.linear(Map.of(year, x))),
      "population path",
      (year, x) -> plan().populationPath(YearPath.linear(Map.of(year, x))));

  private static Stream<Arguments> pathsWithYearsOutsideTheHorizon() {
    return PATHS.keySet().stream().sorted().flatMap(path -> Stream.of(
        Arguments.of(path, TestCity.BASE_YEAR - 5, "is not after the base year 2020"),
        Arguments.of(path, TestCity.BASE_YEAR, "is not after the base year 2020"),
        Arguments.of(path, END_YEAR + 1, "is after the horizon's end 2035"),
        Arguments.of(path, 2100, "is after the horizon's end 2035")));
  }

  private static Stream<Arguments> pathsWithNonFiniteValues() {
    return PATHS.keySet().stream().sorted().flatMap(path -> Stream.of(
        Arguments.of(path, Double.NaN),
        Arguments.of(path, Double.POSITIVE_INFINITY),
        Arguments.of(path, Double.NEGATIVE_INFINITY)));
  }

  /** The paths whose values are multipliers or counts and must not be negative. */
  private static Stream<String> nonNegativePaths() {
    return PATHS.keySet().stream().filter(p -> p.startsWith("emission-factor") || p.startsWith("population"))
        .sorted();
  }

  /**
   * Scenario {@code plan} to 2035 without adoptions, for tests that adopt a strategy themselves (a scenario builder
   * rejects the same strategy adopted twice).
   */
  private static Scenario.Builder bare() {
    return Scenario.builder().name("plan").endYear(END_YEAR);
  }

  /** A model whose strategy {@code automation} has project {@code robots} with a productivity change of -0.6. */
  private static CityModel automationModel(Scenario.Builder... scenarios) {
    Strategy automation = Strategy.builder()
        .id("automation")
        .addProject(project("robots", 2024)
            .addEffect(Effect.newCapacity("services", 1.0))
            .addEffect(Effect.productivity("coal", -0.6))
            .build())
        .build();
    CityModel.Builder b = CityModel.builder().profile(TestCity.profile()).addStrategy(automation);
    for (Scenario.Builder s : scenarios) {
      b.addScenario(s.build());
    }
    return b.build();
  }

  private static Scenario.Builder automated(String name, double intensity, double scale) {
    return Scenario.builder().name(name).endYear(END_YEAR).adopt("automation", intensity)
        .override("robots", ProjectOverride.scale(scale));
  }

  // ---------------------------------------------------------------- positive controls

  @Test
  void valid_scenarios_with_inheritance_and_paths_inside_the_horizon_build_and_compile() {
    Scenario.Builder paths = Scenario.builder()
        .name("paths")
        .parent("late")
        .growthOverride("coal", YearPath.stepwise(Map.of(2021, -0.02, END_YEAR, -0.05)))
        .macroShock(YearPath.exact(Map.of(2024, -0.02)))
        .emissionFactorPath(SectorSelector.tag("energy-intensive"), YearPath.linear(Map.of(2021, 1.0, 2035, 0.0)))
        .populationPath(YearPath.linear(Map.of(2021, 1300.0, END_YEAR, 1250.0)))
        .reemploymentRate(1.0)
        .adopt("digital", 0.0, -1.5)
        .override("wind", ProjectOverride.delay(1.5).withScale(0.0));
    CityModel model = assertDoesNotThrow(() -> modelWith(plan(), late(), paths));
    for (String name : model.scenarioNames()) {
      CompiledScenario c = assertDoesNotThrow(() -> Engine.compile(model, name), name);
      assertEquals(name, c.scenario().name());
      assertEquals(END_YEAR, c.scenario().endYear(), name + " inherits its horizon");
    }
  }

  @Test
  void a_productivity_change_that_intensity_and_scale_keep_above_minus_one_compiles() {
    CityModel model = assertDoesNotThrow(() -> automationModel(automated("scaled", 1.0, 1.6)));
    assertDoesNotThrow(() -> Engine.compile(model, "scaled"));
  }

  // ---------------------------------------------------------------- names and lineage

  @Test
  void a_duplicate_scenario_name_is_rejected() {
    InvalidModelException e = assertInvalid(() -> modelWith(plan(), bare().adopt("green", 0.3)));
    assertOnlyProblem(e, "scenario 'plan'", "duplicate scenario name");
  }

  @Test
  void a_blank_scenario_name_is_rejected() {
    InvalidModelException e = assertInvalid(() -> modelWith(plan().name("")));
    assertOnlyProblem(e, "scenario '' > name", "must not be blank");
  }

  @ParameterizedTest(name = "end year {0}")
  @ValueSource(ints = {2020, 2019, 1900})
  void an_end_year_not_after_the_base_year_is_rejected(int end) {
    InvalidModelException e = assertInvalid(() -> modelWith(plan().endYear(end)));
    assertOnlyProblem(e, "scenario 'plan' > end year", end + " is not after the base year 2020");
  }

  @Test
  void an_end_year_more_than_a_thousand_years_out_is_rejected() {
    InvalidModelException e = assertInvalid(() -> modelWith(plan().endYear(3100)));
    assertOnlyProblem(e, "scenario 'plan' > end year", "3100 is more than 1000 years after the base year 2020");
  }

  @Test
  void a_lineage_without_an_end_year_is_rejected_for_every_scenario_in_it() {
    Scenario.Builder root = Scenario.builder().name("root").adopt("green");
    Scenario.Builder child = Scenario.builder().name("child").parent("root").adopt("digital");
    InvalidModelException e = assertInvalid(() -> modelWith(root, child));
    assertProblem(e, "scenario 'root' > end year", "not given by the scenario or any of its parents");
    assertProblem(e, "scenario 'child' > end year", "not given by the scenario or any of its parents");
    assertProblemCount(e, 2);
  }

  @Test
  void an_unknown_parent_is_rejected_listing_the_known_scenarios() {
    InvalidModelException e = assertInvalid(() -> modelWith(late().parent("plan-b")));
    assertOnlyProblem(e, "scenario 'late' > parent", "unknown scenario 'plan-b'", "baseline");
  }

  @Test
  void a_two_scenario_inheritance_cycle_is_rejected_once_listing_the_cycle() {
    Scenario.Builder a = Scenario.builder().name("a").parent("b").endYear(2030);
    Scenario.Builder b = Scenario.builder().name("b").parent("a");
    InvalidModelException e = assertInvalid(() -> modelWith(a, b));
    assertOnlyProblem(e, "scenario 'a' > parent", "inheritance cycle a -> b -> a");
  }

  @Test
  void a_three_scenario_inheritance_cycle_is_rejected_listing_the_whole_cycle() {
    Scenario.Builder a = Scenario.builder().name("a").parent("c").endYear(2030);
    Scenario.Builder b = Scenario.builder().name("b").parent("a");
    Scenario.Builder c = Scenario.builder().name("c").parent("b");
    InvalidModelException e = assertInvalid(() -> modelWith(a, b, c));
    assertOnlyProblem(e, "scenario 'a' > parent", "inheritance cycle a -> c -> b -> a");
  }

  @Test
  void a_scenario_that_is_its_own_parent_is_rejected() {
    InvalidModelException e = assertInvalid(() -> modelWith(plan().parent("plan")));
    assertOnlyProblem(e, "scenario 'plan' > parent", "inheritance cycle plan -> plan");
  }

  // ---------------------------------------------------------------- adoptions and overrides

  @Test
  void adopting_an_unknown_strategy_is_rejected_listing_the_known_strategies() {
    InvalidModelException e = assertInvalid(() -> modelWith(plan().adopt("hydrogen-valley")));
    assertOnlyProblem(e, "scenario 'plan' > strategy 'hydrogen-valley'", "unknown strategy", "digital", "green");
  }

  @Test
  void overriding_an_unknown_project_is_rejected_listing_the_known_projects() {
    InvalidModelException e = assertInvalid(() -> modelWith(plan().override("btr-anode",
        ProjectOverride.delay(2))));
    assertOnlyProblem(e, "scenario 'plan' > project 'btr-anode'", "unknown project", "5g-mines", "wind");
  }

  @Test
  void including_or_excluding_an_unknown_project_is_rejected() {
    InvalidModelException e = assertInvalid(() -> modelWith(plan().include("ghost-mine").exclude("ghost-plant")));
    assertProblem(e, "scenario 'plan' > project 'ghost-mine'", "unknown project");
    assertProblem(e, "scenario 'plan' > project 'ghost-plant'", "unknown project");
    assertProblemCount(e, 2);
  }

  @ParameterizedTest(name = "intensity {0}")
  @ValueSource(doubles = {-0.1, 1.0000001, 1.5, -1e-12})
  void an_adoption_intensity_outside_zero_one_is_rejected(double x) {
    InvalidModelException e = assertInvalid(() -> modelWith(bare().adopt("digital", x)));
    assertOnlyProblem(e, "scenario 'plan' > strategy 'digital' > intensity", "must lie in [0, 1], was " + x);
  }

  @ParameterizedTest(name = "intensity {0}")
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void a_non_finite_adoption_intensity_is_rejected(double x) {
    InvalidModelException e = assertInvalid(() -> modelWith(bare().adopt("digital", x)));
    assertOnlyProblem(e, "scenario 'plan' > strategy 'digital' > intensity", rendered(x));
  }

  @ParameterizedTest(name = "start shift {0}")
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void a_non_finite_start_shift_or_delay_is_rejected(double x) {
    InvalidModelException shift = assertInvalid(() -> modelWith(bare().adopt("green", 1.0, x)));
    assertOnlyProblem(shift, "scenario 'plan' > strategy 'green' > start shift", rendered(x));
    InvalidModelException delay = assertInvalid(() -> modelWith(plan().override("wind",
        ProjectOverride.delay(x))));
    assertOnlyProblem(delay, "scenario 'plan' > project 'wind' > delay", rendered(x));
  }

  private static Stream<Arguments> shiftsBeforeTheBaseYear() {
    return Stream.of(
        Arguments.of("start shift -5", bare().name("early").adopt("green", 1.0, -5.0)),
        Arguments.of("delay -4", bare().name("early").adopt("green").override("wind",
            ProjectOverride.delay(-4))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shiftsBeforeTheBaseYear")
  void a_start_shift_or_delay_that_moves_a_project_before_the_base_year_is_rejected(String what,
      Scenario.Builder early) {
    // wind starts in 2022 (capital cost 5.0 over 2022-2023); moved to 2017 or 2018 it would start before the base
    // year 2020, and its capital cost would fall outside the horizon without a trace. Either build() or compile()
    // may reject it; the problem must name the project and the base year.
    InvalidModelException e = assertInvalid(() -> Engine.compile(modelWith(early), "early"));
    assertTrue(e.problems().stream().anyMatch(p -> p.toString().contains("project 'wind'")
            && p.toString().contains("base year 2020")),
        () -> what + ": no problem names project 'wind' and the base year:\n" + e.getMessage());
  }

  @ParameterizedTest(name = "scale {0}")
  @ValueSource(doubles = {-0.5, -1e-9, Double.NaN, Double.NEGATIVE_INFINITY})
  void a_negative_or_non_finite_project_scale_is_rejected(double x) {
    InvalidModelException e = assertInvalid(() -> modelWith(plan().override("wind",
        ProjectOverride.scale(x))));
    assertOnlyProblem(e, "scenario 'plan' > project 'wind' > scale",
        Double.isFinite(x) ? "must not be negative, was " + x : rendered(x));
  }

  @ParameterizedTest(name = "rho {0}")
  @ValueSource(doubles = {-0.2, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
  void a_reemployment_rate_outside_zero_one_is_rejected(double x) {
    InvalidModelException e = assertInvalid(() -> modelWith(plan().reemploymentRate(x)));
    assertOnlyProblem(e, "scenario 'plan' > re-employment rate",
        Double.isFinite(x) ? "must lie in [0, 1], was " + x : rendered(x));
  }

  // ---------------------------------------------------------------- year paths

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("pathsWithYearsOutsideTheHorizon")
  void a_year_path_year_outside_the_horizon_is_rejected(String path, int year, String why) {
    InvalidModelException e = assertInvalid(() -> modelWith(PATHS.get(path).apply(year, 1.0)));
    assertOnlyProblem(e, "scenario 'plan' > " + path + " > " + year, "year " + year + " " + why);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("pathsWithNonFiniteValues")
  void a_non_finite_year_path_value_is_rejected(String path, double x) {
    InvalidModelException e = assertInvalid(() -> modelWith(PATHS.get(path).apply(2030, x)));
    assertOnlyProblem(e, "scenario 'plan' > " + path + " > 2030 > value", rendered(x));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonNegativePaths")
  void a_negative_emission_factor_multiplier_or_population_is_rejected(String path) {
    InvalidModelException e = assertInvalid(() -> modelWith(PATHS.get(path).apply(2030, -0.4)));
    assertOnlyProblem(e, "scenario 'plan' > " + path + " > 2030 > value", "must not be negative, was -0.4");
  }

  @Test
  void a_year_after_an_inherited_horizon_is_rejected() {
    Scenario.Builder shortPlan = plan().name("short").endYear(2030);
    Scenario.Builder child = Scenario.builder()
        .name("child")
        .parent("short")
        .macroShock(YearPath.exact(Map.of(2030, -0.01, 2031, -0.02)));
    InvalidModelException e = assertInvalid(() -> modelWith(shortPlan, child));
    assertOnlyProblem(e, "scenario 'child' > macro shock > 2031", "year 2031 is after the horizon's end 2030");
  }

  @Test
  void a_child_end_year_overrides_the_parents_for_its_paths() {
    Scenario.Builder shortPlan = plan().name("short").endYear(2030);
    Scenario.Builder longer = Scenario.builder()
        .name("longer")
        .parent("short")
        .endYear(2040)
        .populationPath(YearPath.linear(Map.of(2040, 1200.0)));
    assertDoesNotThrow(() -> modelWith(shortPlan, longer));
  }

  @Test
  void paths_naming_an_unknown_sector_or_tag_are_rejected() {
    InvalidModelException e = assertInvalid(() -> modelWith(plan()
        .growthOverride("steel", YearPath.constantFrom(2025, 0.01))
        .emissionFactorPath(SectorSelector.tag("green-grid"), YearPath.constantFrom(2025, 0.8))
        .emissionFactorPath(SectorSelector.sector("cement"), YearPath.constantFrom(2025, 0.8))));
    assertProblem(e, "scenario 'plan' > growth override > sector 'steel'", "unknown sector");
    assertProblem(e, "scenario 'plan' > emission-factor path > tag 'green-grid'", "unknown tag 'green-grid'");
    assertProblem(e, "scenario 'plan' > emission-factor path > sector 'cement'", "unknown sector 'cement'");
    assertProblemCount(e, 3);
  }

  // ---------------------------------------------------------------- every problem at once

  @Test
  void every_independent_problem_of_the_scenarios_is_listed_in_one_exception() {
    InvalidModelException e = assertInvalid(() -> modelWith(
        bare()
            .adopt("digital", 1.2)
            .adopt("hydrogen-valley")
            .reemploymentRate(-0.1)
            .override("wind", ProjectOverride.scale(-1.0))
            .growthOverride("coal", YearPath.exact(Map.of(2019, 0.01, 2025, Double.NaN)))
            .populationPath(YearPath.linear(Map.of(2040, 1200.0))),
        late().parent("missing"),
        Scenario.builder().name("x").parent("y"),
        Scenario.builder().name("y").parent("x"),
        Scenario.builder().name("plan")));
    assertProblem(e, "scenario 'plan' > strategy 'digital' > intensity", "must lie in [0, 1], was 1.2");
    assertProblem(e, "scenario 'plan' > strategy 'hydrogen-valley'", "unknown strategy");
    assertProblem(e, "scenario 'plan' > re-employment rate", "must lie in [0, 1], was -0.1");
    assertProblem(e, "scenario 'plan' > project 'wind' > scale", "must not be negative, was -1.0");
    assertProblem(e, "scenario 'plan' > growth override > sector 'coal' > 2019", "is not after the base year");
    assertProblem(e, "scenario 'plan' > growth override > sector 'coal' > 2025 > value", "NaN is not a number");
    assertProblem(e, "scenario 'plan' > population path > 2040", "is after the horizon's end 2035");
    assertProblem(e, "scenario 'late' > parent", "unknown scenario 'missing'");
    assertProblem(e, "scenario 'x' > parent", "inheritance cycle x -> y -> x");
    assertProblem(e, "scenario 'plan'", "duplicate scenario name");
    assertProblemCount(e, 10);
    assertEquals(TestCity.MODEL, e.subject());
  }

  // ---------------------------------------------------------------- compile time

  @Test
  void a_productivity_change_scaled_to_below_minus_one_is_rejected_at_compile_time() {
    CityModel model = assertDoesNotThrow(() -> automationModel(automated("doubled", 1.0, 2.0)));
    InvalidModelException e = assertInvalid(() -> Engine.compile(model, "doubled"));
    assertOnlyProblem(e, "scenario 'doubled' > project 'robots' > effect 2", "productivity change -0.6",
        "2.0", "leaves no labour productivity");
    assertEquals("scenario 'doubled'", e.subject());
    assertInvalid(() -> Engine.run(model, "doubled"));
  }

  @Test
  void a_productivity_change_scaled_to_exactly_minus_one_is_rejected_at_compile_time() {
    Strategy automation = Strategy.builder()
        .id("automation")
        .addProject(project("robots", 2024).addEffect(Effect.productivity("coal", -0.5)).build())
        .build();
    CityModel model = CityModel.builder()
        .profile(TestCity.profile())
        .addStrategy(automation)
        .addScenario(automated("doubled", 1.0, 2.0).build())
        .build();
    InvalidModelException e = assertInvalid(() -> Engine.compile(model, "doubled"));
    assertOnlyProblem(e, "scenario 'doubled' > project 'robots' > effect 1", "productivity change -0.5",
        "leaves no labour productivity");
  }

  @Test
  void a_scale_inherited_from_a_parent_scenario_is_applied_before_the_compile_time_check() {
    Scenario.Builder child = Scenario.builder().name("child").parent("doubled").adopt("automation", 0.9);
    CityModel model = assertDoesNotThrow(() -> automationModel(automated("doubled", 1.0, 2.0), child));
    InvalidModelException e = assertInvalid(() -> Engine.compile(model, "child"));
    assertOnlyProblem(e, "scenario 'child' > project 'robots' > effect 2", "productivity change -0.6");
    assertTrue(e.getMessage().contains("1.8"), e::getMessage);
  }
}
