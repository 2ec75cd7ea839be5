package io.xinlu.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.xinlu.economy.CityProfile;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The result of one run: every {@link Quantity} for every year from the base year to the horizon's end, per
 * sector or for the city, and the {@link Event events} of the run. Units are the engine's (billion CNY, Mtce, Mt,
 * thousand persons); display units are the indicators' business.
 *
 * <pre>{@code
 * Run run = Engine.run(model, "plan");
 * double gdp = run.total(Quantity.VALUE_ADDED, 2035);
 * double coalJobs = run.value(Quantity.EMPLOYMENT, 2035, "coal");
 * double[] co2 = run.totalSeries(Quantity.CO2);          // base year first
 * }</pre>
 *
 * <p>Every value a run gives is a finite number no larger in magnitude than {@link #largestValue()}, so that its
 * sums over sectors and years stay finite too; where a model's numbers leave that range (a growth path compounding
 * for centuries, an effect of astronomical size), the accessor asking for such a value throws a
 * {@link NonFiniteResultException} naming the quantity, the sector and the year, and every other value is still
 * there.
 *
 * <p>Immutable and thread-safe: accessors return copies.
 */
public final class Run {
  private final CompiledScenario c;
  private final Economy e;
  private final String scenarioName;
  private final ImmutableList<String> sectorIds;
  private final int t0;
  private final int years;
  private final int n;
  private final int r;
  private final ImmutableList<Event> events;
  /** The values, stored and derived, each checked on access. */
  private final RunValues values;
  /** The prices, public-finance and stranded-asset accounts, each worked out at the first request of a value. */
  private final Accounts accounts;

  /**
   * A run of {@code c}: gross output and final demand by year and sector, and resource stocks and extraction by
   * year and resource sector, with the events of the run; from year index {@code fixedFrom} on, the capped sectors'
   * final demand is stored after the output ({@link RunValues}).
   */
  Run(CompiledScenario c, double[][] x, double[][] y, int fixedFrom, int @Nullable [] fixedPosition,
      double[] stock, double[] extraction, ImmutableList<Event> events) {
    this.c = c;
    this.e = c.economy;
    this.scenarioName = c.scenario.name();
    this.sectorIds = c.sectorIds;
    this.t0 = c.t0;
    this.years = c.years;
    this.n = c.n;
    this.r = e.resourceIndex.length;
    this.events = events;
    this.values = new RunValues(c, x, y, fixedFrom, fixedPosition, stock, extraction);
    this.accounts = new Accounts(c, values);
  }

  /** The scenario's name. */
  public String scenarioName() {
    return scenarioName;
  }

  /** The city profile the run started from: sector groups, tags and base-year data. */
  public CityProfile profile() {
    return c.profile;
  }

  /** The city profile's name. */
  public String profileName() {
    return c.profile.name();
  }

  /** The sector ids, in the profile's order. */
  public ImmutableList<String> sectorIds() {
    return sectorIds;
  }

  /** The ids of the sectors with a resource stock. */
  public ImmutableList<String> resourceSectorIds() {
    return e.resourceSectorIds;
  }

  /** The base year, the first year of the run. */
  public int baseYear() {
    return t0;
  }

  /** The horizon's end year, the last year of the run. */
  public int endYear() {
    return t0 + years - 1;
  }

  /** The number of years, base year included. */
  public int yearCount() {
    return years;
  }

  /**
   * The largest magnitude a value of this run may have, {@code Double.MAX_VALUE / (4 n years)} for {@code n}
   * sectors: a sum of such values over the sectors and the years, as a city total, a cumulative indicator or the
   * labour transition forms, stays finite. About 3.6e304 for 40 sectors over 31 years; no city reaches it, but a
   * model whose numbers compound for centuries can. An accessor asked for a value beyond it (or an infinite or NaN
   * one) throws a {@link NonFiniteResultException}.
   */
  public double largestValue() {
    return values.limit;
  }

  /** Whether the profile had employment data (else employment and the labour quantities are unavailable). */
  public boolean hasEmployment() {
    return e.hasEmployment;
  }

  /** Whether the profile gave a base-year population (a scenario's population path needs one). */
  public boolean hasPopulation() {
    return !Double.isNaN(c.population[0]);
  }

  /** Whether the run can give this quantity. */
  public boolean has(Quantity q) {
    switch (q) {
      case EMPLOYMENT:
      case DISPLACED_WORKERS:
      case JOBS_LOST:
      case JOBS_CREATED:
        return e.hasEmployment;
      case POPULATION:
        return hasPopulation();
      case RESOURCE_STOCK:
      case EXTRACTION:
        return r > 0;
      default:
        return true;
    }
  }

  /**
   * Checks every value of the run, as the accessors would, and returns the run: for a caller who wants a run whose
   * numbers are all usable before reading any (a command that writes all of them, for one). Goes year by year from
   * the base year; within a year, quantity by quantity in the order of {@link Quantity}, each sector's value then
   * the city total (for labour quantities, the city value).
   *
   * @return this run
   * @throws NonFiniteResultException for the first value out of range in that order
   */
  public Run requireFinite() {
    for (int k = 0; k < years; k++) {
      for (Quantity q : Quantity.values()) {
        if (!has(q)) {
          continue;
        }
        if (q.isPerSector()) {
          boolean resource = q == Quantity.RESOURCE_STOCK || q == Quantity.EXTRACTION;
          for (int i = 0; i < n; i++) {
            if (!resource || e.resourceSlot[i] >= 0) {
              values.at(q.ordinal(), k, i);
            }
          }
        }
        total(q, t0 + k);
      }
    }
    return this;
  }

  /** The events of the run: deferrals and blocked projects, depletions, clamps; in the order they happened. */
  public ImmutableList<Event> events() {
    return events;
  }

  /**
   * The value of a per-sector quantity in a year and sector.
   *
   * @throws IllegalArgumentException for a city-wide quantity, a year outside the run, an unknown sector, or a
   *     resource quantity of a sector without a stock
   * @throws IllegalStateException if the run cannot give the quantity (no employment data)
   * @throws NonFiniteResultException if the value is infinite, NaN or beyond {@link #largestValue()}
   */
  public double value(Quantity q, int year, String sector) {
    checkPerSector(q);
    int i = sectorIndex(sector);
    if (q == Quantity.RESOURCE_STOCK || q == Quantity.EXTRACTION) {
      checkArgument(e.resourceSlot[i] >= 0, "sector '%s' has no resource stock in run '%s'; resource sectors: %s",
          sector, scenarioName, e.resourceSectorIds);
    }
    return values.at(q.ordinal(), yearIndex(year), i);
  }

  /**
   * The city total of a quantity in a year: the sum over sectors (over resource sectors for stocks and extraction),
   * or the city-wide value.
   *
   * @throws NonFiniteResultException if a sector's value or the city-wide value is infinite, NaN or beyond
   *     {@link #largestValue()}, naming the first such sector
   */
  public double total(Quantity q, int year) {
    int k = yearIndex(year);
    if (!q.isPerSector()) {
      checkAvailable(q);
      return values.cityValue(q, k);
    }
    checkPerSector(q);
    if (q == Quantity.CO2 && k > 0) {
      return values.co2Total(k);
    }
    if (q == Quantity.RESOURCE_STOCK || q == Quantity.EXTRACTION) {
      return values.resourceTotal(q.ordinal(), k);
    }
    return values.sum(q.ordinal(), k);
  }

  /** A per-sector quantity for one sector, by year from the base year. */
  public double[] series(Quantity q, String sector) {
    double[] out = new double[years];
    for (int k = 0; k < years; k++) {
      out[k] = value(q, t0 + k, sector);
    }
    return out;
  }

  /** The city total of a quantity, by year from the base year. */
  public double[] totalSeries(Quantity q) {
    double[] out = new double[years];
    for (int k = 0; k < years; k++) {
      out[k] = total(q, t0 + k);
    }
    return out;
  }

  /** A per-sector quantity in one year, in the order of {@link #sectorIds()} (NaN for sectors without a stock). */
  public double[] sectorValues(Quantity q, int year) {
    checkPerSector(q);
    int k = yearIndex(year);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = values.at(q.ordinal(), k, i);
    }
    return out;
  }

  /** The years of the run, base year first. */
  public int[] years() {
    int[] out = new int[years];
    for (int k = 0; k < years; k++) {
      out[k] = t0 + k;
    }
    return out;
  }

  // ---- prices and public finance: the Prices and Budget accounts (section 20 of docs/MODEL.md) ----------------

  /**
   * The price index {@code pi_i(t)} of a sector: 1 in the base year, the product of the scenario's price paths that
   * select the sector (scaled by parameter values), 1 for a sector no path selects.
   *
   * @throws IllegalArgumentException for a year outside the run or an unknown sector, or if an index of the run is
   *     not positive and finite within {@link #largestValue()}
   */
  public double priceIndex(int year, String sector) {
    return accounts.prices().index[yearIndex(year)][sectorIndex(sector)];
  }

  /** Value added at current prices {@code pi_i(t) V_i(t)}, billion CNY; as {@link #priceIndex} otherwise. */
  public double valueAddedCurrent(int year, String sector) {
    int k = yearIndex(year);
    return accounts.inRange(accounts.prices().valueAdded[k][sectorIndex(sector)], k);
  }

  /** GDP at current prices, billion CNY: {@code total(VALUE_ADDED, year)}, bit for bit, without price paths. */
  public double gdpCurrent(int year) {
    int k = yearIndex(year);
    return accounts.inRange(accounts.prices().gdp[k], k);
  }

  /** GDP at current over constant prices: 1 in the base year and without price paths; NaN where GDP is 0. */
  public double gdpDeflator(int year) {
    return accounts.deflator(yearIndex(year));
  }

  /** Whether the profile gives public finance (else the budget quantities are unavailable). */
  public boolean hasPublicFinance() {
    return c.finance.hasFinance();
  }

  /**
   * The general budget revenue {@code B(t)}, billion CNY at current prices: the official figure in the base year.
   *
   * @throws IllegalStateException if the profile gives no public finance
   * @throws IllegalArgumentException for a year outside the run, or if base-year taxes exceed the official revenue
   */
  public double budgetRevenue(int year) {
    int k = yearIndex(year);
    return accounts.inRange(accounts.budget().revenue[k], k);
  }

  /** A sector's modelled taxes {@code T_i(t)}, billion CNY at current prices; as {@link #budgetRevenue}. */
  public double sectorTaxes(int year, String sector) {
    int k = yearIndex(year);
    return accounts.inRange(accounts.budget().taxes[k][sectorIndex(sector)], k);
  }

  /** The modelled taxes of the sectors carrying a tag (0 if none does), billion CNY; as {@link #budgetRevenue}. */
  public double tagTaxes(int year, String tag) {
    return accounts.tagTaxes(yearIndex(year), tag);
  }

  /** The other revenue {@code B_other(t)}, moving with GDP at current prices; as {@link #budgetRevenue}. */
  public double otherRevenue(int year) {
    int k = yearIndex(year);
    return accounts.inRange(accounts.budget().other[k], k);
  }

  // ---- the stranded-asset account (section 22 of docs/MODEL.md) ------------------------------------------

  /**
   * Whether the run has a stranded-asset account: some project of the model describes the assets it closes
   * ({@link io.xinlu.policy.Project#closedAssets()}). A scenario that carries out none of those projects has the
   * account, with 0 in every year.
   */
  public boolean hasStrandedAssets() {
    return c.closures.available;
  }

  /**
   * The stranded value of the city in a year, billion CNY: the book value (straight-line depreciation of the
   * original capital over the asset life) of the capacity that closure projects close in that year, summed over
   * sectors; 0 in the base year.
   *
   * @throws IllegalArgumentException for a year outside the run, or if the closures' capital times their weights adds
   *     up beyond {@link #largestValue()}
   * @throws IllegalStateException if the run has no stranded-asset account ({@link #hasStrandedAssets()})
   */
  public double strandedValue(int year) {
    int k = yearIndex(year);
    return accounts.stranded().total[k];
  }

  /**
   * The stranded value of one sector in a year, billion CNY: the book value of its capacity that closures close in
   * that year.
   *
   * @throws IllegalArgumentException for a year outside the run or an unknown sector, or as
   *     {@link #strandedValue(int)}
   * @throws IllegalStateException if the run has no stranded-asset account
   */
  public double strandedValue(int year, String sector) {
    int k = yearIndex(year);
    int i = sectorIndex(sector);
    return accounts.stranded().bySector[k][i];
  }

  /**
   * The stranded value of the city from the base year through a year, billion CNY: the sum of
   * {@link #strandedValue(int)} over those years.
   *
   * @throws IllegalArgumentException for a year outside the run, or as {@link #strandedValue(int)}
   * @throws IllegalStateException if the run has no stranded-asset account
   */
  public double cumulativeStrandedValue(int year) {
    int k = yearIndex(year);
    return accounts.stranded().cumulative[k];
  }


  private void checkPerSector(Quantity q) {
    checkArgument(q.isPerSector(), "%s is a city-wide quantity: use total(%s, year)", q, q);
    checkAvailable(q);
  }

  private void checkAvailable(Quantity q) {
    if (!has(q)) {
      String why = q == Quantity.POPULATION ? "profile '" + profileName() + "' gives no base-year population"
          : (q == Quantity.RESOURCE_STOCK || q == Quantity.EXTRACTION) ? "no sector has a resource stock"
          : "profile '" + profileName() + "' has no employment data";
      checkState(false, "run '%s' has no %s: %s", scenarioName, q.label(), why);
    }
  }

  private int yearIndex(int year) {
    if (year < t0 || year >= t0 + years) {
      // not checkArgument: its varargs would box the years on every call, and this check is on the ensembles' path
      throw new IllegalArgumentException(
          "year " + year + " is outside run '" + scenarioName + "' (" + t0 + ".." + (t0 + years - 1) + ")");
    }
    return year - t0;
  }

  private int sectorIndex(String sector) {
    int i = sectorIds.indexOf(sector);
    checkArgument(i >= 0, "run '%s' has no sector '%s'; sectors: %s", scenarioName, sector, sectorIds);
    return i;
  }

  @Override
  public String toString() {
    return "Run{" + scenarioName + " of " + profileName() + ", " + t0 + ".." + endYear() + ", " + n + " sectors, "
        + events.size() + " events}";
  }
}
