package io.xinlu.search;

import java.util.Arrays;

/**
 * A problem's evaluation failed (it threw, or gave a NaN objective or a negative or non-finite violation): the
 * search stops and names the candidate. The cause is the problem's exception, if it threw one.
 *
 * @since 0.1.0
 */
public final class SearchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final double[] x;

  SearchException(double[] x, String what, @org.jspecify.annotations.Nullable Throwable cause) {
    super("evaluating candidate x = " + Arrays.toString(x) + " failed: " + what, cause);
    this.x = x.clone();
  }

  /** The candidate whose evaluation failed (a copy). */
  public double[] x() {
    return x.clone();
  }
}
