package io.xinlu.engine;

import static io.xinlu.engine.TestModels.T0;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.step;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import io.xinlu.InvalidModelException;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.policy.Effect;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Engine#runAll}: every scenario of a model in the model's order, on one economy, each the run that
 * {@link Engine#run} gives. The property over generated models is {@code RunAllPropertiesTest}.
 */
class RunAllTest {
  private static final int END = T0 + 6;

  /**
   * Sectors {@code a} (100) and {@code b} (50) with a two-sector input-output table, strategy {@code s} whose project
   * {@code robots} (2023) adds 10 of final demand to {@code b} and changes {@code a}'s productivity by -0.6, and
   * the scenarios in an order that is not alphabetical: {@code zeta} (baseline), {@code plan} (adopts {@code s}),
   * {@code alpha} (adopts it at 0.5), then {@code extra}.
   */
  private static CityModel model(Scenario extra) {
    return CityModel.builder()
        .profile(CityProfile.builder().name("test").baseYear(T0)
            .addSectors(sector("a", 100).growth(0.02).productivityGrowth(0.01).employment(50).build(),
                sector("b", 50).growth(0.05).employment(20).build())
            .inputOutputTable(InputOutputTable.of(List.of("a", "b"),
                new double[][] {{0.1, 0.2}, {0.05, 0.1}}, new double[] {0.85, 0.7}))
            .build())
        .addStrategy(strategy("s", step("robots", T0 + 3, Effect.newCapacity("b", 10),
            Effect.productivity("a", -0.6))))
        .addScenario(Scenario.baseline("zeta", END))
        .addScenario(Scenario.builder().name("plan").parent("zeta").adopt("s").build())
        .addScenario(Scenario.builder().name("alpha").parent("zeta").adopt("s", 0.5).build())
        .addScenario(extra)
        .build();
  }

  private static CityModel model() {
    return model(Scenario.builder().name("late").parent("plan").override("robots", ProjectOverride.delay(2))
        .build());
  }

  @Test
  void the_runs_come_by_scenario_name_in_the_models_order() {
    CityModel m = model();
    ImmutableMap<String, Run> runs = Engine.runAll(m);
    assertEquals(List.of("zeta", "plan", "alpha", "late"), runs.keySet().asList());
    assertEquals(m.scenarioNames(), runs.keySet().asList());
    runs.forEach((name, run) -> assertEquals(name, run.scenarioName()));
  }

  @Test
  void each_run_is_the_run_of_its_scenario_bit_for_bit_with_its_events() {
    CityModel m = model();
    ImmutableMap<String, Run> runs = Engine.runAll(m);
    for (String name : m.scenarioNames()) {
      Run one = Engine.run(m, name);
      Run all = runs.get(name);
      for (Quantity q : Quantity.values()) {
        if (!one.has(q)) {
          continue;
        }
        for (int t : one.years()) {
          if (q.isPerSector()) {
            for (String s : one.sectorIds()) {
              assertEquals(Double.doubleToRawLongBits(one.value(q, t, s)),
                  Double.doubleToRawLongBits(all.value(q, t, s)), name + " " + q + " " + s + " " + t);
            }
          } else {
            assertEquals(Double.doubleToRawLongBits(one.total(q, t)), Double.doubleToRawLongBits(all.total(q, t)),
                name + " " + q + " " + t);
          }
        }
      }
      assertEquals(one.events(), all.events(), name);
    }
    // the scenarios differ, so equal runs above are not a run compared with itself
    assertEquals(10.0 * 0.5, runs.get("plan").value(Quantity.FINAL_DEMAND, T0 + 3, "b")
        - runs.get("alpha").value(Quantity.FINAL_DEMAND, T0 + 3, "b"), 1e-9);
  }

  @Test
  void every_scenario_is_compiled_on_one_economy_worked_out_once() {
    CityModel m = model();
    ImmutableMap<String, CompiledScenario> compiled = Engine.compileAll(m);
    Economy shared = compiled.get("zeta").economy;
    for (CompiledScenario c : compiled.values()) {
      assertSame(shared, c.economy, c.scenario().name());
    }
    // compiled one at a time, each scenario works out an economy of its own
    assertNotSame(Engine.compile(m, "zeta").economy, Engine.compile(m, "plan").economy);
  }

  @Test
  void the_same_model_gives_the_same_runs() {
    CityModel m = model();
    ImmutableMap<String, Run> first = Engine.runAll(m);
    ImmutableMap<String, Run> second = Engine.runAll(m);
    assertEquals(first.keySet(), second.keySet());
    first.forEach((name, run) -> {
      for (Quantity q : List.of(Quantity.VALUE_ADDED, Quantity.EMPLOYMENT, Quantity.JOBS_LOST)) {
        assertEquals(run.totalSeries(q).length, second.get(name).totalSeries(q).length);
        for (int k = 0; k < run.yearCount(); k++) {
          assertEquals(Double.doubleToRawLongBits(run.totalSeries(q)[k]),
              Double.doubleToRawLongBits(second.get(name).totalSeries(q)[k]), name + " " + q);
        }
      }
    });
  }

  @Test
  void a_scenario_that_cannot_be_compiled_is_refused_as_compile_refuses_it() {
    CityModel m = model(Scenario.builder().name("doubled").parent("plan")
        .override("robots", ProjectOverride.scale(2)).build());
    InvalidModelException one = assertThrows(InvalidModelException.class, () -> Engine.compile(m, "doubled"));
    InvalidModelException all = assertThrows(InvalidModelException.class, () -> Engine.runAll(m));
    assertEquals(one.getMessage(), all.getMessage());
    assertEquals("scenario 'doubled'", all.subject());
  }

  @Test
  void a_null_model_is_refused_with_a_message_that_says_so() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Engine.runAll(null));
    assertEquals("Engine.runAll: the model is null", e.getMessage());
  }
}
