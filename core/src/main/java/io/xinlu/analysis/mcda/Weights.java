package io.xinlu.analysis.mcda;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Criterion weights: one non-negative number per criterion, summing to 1. Given by the analyst ({@link #of},
 * {@link #proportionalTo}, {@link #equal}) or derived from the data of a {@link DecisionMatrix}: the entropy method
 * ({@link #entropy}) and CRITIC ({@link #critic}).
 *
 * <pre>{@code
 * Weights given = Weights.of(0.2, 0.1, 0.1, 0.1, 0.2, 0.3);
 * Weights raw = Weights.proportionalTo(3, 1, 1);            // 0.6, 0.2, 0.2
 * Weights ew = Weights.entropy(matrix);                      // on the raw values, which must be >= 0
 * Weights ew2 = Weights.entropy(matrix, Normalization.minMax(0.01));
 * Weights cw = Weights.critic(matrix);
 * }</pre>
 *
 * <p><b>Entropy</b> (Shannon entropy of each criterion's distribution over the alternatives; Hwang and Yoon 1981):
 * with {@code p_ij = x_ij / sum_i x_ij}, {@code E_j = -(1 / ln m) sum_i p_ij ln p_ij} ({@code 0 ln 0 = 0}),
 * {@code d_j = 1 - E_j} and {@code w_j = d_j / sum_k d_k}. It measures dispersion only, so it does not look at a
 * criterion's type; the values must be {@code >= 0} and not all 0 on any criterion.
 *
 * <p><b>CRITIC</b> (Diakoulaki, Mavrotas and Papayannakis 1995): the criteria are min-max normalized by type
 * ({@code (x - worst) / (best - worst)}), then {@code C_j = s_j sum_k (1 - r_jk)} with {@code s_j} the standard
 * deviation of criterion {@code j} (population form; the divisor cancels in the weights) and {@code r_jk} the
 * Pearson correlation of criteria {@code j} and {@code k}; {@code w_j = C_j / sum_k C_k}. A criterion with the same
 * value for every alternative has no correlation with the others, so CRITIC rejects it.
 *
 * <p>Weights built from a matrix remember its criteria's names, and using them with a matrix whose criteria differ
 * fails; weights given as numbers are positional.
 *
 * <p>Immutable and thread-safe; {@link #values()} returns a copy.
 *
 * @since 0.1.0
 */
public final class Weights {
  /** How far the given weights' sum may be from 1. */
  public static final double SUM_TOLERANCE = 1e-9;

  private final double[] w;
  private final ImmutableList<String> criteria;
  private final String method;

  private Weights(double[] w, ImmutableList<String> criteria, String method) {
    this.w = w;
    this.criteria = criteria;
    this.method = method;
  }

  /**
   * Weights as given.
   *
   * @throws IllegalArgumentException if there are none, one is negative, NaN or infinite, or they do not sum to 1
   *     within {@value #SUM_TOLERANCE} (use {@link #proportionalTo} to rescale)
   */
  public static Weights of(double... weights) {
    check(weights);
    double sum = sum(weights);
    checkArgument(Math.abs(sum - 1.0) <= SUM_TOLERANCE, "weights must sum to 1, but %s sum to %s; use "
        + "Weights.proportionalTo(...) to rescale them", Arrays.toString(weights), sum);
    return new Weights(weights.clone(), ImmutableList.of(), "given");
  }

  /**
   * Weights proportional to the given numbers, rescaled to sum to 1.
   *
   * @throws IllegalArgumentException if there are none, one is negative, NaN or infinite, or all are 0
   */
  public static Weights proportionalTo(double... raw) {
    check(raw);
    double sum = sum(raw);
    checkArgument(sum > 0, "weights %s are all 0: nothing to rescale", Arrays.toString(raw));
    double[] w = new double[raw.length];
    for (int j = 0; j < raw.length; j++) {
      w[j] = raw[j] / sum;
    }
    return new Weights(w, ImmutableList.of(), "given");
  }

  /** {@code 1 / n} for each of {@code n >= 1} criteria. */
  public static Weights equal(int n) {
    checkArgument(n >= 1, "equal weights need at least 1 criterion, got %s", n);
    double[] w = new double[n];
    Arrays.fill(w, 1.0 / n);
    return new Weights(w, ImmutableList.of(), "equal");
  }

  /** {@code 1 / n} for each criterion of the matrix. */
  public static Weights equal(DecisionMatrix matrix) {
    return new Weights(equal(matrix.criterionCount()).w, matrix.criteria(), "equal");
  }

  /**
   * Entropy weights of the raw values.
   *
   * @throws IllegalArgumentException if a value is negative (naming criterion and alternative; normalize first with
   *     {@link #entropy(DecisionMatrix, Normalization)}), a criterion is 0 for every alternative, or every criterion
   *     spreads evenly ({@code E_j = 1} for all: no criterion discriminates)
   */
  public static Weights entropy(DecisionMatrix matrix) {
    return new Weights(entropyWeights(matrix, matrix.raw(), "raw values"), matrix.criteria(), "entropy");
  }

  /**
   * Entropy weights of normalized values, such as {@code Normalization.minMax(0.01)}: the usual recipe when values
   * can be negative or criteria have different types. Normalized values must be {@code >= 0}.
   *
   * @throws IllegalArgumentException as {@link #entropy(DecisionMatrix)}, naming the normalization
   */
  public static Weights entropy(DecisionMatrix matrix, Normalization normalization) {
    return new Weights(entropyWeights(matrix, normalization.apply(matrix), normalization + " values"),
        matrix.criteria(), "entropy of " + normalization + " values");
  }

  /**
   * The entropy {@code E_j} of each criterion's raw values, in [0, 1].
   *
   * @throws IllegalArgumentException as {@link #entropy(DecisionMatrix)}
   */
  public static double[] entropies(DecisionMatrix matrix) {
    return entropies(matrix, matrix.raw(), "raw values");
  }

  private static double[] entropies(DecisionMatrix matrix, double[][] x, String what) {
    int m = x.length;
    int n = x[0].length;
    List<String> problems = new ArrayList<>();
    double[] e = new double[n];
    for (int j = 0; j < n; j++) {
      double sum = 0;
      boolean negative = false;
      for (int i = 0; i < m; i++) {
        if (x[i][j] < 0) {
          problems.add("criterion '" + matrix.criteria().get(j) + "' is " + x[i][j] + " for alternative '"
              + matrix.alternatives().get(i) + "'");
          negative = true;
        }
        sum += x[i][j];
      }
      if (negative) {
        continue;
      }
      if (sum == 0) {
        problems.add("criterion '" + matrix.criteria().get(j) + "' is 0 for every alternative, so its shares "
            + "p_ij = x_ij / sum_i x_ij are undefined");
        continue;
      }
      double h = 0;
      for (int i = 0; i < m; i++) {
        double p = x[i][j] / sum;
        if (p > 0) {
          h -= p * Math.log(p);
        }
      }
      e[j] = h / Math.log(m);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("entropy weights need " + what + " >= 0 and not all 0 on a criterion: "
          + String.join("; ", problems) + (what.equals("raw values")
              ? "; normalize first, e.g. Weights.entropy(matrix, Normalization.minMax(0.01))" : ""));
    }
    return e;
  }

  private static double[] entropyWeights(DecisionMatrix matrix, double[][] x, String what) {
    double[] e = entropies(matrix, x, what);
    double[] d = new double[e.length];
    double sum = 0;
    for (int j = 0; j < e.length; j++) {
      d[j] = Math.max(0.0, 1.0 - e[j]); // E_j <= 1; a rounding excess over 1 is no divergence
      sum += d[j];
    }
    checkArgument(sum > 0, "entropy weights are undefined: every criterion %s spreads evenly over the "
        + "alternatives (entropy 1), so none discriminates", matrix.criteria());
    for (int j = 0; j < d.length; j++) {
      d[j] /= sum;
    }
    return d;
  }

  /**
   * CRITIC weights (Criteria Importance Through Intercriteria Correlation).
   *
   * @throws IllegalArgumentException if there is only one criterion, a criterion has the same value for every
   *     alternative (naming it), or every pair of criteria is perfectly correlated (no contrast to weigh)
   */
  public static Weights critic(DecisionMatrix matrix) {
    int n = matrix.criterionCount();
    checkArgument(n >= 2, "CRITIC weighs criteria by their correlations and needs at least 2 criteria, got %s",
        matrix.criteria());
    List<String> constant = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      double[] c = matrix.column(j);
      if (Arrays.stream(c).min().getAsDouble() == Arrays.stream(c).max().getAsDouble()) {
        constant.add(matrix.criteria().get(j));
      }
    }
    checkArgument(constant.isEmpty(), "CRITIC needs every criterion to vary: %s %s the same value for every "
        + "alternative and no correlation with the others; leave it out or weigh it otherwise", constant,
        constant.size() == 1 ? "has" : "have");
    double[][] r = Normalization.minMax().apply(matrix);
    int m = r.length;
    double[] mean = new double[n];
    double[] sd = new double[n];
    for (int j = 0; j < n; j++) {
      for (double[] row : r) {
        mean[j] += row[j];
      }
      mean[j] /= m;
      double ss = 0;
      for (double[] row : r) {
        ss += (row[j] - mean[j]) * (row[j] - mean[j]);
      }
      sd[j] = Math.sqrt(ss / m);
    }
    double[] c = new double[n];
    double total = 0;
    for (int j = 0; j < n; j++) {
      double conflict = 0;
      for (int k = 0; k < n; k++) {
        conflict += 1.0 - correlation(r, j, k, mean, sd);
      }
      c[j] = sd[j] * conflict;
      total += c[j];
    }
    checkArgument(total > 0, "CRITIC weights are undefined: every pair of criteria %s is perfectly correlated",
        matrix.criteria());
    for (int j = 0; j < n; j++) {
      c[j] /= total;
    }
    return new Weights(c, matrix.criteria(), "critic");
  }

  private static double correlation(double[][] r, int j, int k, double[] mean, double[] sd) {
    if (j == k) {
      return 1.0;
    }
    double s = 0;
    for (double[] row : r) {
      s += (row[j] - mean[j]) * (row[k] - mean[k]);
    }
    return s / r.length / (sd[j] * sd[k]);
  }

  private static void check(double[] weights) {
    checkArgument(weights.length > 0, "no weights given");
    for (int j = 0; j < weights.length; j++) {
      checkArgument(weights[j] >= 0 && Double.isFinite(weights[j]),
          "weight %s is %s; weights must be finite and >= 0: %s", j, weights[j], Arrays.toString(weights));
    }
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s;
  }

  /**
   * Weights derived from these, by a package class (sensitivity analysis), already valid.
   */
  static Weights perturbed(double[] w, ImmutableList<String> criteria, String method) {
    return new Weights(w, criteria, method);
  }

  /** The number of weights. */
  public int size() {
    return w.length;
  }

  /** Weight {@code j}. */
  public double get(int j) {
    return w[j];
  }

  /** The weights, a copy. */
  public double[] values() {
    return w.clone();
  }

  /** The criteria's names when derived from a matrix; empty for positional weights. */
  public ImmutableList<String> criteria() {
    return criteria;
  }

  /** How they were obtained: {@code given}, {@code equal}, {@code entropy}, {@code critic}, ... */
  public String method() {
    return method;
  }

  /**
   * Checks that these weights fit a matrix: one per criterion, and the same criteria if named.
   *
   * @throws IllegalArgumentException saying what does not fit
   */
  void checkFits(DecisionMatrix matrix) {
    checkArgument(w.length == matrix.criterionCount(), "%s weights for %s criteria %s", w.length,
        matrix.criterionCount(), matrix.criteria());
    checkArgument(criteria.isEmpty() || criteria.equals(matrix.criteria()),
        "%s weights were derived for criteria %s, but the matrix has criteria %s", method, criteria,
        matrix.criteria());
  }

  double[] raw() {
    return w;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Weights && Arrays.equals(((Weights) o).w, w) && ((Weights) o).criteria.equals(criteria)
        && ((Weights) o).method.equals(method);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(w);
  }

  /** Such as {@code entropy [speed=0.0642, range=0.2061, ...]} or {@code given [0.2, 0.1, ...]}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(method).append(" [");
    for (int j = 0; j < w.length; j++) {
      if (j > 0) {
        b.append(", ");
      }
      if (!criteria.isEmpty()) {
        b.append(criteria.get(j)).append('=');
      }
      b.append(String.format(Locale.ROOT, "%.4g", w[j]));
    }
    return b.append(']').toString();
  }
}
