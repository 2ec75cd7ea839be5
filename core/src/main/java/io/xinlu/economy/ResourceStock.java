package io.xinlu.economy;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.internal.Problems;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The physical stock of an extractive sector in the base year (such as recoverable coal reserves) and how much of
 * it one unit of the sector's value added uses up.
 *
 * <p>Extraction in a year is {@code extractionIntensity * valueAdded}; the stock falls by that amount until it
 * cannot cover a year's extraction, when the engine caps the sector's output (see {@code docs/MODEL.md}).
 * Immutable and thread-safe. Its numbers are validated when the sector is put into a {@link CityProfile}.
 *
 * @since 0.1.0
 */
public final class ResourceStock {
  private final double stock;
  private final double extractionIntensity;
  private final String unit;

  private ResourceStock(double stock, double extractionIntensity, String unit) {
    this.stock = stock;
    this.extractionIntensity = extractionIntensity;
    this.unit = unit;
  }

  /**
   * Returns a stock in Mt.
   *
   * @param stock the stock in the base year, in Mt, at least 0
   * @param extractionIntensity Mt extracted per billion CNY of value added, at least 0
   */
  public static ResourceStock of(double stock, double extractionIntensity) {
    return of(stock, extractionIntensity, "Mt");
  }

  /**
   * Returns a stock in the given physical unit.
   *
   * @param stock the stock in the base year, at least 0
   * @param extractionIntensity units extracted per billion CNY of value added, at least 0
   * @param unit the physical unit, such as {@code Mt} or {@code bn m3}
   * @throws IllegalArgumentException if the unit is blank
   */
  public static ResourceStock of(double stock, double extractionIntensity, String unit) {
    checkArgument(!unit.isBlank(), "a resource stock needs a unit");
    return new ResourceStock(stock, extractionIntensity, unit);
  }

  /** The stock in the base year, in {@link #unit()}. */
  public double stock() {
    return stock;
  }

  /** Units extracted per billion CNY of the sector's value added. */
  public double extractionIntensity() {
    return extractionIntensity;
  }

  /** The physical unit of the stock. */
  public String unit() {
    return unit;
  }

  void validate(Problems p) {
    p.nonNegative("stock", stock);
    p.nonNegative("extraction intensity", extractionIntensity);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ResourceStock)) {
      return false;
    }
    ResourceStock r = (ResourceStock) o;
    return Double.compare(r.stock, stock) == 0
        && Double.compare(r.extractionIntensity, extractionIntensity) == 0
        && r.unit.equals(unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stock, extractionIntensity, unit);
  }

  @Override
  public String toString() {
    return "ResourceStock{" + stock + " " + unit + ", " + extractionIntensity + " " + unit + " per bn CNY}";
  }
}
