package io.xinlu.economy;

import io.xinlu.internal.Problems;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The effective rates at which one sector's activity becomes revenue of the city's general public budget
 * (section 20 of {@code docs/MODEL.md}): the resource tax on its sales (gross output at current prices), and the
 * local shares of value-added tax and of enterprise income tax on its value added (at current prices). Each is a
 * fraction in [0, 1]: the statutory rate times the share of the base that is taxed times the share that stays with
 * the city, as its provenance says.
 *
 * <pre>{@code
 * TaxRates coal = TaxRates.of(0.08, 0.03, 0.012);   // resource tax 8 % of sales, VAT and income tax on value added
 * }</pre>
 *
 * <p>Immutable and thread-safe. Its numbers are checked (each in [0, 1]) when the {@link PublicFinance} holding it
 * is put into a {@link CityProfile}.
 *
 * @since 0.1.0
 */
public final class TaxRates {
  /** No modelled tax: the rates of a sector a {@link PublicFinance} does not list. */
  public static final TaxRates NONE = new TaxRates(0.0, 0.0, 0.0);

  private final double resourceTax;
  private final double vat;
  private final double incomeTax;

  private TaxRates(double resourceTax, double vat, double incomeTax) {
    this.resourceTax = resourceTax;
    this.vat = vat;
    this.incomeTax = incomeTax;
  }

  /**
   * Rates of one sector.
   *
   * @param resourceTax resource tax to the city per unit of sales (gross output at current prices), in [0, 1]
   * @param vat the city's share of value-added tax per unit of value added at current prices, in [0, 1]
   * @param incomeTax the city's share of enterprise income tax per unit of value added at current prices, in [0, 1]
   */
  public static TaxRates of(double resourceTax, double vat, double incomeTax) {
    return new TaxRates(resourceTax, vat, incomeTax);
  }

  /** Resource tax to the city per unit of sales (gross output at current prices), {@code tau^res}. */
  public double resourceTax() {
    return resourceTax;
  }

  /** The city's share of value-added tax per unit of value added at current prices, {@code tau^vat}. */
  public double vat() {
    return vat;
  }

  /** The city's share of enterprise income tax per unit of value added at current prices, {@code tau^eit}. */
  public double incomeTax() {
    return incomeTax;
  }

  /** Reports every rate outside [0, 1] (or not finite) at {@code p}. */
  void validate(Problems p) {
    p.fraction("resource tax", resourceTax);
    p.fraction("vat", vat);
    p.fraction("income tax", incomeTax);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TaxRates t && Double.compare(t.resourceTax, resourceTax) == 0
        && Double.compare(t.vat, vat) == 0 && Double.compare(t.incomeTax, incomeTax) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(resourceTax, vat, incomeTax);
  }

  @Override
  public String toString() {
    return "TaxRates{resource tax " + resourceTax + ", vat " + vat + ", income tax " + incomeTax + "}";
  }
}
