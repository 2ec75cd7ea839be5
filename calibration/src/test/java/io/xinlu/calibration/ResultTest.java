package io.xinlu.calibration;

import static io.xinlu.calibration.SyntheticObservations.MODEL;
import static io.xinlu.calibration.SyntheticObservations.SCENARIO;
import static io.xinlu.calibration.SyntheticObservations.TRUTH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.history.FitStatistics;
import io.xinlu.history.ObservedSeries;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The parts of a result agree with each other and with the model run independently. */
class ResultTest {
  private static final List<ObservedSeries> OBSERVED = SyntheticObservations.observe(TRUTH, 0.01, 11);

  /** The default weight of a series is 1 / the mean of its absolute values, worked by hand. */
  @Test
  void theDefaultWeightIsOneOverTheMeanAbsoluteValue() {
    ObservedSeries gdp = ObservedSeries.of("gdp", OBSERVED.get(0).unit(), new int[] {2021, 2022, 2023},
        new double[] {100, 300, 200}, "made up");
    ObservedSeries share = ObservedSeries.of("share:sector:s0", "share", new int[] {2021, 2022},
        new double[] {-0.1, 0.3}, "made up");
    Calibration c = Calibration.builder(MODEL, SCENARIO).observe(gdp).observe(share, 7.0)
        .parameter("sector/s0/growth", -0.05, 0.1).build();
    assertEquals(1 / 200.0, c.weights().get("gdp"));
    assertEquals(7.0, c.weights().get("share:sector:s0"));
    Calibration d = Calibration.builder(MODEL, SCENARIO).observe(share).parameter("sector/s0/growth", -0.05, 0.1)
        .build();
    assertEquals(1 / 0.2, d.weights().get("share:sector:s0"), 1e-12);
    assertEquals(5, c.observations());
  }

  /** Without a start value the fit starts from the model's own value, or the midpoint when that is outside. */
  @Test
  void startValues() {
    Calibration c = Calibration.builder(MODEL, SCENARIO).observeAll(OBSERVED)
        .parameter("sector/s0/growth", -0.05, 0.1)            // the profile's 0.02
        .parameter("sector/s2/growth", 0.05, 0.1)             // the profile's 0.04 is outside: midpoint 0.075
        .parameter("sector/s0/intensity-decline", 0, 0.1, 0.07)
        .build();
    assertArrayEquals(new double[] {0.02, 0.075, 0.07}, c.startValues(), 1e-15);
  }

  /**
   * The residuals are the observed values beside the indicators' values in the run at the estimates, looked up
   * independently; the RSS is the sum of their weighted squares; the fit statistics before and after are those of
   * the runs at the start values and at the estimates.
   */
  @Test
  void residualsAndFitAgreeWithTheRunsLookedUpIndependently() {
    Calibration c = SyntheticObservations.calibration(OBSERVED).build();
    CalibrationResult r = c.fit();
    double[] again = c.parameterization().run(r.values()).totalSeries(io.xinlu.engine.Quantity.VALUE_ADDED);
    assertEquals(again.length, r.run().totalSeries(io.xinlu.engine.Quantity.VALUE_ADDED).length);
    double rss = 0;
    int i = 0;
    for (ObservedSeries o : OBSERVED) {
      Indicator indicator = IndicatorCatalogue.standard().get(o.indicator());
      double weight = c.weights().get(o.indicator());
      List<Residual> mine = r.residuals(o.indicator());
      assertEquals(o.size(), mine.size());
      double[] simulated = new double[o.size()];
      double[] before = new double[o.size()];
      for (int t = 0; t < o.size(); t++) {
        Residual res = mine.get(t);
        assertEquals(res, r.residuals().get(i++));
        assertEquals(o.year(t), res.year());
        assertEquals(o.value(t), res.observed());
        simulated[t] = indicator.value(c.parameterization().run(r.values()), o.year(t));
        before[t] = indicator.value(c.parameterization().run(c.startValues()), o.year(t));
        assertEquals(simulated[t], res.simulated());
        assertEquals(weight * (simulated[t] - o.value(t)), res.weighted(), 1e-15);
        rss += res.weighted() * res.weighted();
      }
      CalibratedSeries s = r.calibratedSeries(o.indicator());
      assertEquals(weight, s.weight());
      assertEquals(FitStatistics.of(o.values(), simulated).rmse(), s.after().rmse());
      assertEquals(FitStatistics.of(o.values(), before).rmse(), s.before().rmse());
    }
    assertEquals(rss, r.rss(), 1e-15);
    assertTrue(r.rss() < r.startRss());
    assertEquals(40, r.observations());
    assertEquals(37, r.degreesOfFreedom());
    assertEquals(r.rss() / 37, r.residualVariance());
    // t(0.975, 37) = 2.026192 (tables of Student's t, e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2)
    assertEquals(2.026192, r.tQuantile(), 1e-6);
    for (ParameterEstimate e : r.estimates()) {
      assertEquals(e.estimate() - r.tQuantile() * e.standardError(), e.intervalLow(), 1e-15);
      assertEquals(e.estimate() + r.tQuantile() * e.standardError(), e.intervalHigh(), 1e-15);
    }
    assertThrows(IllegalArgumentException.class, () -> r.estimate("sector/s9/growth"));
    assertThrows(IllegalArgumentException.class, () -> r.residuals("co2"));
  }

  /** The covariance is symmetric with the squared standard errors on its diagonal; correlations follow from it. */
  @Test
  void covarianceAndCorrelationAgree() {
    CalibrationResult r = SyntheticObservations.calibration(OBSERVED).build().fit();
    double[][] cov = r.covariance();
    double[][] cor = r.correlation();
    for (int j = 0; j < 3; j++) {
      assertEquals(Math.pow(r.estimates().get(j).standardError(), 2), cov[j][j], 1e-15);
      assertEquals(1.0, cor[j][j]);
      for (int k = 0; k < 3; k++) {
        assertEquals(cov[j][k], cov[k][j], 1e-12 * Math.sqrt(cov[j][j] * cov[k][k]));
        assertEquals(cov[j][k] / Math.sqrt(cov[j][j] * cov[k][k]), cor[j][k], 1e-9);
      }
    }
    cov[0][0] = -1;
    assertTrue(r.covariance()[0][0] > 0, "a copy");
  }

  /** Runs on a caller's executor give the same result, bit for bit, as runs on the calling thread. */
  @Test
  void anExecutorGivesTheSameResultBitForBit() throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (long seed : new long[] {1, 2, 3}) {
        List<ObservedSeries> obs = SyntheticObservations.observe(TRUTH, 0.01, seed);
        CalibrationResult alone = SyntheticObservations.calibration(obs).build().fit();
        CalibrationResult pooled = SyntheticObservations.calibration(obs).executor(pool).build().fit();
        assertEquals(alone.estimates(), pooled.estimates());
        assertArrayEquals(alone.covariance(), pooled.covariance());
        assertEquals(alone.residuals(), pooled.residuals());
        assertEquals(alone.iterations(), pooled.iterations());
        assertEquals(alone.runs(), pooled.runs());
      }
    } finally {
      pool.shutdown();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }
  }

  /** One calibration fitted from several threads at once gives the same result on each. */
  @Test
  void fitsFromSeveralThreadsAtOnceAgree() throws Exception {
    Calibration c = SyntheticObservations.calibration(OBSERVED).build();
    CalibrationResult reference = c.fit();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<CalibrationResult>> futures = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        futures.add(pool.submit(c::fit));
      }
      for (java.util.concurrent.Future<CalibrationResult> f : futures) {
        assertEquals(reference.estimates(), f.get().estimates());
      }
    } finally {
      pool.shutdown();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }
  }
}
