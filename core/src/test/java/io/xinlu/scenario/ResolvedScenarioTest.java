package io.xinlu.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.PathSegment;
import io.xinlu.Problem;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Inheritance resolved ({@link CityModel#resolve}) and the lookups of a model, through the public API: what a
 * scenario carries out, with which weight and delay, and what the model says about unknown names.
 *
 * <p>Strategies {@code s1} (projects {@code p}, {@code q}) and {@code s2} (project {@code r}); scenario {@code plan}
 * adopts {@code s1} at 0.5 with a start shift of 1, scales {@code p} by 0.4 and includes {@code r}; {@code late}
 * inherits it, delays {@code p} by 2 and excludes {@code q}.
 */
class ResolvedScenarioTest {
  private static final YearPath SHOCK = YearPath.exact(Map.of(2023, -0.05));
  private static final YearPath GREENER = YearPath.linear(Map.of(2021, 1.0, 2025, 0.6));

  private static Project project(String id, int start) {
    return Project.builder().id(id).start(start).fullEffect(start + 2).addEffect(Effect.newCapacity("a", 10))
        .build();
  }

  private static CityModel model() {
    CityProfile city = CityProfile.builder().name("resolve").baseYear(2020)
        .addSectors(Sector.builder().id("a").group(SectorGroup.SECONDARY).valueAdded(100).addTag("green").build(),
            Sector.builder().id("b").group(SectorGroup.TERTIARY).valueAdded(50).build())
        .population(1000)
        .build();
    return CityModel.builder()
        .profile(city)
        .addStrategies(Strategy.builder().id("s1").addProjects(project("p", 2022), project("q", 2023)).build(),
            Strategy.builder().id("s2").addProjects(project("r", 2024)).build())
        .addScenarios(Scenario.baseline("baseline", 2030),
            Scenario.builder().name("plan").endYear(2030).adopt("s1", 0.5, 1.0)
                .override("p", ProjectOverride.scale(0.4)).include("r")
                .macroShock(SHOCK).emissionFactorPath(SectorSelector.tag("green"), GREENER)
                .reemploymentRate(0.7).build(),
            Scenario.builder().name("late").parent("plan").override("p", ProjectOverride.delay(2))
                .exclude("q").build())
        .build();
  }

  /** How a resolved scenario of {@link #model()} applies to one of its projects. */
  private static ProjectPlan plan(ResolvedScenario rs, String projectId) {
    CityModel m = model();
    return rs.plan(m.strategyOf(projectId).orElseThrow(), m.project(projectId).orElseThrow());
  }

  @Test
  void a_child_resolves_with_its_lineage_root_first_and_its_parents_assumptions() {
    ResolvedScenario late = model().resolve("late");
    assertEquals("late", late.name());
    assertEquals(List.of("plan", "late"), late.lineage());
    assertEquals(2030, late.endYear());
    assertEquals(Map.of("s1", StrategyAdoption.of(0.5, 1.0)), late.adoptions());
    assertEquals(Optional.of(SHOCK), late.macroShock());
    assertEquals(Map.of(SectorSelector.tag("green"), GREENER), late.emissionFactorPaths());
    assertEquals(0.7, late.reemploymentRate());
    assertEquals(Optional.empty(), late.populationPath());
    assertEquals(Map.of(), late.growthOverrides());
    assertEquals(ProjectOverride.scale(0.4).withDelay(2), late.projectOverride("p"));
    assertEquals(ProjectOverride.exclude(), late.projectOverride("q"));
    assertEquals(ProjectOverride.none(), late.projectOverride("unknown"));
  }

  @Test
  void the_baseline_takes_the_default_reemployment_rate_and_carries_out_nothing() {
    ResolvedScenario base = model().resolve("baseline");
    assertEquals(Scenario.DEFAULT_REEMPLOYMENT_RATE, base.reemploymentRate());
    assertEquals(0.5, Scenario.DEFAULT_REEMPLOYMENT_RATE);
    assertFalse(plan(base, "p").carriedOut());
    assertFalse(plan(base, "r").carriedOut());
    assertEquals(Optional.empty(), base.macroShock());
    assertEquals(List.of("baseline"), base.lineage());
    assertEquals("trends continue; no strategy adopted", model().scenario("baseline").description());
  }

  @Test
  void weight_is_intensity_times_scale_and_delay_is_shift_plus_delay() {
    ResolvedScenario planned = model().resolve("plan");
    ResolvedScenario late = model().resolve("late");
    assertTrue(plan(planned, "p").carriedOut());
    assertTrue(plan(planned, "q").carriedOut());
    assertTrue(plan(planned, "r").carriedOut(), "included without its strategy");
    assertFalse(plan(late, "q").carriedOut(), "excluded by the child");
    assertEquals(0.5 * 0.4, plan(planned, "p").weight(), 1e-15);
    assertEquals(0.5, plan(planned, "q").weight());
    assertEquals(1.0, plan(planned, "r").weight(), "included at intensity 1");
    assertEquals(1.0, plan(planned, "p").delay());
    assertEquals(3.0, plan(late, "p").delay());
    assertEquals(0.0, plan(late, "r").delay());
  }

  @Test
  void a_project_override_added_under_a_new_name_merges_over_the_existing_one() {
    ResolvedScenario late = model().resolve("late");
    ResolvedScenario without = late.withProjectOverride("late without p", "p", ProjectOverride.exclude());
    assertEquals("late without p", without.name());
    assertEquals(late.lineage(), without.lineage());
    assertEquals(ProjectOverride.scale(0.4).withDelay(2).withIncluded(false), without.projectOverride("p"));
    assertFalse(plan(without, "p").carriedOut());
    assertTrue(plan(late, "p").carriedOut(), "the original is unchanged");
    assertEquals(late.adoptions(), without.adoptions());
    assertEquals(late.reemploymentRate(), without.reemploymentRate());
    assertEquals(late.macroShock(), without.macroShock());
    assertEquals(late.emissionFactorPaths(), without.emissionFactorPaths());
    assertEquals(late.endYear(), without.endYear());
    ResolvedScenario renamedOnly = late.withProjectOverride("late", "p", ProjectOverride.none());
    assertEquals(late, renamedOnly);
    assertEquals(late.hashCode(), renamedOnly.hashCode());
  }

  @Test
  void resolved_scenarios_are_equal_when_every_part_is() {
    CityModel m = model();
    assertEquals(m.resolve("late"), model().resolve("late"));
    assertEquals(m.resolve("late").hashCode(), model().resolve("late").hashCode());
    assertNotEquals(m.resolve("late"), m.resolve("plan"));
    assertNotEquals(m.resolve("late"), m.resolve("late").withProjectOverride("late", "q", ProjectOverride.scale(2)));
    assertNotEquals(m.resolve("late"), (Object) "late");
    assertNotEquals(m.resolve("late").hashCode(), m.resolve("plan").hashCode());
    String text = m.resolve("late").toString();
    assertTrue(text.contains("late") && text.contains("[plan, late]") && text.contains("2030")
        && text.contains("s1"), text);
  }

  @Test
  void start_problems_name_the_projects_moved_before_the_base_year() {
    CityModel m = model();
    assertEquals(List.of(), m.resolve("late").startProblems(m));
    // q starts in 2023 with the start shift of 1: a delay of -4 moves it to the base year, which is allowed
    ResolvedScenario atBase = m.resolve("plan").withProjectOverride("early", "q", ProjectOverride.delay(-4));
    assertEquals(List.of(), atBase.startProblems(m));
    ResolvedScenario tooEarly = m.resolve("plan").withProjectOverride("early", "q", ProjectOverride.delay(-4.5));
    assertEquals(List.of(Problem.of(List.of(PathSegment.named(PathSegment.Kind.SCENARIO, "early"),
        PathSegment.named(PathSegment.Kind.PROJECT, "q")),
        "start shift and delay move its start from 2023 to 2019.5, before the base year 2020")),
        tooEarly.startProblems(m));
    assertEquals("scenario 'early' > project 'q': start shift and delay move its start from 2023 to 2019.5, before "
        + "the base year 2020", tooEarly.startProblems(m).get(0).toString());
    ResolvedScenario excluded = tooEarly.withProjectOverride("early", "q", ProjectOverride.exclude());
    assertEquals(List.of(), excluded.startProblems(m), "a project not carried out cannot start too early");
  }

  @Test
  void lookups_of_unknown_names_list_the_known_ones() {
    CityModel m = model();
    IllegalArgumentException s = assertThrows(IllegalArgumentException.class, () -> m.scenario("nope"));
    assertEquals("model 'resolve' has no scenario 'nope'; known scenarios: [baseline, plan, late]", s.getMessage());
    IllegalArgumentException t = assertThrows(IllegalArgumentException.class, () -> m.strategy("nope"));
    assertEquals("model 'resolve' has no strategy 'nope'; known strategies: [s1, s2]", t.getMessage());
    assertThrows(IllegalArgumentException.class, () -> m.resolve("nope"));
    assertEquals(Optional.empty(), m.project("nope"));
    assertEquals(Optional.empty(), m.strategyOf("nope"));
  }

  @Test
  void lookups_of_known_names_find_them() {
    CityModel m = model();
    assertEquals(List.of("baseline", "plan", "late"), m.scenarioNames());
    assertEquals("s2", m.strategy("s2").id());
    assertEquals("plan", m.scenario("plan").name());
    assertEquals(Optional.of(project("r", 2024)), m.project("r"));
    assertEquals("s2", m.strategyOf("r").orElseThrow().id());
    assertEquals("s1", m.strategyOf("q").orElseThrow().id());
    assertEquals(List.of("p", "q", "r"), m.projects().stream().map(Project::id).toList());
  }
}
