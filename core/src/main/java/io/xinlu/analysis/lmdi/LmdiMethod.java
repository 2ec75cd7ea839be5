package io.xinlu.analysis.lmdi;

/**
 * The two weighting schemes of the logarithmic mean Divisia index, as summarised by Ang (2005, "The LMDI approach to
 * decomposition analysis: a practical guide", Energy Policy 33:867-871; LMDI-I is its equations 4 and 5) and Ang
 * (2015, "LMDI decomposition approach: A guide for implementation", Energy Policy 86:233-238). Both give a perfect
 * decomposition: additive effects sum to {@code V_T - V_0} and multiplicative effects multiply to {@code V_T / V_0},
 * with no residual (see {@link Lmdi}).
 *
 * <p>With {@code V_i = x_1,i x_2,i ... x_n,i} the aggregate of sector {@code i}, {@code V = sum_i V_i},
 * {@code s_i = V_i / V} its share and {@code L(a, b) = (a - b) / (ln a - ln b)}, {@code L(a, a) = a} the logarithmic
 * mean, the effect of factor {@code k} is
 *
 * <pre>
 * LMDI-I   additive        dV_k = sum_i L(V_i^T, V_i^0) ln(x_k,i^T / x_k,i^0)
 *          multiplicative  D_k  = exp( sum_i L(V_i^T, V_i^0) / L(V^T, V^0) ln(x_k,i^T / x_k,i^0) )
 * LMDI-II  additive        dV_k = sum_i w_i L(V^T, V^0) ln(x_k,i^T / x_k,i^0)
 *          multiplicative  D_k  = exp( sum_i w_i ln(x_k,i^T / x_k,i^0) )
 *          with            w_i  = L(s_i^T, s_i^0) / sum_j L(s_j^T, s_j^0)
 * </pre>
 *
 * <p>In both methods {@code D_k = exp(dV_k / L(V^T, V^0))}, so the additive and multiplicative results of one method
 * carry the same information.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum LmdiMethod {
  /**
   * LMDI-I (Ang and Liu 2001, Energy 26:537-548; Ang 2005): sector weights {@code L(V_i^T, V_i^0)}. Consistent in
   * aggregation: effects of sub-groups of sectors add up to the effects of the group, and perfect in decomposition at
   * the level of each sector (Ang 2015). The usual choice.
   */
  LMDI_I("LMDI-I"),
  /**
   * LMDI-II (Ang and Choi 1997, The Energy Journal 18(3):59-73; Ang 2005): sector weights are logarithmic means of
   * the sectors' shares of the aggregate, normalised to sum to one, which suits index construction. Not consistent
   * in aggregation; needs a positive aggregate in both periods.
   */
  LMDI_II("LMDI-II");

  private final String label;

  LmdiMethod(String label) {
    this.label = label;
  }

  /** The usual name, {@code LMDI-I} or {@code LMDI-II}. */
  public String label() {
    return label;
  }
}
