package io.xinlu.indicator;

import io.xinlu.engine.Quantity;

/**
 * An environmental pressure whose decoupling from GDP {@link Decoupling} measures: the city's total CO2 (Mt) or its
 * total final energy use (Mtce), the sums over sectors of {@link Quantity#CO2} and {@link Quantity#ENERGY}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Pressure {
  /** Total CO2 emissions, Mt: {@link Quantity#CO2} summed over sectors. */
  CO2("co2", "CO2", Quantity.CO2),
  /** Total final energy use, Mtce: {@link Quantity#ENERGY} summed over sectors. */
  ENERGY("energy", "energy use", Quantity.ENERGY);

  private final String id;
  private final String label;
  private final Quantity quantity;

  Pressure(String id, String label, Quantity quantity) {
    this.id = id;
    this.label = label;
    this.quantity = quantity;
  }

  /** The id used in indicator ids, {@code co2} or {@code energy} (as in {@code tapio-elasticity:co2}). */
  public String id() {
    return id;
  }

  /** A readable label, {@code CO2} or {@code energy use}. */
  public String label() {
    return label;
  }

  /** The run quantity whose city total is this pressure ({@link Quantity#CO2} or {@link Quantity#ENERGY}). */
  public Quantity quantity() {
    return quantity;
  }
}
