package io.xinlu.analysis.lmdi;

/**
 * Whether an LMDI decomposition splits the difference or the ratio of the aggregate between two periods.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum LmdiForm {
  /** Additive: effects {@code dV_k} in the aggregate's unit that sum to {@code V_T - V_0}. */
  ADDITIVE("additive"),
  /** Multiplicative: dimensionless effects {@code D_k} that multiply to {@code V_T / V_0}. */
  MULTIPLICATIVE("multiplicative");

  private final String label;

  LmdiForm(String label) {
    this.label = label;
  }

  /** {@code additive} or {@code multiplicative}. */
  public String label() {
    return label;
  }
}
