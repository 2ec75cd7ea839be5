package io.xinlu.history;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;

/**
 * How far a simulated value may lie from an observed one and still match it, for {@link HistoryMatch}: an absolute
 * half-width in the series' unit, a relative one as a fraction of the observed value, or both, in which case the
 * larger wins. A value {@code f} matches an observation {@code z} when {@code |f − z| <= max(absolute, relative
 * |z|)}; a value that is not finite never matches.
 *
 * <pre>{@code
 * Tolerance fivePercent = Tolerance.relative(0.05);          // within 5 % of each observed value
 * Tolerance twoBillion = Tolerance.absolute(2.0);            // within 2 billion CNY of a gdp observation
 * Tolerance either = Tolerance.of(2.0, 0.05);                // the larger of the two, value by value
 * boolean matches = either.contains(180.0, 186.5);           // |6.5| <= max(2, 9): true
 * }</pre>
 *
 * <p>Immutable and thread-safe. Two tolerances are equal when both half-widths are.
 *
 * @since 0.1.0
 */
public final class Tolerance {
  private final double absolute;
  private final double relative;

  private Tolerance(double absolute, double relative) {
    this.absolute = absolute;
    this.relative = relative;
  }

  /**
   * A tolerance of an absolute and a relative half-width; the larger applies to each observation.
   *
   * @param absolute the half-width in the series' unit, finite and at least 0
   * @param relative the half-width as a fraction of the observed value's magnitude (0.05 for 5 %), finite and at
   *     least 0
   * @throws IllegalArgumentException if a half-width is negative or not finite, giving its value
   */
  public static Tolerance of(double absolute, double relative) {
    return checked("tolerance", absolute, relative);
  }

  /**
   * A tolerance of an absolute half-width only.
   *
   * @throws IllegalArgumentException as {@link #of}
   */
  public static Tolerance absolute(double absolute) {
    return of(absolute, 0);
  }

  /**
   * A tolerance of a relative half-width only: a fraction of each observed value's magnitude.
   *
   * @throws IllegalArgumentException as {@link #of}
   */
  public static Tolerance relative(double relative) {
    return of(0, relative);
  }

  /** The tolerance after checking both half-widths, with {@code where} at the head of any message. */
  static Tolerance checked(String where, double absolute, double relative) {
    checkArgument(Double.isFinite(absolute) && absolute >= 0,
        "%s: the absolute tolerance %s is %s; it must be finite and at least 0", where, absolute,
        Double.isFinite(absolute) ? "negative" : "not finite");
    checkArgument(Double.isFinite(relative) && relative >= 0,
        "%s: the relative tolerance %s is %s; it must be finite and at least 0 (0.05 for 5 %%)", where, relative,
        Double.isFinite(relative) ? "negative" : "not finite");
    return new Tolerance(absolute, relative);
  }

  /** The absolute half-width, in the series' unit. */
  public double absolute() {
    return absolute;
  }

  /** The relative half-width, a fraction of the observed value's magnitude. */
  public double relative() {
    return relative;
  }

  /** The half-width around an observed value: {@code max(absolute, relative |observed|)}, in the series' unit. */
  public double halfWidth(double observed) {
    return Math.max(absolute, relative * Math.abs(observed));
  }

  /**
   * A copy with both half-widths multiplied by a factor.
   *
   * @param factor finite and at least 0
   * @throws IllegalArgumentException if the factor is negative or not finite, or a product overflows
   */
  public Tolerance scaled(double factor) {
    checkArgument(Double.isFinite(factor) && factor >= 0, "tolerance: the factor %s must be finite and at least 0",
        factor);
    return checked("tolerance scaled by " + factor, absolute * factor, relative * factor);
  }

  /**
   * Whether a simulated value matches an observed one: {@code |simulated − observed| <= halfWidth(observed)}; false
   * when the simulated value is not finite.
   */
  public boolean contains(double observed, double simulated) {
    return Math.abs(simulated - observed) <= halfWidth(observed);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Tolerance t && Double.compare(t.absolute, absolute) == 0
        && Double.compare(t.relative, relative) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(absolute) * 31 + Double.hashCode(relative);
  }

  /** Such as {@code ±max(2.0, 5.0 %)}, {@code ±2.0} or {@code ±5.0 %}. */
  @Override
  public String toString() {
    if (relative == 0) {
      return "±" + absolute;
    }
    String rel = (100 * relative) + " %";
    return absolute == 0 ? "±" + rel : "±max(" + absolute + ", " + rel + ")";
  }
}
