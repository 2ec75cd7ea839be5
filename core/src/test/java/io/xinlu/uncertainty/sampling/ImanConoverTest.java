package io.xinlu.uncertainty.sampling;

import static io.xinlu.uncertainty.sampling.DistributionTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Iman and Conover (1982): a requested rank correlation is reached within a stated tolerance, and every margin is
 * kept exactly.
 */
class ImanConoverTest {
  /** The tolerance at {@code n = 1000}: the sampling error of Spearman's rho is about {@code 1 / sqrt(n) = 0.03}
   * for independent columns and smaller for correlated ones; over 50 seeds the largest error seen was 0.017 (2 x 2)
   * and 0.025 (3 x 3). */
  static final double TOLERANCE = 0.05;

  static final double[][] TARGET_3 = {{1, 0.5, -0.3}, {0.5, 1, 0.2}, {-0.3, 0.2, 1}};

  @Test
  void a_rank_correlation_of_0_7_is_reached_and_margins_are_kept() {
    double[][] target = {{1, 0.7}, {0.7, 1}};
    ParameterSpace space = ParameterSpace.builder().parameter("a", Distribution.lognormal(0, 1))
        .parameter("b", Distribution.triangular(0, 1, 5)).build();
    for (long seed = 1; seed <= 10; seed++) {
      double[][] sample = Designs.latinHypercube(2, 1000, seed).values(space);
      assertTrue(Math.abs(Correlations.spearman(sample)[0][1]) < 0.15, "a Latin hypercube starts near independence");
      double[][] out = ImanConover.correlate(sample, target, seed);
      assertEquals(0.7, Correlations.spearman(out)[0][1], TOLERANCE, "seed " + seed);
      assertSameMargins(sample, out);
    }
  }

  @Test
  void a_three_by_three_target_is_reached_entry_by_entry() {
    ParameterSpace space = ParameterSpace.builder().parameter("a", Distribution.normal(0, 1))
        .parameter("b", Distribution.uniform(10, 20)).parameter("c", Distribution.pert(0, 1, 9)).build();
    for (long seed = 1; seed <= 10; seed++) {
      double[][] sample = Designs.monteCarlo(3, 1000, seed).values(space);
      double[][] out = ImanConover.correlate(sample, TARGET_3, 100 + seed);
      double[][] rho = Correlations.spearman(out);
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          assertEquals(TARGET_3[i][j], rho[i][j], TOLERANCE, "seed " + seed + " [" + i + "][" + j + "]");
        }
      }
      assertSameMargins(sample, out);
    }
  }

  /**
   * The normal-score adjustment {@code 2 sin(pi C / 6)} removes the bias of the plain method (which reaches
   * {@code (6 / pi) arcsin(0.35) = 0.683} for 0.7): averaged over 20 seeds the error is below 0.01.
   */
  @Test
  void the_reached_correlation_is_unbiased() {
    double[][] target = {{1, 0.7}, {0.7, 1}};
    double sum = 0;
    for (long seed = 0; seed < 20; seed++) {
      double[][] out = ImanConover.correlate(Designs.latinHypercube(2, 1000, seed).toArray(), target, seed);
      sum += Correlations.spearman(out)[0][1] - 0.7;
    }
    assertEquals(0, sum / 20, 0.01);
  }

  @Test
  void any_valid_two_by_two_target_is_reached_and_margins_are_kept() {
    qt().withExamples(50).forAll(doubles().between(-0.95, 0.95), longs().all()).checkAssert((rho, seed) -> {
      double[][] sample = Designs.latinHypercube(2, 1000, seed).toArray();
      double[][] out = ImanConover.correlate(sample, new double[][] {{1, rho}, {rho, 1}}, seed);
      assertEquals(rho, Correlations.spearman(out)[0][1], TOLERANCE);
      assertSameMargins(sample, out);
    });
  }

  /**
   * A valid target whose normal-score adjustment is not positive definite (eigenvalues of the target 0.014, 1.28,
   * 1.71; of {@code 2 sin(pi C / 6)} -0.019, 1.29, 1.73): the target is used unadjusted and still reached.
   */
  @Test
  void a_target_whose_adjustment_is_not_positive_definite_is_used_as_it_is() {
    double[][] target = {{1, -0.57, 0.28}, {-0.57, 1, 0.61}, {0.28, 0.61, 1}};
    assertTrue(Correlations.problems(target, 3, "three").isEmpty());
    assertEquals(null, Correlations.cholesky(ImanConover.normalScoreTarget(target)));
    double[][] sample = Designs.latinHypercube(3, 2000, 4).toArray();
    double[][] out = ImanConover.correlate(sample, target, 5);
    double[][] rho = Correlations.spearman(out);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(target[i][j], rho[i][j], TOLERANCE, "[" + i + "][" + j + "]");
      }
    }
    assertSameMargins(sample, out);
  }

  @Test
  void the_same_seed_gives_the_same_reordering() {
    double[][] sample = Designs.latinHypercube(3, 200, 3).toArray();
    double[][] a = ImanConover.correlate(sample, TARGET_3, 9);
    double[][] b = ImanConover.correlate(sample, TARGET_3, 9);
    double[][] c = ImanConover.correlate(sample, TARGET_3, 10);
    assertTrue(Arrays.deepEquals(a, b));
    assertTrue(!Arrays.deepEquals(a, c));
  }

  @Test
  void the_design_convenience_keeps_a_latin_hypercube_stratified() {
    ParameterSpace space = ParameterSpace.builder().parameter("coal/growth", Distribution.triangular(-0.08, -0.04, 0))
        .parameter("coal/price", Distribution.lognormalFromMeanAndSd(800, 150))
        .parameter("services/growth", Distribution.normal(0.06, 0.01))
        .rankCorrelation("coal/growth", "coal/price", 0.6).rankCorrelation("coal/price", "services/growth", -0.2)
        .build();
    int n = 500;
    Design lhs = Designs.latinHypercube(3, n, 11);
    Design correlated = ImanConover.correlate(lhs, space, 12);
    assertEquals(Design.Kind.UNIT_CUBE, correlated.kind());
    assertEquals("latinHypercube(k=3, n=500, seed=11) + imanConover(seed=12)", correlated.method());
    for (int j = 0; j < 3; j++) {
      int[] count = new int[n];
      for (double u : correlated.column(j)) {
        count[(int) Math.floor(u * n)]++;
      }
      for (int c : count) {
        assertEquals(1, c);
      }
    }
    double[][] rho = Correlations.spearman(correlated.values(space));
    assertEquals(0.6, rho[0][1], 0.07);
    assertEquals(-0.2, rho[1][2], 0.07);
    assertEquals(0.0, rho[0][2], 0.1);
    assertSameMargins(lhs.toArray(), correlated.toArray());
    assertEquals(correlated, ImanConover.correlate(lhs, space, 12));
  }

  @Test
  void the_design_convenience_leaves_independent_spaces_alone_and_refuses_levers() {
    ParameterSpace independent = ParameterSpace.builder().parameter("a", Distribution.uniform(0, 1))
        .parameter("b", Distribution.uniform(0, 1)).lever("l", 1, 2).build();
    Design d = Designs.sobol(2, 16);
    assertSame(d, ImanConover.correlate(d, independent, 1));
    assertMessage("imanConover: design fullFactorial(levers=[l]) holds levers; rank correlation is among uncertain "
        + "parameters", () -> ImanConover.correlate(Designs.fullFactorial(independent), independent, 1));
    assertMessage("imanConover: design sobol(k=3, n=16, skip=1) has 3 columns but the space has 2 uncertain "
        + "parameters [a, b]", () -> ImanConover.correlate(Designs.sobol(3, 16), independent, 1));
  }

  @Test
  void a_table_of_samples_can_be_correlated_too() {
    double[][] rows = Designs.monteCarlo(2, 400, 5).toArray();
    for (double[] r : rows) {
      r[0] = Math.round(r[0] * 1000);
      r[1] = 5 + r[1];
    }
    ParameterSpace space = ParameterSpace.builder().parameter("x", Distribution.uniform(0, 1000))
        .parameter("y", Distribution.uniform(5, 6)).rankCorrelation("x", "y", -0.5).build();
    Design t = ImanConover.correlate(Designs.table(rows), space, 3);
    assertEquals(Design.Kind.PARAMETER_VALUES, t.kind());
    assertEquals(-0.5, Correlations.spearman(t.toArray())[0][1], 0.08);
    assertSameMargins(rows, t.toArray());
  }

  @Test
  void one_column_is_returned_as_a_copy() {
    double[][] sample = {{3}, {1}, {2}};
    double[][] out = ImanConover.correlate(sample, new double[][] {{1}}, 0);
    assertArrayEquals(sample, out);
    out[0][0] = 9;
    assertEquals(3, sample[0][0]);
  }

  @Test
  void bad_targets_and_samples_are_rejected() {
    double[][] sample = Designs.monteCarlo(2, 50, 1).toArray();
    assertMessage("imanConover: target rank correlation: not symmetric: [0][1] = 0.5 but [1][0] = 0.4 "
        + "(tolerance 1.0E-12)", () -> ImanConover.correlate(sample, new double[][] {{1, 0.5}, {0.4, 1}}, 0));
    assertMessage("imanConover: target rank correlation: must be 2 x 2 (one row and column per column of the "
        + "sample, 2 here), but has 3 rows",
        () -> ImanConover.correlate(sample, new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, 0));
    assertMessage("imanConover: target rank correlation: not positive definite: the Cholesky factorisation fails "
        + "at row 2 (no set of variables can have these correlations together)",
        () -> ImanConover.correlate(Designs.monteCarlo(3, 50, 1).toArray(),
            new double[][] {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}}, 0));
    assertMessage("imanConover: a sample of 2 points cannot carry the correlation of 2 columns; it needs more points "
        + "than columns", () -> ImanConover.correlate(new double[][] {{1, 2}, {3, 4}},
            new double[][] {{1, 0.5}, {0.5, 1}}, 0));
    assertMessage("imanConover: row 1 has 1 values, not 2 like row 0",
        () -> ImanConover.correlate(new double[][] {{1, 2}, {3}}, new double[][] {{1, 0}, {0, 1}}, 0));
    assertMessage("imanConover: row 0, column 1 is NaN, not a finite number",
        () -> ImanConover.correlate(new double[][] {{1, Double.NaN}, {3, 4}}, new double[][] {{1, 0}, {0, 1}}, 0));
    assertMessage("imanConover: the sample needs at least one row, got 0",
        () -> ImanConover.correlate(new double[0][], new double[][] {{1}}, 0));
  }

  @Test
  void spearman_uses_average_ranks_for_ties() {
    double[][] x = {{1, 10}, {2, 20}, {2, 20}, {3, 40}};
    assertEquals(1.0, Correlations.spearman(x)[0][1], 1e-15);
    double[][] y = {{1, 4}, {2, 3}, {3, 2}, {4, 1}};
    assertEquals(-1.0, Correlations.spearman(y)[0][1], 1e-15);
    assertNotEquals(Correlations.pearson(new double[][] {{1, 1}, {2, 4}, {3, 9}, {4, 100}})[0][1],
        Correlations.spearman(new double[][] {{1, 1}, {2, 4}, {3, 9}, {4, 100}})[0][1]);
  }

  static void assertSameMargins(double[][] before, double[][] after) {
    int k = before[0].length;
    for (int j = 0; j < k; j++) {
      double[] a = column(before, j);
      double[] b = column(after, j);
      Arrays.sort(a);
      Arrays.sort(b);
      assertArrayEquals(a, b, "column " + j + " is a permutation of itself");
    }
  }

  private static double[] column(double[][] m, int j) {
    double[] c = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i][j];
    }
    return c;
  }
}
