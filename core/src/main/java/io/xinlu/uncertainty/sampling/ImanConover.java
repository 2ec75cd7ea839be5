package io.xinlu.uncertainty.sampling;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.xinlu.internal.LinearAlgebra;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Correlated inputs by rank correlation: the method of Iman and Conover (1982), "A distribution-free approach to
 * inducing rank correlation among input variables", Communications in Statistics - Simulation and Computation
 * 11(3): 311-334.
 *
 * <p>It reorders each column of a sample so that the columns' Spearman rank correlation approaches a target, without
 * changing any value: every column of the result is a permutation of the same column of the input, so the margins
 * (and a Latin hypercube's stratification) are kept exactly. For a sample {@code X} ({@code n x k}) and a target
 * {@code C}:
 *
 * <ol>
 *   <li>van der Waerden scores {@code a_i = Phi^-1(i / (n + 1))}, {@code i = 1..n}; each column of the score matrix
 *       {@code R} is an independent random permutation of them (from the seed);
 *   <li>the Pearson correlation {@code T} of {@code R} is factored {@code T = Q Q'} and the target, adjusted for
 *       normal scores, {@code C* = 2 sin(pi C / 6)}, {@code C* = P P'} (lower Cholesky factors);
 *   <li>{@code R* = R (P Q^-1)'}: dividing by {@code Q} removes the scores' own chance correlation (the "corrected"
 *       variant; the plain {@code R* = R P'} keeps it), so the Pearson correlation of {@code R*} is
 *       {@code C*} up to rounding;
 *   <li>each column of {@code X} is reordered to have the ranks of the same column of {@code R*} (ties in
 *       {@code R*}, which have probability 0, broken by row).
 * </ol>
 *
 * <p>Step 2's adjustment is the relation {@code rho_S = (6 / pi) arcsin(rho / 2)} between the Spearman and Pearson
 * correlations of a bivariate normal (Pearson 1907): scores with Pearson correlation {@code 2 sin(pi C / 6)} have
 * Spearman correlation close to {@code C} itself, where the unadjusted method falls short by up to 0.018, so the
 * Spearman correlation reached differs from the target by sampling error alone, of order {@code 1 / sqrt(n)}. If the
 * adjusted matrix is not positive definite (which happens for some targets close to singular, with a smallest
 * eigenvalue near 0.01), {@code C} is used unadjusted. Ties in the input (discrete values) pull the reached
 * correlation toward 0.
 *
 * <p>Stateless and thread-safe; the result is a pure function of the arguments.
 *
 * @since 0.1.0
 */
public final class ImanConover {
  private ImanConover() {}

  /**
   * Reorders the columns of {@code sample} to approach the target rank correlation.
   *
   * @param sample {@code n x k}, rows are points, rectangular and finite, with {@code n > k}; not modified
   * @param targetRankCorrelation {@code k x k}, checked as {@link Correlations#problems} says
   * @param seed the seed of the score permutations
   * @return a new {@code n x k} array whose column {@code j} is a permutation of column {@code j} of the sample
   * @throws IllegalArgumentException if the sample is empty, not rectangular or holds a non-finite value, if
   *     {@code n <= k}, or the target fails a check (the message lists each failed check)
   */
  public static double[][] correlate(double[][] sample, double[][] targetRankCorrelation, long seed) {
    int k = Correlations.checkSample("imanConover", sample, 1);
    int n = sample.length;
    ImmutableList<String> problems = Correlations.problems(targetRankCorrelation, k,
        "one row and column per column of the sample, " + k + " here");
    checkArgument(problems.isEmpty(), "imanConover: target rank correlation: %s", String.join("; ", problems));
    double[][] out = LinearAlgebra.copy(sample);
    if (k == 1) {
      return out;
    }
    checkArgument(n > k, "imanConover: a sample of %s points cannot carry the correlation of %s columns; it needs "
        + "more points than columns", n, k);
    double[][] scores = scores(n, k, Designs.generator(seed));
    double[][] q = Correlations.cholesky(Correlations.pearson(scores));
    checkArgument(q != null, "imanConover: the %s x %s score matrix is singular; use more points", n, k);
    double[][] p = Correlations.cholesky(normalScoreTarget(targetRankCorrelation));
    if (p == null) {
      p = Correlations.cholesky(targetRankCorrelation);
      // the target passed Correlations.problems, which factorises it the same way
      checkState(p != null, "imanConover: the target rank correlation is not positive definite");
    }
    double[][] s = multiply(p, invertLower(q));
    double[] column = new double[n];
    double[] sorted = new double[n];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < n; i++) {
        double x = 0;
        for (int t = 0; t <= j; t++) { // S is lower triangular
          x += s[j][t] * scores[i][t];
        }
        column[i] = x;
        sorted[i] = sample[i][j];
      }
      Arrays.sort(sorted);
      int[] order = Correlations.argsort(column);
      for (int r = 0; r < n; r++) {
        out[order[r]][j] = sorted[r];
      }
    }
    return out;
  }

  /**
   * Imposes the space's rank correlation on a design of its uncertain parameters. Reordering keeps each column's
   * values, so a Latin hypercube stays a Latin hypercube; and since inverse CDFs are monotone, the values
   * ({@link Design#values}) have the same rank correlation as the unit-cube points (for continuous distributions;
   * discrete ones tie). A space without correlation leaves the design as it is.
   *
   * @param design a {@link Design.Kind#UNIT_CUBE} or {@link Design.Kind#PARAMETER_VALUES} design with one column per
   *     uncertain parameter of the space and more points than columns
   * @param space gives the target
   * @param seed the seed of the score permutations
   * @return a design of the same kind, shape and column values, its method marked {@code + imanConover(seed=...)}
   * @throws IllegalArgumentException if the design is a lever design, its columns do not match the space's
   *     parameters, or it has too few points
   */
  public static Design correlate(Design design, ParameterSpace space, long seed) {
    checkArgument(design.kind() != Design.Kind.LEVER_VALUES,
        "imanConover: design %s holds levers; rank correlation is among uncertain parameters", design.method());
    checkArgument(design.dimension() == space.parameters().size(),
        "imanConover: design %s has %s columns but the space has %s uncertain parameters %s", design.method(),
        design.dimension(), space.parameters().size(), space.parameterNames());
    if (!space.isCorrelated()) {
      return design;
    }
    double[][] x = correlate(design.toArray(), space.rankCorrelation(), seed);
    int n = design.size();
    int k = design.dimension();
    double[] data = new double[n * k];
    for (int i = 0; i < n; i++) {
      System.arraycopy(x[i], 0, data, i * k, k);
    }
    return new Design(design.kind(), design.method() + " + imanConover(seed=" + seed + ")", n, k, data);
  }

  /** The score matrix: each column an independent permutation of the van der Waerden scores. */
  private static double[][] scores(int n, int k, UniformRandomProvider rng) {
    NormalDistribution phi = NormalDistribution.of(0, 1);
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = phi.inverseCumulativeProbability((i + 1.0) / (n + 1.0));
    }
    double[][] r = new double[n][k];
    int[] perm = new int[n];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < n; i++) {
        perm[i] = i;
      }
      PermutationSampler.shuffle(rng, perm);
      for (int i = 0; i < n; i++) {
        r[i][j] = a[perm[i]];
      }
    }
    return r;
  }

  /** {@code 2 sin(pi c / 6)} entry by entry: the Pearson correlation of normals with Spearman correlation c. */
  static double[][] normalScoreTarget(double[][] c) {
    int k = c.length;
    double[][] m = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        m[i][j] = i == j ? 1.0 : 2 * Math.sin(Math.PI * c[i][j] / 6);
      }
    }
    return m;
  }

  private static double[][] invertLower(double[][] l) {
    int k = l.length;
    double[][] inv = new double[k][k];
    for (int j = 0; j < k; j++) {
      inv[j][j] = 1 / l[j][j];
      for (int i = j + 1; i < k; i++) {
        double s = 0;
        for (int t = j; t < i; t++) {
          s += l[i][t] * inv[t][j];
        }
        inv[i][j] = -s / l[i][i];
      }
    }
    return inv;
  }

  private static double[][] multiply(double[][] a, double[][] b) {
    int k = a.length;
    double[][] c = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int t = 0; t < k; t++) {
        if (a[i][t] != 0) {
          for (int j = 0; j < k; j++) {
            c[i][j] += a[i][t] * b[t][j];
          }
        }
      }
    }
    return c;
  }
}
