package io.xinlu.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.PathSegment;
import io.xinlu.Problem;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Strategy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How a scenario applies to one project, by the equations of section 7 of {@code docs/MODEL.md}: the weight
 * {@code w_k} is the adoption intensity (1 when the project is carried out without its strategy) times the project's
 * scale, and the delay {@code d_k}, the start shift plus the project's own delay, moves the start, full-effect and end
 * years alike. Project {@code p} runs 2024 to full effect in 2026 and ends in 2030; {@code q} starts in 2025 and has
 * no end year.
 */
class ProjectPlanTest {
  private static final Project P = Project.builder().id("p").start(2024).fullEffect(2026).end(2030)
      .addEffect(Effect.newCapacity("a", 10)).build();
  private static final Project Q = Project.builder().id("q").start(2025).fullEffect(2025)
      .addEffect(Effect.newCapacity("a", 10)).build();
  private static final Strategy S = Strategy.builder().id("s").addProjects(P, Q).build();

  @Test
  void an_adopted_strategy_with_an_override_gives_intensity_times_scale_and_shift_plus_delay() {
    ProjectPlan plan = ProjectPlan.of(S, P, Optional.of(StrategyAdoption.of(0.8, 2)),
        ProjectOverride.delay(1.5).withScale(0.5));
    assertEquals(new ProjectPlan("s", P, true, 0.8, 0.5, 2.0, 1.5), plan);
    assertEquals(0.4, plan.weight());
    assertEquals(3.5, plan.delay());
    assertEquals(2027.5, plan.start());
    assertEquals(2029.5, plan.fullEffect());
    assertEquals(2033.5, plan.end());
    assertEquals(List.of(), plan.startProblems("late", 2020));
  }

  @Test
  void a_project_included_without_its_strategy_is_carried_out_fully_and_on_schedule() {
    ProjectPlan plan = ProjectPlan.of(S, Q, Optional.empty(), ProjectOverride.include());
    assertTrue(plan.carriedOut());
    assertEquals(StrategyAdoption.DEFAULT_INTENSITY, plan.intensity());
    assertEquals(1.0, StrategyAdoption.DEFAULT_INTENSITY);
    assertEquals(StrategyAdoption.full(), StrategyAdoption.of(StrategyAdoption.DEFAULT_INTENSITY, 0.0));
    assertEquals(1.0, plan.weight());
    assertEquals(0.0, plan.delay());
    assertEquals(2025.0, plan.start());
    assertEquals(Double.POSITIVE_INFINITY, plan.end(), "no end year");
  }

  @Test
  void an_override_decides_whether_a_project_is_carried_out_before_the_adoption_does() {
    Optional<StrategyAdoption> adopted = Optional.of(StrategyAdoption.full());
    assertTrue(ProjectPlan.of(S, P, adopted, ProjectOverride.none()).carriedOut());
    assertTrue(ProjectPlan.of(S, P, adopted, ProjectOverride.delay(3)).carriedOut());
    assertFalse(ProjectPlan.of(S, P, adopted, ProjectOverride.exclude()).carriedOut());
    assertFalse(ProjectPlan.of(S, P, Optional.empty(), ProjectOverride.scale(2)).carriedOut());
    assertTrue(ProjectPlan.of(S, P, Optional.empty(), ProjectOverride.include()).carriedOut());
  }

  @Test
  void a_start_moved_before_the_base_year_is_a_problem_of_a_project_carried_out() {
    ProjectPlan atBase = ProjectPlan.of(S, P, Optional.of(StrategyAdoption.of(1, -2)), ProjectOverride.delay(-2));
    assertEquals(2020.0, atBase.start());
    assertEquals(List.of(), atBase.startProblems("early", 2020), "the base year itself is allowed");
    ProjectPlan before = atBase.withValues(1, 1, -2, -2.5);
    assertEquals(List.of(Problem.of(List.of(PathSegment.named(PathSegment.Kind.SCENARIO, "early"),
        PathSegment.named(PathSegment.Kind.PROJECT, "p")),
        "start shift and delay move its start from 2024 to 2019.5, before the base year 2020")),
        before.startProblems("early", 2020));
    ProjectPlan excluded = ProjectPlan.of(S, P, Optional.of(StrategyAdoption.of(1, -2)),
        ProjectOverride.delay(-2.5).withIncluded(false));
    assertEquals(List.of(), excluded.startProblems("early", 2020), "not carried out");
    ProjectPlan infinitelyEarly = before.withValues(1, 1, -Double.MAX_VALUE, -Double.MAX_VALUE);
    assertEquals("start shift and delay move its start from 2024 to -Infinity, before the base year 2020",
        infinitelyEarly.startProblems("early", 2020).get(0).message());
  }

  @Test
  void values_put_in_keep_the_project_and_whether_it_is_carried_out() {
    ProjectPlan plan = ProjectPlan.of(S, Q, Optional.empty(), ProjectOverride.include());
    ProjectPlan valued = plan.withValues(0.25, 2, 1e300, 1e300);
    assertEquals(new ProjectPlan("s", Q, true, 0.25, 2.0, 1e300, 1e300), valued);
    assertEquals(0.5, valued.weight());
    assertEquals(2e300, valued.start(), "after any horizon");
    assertEquals(List.of(), valued.startProblems("far", 2020));
  }
}
