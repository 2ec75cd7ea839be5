package io.xinlu.calibration;

import com.google.common.collect.ImmutableList;

/**
 * A warning that the data do not pin a parameter down, as data: the reason, the parameters concerned and a message
 * that gives the figures behind it. The thresholds are {@link Calibration}'s constants and are stated in
 * {@code docs/CALIBRATION.md}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reason why the parameters cannot be identified
 * @param parameters the paths of the parameters concerned, at least one
 * @param message what was found, with the figures
 * @since 0.1.0
 */
public record CalibrationWarning(Reason reason, ImmutableList<String> parameters, String message) {
  /**
   * Why a warning was given. Immutable and thread-safe.
   *
   * @since 0.1.0
   */
  public enum Reason {
    /**
     * Moving the parameter across its whole range changes no weighted residual noticeably: no observed series
     * depends on it (sensitivity below {@link Calibration#MIN_SENSITIVITY}). Its standard error is infinite.
     */
    NO_SENSITIVITY,
    /**
     * {@code JᵀJ}, with the Jacobian's columns scaled to unit length, has a condition number above
     * {@link Calibration#MAX_CONDITION}: some combination of the named parameters is hardly constrained by the
     * data. The parameters named are those that weigh most in the least constrained combination. Above
     * {@link Calibration#SINGULAR_CONDITION} the matrix is taken as singular and their standard errors are infinite.
     */
    ILL_CONDITIONED,
    /**
     * The estimates of two parameters are correlated beyond {@link Calibration#MAX_CORRELATION} in absolute value:
     * the data constrain a combination of the two rather than each.
     */
    HIGH_CORRELATION,
    /**
     * The estimate lies at a bound (within {@link Calibration#AT_BOUND} of the range): the data would move it
     * further; its standard error describes the fit only as far as the bound allows.
     */
    AT_BOUND,
    /** The optimiser stopped at its limit of iterations or evaluations before it converged. */
    NOT_CONVERGED
  }
}
