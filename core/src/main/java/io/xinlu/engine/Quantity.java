package io.xinlu.engine;

/**
 * The quantities a {@link Run} holds, per sector or for the whole city, with their engine units.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Quantity {
  /** Final demand {@code y_i(t)}: local use plus net outflow; negative means net imports. */
  FINAL_DEMAND("final demand", "billion CNY", true),
  /** Gross output {@code x_i(t)}. */
  GROSS_OUTPUT("gross output", "billion CNY", true),
  /** Value added {@code V_i(t)}; its sum over sectors is GDP. */
  VALUE_ADDED("value added", "billion CNY", true),
  /** Final energy use {@code E_i(t)}. */
  ENERGY("energy", "Mtce", true),
  /** CO2 emissions {@code C_i(t)}. */
  CO2("CO2", "Mt", true),
  /** Employment {@code N_i(t)}. */
  EMPLOYMENT("employment", "thousand persons", true),
  /** Remaining resource stock {@code R_i(t)}, for resource sectors only, in the stock's own unit. */
  RESOURCE_STOCK("resource stock", "stock unit", true),
  /** Extraction {@code Q_i(t)}, for resource sectors only, in the stock's own unit per year. */
  EXTRACTION("extraction", "stock unit per year", true),
  /** Displaced workers waiting for work {@code U(t)}. */
  DISPLACED_WORKERS("displaced workers", "thousand persons", false),
  /** Jobs lost in shrinking sectors in the year {@code D(t)}. */
  JOBS_LOST("jobs lost", "thousand persons", false),
  /** Jobs created in growing sectors in the year {@code J(t)}. */
  JOBS_CREATED("jobs created", "thousand persons", false),
  /** Capital spent in the year {@code K(t)}. */
  INVESTMENT("investment", "billion CNY", false),
  /** The re-employment rate in effect {@code rho(t)}, after projects and clamping to [0, 1]. */
  REEMPLOYMENT_RATE("re-employment rate", "fraction", false),
  /** Resident population {@code P(t)}. */
  POPULATION("population", "thousand persons", false);

  private final String label;
  private final String unit;
  private final boolean perSector;

  Quantity(String label, String unit, boolean perSector) {
    this.label = label;
    this.unit = unit;
    this.perSector = perSector;
  }

  /** A readable label. */
  public String label() {
    return label;
  }

  /** The engine unit. */
  public String unit() {
    return unit;
  }

  /** Whether the quantity has a value per sector (else one value for the city per year). */
  public boolean isPerSector() {
    return perSector;
  }
}
