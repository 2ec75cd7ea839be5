package io.xinlu.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.xinlu.economy.CityProfile;
import java.util.Arrays;

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
 * <p>Immutable and thread-safe: accessors return copies.
 */
public final class Run {
  private final String scenarioName;
  private final CityProfile profile;
  private final String profileName;
  private final ImmutableList<String> sectorIds;
  private final ImmutableList<String> resourceSectorIds;
  private final int t0;
  private final int years;
  private final int n;
  private final boolean hasEmployment;
  private final boolean hasPopulation;
  private final double[][] perSector; // by Quantity ordinal, [year * n + sector]; null for city quantities
  private final double[][] city; // by Quantity ordinal, [year]; null for per-sector quantities
  private final ImmutableList<Event> events;

  Run(CompiledScenario c, double[] y, double[] x, double[] va, double[] energy, double[] co2, double[] employment,
      double[] stock, double[] extraction, double[] displaced, double[] jobsLost, double[] jobsCreated,
      double[] investment, double[] rho, double[] population, ImmutableList<Event> events) {
    this.scenarioName = c.scenario.name();
    this.profile = c.profile;
    this.profileName = c.profile.name();
    this.sectorIds = c.sectorIds;
    ImmutableList.Builder<String> res = ImmutableList.builder();
    for (int i = 0; i < c.n; i++) {
      if (c.resource[i]) {
        res.add(c.sectorIds.get(i));
      }
    }
    this.resourceSectorIds = res.build();
    this.t0 = c.t0;
    this.years = c.years;
    this.n = c.n;
    this.hasEmployment = c.hasEmployment;
    this.hasPopulation = !Double.isNaN(population[0]);
    Quantity[] q = Quantity.values();
    this.perSector = new double[q.length][];
    this.city = new double[q.length][];
    perSector[Quantity.FINAL_DEMAND.ordinal()] = y;
    perSector[Quantity.GROSS_OUTPUT.ordinal()] = x;
    perSector[Quantity.VALUE_ADDED.ordinal()] = va;
    perSector[Quantity.ENERGY.ordinal()] = energy;
    perSector[Quantity.CO2.ordinal()] = co2;
    perSector[Quantity.EMPLOYMENT.ordinal()] = employment;
    perSector[Quantity.RESOURCE_STOCK.ordinal()] = stock;
    perSector[Quantity.EXTRACTION.ordinal()] = extraction;
    city[Quantity.DISPLACED_WORKERS.ordinal()] = displaced;
    city[Quantity.JOBS_LOST.ordinal()] = jobsLost;
    city[Quantity.JOBS_CREATED.ordinal()] = jobsCreated;
    city[Quantity.INVESTMENT.ordinal()] = investment;
    city[Quantity.REEMPLOYMENT_RATE.ordinal()] = rho;
    city[Quantity.POPULATION.ordinal()] = population;
    this.events = events;
  }

  /** The scenario's name. */
  public String scenarioName() {
    return scenarioName;
  }

  /** The city profile the run started from: sector groups, tags and base-year data. */
  public CityProfile profile() {
    return profile;
  }

  /** The city profile's name. */
  public String profileName() {
    return profileName;
  }

  /** The sector ids, in the profile's order. */
  public ImmutableList<String> sectorIds() {
    return sectorIds;
  }

  /** The ids of the sectors with a resource stock. */
  public ImmutableList<String> resourceSectorIds() {
    return resourceSectorIds;
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

  /** Whether the profile had employment data (else employment and the labour quantities are unavailable). */
  public boolean hasEmployment() {
    return hasEmployment;
  }

  /** Whether the profile gave a base-year population (a scenario's population path needs one). */
  public boolean hasPopulation() {
    return hasPopulation;
  }

  /** Whether the run can give this quantity. */
  public boolean has(Quantity q) {
    switch (q) {
      case EMPLOYMENT:
      case DISPLACED_WORKERS:
      case JOBS_LOST:
      case JOBS_CREATED:
        return hasEmployment;
      case POPULATION:
        return hasPopulation;
      case RESOURCE_STOCK:
      case EXTRACTION:
        return !resourceSectorIds.isEmpty();
      default:
        return true;
    }
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
   */
  public double value(Quantity q, int year, String sector) {
    double[] a = sectorArray(q);
    int i = sectorIndex(sector);
    if (q == Quantity.RESOURCE_STOCK || q == Quantity.EXTRACTION) {
      checkArgument(resourceSectorIds.contains(sector),
          "sector '%s' has no resource stock in run '%s'; resource sectors: %s", sector, scenarioName,
          resourceSectorIds);
    }
    return a[yearIndex(year) * n + i];
  }

  /**
   * The city total of a quantity in a year: the sum over sectors (over resource sectors for stocks and extraction),
   * or the city-wide value.
   */
  public double total(Quantity q, int year) {
    int k = yearIndex(year);
    if (!q.isPerSector()) {
      return cityArray(q)[k];
    }
    double[] a = sectorArray(q);
    double s = 0;
    for (int i = 0; i < n; i++) {
      double v = a[k * n + i];
      if (!Double.isNaN(v) || (q != Quantity.RESOURCE_STOCK && q != Quantity.EXTRACTION)) {
        s += v;
      }
    }
    return s;
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
    int k = yearIndex(year);
    return Arrays.copyOfRange(sectorArray(q), k * n, (k + 1) * n);
  }

  /** The years of the run, base year first. */
  public int[] years() {
    int[] out = new int[years];
    for (int k = 0; k < years; k++) {
      out[k] = t0 + k;
    }
    return out;
  }

  private double[] sectorArray(Quantity q) {
    checkArgument(q.isPerSector(), "%s is a city-wide quantity: use total(%s, year)", q, q);
    checkAvailable(q);
    return perSector[q.ordinal()];
  }

  private double[] cityArray(Quantity q) {
    checkAvailable(q);
    return city[q.ordinal()];
  }

  private void checkAvailable(Quantity q) {
    if (!has(q)) {
      String why = q == Quantity.POPULATION ? "profile '" + profileName + "' gives no base-year population"
          : (q == Quantity.RESOURCE_STOCK || q == Quantity.EXTRACTION) ? "no sector has a resource stock"
          : "profile '" + profileName + "' has no employment data";
      checkState(false, "run '%s' has no %s: %s", scenarioName, q.label(), why);
    }
  }

  private int yearIndex(int year) {
    checkArgument(year >= t0 && year < t0 + years, "year %s is outside run '%s' (%s..%s)", year, scenarioName, t0,
        t0 + years - 1);
    return year - t0;
  }

  private int sectorIndex(String sector) {
    int i = sectorIds.indexOf(sector);
    checkArgument(i >= 0, "run '%s' has no sector '%s'; sectors: %s", scenarioName, sector, sectorIds);
    return i;
  }

  @Override
  public String toString() {
    return "Run{" + scenarioName + " of " + profileName + ", " + t0 + ".." + endYear() + ", " + n + " sectors, "
        + events.size() + " events}";
  }
}
