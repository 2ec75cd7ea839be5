package io.xinlu.indicator;

/**
 * The display units indicators report in, and their conversion from the engine's units (billion CNY, Mtce, Mt,
 * thousand persons). {@link #toDisplay} and {@link #toEngine} are inverse.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum DisplayUnit {
  /** Billion CNY (engine unit, no conversion). */
  BILLION_CNY("billion CNY", 1.0),
  /** Mtce (engine unit). */
  MTCE("Mtce", 1.0),
  /** Mt of CO2 (engine unit). */
  MT_CO2("Mt CO2", 1.0),
  /** Thousand persons (engine unit). */
  THOUSAND_PERSONS("thousand persons", 1.0),
  /** A fraction shown as is (0.25 = 25 %). */
  SHARE("share", 1.0),
  /** A fraction shown in percent: 0.25 becomes 25. */
  PERCENT("%", 100.0),
  /** Energy intensity: Mtce per billion CNY is 10 tce per 10,000 CNY. */
  TCE_PER_10K_CNY("tce per 10,000 CNY", 10.0),
  /** Carbon intensity: Mt CO2 per billion CNY is 10 t CO2 per 10,000 CNY. */
  T_CO2_PER_10K_CNY("t CO2 per 10,000 CNY", 10.0),
  /** Money per head: billion CNY per thousand persons is 1,000,000 CNY per person. */
  CNY_PER_PERSON("CNY per person", 1.0e6),
  /** CO2 per head: Mt per thousand persons is 1,000 t per person. */
  T_CO2_PER_PERSON("t CO2 per person", 1.0e3),
  /** Labour productivity: billion CNY per thousand persons is 100 x 10,000 CNY per person. */
  TEN_THOUSAND_CNY_PER_PERSON("10,000 CNY per person", 100.0),
  /** Years (engine unit). */
  YEARS("years", 1.0);

  private final String label;
  private final double factor;

  DisplayUnit(String label, double factor) {
    this.label = label;
    this.factor = factor;
  }

  /** The label shown with values, such as {@code tce per 10,000 CNY}. */
  public String label() {
    return label;
  }

  /** Display units per engine unit. */
  public double factor() {
    return factor;
  }

  /** Converts an engine value to this display unit. */
  public double toDisplay(double engineValue) {
    return engineValue * factor;
  }

  /** Converts a value in this display unit back to the engine's unit. */
  public double toEngine(double displayValue) {
    return displayValue / factor;
  }
}
