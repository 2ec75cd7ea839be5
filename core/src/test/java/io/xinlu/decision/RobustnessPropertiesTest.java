package io.xinlu.decision;

import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.arrays;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.xinlu.decision.Robustness.Sense;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the robustness metrics over generated tables of plans x futures. */
class RobustnessPropertiesTest {
  private static final Gen<Double> VALUE = doubles().between(-1e6, 1e6);
  private static final Gen<Double[]> ROW = arrays().ofClass(VALUE, Double.class).withLengthBetween(1, 30);

  private static double[] unbox(Double[] row) {
    double[] r = new double[row.length];
    for (int i = 0; i < row.length; i++) {
      r[i] = row[i];
    }
    return r;
  }

  private static double[] shuffled(double[] row, long seed) {
    double[] s = row.clone();
    Random rnd = new Random(seed);
    for (int i = s.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      double t = s[i];
      s[i] = s[j];
      s[j] = t;
    }
    return s;
  }

  @Test
  void a_plan_best_in_every_future_has_no_regret() {
    qt().forAll(arrays().ofClass(ROW, Double[].class).withLengthBetween(1, 6), doubles().between(0, 100),
        integers().between(0, 1)).checkAssert((rows, margin, dir) -> {
          Sense sense = dir == 0 ? Sense.MINIMISE : Sense.MAXIMISE;
          int futures = rows[0].length;
          double[][] t = new double[rows.length + 1][futures];
          for (int p = 0; p < rows.length; p++) {
            for (int f = 0; f < futures; f++) {
              t[p][f] = f < rows[p].length ? rows[p][f] : 0.0;
            }
          }
          // the dominating plan: better than every other plan in every future by the margin
          for (int f = 0; f < futures; f++) {
            double best = sense == Sense.MINIMISE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            for (int p = 0; p < rows.length; p++) {
              best = sense == Sense.MINIMISE ? Math.min(best, t[p][f]) : Math.max(best, t[p][f]);
            }
            t[rows.length][f] = best - sense.sign() * margin;
          }
          double[] regret = Robustness.regretFromBest(t, sense);
          assertEquals(0.0, regret[rows.length]);
          assertEquals(0.0, Robustness.meanRegretFromBest(t, sense)[rows.length]);
          for (double r : regret) {
            assertTrue(r >= 0.0);
          }
        });
  }

  @Test
  void mean_worst_and_percentile_ignore_the_order_of_futures() {
    qt().forAll(ROW, longs().all(), doubles().between(0, 1)).checkAssert((boxed, seed, level) -> {
      double[] row = unbox(boxed);
      double[] s = shuffled(row, seed);
      assertEquals(Robustness.mean(row), Robustness.mean(s), 1e-9 * 1e6);
      assertEquals(Robustness.worstCase(row, Sense.MINIMISE), Robustness.worstCase(s, Sense.MINIMISE));
      assertEquals(Robustness.worstCase(row, Sense.MAXIMISE), Robustness.worstCase(s, Sense.MAXIMISE));
      assertEquals(Robustness.percentile(row, level), Robustness.percentile(s, level));
    });
  }

  @Test
  void percentile_lies_between_best_and_worst() {
    qt().forAll(ROW, doubles().between(0, 1)).checkAssert((boxed, level) -> {
      double[] row = unbox(boxed);
      double q = Robustness.percentile(row, level);
      assertTrue(q >= Robustness.worstCase(row, Sense.MAXIMISE) && q <= Robustness.worstCase(row, Sense.MINIMISE));
    });
  }

  @Test
  void satisficing_is_a_share() {
    qt().forAll(ROW, VALUE).checkAssert((boxed, threshold) -> {
      double[] row = unbox(boxed);
      double s = Robustness.satisficing(new double[][] {row}, v -> v[0] <= threshold);
      assertTrue(s >= 0.0 && s <= 1.0);
      int k = 0;
      for (double v : row) {
        k += v <= threshold ? 1 : 0;
      }
      assertEquals(k, s * row.length, 1e-9);
    });
  }
}
