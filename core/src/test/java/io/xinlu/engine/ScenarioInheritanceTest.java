package io.xinlu.engine;

import static io.xinlu.engine.TestModels.EPS;
import static io.xinlu.engine.TestModels.project;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.step;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.xinlu.economy.CityProfile;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.SectorSelector;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.ResolvedScenario;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.StrategyAdoption;
import io.xinlu.scenario.YearPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenario inheritance (MODEL.md, "Scenarios"): a child inherits everything from its parent and overrides only what
 * it names; project overrides merge part by part; include and exclude.
 *
 * <pre>
 * sector  V(t0)  N(t0)  E(t0)  c    tags     (no trends)
 * a       100    100    50     2.0  green
 * b        50     50    10     3.0  -
 * population 1000, growing 0.01
 *
 * strategy s1: p  linear 2022 -> 2024, new capacity a +10, capital 4
 * strategy s2: q  step 2023, new capacity b +6
 * </pre>
 * Scenario {@code plan} (to 2026): adopts s1 at 0.5, rho 0.7, growth of a 0.10 in 2022 only, macro shock -0.05 in
 * 2023, emission factor of #green linear from 1 (2021) to 0.6 (2025), population linear 1100 (2022) to 1200 (2024),
 * p delayed by 1 year.
 */
class ScenarioInheritanceTest {
  private static final Scenario PLAN = Scenario.builder().name("plan").endYear(2026)
      .adopt("s1", 0.5)
      .reemploymentRate(0.7)
      .growthOverride("a", YearPath.exact(Map.of(2022, 0.10)))
      .macroShock(YearPath.exact(Map.of(2023, -0.05)))
      .emissionFactorPath(SectorSelector.tag("green"), YearPath.linear(Map.of(2021, 1.0, 2025, 0.6)))
      .populationPath(YearPath.linear(Map.of(2022, 1100.0, 2024, 1200.0)))
      .override("p", ProjectOverride.delay(1))
      .build();

  private static CityModel model(Scenario... children) {
    CityProfile city = CityProfile.builder().name("inherit").baseYear(2020)
        .addSectors(
            sector("a", 100).employment(100).energy(50).emissionFactor(2.0).addTag("green").build(),
            sector("b", 50).employment(50).energy(10).emissionFactor(3.0).build())
        .population(1000).populationGrowth(0.01)
        .build();
    return CityModel.builder().profile(city)
        .addStrategy(strategy("s1",
            project("p", 2022, 2024, Ramp.LINEAR, Effect.newCapacity("a", 10)).capitalCost(4).build()))
        .addStrategy(strategy("s2", step("q", 2023, Effect.newCapacity("b", 6))))
        .addScenario(PLAN)
        .addScenarios(children)
        .build();
  }

  private static Scenario.Builder child(String name) {
    return Scenario.builder().name(name).parent("plan");
  }

  @Test
  void the_parent_scenario_computes_as_mode_lmd_says() {
    Run run = Engine.run(model(), "plan");
    // p: delayed to 2023 -> 2025 (r = 0.5 in 2024), size 10 * 0.5 = 5
    // a: g = 0, 0.10 (2022), -0.05 (2023, shock), 0, ... -> yb = 100, 110, 104.5, 104.5
    double yb = 100 * 1.10 * 0.95;
    assertEquals(100 * 1.10, run.value(Quantity.FINAL_DEMAND, 2022, "a"), EPS);
    assertEquals(yb + 5 * 0.0, run.value(Quantity.FINAL_DEMAND, 2023, "a"), EPS);
    assertEquals(yb + 5 * 0.5, run.value(Quantity.FINAL_DEMAND, 2024, "a"), EPS);
    assertEquals(yb + 5 * 1.0, run.value(Quantity.FINAL_DEMAND, 2025, "a"), EPS);
    assertEquals(50 * 0.95, run.value(Quantity.FINAL_DEMAND, 2023, "b"), EPS);
    // C_a = c m(t) e V with e = 0.5 and m(2024) = 0.7
    assertEquals(2.0 * 0.7 * 0.5 * (yb + 2.5), run.value(Quantity.CO2, 2024, "a"), EPS);
    assertEquals(1150, run.total(Quantity.POPULATION, 2023), EPS);
    assertEquals(0.7, run.total(Quantity.REEMPLOYMENT_RATE, 2024), EPS);
    // capital 4 * 0.5 over 2023 and 2024
    assertEquals(1.0, run.total(Quantity.INVESTMENT, 2023), EPS);
    assertEquals(1.0, run.total(Quantity.INVESTMENT, 2024), EPS);
    assertEquals(2026, run.endYear());
  }

  @Test
  void a_child_that_names_nothing_inherits_everything() {
    CityModel model = model(child("child").build());
    ResolvedScenario r = model.resolve("child");
    assertEquals(List.of("plan", "child"), r.lineage());
    assertEquals(2026, r.endYear());
    assertEquals(Map.of("s1", StrategyAdoption.of(0.5)), r.adoptions());
    assertEquals(0.7, r.reemploymentRate());
    assertEquals(PLAN.growthOverrides(), r.growthOverrides());
    assertEquals(PLAN.macroShock(), r.macroShock());
    assertEquals(PLAN.emissionFactorPaths(), r.emissionFactorPaths());
    assertEquals(PLAN.populationPath(), r.populationPath());
    assertEquals(ProjectOverride.delay(1), r.projectOverride("p"));

    Run parent = Engine.run(model, "plan");
    Run child = Engine.run(model, "child");
    assertEquals(2026, child.endYear());
    for (Quantity q : List.of(Quantity.FINAL_DEMAND, Quantity.VALUE_ADDED, Quantity.CO2, Quantity.EMPLOYMENT)) {
      for (String s : List.of("a", "b")) {
        assertArrayEquals(parent.series(q, s), child.series(q, s), q + " of " + s);
      }
    }
    for (Quantity q : List.of(Quantity.POPULATION, Quantity.INVESTMENT, Quantity.REEMPLOYMENT_RATE,
        Quantity.DISPLACED_WORKERS)) {
      assertArrayEquals(parent.totalSeries(q), child.totalSeries(q), q.label());
    }
  }

  @Test
  void a_grandchild_inherits_through_its_parent() {
    CityModel model = model(child("child").reemploymentRate(0.4).build(),
        Scenario.builder().name("grandchild").parent("child").build());
    ResolvedScenario r = model.resolve("grandchild");
    assertEquals(List.of("plan", "child", "grandchild"), r.lineage());
    assertEquals(0.4, r.reemploymentRate());
    assertEquals(2026, r.endYear());
    assertEquals(ProjectOverride.delay(1), r.projectOverride("p"));
  }

  @Test
  void what_a_child_names_replaces_the_parents() {
    Scenario own = child("own").endYear(2024)
        .adopt("s1", 1.0)
        .reemploymentRate(0.3)
        .growthOverride("a", YearPath.stepwise(Map.of(2021, 0.05)))
        .macroShock(YearPath.stepwise(Map.of(2022, -0.01)))
        .emissionFactorPath(SectorSelector.tag("green"), YearPath.exact(Map.of(2022, 0.5)))
        .populationPath(YearPath.exact(Map.of(2023, 900.0)))
        .build();
    Run run = Engine.run(model(own), "own");
    assertEquals(2024, run.endYear());
    assertEquals(0.3, run.total(Quantity.REEMPLOYMENT_RATE, 2022), EPS);
    // a: g = 0.05 (2021), 0.05 - 0.01 from 2022; p still delayed by the parent's year but at intensity 1
    double yb2022 = 100 * 1.05 * 1.04;
    double yb2024 = 100 * 1.05 * 1.04 * 1.04 * 1.04;
    assertEquals(yb2022, run.value(Quantity.FINAL_DEMAND, 2022, "a"), EPS);
    assertEquals(yb2024 + 10 * 0.5, run.value(Quantity.FINAL_DEMAND, 2024, "a"), EPS);
    // b: the new shock -0.01 from 2022, the parent's -0.05 in 2023 is gone
    assertEquals(50 * 0.99 * 0.99 * 0.99, run.value(Quantity.FINAL_DEMAND, 2024, "b"), EPS);
    // #green emission factor 0.5 in 2022 only
    assertEquals(2.0 * 0.5 * 0.5 * yb2022, run.value(Quantity.CO2, 2022, "a"), EPS);
    assertEquals(2.0 * 1.0 * 0.5 * (100 * 1.05 * 1.04 * 1.04), run.value(Quantity.CO2, 2023, "a"), EPS);
    // population: the profile's growth except in 2023
    assertEquals(1000 * 1.01 * 1.01, run.total(Quantity.POPULATION, 2022), EPS);
    assertEquals(900, run.total(Quantity.POPULATION, 2023), EPS);
    assertEquals(1000 * Math.pow(1.01, 4), run.total(Quantity.POPULATION, 2024), EPS);
    // capital 4 * 1 over 2023 and 2024
    assertEquals(2.0, run.total(Quantity.INVESTMENT, 2023), EPS);
  }

  @Test
  void a_child_adoption_adds_to_the_inherited_ones() {
    CityModel model = model(child("more").adopt("s2").build());
    assertEquals(Map.of("s1", StrategyAdoption.of(0.5), "s2", StrategyAdoption.full()),
        model.resolve("more").adoptions());
    Run run = Engine.run(model, "more");
    assertEquals(50 * 0.95 + 6, run.value(Quantity.FINAL_DEMAND, 2023, "b"), EPS);
    assertEquals(100 * 1.10 * 0.95 + 5 * 0.5, run.value(Quantity.FINAL_DEMAND, 2024, "a"), EPS);
  }

  @Test
  void project_overrides_merge_part_by_part_delay_from_the_parent_scale_from_the_child() {
    CityModel model = model(child("scaled").override("p", ProjectOverride.scale(2)).build());
    assertEquals(ProjectOverride.delay(1).withScale(2), model.resolve("scaled").projectOverride("p"));
    CompiledScenario c = Engine.compile(model, "scaled");
    // delay 1: 2023 -> 2025
    assertEquals(0.0, c.ramp("p", 2023));
    assertEquals(0.5, c.ramp("p", 2024), EPS);
    Run run = c.run();
    // size 10 * intensity 0.5 * scale 2 = 10
    assertEquals(100 * 1.10 * 0.95 + 10 * 0.5 * 2, run.value(Quantity.FINAL_DEMAND, 2025, "a"), EPS);
    // capital 4 * 0.5 * 2 = 4 over 2023, 2024
    assertEquals(2.0, run.total(Quantity.INVESTMENT, 2023), EPS);
    assertEquals(2.0, run.total(Quantity.INVESTMENT, 2024), EPS);
  }

  @Test
  void a_child_delay_replaces_the_parents_delay_rather_than_adding_to_it() {
    CityModel model = model(child("later").override("p", ProjectOverride.delay(3)).build());
    CompiledScenario c = Engine.compile(model, "later");
    // delay 3 (not 1 + 3): 2025 -> 2027
    assertEquals(0.0, c.ramp("p", 2025));
    assertEquals(0.5, c.ramp("p", 2026), EPS);
  }

  @Test
  void including_a_project_of_a_strategy_not_adopted_runs_it_at_intensity_one() {
    CityModel model = model(child("with-q").include("q").build());
    CompiledScenario c = Engine.compile(model, "with-q");
    assertEquals(List.of("p", "q"), c.activeProjectIds());
    Run run = c.run();
    assertEquals(50, run.value(Quantity.FINAL_DEMAND, 2022, "b"), EPS);
    assertEquals(50 * 0.95 + 6, run.value(Quantity.FINAL_DEMAND, 2023, "b"), EPS);
    assertEquals(50 * 0.95 + 6, run.value(Quantity.FINAL_DEMAND, 2026, "b"), EPS);
  }

  @Test
  void an_included_project_can_be_scaled() {
    CityModel model = model(child("half-q").override("q", ProjectOverride.include().withScale(0.5))
        .build());
    Run run = Engine.run(model, "half-q");
    assertEquals(50 * 0.95 + 6 * 0.5, run.value(Quantity.FINAL_DEMAND, 2023, "b"), EPS);
  }

  @Test
  void excluding_a_project_removes_its_effects_and_capital() {
    CityModel model = model(child("no-p").exclude("p").build());
    CompiledScenario c = Engine.compile(model, "no-p");
    assertFalse(c.activeProjectIds().contains("p"));
    Run run = c.run();
    for (int t = 2023; t <= 2026; t++) {
      assertEquals(100 * 1.10 * 0.95, run.value(Quantity.FINAL_DEMAND, t, "a"), EPS);
      assertEquals(0.0, run.total(Quantity.INVESTMENT, t));
    }
  }

  @Test
  void a_grandchild_can_include_again_what_its_parent_excluded() {
    CityModel model = model(child("no-p").exclude("p").build(),
        Scenario.builder().name("p-again").parent("no-p").include("p").build());
    // included again, with the delay of 1 year from plan: full effect 2025
    assertEquals(ProjectOverride.delay(1).withIncluded(true), model.resolve("p-again").projectOverride("p"));
    Run run = Engine.run(model, "p-again");
    assertEquals(100 * 1.10 * 0.95 + 5, run.value(Quantity.FINAL_DEMAND, 2025, "a"), EPS);
  }
}
