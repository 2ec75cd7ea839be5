package io.xinlu.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.xinlu.properties.Theories.qt;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.properties.ModelGen.GeneratedModel;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** More efficiency never costs energy. */
class EfficiencyPropertiesTest {
  private static final String EXTRA = "extra-efficiency";

  /**
   * A generated model and one extra project that only cuts energy intensity.
   *
   * @param generated the model
   * @param project the extra project: one energy-intensity change of {@code -d}, {@code d} in (0, 0.9], on a
   *     sector or tag, with any ramp and years in the horizon, sometimes with a prerequisite
   * @param intensity the intensity its strategy is adopted at, in (0, 1]
   */
  record Case(GeneratedModel generated, Project project, double intensity) {
    @Override
    public String toString() {
      return generated + "extra project (strategy " + EXTRA + " at " + intensity + "): " + project.id() + " "
          + project.start() + ".." + project.fullEffect() + (project.end().isPresent() ? " end "
          + project.end().getAsInt() : "") + " " + project.ramp() + " pre=" + project.prerequisites() + " "
          + project.effects();
    }
  }

  static Gen<Case> cases() {
    Gen<GeneratedModel> models = ModelGen.models();
    return in -> {
      GeneratedModel g = models.generate(in);
      int t0 = g.baseYear();
      int end = g.endYear();
      SectorSelector target = ModelGen.selector(in, g.profile());
      double d = ModelGen.between(in, 1e-9, 0.9);
      int start = ModelGen.integer(in, t0, end);
      int full = ModelGen.integer(in, start, end);
      Project.Builder p = Project.builder()
          .id("efficiency")
          .start(start)
          .fullEffect(full)
          .ramp(Ramp.values()[ModelGen.integer(in, 0, Ramp.values().length - 1)])
          .capitalCost(ModelGen.between(in, 0, 5))
          .addEffect(Effect.energyIntensity(target, -d));
      if (ModelGen.chance(in, 30)) {
        p.end(ModelGen.integer(in, full, end));
      }
      List<Project> existing = g.model().projects();
      if (!existing.isEmpty() && ModelGen.chance(in, 30)) {
        p.addPrerequisite(existing.get(ModelGen.integer(in, 0, existing.size() - 1)).id());
      }
      return new Case(g, p.build(), ModelGen.between(in, 0.01, 1.0));
    };
  }

  /**
   * Property 5. Adding a project whose only effect is an energy-intensity change of {@code -d} on any sector or tag
   * never increases energy use, neither any sector's nor the city's {@code Run.total(ENERGY, t)}, in any year,
   * compared with the same scenario without it; checked for the baseline and for the policy scenario. (Value added
   * does not depend on energy intensity, and each factor {@code max(0, 1 - d w r)} is at most 1, so this holds
   * exactly in floating point: rounding is monotone.)
   */
  @Test
  void more_energy_efficiency_never_raises_energy_use() {
    qt().forAll(cases()).checkAssert(c -> {
      GeneratedModel g = c.generated();
      CityModel model = g.with(
          List.of(Strategy.builder().id(EXTRA).addProject(c.project()).build()),
          List.of(
              Scenario.builder().name("baseline-efficient").parent(ModelGen.BASELINE)
                  .adopt(EXTRA, c.intensity()).build(),
              Scenario.builder().name("policy-efficient").parent(ModelGen.POLICY)
                  .adopt(EXTRA, c.intensity()).build()));
      for (String scenario : List.of(ModelGen.BASELINE, ModelGen.POLICY)) {
        Run without = Engine.run(model, scenario);
        Run with = Engine.run(model, scenario + "-efficient");
        for (int t : without.years()) {
          double before = without.total(Quantity.ENERGY, t);
          double after = with.total(Quantity.ENERGY, t);
          assertTrue(after <= before, scenario + " " + t + ": total energy rose from " + before + " to " + after);
          for (String id : without.sectorIds()) {
            double b = without.value(Quantity.ENERGY, t, id);
            double a = with.value(Quantity.ENERGY, t, id);
            assertTrue(a <= b, scenario + " " + t + " " + id + ": energy rose from " + b + " to " + a);
          }
        }
      }
    });
  }
}
