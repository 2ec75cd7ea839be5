package io.xinlu.uncertainty.sensitivity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
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
