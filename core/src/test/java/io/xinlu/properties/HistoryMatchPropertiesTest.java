package io.xinlu.properties;

import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.history.HistoryMatch;
import io.xinlu.history.ObservedSeries;
import io.xinlu.history.Tolerance;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Indicators;
import io.xinlu.properties.ModelGen.GeneratedModel;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * History matching over generated models, with the macro shock as the uncertain parameter of the policy scenario:
 * widening every tolerance never removes a kept point, and the point the observations were made from is always kept
 * when they carry no noise, whatever the tolerances (zero included) or implausibility deviations.
 */
class HistoryMatchPropertiesTest {
  private static final List<Indicator> OBSERVED = List.of(Indicators.gdp(), Indicators.energy(), Indicators.co2());
  private static final String SHOCK = "macro-shock";
  private static final ParameterSpace SPACE = ParameterSpace.builder()
      .parameter(SHOCK, Distribution.uniform(-0.02, 0.02)).build();

  /** Every second year of a run from its base year, each value times {@code 1 + noise}, finite values only. */
  private static List<ObservedSeries> observe(Run run, Choices.Cursor c, double noise) {
    List<ObservedSeries> out = new ArrayList<>();
    for (Indicator indicator : OBSERVED) {
      ObservedSeries.Builder b = ObservedSeries.builder(indicator.id(), indicator.unit());
      int added = 0;
      for (int y = run.baseYear(); y <= run.endYear(); y += 2) {
        double v = indicator.value(run, y) * (1 + noise * (2 * c.nextDouble() - 1));
        if (Double.isFinite(v)) {
          b.add(y, v, "run '" + run.scenarioName() + "' with noise");
          added++;
        }
      }
      if (added > 0) {
        out.add(b.build());
      }
    }
    return out;
  }

  /** A tolerance of up to 10 % and up to 5 % of the series' first value, each 0 a third of the time. */
  private static Tolerance tolerance(ObservedSeries s, Choices.Cursor c) {
    double relative = c.nextInt(3) == 0 ? 0 : 0.1 * c.nextDouble();
    double absolute = c.nextInt(3) == 0 ? 0 : 0.05 * Math.abs(s.value(0)) * c.nextDouble();
    return Tolerance.of(absolute, relative);
  }

  @Test
  void widening_every_tolerance_never_removes_a_kept_point() {
    qt().forAll(ModelGen.models(1, 30), Choices.of(120)).checkAssert((GeneratedModel g, Choices choices) -> {
      Choices.Cursor c = choices.cursor();
      double truth = -0.01 + 0.02 * c.nextDouble();
      Parameterization p = Parameterization.of(g.model(), ModelGen.POLICY, List.of(SHOCK));
      double[][] design = new double[12][];
      for (int i = 0; i < design.length; i++) {
        design[i] = new double[] {-0.02 + 0.04 * c.nextDouble()};
      }
      int maxMisses = c.nextInt(3);
      double factor = 1 + 2 * c.nextDouble();
      double extra = c.nextInt(2) == 0 ? 0 : 0.05 * c.nextDouble();
      List<ObservedSeries> observed = observe(p.run(new double[] {truth}), c, 0.05);
      HistoryMatch.Builder narrow = HistoryMatch.builder(g.model(), ModelGen.POLICY)
          .design(Designs.table(design), SPACE).observe(observed).maxMisses(maxMisses);
      HistoryMatch.Builder wide = HistoryMatch.builder(g.model(), ModelGen.POLICY)
          .design(Designs.table(design), SPACE).observe(observed).maxMisses(maxMisses);
      for (ObservedSeries s : observed) {
        Tolerance t = tolerance(s, c);
        narrow.tolerance(s.indicator(), t);
        Tolerance widened = t.scaled(factor);
        wide.tolerance(s.indicator(), Tolerance.of(widened.absolute(), widened.relative() + extra));
      }
      HistoryMatch before = narrow.run();
      HistoryMatch after = wide.run();
      for (int i : before.keptIndices()) {
        assertTrue(after.isKept(i), "point " + i + " " + Arrays.toString(before.point(i)) + " kept by " + before
            + " but not by " + after);
        assertTrue(after.misses(i) <= before.misses(i), "point " + i);
      }
      assertTrue(after.keptCount() >= before.keptCount());
      // allowing one more miss never removes a kept point either
      HistoryMatch looser = narrow.maxMisses(maxMisses + 1).run();
      for (int i : before.keptIndices()) {
        assertTrue(looser.isKept(i), "point " + i);
      }
    });
  }

  @Test
  void the_point_the_observations_come_from_is_always_kept_when_they_carry_no_noise() {
    qt().forAll(ModelGen.models(1, 30), Choices.of(120)).checkAssert((GeneratedModel g, Choices choices) -> {
      Choices.Cursor c = choices.cursor();
      double truth = -0.02 + 0.04 * c.nextDouble();
      Parameterization p = Parameterization.of(g.model(), ModelGen.POLICY, List.of(SHOCK));
      int at = c.nextInt(12);
      double[][] design = new double[12][];
      for (int i = 0; i < design.length; i++) {
        design[i] = new double[] {i == at ? truth : -0.02 + 0.04 * c.nextDouble()};
      }
      List<ObservedSeries> observed = observe(p.run(new double[] {truth}), c, 0);
      HistoryMatch.Builder b = HistoryMatch.builder(g.model(), ModelGen.POLICY)
          .design(Designs.table(design), SPACE).observe(observed);
      for (ObservedSeries s : observed) {
        if (c.nextInt(3) == 0) {
          b.implausibility(s.indicator(), c.nextDouble(), 0.001 + c.nextDouble());
        } else {
          b.tolerance(s.indicator(), tolerance(s, c));
        }
      }
      HistoryMatch m = b.run();
      assertTrue(m.isKept(at), "the truth, point " + at + ", in " + m);
      assertEquals(0, m.misses(at));
      assertEquals(truth, m.point(at)[0], 0);
    });
  }
}
