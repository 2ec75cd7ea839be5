package io.xinlu.engine;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A run's value that is not a finite number, or so large that a sum of such values (a city total, a sum over the
 * years, the labour transition) could overflow: asking a {@link Run} for it throws this instead of returning
 * {@code Infinity} or {@code NaN}. It names the scenario, the quantity, the year and, for a per-sector quantity, the
 * sector. The model validated, but its numbers leave the range of double-precision arithmetic in that year: a growth
 * path that compounds for centuries, an effect or a scale of astronomical size, intensities that multiply beyond
 * 10^300. See {@code docs/MODEL.md}, section 19.
 *
 * <p>An {@link IllegalArgumentException}, as {@link io.xinlu.InvalidModelException} is: the model (or the parameter
 * values of a run) is the argument at fault. Its fields are immutable; like any exception it may be read from any
 * thread once thrown.
 *
 * @since 0.1.0
 */
public final class NonFiniteResultException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String scenarioName;
  private final Quantity quantity;
  private final int year;
  private final @Nullable String sectorId;
  private final double value;

  NonFiniteResultException(String scenarioName, Quantity quantity, int year, @Nullable String sectorId, double value,
      String detail) {
    this(scenarioName, quantity, quantity.label(), year, sectorId, value, detail);
  }

  /**
   * An exception about a value derived from {@code quantity} that the message calls {@code what}, such as a cohort's
   * displaced workers or the wage bill.
   */
  NonFiniteResultException(String scenarioName, Quantity quantity, String what, int year, @Nullable String sectorId,
      double value, String detail) {
    super("run '" + scenarioName + "': " + what + (sectorId == null ? "" : " of sector '" + sectorId + "'")
        + " in " + year + " is " + value + detail);
    this.scenarioName = scenarioName;
    this.quantity = quantity;
    this.year = year;
    this.sectorId = sectorId;
    this.value = value;
  }

  /** The scenario of the run. */
  public String scenarioName() {
    return scenarioName;
  }

  /** The quantity whose value is out of range. */
  public Quantity quantity() {
    return quantity;
  }

  /** The year of the value. */
  public int year() {
    return year;
  }

  /** The sector, for a per-sector quantity; empty for a city-wide one. */
  public Optional<String> sectorId() {
    return Optional.ofNullable(sectorId);
  }

  /** The value: infinite, NaN, or finite beyond {@link Run#largestValue()}. */
  public double value() {
    return value;
  }
}
