package io.xinlu.history;

import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import io.xinlu.history.FitStatistics.TheilShares;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Fit statistics: a worked example computed by hand, properties over generated series (Theil's shares sum to 1, a
 * perfect fit, a constant offset, scale invariance of MAPE) and every kind of bad input.
 */
class FitStatisticsTest {
  private static final double[] A = {10, 12, 14, 16, 18};
  private static final double[] S = {11, 12, 16, 15, 21};

  /*
   * Worked by hand (Sterman 1984's definitions, standard deviations divided by n = 5):
   *   errors e = S - A = 1, 0, 2, -1, 3;      mean error = 5/5 = 1
   *   MSE = (1 + 0 + 4 + 1 + 9) / 5 = 3;       RMSE = sqrt(3)
   *   mean A = 70/5 = 14, mean S = 75/5 = 15
   *   deviations A: -4, -2, 0, 2, 4  -> s_A² = 40/5 = 8
   *   deviations S: -4, -3, 1, 0, 6  -> s_S² = 62/5 = 12.4
   *   cov(S, A) = (16 + 6 + 0 + 0 + 24)/5 = 9.2,  so s_S s_A r = 9.2 and s_S s_A = sqrt(12.4 * 8) = sqrt(99.2)
   *   U^M = (15 - 14)² / 3 = 1/3
   *   U^S = (sqrt(12.4) - sqrt(8))² / 3 = (20.4 - 2 sqrt(99.2)) / 3 = 0.16005354773934263
   *   U^C = 2 (sqrt(99.2) - 9.2) / 3 = 0.5066131189273241
   *   sum = (1 + 20.4 - 18.4) / 3 = 1
   *   MAPE = 100/5 (1/10 + 0/12 + 2/14 + 1/16 + 3/18) = 20 * 793/1680 = 793/84 = 9.44047619047619 %
   *   U1 = sqrt(3) / (sqrt(1187/5) + sqrt(1020/5)) = sqrt(3) / (sqrt(237.4) + sqrt(204)) = 0.05833657993564007
   *   r = 9.2 / sqrt(99.2) = 0.9237022282378736,  r² = 84.64 / 99.2 = 0.8532258064516128
   */
  @Test
  void five_points_worked_by_hand() {
    FitStatistics f = FitStatistics.of(A, S);
    assertEquals(5, f.n());
    assertEquals(1.0, f.meanError(), 1e-14);
    assertEquals(3.0, f.mse(), 1e-13);
    assertEquals(Math.sqrt(3), f.rmse(), 1e-13);
    TheilShares u = f.theilShares().orElseThrow();
    assertEquals(1.0 / 3, u.bias(), 1e-13);
    assertEquals(0.16005354773934263, u.variation(), 1e-13);
    assertEquals(0.5066131189273241, u.covariation(), 1e-13);
    assertEquals(9.44047619047619, f.mape().orElseThrow(), 1e-12);
    assertEquals(0.05833657993564007, f.theilU1(), 1e-14);
    assertEquals(0.9237022282378736, f.correlation().orElseThrow(), 1e-14);
    assertEquals(0.8532258064516128, f.rSquared().orElseThrow(), 1e-14);
  }

  /** Swapping the roles of the two series flips the mean error but keeps MSE and the shares. */
  @Test
  void swapped_series_flip_the_mean_error_only() {
    FitStatistics f = FitStatistics.of(S, A);
    assertEquals(-1.0, f.meanError(), 1e-14);
    assertEquals(3.0, f.mse(), 1e-13);
    assertEquals(1.0 / 3, f.theilShares().orElseThrow().bias(), 1e-13);
    // MAPE is relative to the observations, now S: 100/5 (1/11 + 0 + 2/16 + 1/15 + 3/21)
    assertEquals(20 * (1.0 / 11 + 2.0 / 16 + 1.0 / 15 + 3.0 / 21), f.mape().orElseThrow(), 1e-12);
  }

  @Test
  void an_observation_of_zero_leaves_mape_undefined_and_the_rest_defined() {
    FitStatistics f = FitStatistics.of(new double[] {0, 2}, new double[] {1, 2});
    assertTrue(f.mape().isEmpty());
    assertEquals(0.5, f.mse(), 1e-15);
    assertTrue(f.theilShares().isPresent());
  }

  @Test
  void a_constant_series_has_no_correlation() {
    FitStatistics f = FitStatistics.of(new double[] {3, 3, 3}, new double[] {1, 2, 3});
    assertTrue(f.correlation().isEmpty());
    assertTrue(f.rSquared().isEmpty());
    // one point: only the bias can explain the error
    FitStatistics one = FitStatistics.of(new double[] {4}, new double[] {5});
    assertEquals(1.0, one.theilShares().orElseThrow().bias(), 0);
    assertEquals(25.0, one.mape().orElseThrow(), 1e-12);
  }

  @Test
  void bad_input_is_refused_with_what_is_wrong() {
    assertMessage("at least one point", () -> FitStatistics.of(new double[0], new double[0]));
    assertMessage("2 observed but 3 simulated", () -> FitStatistics.of(new double[2], new double[3]));
    assertMessage("at point 1", () -> FitStatistics.of(new double[] {1, Double.NaN}, new double[] {1, 2}));
    assertMessage("Infinity", () -> FitStatistics.of(new double[] {1, 2},
        new double[] {Double.POSITIVE_INFINITY, 2}));
    assertMessage("overflow", () -> FitStatistics.of(new double[] {1e300}, new double[] {-1e300}));
  }

  private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }

  // ---- properties ----------------------------------------------------------------------------------------

  private static Gen<List<Double>> values() {
    return lists().of(doubles().between(-100, 100)).ofSizeBetween(1, 30);
  }

  /** {@code A_t = a_t 10^scale}, {@code S_t = A_t + n_t 10^(scale + closeness)}: wide and close fits at any scale. */
  private static double[][] series(List<Double> a, List<Double> noise, double scale, double closeness) {
    int n = Math.min(a.size(), noise.size());
    double[] obs = new double[n];
    double[] sim = new double[n];
    for (int t = 0; t < n; t++) {
      obs[t] = a.get(t) * Math.pow(10, scale);
      sim[t] = obs[t] + noise.get(t) * Math.pow(10, scale + closeness);
    }
    return new double[][] {obs, sim};
  }

  @Test
  void theils_shares_sum_to_one_whenever_the_mse_is_positive() {
    qt().forAll(values(), values(), doubles().between(-6, 6), doubles().between(-8, 1))
        .assuming((a, noise, scale, closeness) -> {
          double[][] x = series(a, noise, scale, closeness);
          return FitStatistics.of(x[0], x[1]).mse() > 0;
        })
        .checkAssert((a, noise, scale, closeness) -> {
          double[][] x = series(a, noise, scale, closeness);
          FitStatistics f = FitStatistics.of(x[0], x[1]);
          TheilShares u = f.theilShares().orElseThrow();
          assertEquals(1.0, u.bias() + u.variation() + u.covariation(), 1e-12, f.toString());
          for (double share : new double[] {u.bias(), u.variation(), u.covariation()}) {
            assertTrue(share >= 0 && share <= 1 + 1e-12, f.toString());
          }
          assertTrue(f.theilU1() > 0 && f.theilU1() <= 1 + 1e-12, f.toString());
        });
  }

  @Test
  void a_perfect_fit_has_mse_zero_and_mape_zero() {
    qt().forAll(values(), doubles().between(-6, 6)).checkAssert((a, scale) -> {
      double[] obs = a.stream().mapToDouble(v -> v * Math.pow(10, scale)).toArray();
      FitStatistics f = FitStatistics.of(obs, obs.clone());
      assertEquals(0.0, f.mse(), 0);
      assertEquals(0.0, f.rmse(), 0);
      assertEquals(0.0, f.theilU1(), 0);
      assertFalse(f.theilShares().isPresent());
      if (a.stream().noneMatch(v -> v == 0)) {
        assertEquals(0.0, f.mape().orElseThrow(), 0);
      }
    });
  }

  @Test
  void a_constant_offset_is_all_bias_and_its_size_is_the_rmse() {
    qt().forAll(values(), doubles().between(0.01, 100), doubles().between(-6, 6)).checkAssert((a, c, scale) -> {
      double k = Math.pow(10, scale);
      for (double offset : new double[] {c * k, -c * k}) {
        double[] obs = a.stream().mapToDouble(v -> v * k).toArray();
        double[] sim = a.stream().mapToDouble(v -> v * k + offset).toArray();
        FitStatistics f = FitStatistics.of(obs, sim);
        assertEquals(1.0, f.theilShares().orElseThrow().bias(), 1e-9, f.toString());
        assertEquals(Math.abs(offset), f.rmse(), 1e-9 * Math.abs(offset), f.toString());
        assertEquals(offset, f.meanError(), 1e-9 * Math.abs(offset), f.toString());
      }
    });
  }

  @Test
  void scaling_both_series_leaves_mape_unchanged() {
    qt().forAll(values(), values(), doubles().between(-3, 3), doubles().between(-1, 1))
        .assuming((a, b, exponent, sign) -> a.stream().noneMatch(v -> v == 0) && sign != 0)
        .checkAssert((a, b, exponent, sign) -> {
          int n = Math.min(a.size(), b.size());
          double[] obs = a.subList(0, n).stream().mapToDouble(Double::doubleValue).toArray();
          double[] sim = b.subList(0, n).stream().mapToDouble(Double::doubleValue).toArray();
          double k = Math.signum(sign) * Math.pow(10, exponent) * 1.37;
          double[] obsK = new double[n];
          double[] simK = new double[n];
          for (int t = 0; t < n; t++) {
            obsK[t] = obs[t] * k;
            simK[t] = sim[t] * k;
          }
          double m = FitStatistics.of(obs, sim).mape().orElseThrow();
          double mk = FitStatistics.of(obsK, simK).mape().orElseThrow();
          assertEquals(m, mk, 1e-10 * Math.max(1, m));
        });
  }
}
