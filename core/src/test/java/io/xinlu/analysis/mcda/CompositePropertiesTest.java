package io.xinlu.analysis.mcda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Properties of normalization, weights, TOPSIS, the composite index and weight perturbations over generated decision
 * matrices (QuickTheories; seed and number of examples from the {@code QT_SEED} and {@code QT_EXAMPLES} system
 * properties, 200 examples in the build).
 *
 * <p>A generated matrix has 2 to 8 alternatives and 1 to 6 criteria of random types with values in [0.01, 1000]
 * (positive, as vector normalization wants), positive raw weights, one criterion to rescale and a positive factor
 * between 1e-3 and 1e3.
 */
class CompositePropertiesTest {
  private static final List<Normalization> NORMALIZATIONS = List.of(Normalization.vector(), Normalization.minMax(),
      Normalization.minMax(0.01), Normalization.zScore(), Normalization.linearMax());

  /** {@code qt()} with a bounded shrink budget, as the other property tests. */
  private static QuickTheory qt() {
    QuickTheory qt = QuickTheory.qt();
    return System.getProperty("QT_SHRINKS") == null ? qt.withShrinkCycles(1000) : qt;
  }

  /** A drawn case. */
  record Case(double[][] values, List<CriterionType> types, double[] rawWeights, int scaled, double factor,
      long seed) {
    DecisionMatrix matrix() {
      return matrix(values);
    }

    /** The matrix with criterion {@link #scaled} multiplied by {@link #factor}. */
    DecisionMatrix rescaled() {
      double[][] v = new double[values.length][];
      for (int i = 0; i < v.length; i++) {
        v[i] = values[i].clone();
        v[i][scaled] *= factor;
      }
      return matrix(v);
    }

    private DecisionMatrix matrix(double[][] v) {
      List<String> alternatives = new ArrayList<>();
      for (int i = 0; i < v.length; i++) {
        alternatives.add("a" + i);
      }
      List<String> criteria = new ArrayList<>();
      for (int j = 0; j < types.size(); j++) {
        criteria.add("c" + j);
      }
      return DecisionMatrix.of(alternatives, criteria, types, v);
    }

    Weights weights() {
      return Weights.proportionalTo(rawWeights);
    }

    /** Whether some criterion varies (else TOPSIS and entropy weights are undefined). */
    boolean separates() {
      for (int j = 0; j < types.size(); j++) {
        if (varies(j)) {
          return true;
        }
      }
      return false;
    }

    /** Whether every criterion varies (else CRITIC is undefined). */
    boolean allVary() {
      for (int j = 0; j < types.size(); j++) {
        if (!varies(j)) {
          return false;
        }
      }
      return true;
    }

    private boolean varies(int j) {
      for (double[] row : values) {
        if (row[j] != values[0][j]) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return "values " + Arrays.deepToString(values) + ", types " + types + ", weights "
          + Arrays.toString(rawWeights) + ", criterion " + scaled + " times " + factor + ", seed " + seed;
    }
  }

  static Gen<Case> cases() {
    return in -> {
      int m = integers().between(2, 8).generate(in);
      int n = integers().between(1, 6).generate(in);
      double[][] v = new double[m][n];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          v[i][j] = value(in);
        }
      }
      List<CriterionType> types = new ArrayList<>();
      double[] w = new double[n];
      for (int j = 0; j < n; j++) {
        types.add(integers().between(0, 1).generate(in) == 0 ? CriterionType.BENEFIT : CriterionType.COST);
        w[j] = doubles().between(0.01, 1).generate(in);
      }
      int scaled = integers().between(0, n - 1).generate(in);
      double factor = Math.pow(10, doubles().between(-3, 3).generate(in));
      return new Case(v, types, w, scaled, factor, longs().all().generate(in));
    };
  }

  private static double value(RandomnessSource in) {
    return doubles().between(0.01, 1000).generate(in);
  }

  /**
   * TOPSIS closeness lies in [0, 1] and does not change when one criterion's column is multiplied by a positive
   * constant, under every normalization.
   */
  @Test
  void topsis_closeness_lies_in_zero_one_and_is_invariant_to_scaling_a_criterion() {
    qt().forAll(cases()).checkAssert(c -> {
      if (!c.separates()) {
        return;
      }
      for (Normalization n : NORMALIZATIONS) {
        double[] before = Topsis.of(c.matrix(), c.weights(), n).closeness();
        double[] after = Topsis.of(c.rescaled(), c.weights(), n).closeness();
        for (int i = 0; i < before.length; i++) {
          assertTrue(before[i] >= 0 && before[i] <= 1, n + ": closeness " + before[i]);
          assertTrue(after[i] >= 0 && after[i] <= 1, n + ": closeness after scaling " + after[i]);
          assertEquals(before[i], after[i], 1e-9, n + ": alternative " + i);
        }
      }
    });
  }

  /** Ranks run from 1 (at least one alternative) to at most m, and a higher score never has a worse rank. */
  @Test
  void ranks_are_competition_ranks_of_the_scores() {
    qt().forAll(cases()).checkAssert(c -> {
      if (!c.separates()) {
        return;
      }
      for (Ranking r : List.of(Topsis.of(c.matrix(), c.weights()).ranking(),
          CompositeIndex.of(c.matrix(), c.weights()).ranking())) {
        int[] ranks = r.ranks();
        assertEquals(1, Arrays.stream(ranks).min().getAsInt());
        for (int i = 0; i < ranks.length; i++) {
          assertTrue(ranks[i] >= 1 && ranks[i] <= ranks.length);
          for (int k = 0; k < ranks.length; k++) {
            if (r.score(i) > r.score(k)) {
              assertTrue(ranks[i] <= ranks[k], r.toString());
            }
          }
        }
        assertEquals(1, r.rank(r.best()));
      }
    });
  }

  /** A min-max composite index lies in [offset, 1 + offset]; a z-score one averages 0 over the alternatives. */
  @Test
  void composite_indices_stay_in_their_ranges() {
    qt().forAll(cases()).checkAssert(c -> {
      for (double s : CompositeIndex.of(c.matrix(), c.weights(), Normalization.minMax(0.01)).scores()) {
        assertTrue(s >= 0.01 - 1e-12 && s <= 1.01 + 1e-12, "min-max index " + s);
      }
      double sum = 0;
      for (double s : CompositeIndex.of(c.matrix(), c.weights(), Normalization.zScore()).scores()) {
        sum += s;
      }
      assertEquals(0.0, sum, 1e-9);
    });
  }

  /**
   * Entropy and CRITIC weights are non-negative, sum to 1 and ignore a criterion's scale (where defined: entropy
   * needs a criterion that varies, CRITIC at least 2 criteria that all vary and, with only 2 alternatives, are
   * perfectly correlated).
   */
  @Test
  void objective_weights_sum_to_one_and_ignore_scale() {
    qt().forAll(cases()).checkAssert(c -> {
      if (!c.separates()) {
        return;
      }
      double[] e = Weights.entropy(c.matrix()).values();
      double[] e2 = Weights.entropy(c.rescaled()).values();
      checkWeights(e, "entropy");
      for (int j = 0; j < e.length; j++) {
        assertEquals(e[j], e2[j], 1e-9, "entropy weight " + j + " after scaling");
      }
      if (c.types().size() >= 2 && c.allVary() && !perfectlyCorrelated(c)) {
        double[] w = Weights.critic(c.matrix()).values();
        double[] w2 = Weights.critic(c.rescaled()).values();
        checkWeights(w, "critic");
        for (int j = 0; j < w.length; j++) {
          assertEquals(w[j], w2[j], 1e-9, "CRITIC weight " + j + " after scaling");
        }
      }
    });
  }

  /** Two alternatives make every pair of criteria perfectly correlated (CRITIC then fails, as documented). */
  private static boolean perfectlyCorrelated(Case c) {
    return c.values().length == 2;
  }

  /** Perturbed weights, one at a time or drawn, are non-negative and sum to 1. */
  @Test
  void perturbed_weights_stay_weights() {
    qt().forAll(cases(), doubles().between(0.001, 1)).checkAssert((c, x) -> {
      double[] w = c.weights().values();
      for (int j = 0; j < w.length; j++) {
        checkWeights(WeightSensitivity.oneAtATime(w, j, x), "+" + x + " on " + j);
        checkWeights(WeightSensitivity.oneAtATime(w, j, -x), "-" + x + " on " + j);
      }
      SplittableRandom random = new SplittableRandom(c.seed());
      checkWeights(WeightSensitivity.dirichlet(w, 1 / x, random), "Dirichlet, concentration " + 1 / x);
    });
  }

  private static void checkWeights(double[] w, String what) {
    double sum = 0;
    for (double v : w) {
      assertTrue(v >= 0 && v <= 1 + 1e-15, what + ": weight " + v);
      sum += v;
    }
    assertEquals(1.0, sum, 1e-12, what + ": sum");
  }
}
