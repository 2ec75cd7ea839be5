package io.xinlu.history;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How well a simulated series {@code S} follows an observed one {@code A} over the same {@code n} points, with the
 * summary statistics of Sterman (1984), "Appropriate summary statistics for evaluating the historical fit of system
 * dynamics models", <i>Dynamica</i> 10(2), 51-66:
 *
 * <ul>
 *   <li>mean error {@code ME = (1/n) Σ (S_t − A_t)} (positive: the model runs high), in the series' unit;
 *   <li>mean squared error {@code MSE = (1/n) Σ (S_t − A_t)²} and its root {@code RMSE}, in the series' unit;
 *   <li>mean absolute percentage error {@code MAPE = (100/n) Σ |S_t − A_t| / |A_t|}, in percent; undefined when an
 *       observation is 0;
 *   <li>Theil's inequality statistics, the shares of the MSE due to bias {@code U^M = (S̄ − Ā)² / MSE}, to unequal
 *       variation {@code U^S = (s_S − s_A)² / MSE} and to unequal covariation
 *       {@code U^C = 2 (1 − r) s_S s_A / MSE}, with {@code s} the standard deviations (divided by {@code n}) and
 *       {@code r} the correlation of {@code S} and {@code A}; they sum to 1, and are undefined when {@code MSE = 0};
 *   <li>Theil's inequality coefficient in its first form (Theil 1961), {@code U1 = RMSE / (√((1/n) Σ S_t²) +
 *       √((1/n) Σ A_t²))}, between 0 (perfect fit) and 1; 0 when {@code MSE = 0};
 *   <li>the correlation {@code r} and {@code r²}, undefined when either series is constant.
 * </ul>
 *
 * <p>Every sum of deviations is taken in two passes, about the series' means; {@code s_S − s_A} is computed as
 * {@code cov(S − A, S + A) / (s_S + s_A)} and {@code U^C} from the variance of the errors, so that the three shares
 * keep their sum of 1 (to a few units in the last place) even when the fit is close and the values large.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FitStatistics {
  /**
   * Theil's decomposition of the mean squared error into shares that sum to 1.
   *
   * @param bias {@code U^M}, the share due to a difference of means
   * @param variation {@code U^S}, the share due to a difference of standard deviations
   * @param covariation {@code U^C}, the share due to imperfect correlation (unsystematic error)
   * @since 0.1.0
   */
  public record TheilShares(double bias, double variation, double covariation) {}

  private final int n;
  private final double meanError;
  private final double mse;
  private final double mape;
  private final double theilU1;
  private final double r;
  private final double bias;
  private final double variation;
  private final double covariation;

  private FitStatistics(int n, double meanError, double mse, double mape, double theilU1, double r, double bias,
      double variation, double covariation) {
    this.n = n;
    this.meanError = meanError;
    this.mse = mse;
    this.mape = mape;
    this.theilU1 = theilU1;
    this.r = r;
    this.bias = bias;
    this.variation = variation;
    this.covariation = covariation;
  }

  /**
   * The statistics of a simulated series against an observed one.
   *
   * @param observed the observed values {@code A}, finite, at least one
   * @param simulated the simulated values {@code S} at the same points, finite
   * @throws IllegalArgumentException if the lengths differ, the series are empty, a value is not finite (naming
   *     the point), or the values are so large that their squares overflow
   */
  public static FitStatistics of(double[] observed, double[] simulated) {
    int n = observed.length;
    checkArgument(n >= 1, "fit statistics need at least one point, got none");
    checkArgument(simulated.length == n, "fit statistics: %s observed but %s simulated values", n,
        simulated.length);
    for (int t = 0; t < n; t++) {
      if (!Double.isFinite(observed[t]) || !Double.isFinite(simulated[t])) {
        throw new IllegalArgumentException("fit statistics: at point " + t + " the observed value " + observed[t]
            + " or the simulated value " + simulated[t] + " is not finite");
      }
    }
    double meanA = mean(observed);
    double meanS = mean(simulated);
    double[] e = new double[n];
    double[] p = new double[n];
    for (int t = 0; t < n; t++) {
      e[t] = simulated[t] - observed[t];
      p[t] = simulated[t] + observed[t];
    }
    double meanE = mean(e);
    double meanP = mean(p);
    double sse = 0;
    double ssS = 0;
    double ssA = 0;
    double varE = 0;
    double covSA = 0;
    double covEP = 0;
    double sqS = 0;
    double sqA = 0;
    double ape = 0;
    boolean zero = false;
    for (int t = 0; t < n; t++) {
      double ds = simulated[t] - meanS;
      double da = observed[t] - meanA;
      double de = e[t] - meanE;
      sse += e[t] * e[t];
      ssS += ds * ds;
      ssA += da * da;
      varE += de * de;
      covSA += ds * da;
      covEP += de * (p[t] - meanP);
      sqS += simulated[t] * simulated[t];
      sqA += observed[t] * observed[t];
      if (observed[t] == 0) {
        zero = true;
      } else {
        ape += Math.abs(e[t] / observed[t]);
      }
    }
    double mse = sse / n;
    checkArgument(Double.isFinite(mse) && Double.isFinite(sqS) && Double.isFinite(sqA) && Double.isFinite(covEP),
        "fit statistics: the values are too large, their squares overflow");
    double sdS = Math.sqrt(ssS / n);
    double sdA = Math.sqrt(ssA / n);
    double r = sdS > 0 && sdA > 0 ? Math.max(-1, Math.min(1, (covSA / n) / (sdS * sdA))) : Double.NaN;
    double mape = zero ? Double.NaN : 100 * ape / n;
    double u1 = mse == 0 ? 0 : Math.sqrt(mse) / (Math.sqrt(sqS / n) + Math.sqrt(sqA / n));
    double bias = Double.NaN;
    double variation = Double.NaN;
    double covariation = Double.NaN;
    if (mse > 0) {
      // s_S - s_A = (s_S² - s_A²) / (s_S + s_A), and s_S² - s_A² = cov(S - A, S + A): no cancellation
      double sdDiff = sdS + sdA > 0 ? (covEP / n) / (sdS + sdA) : 0;
      double us = sdDiff * sdDiff;
      // var(S - A) = (s_S - s_A)² + 2 (1 - r) s_S s_A; the covariation part is what the first leaves of the variance
      double uc = Math.max(0, varE / n - us);
      bias = meanE * meanE / mse;
      variation = us / mse;
      covariation = uc / mse;
    }
    return new FitStatistics(n, meanE, mse, mape, u1, r, bias, variation, covariation);
  }

  /** A two-pass mean: the plain mean, corrected by the mean of the deviations from it. */
  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    double m = s / x.length;
    double c = 0;
    for (double v : x) {
      c += v - m;
    }
    return m + c / x.length;
  }

  /** The number of points compared, at least 1. */
  public int n() {
    return n;
  }

  /** The mean error {@code (1/n) Σ (S_t − A_t)}, in the series' unit; positive when the model runs high. */
  public double meanError() {
    return meanError;
  }

  /** The mean squared error {@code (1/n) Σ (S_t − A_t)²}, in the series' unit squared. */
  public double mse() {
    return mse;
  }

  /** The root mean squared error, in the series' unit. */
  public double rmse() {
    return Math.sqrt(mse);
  }

  /** The mean absolute percentage error, in percent; empty when an observation is 0. */
  public OptionalDouble mape() {
    return Double.isNaN(mape) ? OptionalDouble.empty() : OptionalDouble.of(mape);
  }

  /** Theil's inequality coefficient U1 (see the class), between 0 and 1; 0 for a perfect fit. */
  public double theilU1() {
    return theilU1;
  }

  /** Theil's shares {@code U^M}, {@code U^S}, {@code U^C} of the MSE, summing to 1; empty when the MSE is 0. */
  public Optional<TheilShares> theilShares() {
    return Double.isNaN(bias) ? Optional.empty() : Optional.of(new TheilShares(bias, variation, covariation));
  }

  /** The correlation {@code r} of simulated and observed values; empty when either is constant. */
  public OptionalDouble correlation() {
    return Double.isNaN(r) ? OptionalDouble.empty() : OptionalDouble.of(r);
  }

  /** {@code r²}, the squared correlation; empty when either series is constant. */
  public OptionalDouble rSquared() {
    return Double.isNaN(r) ? OptionalDouble.empty() : OptionalDouble.of(r * r);
  }

  @Override
  public String toString() {
    return "FitStatistics[n=" + n + ", rmse=" + rmse() + ", meanError=" + meanError + ", mape=" + mape
        + ", theilU1=" + theilU1 + ", U^M=" + bias + ", U^S=" + variation + ", U^C=" + covariation + "]";
  }
}
