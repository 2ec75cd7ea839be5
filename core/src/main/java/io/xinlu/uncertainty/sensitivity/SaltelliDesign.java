package io.xinlu.uncertainty.sensitivity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.Evaluation;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation points of a Saltelli design for Sobol' indices: from two independent base samples {@code A} and
 * {@code B} of {@code N} points in the {@code k}-dimensional unit cube, the {@code N(k + 2)} points
 *
 * <pre>
 *   rows 0 .. N-1               A
 *   rows N .. 2N-1              B
 *   rows (2+i)N .. (3+i)N-1     AB_i = A with column i taken from B, for i = 0 .. k-1
 * </pre>
 *
 * <p>(Saltelli et al. 2010, <i>Computer Physics Communications</i> 181:259-270, where {@code AB_i} is written
 * {@code A_B^(i)}). Row {@code j} of every block belongs to the same base row {@code j}. Run the model at every point,
 * in this order, and give the outputs to {@link SobolAnalysis}.
 *
 * <p>The points lie in the unit cube; map each coordinate to its factor's distribution (by its inverse distribution
 * function) before running the model. {@code A} and {@code B} may come from any sampler: two halves of the columns of
 * a {@code 2k}-dimensional Sobol' sequence, as Saltelli et al. (2010) do, Latin hypercube or Monte Carlo samples, or
 * {@link #random(List, int, long) random(names, n, seed)}.
 *
 * <pre>{@code
 * SaltelliDesign design = SaltelliDesign.random(List.of("growth", "efficiency", "coal-price"), 4096, 42);
 * double[] y = design.evaluate(u -> model(u));           // N(k + 2) outputs, in the layout above
 * SobolAnalysis s = SobolAnalysis.of(design, y, Bootstrap.of(1000, 7));
 * }</pre>
 *
 * <p>In one call, on a Sobol' sequence as Saltelli et al. (2010) do, with the points scaled to the parameters' ranges
 * and the indices computed from the outputs:
 *
 * <pre>{@code
 * SaltelliDesign design = SaltelliDesign.sobol(List.of("growth", "efficiency"), 1024);
 * double[][] points = design.scaled(new double[] {0.01, 0.5}, new double[] {0.06, 0.9});   // N(k + 2) rows
 * double[] y = Evaluation.parallel(points, x -> model(x), 2);                              // in design order
 * SobolAnalysis s = design.analyze(y);
 * }</pre>
 *
 * <p>Immutable and thread-safe; accessors return copies.
 *
 * @since 0.1.0
 */
public final class SaltelliDesign {
  private static final String WHAT = "Saltelli design";

  private final ImmutableList<String> names;
  private final int n;
  private final int k;
  private final double[] a; // row-major n x k
  private final double[] b;

  private SaltelliDesign(ImmutableList<String> names, int n, double[] a, double[] b) {
    this.names = names;
    this.n = n;
    this.k = names.size();
    this.a = a;
    this.b = b;
  }

  /**
   * Returns the design built from the given base samples.
   *
   * @param names the factors' names, in the order of the columns
   * @param a the base sample {@code A}: {@code N} rows of {@code k} coordinates in [0, 1]
   * @param b the base sample {@code B}, independent of {@code A}, of the same shape
   * @throws IllegalArgumentException if there are no factors, names repeat, {@code N < 2}, the shapes disagree or a
   *     coordinate is not in [0, 1]
   */
  public static SaltelliDesign of(List<String> names, double[][] a, double[][] b) {
    ImmutableList<String> ns = SensitivitySupport.factorNames(WHAT, names);
    int k = ns.size();
    int n = a.length;
    checkBaseSize(n, k);
    checkArgument(b.length == n, "%s: B has %s rows but A has %s; both need N rows", WHAT, b.length, n);
    return new SaltelliDesign(ns, n, flatten("A", a, k), flatten("B", b, k));
  }

  /**
   * Returns a design whose base samples are independent uniform pseudo-random points: a {@link SplittableRandom}
   * seeded with {@code seed} fills {@code A} row by row, then {@code B} row by row. Quasi-random base samples (a Sobol'
   * sequence) usually converge faster; pass them to {@link #of(List, double[][], double[][])}.
   *
   * @param names the factors' names
   * @param n the base sample size {@code N}, at least 2; the model runs {@code N(k + 2)} times
   * @param seed the seed: the same seed gives the same design
   * @throws IllegalArgumentException if there are no factors, names repeat or {@code n < 2}
   */
  public static SaltelliDesign random(List<String> names, int n, long seed) {
    ImmutableList<String> ns = SensitivitySupport.factorNames(WHAT, names);
    int k = ns.size();
    checkBaseSize(n, k);
    SplittableRandom random = new SplittableRandom(seed);
    double[] a = new double[n * k];
    double[] b = new double[n * k];
    for (int i = 0; i < a.length; i++) {
      a[i] = random.nextDouble();
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = random.nextDouble();
    }
    return new SaltelliDesign(ns, n, a, b);
  }

  /**
   * Returns the design whose base samples are the two halves of the columns of a {@code 2k}-dimensional Sobol'
   * sequence, as Saltelli et al. (2010, section 3) build it: the points {@code 1 .. N} of
   * {@link Designs#sobol(int, int) Designs.sobol(2k, N)}, columns {@code 0 .. k-1} forming {@code A} and columns
   * {@code k .. 2k-1} forming {@code B}. Deterministic: no seed. Sobol' points converge fastest when {@code N} is a
   * power of two.
   *
   * <p>This is exactly the split that callers used to write by hand, so a design built this way has the same bits as
   * {@code of(names, a, b)} with {@code a} and {@code b} cut from {@code Designs.sobol(2 * k, n).toArray()}.
   *
   * @param names the factors' names, in the order of the columns
   * @param n the base sample size {@code N}, at least 2; the model runs {@code N(k + 2)} times
   * @throws IllegalArgumentException if there are no factors, names repeat, {@code n < 2}, or {@code 2k} exceeds
   *     the {@link Designs#SOBOL_MAX_DIMENSION dimensions of the embedded direction numbers} (the message says the
   *     largest {@code k})
   * @since 0.1.0
   */
  public static SaltelliDesign sobol(List<String> names, int n) {
    ImmutableList<String> ns = SensitivitySupport.factorNames(WHAT, names);
    int k = ns.size();
    checkArgument(2L * k <= Designs.SOBOL_MAX_DIMENSION,
        "%s: a Sobol' base needs 2k = %s dimensions, but the embedded direction numbers have %s; give at most %s "
            + "factors", WHAT, 2L * k, Designs.SOBOL_MAX_DIMENSION, Designs.SOBOL_MAX_DIMENSION / 2);
    checkBaseSize(n, k);
    double[][] sobol = Designs.sobol(2 * k, n).toArray();
    double[] a = new double[n * k];
    double[] b = new double[n * k];
    for (int j = 0; j < n; j++) {
      System.arraycopy(sobol[j], 0, a, j * k, k);
      System.arraycopy(sobol[j], k, b, j * k, k);
    }
    return new SaltelliDesign(ns, n, a, b);
  }

  /**
   * Returns the Sobol'-based design over the factors {@code x1 .. xk}, as {@link #sobol(List, int)}.
   *
   * @throws IllegalArgumentException if {@code k < 1}, {@code n < 2} or {@code 2k} exceeds the embedded dimensions
   * @since 0.1.0
   */
  public static SaltelliDesign sobol(int k, int n) {
    return sobol(SensitivitySupport.defaultNames(WHAT, k), n);
  }

  /**
   * Returns a pseudo-random design over the factors {@code x1 .. xk}, as {@link #random(List, int, long)}.
   *
   * @throws IllegalArgumentException if {@code k < 1} or {@code n < 2}
   */
  public static SaltelliDesign random(int k, int n, long seed) {
    return random(SensitivitySupport.defaultNames(WHAT, k), n, seed);
  }

  private static void checkBaseSize(int n, int k) {
    checkArgument(n >= 2, "%s: the base sample size N must be at least 2, got %s (a larger N is advised: the "
        + "estimates' error shrinks like 1/sqrt(N); see docs/SENSITIVITY.md)", WHAT, n);
    checkArgument((long) n * (k + 2) * k <= Integer.MAX_VALUE,
        "%s: N = %s with k = %s factors gives too many points", WHAT, n, k);
  }

  private static double[] flatten(String which, double[][] m, int k) {
    double[] flat = new double[m.length * k];
    for (int j = 0; j < m.length; j++) {
      SensitivitySupport.checkUnitPoint(WHAT + ": " + which + " row " + j, m[j], k);
      System.arraycopy(m[j], 0, flat, j * k, k);
    }
    return flat;
  }

  /** The factors' names, in column order. */
  public ImmutableList<String> names() {
    return names;
  }

  /** The number of factors {@code k}. */
  public int factorCount() {
    return k;
  }

  /** The base sample size {@code N}. */
  public int baseSize() {
    return n;
  }

  /** The number of evaluation points, {@code N(k + 2)}. */
  public int size() {
    return n * (k + 2);
  }

  /**
   * A copy of evaluation point {@code row}, in the layout of the class description.
   *
   * @throws IndexOutOfBoundsException if {@code row} is not in {@code [0, size())}
   */
  public double[] point(int row) {
    double[] p = new double[k];
    fill(row, p);
    return p;
  }

  /** A copy of all {@code N(k + 2)} evaluation points, one row each, in the layout of the class description. */
  public double[][] points() {
    double[][] out = new double[size()][];
    for (int r = 0; r < out.length; r++) {
      out[r] = point(r);
    }
    return out;
  }

  /** A copy of the base sample {@code A}. */
  public double[][] a() {
    return unflatten(a);
  }

  /** A copy of the base sample {@code B}. */
  public double[][] b() {
    return unflatten(b);
  }

  /**
   * A copy of the matrix {@code A_B^(i)}: {@code A} with column {@code i} taken from {@code B} (rows
   * {@code (2+i)N .. (3+i)N-1} of the design).
   *
   * @param factor the factor {@code i}, 0-based, in the order of {@link #names()}
   * @throws IllegalArgumentException if {@code factor} is not in {@code [0, k)}
   * @since 0.1.0
   */
  public double[][] ab(int factor) {
    checkArgument(factor >= 0 && factor < k, "%s: factor index %s is not in [0, %s) (factors %s)", WHAT, factor, k,
        names);
    double[][] out = new double[n][];
    for (int j = 0; j < n; j++) {
      out[j] = point((2 + factor) * n + j);
    }
    return out;
  }

  /**
   * All {@code N(k + 2)} evaluation points scaled from the unit cube to the parameters' ranges: coordinate {@code i}
   * becomes {@code lower[i] + (upper[i] - lower[i]) u_i}, a uniform distribution on {@code [lower[i], upper[i]]}.
   * Rows are in the layout of the class description. For other distributions map each coordinate through its
   * inverse distribution function instead (as {@link io.xinlu.uncertainty.sampling.ParameterSpace} does).
   *
   * @param lower the lower end of each parameter's range, in the order of {@link #names()}
   * @param upper the upper end of each parameter's range, not below {@code lower}
   * @throws IllegalArgumentException if the arrays do not have {@code k} entries, a bound is NaN or infinite, or an
   *     upper bound lies below its lower bound (the message names the factor)
   * @since 0.1.0
   */
  public double[][] scaled(double[] lower, double[] upper) {
    checkArgument(lower.length == k && upper.length == k,
        "%s: the ranges need %s lower and %s upper bounds (factors %s), got %s and %s", WHAT, k, k, names,
        lower.length, upper.length);
    for (int i = 0; i < k; i++) {
      checkArgument(Double.isFinite(lower[i]) && Double.isFinite(upper[i]) && lower[i] <= upper[i],
          "%s: factor %s '%s' has the range [%s, %s]; give finite bounds with lower <= upper", WHAT, i,
          names.get(i), lower[i], upper[i]);
    }
    double[][] out = new double[size()][];
    for (int r = 0; r < out.length; r++) {
      double[] p = point(r);
      for (int i = 0; i < k; i++) {
        p[i] = lower[i] + (upper[i] - lower[i]) * p[i];
      }
      out[r] = p;
    }
    return out;
  }

  /**
   * The Sobol' indices from the model's outputs at every point of this design, in its layout: the same as
   * {@link SobolAnalysis#of(SaltelliDesign, double[]) SobolAnalysis.of(this, outputs)}.
   *
   * @throws IllegalArgumentException as {@link SobolAnalysis#of(SaltelliDesign, double[])}
   * @since 0.1.0
   */
  public SobolAnalysis analyze(double[] outputs) {
    return SobolAnalysis.of(this, outputs);
  }

  /**
   * The Sobol' indices with bootstrap confidence intervals: the same as
   * {@link SobolAnalysis#of(SaltelliDesign, double[], Bootstrap) SobolAnalysis.of(this, outputs, bootstrap)}.
   *
   * @throws IllegalArgumentException as {@link SobolAnalysis#of(SaltelliDesign, double[], Bootstrap)}
   * @since 0.1.0
   */
  public SobolAnalysis analyze(double[] outputs, Bootstrap bootstrap) {
    return SobolAnalysis.of(this, outputs, bootstrap);
  }

  /**
   * Runs a model at every evaluation point, in order, on this thread, and returns the outputs in the layout that
   * {@link SobolAnalysis} expects. The model receives a fresh copy of each point.
   */
  public double[] evaluate(ToDoubleFunction<double[]> model) {
    double[] y = new double[size()];
    double[] p = new double[k];
    for (int r = 0; r < y.length; r++) {
      fill(r, p);
      y[r] = model.applyAsDouble(p.clone());
    }
    return y;
  }

  /**
   * Runs a model at every evaluation point on {@code threads} threads and returns the outputs in the layout that
   * {@link SobolAnalysis} expects: {@link Evaluation#parallel(double[][], ToDoubleFunction, int)} over
   * {@link #points()}. The outputs are the same bits whatever the number of threads.
   *
   * @throws IllegalArgumentException if {@code threads < 1}
   * @throws io.xinlu.uncertainty.sampling.EvaluationException if the model throws: for the lowest failing row
   * @since 0.1.0
   */
  public double[] evaluate(ToDoubleFunction<double[]> model, int threads) {
    return Evaluation.parallel(points(), model, threads);
  }

  /** Describes row {@code r} for messages: {@code "row 17 (AB_2, base row 3)"}. */
  String describeRow(int r) {
    int block = r / n;
    int j = r % n;
    String b = block == 0 ? "A" : block == 1 ? "B" : "AB_" + (block - 2) + " '" + names.get(block - 2) + "'";
    return "row " + r + " (" + b + ", base row " + j + ")";
  }

  private void fill(int row, double[] p) {
    if (row < 0 || row >= size()) {
      throw new IndexOutOfBoundsException("row " + row + " is not in [0, " + size() + ")");
    }
    int block = row / n;
    int j = row % n;
    if (block == 1) {
      System.arraycopy(b, j * k, p, 0, k);
    } else {
      System.arraycopy(a, j * k, p, 0, k);
      if (block >= 2) {
        int i = block - 2;
        p[i] = b[j * k + i];
      }
    }
  }

  private double[][] unflatten(double[] m) {
    double[][] out = new double[n][];
    for (int j = 0; j < n; j++) {
      out[j] = Arrays.copyOfRange(m, j * k, (j + 1) * k);
    }
    return out;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof SaltelliDesign)) {
      return false;
    }
    SaltelliDesign d = (SaltelliDesign) o;
    return d.names.equals(names) && Arrays.equals(d.a, a) && Arrays.equals(d.b, b);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * names.hashCode() + Arrays.hashCode(a)) + Arrays.hashCode(b);
  }

  @Override
  public String toString() {
    return "SaltelliDesign{factors=" + names + ", N=" + n + ", points=" + size() + "}";
  }
}
