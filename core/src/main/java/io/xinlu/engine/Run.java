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
 *
 * @since 0.1.0
 */
public final class Run extends RunAccounts {
  private final Economy e;
  private final String scenarioName;
  private final ImmutableList<String> sectorIds;
  private final int t0;
  private final int years;
  private final int n;
  private final int r;
  private final ImmutableList<Event> events;

  /**
   * A run of {@code c}: gross output and final demand by year and sector, and resource stocks and extraction by
   * year and resource sector, with the events of the run; from year index {@code fixedFrom} on, the capped sectors'
   * final demand is stored after the output ({@link RunValues}).
   */
  Run(CompiledScenario c, double[][] x, double[][] y, int fixedFrom, int @Nullable [] fixedPosition,
      double[] stock, double[] extraction, ImmutableList<Event> events) {
    super(c, new RunValues(c, x, y, fixedFrom, fixedPosition, stock, extraction));
    this.e = c.economy;
    this.scenarioName = c.scenario.name();
    this.sectorIds = c.sectorIds;
    this.t0 = c.t0;
    this.years = c.years;
    this.n = c.n;
    this.r = e.resourceIndex.length;
    this.events = events;
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
   * the city total (for labour quantities, the city value); then, with a labour market, the cohort account's values.
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
      requireFiniteAccounts(k);
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

  @Override
  int yearIndex(int year) {
    if (year < t0 || year >= t0 + years) {
      // not checkArgument: its varargs would box the years on every call, and this check is on the ensembles' path
      throw new IllegalArgumentException(
          "year " + year + " is outside run '" + scenarioName + "' (" + t0 + ".." + (t0 + years - 1) + ")");
    }
    return year - t0;
  }

  @Override
  int sectorIndex(String sector) {
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
