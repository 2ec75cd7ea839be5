package io.xinlu.uncertainty.sampling;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Correlation of samples and the checks a correlation matrix must pass.
 *
 * <p>A sample is an {@code n x k} array: {@code sample[i]} is the i-th point, {@code sample[i][j]} its j-th
 * coordinate. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Correlations {
  /** The tolerance of the symmetry check: {@code |c[i][j] - c[j][i]| <= 1e-12}. */
  public static final double SYMMETRY_TOLERANCE = 1e-12;

  /** The smallest pivot accepted by the Cholesky test of positive definiteness. */
  static final double PIVOT_TOLERANCE = 1e-10;

  private Correlations() {}

  /**
   * The Spearman rank correlation matrix of a sample: the Pearson correlation of the columns' ranks, ties given their
   * average rank. A constant column has correlation NaN with the others (and 1 with itself).
   *
   * @param sample {@code n x k}, rectangular, {@code n >= 2}, finite values; not modified
   * @return a new {@code k x k} matrix
   * @throws IllegalArgumentException if the sample is not rectangular, has fewer than two rows or a non-finite value
   */
  public static double[][] spearman(double[][] sample) {
    int k = checkSample("spearman", sample, 2);
    int n = sample.length;
    double[][] ranks = new double[n][k];
    double[] column = new double[n];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < n; i++) {
        column[i] = sample[i][j];
      }
      double[] r = averageRanks(column);
      for (int i = 0; i < n; i++) {
        ranks[i][j] = r[i];
      }
    }
    return pearsonOf(ranks);
  }

  /**
   * The Pearson (product-moment) correlation matrix of a sample's columns. A constant column has correlation NaN with
   * the others (and 1 with itself).
   *
   * @param sample {@code n x k}, rectangular, {@code n >= 2}, finite values; not modified
   * @return a new {@code k x k} matrix
   * @throws IllegalArgumentException if the sample is not rectangular, has fewer than two rows or a non-finite value
   */
  public static double[][] pearson(double[][] sample) {
    checkSample("pearson", sample, 2);
    return pearsonOf(sample);
  }

  /**
   * What is wrong with {@code matrix} as a {@code k x k} correlation matrix, one message per failed check; empty if
   * it is valid. The checks, in order: square of size {@code k}; finite entries; symmetric within
   * {@link #SYMMETRY_TOLERANCE}; unit diagonal; entries in {@code [-1, 1]}; positive definite (a Cholesky
   * factorisation whose pivots all exceed {@code 1e-10}). A failed shape or finiteness check stops the others;
   * positive definiteness is tested only when all other checks pass.
   *
   * @param matrix the candidate, not modified
   * @param k the size it must have
   * @param rows what a row stands for, as in {@code "one per uncertain parameter"}
   */
  public static ImmutableList<String> problems(double[][] matrix, int k, String rows) {
    List<String> found = new ArrayList<>();
    if (matrix.length != k) {
      found.add("must be " + k + " x " + k + " (" + rows + "), but has " + matrix.length + " rows");
      return ImmutableList.copyOf(found);
    }
    for (int i = 0; i < k; i++) {
      if (matrix[i].length != k) {
        found.add("must be " + k + " x " + k + " (" + rows + "), but row " + i + " has " + matrix[i].length
            + " entries");
      }
    }
    if (!found.isEmpty()) {
      return ImmutableList.copyOf(found);
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (!Double.isFinite(matrix[i][j])) {
          found.add("entry [" + i + "][" + j + "] = " + matrix[i][j] + " is not a finite number");
        }
      }
    }
    if (!found.isEmpty()) {
      return ImmutableList.copyOf(found);
    }
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        if (!(Math.abs(matrix[i][j] - matrix[j][i]) <= SYMMETRY_TOLERANCE)) {
          found.add("not symmetric: [" + i + "][" + j + "] = " + matrix[i][j] + " but [" + j + "][" + i + "] = "
              + matrix[j][i] + " (tolerance " + SYMMETRY_TOLERANCE + ")");
        }
      }
    }
    for (int i = 0; i < k; i++) {
      if (matrix[i][i] != 1.0) {
        found.add("diagonal entry [" + i + "][" + i + "] = " + matrix[i][i] + " is not 1");
      }
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (i != j && !(matrix[i][j] >= -1 && matrix[i][j] <= 1)) {
          found.add("entry [" + i + "][" + j + "] = " + matrix[i][j] + " lies outside [-1, 1]");
        }
      }
    }
    if (found.isEmpty()) {
      int failedAt = choleskyFailure(matrix);
      if (failedAt >= 0) {
        found.add("not positive definite: the Cholesky factorisation fails at row " + failedAt
            + " (no set of variables can have these correlations together)");
      }
    }
    return ImmutableList.copyOf(found);
  }

  // ------------------------------------------------------------------------------------------------ package helpers

  /** Checks a sample's shape and values; returns its number of columns. */
  static int checkSample(String who, double[][] sample, int minRows) {
    checkArgument(sample.length >= minRows, "%s: the sample needs at least %s, got %s", who,
        minRows == 1 ? "one row" : minRows + " rows", sample.length);
    int k = sample[0].length;
    checkArgument(k >= 1, "%s: the sample needs at least one column", who);
    for (int i = 0; i < sample.length; i++) {
      checkArgument(sample[i].length == k, "%s: row %s has %s values, not %s like row 0", who, i, sample[i].length, k);
      for (int j = 0; j < k; j++) {
        checkArgument(Double.isFinite(sample[i][j]), "%s: row %s, column %s is %s, not a finite number", who, i, j,
            sample[i][j]);
      }
    }
    return k;
  }

  /** The lower Cholesky factor {@code L} with {@code L L^T = m}, or {@code null} if a pivot is not positive. */
  static double @Nullable [][] cholesky(double[][] m) {
    double[][] l = new double[m.length][m.length];
    return factorInto(m, l) < 0 ? l : null;
  }

  /** The row at which the Cholesky factorisation of {@code m} fails, or -1. */
  static int choleskyFailure(double[][] m) {
    return factorInto(m, new double[m.length][m.length]);
  }

  /** Writes the lower Cholesky factor of {@code m} into {@code l}; returns -1, or the row where a pivot fails. */
  private static int factorInto(double[][] m, double[][] l) {
    int k = m.length;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j <= i; j++) {
        double s = m[i][j];
        for (int p = 0; p < j; p++) {
          s -= l[i][p] * l[j][p];
        }
        if (i == j) {
          if (!(s > PIVOT_TOLERANCE)) {
            return i;
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    return -1;
  }

  /** Ranks 1..n of the values, ties given their average rank. */
  static double[] averageRanks(double[] values) {
    int n = values.length;
    int[] order = argsort(values);
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int t = i; t <= j; t++) {
        ranks[order[t]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }

  /** The indices that sort {@code values} ascending; ties keep index order, so the result is deterministic. */
  static int[] argsort(double[] values) {
    Integer[] boxed = new Integer[values.length];
    for (int i = 0; i < boxed.length; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> {
      int c = Double.compare(values[a], values[b]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] order = new int[boxed.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  private static double[][] pearsonOf(double[][] x) {
    int n = x.length;
    int k = x[0].length;
    double[] mean = new double[k];
    for (double[] row : x) {
      for (int j = 0; j < k; j++) {
        mean[j] += row[j];
      }
    }
    for (int j = 0; j < k; j++) {
      mean[j] /= n;
    }
    double[][] cov = new double[k][k];
    for (double[] row : x) {
      for (int a = 0; a < k; a++) {
        double da = row[a] - mean[a];
        for (int b = a; b < k; b++) {
          cov[a][b] += da * (row[b] - mean[b]);
        }
      }
    }
    double[][] r = new double[k][k];
    for (int a = 0; a < k; a++) {
      r[a][a] = 1.0;
      for (int b = a + 1; b < k; b++) {
        double c = cov[a][b] / Math.sqrt(cov[a][a] * cov[b][b]);
        c = Math.max(-1, Math.min(1, c));
        r[a][b] = c;
        r[b][a] = c;
      }
    }
    return r;
  }
}
