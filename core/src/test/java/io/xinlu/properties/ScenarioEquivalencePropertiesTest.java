package io.xinlu.properties;

import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenarios that carry out nothing are the baseline. */
class ScenarioEquivalencePropertiesTest {
  /**
   * Property 3. A scenario without projects gives bit for bit the baseline's values, for every quantity and year.
   * Four ways of having no project are checked against the baseline: a child of the baseline adopting nothing; a
   * root scenario copying the baseline's assumptions under another name; a scenario adopting every strategy (at
   * the policy's intensities) but excluding every project; and a scenario adopting only a strategy that has no
   * projects.
   */
  @Test
  void a_scenario_without_projects_is_the_baseline_bit_for_bit() {
    qt().forAll(ModelGen.models(), doubles().between(0, 1)).checkAssert((g, w) -> {
      Scenario baseline = g.model().scenario(ModelGen.BASELINE);
      assertEquals(baseline, copy(baseline, ModelGen.BASELINE), "the builder states every part of a scenario");
      Scenario.Builder excluded = Scenario.builder().name("all-excluded").parent(ModelGen.BASELINE);
      for (int s = 0; s < g.model().strategies().size(); s++) {
        Strategy strategy = g.model().strategies().get(s);
        excluded.adopt(strategy.id(), g.intensities().get(s));
        for (Project p : strategy.projects()) {
          excluded.exclude(p.id());
        }
      }
      CityModel model = g.with(
          List.of(Strategy.builder().id("no-projects").build()),
          List.of(
              Scenario.builder().name("no-adoption").parent(ModelGen.BASELINE).build(),
              copy(baseline, "copy"),
              excluded.build(),
              Scenario.builder().name("empty-strategy").parent(ModelGen.BASELINE).adopt("no-projects", w).build()));
      Run expected = Engine.run(model, ModelGen.BASELINE);
      RunValues.assertBitIdentical(Engine.run(g.model(), ModelGen.BASELINE), expected,
          "baseline of the extended model");
      for (String name : List.of("no-adoption", "copy", "all-excluded", "empty-strategy")) {
        RunValues.assertBitIdentical(expected, Engine.run(model, name), name);
      }
    });
  }

  /**
   * Property 4. Adopting every strategy at intensity 0 (with any start shift in [0, 5] years, fractional
   * included; a negative shift may move a project before the base year, which the model rejects) gives the baseline's values, to 1e-12 relative. The tolerance leaves room for a future engine that
   * adds zero-sized effects in another order; this engine is in fact bit-identical, since every effect size and
   * capital cost becomes {@code +-0.0}, {@code 1 + (+-0.0) r} is exactly 1 and {@code g + (+-0.0)} is exactly
   * {@code g}.
   */
  @Test
  void adopting_every_strategy_at_intensity_zero_changes_nothing() {
    qt().forAll(ModelGen.models(), doubles().between(0, 5)).checkAssert((g, shift) -> {
      Scenario.Builder zero = Scenario.builder().name("zero").parent(ModelGen.BASELINE);
      for (Strategy s : g.model().strategies()) {
        zero.adopt(s.id(), 0.0, shift);
      }
      CityModel model = g.with(List.of(), List.of(zero.build()));
      RunValues.assertClose(Engine.run(model, ModelGen.BASELINE), Engine.run(model, "zero"), 1e-12,
          "intensity 0");
    });
  }

  /**
   * The compiler works out effect factors for all years at once when none of a kind can be clamped (every size at
   * least -1), and year by year otherwise. Both must give the same bits. A project that starts at the horizon's end
   * (a linear ramp, so 0 in every year of the run) with scale-demand, energy and emission effects of size -2 on
   * every sector sends those kinds down the year-by-year path and changes nothing else: its factors are exactly 1.
   * The policy scenario with and without it must be equal bit for bit.
   */
  @Test
  void effect_factors_for_all_years_at_once_are_the_year_by_year_factors_bit_for_bit() {
    qt().forAll(ModelGen.models()).checkAssert(g -> {
      CityModel model = g.model();
      int end = model.scenario(ModelGen.POLICY).endYear().orElse(model.scenario(ModelGen.BASELINE).endYear()
          .orElseThrow());
      Project.Builder late = Project.builder().id("late").start(end).fullEffect(end + 10).ramp(Ramp.LINEAR);
      for (String id : model.profile().sectorIds()) {
        late.addEffects(Effect.scaleDemand(SectorSelector.sector(id), -2),
            Effect.energyIntensity(SectorSelector.sector(id), -2), Effect.emissionFactor(SectorSelector.sector(id), -2));
      }
      CityModel extended = g.with(List.of(Strategy.builder().id("late-strategy").addProjects(late.build()).build()),
          List.of(Scenario.builder().name("policy-late").parent(ModelGen.POLICY).adopt("late-strategy", 1.0)
              .build()));
      RunValues.assertBitIdentical(Engine.run(model, ModelGen.POLICY), Engine.run(extended, "policy-late"),
          "policy with a late project");
    });
  }

  /** A root scenario that states everything {@code s} states, under another name, through the domain's builder. */
  private static Scenario copy(Scenario s, String name) {
    Scenario.Builder b = Scenario.builder().name(name).description(s.description());
    s.parent().ifPresent(b::parent);
    s.endYear().ifPresent(b::endYear);
    s.adoptions().forEach(b::adopt);
    s.projectOverrides().forEach(b::override);
    s.growthOverrides().forEach(b::growthOverride);
    s.macroShock().ifPresent(b::macroShock);
    s.emissionFactorPaths().forEach(b::emissionFactorPath);
    s.reemploymentRate().ifPresent(b::reemploymentRate);
    s.populationPath().ifPresent(b::populationPath);
    return b.build();
  }
}
