package io.xinlu.economy;

import com.google.common.collect.ImmutableMap;
import io.xinlu.PathSegment;
import io.xinlu.internal.Problems;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The city's general public budget in the base year (section 20 of {@code docs/MODEL.md}): the official revenue
 * {@code B(t0)} and the {@link TaxRates} of the sectors that pay the modelled taxes. The revenue the rates do not
 * explain is the residual "other revenue", calibrated so that the base year's revenue equals the official figure:
 * {@code B_other(t0) = B(t0) - sum_i [tau^res_i x_i(t0) + (tau^vat_i + tau^eit_i) V_i(t0)]}.
 *
 * <pre>{@code
 * PublicFinance budget = PublicFinance.of(8.197,                 // billion CNY (81.97 亿元)
 *     Map.of("coal-mining", TaxRates.of(0.04, 0.03, 0.012)));
 * CityProfile withBudget = CityProfile.builder().from(city).publicFinance(budget).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Checked when put into a {@link CityProfile}: the revenue finite and at least 0,
 * every rate in [0, 1], every sector known, and the base-year taxes no larger than the revenue (the other revenue
 * is not negative).
 *
 * @since 0.1.0
 */
public final class PublicFinance {
  private final double baseYearRevenue;
  private final ImmutableMap<String, TaxRates> rates;

  private PublicFinance(double baseYearRevenue, ImmutableMap<String, TaxRates> rates) {
    this.baseYearRevenue = baseYearRevenue;
    this.rates = rates;
  }

  /**
   * A budget.
   *
   * @param baseYearRevenue the official general public budget revenue of the base year, billion CNY at current
   *     (= base-year) prices
   * @param rates the rates by sector id; a sector not listed pays none of the modelled taxes
   */
  public static PublicFinance of(double baseYearRevenue, Map<String, TaxRates> rates) {
    return new PublicFinance(baseYearRevenue, ImmutableMap.copyOf(rates));
  }

  /** The official general public budget revenue of the base year, billion CNY. */
  public double baseYearRevenue() {
    return baseYearRevenue;
  }

  /** The rates by sector id, in the order given. */
  public ImmutableMap<String, TaxRates> rates() {
    return rates;
  }

  /** The rates of a sector; {@link TaxRates#NONE} for a sector not listed. */
  public TaxRates ratesOf(String sectorId) {
    return rates.getOrDefault(sectorId, TaxRates.NONE);
  }

  /**
   * The modelled taxes of the base year, billion CNY: {@code sum_i tau^res_i x_i(t0) + (tau^vat_i + tau^eit_i)
   * V_i(t0)}, summed in the order of the sectors given, with their gross output {@code x} and value added
   * {@code va}.
   */
  static double taxes(double[] resourceTax, double[] vat, double[] incomeTax, double[] x, double[] va) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += resourceTax[i] * x[i] + (vat[i] + incomeTax[i]) * va[i];
    }
    return s;
  }

  /** Reports the problems of the budget at {@code p}: the revenue, unknown sectors, rates outside [0, 1]. */
  boolean validate(Problems p, CityProfile profile) {
    boolean ok = p.nonNegative("base-year revenue", baseYearRevenue);
    int before = p.all().size();
    for (Map.Entry<String, TaxRates> e : rates.entrySet()) {
      Problems sp = p.at(PathSegment.Kind.SECTOR, e.getKey());
      if (!profile.hasSector(e.getKey())) {
        sp.add("unknown sector; known sectors: " + profile.sectorIds());
      }
      e.getValue().validate(sp);
    }
    return ok && p.all().size() == before;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PublicFinance f && Double.compare(f.baseYearRevenue, baseYearRevenue) == 0
        && f.rates.equals(rates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(baseYearRevenue, rates);
  }

  @Override
  public String toString() {
    return "PublicFinance{base-year revenue " + baseYearRevenue + ", rates " + rates + "}";
  }
}
