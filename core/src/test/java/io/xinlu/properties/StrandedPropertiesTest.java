package io.xinlu.properties;

import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.xinlu.engine.CompiledScenario;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.policy.ClosedAssets;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The stranded-asset account (MODEL.md, section 22) over generated models: a generated city ({@link ModelGen}, its
 * strategies and scenarios untouched) with a strategy {@code closures} of one to three closure projects
 * {@code c0..c2}, each cutting one sector's final demand, with any ramp, and describing the assets it closes
 * (capital, built year, life), and scenarios {@code close} (the closures at an intensity {@code w}) and
 * {@code close-larger} (the same, each closure scaled by a factor of at least 1).
 */
class StrandedPropertiesTest {
  /** One closure as drawn: the sector, years, ramp, cut, capital, age at the start and life. */
  record Closure(int sector, int start, int length, Ramp ramp, double cut, double capital, int age, double life,
      boolean ends) {}

  /** A generated city with closures. */
  record Case(ModelGen.GeneratedModel g, List<Closure> closures, double intensity, double scale) {
    /** The model with the closures; {@code beyondLife} moves each built year so the asset's life ends by its start. */
    CityModel model(boolean withAssets, boolean beyondLife) {
      Strategy.Builder s = Strategy.builder().id("closures");
      int end = g.endYear();
      for (int j = 0; j < closures.size(); j++) {
        Closure c = closures.get(j);
        int start = Math.min(c.start, end);
        Project.Builder p = Project.builder().id("c" + j).start(start).fullEffect(start + c.length).ramp(c.ramp)
            .addEffect(Effect.scaleDemand(g.profile().sectorIds().get(c.sector), c.cut));
        if (c.ends) {
          p.end(start + c.length + 1);
        }
        if (withAssets) {
          int built = beyondLife ? start - (int) Math.ceil(c.life) - c.age : start - c.age;
          p.closedAssets(ClosedAssets.of(c.capital, built, c.life));
        }
        s.addProjects(p.build());
      }
      Scenario.Builder larger = Scenario.builder().name("close-larger").parent("close");
      for (int j = 0; j < closures.size(); j++) {
        larger.override("c" + j, ProjectOverride.scale(scale));
      }
      return g.with(List.of(s.build()), List.of(
          Scenario.builder().name("close").endYear(end).adopt("closures", intensity).build(), larger.build()));
    }
  }

  private static Gen<Closure> closure(int sectors, int t0, int end) {
    return in -> new Closure(integers().between(0, sectors - 1).generate(in),
        integers().between(t0, end).generate(in), integers().between(0, 6).generate(in),
        Ramp.values()[integers().between(0, Ramp.values().length - 1).generate(in)],
        -doubles().between(0.01, 1.0).generate(in), doubles().between(0.0, 100.0).generate(in),
        integers().between(0, 60).generate(in), doubles().between(0.5, 60.0).generate(in),
        integers().between(0, 4).generate(in) == 0);
  }

  private static Gen<Case> cases() {
    return in -> {
      ModelGen.GeneratedModel g = ModelGen.models(1, 40).generate(in);
      int count = integers().between(1, 3).generate(in);
      List<Closure> closures = new ArrayList<>();
      for (int j = 0; j < count; j++) {
        closures.add(closure(g.profile().sectors().size(), g.baseYear(), g.endYear()).generate(in));
      }
      return new Case(g, closures, doubles().between(0.0, 1.0).generate(in),
          doubles().between(1.0, 5.0).generate(in));
    };
  }

  private static void assertNothingStranded(Run run) {
    assertTrue(run.hasStrandedAssets(), run.scenarioName());
    for (int t : run.years()) {
      assertEquals(0.0, run.strandedValue(t), 0.0, run.scenarioName() + " " + t);
      assertEquals(0.0, run.cumulativeStrandedValue(t), 0.0, run.scenarioName() + " " + t);
      for (String s : run.sectorIds()) {
        assertEquals(0.0, run.strandedValue(t, s), 0.0, run.scenarioName() + " " + s + " " + t);
      }
    }
  }

  /**
   * No closure, no stranded value: the generated city's own scenarios (which do not adopt the closures) and the
   * closures adopted at intensity 0 strand nothing in any year or sector, though the account exists.
   */
  @Test
  void stranded_value_is_zero_when_no_project_closes_capacity() {
    qt().forAll(cases()).checkAssert(c -> {
      CityModel m = c.model(true, false);
      assertNothingStranded(Engine.run(m, ModelGen.BASELINE));
      assertNothingStranded(Engine.run(m, ModelGen.POLICY));
      CityModel idle = CityModel.builder().from(m).addScenario(Scenario.builder().name("idle")
          .endYear(c.g().endYear()).adopt("closures", 0.0).build()).build();
      assertNothingStranded(Engine.run(idle, "idle"));
    });
  }

  /** A closure that comes after the end of its assets' life strands nothing, whatever its size, ramp or timing. */
  @Test
  void stranded_value_is_zero_when_every_closure_comes_after_the_asset_life() {
    qt().forAll(cases()).checkAssert(c -> {
      CityModel m = c.model(true, true);
      assertNothingStranded(Engine.run(m, "close"));
      assertNothingStranded(Engine.run(m, "close-larger"));
    });
  }

  /**
   * Larger closures strand more: scaling every closure by a factor of at least 1, or raising a closure's capital,
   * never lowers the stranded value of any sector in any year, nor the cumulative value.
   */
  @Test
  void stranded_value_is_monotone_in_the_closure_s_size() {
    qt().forAll(cases(), doubles().between(1.0, 3.0)).checkAssert((c, factor) -> {
      CityModel m = c.model(true, false);
      Run small = Engine.run(m, "close");
      Run large = Engine.run(m, "close-larger");
      Parameterization p = Parameterization.of(m, "close", List.of("project/c0/asset-capital"));
      Run richer = p.run(new double[] {p.baseValues()[0] * factor});
      for (int t : small.years()) {
        for (String s : small.sectorIds()) {
          assertTrue(small.strandedValue(t, s) <= large.strandedValue(t, s), s + " " + t + " scaled");
          assertTrue(small.strandedValue(t, s) <= richer.strandedValue(t, s), s + " " + t + " capital");
        }
        assertTrue(small.cumulativeStrandedValue(t) <= large.cumulativeStrandedValue(t), t + " cumulative");
        assertTrue(small.cumulativeStrandedValue(t) <= richer.cumulativeStrandedValue(t), t + " cumulative");
      }
    });
  }

  /**
   * The account follows its definition and is only an account: in every year the stranded value equals
   * {@code sum_j w (c_j(t) - c_j(t-1)) K_j min(1, max(0, 1 - (t - b_j) / L_j))} with {@code c_j} the running maximum
   * of the ramp (read from the compiled scenario), the city total is the sum of the sectors, the cumulative value
   * the running sum and never above {@code sum_j w K_j}; and describing the closed assets changes no other result of
   * the run, bit for bit.
   */
  @Test
  void stranded_value_follows_its_definition_and_changes_nothing_else() {
    qt().forAll(cases()).checkAssert(c -> {
      CityModel m = c.model(true, false);
      CompiledScenario compiled = Engine.compile(m, "close");
      Run run = compiled.run();
      double bound = 0;
      double[] expected = new double[run.yearCount()];
      for (int j = 0; j < c.closures().size(); j++) {
        ClosedAssets a = m.project("c" + j).orElseThrow().closedAssets().orElseThrow();
        bound += c.intensity() * a.capital();
        double closed = 0;
        for (int t = run.baseYear() + 1; t <= run.endYear(); t++) {
          double r = compiled.ramp("c" + j, t);
          double left = Math.min(1, Math.max(0, 1 - (t - a.builtYear()) / a.life()));
          expected[t - run.baseYear()] += c.intensity() * Math.max(0, r - closed) * a.capital() * left;
          closed = Math.max(closed, r);
        }
      }
      double sum = 0;
      for (int t : run.years()) {
        double total = run.strandedValue(t);
        assertEquals(expected[t - run.baseYear()], total, 1e-12 * Math.max(1, bound), "year " + t);
        double bySector = 0;
        for (String s : run.sectorIds()) {
          assertTrue(run.strandedValue(t, s) >= 0, s + " " + t);
          bySector += run.strandedValue(t, s);
        }
        assertEquals(bySector, total, 0.0, "sectors sum to the city in " + t);
        sum += total;
        assertEquals(sum, run.cumulativeStrandedValue(t), 0.0, "running sum in " + t);
      }
      assertTrue(run.cumulativeStrandedValue(run.endYear()) <= bound * (1 + 1e-12), "at most the closed capital");
      Run without = Engine.run(c.model(false, false), "close");
      RunValues.assertBitIdentical(without, run, "closed assets change no result");
    });
  }
}
