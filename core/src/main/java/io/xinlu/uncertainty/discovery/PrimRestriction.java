package io.xinlu.uncertainty.discovery;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One restricted dimension of a {@link PrimBox}: a parameter whose limits in the box are tighter than its range in
 * the data, on one side or both.
 *
 * <p>The quasi-p-value is Bryant and Lempert's (2010) significance of the restriction: with {@code T} cases and
 * {@code H} cases of interest in the box, and density {@code p} in the same box with this parameter's restriction
 * removed on both sides, it is {@code P[X >= H]} for {@code X ~ Binomial(T, p)}: how likely a box of {@code T} cases
 * drawn from the unrestricted box would hold at least as many cases of interest. Small values (conventionally below
 * 0.05) mean the restriction matters; large values mean it could be dropped at little cost. It is a heuristic, not
 * a test with a calibrated error rate, since the box was chosen by looking at the same data.
 *
 * <p>An immutable record, thread-safe.
 *
 * @param parameter the parameter's name
 * @param dimension its column in the data
 * @param lower the box's lower limit (inclusive)
 * @param upper the box's upper limit (inclusive)
 * @param lowerRestricted whether the lower limit is above the parameter's smallest value in the data
 * @param upperRestricted whether the upper limit is below the parameter's largest value in the data
 * @param quasiPValue the quasi-p-value, in [0, 1]
 * @since 0.1.0
 */
public record PrimRestriction(String parameter, int dimension, double lower, double upper, boolean lowerRestricted,
    boolean upperRestricted, double quasiPValue) {
  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if neither side is restricted, the limits are not finite and ordered, the
   *     dimension is negative or the quasi-p-value lies outside [0, 1]
   */
  public PrimRestriction {
    checkArgument(dimension >= 0, "dimension %s of parameter '%s' is negative", dimension, parameter);
    checkArgument(Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper,
        "limits of parameter '%s' must be finite and ordered, got [%s, %s]", parameter, lower, upper);
    checkArgument(lowerRestricted || upperRestricted, "parameter '%s' is restricted on neither side", parameter);
    checkArgument(quasiPValue >= 0 && quasiPValue <= 1, "quasi-p-value of parameter '%s' must lie in [0, 1], got %s",
        parameter, quasiPValue);
  }

  /**
   * A readable form such as {@code x0 >= 0.6012 (qp 1.2e-40)}, {@code x1 <= 0.2987} or
   * {@code x2 in [0.1, 0.7]}.
   */
  public String describe() {
    String limits;
    if (lowerRestricted && upperRestricted) {
      limits = parameter + " in [" + fmt(lower) + ", " + fmt(upper) + "]";
    } else if (lowerRestricted) {
      limits = parameter + " >= " + fmt(lower);
    } else {
      limits = parameter + " <= " + fmt(upper);
    }
    return limits + " (qp " + String.format(java.util.Locale.ROOT, "%.2g", quasiPValue) + ")";
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.4g", v);
  }
}
