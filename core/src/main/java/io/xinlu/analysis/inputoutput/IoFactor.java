package io.xinlu.analysis.inputoutput;

/**
 * A quantity that input-output analysis ties to gross output by a fixed coefficient: value added, employment,
 * final energy use and CO2. A sector's <em>direct coefficient</em> {@code c_j} is the quantity per unit of its gross
 * output; the <em>multiplier</em> {@code (c' L)_j} is the quantity the whole local economy generates per unit of
 * final demand for the sector's products (Miller and Blair 2009, section 6.2).
 *
 * <p>Units are the engine's (see {@code docs/MODEL.md}, section 1): gross output and final demand in billion CNY,
 * so a coefficient is {@link #unit()} per billion CNY of gross output and a multiplier is {@link #unit()} per billion
 * CNY of final demand. An analysis built from plain arrays in other units (million euro, say) reads every number in
 * those units instead; the arithmetic does not care.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum IoFactor {
  /** Value added (GDP at basic prices); billion CNY. The direct coefficient is the value-added ratio {@code v_j}. */
  VALUE_ADDED("billion CNY"),
  /** Employment; thousand persons. From a profile the direct coefficient is {@code v_j / q_j = N_j / x_j}. */
  EMPLOYMENT("thousand persons"),
  /** Final energy use; Mtce. From a profile the direct coefficient is {@code e_j v_j = E_j / x_j}. */
  ENERGY("Mtce"),
  /** CO2 emissions; Mt. From a profile the direct coefficient is {@code c_j e_j v_j = C_j / x_j}. */
  CO2("Mt");

  private final String unit;

  IoFactor(String unit) {
    this.unit = unit;
  }

  /** The unit of the quantity itself, such as {@code thousand persons}. */
  public String unit() {
    return unit;
  }

  /** The unit of a direct coefficient, such as {@code thousand persons per billion CNY of gross output}. */
  public String coefficientUnit() {
    return unit + " per billion CNY of gross output";
  }

  /** The unit of a (simple) multiplier, such as {@code thousand persons per billion CNY of final demand}. */
  public String multiplierUnit() {
    return unit + " per billion CNY of final demand";
  }
}
