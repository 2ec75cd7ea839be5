package io.xinlu.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.PublicFinance;
import io.xinlu.economy.TaxRates;
import io.xinlu.policy.SectorSelector;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ResolvedScenario;
import io.xinlu.scenario.YearPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the price and budget accounts of a run ({@link Prices}, {@link Budget}; section 20 of {@code docs/MODEL.md})
 * take from the compiled scenario: the scenario's price paths by year, the scale of each path's deviation from 1
 * (parameter values; 1 as given), and the profile's tax rates by sector with the official base-year revenue (or
 * none). Worked out once per template; a compilation whose parameter values change a scale or a rate gets a copy
 * with those replaced ({@link #with}). Immutable after construction and thread-safe; the runs never write its
 * arrays.
 */
final class FinanceInputs {
  /** The selectors of the price paths, in the scenario's order. */
  final ImmutableList<SectorSelector> selectors;
  /** For each price path: 1 for the sectors it selects, else 0. */
  final double[][] member;
  /** For each price path, its value {@code p(t)} by year index, 1 in the base year. */
  final double[][] value;
  /** For each price path, the scale {@code s} of its deviation: the index is {@code 1 + s (p(t) - 1)}. */
  final double[] scale;
  /** Whether the scenario has no price path: every price stays 1. */
  final boolean noPrices;
  /** The official base-year revenue {@code B(t0)}, billion CNY; NaN without public finance. */
  final double baseYearRevenue;
  /** The rates by sector ({@code tau^res}, {@code tau^vat}, {@code tau^eit}); empty without public finance. */
  final double[] resourceTax;
  final double[] vat;
  final double[] incomeTax;

  private FinanceInputs(ImmutableList<SectorSelector> selectors, double[][] member, double[][] value, double[] scale,
      double baseYearRevenue, double[] resourceTax, double[] vat, double[] incomeTax) {
    this.selectors = selectors;
    this.member = member;
    this.value = value;
    this.scale = scale;
    this.noPrices = selectors.isEmpty();
    this.baseYearRevenue = baseYearRevenue;
    this.resourceTax = resourceTax;
    this.vat = vat;
    this.incomeTax = incomeTax;
  }

  /**
   * The inputs of a scenario over {@code years} years. A price path is read with the base year's index 1 as its
   * first point: a linear path runs straight from 1 in the base year to its first value, a stepwise one holds 1
   * until its first year, and both hold their last value after their last year; an exact path gives every year
   * (the model's validation sees to it), and a year it would lack keeps the index 1.
   */
  static FinanceInputs of(CityProfile profile, ResolvedScenario rs, int years) {
    int n = profile.sectors().size();
    int t0 = profile.baseYear();
    int paths = rs.pricePaths().size();
    double[][] member = new double[paths][];
    double[][] value = new double[paths][];
    double[] scale = new double[paths];
    int s = 0;
    for (Map.Entry<SectorSelector, YearPath> e : rs.pricePaths().entrySet()) {
      member[s] = AssumptionPaths.membership(profile, e.getKey());
      Map<Integer, Double> points = new HashMap<>(e.getValue().points());
      points.put(t0, 1.0);
      YearPath fromBase = YearPath.of(e.getValue().interpolation(), points);
      double[] byYear = new double[years];
      byYear[0] = 1.0;
      for (int k = 1; k < years; k++) {
        byYear[k] = fromBase.valueAt(t0 + k, 1.0);
      }
      value[s] = byYear;
      scale[s] = 1.0;
      s++;
    }
    double revenue = Double.NaN;
    double[] res = new double[0];
    double[] vat = new double[0];
    double[] eit = new double[0];
    if (profile.publicFinance().isPresent()) {
      PublicFinance f = profile.publicFinance().get();
      revenue = f.baseYearRevenue();
      res = new double[n];
      vat = new double[n];
      eit = new double[n];
      for (int i = 0; i < n; i++) {
        TaxRates r = f.ratesOf(profile.sectorIds().get(i));
        res[i] = r.resourceTax();
        vat[i] = r.vat();
        eit[i] = r.incomeTax();
      }
    }
    return new FinanceInputs(ImmutableList.copyOf(rs.pricePaths().keySet()), member, value, scale, revenue, res, vat,
        eit);
  }

  /** Whether the profile gives public finance. */
  boolean hasFinance() {
    return !Double.isNaN(baseYearRevenue);
  }

  /** The position of a selector's price path, or -1 if the scenario has none for it. */
  int pathIndex(SectorSelector selector) {
    return selectors.indexOf(selector);
  }

  /**
   * These inputs with parameter values put in: {@code allScale} multiplies every path's scale, {@code pathScale}
   * (by path, NaN = not set) multiplies one path's, and the rate arrays (by sector, NaN = not set) replace rates.
   * Returns this instance when nothing is set.
   */
  FinanceInputs with(double allScale, double @Nullable [] pathScale, double @Nullable [] resourceTaxRates,
      double @Nullable [] vatRates, double @Nullable [] incomeTaxRates) {
    if (allScale == 1.0 && pathScale == null && resourceTaxRates == null && vatRates == null
        && incomeTaxRates == null) {
      return this;
    }
    double[] sc = new double[scale.length];
    for (int s = 0; s < sc.length; s++) {
      sc[s] = allScale * Adjustments.or(pathScale, s, 1.0);
    }
    return new FinanceInputs(selectors, member, value, sc, baseYearRevenue, replaced(resourceTax, resourceTaxRates),
        replaced(vat, vatRates), replaced(incomeTax, incomeTaxRates));
  }

  private static double[] replaced(double[] given, double @Nullable [] values) {
    if (values == null) {
      return given;
    }
    double[] out = given.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] = Adjustments.or(values, i, given[i]);
    }
    return out;
  }

  /**
   * The smallest factor {@code 1 + s (p(t) - 1)} of path {@code path} over the run's years with scale {@code s}:
   * the factor is linear in {@code p}, so its smallest value is at the path's smallest or largest value.
   */
  double smallestFactor(int path, double s) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double p : value[path]) {
      lo = Math.min(lo, p);
      hi = Math.max(hi, p);
    }
    return Math.min(1.0 + s * (lo - 1.0), 1.0 + s * (hi - 1.0));
  }

  // ---- the parameters of prices and public finance (ParameterPath kinds PRICE_PATH to SECTOR_INCOME_TAX) ------

  /** The selector of a {@code price/<selector>} path: a sector id, or a tag after {@code #}. */
  static SectorSelector selector(ParameterPath p) {
    return p.id().startsWith("#") ? SectorSelector.tag(p.id().substring(1)) : SectorSelector.sector(p.id());
  }

  /**
   * Checks that a price or rate parameter names what exists: a price path of the scenario, or a sector of a profile
   * that gives public finance. Other kinds pass.
   *
   * @throws IllegalArgumentException naming the parameter and what exists
   */
  static void check(CityModel model, ResolvedScenario scenario, ParameterPath p) {
    switch (p.kind()) {
      case SECTOR_RESOURCE_TAX:
      case SECTOR_VAT:
      case SECTOR_INCOME_TAX:
        checkArgument(model.profile().hasSector(p.id()), "parameter '%s': unknown sector '%s'; sectors: %s", p,
            p.id(), model.profile().sectorIds());
        checkArgument(model.profile().publicFinance().isPresent(),
            "parameter '%s': profile '%s' gives no public finance, so it has no tax rates to vary", p,
            model.profile().name());
        break;
      case PRICE:
        checkArgument(scenario.pricePaths().containsKey(selector(p)),
            "parameter '%s': scenario '%s' has no price path for %s; its price paths: %s", p, scenario.name(),
            selector(p).describe(), scenario.pricePaths().keySet());
        break;
      default:
        break;
    }
  }

  /** The value a price or rate parameter has as given: 1 for a scale, the profile's rate (0 if not listed). */
  static double given(CityProfile profile, ParameterPath p) {
    TaxRates r = profile.publicFinance().map(f -> f.ratesOf(p.id())).orElse(TaxRates.NONE);
    switch (p.kind()) {
      case SECTOR_RESOURCE_TAX:
        return r.resourceTax();
      case SECTOR_VAT:
        return r.vat();
      case SECTOR_INCOME_TAX:
        return r.incomeTax();
      default:
        return 1.0;
    }
  }

  /** Gives {@code adj} the arrays (all NaN) of the price and rate kinds that {@code kindGiven} marks. */
  static void unset(Adjustments adj, boolean[] kindGiven, int sectors, int paths) {
    if (kindGiven[ParameterPath.Kind.PRICE.ordinal()]) {
      adj.pricePathScales = Adjustments.unset(paths);
    }
    if (kindGiven[ParameterPath.Kind.SECTOR_RESOURCE_TAX.ordinal()]) {
      adj.resourceTax = Adjustments.unset(sectors);
    }
    if (kindGiven[ParameterPath.Kind.SECTOR_VAT.ordinal()]) {
      adj.vat = Adjustments.unset(sectors);
    }
    if (kindGiven[ParameterPath.Kind.SECTOR_INCOME_TAX.ordinal()]) {
      adj.incomeTax = Adjustments.unset(sectors);
    }
  }

  /** Puts the value of a price or rate parameter at {@code target} (a path or sector index) into {@code adj}. */
  static void put(Adjustments adj, ParameterPath.Kind kind, int target, double v) {
    double @Nullable [] into;
    switch (kind) {
      case PRICE_PATH:
        adj.pricePathScale = v;
        return;
      case PRICE:
        into = adj.pricePathScales;
        break;
      case SECTOR_RESOURCE_TAX:
        into = adj.resourceTax;
        break;
      case SECTOR_VAT:
        into = adj.vat;
        break;
      case SECTOR_INCOME_TAX:
        into = adj.incomeTax;
        break;
      default:
        throw new AssertionError(kind);
    }
    checkState(into != null, "no adjustments array for parameter kind %s", kind);
    into[target] = v;
  }

  /**
   * The problems of valid values that together leave the prices or the budget without meaning: a price path whose
   * scaled index {@code 1 + s (p(t) - 1)} is not positive in some year, or tax rates whose base-year taxes exceed the
   * official revenue (the other revenue would be negative). Empty when there are none or no such value is given.
   */
  List<String> problems(Adjustments adj, Economy e) {
    List<String> out = new ArrayList<>();
    if (adj.pricePathScale != 1.0 || adj.pricePathScales != null) {
      for (int s = 0; s < selectors.size(); s++) {
        double sc = adj.pricePathScale * Adjustments.or(adj.pricePathScales, s, 1.0);
        double smallest = smallestFactor(s, sc);
        if (!(smallest > 0)) {
          out.add("the price path of " + selectors.get(s).describe() + " scaled by " + sc + " (price-path times price/"
              + selectors.get(s) + ") gives a price index of " + smallest + " in some year: an index must stay "
              + "positive");
        }
      }
    }
    if (hasFinance() && (adj.resourceTax != null || adj.vat != null || adj.incomeTax != null)) {
      FinanceInputs f = with(1.0, null, adj.resourceTax, adj.vat, adj.incomeTax);
      double taxes = f.baseYearTaxes(e);
      if (!(taxes <= f.baseYearRevenue)) {
        out.add("the tax rates give base-year taxes of " + taxes + " billion CNY, more than the official revenue "
            + f.baseYearRevenue + " billion CNY: the other revenue that calibrates the base year would be negative");
      }
    }
    return out;
  }

  /**
   * The modelled taxes of the base year with these rates, billion CNY, summed over sectors in order:
   * {@code sum_i tau^res_i x_i(t0) + (tau^vat_i + tau^eit_i) V_i(t0)} (prices are 1 in the base year).
   */
  double baseYearTaxes(Economy e) {
    double s = 0;
    for (int i = 0; i < resourceTax.length; i++) {
      s += resourceTax[i] * e.x0[i] + (vat[i] + incomeTax[i]) * e.valueAdded0[i];
    }
    return s;
  }
}
