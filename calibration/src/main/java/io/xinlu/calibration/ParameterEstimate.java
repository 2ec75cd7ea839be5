package io.xinlu.calibration;

/**
 * The estimate of one calibrated parameter, in the parameter's own unit.
 *
 * <p>The standard error is the square root of the parameter's diagonal entry of the covariance
 * {@code s² (JᵀJ)⁻¹} at the optimum, with {@code J} the Jacobian of the weighted residuals with respect to the
 * parameters in their own units and {@code s² = RSS / (n − p)}; the 95 % interval is Wald's with Student's t on
 * {@code n − p} degrees of freedom, {@code estimate ± t(0.975, n − p) · standardError}. The interval is what the
 * linearised model says and is not cut at the bounds. A parameter the data cannot identify (see
 * {@link CalibrationWarning.Reason#NO_SENSITIVITY} and {@link CalibrationWarning.Reason#ILL_CONDITIONED}) has an
 * infinite standard error and the interval {@code (−∞, +∞)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the parameter's path, such as {@code sector/s0/growth}
 * @param lower the lower bound searched
 * @param upper the upper bound searched
 * @param start the value the fit started from
 * @param estimate the fitted value, within the bounds
 * @param standardError the standard error, positive or {@code +∞}; 0 only when the fit is exact
 * @param intervalLow the lower end of the 95 % interval
 * @param intervalHigh the upper end of the 95 % interval
 * @since 0.1.0
 */
public record ParameterEstimate(String path, double lower, double upper, double start, double estimate,
    double standardError, double intervalLow, double intervalHigh) {

  /** Whether the data identify the parameter: its standard error is finite. */
  public boolean identified() {
    return Double.isFinite(standardError);
  }

  /** Whether the 95 % interval contains a value (ends included). */
  public boolean intervalContains(double value) {
    return value >= intervalLow && value <= intervalHigh;
  }
}
