package io.xinlu.spark;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;

/**
 * Mergeable sums of the Sobol' estimators over base rows of a Saltelli design ({@link
 * io.xinlu.uncertainty.sensitivity.SaltelliDesign}): from them, the first-order and total indices that core's
 * {@link io.xinlu.uncertainty.sensitivity.SobolAnalysis} estimates from all the outputs at once, for several output columns
 * (an indicator in several years) at a time.
 *
 * <p>With {@code f_A,j}, {@code f_B,j}, {@code f_ABi,j} the outputs of base row {@code j}, {@code d_ij = f_ABi,j -
 * f_A,j} and {@code m} the mean of the {@code 2N} outputs at {@code A} and {@code B}, the estimators are Saltelli et
 * al. (2010)'s first order, {@code V_i = (1/N) sum_j (f_B,j - m) d_ij}, and Jansen (1999)'s total,
 * {@code V_Ti = (1/(2N)) sum_j d_ij^2}, over {@code V}, the variance of the outputs at {@code A} and {@code B}
 * (divided by {@code 2N}). Since {@code m} is only known at the end, the sums are kept in a form that merges exactly
 * in mathematics and stably in floating point: per column the counts, means and centred second moments of
 * {@code f_A} and {@code f_B} (Welford's update, Chan, Golub and LeVeque's merge), and per factor the mean of
 * {@code d_i}, the co-moment {@code C_i = sum_j (f_B,j - mean f_B)(d_ij - mean d_i)} and {@code sum_j d_ij^2}. Then
 * {@code sum_j (f_B,j - m) d_ij = C_i + N (mean f_B - m) mean d_i}. The indices agree with {@code SobolAnalysis} on the
 * same design to rounding (the test checks 1e-12); merging in a fixed order makes them bit-identical on any split.
 *
 * <p>Mutable and not thread-safe; serialisable, so that sums can travel between the machines of a Spark job.
 *
 * @since 0.1.0
 */
public final class SobolSums implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int factors;
  private final int columns;
  private long n;
  private final double[] meanA;
  private final double[] m2A;
  private final double[] meanB;
  private final double[] m2B;
  private final double[] meanD; // [column * factors + i]
  private final double[] coB;
  private final double[] sumSqD;

  /**
   * Empty sums for {@code factors} factors and {@code columns} output columns.
   *
   * @throws IllegalArgumentException if either is below 1
   */
  public SobolSums(int factors, int columns) {
    checkArgument(factors >= 1, "Sobol sums need at least 1 factor, got %s", factors);
    checkArgument(columns >= 1, "Sobol sums need at least 1 output column, got %s", columns);
    this.factors = factors;
    this.columns = columns;
    this.meanA = new double[columns];
    this.m2A = new double[columns];
    this.meanB = new double[columns];
    this.m2B = new double[columns];
    this.meanD = new double[columns * factors];
    this.coB = new double[columns * factors];
    this.sumSqD = new double[columns * factors];
  }

  /** The number of factors {@code k}. */
  public int factors() {
    return factors;
  }

  /** The number of output columns. */
  public int columns() {
    return columns;
  }

  /** The number of base rows added. */
  public long baseRows() {
    return n;
  }

  /**
   * Adds one base row: the outputs at its {@code A} and {@code B} points and at its {@code k} points {@code AB_i}.
   *
   * @param a the outputs at {@code A}, one per column
   * @param b the outputs at {@code B}, one per column
   * @param ab {@code ab[i][column]}: the outputs at {@code AB_i}
   * @throws IllegalArgumentException if a length is wrong or an output is not finite
   */
  public void add(double[] a, double[] b, double[][] ab) {
    checkArgument(a.length == columns && b.length == columns && ab.length == factors,
        "Sobol sums: expected %s columns and %s AB rows, got %s, %s and %s", columns, factors, a.length, b.length,
        ab.length);
    n++;
    for (int t = 0; t < columns; t++) {
      double ya = a[t];
      double yb = b[t];
      checkArgument(Double.isFinite(ya) && Double.isFinite(yb), "Sobol sums: outputs must be finite, got %s and %s",
          ya, yb);
      double dxa = ya - meanA[t];
      meanA[t] += dxa / n;
      m2A[t] += dxa * (ya - meanA[t]);
      double dxb = yb - meanB[t];
      meanB[t] += dxb / n;
      m2B[t] += dxb * (yb - meanB[t]);
      for (int i = 0; i < factors; i++) {
        checkArgument(ab[i].length == columns, "Sobol sums: AB row %s has %s columns, not %s", i, ab[i].length,
            columns);
        double y = ab[i][t];
        checkArgument(Double.isFinite(y), "Sobol sums: outputs must be finite, got %s", y);
        int c = t * factors + i;
        double d = y - ya;
        meanD[c] += (d - meanD[c]) / n;
        coB[c] += dxb * (d - meanD[c]);
        sumSqD[c] += d * d;
      }
    }
  }

  /**
   * Adds everything another sum saw (the other is left unchanged).
   *
   * @throws IllegalArgumentException if the factors or columns differ
   */
  public void merge(SobolSums o) {
    checkArgument(o.factors == factors && o.columns == columns,
        "cannot merge Sobol sums of %s factors and %s columns into sums of %s and %s", o.factors, o.columns, factors,
        columns);
    if (o.n == 0) {
      return;
    }
    if (n == 0) {
      n = o.n;
      System.arraycopy(o.meanA, 0, meanA, 0, columns);
      System.arraycopy(o.m2A, 0, m2A, 0, columns);
      System.arraycopy(o.meanB, 0, meanB, 0, columns);
      System.arraycopy(o.m2B, 0, m2B, 0, columns);
      System.arraycopy(o.meanD, 0, meanD, 0, meanD.length);
      System.arraycopy(o.coB, 0, coB, 0, coB.length);
      System.arraycopy(o.sumSqD, 0, sumSqD, 0, sumSqD.length);
      return;
    }
    long total = n + o.n;
    double w = (double) n * o.n / total;
    double share = (double) o.n / total;
    for (int t = 0; t < columns; t++) {
      double da = o.meanA[t] - meanA[t];
      m2A[t] += o.m2A[t] + da * da * w;
      meanA[t] += da * share;
      double db = o.meanB[t] - meanB[t];
      m2B[t] += o.m2B[t] + db * db * w;
      meanB[t] += db * share;
      for (int i = 0; i < factors; i++) {
        int c = t * factors + i;
        double dd = o.meanD[c] - meanD[c];
        coB[c] += o.coB[c] + db * dd * w;
        meanD[c] += dd * share;
        sumSqD[c] += o.sumSqD[c];
      }
    }
    n = total;
  }

  /** The mean of the outputs at {@code A} and {@code B} in a column. */
  public double mean(int column) {
    checkColumn(column);
    return (meanA[column] + meanB[column]) / 2;
  }

  /** The variance of the outputs at {@code A} and {@code B} in a column, divided by {@code 2N}. */
  public double variance(int column) {
    checkColumn(column);
    double d = meanA[column] - meanB[column];
    double m2 = m2A[column] + m2B[column] + d * d * (n / 2.0);
    return m2 / (2.0 * n);
  }

  /** The first-order indices of a column, in factor order; NaN if the outputs at A and B do not vary. */
  public double[] firstOrder(int column) {
    double v = variance(column);
    double m = mean(column);
    double[] s = new double[factors];
    for (int i = 0; i < factors; i++) {
      int c = column * factors + i;
      double vi = (coB[c] + n * (meanB[column] - m) * meanD[c]) / n;
      s[i] = v == 0 ? Double.NaN : vi / v;
    }
    return s;
  }

  /** The total indices of a column, in factor order; NaN if the outputs at A and B do not vary. */
  public double[] total(int column) {
    double v = variance(column);
    double[] s = new double[factors];
    for (int i = 0; i < factors; i++) {
      s[i] = v == 0 ? Double.NaN : sumSqD[column * factors + i] / (2.0 * n) / v;
    }
    return s;
  }

  private void checkColumn(int column) {
    checkArgument(column >= 0 && column < columns, "column %s is not in [0, %s)", column, columns);
    checkArgument(n > 0, "Sobol sums are empty: no base row was added");
  }

  @Override
  public String toString() {
    return "SobolSums{" + factors + " factors, " + columns + " columns, " + n + " base rows}";
  }
}
