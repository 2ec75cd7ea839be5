package io.xinlu.check;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How far an output of a model may move between two versions before a {@link VersionComparison} reports it: an
 * output moved when {@code |new - old| > absolute + relative * |old|}.
 *
 * <p>Undefined and infinite values are judged by identity: NaN against a number (or a number against NaN) is a move,
 * NaN against NaN is not; an infinity against any other value is a move, against the same infinity it is not. Equal
 * values never move, whatever the tolerance ({@code 0.0} equals {@code -0.0}).
 *
 * <pre>{@code
 * ChangeTolerance t = ChangeTolerance.of(1e-6, 1e-9);   // a millionth of the old value, plus 1e-9 in the indicator's unit
 * t.moved(100.0, 100.00005);               // false: 5e-5 <= 1e-9 + 1e-6 * 100
 * t.moved(100.0, 100.001);                 // true
 * }</pre>
 *
 * <p>The relative part is taken of the <em>old</em> value, so a move from {@code old} to {@code new} and the move back
 * are judged alike when {@code relative} is 0, and otherwise may differ when the change lies between
 * {@code absolute + relative * min(|old|, |new|)} and {@code absolute + relative * max(|old|, |new|)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param relative the tolerance relative to the old value's magnitude, a fraction: finite, at least 0
 * @param absolute the tolerance in the indicator's own unit: finite, at least 0
 * @since 0.1.0
 */
public record ChangeTolerance(double relative, double absolute) {
  /** No tolerance at all: any difference is a move. */
  public static final ChangeTolerance EXACT = new ChangeTolerance(0, 0);

  /**
   * The tolerance when none is given: {@code relative = 1e-9}, {@code absolute = 1e-12}, far below any change of a
   * coefficient and far above the rounding of one run (runs of the same model are bit-identical).
   */
  public static final ChangeTolerance DEFAULT = new ChangeTolerance(1e-9, 1e-12);

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if a tolerance is negative, NaN or infinite; the message names it and its value
   */
  public ChangeTolerance {
    checkArgument(relative >= 0 && relative < Double.POSITIVE_INFINITY,
        "tolerance: the relative tolerance must be finite and at least 0, got %s", relative);
    checkArgument(absolute >= 0 && absolute < Double.POSITIVE_INFINITY,
        "tolerance: the absolute tolerance must be finite and at least 0, got %s", absolute);
  }

  /**
   * A tolerance.
   *
   * @param relative a fraction of the old value's magnitude, finite, at least 0
   * @param absolute in the indicator's unit, finite, at least 0
   * @throws IllegalArgumentException as the constructor
   */
  public static ChangeTolerance of(double relative, double absolute) {
    return new ChangeTolerance(relative, absolute);
  }

  /** Whether an output moved from {@code oldValue} to {@code newValue}; see the class comment for NaN and infinities. */
  public boolean moved(double oldValue, double newValue) {
    boolean oldNaN = Double.isNaN(oldValue);
    boolean newNaN = Double.isNaN(newValue);
    if (oldNaN || newNaN) {
      return oldNaN != newNaN;
    }
    if (oldValue == newValue) {
      return false;
    }
    if (Double.isInfinite(oldValue) || Double.isInfinite(newValue)) {
      return true;
    }
    // the difference of two finite doubles may overflow to infinity: then it exceeds any finite threshold
    return Math.abs(newValue - oldValue) > absolute + relative * Math.abs(oldValue);
  }

  @Override
  public String toString() {
    return "|new - old| > " + absolute + " + " + relative + " * |old|";
  }
}
