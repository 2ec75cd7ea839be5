package io.xinlu.calibration;

import static io.xinlu.calibration.SyntheticObservations.TRUTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/CALIBRATION.md, "A worked example": every figure the document prints, to the digits it
 * prints. If the fit changes, this test fails and the document must be measured again.
 */
class WorkedExampleTest {
  /** The seed of the noise in the document's example. */
  static final long SEED = 2026;

  private static void printed(double expected, double actual, double lastDigit, String what) {
    assertEquals(expected, actual, lastDigit / 2, what);
  }

  @Test
  void theFiguresOfTheDocument() {
    CalibrationResult r = SyntheticObservations.calibration(SyntheticObservations.observe(TRUTH, 0.01, SEED))
        .build().fit();
    double[][] doc = {
        // estimate, standard error, interval low, interval high
        {0.03632, 0.00829, 0.01953, 0.05311},
        {0.02379, 0.00203, 0.01967, 0.02791},
        {0.03421, 0.00748, 0.01906, 0.04936}};
    for (int k = 0; k < 3; k++) {
      ParameterEstimate e = r.estimates().get(k);
      printed(doc[k][0], e.estimate(), 1e-5, e.path() + " estimate");
      printed(doc[k][1], e.standardError(), 1e-5, e.path() + " standard error");
      printed(doc[k][2], e.intervalLow(), 1e-5, e.path() + " interval");
      printed(doc[k][3], e.intervalHigh(), 1e-5, e.path() + " interval");
      assertTrue(e.intervalContains(TRUTH[k]), e::toString);
    }
    double[][] cor = r.correlation();
    printed(-0.25, cor[0][1], 0.01, "correlation s0 growth, s2 growth");
    printed(-0.02, cor[0][2], 0.01, "correlation s0 growth, s0 decline");
    printed(0.57, cor[1][2], 0.01, "correlation s2 growth, s0 decline");
    printed(0.01774, r.startRss(), 1e-5, "RSS at the start");
    printed(0.00368, r.rss(), 1e-5, "RSS");
    printed(2.026, r.tQuantile(), 1e-3, "t");
    printed(4.30, r.conditionNumber(), 0.01, "condition number");
    assertEquals(4, r.iterations());
    assertEquals(5, r.evaluations());
    assertEquals(36, r.runs());
    assertEquals(0, r.warnings().size());
    double[][] fit = {
        // RMSE before, after; MAPE before, after
        {2.72, 1.20, 1.74, 0.78},
        {1.98, 0.75, 2.34, 1.00},
        {50.6, 25.1, 1.81, 0.82},
        {0.00102, 0.00081, 0.83, 0.69}};
    double[] rmseDigit = {0.01, 0.01, 0.1, 0.00001};
    for (int s = 0; s < 4; s++) {
      CalibratedSeries c = r.series().get(s);
      printed(fit[s][0], c.before().rmse(), rmseDigit[s], c.indicator() + " RMSE before");
      printed(fit[s][1], c.after().rmse(), rmseDigit[s], c.indicator() + " RMSE after");
      printed(fit[s][2], c.before().mape().getAsDouble(), 0.01, c.indicator() + " MAPE before");
      printed(fit[s][3], c.after().mape().getAsDouble(), 0.01, c.indicator() + " MAPE after");
    }
  }
}
