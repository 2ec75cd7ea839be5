package io.xinlu.engine;

import static io.xinlu.engine.TestModels.EPS;
import static io.xinlu.engine.TestModels.events;
import static io.xinlu.engine.TestModels.profile;
import static io.xinlu.engine.TestModels.project;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "Establish the new before breaking the old" (MODEL.md, "Prerequisites"): deferral to the latest full-effect year
 * of the prerequisites, keeping the build length, propagation of delays along a chain, and blocked projects.
 *
 * <p>The chain model: one sector {@code a} (value added 100, no trends) and
 * <pre>
 * strategy new:  A  linear 2022 -> 2024                      new capacity +10
 *                B  linear 2023 -> 2026, requires A, capital 3   new capacity +20
 * strategy old:  C  step 2025, requires B                      scale demand -0.5
 * </pre>
 * On schedule, A is at full effect in 2024, so B moves from 2023 to 2024 (full 2027); C then moves from 2025 to B's
 * full-effect year 2027.
 */
class PrerequisiteTest {
  private static final int END = 2032;

  private static final Project A = project("A", 2022, 2024, Ramp.LINEAR, Effect.newCapacity("a", 10)).build();
  private static final Project B = project("B", 2023, 2026, Ramp.LINEAR, Effect.newCapacity("a", 20))
      .addPrerequisite("A").capitalCost(3).build();
  private static final Project C = project("C", 2025, 2025, Ramp.STEP, Effect.scaleDemand("a", -0.5))
      .addPrerequisite("B").build();

  private static CityModel chain() {
    return CityModel.builder()
        .profile(profile(sector("a", 100).build()))
        .addStrategy(strategy("new", A, B))
        .addStrategy(strategy("old", C))
        .addScenario(Scenario.builder().name("plan").endYear(END).adopt("new").adopt("old").build())
        .addScenario(Scenario.builder().name("late").parent("plan")
            .override("A", ProjectOverride.delay(1.5)).build())
        .addScenario(Scenario.builder().name("no-A").parent("plan").exclude("A").build())
        .addScenario(Scenario.builder().name("old-only").endYear(END).adopt("old").build())
        .addScenario(Scenario.builder().name("c-late").parent("plan")
            .override("C", ProjectOverride.delay(0.5)).build())
        .build();
  }

  private static <T> Set<T> setOf(List<T> list) {
    return new HashSet<>(list);
  }

  @Test
  void a_project_is_deferred_to_its_prerequisites_full_effect_year_keeping_its_build_length() {
    CompiledScenario c = Engine.compile(chain(), "plan");
    // B: 2023 -> 2024 (A's full-effect year), full 2026 + 1 = 2027; r_B = (t - 2024) / 3
    assertEquals(0.0, c.ramp("B", 2024));
    assertEquals(1 / 3.0, c.ramp("B", 2025), EPS);
    assertEquals(2 / 3.0, c.ramp("B", 2026), EPS);
    assertEquals(1.0, c.ramp("B", 2027));
    assertTrue(events(c.compileEvents(), Event.Deferral.class, d -> d.projectId().equals("B"))
        .contains(new Event.Deferral("B", 2023, 2024, "A")));
  }

  @Test
  void a_chain_of_prerequisites_defers_each_project_after_the_deferral_of_the_one_before() {
    CompiledScenario c = Engine.compile(chain(), "plan");
    // C requires B, whose full effect moved to 2027: C (a step) moves from 2025 to 2027
    assertEquals(0.0, c.ramp("C", 2026));
    assertEquals(1.0, c.ramp("C", 2027));
    assertEquals(Set.of(new Event.Deferral("B", 2023, 2024, "A"), new Event.Deferral("C", 2025, 2027, "B")),
        setOf(events(c.compileEvents(), Event.Deferral.class, d -> true)));
    Run run = c.run();
    assertEquals(Set.copyOf(c.compileEvents()), Set.copyOf(run.events())); // the run reports them too
    // 2026: A full, B at 2/3, C not yet: y = 100 + 10 + 20 * 2/3
    assertEquals(100 + 10 + 20 * 2 / 3.0, run.value(Quantity.FINAL_DEMAND, 2026, "a"), EPS);
    // 2027: all at full effect: y = 100 * (1 - 0.5) + 10 + 20
    assertEquals(100 * 0.5 + 10 + 20, run.value(Quantity.FINAL_DEMAND, 2027, "a"), EPS);
  }

  @Test
  void a_deferred_project_spends_its_capital_over_its_deferred_build_years() {
    Run run = Engine.run(chain(), "plan");
    // B's capital 3 over the years 2024 <= t < 2027
    assertEquals(0.0, run.total(Quantity.INVESTMENT, 2023));
    assertEquals(1.0, run.total(Quantity.INVESTMENT, 2024), EPS);
    assertEquals(1.0, run.total(Quantity.INVESTMENT, 2025), EPS);
    assertEquals(1.0, run.total(Quantity.INVESTMENT, 2026), EPS);
    assertEquals(0.0, run.total(Quantity.INVESTMENT, 2027));
  }

  @Test
  void the_latest_full_effect_year_among_several_prerequisites_wins() {
    Project p1 = project("P1", 2021, 2024, Ramp.LINEAR).build();
    Project p2 = project("P2", 2022, 2026, Ramp.LINEAR).build();
    Project q = project("Q", 2023, 2025, Ramp.LINEAR, Effect.newCapacity("a", 8)).end(2028)
        .addPrerequisite("P1").addPrerequisite("P2").build();
    CityModel model = CityModel.builder()
        .profile(profile(sector("a", 100).build()))
        .addStrategy(strategy("s", p1, p2, q))
        .addScenario(Scenario.builder().name("plan").endYear(END).adopt("s").build())
        .build();
    CompiledScenario c = Engine.compile(model, "plan");
    // full effect: P1 2024, P2 2026 -> Q moves by 2026 - 2023 = 3: start 2026, full 2028, end 2031
    assertEquals(List.of(new Event.Deferral("Q", 2023, 2026, "P2")), c.compileEvents());
    assertEquals(0.0, c.ramp("Q", 2026));
    assertEquals(0.5, c.ramp("Q", 2027), EPS);
    assertEquals(1.0, c.ramp("Q", 2028));
    assertEquals(1.0, c.ramp("Q", 2031));
    assertEquals(0.0, c.ramp("Q", 2032));
  }

  @Test
  void a_delay_of_the_prerequisite_propagates_along_the_chain() {
    CompiledScenario c = Engine.compile(chain(), "late");
    // A delayed by 1.5: full 2025.5; B from 2023 to 2025.5 (full 2028.5); C from 2025 to 2028.5
    assertEquals(Set.of(new Event.Deferral("B", 2023, 2025.5, "A"), new Event.Deferral("C", 2025, 2028.5, "B")),
        setOf(events(c.compileEvents(), Event.Deferral.class, d -> true)));
    assertEquals(0.0, c.ramp("B", 2025));
    assertEquals(0.5 / 3, c.ramp("B", 2026), EPS); // (2026 - 2025.5) / 3
    assertEquals(0.0, c.ramp("C", 2028));
    assertEquals(1.0, c.ramp("C", 2029));
    Run run = c.run();
    // B's capital over 2025.5 <= t < 2028.5: 2026, 2027, 2028
    assertEquals(0.0, run.total(Quantity.INVESTMENT, 2025));
    assertEquals(1.0, run.total(Quantity.INVESTMENT, 2026), EPS);
    assertEquals(1.0, run.total(Quantity.INVESTMENT, 2028), EPS);
    assertEquals(0.0, run.total(Quantity.INVESTMENT, 2029));
  }

  @Test
  void the_deferral_event_records_the_start_after_the_projects_own_delay() {
    CompiledScenario c = Engine.compile(chain(), "c-late");
    // C delayed by 0.5: planned 2025.5, then deferred to B's full effect 2027
    assertTrue(events(c.compileEvents(), Event.Deferral.class, d -> true)
        .contains(new Event.Deferral("C", 2025.5, 2027, "B")));
    assertEquals(0.0, c.ramp("C", 2026));
    assertEquals(1.0, c.ramp("C", 2027));
  }

  @Test
  void no_deferral_when_the_prerequisite_is_at_full_effect_by_the_start() {
    Project first = project("first", 2021, 2023, Ramp.LINEAR).build();
    Project same = project("same", 2023, 2023, Ramp.STEP).addPrerequisite("first").build();
    Project later = project("later", 2025, 2026, Ramp.LINEAR).addPrerequisite("first").build();
    CityModel model = CityModel.builder()
        .profile(profile(sector("a", 100).build()))
        .addStrategy(strategy("s", first, same, later))
        .addScenario(Scenario.builder().name("plan").endYear(END).adopt("s").build())
        .build();
    CompiledScenario c = Engine.compile(model, "plan");
    assertTrue(c.compileEvents().isEmpty(), c.compileEvents()::toString);
    assertEquals(1.0, c.ramp("same", 2023));
    assertEquals(0.0, c.ramp("later", 2025));
    assertEquals(1.0, c.ramp("later", 2026));
  }

  @Test
  void a_project_whose_prerequisite_is_excluded_never_starts_and_neither_does_its_dependent() {
    CompiledScenario c = Engine.compile(chain(), "no-A");
    assertEquals(Set.of(new Event.Blocked("B", 2023, "A"), new Event.Blocked("C", 2025, "B")),
        Set.copyOf(c.compileEvents()));
    Run run = c.run();
    for (int t = 2020; t <= END; t++) {
      assertEquals(0.0, c.ramp("B", t));
      assertEquals(0.0, c.ramp("C", t));
      // neither the new capacity of B nor the cut of C happens; B spends nothing
      assertEquals(100, run.value(Quantity.FINAL_DEMAND, t, "a"), EPS);
      assertEquals(0.0, run.total(Quantity.INVESTMENT, t));
    }
    assertEquals(2027, new Event.Blocked("C", 2027.5, "B").year()); // the event's year is the planned start
  }

  @Test
  void a_project_whose_prerequisite_belongs_to_a_strategy_not_adopted_is_blocked() {
    Run run = Engine.run(chain(), "old-only");
    assertEquals(List.of(new Event.Blocked("C", 2025, "B")), run.events());
    assertEquals(100, run.value(Quantity.FINAL_DEMAND, END, "a"), EPS);
  }
}
