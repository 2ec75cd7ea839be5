package io.xinlu.validation;

import static io.xinlu.PathSegment.Kind.COLUMN;
import static io.xinlu.PathSegment.Kind.EFFECT;
import static io.xinlu.PathSegment.Kind.INPUT;
import static io.xinlu.PathSegment.Kind.PARAMETER_VALUE;
import static io.xinlu.PathSegment.Kind.PREREQUISITE;
import static io.xinlu.PathSegment.Kind.PROFILE;
import static io.xinlu.PathSegment.Kind.PROJECT;
import static io.xinlu.PathSegment.Kind.ROW;
import static io.xinlu.PathSegment.Kind.SCENARIO;
import static io.xinlu.PathSegment.Kind.SECTOR;
import static io.xinlu.PathSegment.Kind.STRATEGY;
import static io.xinlu.PathSegment.Kind.TAG;
import static io.xinlu.PathSegment.Kind.TRANSACTION;
import static io.xinlu.PathSegment.field;
import static io.xinlu.PathSegment.named;
import static io.xinlu.PathSegment.numbered;
import static io.xinlu.PathSegment.year;
import static io.xinlu.validation.ProblemAssertions.assertInvalid;
import static io.xinlu.validation.TestCity.END_YEAR;
import static io.xinlu.validation.TestCity.coal;
import static io.xinlu.validation.TestCity.digital;
import static io.xinlu.validation.TestCity.green;
import static io.xinlu.validation.TestCity.hydrogen;
import static io.xinlu.validation.TestCity.modelBuilder;
import static io.xinlu.validation.TestCity.modelWith;
import static io.xinlu.validation.TestCity.plan;
import static io.xinlu.validation.TestCity.power;
import static io.xinlu.validation.TestCity.profileBuilder;
import static io.xinlu.validation.TestCity.project;
import static io.xinlu.validation.TestCity.services;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xinlu.InvalidModelException;
import io.xinlu.PathSegment;
import io.xinlu.Problem;
import io.xinlu.analysis.inputoutput.InputOutputAnalysis;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.ResourceStock;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Parameterization;
import io.xinlu.policy.Effect;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of problem the validators report carries a typed path: the kind of each segment, the id of a named
 * object, its place in its list (so that the second of two objects with one id is told apart from the first), the
 * number of an effect and the label of a field; and the text of that path is the one the messages have always shown.
 */
class ProblemPathTest {
  private static final PathSegment TESTCITY = named(PROFILE, "testcity");

  /**
   * Asserts that exactly one problem's message contains {@code fragment}, that its path is {@code path} segment for
   * segment and that the path reads {@code text}.
   */
  private static Problem assertPath(InvalidModelException e, String fragment, String text, PathSegment... path) {
    List<Problem> found = e.problems().stream().filter(p -> p.message().contains(fragment)).toList();
    assertEquals(1, found.size(), () -> "expected one problem saying '" + fragment + "' in:\n" + e.getMessage());
    Problem p = found.get(0);
    assertEquals(List.of(path), p.path(), p::toString);
    assertEquals(text, p.pathString());
    return p;
  }

  // ---------------------------------------------------------------- profile

  @Test
  void profile_fields_and_sectors_by_place() {
    InvalidModelException e = assertInvalid(() -> profileBuilder(coal(), power().valueAdded(Double.NaN), services())
        .baseYear(1800).population(-1.0).build());
    assertPath(e, "must lie in 1900..2200", "profile 'testcity' > base year", TESTCITY, field("base year"));
    assertPath(e, "NaN is not a number", "profile 'testcity' > sector 'power' > value added",
        TESTCITY, named(SECTOR, "power", 1), field("value added"));
    assertPath(e, "must not be negative, was -1.0", "profile 'testcity' > population", TESTCITY, field("population"));
  }

  @Test
  void a_blank_profile_name_is_a_named_segment_with_an_empty_id() {
    InvalidModelException e = assertInvalid(() -> profileBuilder(coal()).name("").build());
    assertPath(e, "must not be blank", "profile '' > name", named(PROFILE, ""), field("name"));
  }

  @Test
  void duplicate_sectors_each_stand_at_their_own_place() {
    InvalidModelException e = assertInvalid(() -> profileBuilder(coal(), power(), coal(), coal()).build());
    assertPath(e, "(sector 3)", "profile 'testcity' > sector 'coal'", TESTCITY, named(SECTOR, "coal", 2));
    assertPath(e, "(sector 4)", "profile 'testcity' > sector 'coal'", TESTCITY, named(SECTOR, "coal", 3));
  }

  @Test
  void a_resource_stock_is_a_field_of_its_sector() {
    InvalidModelException e = assertInvalid(() -> profileBuilder(power(), coal().resource(ResourceStock.of(-5.0, 0.4)),
        services()).build());
    assertPath(e, "must not be negative, was -5.0", "profile 'testcity' > sector 'coal' > resource > stock",
        TESTCITY, named(SECTOR, "coal", 1), field("resource"), field("stock"));
  }

  @Test
  void input_output_columns_entries_and_rows() {
    double[][] a = TestCity.validCoefficients();
    a[0][1] = -0.2;
    InvalidModelException e = assertInvalid(() -> profileBuilder().inputOutputTable(TestCity.table(a,
        TestCity.validRatios())).build());
    assertPath(e, "must not be negative, was -0.2", "profile 'testcity' > input-output table > column 'power' > A[coal]",
        TESTCITY, field("input-output table"), named(COLUMN, "power", 1), named(INPUT, "coal"));

    double[][] h = {{0.0, 0.1, 0.0}, {0.1, 0.05, 0.3}, {0.0, 0.1, 0.05}};
    InvalidModelException row = assertInvalid(() -> profileBuilder(coal(), power(), hydrogen())
        .inputOutputTable(InputOutputTable.of(List.of("hydrogen", "coal", "power"), h, new double[] {0.5, 0.5, 0.5}))
        .build());
    assertPath(row, "cannot supply inputs", "profile 'testcity' > input-output table > row 'hydrogen'",
        TESTCITY, field("input-output table"), named(ROW, "hydrogen"));
  }

  @Test
  void a_base_year_value_beyond_what_a_run_can_sum_is_placed_at_its_sector() {
    InvalidModelException e = assertInvalid(() -> modelBuilder()
        .profile(profileBuilder(coal(), power(), services().valueAdded(1e306)).build())
        .addScenario(Scenario.baseline("baseline", END_YEAR)).build());
    assertPath(e, "beyond the largest value a run can sum", "profile 'testcity' > sector 'services' > value added",
        TESTCITY, named(SECTOR, "services", 2), field("value added"));
  }

  // ---------------------------------------------------------------- strategies and projects

  @Test
  void duplicate_strategies_each_stand_at_their_own_place() {
    Strategy x = Strategy.builder().id("x").build();
    InvalidModelException e = assertInvalid(() -> modelWith(digital(), x, green(), x, x));
    List<Problem> duplicates =
        e.problems().stream().filter(p -> p.message().equals("duplicate strategy id")).toList();
    assertEquals(List.of(List.of(named(STRATEGY, "x", 3)), List.of(named(STRATEGY, "x", 4))),
        duplicates.stream().map(Problem::path).toList(), e::getMessage);
    assertEquals(List.of("strategy 'x'", "strategy 'x'"), duplicates.stream().map(Problem::pathString).toList());
  }

  @Test
  void a_project_field_stands_under_its_strategy_and_project_by_place() {
    Strategy early = Strategy.builder().id("early")
        .addProject(project("ok", 2023).build())
        .addProject(project("too-early", 2019).build())
        .build();
    InvalidModelException e = assertInvalid(() -> modelWith(digital(), green(), early));
    assertPath(e, "2019 is before the base year 2020", "strategy 'early' > project 'too-early' > start",
        named(STRATEGY, "early", 2), named(PROJECT, "too-early", 1), field("start"));
  }

  @Test
  void a_project_given_twice_is_placed_at_the_second() {
    Strategy twice = Strategy.builder().id("twice")
        .addProject(project("p", 2023).build())
        .addProject(project("p", 2024).build())
        .build();
    InvalidModelException e = assertInvalid(() -> modelWith(twice));
    assertPath(e, "duplicate project id (also in strategy 'twice')", "strategy 'twice' > project 'p'",
        named(STRATEGY, "twice", 0), named(PROJECT, "p", 1));
  }

  @Test
  void effects_are_numbered_and_their_size_is_the_kinds_label() {
    Strategy s = Strategy.builder().id("s")
        .addProject(project("p", 2023)
            .addEffect(Effect.newCapacity("services", 1.0))
            .addEffect(Effect.newCapacity("mines", 1.0))
            .addEffect(Effect.productivity("coal", Double.NaN))
            .build())
        .build();
    InvalidModelException e = assertInvalid(() -> modelWith(s));
    assertPath(e, "unknown sector 'mines'", "strategy 's' > project 'p' > effect 2",
        named(STRATEGY, "s", 0), named(PROJECT, "p", 0), numbered(EFFECT, 2));
    assertPath(e, "NaN is not a number", "strategy 's' > project 'p' > effect 3 > productivity change",
        named(STRATEGY, "s", 0), named(PROJECT, "p", 0), numbered(EFFECT, 3), field("productivity change"));
  }

  @Test
  void an_unknown_prerequisite_is_named_at_its_place_and_a_cycle_at_its_first_project() {
    Strategy s = Strategy.builder().id("s")
        .addProject(project("a", 2023).addPrerequisite("b").build())
        .addProject(project("b", 2023).addPrerequisite("a").addPrerequisite("nope").build())
        .build();
    InvalidModelException e = assertInvalid(() -> modelWith(s));
    assertPath(e, "unknown project; known projects: [a, b]", "strategy 's' > project 'b' > prerequisite 'nope'",
        named(STRATEGY, "s", 0), named(PROJECT, "b", 1), named(PREREQUISITE, "nope", 1));
    assertPath(e, "cycle a -> b -> a", "strategy 's' > project 'a' > prerequisites",
        named(STRATEGY, "s", 0), named(PROJECT, "a", 0), field("prerequisites"));
  }

  // ---------------------------------------------------------------- scenarios

  @Test
  void duplicate_scenarios_each_stand_at_their_own_place() {
    InvalidModelException e = assertInvalid(() -> modelWith(plan(), plan(), plan()));
    List<List<PathSegment>> paths = e.problems().stream().filter(p -> p.message().equals("duplicate scenario name"))
        .map(p -> (List<PathSegment>) p.path()).toList();
    assertEquals(List.of(List.of(named(SCENARIO, "plan", 2)), List.of(named(SCENARIO, "plan", 3))), paths);
  }

  @Test
  void adoptions_and_overrides_are_keys_without_a_place() {
    InvalidModelException e = assertInvalid(() -> modelWith(plan().adopt("nope")
        .override("wind", ProjectOverride.scale(-1.0))
        .override("gone", ProjectOverride.delay(1.0))));
    PathSegment planAt1 = named(SCENARIO, "plan", 1);
    assertPath(e, "unknown strategy; known strategies", "scenario 'plan' > strategy 'nope'",
        planAt1, named(STRATEGY, "nope"));
    assertPath(e, "must not be negative, was -1.0", "scenario 'plan' > project 'wind' > scale",
        planAt1, named(PROJECT, "wind"), field("scale"));
    assertPath(e, "unknown project; known projects", "scenario 'plan' > project 'gone'", planAt1, named(PROJECT, "gone"));
  }

  @Test
  void year_paths_name_their_sector_or_tag_and_year() {
    InvalidModelException e = assertInvalid(() -> modelWith(plan()
        .growthOverride("coal", YearPath.stepwise(Map.of(2019, -0.02, 2030, Double.NaN)))
        .emissionFactorPath(SectorSelector.tag("nope"), YearPath.stepwise(Map.of(2030, 0.9)))
        .macroShock(YearPath.stepwise(Map.of(2040, 0.1)))));
    PathSegment planAt1 = named(SCENARIO, "plan", 1);
    assertPath(e, "year 2019 is not after the base year 2020", "scenario 'plan' > growth override > sector 'coal' > 2019",
        planAt1, field("growth override"), named(SECTOR, "coal"), year(2019));
    assertPath(e, "NaN is not a number", "scenario 'plan' > growth override > sector 'coal' > 2030 > value",
        planAt1, field("growth override"), named(SECTOR, "coal"), year(2030), field("value"));
    assertPath(e, "unknown tag 'nope'", "scenario 'plan' > emission-factor path > tag 'nope'",
        planAt1, field("emission-factor path"), named(TAG, "nope"));
    assertPath(e, "year 2040 is after the horizon's end 2035", "scenario 'plan' > macro shock > 2040",
        planAt1, field("macro shock"), year(2040));
  }

  @Test
  void an_unknown_parent_is_a_field_of_the_scenario() {
    InvalidModelException e = assertInvalid(() -> modelWith(Scenario.builder().name("orphan").parent("nobody")));
    assertPath(e, "unknown scenario 'nobody'", "scenario 'orphan' > parent", named(SCENARIO, "orphan", 1),
        field("parent"));
  }

  @Test
  void a_start_moved_before_the_base_year_names_the_scenario_and_project() {
    InvalidModelException e = assertInvalid(() -> modelWith(Scenario.builder().name("shifted").endYear(END_YEAR)
        .adopt("green", 1.0, -5.0)));
    // the resolved scenario names the scenario alone: it does not know the scenario's place in the model
    assertPath(e, "start shift and delay move its start from 2022 to 2017.0", "scenario 'shifted' > project 'wind'",
        named(SCENARIO, "shifted"), named(PROJECT, "wind"));
  }

  // ---------------------------------------------------------------- compiling and parameters

  @Test
  void a_productivity_change_refused_at_compile_time_names_its_effect() {
    Strategy automation = Strategy.builder().id("automation")
        .addProject(project("robots", 2024).addEffect(Effect.productivity("coal", -0.6)).build())
        .build();
    CityModel model = CityModel.builder().profile(TestCity.profile()).addStrategy(automation)
        .addScenario(Scenario.builder().name("doubled").endYear(END_YEAR).adopt("automation")
            .override("robots", ProjectOverride.scale(2.0)).build())
        .build();
    InvalidModelException e = assertInvalid(() -> Engine.compile(model, "doubled"));
    assertPath(e, "leaves no labour productivity", "scenario 'doubled' > project 'robots' > effect 1",
        named(SCENARIO, "doubled"), named(PROJECT, "robots"), numbered(EFFECT, 1));
  }

  @Test
  void a_parameter_value_is_named_by_its_path_at_its_place() {
    Parameterization p = Parameterization.of(modelWith(plan()), "plan", List.of("sector/coal/growth",
        "strategy/green/intensity"));
    InvalidModelException e = assertInvalid(() -> p.compile(new double[] {0.0, 1.5}));
    assertPath(e, "must lie in [0, 1], was 1.5", "scenario 'plan' > strategy/green/intensity",
        named(SCENARIO, "plan"), named(PARAMETER_VALUE, "strategy/green/intensity", 1));
  }

  @Test
  void an_input_output_analysis_names_columns_transactions_and_sectors_by_place() {
    InvalidModelException e = assertInvalid(() -> InputOutputAnalysis.builder(List.of("s1", "s2"))
        .transactions(new double[][] {{1.0, 2.0}, {-3.0, 1.0}})
        .grossOutput(10, -1)
        .build());
    assertPath(e, "must not be negative, was -3.0", "column 's1' > Z[s2]",
        named(COLUMN, "s1", 0), named(TRANSACTION, "s2"));
    assertPath(e, "must not be negative, was -1.0", "gross output > sector 's2'",
        field("gross output"), named(SECTOR, "s2", 1));
  }

  @Test
  void a_parameter_space_reports_its_rank_correlation_as_a_field() {
    InvalidModelException e = assertInvalid(() -> ParameterSpace.builder()
        .parameter("a", Distribution.uniform(0, 1))
        .parameter("b", Distribution.uniform(0, 1))
        .rankCorrelation("a", "b", 2.0)
        .build());
    assertPath(e, "lies outside [-1, 1]", "rank correlation", field("rank correlation"));
  }
}
