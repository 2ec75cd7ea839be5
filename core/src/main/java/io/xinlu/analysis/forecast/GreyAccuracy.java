package io.xinlu.analysis.forecast;

/**
 * The accuracy grade of a {@link Gm11} model by the posterior variance test: the posterior variance ratio
 * {@code C = S2 / S1} and the small-error probability {@code P = P(|e_k - mean e| < 0.6745 S1)}.
 *
 * <table class="striped">
 * <caption>GM(1,1) accuracy grades</caption>
 * <thead><tr><th>grade</th><th>C</th><th>P</th></tr></thead>
 * <tbody>
 * <tr><td>{@link #GOOD}</td><td>&le; 0.35</td><td>&ge; 0.95</td></tr>
 * <tr><td>{@link #QUALIFIED}</td><td>&le; 0.5</td><td>&ge; 0.8</td></tr>
 * <tr><td>{@link #BARELY_QUALIFIED}</td><td>&le; 0.65</td><td>&ge; 0.7</td></tr>
 * <tr><td>{@link #UNQUALIFIED}</td><td colspan="2">otherwise</td></tr>
 * </tbody>
 * </table>
 *
 * A model takes the best grade whose two conditions it meets. The thresholds are the customary ones of grey
 * forecasting after Deng Julong (好, 合格, 勉强合格, 不合格); see {@code docs/analysis/FORECASTING.md} for where they
 * are tabulated.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum GreyAccuracy {
  /** {@code C <= 0.35} and {@code P >= 0.95} (好). */
  GOOD("good", 0.35, 0.95),
  /** {@code C <= 0.5} and {@code P >= 0.8} (合格). */
  QUALIFIED("qualified", 0.5, 0.8),
  /** {@code C <= 0.65} and {@code P >= 0.7} (勉强合格). */
  BARELY_QUALIFIED("barely qualified", 0.65, 0.7),
  /** Neither of the above (不合格). */
  UNQUALIFIED("unqualified", Double.POSITIVE_INFINITY, 0);

  private final String label;
  private final double maxRatio;
  private final double minProbability;

  GreyAccuracy(String label, double maxRatio, double minProbability) {
    this.label = label;
    this.maxRatio = maxRatio;
    this.minProbability = minProbability;
  }

  /**
   * The grade of a posterior variance ratio and a small-error probability: the best grade whose conditions both
   * hold. A NaN ratio (no spread in the data) is {@link #UNQUALIFIED}.
   */
  public static GreyAccuracy of(double posteriorVarianceRatio, double smallErrorProbability) {
    for (GreyAccuracy g : values()) {
      if (g != UNQUALIFIED && posteriorVarianceRatio <= g.maxRatio && smallErrorProbability >= g.minProbability) {
        return g;
      }
    }
    return UNQUALIFIED;
  }

  /** The largest posterior variance ratio {@code C} of the grade (infinite for {@link #UNQUALIFIED}). */
  public double maxPosteriorVarianceRatio() {
    return maxRatio;
  }

  /** The smallest small-error probability {@code P} of the grade (0 for {@link #UNQUALIFIED}). */
  public double minSmallErrorProbability() {
    return minProbability;
  }

  /** An English label, such as "qualified". */
  public String label() {
    return label;
  }
}
