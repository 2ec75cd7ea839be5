package io.xinlu.check;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;

/**
 * One output of a model that moved between two versions beyond a {@link ChangeTolerance}: an indicator's value in a year of
 * a scenario, at one point of the comparison's design, in the old and in the new version.
 *
 * <p>Immutable and thread-safe; two moves are equal when all their fields are (values compared as
 * {@link Double#equals} does).
 *
 * @param scenario the scenario's name
 * @param point the design point: 0 for the models as given, {@code i} for row {@code i - 1} of the design (see
 *     {@link VersionDiff#points()})
 * @param indicator the indicator's id
 * @param unit the indicator's unit
 * @param year the year
 * @param oldValue the value in the old version, in the indicator's unit; NaN when undefined
 * @param newValue the value in the new version, in the indicator's unit; NaN when undefined
 * @since 0.1.0
 */
public record OutputMove(String scenario, int point, String indicator, String unit, int year, double oldValue,
    double newValue) {

  /**
   * The order of a {@link VersionDiff}'s moves: the largest {@link #relativeSize()} first, then the largest
   * {@link #size()}; the comparison keeps moves that tie in the order scenario, point, indicator, year.
   */
  public static final Comparator<OutputMove> LARGEST_FIRST = Comparator.comparingDouble(OutputMove::relativeSize)
      .thenComparingDouble(OutputMove::size).reversed();

  /** Checks that no field is null and the point is not negative. */
  public OutputMove {
    checkNotNull(scenario, "the scenario is null");
    checkNotNull(indicator, "the indicator is null");
    checkNotNull(unit, "the unit is null");
    checkArgument(point >= 0, "move of '%s' in %s: the point must be at least 0, got %s", indicator, year, point);
  }

  /** The change {@code new - old}, in the indicator's unit; NaN when either value is NaN. */
  public double change() {
    return newValue - oldValue;
  }

  /**
   * The change relative to the old value, {@code (new - old) / |old|}: signed, a fraction. Infinite (with the sign of
   * the change) when the old value is 0; NaN when either value is NaN or infinite.
   */
  public double relativeChange() {
    if (!Double.isFinite(oldValue) || !Double.isFinite(newValue)) {
      return Double.NaN;
    }
    return (newValue - oldValue) / Math.abs(oldValue);
  }

  /**
   * The size of the move relative to the old value, {@code |new - old| / |old|}, for ordering: positive infinity when
   * the old value is 0 (and the new one is not), or when either value is NaN or infinite (the move from or to an
   * undefined value is the largest there is). Never NaN.
   */
  public double relativeSize() {
    if (!Double.isFinite(oldValue) || !Double.isFinite(newValue)) {
      return oldValue == newValue ? 0 : Double.POSITIVE_INFINITY;
    }
    double d = Math.abs(newValue - oldValue);
    if (d == 0) {
      return 0;
    }
    return oldValue == 0 ? Double.POSITIVE_INFINITY : d / Math.abs(oldValue);
  }

  /** The size of the move, {@code |new - old|}, in the indicator's unit: positive infinity where the change is NaN. */
  public double size() {
    double d = Math.abs(newValue - oldValue);
    return Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
  }

  /**
   * One line, such as {@code gdp in 2035 (seed-plan, point 0): 142.61 -> 143.02 (+0.41, +0.29 %)}.
   */
  @Override
  public String toString() {
    double r = relativeChange();
    String rel = Double.isNaN(r) ? "" : Double.isInfinite(r) ? ", from 0" : ", " + (r > 0 ? "+" : "")
        + ModelCheck.num(100 * r) + " %";
    String sign = change() > 0 ? "+" : "";
    return indicator + " in " + year + " (" + scenario + ", point " + point + "): " + ModelCheck.num(oldValue) + " -> "
        + ModelCheck.num(newValue) + " (" + sign + ModelCheck.num(change()) + rel + ")";
  }
}
