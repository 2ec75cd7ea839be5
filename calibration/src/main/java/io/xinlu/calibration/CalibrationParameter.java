package io.xinlu.calibration;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.engine.ParameterPath;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A parameter to fit: a {@link ParameterPath} (such as {@code sector/s0/growth}), the bounds its value must keep,
 * in the parameter's own unit, and optionally the value the fit starts from.
 *
 * <p>The fit searches the closed interval {@code [lower, upper]}: it works on a sine transform of the value's
 * position between the bounds, so a value it tries never leaves them (see {@link Calibration} and
 * {@code docs/CALIBRATION.md}); both bounds must be values the model accepts. A start value must lie strictly between
 * the bounds, where the transform's slope is not 0. Without one, the fit starts from the model's own value when that lies
 * strictly between the bounds, else from the midpoint.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CalibrationParameter {
  private final ParameterPath path;
  private final double lower;
  private final double upper;
  private final double start;

  private CalibrationParameter(ParameterPath path, double lower, double upper, double start) {
    this.path = path;
    this.lower = lower;
    this.upper = upper;
    this.start = start;
  }

  /**
   * A parameter whose fit starts from the model's own value (or the midpoint, if that lies outside the bounds).
   *
   * @param path the parameter's path, one of {@link ParameterPath#FORMS}
   * @param lower the lower bound, finite, in the parameter's unit
   * @param upper the upper bound, finite, above {@code lower}
   * @throws IllegalArgumentException naming the path, if it is malformed (listing the forms), a bound is not
   *     finite or {@code lower >= upper}
   */
  public static CalibrationParameter of(String path, double lower, double upper) {
    return create(path, lower, upper, null);
  }

  /**
   * A parameter whose fit starts from the given value.
   *
   * @param path the parameter's path, one of {@link ParameterPath#FORMS}
   * @param lower the lower bound, finite, in the parameter's unit
   * @param upper the upper bound, finite, above {@code lower}
   * @param start the start value, strictly between the bounds
   * @throws IllegalArgumentException naming the path, if it is malformed (listing the forms), a bound is not
   *     finite, {@code lower >= upper}, or the start value is not finite or not strictly between the bounds
   */
  public static CalibrationParameter of(String path, double lower, double upper, double start) {
    return create(path, lower, upper, start);
  }

  private static CalibrationParameter create(String text, double lower, double upper, @Nullable Double start) {
    ParameterPath path;
    try {
      path = ParameterPath.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("calibration parameter '" + text + "': " + e.getMessage(), e);
    }
    checkArgument(Double.isFinite(lower) && Double.isFinite(upper),
        "calibration parameter '%s': the bounds [%s, %s] must be finite", text, lower, upper);
    checkArgument(lower < upper,
        "calibration parameter '%s': the bounds [%s, %s] are %s; the lower bound must be below the upper", text,
        lower, upper, lower == upper ? "empty" : "inverted");
    double s = Double.NaN;
    if (start != null) {
      s = start;
      checkArgument(s > lower && s < upper,
          "calibration parameter '%s': the start value %s is not strictly between the bounds [%s, %s]", text, s,
          lower, upper);
    }
    return new CalibrationParameter(path, lower, upper, s);
  }

  /** The parameter's path. */
  public ParameterPath path() {
    return path;
  }

  /** The lower bound, in the parameter's unit. */
  public double lower() {
    return lower;
  }

  /** The upper bound, in the parameter's unit; above {@link #lower()}. */
  public double upper() {
    return upper;
  }

  /** The start value if one was given; strictly between the bounds. */
  public OptionalDouble start() {
    return Double.isNaN(start) ? OptionalDouble.empty() : OptionalDouble.of(start);
  }

  /** Whether a value lies strictly between the bounds. */
  boolean inside(double value) {
    return value > lower && value < upper;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CalibrationParameter p && p.path.equals(path)
        && Double.compare(p.lower, lower) == 0 && Double.compare(p.upper, upper) == 0
        && Double.compare(p.start, start) == 0;
  }

  @Override
  public int hashCode() {
    return ((path.hashCode() * 31 + Double.hashCode(lower)) * 31 + Double.hashCode(upper)) * 31
        + Double.hashCode(start);
  }

  @Override
  public String toString() {
    return path + " in [" + lower + ", " + upper + "]" + (Double.isNaN(start) ? "" : " from " + start);
  }
}
