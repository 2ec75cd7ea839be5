package io.xinlu.uncertainty.sensitivity;

/**
 * A two-sided confidence interval for an estimate.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower the lower bound; NaN if the interval is undefined (see {@link SobolAnalysis})
 * @param upper the upper bound, at least {@code lower}; NaN if the interval is undefined
 * @param level the nominal coverage, in (0, 1), for example 0.95
 * @since 0.1.0
 */
public record ConfidenceInterval(double lower, double upper, double level) {
  /**
   * Checks the bounds and level.
   *
   * @throws IllegalArgumentException if {@code level} is not in (0, 1), a bound is infinite, one bound alone is NaN
   *     or {@code lower > upper}
   */
  public ConfidenceInterval {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must lie in (0, 1), got " + level);
    }
    if (Double.isNaN(lower) != Double.isNaN(upper)) {
      throw new IllegalArgumentException("confidence interval: one bound is NaN: [" + lower + ", " + upper + "]");
    }
    if (Double.isInfinite(lower) || Double.isInfinite(upper) || lower > upper) {
      throw new IllegalArgumentException("confidence interval: bounds [" + lower + ", " + upper + "] are invalid");
    }
  }

  /** Whether the interval has bounds (they are not NaN). */
  public boolean isDefined() {
    return !Double.isNaN(lower);
  }

  /** Whether {@code x} lies within the bounds, inclusive; false for an undefined interval. */
  public boolean contains(double x) {
    return x >= lower && x <= upper;
  }

  /** {@code upper - lower}. */
  public double width() {
    return upper - lower;
  }
}
