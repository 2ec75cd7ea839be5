package io.xinlu.analysis.mcda;

/**
 * A way to rank the alternatives of a {@link DecisionMatrix} under given {@link Weights}: what
 * {@link WeightSensitivity} re-runs under perturbed weights.
 *
 * <pre>{@code
 * Aggregation topsis = Aggregation.topsis();                                  // vector normalization
 * Aggregation index = Aggregation.weightedSum(Normalization.minMax());
 * Ranking r = index.rank(matrix, weights);
 * }</pre>
 *
 * <p>Implementations must be immutable, thread-safe and pure.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Aggregation {
  /**
   * Ranks the alternatives.
   *
   * @throws IllegalArgumentException if the weights do not fit the matrix or the method cannot take its values
   */
  Ranking rank(DecisionMatrix matrix, Weights weights);

  /** TOPSIS closeness with vector normalization ({@link Topsis#of(DecisionMatrix, Weights)}). */
  static Aggregation topsis() {
    return topsis(Normalization.vector());
  }

  /** TOPSIS closeness with the given normalization. */
  static Aggregation topsis(Normalization normalization) {
    return new Aggregation() {
      @Override
      public Ranking rank(DecisionMatrix matrix, Weights weights) {
        return Topsis.of(matrix, weights, normalization).ranking();
      }

      @Override
      public String toString() {
        return "TOPSIS (" + normalization + ")";
      }
    };
  }

  /** The weighted sum of normalized criteria ({@link CompositeIndex}). */
  static Aggregation weightedSum(Normalization normalization) {
    return new Aggregation() {
      @Override
      public Ranking rank(DecisionMatrix matrix, Weights weights) {
        return CompositeIndex.of(matrix, weights, normalization).ranking();
      }

      @Override
      public String toString() {
        return "weighted sum (" + normalization + ")";
      }
    };
  }
}
