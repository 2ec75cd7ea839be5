package io.xinlu.calibration;

import static io.xinlu.calibration.SyntheticObservations.MODEL;
import static io.xinlu.calibration.SyntheticObservations.PATHS;
import static io.xinlu.calibration.SyntheticObservations.SCENARIO;
import static io.xinlu.calibration.SyntheticObservations.TRUTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.xinlu.calibration.CalibrationWarning.Reason;
import io.xinlu.history.ObservedSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameters the data cannot identify are reported as warnings, each naming the parameters and the reason. */
class WarningsTest {
  private static final String DECLINE = "sector/s0/intensity-decline";

  /**
   * Without the energy series, no observed series depends on an energy-intensity decline: over seeds of the noise
   * it always gets a NO_SENSITIVITY warning, an infinite standard error and keeps its start value, while the two
   * growth rates are still recovered with finite standard errors and no warning of their own.
   */
  @Test
  void aParameterNoSeriesDependsOnIsNotIdentified() {
    qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> {
      List<ObservedSeries> all = SyntheticObservations.observe(TRUTH, 0.01, seed);
      List<ObservedSeries> withoutEnergy = all.stream().filter(s -> !s.indicator().equals("energy")).toList();
      CalibrationResult r = SyntheticObservations.calibration(withoutEnergy).build().fit();
      assertEquals(1, r.warnings().size(), () -> r.warnings().toString());
      CalibrationWarning w = r.warnings().get(0);
      assertEquals(Reason.NO_SENSITIVITY, w.reason());
      assertEquals(List.of(DECLINE), w.parameters());
      assertTrue(w.message().contains(DECLINE), w.message());
      ParameterEstimate d = r.estimate(DECLINE);
      assertFalse(d.identified());
      assertEquals(Double.POSITIVE_INFINITY, d.standardError());
      assertEquals(Double.NEGATIVE_INFINITY, d.intervalLow());
      assertEquals(Double.POSITIVE_INFINITY, d.intervalHigh());
      assertEquals(0.02, d.estimate(), 1e-15, "the model's own value, where the fit started");
      assertTrue(Double.isNaN(r.correlation(DECLINE, PATHS.get(0))));
      for (int k = 0; k < 2; k++) {
        ParameterEstimate e = r.estimate(PATHS.get(k));
        assertTrue(e.identified(), e::toString);
        assertTrue(Math.abs(e.estimate() - TRUTH[k]) <= 5 * e.standardError(), e::toString);
        assertEquals(List.of(), r.warnings(PATHS.get(k)));
      }
    });
  }

  /**
   * GDP alone hardly tells two sectors' growth apart: the fit of noise-free GDP still recovers both, but their
   * estimates are correlated beyond 0.99 and the warning names both.
   */
  @Test
  void twoParametersWithNearlyTheSameEffectAreReportedAsCorrelated() {
    List<String> paths = List.of("sector/s2/growth", "sector/s4/growth");
    double[] truth = {0.03, 0.05};
    ObservedSeries gdp = SyntheticObservations.observe(MODEL, paths, truth, 0.0, 1).get(0);
    assertEquals("gdp", gdp.indicator());
    CalibrationResult r = Calibration.builder(MODEL, SCENARIO).observe(gdp)
        .parameter(paths.get(0), -0.05, 0.1).parameter(paths.get(1), -0.05, 0.1).build().fit();
    assertEquals(1, r.warnings().size(), () -> r.warnings().toString());
    CalibrationWarning w = r.warnings().get(0);
    assertEquals(Reason.HIGH_CORRELATION, w.reason());
    assertEquals(paths, w.parameters());
    double rho = r.correlation(paths.get(0), paths.get(1));
    assertTrue(rho < -0.99, "correlation " + rho);
    assertEquals(rho, r.correlation()[1][0]);
    assertTrue(r.conditionNumber() < Calibration.MAX_CONDITION, "not yet ill-conditioned: " + r.conditionNumber());
    for (int k = 0; k < 2; k++) {
      assertEquals(truth[k], r.values()[k], 1e-6 * truth[k]);
    }
  }

  /**
   * A macro shock adds the same amount to every sector's growth, so with all five sectors' growth it makes a
   * combination the data cannot see at all: the column-scaled JᵀJ is singular, the warning names the shock, and no
   * standard error is finite.
   */
  @Test
  void parametersWithExactlyCombinedEffectsMakeJtjSingular() {
    Calibration.Builder b = Calibration.builder(MODEL, SCENARIO)
        .observeAll(SyntheticObservations.observe(TRUTH, 0.01, 3))
        .parameter("macro-shock", -0.01, 0.01);
    for (int i = 0; i < 5; i++) {
      b.parameter("sector/s" + i + "/growth", -0.05, 0.1);
    }
    CalibrationResult r = b.build().fit();
    assertTrue(r.conditionNumber() > Calibration.SINGULAR_CONDITION, "condition " + r.conditionNumber());
    CalibrationWarning w = r.warnings().stream().filter(x -> x.reason() == Reason.ILL_CONDITIONED).findFirst()
        .orElseThrow(() -> new AssertionError(r.warnings()));
    assertTrue(w.parameters().contains("macro-shock"), w::toString);
    for (ParameterEstimate e : r.estimates()) {
      assertFalse(e.identified(), e::toString);
    }
  }

  /** The truth of a growth rate lies beyond its upper bound: the estimate stops at the bound, with a warning. */
  @Test
  void anEstimateAtABoundIsReported() {
    Calibration.Builder b = Calibration.builder(MODEL, SCENARIO)
        .observeAll(SyntheticObservations.observe(TRUTH, 0.01, 5))
        .parameter(PATHS.get(0), -0.05, 0.02)
        .parameter(PATHS.get(1), -0.05, 0.1)
        .parameter(PATHS.get(2), 0.0, 0.1);
    CalibrationResult r = b.build().fit();
    assertEquals(1, r.warnings().size(), () -> r.warnings().toString());
    CalibrationWarning w = r.warnings().get(0);
    assertEquals(Reason.AT_BOUND, w.reason());
    assertEquals(List.of(PATHS.get(0)), w.parameters());
    double x = r.estimate(PATHS.get(0)).estimate();
    assertTrue(x <= 0.02 && x >= 0.02 - Calibration.AT_BOUND * 0.07, "estimate " + x);
    assertTrue(w.message().contains("upper bound 0.02"), w.message());
  }

  /** An optimiser stopped after one iteration says so, and the estimates are the best values it saw. */
  @Test
  void aFitStoppedAtItsLimitIsReported() {
    CalibrationResult r = SyntheticObservations.calibration(SyntheticObservations.observe(TRUTH, 0.01, 9))
        .maxIterations(1).build().fit();
    assertFalse(r.converged());
    assertEquals(Reason.NOT_CONVERGED, r.warnings().get(0).reason());
    assertEquals(PATHS, r.warnings().get(0).parameters());
    assertTrue(r.rss() <= r.startRss(), r.rss() + " > " + r.startRss());
  }
}
