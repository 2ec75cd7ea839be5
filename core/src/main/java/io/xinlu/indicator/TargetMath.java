package io.xinlu.indicator;

import io.xinlu.engine.Run;
import java.math.BigDecimal;
import java.math.MathContext;

/** Shared arithmetic, run checks and formatting of {@link Target}s and {@link TargetCheck}s. Stateless. */
final class TargetMath {
  private TargetMath() {}

  /**
   * Whether {@code value >= limit}, forgiving a shortfall of at most {@link Target#TOLERANCE} times the larger
   * magnitude of the two. False for NaN; exact for infinite values. {@code limit} is finite.
   */
  static boolean atLeast(double value, double limit) {
    if (value >= limit) {
      return true;
    }
    if (!Double.isFinite(value)) {
      return false;
    }
    return limit - value <= Target.TOLERANCE * Math.max(Math.abs(value), Math.abs(limit));
  }

  /** Whether {@code value <= limit}, with the same tolerance as {@link #atLeast}. */
  static boolean atMost(double value, double limit) {
    if (value <= limit) {
      return true;
    }
    if (!Double.isFinite(value)) {
      return false;
    }
    return value - limit <= Target.TOLERANCE * Math.max(Math.abs(value), Math.abs(limit));
  }

  /** Whether the comparison holds, with tolerance. */
  static boolean holds(Target.Comparison comparison, double value, double limit) {
    return comparison == Target.Comparison.AT_LEAST ? atLeast(value, limit) : atMost(value, limit);
  }

  /**
   * Checks that the run can give the target's indicator.
   *
   * @throws IllegalArgumentException naming the target, the indicator, the run and the missing data
   */
  static void checkAvailable(Target target, Run run) {
    try {
      target.indicator().checkAvailable(run);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("target '" + target.id() + "': " + e.getMessage(), e);
    }
  }

  /**
   * Checks that a year of the target lies in the run.
   *
   * @param label what the year is, such as {@code target year} or {@code base year}
   * @throws IllegalArgumentException naming the target, the indicator, the run, the year and the run's years
   */
  static void checkYear(Target target, Run run, String label, int year) {
    if (year < run.baseYear() || year > run.endYear()) {
      throw new IllegalArgumentException("target '" + target.id() + "' on indicator '" + target.indicator().id()
          + "' cannot be checked on run '" + run.scenarioName() + "': " + label + " " + year
          + " is outside the run (" + run.baseYear() + ".." + run.endYear() + ")");
    }
  }

  /**
   * The target's indicator for every year of the run, base year first; call after {@link #checkAvailable}. An
   * exception from the indicator's formula is rethrown naming the target.
   */
  static double[] series(Target target, Run run) {
    try {
      return target.indicator().series(run);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException("target '" + target.id() + "' on indicator '" + target.indicator().id()
          + "' cannot be checked on run '" + run.scenarioName() + "': " + e.getMessage(), e);
    }
  }

  /** A number exactly as given, without a trailing {@code .0}: for ids. */
  static String exact(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return Double.toString(x);
  }

  /** A number to six significant digits, without trailing zeros: for one-line descriptions. */
  static String brief(double x) {
    if (!Double.isFinite(x)) {
      return Double.toString(x);
    }
    if (x == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros();
    double a = Math.abs(x);
    return a >= 1e-4 && a < 1e15 ? d.toPlainString() : d.toString();
  }
}
