package io.xinlu.internal;

import org.jspecify.annotations.Nullable;

/**
 * Small dense linear algebra on row-major arrays, written for the engine's sizes (tens to hundreds of sectors).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class LinearAlgebra {
  private LinearAlgebra() {}

  /**
   * Returns {@code (I - A)^-1} row-major, or {@code null} when {@code I - A} is singular or the inverse has a
   * negative entry. For a non-negative {@code A} the inverse exists and is non-negative exactly when the spectral
   * radius of {@code A} is below 1 (a non-singular M-matrix), so {@code null} means the table is unproductive.
   *
   * @param a row-major n x n, not modified
   */
  public static double @Nullable [] leontiefInverse(double[] a, int n) {
    double[] m = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i * n + j] = (i == j ? 1.0 : 0.0) - a[i * n + j];
      }
    }
    double[] inv = invert(m, n);
    if (inv == null) {
      return null;
    }
    for (double x : inv) {
      if (!(x >= -1e-12) || Double.isInfinite(x)) {
        return null;
      }
    }
    for (int i = 0; i < inv.length; i++) {
      if (inv[i] < 0) {
        inv[i] = 0.0; // rounding noise on an exact zero
      }
    }
    return inv;
  }

  /**
   * Inverts a row-major n x n matrix by Gauss-Jordan elimination with partial pivoting; {@code null} if singular.
   *
   * @param m not modified
   */
  public static double @Nullable [] invert(double[] m, int n) {
    double[] w = m.clone();
    double[] inv = new double[n * n];
    for (int i = 0; i < n; i++) {
      inv[i * n + i] = 1.0;
    }
    double scale = 0;
    for (double x : w) {
      scale = Math.max(scale, Math.abs(x));
    }
    double tiny = Math.max(scale, 1.0) * 1e-13;
    for (int c = 0; c < n; c++) {
      int piv = c;
      double best = Math.abs(w[c * n + c]);
      for (int r = c + 1; r < n; r++) {
        double x = Math.abs(w[r * n + c]);
        if (x > best) {
          best = x;
          piv = r;
        }
      }
      if (!(best > tiny)) {
        return null;
      }
      if (piv != c) {
        swapRows(w, n, piv, c);
        swapRows(inv, n, piv, c);
      }
      double d = w[c * n + c];
      for (int k = 0; k < n; k++) {
        w[c * n + k] /= d;
        inv[c * n + k] /= d;
      }
      for (int r = 0; r < n; r++) {
        if (r == c) {
          continue;
        }
        double f = w[r * n + c];
        if (f != 0.0) {
          for (int k = 0; k < n; k++) {
            w[r * n + k] -= f * w[c * n + k];
            inv[r * n + k] -= f * inv[c * n + k];
          }
        }
      }
    }
    return inv;
  }

  /** A copy of a matrix given by rows: new rows with the same values (the rows may differ in length). */
  public static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  /**
   * Solves {@code M x = b} in place for a small system by Gaussian elimination with partial pivoting. {@code m}
   * (row-major k x k) and {@code b} are overwritten; the solution is left in {@code b}.
   *
   * @return false if the matrix is singular
   */
  public static boolean solveInPlace(double[] m, double[] b, int k) {
    int[] pivots = new int[k];
    if (!factor(m, pivots, k)) {
      return false;
    }
    solveFactored(m, pivots, b, k);
    return true;
  }

  /**
   * Factors a small matrix in place by Gaussian elimination with partial pivoting, for {@link #solveFactored}: on
   * return the upper triangle holds {@code U}, the entries below the diagonal the multipliers of each step in the
   * rows they had at that step (later swaps move only the columns not yet eliminated), and {@code pivots[c]} the
   * row swapped with row {@code c} at step {@code c}. {@link #solveFactored} therefore performs on the right-hand
   * side the operations, in the order, that eliminating it along with the matrix would.
   *
   * @return false if the matrix is singular
   */
  public static boolean factor(double[] m, int[] pivots, int k) {
    for (int c = 0; c < k; c++) {
      int piv = c;
      double best = Math.abs(m[c * k + c]);
      for (int r = c + 1; r < k; r++) {
        double x = Math.abs(m[r * k + c]);
        if (x > best) {
          best = x;
          piv = r;
        }
      }
      if (!(best > 0)) {
        return false;
      }
      pivots[c] = piv;
      if (piv != c) {
        for (int j = c; j < k; j++) {
          double t = m[piv * k + j];
          m[piv * k + j] = m[c * k + j];
          m[c * k + j] = t;
        }
      }
      for (int r = c + 1; r < k; r++) {
        double f = m[r * k + c] / m[c * k + c];
        if (f != 0.0) {
          for (int j = c + 1; j < k; j++) {
            m[r * k + j] -= f * m[c * k + j];
          }
        }
        m[r * k + c] = f;
      }
    }
    return true;
  }

  /** Solves {@code M x = b} in place with the factors of {@link #factor}; the solution is left in {@code b}. */
  public static void solveFactored(double[] lu, int[] pivots, double[] b, int k) {
    for (int c = 0; c < k; c++) {
      int piv = pivots[c];
      if (piv != c) {
        double t = b[piv];
        b[piv] = b[c];
        b[c] = t;
      }
      for (int r = c + 1; r < k; r++) {
        double f = lu[r * k + c];
        if (f != 0.0) {
          b[r] -= f * b[c];
        }
      }
    }
    for (int r = k - 1; r >= 0; r--) {
      double s = b[r];
      for (int j = r + 1; j < k; j++) {
        s -= lu[r * k + j] * b[j];
      }
      b[r] = s / lu[r * k + r];
    }
  }

  private static void swapRows(double[] m, int n, int r1, int r2) {
    for (int k = 0; k < n; k++) {
      double t = m[r1 * n + k];
      m[r1 * n + k] = m[r2 * n + k];
      m[r2 * n + k] = t;
    }
  }
}
