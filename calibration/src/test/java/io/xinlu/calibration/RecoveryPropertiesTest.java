package io.xinlu.calibration;

import static io.xinlu.calibration.SyntheticObservations.LOWER;
import static io.xinlu.calibration.SyntheticObservations.PATHS;
import static io.xinlu.calibration.SyntheticObservations.TRUTH;
import static io.xinlu.calibration.SyntheticObservations.UPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import io.xinlu.history.ObservedSeries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Calibration recovers known values: observations made from the synthetic city with known parameter values
 * ({@link SyntheticObservations}: two sectors' growth and one sector's intensity decline, four series over ten years)
 * are fitted from the model's own values, away from the truth.
 */
class RecoveryPropertiesTest {
  /** The noise: a standard deviation of 1 % of each series' mean. */
  static final double NOISE = 0.01;
  /** Noisy data sets, each a fresh seed of the noise. */
  static final int SEEDS = 200;

  /**
   * Over many seeds of the noise, each fit lands near the truth and the reported 95 % intervals cover it about 95 %
   * of the time.
   *
   * <p>Why these bounds cannot fail by chance alone. The model is correctly specified (the observations are the model
   * plus Gaussian noise whose weighted standard deviation is the same for every observation), so each estimate's
   * error over its standard error follows Student's t with {@code n − p = 37} degrees of freedom, approximately.
   * Per case: an error beyond 5 standard errors has probability about 1.5e-5, so over the 600 estimates of a run
   * the chance of a spurious failure is about 1 %; a wrong standard error (in the transform's units, say, or
   * without {@code s²}) or a fit that stops short fails at once. Over the sample: with true coverage 0.95 the 600
   * intervals miss about 30 times (standard deviation 5.3); at least 85 % coverage allows 90 misses, eleven
   * standard deviations away. Measured on 3000 intervals (seeds 1000-1999): 2853 covered, 95.1 %. Finally the
   * spread of the estimates over the seeds must match the standard errors reported (within a factor 4/3: the
   * sample standard deviation of 200 estimates is itself uncertain by about 5 %).
   */
  @Test
  void noisyObservationsAreRecoveredWithinTheReportedIntervals() {
    List<double[]> estimates = new ArrayList<>();
    List<double[]> errors = new ArrayList<>();
    int[] intervals = new int[2];
    qt().withExamples(SEEDS).forAll(longs().all()).checkAssert(seed -> {
      CalibrationResult r = SyntheticObservations.calibration(SyntheticObservations.observe(TRUTH, NOISE, seed))
          .build().fit();
      assertTrue(r.converged(), () -> "seed " + seed + ": " + r.warnings());
      assertEquals(List.of(), r.warnings(), () -> "seed " + seed);
      double[] est = new double[TRUTH.length];
      double[] se = new double[TRUTH.length];
      for (int k = 0; k < TRUTH.length; k++) {
        ParameterEstimate e = r.estimate(PATHS.get(k));
        est[k] = e.estimate();
        se[k] = e.standardError();
        assertTrue(se[k] > 0 && Double.isFinite(se[k]), () -> "seed " + seed + ": " + e);
        double error = Math.abs(e.estimate() - TRUTH[k]);
        int kk = k;
        assertTrue(error <= 5 * se[k],
            () -> "seed " + seed + ": " + PATHS.get(kk) + " is " + error / se[kk] + " standard errors off: " + e);
        intervals[0]++;
        if (e.intervalContains(TRUTH[k])) {
          intervals[1]++;
        }
      }
      estimates.add(est);
      errors.add(se);
    });
    double coverage = (double) intervals[1] / intervals[0];
    assertTrue(coverage >= 0.85, () -> "95 % intervals covered the truth in " + intervals[1] + " of "
        + intervals[0] + " cases");
    for (int k = 0; k < TRUTH.length; k++) {
      double mean = 0;
      double meanSe = 0;
      for (int i = 0; i < estimates.size(); i++) {
        mean += estimates.get(i)[k] / estimates.size();
        meanSe += errors.get(i)[k] / estimates.size();
      }
      double ss = 0;
      for (double[] e : estimates) {
        ss += (e[k] - mean) * (e[k] - mean);
      }
      double sd = Math.sqrt(ss / (estimates.size() - 1));
      double ratio = sd / meanSe;
      assertTrue(ratio > 0.75 && ratio < 4.0 / 3, PATHS.get(k) + ": the estimates spread by " + sd
          + " over the seeds, the reported standard errors average " + meanSe);
    }
  }

  /**
   * Without noise the truth is recovered to a millionth of its value, from any start within the bounds (at least
   * a hundredth of the range from a bound), with a residual sum of squares of nothing but rounding.
   */
  @Test
  void noiseFreeObservationsAreRecoveredToAMillionthFromAnyStart() {
    List<ObservedSeries> clean = SyntheticObservations.observe(TRUTH, 0.0, 1);
    qt().withExamples(40)
        .forAll(between(0), between(1), between(2))
        .checkAssert((a, b, c) -> {
          double[] start = {a, b, c};
          Calibration.Builder builder = Calibration.builder(SyntheticObservations.MODEL, SyntheticObservations.SCENARIO)
              .observeAll(clean);
          for (int k = 0; k < TRUTH.length; k++) {
            builder.parameter(PATHS.get(k), LOWER[k], UPPER[k], start[k]);
          }
          CalibrationResult r = builder.build().fit();
          for (int k = 0; k < TRUTH.length; k++) {
            double got = r.estimates().get(k).estimate();
            int kk = k;
            assertTrue(Math.abs(got - TRUTH[k]) <= 1e-6 * Math.abs(TRUTH[k]),
                () -> "from " + java.util.Arrays.toString(start) + ": " + PATHS.get(kk) + " = " + got + ", not "
                    + TRUTH[kk] + "; " + r.warnings());
          }
          assertTrue(r.rss() < 1e-20, () -> "rss " + r.rss());
          assertTrue(r.converged());
        });
  }

  private static org.quicktheories.core.Gen<Double> between(int k) {
    double margin = 0.01 * (UPPER[k] - LOWER[k]);
    return doubles().between(LOWER[k] + margin, UPPER[k] - margin);
  }
}
