package io.xinlu.analysis.mcda;

import io.xinlu.internal.LinearAlgebra;

/**
 * TOPSIS, the Technique for Order Preference by Similarity to Ideal Solution (Hwang and Yoon 1981): alternatives
 * ranked by their relative closeness to the ideal solution.
 *
 * <ol>
 *   <li>Normalize: {@code r_ij}, oriented so that higher is better (by default {@link Normalization#vector()}, whose
 *       cost criteria become {@code 1 - x / ||x||}: the same distances as Hwang and Yoon's, who keep {@code x /
 *       ||x||} and take the minimum as the ideal).</li>
 *   <li>Weight: {@code v_ij = w_j r_ij}.</li>
 *   <li>Ideal and anti-ideal: {@code v+_j = max_i v_ij}, {@code v-_j = min_i v_ij}.</li>
 *   <li>Euclidean distances: {@code d+_i = sqrt(sum_j (v_ij - v+_j)^2)}, {@code d-_i = sqrt(sum_j (v_ij -
 *       v-_j)^2)}.</li>
 *   <li>Closeness: {@code C_i = d-_i / (d+_i + d-_i)}, in [0, 1]; rank by {@code C_i}, 1 = closest.</li>
 * </ol>
 *
 * <pre>{@code
 * Topsis t = Topsis.of(matrix, Weights.of(0.2, 0.1, 0.1, 0.1, 0.2, 0.3));
 * double c = t.ranking().score("A1");    // closeness
 * String best = t.ranking().best();
 * }</pre>
 *
 * <p>Closeness does not change when a criterion is multiplied by a positive constant.
 *
 * <p>Immutable and thread-safe; array accessors return copies.
 *
 * @since 0.1.0
 */
public final class Topsis {
  private final DecisionMatrix matrix;
  private final Weights weights;
  private final Normalization normalization;
  private final double[][] weighted;
  private final double[] ideal;
  private final double[] antiIdeal;
  private final double[] dPlus;
  private final double[] dMinus;
  private final Ranking ranking;

  private Topsis(DecisionMatrix matrix, Weights weights, Normalization normalization) {
    weights.checkFits(matrix);
    this.matrix = matrix;
    this.weights = weights;
    this.normalization = normalization;
    double[][] r = normalization.apply(matrix);
    double[] w = weights.raw();
    int m = r.length;
    int n = w.length;
    weighted = new double[m][n];
    ideal = new double[n];
    antiIdeal = new double[n];
    for (int j = 0; j < n; j++) {
      ideal[j] = Double.NEGATIVE_INFINITY;
      antiIdeal[j] = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        weighted[i][j] = w[j] * r[i][j];
        ideal[j] = Math.max(ideal[j], weighted[i][j]);
        antiIdeal[j] = Math.min(antiIdeal[j], weighted[i][j]);
      }
    }
    dPlus = new double[m];
    dMinus = new double[m];
    double[] c = new double[m];
    for (int i = 0; i < m; i++) {
      double sp = 0;
      double sm = 0;
      for (int j = 0; j < n; j++) {
        sp += (weighted[i][j] - ideal[j]) * (weighted[i][j] - ideal[j]);
        sm += (weighted[i][j] - antiIdeal[j]) * (weighted[i][j] - antiIdeal[j]);
      }
      dPlus[i] = Math.sqrt(sp);
      dMinus[i] = Math.sqrt(sm);
      if (dPlus[i] + dMinus[i] == 0) {
        throw new IllegalArgumentException("TOPSIS closeness is undefined: the ideal and anti-ideal coincide, as no "
            + "criterion with a positive weight separates the alternatives " + matrix.alternatives() + " (weights "
            + weights + ")");
      }
      c[i] = dMinus[i] / (dPlus[i] + dMinus[i]);
    }
    this.ranking = Ranking.of("TOPSIS (" + normalization + ")", matrix.alternatives(), c);
  }

  /**
   * TOPSIS with vector normalization, as Hwang and Yoon (1981).
   *
   * @throws IllegalArgumentException if the weights do not fit the matrix, a value is negative, or no criterion
   *     with a positive weight separates the alternatives
   */
  public static Topsis of(DecisionMatrix matrix, Weights weights) {
    return new Topsis(matrix, weights, Normalization.vector());
  }

  /**
   * TOPSIS with the given normalization.
   *
   * @throws IllegalArgumentException if the weights do not fit the matrix, the normalization cannot take its
   *     values, or no criterion with a positive weight separates the alternatives
   */
  public static Topsis of(DecisionMatrix matrix, Weights weights, Normalization normalization) {
    return new Topsis(matrix, weights, normalization);
  }

  /** The matrix. */
  public DecisionMatrix matrix() {
    return matrix;
  }

  /** The weights. */
  public Weights weights() {
    return weights;
  }

  /** The normalization. */
  public Normalization normalization() {
    return normalization;
  }

  /** The weighted normalized values {@code v_ij}, a copy. */
  public double[][] weightedNormalized() {
    return LinearAlgebra.copy(weighted);
  }

  /** The ideal solution {@code v+}, per criterion. */
  public double[] ideal() {
    return ideal.clone();
  }

  /** The anti-ideal (negative-ideal) solution {@code v-}, per criterion. */
  public double[] antiIdeal() {
    return antiIdeal.clone();
  }

  /** Each alternative's distance to the ideal, {@code d+}. */
  public double[] distanceToIdeal() {
    return dPlus.clone();
  }

  /** Each alternative's distance to the anti-ideal, {@code d-}. */
  public double[] distanceToAntiIdeal() {
    return dMinus.clone();
  }

  /** Each alternative's closeness coefficient {@code C = d- / (d+ + d-)}, in [0, 1]. */
  public double[] closeness() {
    return ranking.scores();
  }

  /** The alternatives ranked by closeness, 1 = closest to the ideal. */
  public Ranking ranking() {
    return ranking;
  }

  @Override
  public String toString() {
    return ranking + "weights: " + weights + "\n";
  }
}
