package io.xinlu.engine;

import static io.xinlu.engine.TestModels.T0;
import static io.xinlu.engine.TestModels.project;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.step;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.ResourceStock;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.SectorSelector;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A compilation with parameter values shares the rows of yearly factors, the clamps and the ramps with the
 * scenario's reference compilation wherever their inputs have the same bits. Sharing must be invisible: for any
 * values, the run equals, bit for bit and event for event, the run of the same values compiled without sharing.
 * The model has a bit of everything that sharing must get right: an input-output table, resources that run out,
 * prerequisites, a growth override, a shock and an emission-factor path, and effects that clamp.
 */
class SharedCompilationTest {
  private static final int END = T0 + 25;

  private static final List<String> PATHS = List.of("sector/a/growth", "sector/b/intensity-decline",
      "sector/c/productivity-growth", "project/p1/delay", "project/p2/scale", "project/p1/effect/3",
      "strategy/s1/intensity", "strategy/s2/start-shift", "macro-shock", "emission-factor-path",
      "reemployment-rate");

  private static CityModel model() {
    List<String> ids = List.of("a", "b", "c", "d");
    double[][] a = {{0.1, 0.05, 0.0, 0.1}, {0.2, 0.1, 0.05, 0.0}, {0.0, 0.1, 0.1, 0.05}, {0.05, 0.0, 0.2, 0.1}};
    double[] v = {0.65, 0.75, 0.65, 0.75};
    CityProfile city = CityProfile.builder().name("shared").baseYear(T0)
        .addSectors(
            sector("a", 100).growth(0.02).energy(30).emissionFactor(2.5).employment(400).addTag("heavy").build(),
            sector("b", 60).growth(0.04).energy(10).emissionFactor(2.0).employment(300).productivityGrowth(0.02)
                .energyIntensityDecline(0.01).resource(ResourceStock.of(900, 1.0)).build(),
            sector("c", 80).growth(0.05).energy(5).emissionFactor(1.0).employment(500).addTag("heavy")
                .resource(ResourceStock.of(2500, 0.5)).build(),
            sector("d", 40).growth(0.06).energy(2).emissionFactor(0.5).employment(200).build())
        .inputOutputTable(InputOutputTable.of(ids, a, v))
        .build();
    Project p1 = project("p1", T0 + 2, T0 + 6, Ramp.LINEAR, Effect.newCapacity("d", 20),
        Effect.energyIntensity(SectorSelector.tag("heavy"), -0.3), Effect.scaleDemand("a", -0.6))
        .capitalCost(12).build();
    Project p2 = project("p2", T0 + 3, T0 + 8, Ramp.LOGISTIC, Effect.emissionFactor("a", -0.4),
        Effect.productivity("c", 0.2), Effect.growthShift("d", 0.01))
        .capitalCost(6).addPrerequisites("p1").build();
    Project p3 = step("p3", T0 + 4, Effect.reemployment(0.3), Effect.newCapacity("b", 15));
    return CityModel.builder().profile(city)
        .addStrategy(strategy("s1", p1, p2))
        .addStrategy(strategy("s2", p3))
        .addScenario(Scenario.builder().name("plan").endYear(END).adopt("s1", 0.8).adopt("s2")
            .reemploymentRate(0.6)
            .growthOverride("a", YearPath.linear(Map.of(T0 + 5, 0.01, T0 + 15, -0.02)))
            .macroShock(YearPath.exact(Map.of(T0 + 3, -0.03)))
            .emissionFactorPath(SectorSelector.tag("heavy"), YearPath.linear(Map.of(T0 + 1, 1.0, END, 0.5)))
            .build())
        .build();
  }

  /** Values for {@link #PATHS}: each either its value as given or drawn, so that runs share some groups. */
  private static Gen<double[]> values(double[] given) {
    Gen<double[]> drawn = doubles().between(-0.05, 0.08).zip(doubles().between(0.0, 0.1),
        doubles().between(-0.05, 0.1), doubles().between(0.0, 6.0), doubles().between(0.0, 3.0),
        (g, d, p, delay, scale) -> new double[] {g, d, p, delay, scale});
    Gen<double[]> more = doubles().between(-1.5, 0.5).zip(doubles().between(0.0, 1.0),
        doubles().between(0.0, 4.0), doubles().between(-0.02, 0.02), doubles().between(0.0, 2.0),
        (effect, intensity, shift, shock, path) -> new double[] {effect, intensity, shift, shock, path});
    return drawn.zip(more, doubles().between(0.0, 1.0), integers().between(0, (1 << PATHS.size()) - 1),
        (x, y, rate, keep) -> {
          double[] out = new double[PATHS.size()];
          for (int k = 0; k < out.length; k++) {
            double fresh = k < 5 ? x[k] : k < 10 ? y[k - 5] : rate;
            out[k] = (keep & (1 << k)) != 0 ? given[k] : fresh;
          }
          return out;
        });
  }

  @Test
  void sharing_rows_with_the_reference_compilation_changes_no_bit_of_any_run() {
    CityModel m = model();
    Parameterization p = Parameterization.of(m, "plan", PATHS);
    double[] given = p.baseValues();
    qt().withExamples(300).forAll(values(given)).checkAssert(values -> {
      Run shared = p.compile(values).run();
      Run fresh = p.compileUnshared(values).run();
      assertSameRun(fresh, shared);
    });
  }

  @Test
  void the_reference_model_exercises_depletion_clamps_and_deferral() {
    // the property above is only as good as the model: its run must deplete, clamp and defer
    Run run = Parameterization.of(model(), "plan", PATHS).compileUnshared(
        new double[] {0.02, 0.01, 0.0, 0.0, 1.0, -1.5, 0.8, 0.0, 0.0, 1.0, 0.9}).run();
    assertFalse(TestModels.events(run, Event.Depletion.class).isEmpty(), "no depletion: " + run.events());
    assertFalse(TestModels.events(run, Event.Clamp.class).isEmpty(), "no clamp: " + run.events());
    assertFalse(TestModels.events(run, Event.Deferral.class).isEmpty(), "no deferral: " + run.events());
  }

  private static void assertSameRun(Run expected, Run actual) {
    assertEquals(expected.events(), actual.events());
    for (Quantity q : Quantity.values()) {
      if (!expected.has(q)) {
        continue;
      }
      if (q.isPerSector()) {
        for (String s : expected.sectorIds()) {
          if ((q == Quantity.RESOURCE_STOCK || q == Quantity.EXTRACTION)
              && !expected.resourceSectorIds().contains(s)) {
            continue;
          }
          assertArrayEquals(expected.series(q, s), actual.series(q, s), q + " of " + s);
        }
      } else {
        assertArrayEquals(expected.totalSeries(q), actual.totalSeries(q), q.toString());
      }
    }
  }
}
