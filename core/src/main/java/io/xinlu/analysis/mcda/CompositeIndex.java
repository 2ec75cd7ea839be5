package io.xinlu.analysis.mcda;

import io.xinlu.internal.LinearAlgebra;

/**
 * A composite index: the weighted sum of normalized criteria, {@code S_i = sum_j w_j r_ij}, where {@code r_ij} are
 * the oriented values of a {@link Normalization} (higher is better on every criterion) and {@code w_j} the
 * {@link Weights}. With min-max normalization the index lies in {@code [offset, 1 + offset]}; with linear-max it is
 * simple additive weighting (SAW) as in Hwang and Yoon (1981).
 *
 * <pre>{@code
 * CompositeIndex ci = CompositeIndex.of(matrix, Weights.entropy(matrix, Normalization.minMax(0.01)),
 *     Normalization.minMax());
 * double score = ci.ranking().score("plan");
 * int rank = ci.ranking().rank("plan");          // 1 = best
 * }</pre>
 *
 * <p>Immutable and thread-safe; array accessors return copies.
 *
 * @since 0.1.0
 */
public final class CompositeIndex {
  private final DecisionMatrix matrix;
  private final Weights weights;
  private final Normalization normalization;
  private final double[][] normalized;
  private final Ranking ranking;

  private CompositeIndex(DecisionMatrix matrix, Weights weights, Normalization normalization) {
    weights.checkFits(matrix);
    this.matrix = matrix;
    this.weights = weights;
    this.normalization = normalization;
    this.normalized = normalization.apply(matrix);
    double[] w = weights.raw();
    double[] s = new double[normalized.length];
    for (int i = 0; i < normalized.length; i++) {
      for (int j = 0; j < w.length; j++) {
        s[i] += w[j] * normalized[i][j];
      }
    }
    this.ranking = Ranking.of("weighted sum (" + normalization + ")", matrix.alternatives(), s);
  }

  /**
   * The weighted sum of min-max normalized criteria.
   *
   * @throws IllegalArgumentException if the weights do not fit the matrix
   */
  public static CompositeIndex of(DecisionMatrix matrix, Weights weights) {
    return new CompositeIndex(matrix, weights, Normalization.minMax());
  }

  /**
   * The weighted sum of criteria normalized as given.
   *
   * @throws IllegalArgumentException if the weights do not fit the matrix or the normalization cannot take its
   *     values
   */
  public static CompositeIndex of(DecisionMatrix matrix, Weights weights, Normalization normalization) {
    return new CompositeIndex(matrix, weights, normalization);
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

  /** The oriented normalized values {@code r_ij}, a copy. */
  public double[][] normalized() {
    return LinearAlgebra.copy(normalized);
  }

  /** The index {@code S_i} of each alternative, in the matrix's order. */
  public double[] scores() {
    return ranking.scores();
  }

  /** The alternatives ranked by their index, 1 = highest. */
  public Ranking ranking() {
    return ranking;
  }

  @Override
  public String toString() {
    return ranking + "weights: " + weights + "\n";
  }
}
