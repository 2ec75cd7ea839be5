package io.xinlu.engine;

import static io.xinlu.engine.TestModels.EPS;
import static io.xinlu.engine.TestModels.profile;
import static io.xinlu.engine.TestModels.project;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deferrals do not depend on the order in which projects are declared (MODEL.md, "Prerequisites"): a project
 * declared before its prerequisites waits for them as they end up after their own deferrals; and when several
 * prerequisites reach full effect in the same year, the deferral names the first one listed.
 */
class PrerequisiteOrderTest {
  private static CityModel model(Project... projects) {
    return CityModel.builder()
        .profile(profile(sector("a", 100).build()))
        .addStrategy(strategy("s", projects))
        .addScenario(Scenario.builder().name("plan").endYear(2035).adopt("s").build())
        .build();
  }

  @Test
  void a_project_declared_before_its_prerequisites_waits_for_their_deferred_full_effect() {
    // A needs B, B needs C; declared A, B, C. C is at full effect in 2026, so B moves from 2022 to 2026 (full 2028)
    // and A from 2022 to 2028
    CompiledScenario c = Engine.compile(model(
        project("A", 2022, 2022, Ramp.STEP, Effect.newCapacity("a", 1)).addPrerequisite("B").build(),
        project("B", 2022, 2024, Ramp.LINEAR, Effect.newCapacity("a", 2)).addPrerequisite("C").build(),
        project("C", 2025, 2026, Ramp.LINEAR, Effect.newCapacity("a", 4)).build()), "plan");
    assertEquals(List.of(new Event.Deferral("B", 2022, 2026, "C"), new Event.Deferral("A", 2022, 2028, "B")),
        c.compileEvents());
    assertEquals(0.0, c.ramp("A", 2027));
    assertEquals(1.0, c.ramp("A", 2028));
    assertEquals(0.5, c.ramp("B", 2027), EPS);
    Run run = c.run();
    assertEquals(100 + 4 + 2 + 1, run.value(Quantity.VALUE_ADDED, 2028, "a"), EPS);
    assertEquals(100 + 4 + 1, run.value(Quantity.VALUE_ADDED, 2027, "a"), EPS);
  }

  @Test
  void of_prerequisites_at_full_effect_in_the_same_year_the_first_listed_is_named() {
    CompiledScenario c = Engine.compile(model(
        project("D", 2023, 2023, Ramp.STEP, Effect.newCapacity("a", 1)).addPrerequisite("E").addPrerequisite("F")
            .build(),
        project("E", 2021, 2025, Ramp.LINEAR).build(),
        project("F", 2024, 2025, Ramp.LINEAR).build(),
        project("G", 2023, 2023, Ramp.STEP).addPrerequisite("F").addPrerequisite("E").build()), "plan");
    assertEquals(List.of(new Event.Deferral("D", 2023, 2025, "E"), new Event.Deferral("G", 2023, 2025, "F")),
        c.compileEvents());
  }
}
