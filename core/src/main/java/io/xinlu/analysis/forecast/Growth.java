package io.xinlu.analysis.forecast;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.analysis.internal.Checks;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.Objects;

/**
 * Compound annual growth rates for calibrating baselines: from two points, from a history of equally spaced
 * observations, or from a run, and the projection of a level at a constant rate.
 *
 * <pre>
 *   CAGR = (last / first)^(1 / periods) - 1
 *   projected = value (1 + rate)^periods
 * </pre>
 *
 * Rates are fractions per period ({@code 0.05} is 5 % a year for yearly data). A history of {@code m} yearly
 * observations spans {@code m - 1} periods; only its first and last values enter the CAGR, the others are checked to
 * be finite so that a gap (NaN) in the data is not silently ignored.
 *
 * <pre>{@code
 * Growth.cagr(10_000_000, 42_998_000, 8);                        // 0.2000, 20 % a year
 * Growth.cagr(new double[] {100, 104, 110, 112});                // over 3 periods
 * Growth.cagr(run, Quantity.VALUE_ADDED, 2022, 2030);            // GDP's CAGR in the run
 * Growth.project(120.0, 0.05, 8);                                // 120 * 1.05^8
 * }</pre>
 *
 * <p><b>Bad input</b> throws {@link IllegalArgumentException} naming the value at fault: a first value that is not
 * positive or a last value that is negative (a growth rate from or to a negative level is undefined), NaN or
 * infinite values, fewer than one period, a history of fewer than two values, years outside a run or out of order,
 * a rate below -1.
 *
 * <p>All methods are pure functions of their arguments; the class has no state and is thread-safe.
 *
 * @since 0.1.0
 */
public final class Growth {
  private Growth() {}

  /**
   * The compound growth rate per period from {@code first} to {@code last} over {@code periods} periods.
   *
   * @param first the value at the start, finite and positive
   * @param last the value at the end, finite and not negative (0 gives -1, a complete fall)
   * @param periods the number of periods (years) between them, at least 1
   * @throws IllegalArgumentException naming the value at fault
   */
  public static double cagr(double first, double last, int periods) {
    checkArgument(Double.isFinite(first) && first > 0,
        "first value is %s; a compound growth rate needs a finite, positive starting value", first);
    checkArgument(Double.isFinite(last) && last >= 0, "last value is %s; it must be finite and not negative", last);
    checkArgument(periods >= 1, "periods is %s; a growth rate needs at least one period", periods);
    return Math.pow(last / first, 1.0 / periods) - 1;
  }

  /**
   * The compound growth rate per period of a history of equally spaced observations, oldest first: from the first
   * to the last value over {@code history.length - 1} periods.
   *
   * @param history at least two values, all finite, the first positive and the last not negative
   * @throws IllegalArgumentException naming the value at fault
   */
  public static double cagr(double[] history) {
    Objects.requireNonNull(history, "history");
    checkArgument(history.length >= 2, "a history of %s value%s has no period; it needs at least two values",
        history.length, history.length == 1 ? "" : "s");
    Checks.finite(history, "history");
    return cagr(history[0], history[history.length - 1], history.length - 1);
  }

  /**
   * The compound annual growth rate of a quantity's city total in a run (GDP for {@link Quantity#VALUE_ADDED}) from
   * {@code fromYear} to {@code toYear}.
   *
   * @throws IllegalArgumentException if a year lies outside the run, {@code fromYear} is not before {@code toYear},
   *     or the total in {@code fromYear} is not positive
   * @throws IllegalStateException if the run cannot give the quantity
   */
  public static double cagr(Run run, Quantity quantity, int fromYear, int toYear) {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(quantity, "quantity");
    checkYears(run, fromYear, toYear);
    return cagr(run.total(quantity, fromYear), run.total(quantity, toYear), toYear - fromYear);
  }

  /**
   * The compound annual growth rate of one sector's quantity in a run from {@code fromYear} to {@code toYear}.
   *
   * @throws IllegalArgumentException as {@link #cagr(Run, Quantity, int, int)}, or for an unknown sector
   */
  public static double cagr(Run run, Quantity quantity, String sector, int fromYear, int toYear) {
    Objects.requireNonNull(run, "run");
    Checks.perSector(quantity);
    checkYears(run, fromYear, toYear);
    return cagr(run.value(quantity, fromYear, sector), run.value(quantity, toYear, sector), toYear - fromYear);
  }

  /**
   * A level projected at a constant growth rate, {@code value (1 + rate)^periods}.
   *
   * @param value the level now, finite
   * @param rate the growth rate per period, finite and at least -1
   * @param periods the number of periods ahead, not negative
   * @throws IllegalArgumentException naming the argument at fault
   */
  public static double project(double value, double rate, int periods) {
    checkArgument(Double.isFinite(value), "value is %s; it must be finite", value);
    checkArgument(Double.isFinite(rate) && rate >= -1, "rate is %s; it must be finite and at least -1", rate);
    checkArgument(periods >= 0, "periods is %s; it must not be negative", periods);
    return value * Math.pow(1 + rate, periods);
  }

  private static void checkYears(Run run, int fromYear, int toYear) {
    checkArgument(fromYear < toYear, "run '%s': fromYear %s is not before toYear %s", run.scenarioName(), fromYear,
        toYear);
    Checks.year(run, fromYear, "fromYear");
    Checks.year(run, toYear, "toYear");
  }
}
