package io.xinlu.analysis.regional;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The ten grades of coupling coordination used throughout the Chinese regional-development literature, by the
 * coordination degree {@code D} of a {@link CouplingCoordination}, in steps of 0.1 from extreme disorder to
 * high-quality coordination.
 *
 * <table class="striped">
 * <caption>Coordination grades (Tian et al. 2021, Table 1)</caption>
 * <thead><tr><th>grade</th><th>D</th><th>Chinese</th></tr></thead>
 * <tbody>
 * <tr><td>{@link #EXTREME_DISORDER}</td><td>0 &le; D &le; 0.1</td><td>极度失调</td></tr>
 * <tr><td>{@link #SERIOUS_DISORDER}</td><td>0.1 &lt; D &le; 0.2</td><td>严重失调</td></tr>
 * <tr><td>{@link #MODERATE_DISORDER}</td><td>0.2 &lt; D &le; 0.3</td><td>中度失调</td></tr>
 * <tr><td>{@link #MILD_DISORDER}</td><td>0.3 &lt; D &le; 0.4</td><td>轻度失调</td></tr>
 * <tr><td>{@link #VERGE_OF_DISORDER}</td><td>0.4 &lt; D &le; 0.5</td><td>濒临失调</td></tr>
 * <tr><td>{@link #BARELY_COORDINATED}</td><td>0.5 &lt; D &le; 0.6</td><td>勉强协调</td></tr>
 * <tr><td>{@link #PRIMARY_COORDINATION}</td><td>0.6 &lt; D &le; 0.7</td><td>初级协调</td></tr>
 * <tr><td>{@link #INTERMEDIATE_COORDINATION}</td><td>0.7 &lt; D &le; 0.8</td><td>中级协调</td></tr>
 * <tr><td>{@link #GOOD_COORDINATION}</td><td>0.8 &lt; D &le; 0.9</td><td>良好协调</td></tr>
 * <tr><td>{@link #HIGH_QUALITY_COORDINATION}</td><td>0.9 &lt; D &le; 1</td><td>优质协调</td></tr>
 * </tbody>
 * </table>
 *
 * <p><b>Boundaries.</b> The source gives each band as {@code lower < D <= upper} (and {@code 0 < D <= 0.1} for the
 * first, which here also takes {@code D = 0}); a value exactly on a boundary such as {@code D = 0.5} therefore
 * belongs to the lower band. Many papers write the bands the other way round ({@code lower <= D < upper}); the two
 * readings differ only at the exact multiples of 0.1. The English names are this library's renderings of the
 * Chinese terms.
 *
 * <p>Source: Tian Shenzhen, Li Xueming, Yang Jun, Zhang Wei, Guo Jianke (2021). Spatio-temporal coupling
 * coordination and driving mechanism of urban pseudo and reality human settlements in the three provinces of
 * Northeast China. Acta Geographica Sinica 76(4), 781 ff., Table 1 (the grade standard of the coupling degree and
 * coordination degree).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum CoordinationGrade {
  /** {@code 0 <= D <= 0.1}. */
  EXTREME_DISORDER("extreme disorder", "极度失调"),
  /** {@code 0.1 < D <= 0.2}. */
  SERIOUS_DISORDER("serious disorder", "严重失调"),
  /** {@code 0.2 < D <= 0.3}. */
  MODERATE_DISORDER("moderate disorder", "中度失调"),
  /** {@code 0.3 < D <= 0.4}. */
  MILD_DISORDER("mild disorder", "轻度失调"),
  /** {@code 0.4 < D <= 0.5}. */
  VERGE_OF_DISORDER("on the verge of disorder", "濒临失调"),
  /** {@code 0.5 < D <= 0.6}. */
  BARELY_COORDINATED("barely coordinated", "勉强协调"),
  /** {@code 0.6 < D <= 0.7}. */
  PRIMARY_COORDINATION("primary coordination", "初级协调"),
  /** {@code 0.7 < D <= 0.8}. */
  INTERMEDIATE_COORDINATION("intermediate coordination", "中级协调"),
  /** {@code 0.8 < D <= 0.9}. */
  GOOD_COORDINATION("good coordination", "良好协调"),
  /** {@code 0.9 < D <= 1}. */
  HIGH_QUALITY_COORDINATION("high-quality coordination", "优质协调");

  private final String label;
  private final String chineseLabel;

  CoordinationGrade(String label, String chineseLabel) {
    this.label = label;
    this.chineseLabel = chineseLabel;
  }

  /**
   * The grade of a coordination degree.
   *
   * @param d the coordination degree, in [0, 1]
   * @throws IllegalArgumentException if {@code d} is NaN or outside [0, 1]
   */
  public static CoordinationGrade of(double d) {
    checkArgument(d >= 0 && d <= 1, "coordination degree D = %s is outside [0, 1]", d);
    CoordinationGrade[] all = values();
    for (int k = 0; k < all.length; k++) {
      if (d <= all[k].upper()) {
        return all[k];
      }
    }
    return HIGH_QUALITY_COORDINATION; // unreachable: d <= 1
  }

  /** The lower bound of the band, exclusive except for {@link #EXTREME_DISORDER} (0, inclusive). */
  public double lower() {
    return ordinal() / 10.0;
  }

  /** The upper bound of the band, inclusive. */
  public double upper() {
    return (ordinal() + 1) / 10.0;
  }

  /** Whether the grade is one of the five coordinated ones ({@code D > 0.5}). */
  public boolean isCoordinated() {
    return ordinal() >= BARELY_COORDINATED.ordinal();
  }

  /** An English label, such as "primary coordination". */
  public String label() {
    return label;
  }

  /** The Chinese term of the source, such as "初级协调". */
  public String chineseLabel() {
    return chineseLabel;
  }
}
