package io.xinlu.validation;

import static io.xinlu.validation.ProblemAssertions.assertInvalid;
import static io.xinlu.validation.ProblemAssertions.assertOnlyProblem;
import static io.xinlu.validation.TestCity.END_YEAR;
import static io.xinlu.validation.TestCity.digital;
import static io.xinlu.validation.TestCity.green;
import static io.xinlu.validation.TestCity.modelWith;
import static io.xinlu.validation.TestCity.plan;
import static io.xinlu.validation.TestCity.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.InvalidModelException;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.StrategyAdoption;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The overloads that take the object a user already holds ({@code adopt(Strategy, ...)}, {@code parent(Scenario)},
 * {@code override}, {@code exclude} and {@code include} of a {@link Project}, {@code addPrerequisite(Project)}):
 * each gives what its id gives, a null is refused with a message that says what is null, and an object the model
 * does not hold is refused when the model is built exactly as its id would be. The city is {@link TestCity}.
 */
class TypedOverloadsTest {
  private static final Project FIVE_G = digital().project("5g-mines").orElseThrow();
  private static final Project WIND = green().project("wind").orElseThrow();

  /** A scenario {@code s}, inheriting from nothing, to the model's end year, with what {@code f} adds. */
  private static Scenario scenario(Function<Scenario.Builder, Scenario.Builder> f) {
    return f.apply(Scenario.builder().name("s").endYear(END_YEAR)).build();
  }

  // ---------------------------------------------------------------- the same as the id

  @Test
  void each_adopt_of_a_strategy_gives_the_scenario_that_its_id_gives() {
    Strategy d = digital();
    assertEquals(scenario(b -> b.adopt("digital")), scenario(b -> b.adopt(d)));
    assertEquals(scenario(b -> b.adopt("digital", 0.8)), scenario(b -> b.adopt(d, 0.8)));
    assertEquals(scenario(b -> b.adopt("digital", 0.8, 2.5)), scenario(b -> b.adopt(d, 0.8, 2.5)));
    assertEquals(scenario(b -> b.adopt("digital", StrategyAdoption.of(0.3, -1.0))),
        scenario(b -> b.adopt(d, StrategyAdoption.of(0.3, -1.0))));
    // and each records what it says, so the equalities above are not those of empty scenarios
    assertEquals(StrategyAdoption.full(), scenario(b -> b.adopt(d)).adoptions().get("digital"));
    assertEquals(StrategyAdoption.of(0.8, 2.5), scenario(b -> b.adopt(d, 0.8, 2.5)).adoptions().get("digital"));
    assertEquals(StrategyAdoption.of(0.3, -1.0),
        scenario(b -> b.adopt(d, StrategyAdoption.of(0.3, -1.0))).adoptions().get("digital"));
  }

  @Test
  void each_change_to_a_project_gives_the_scenario_that_its_id_gives() {
    assertEquals(scenario(b -> b.exclude("5g-mines")), scenario(b -> b.exclude(FIVE_G)));
    assertEquals(scenario(b -> b.include("wind")), scenario(b -> b.include(WIND)));
    ProjectOverride late = ProjectOverride.delay(2).withScale(0.5);
    assertEquals(scenario(b -> b.override("wind", late)), scenario(b -> b.override(WIND, late)));
    assertEquals(ProjectOverride.exclude(), scenario(b -> b.exclude(FIVE_G)).projectOverrides().get("5g-mines"));
    assertEquals(late, scenario(b -> b.override(WIND, late)).projectOverrides().get("wind"));
  }

  @Test
  void a_parent_given_as_a_scenario_is_inherited_from_as_its_name_is() {
    Scenario planned = plan().build();
    Scenario byObject = Scenario.builder().name("child").parent(planned).adopt(green(), 0.5).build();
    Scenario byName = Scenario.builder().name("child").parent("plan").adopt("green", 0.5).build();
    assertEquals(byName, byObject);
    assertEquals("plan", byObject.parent().orElseThrow());
    CityModel model = modelWith(plan(), Scenario.builder().name("child").parent(planned).adopt(green(), 0.5));
    Run child = Engine.run(model, "child");
    assertEquals(END_YEAR, child.endYear(), "the end year is the parent's");
    assertTrue(child.total(Quantity.INVESTMENT, 2023) > 0, "digital, adopted by the parent, is carried out");
  }

  @Test
  void a_prerequisite_given_as_a_project_is_the_one_its_id_gives_and_waited_for_alike() {
    Project wind = WIND;
    Project byObject = project("close-old-power", 2023).addPrerequisite(wind)
        .addEffect(Effect.scaleDemand("coal", -0.3)).build();
    Project byId = project("close-old-power", 2023).addPrerequisite("wind")
        .addEffect(Effect.scaleDemand("coal", -0.3)).build();
    assertEquals(byId, byObject);
    assertEquals(List.of("wind"), byObject.prerequisites().asList());
    Strategy withObject = Strategy.builder().id("green").addProjects(wind, byObject).build();
    Strategy withId = Strategy.builder().id("green").addProjects(wind, byId).build();
    Run a = Engine.run(CityModel.builder().profile(TestCity.profile()).addStrategy(withObject)
        .addScenario(Scenario.builder().name("p").endYear(END_YEAR).adopt(withObject).build()).build(), "p");
    Run b = Engine.run(CityModel.builder().profile(TestCity.profile()).addStrategy(withId)
        .addScenario(Scenario.builder().name("p").endYear(END_YEAR).adopt("green").build()).build(), "p");
    assertEquals(b.events(), a.events());
    assertTrue(a.events().stream().anyMatch(e -> e.describe().contains("close-old-power")),
        "close-old-power waits for wind (full effect 2024), so its start in 2023 is deferred");
    for (int t : a.years()) {
      assertEquals(Double.doubleToRawLongBits(b.total(Quantity.VALUE_ADDED, t)),
          Double.doubleToRawLongBits(a.total(Quantity.VALUE_ADDED, t)), "value added " + t);
    }
  }

  // ---------------------------------------------------------------- nulls

  @Test
  void a_null_object_is_refused_with_a_message_that_says_what_is_null() {
    Scenario.Builder b = Scenario.builder().name("s");
    assertNull("adopt(Strategy): the strategy is null", () -> b.adopt((Strategy) null));
    assertNull("adopt(Strategy): the strategy is null", () -> b.adopt((Strategy) null, 0.5));
    assertNull("adopt(Strategy): the strategy is null", () -> b.adopt((Strategy) null, 0.5, 1.0));
    assertNull("adopt(Strategy): the strategy is null", () -> b.adopt((Strategy) null, StrategyAdoption.full()));
    assertNull("parent(Scenario): the parent scenario is null", () -> b.parent((Scenario) null));
    assertNull("the project to override, exclude or include is null",
        () -> b.override((Project) null, ProjectOverride.exclude()));
    assertNull("the project to override, exclude or include is null", () -> b.exclude((Project) null));
    assertNull("the project to override, exclude or include is null", () -> b.include((Project) null));
    assertNull("addPrerequisite(Project): the prerequisite is null",
        () -> Project.builder().addPrerequisite((Project) null));
    // the refusals left the builder as it was
    assertEquals(Scenario.builder().name("s").build(), b.build());
  }

  private static void assertNull(String message, Executable call) {
    assertEquals(message, assertThrows(NullPointerException.class, call).getMessage());
  }

  // ---------------------------------------------------------------- objects the model does not hold

  @Test
  void a_strategy_the_model_lacks_is_refused_as_its_id_is() {
    Strategy other = Strategy.builder().id("other").build();
    InvalidModelException byObject = assertInvalid(() -> modelWith(plan().adopt(other)));
    InvalidModelException byId = assertInvalid(() -> modelWith(plan().adopt("other")));
    assertEquals(byId.getMessage(), byObject.getMessage());
    assertOnlyProblem(byObject, "scenario 'plan' > strategy 'other'", "unknown strategy");
  }

  @Test
  void a_project_the_model_lacks_is_refused_as_its_id_is() {
    Project ghost = project("ghost", 2023).build();
    ProjectOverride delay = ProjectOverride.delay(1);
    List<List<Function<Scenario.Builder, Scenario.Builder>>> pairs = List.of(
        List.of(b -> b.exclude(ghost), b -> b.exclude("ghost")),
        List.of(b -> b.include(ghost), b -> b.include("ghost")),
        List.of(b -> b.override(ghost, delay), b -> b.override("ghost", delay)));
    for (List<Function<Scenario.Builder, Scenario.Builder>> pair : pairs) {
      InvalidModelException byObject = assertInvalid(() -> modelWith(pair.get(0).apply(plan())));
      InvalidModelException byId = assertInvalid(() -> modelWith(pair.get(1).apply(plan())));
      assertEquals(byId.getMessage(), byObject.getMessage());
      assertOnlyProblem(byObject, "scenario 'plan' > project 'ghost'", "unknown project");
    }
  }

  @Test
  void a_parent_the_model_lacks_or_the_scenario_itself_is_refused_as_its_name_is() {
    Scenario elsewhere = Scenario.baseline("elsewhere", END_YEAR);
    InvalidModelException byObject = assertInvalid(
        () -> modelWith(Scenario.builder().name("child").parent(elsewhere)));
    InvalidModelException byName = assertInvalid(
        () -> modelWith(Scenario.builder().name("child").parent("elsewhere")));
    assertEquals(byName.getMessage(), byObject.getMessage());
    assertTrue(byObject.getMessage().contains("'elsewhere'"), byObject.getMessage());

    Scenario loop = Scenario.builder().name("loop").endYear(END_YEAR).build();
    InvalidModelException self = assertInvalid(() -> modelWith(Scenario.builder().name("loop").parent(loop)));
    InvalidModelException selfByName = assertInvalid(() -> modelWith(Scenario.builder().name("loop")
        .parent("loop")));
    assertEquals(selfByName.getMessage(), self.getMessage());
  }

  @Test
  void a_prerequisite_the_model_lacks_or_the_project_itself_is_refused_as_its_id_is() {
    Project ghost = project("ghost", 2023).build();
    InvalidModelException byObject = assertInvalid(() -> TestCity.modelWith(Strategy.builder().id("green")
        .addProject(project("wind", 2022).addPrerequisite(ghost).build()).build()));
    InvalidModelException byId = assertInvalid(() -> TestCity.modelWith(Strategy.builder().id("green")
        .addProject(project("wind", 2022).addPrerequisite("ghost").build()).build()));
    assertEquals(byId.getMessage(), byObject.getMessage());
    assertOnlyProblem(byObject, "strategy 'green' > project 'wind' > prerequisite 'ghost'", "unknown project");

    Project wind = project("wind", 2022).build();
    InvalidModelException self = assertInvalid(() -> TestCity.modelWith(Strategy.builder().id("green")
        .addProject(project("wind", 2022).addPrerequisite(wind).build()).build()));
    assertOnlyProblem(self, "strategy 'green' > project 'wind' > prerequisites", "cycle wind -> wind");
  }

  @Test
  void one_strategy_adopted_twice_once_as_an_object_and_once_by_id_fails_when_built() {
    Scenario.Builder twice = plan().adopt(green());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, twice::build);
    assertTrue(e.getMessage().contains("green"), e.getMessage());
  }
}
