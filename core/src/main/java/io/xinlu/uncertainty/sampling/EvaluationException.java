package io.xinlu.uncertainty.sampling;

import java.util.Arrays;

/**
 * A function evaluated by {@link Evaluation} threw at a row of the design: the message names the row and its point,
 * and the function's exception is the cause.
 *
 * @since 0.1.0
 */
public final class EvaluationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int row;
  private final double[] point;

  EvaluationException(int row, double[] point, RuntimeException cause) {
    super("evaluation failed at row " + row + " (point " + Arrays.toString(point) + "): " + cause, cause);
    this.row = row;
    this.point = point.clone();
  }

  /** The failing row, 0-based, in design order. */
  public int row() {
    return row;
  }

  /** A copy of the point at the failing row. */
  public double[] point() {
    return point.clone();
  }
}
