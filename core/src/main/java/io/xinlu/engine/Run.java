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
 * <p>Immutable and thread-safe: accessors return copies.
 */
public final class Run {
  private static final int FINAL_DEMAND = Quantity.FINAL_DEMAND.ordinal();
  private static final int GROSS_OUTPUT = Quantity.GROSS_OUTPUT.ordinal();
  private static final int VALUE_ADDED = Quantity.VALUE_ADDED.ordinal();
  private static final int ENERGY = Quantity.ENERGY.ordinal();
  private static final int CO2 = Quantity.CO2.ordinal();
  private static final int EMPLOYMENT = Quantity.EMPLOYMENT.ordinal();
  private static final int RESOURCE_STOCK = Quantity.RESOURCE_STOCK.ordinal();

  private final CompiledScenario c;
  private final ScenarioTemplate.Economy e;
  private final String scenarioName;
  private final ImmutableList<String> sectorIds;
  private final int t0;
  private final int years;
  private final int n;
  private final int r;
  private final double[][] x;
  private final double[][] y;
  /**
   * From this year index on (every exhaustible stock run out), the final demand of the capped sector with
   * {@code fixedPosition[i] = a >= 0} is not in {@code y} but after the output in the output row, at {@code n + a}.
   */
  private final int fixedFrom;
  private final int @Nullable [] fixedPosition;
  private final double[] stock;
  private final double[] extraction;
  private final double[][] city; // by Quantity ordinal, [year]; null for per-sector quantities
  private final ImmutableList<Event> events;
  /**
   * The labour transition, worked out at the first request of a labour quantity. Not volatile: two threads may both
   * work it out, with the same numbers, and {@link Labour}'s final fields make a reference read through a race show
   * its filled arrays.
   */
  private @Nullable Labour labour;

  /**
   * A run of {@code c}: gross output and final demand by year and sector, and resource stocks and extraction by
   * year and resource sector. Value added, energy, CO2 and employment are derived on demand from the output and the
   * compiled factors, and the labour series ({@link Labour}) at the first request of one of them, with the same
   * operations, in the same order, as the yearly step, so they are the numbers a run storing them would hold. From
   * year index {@code fixedFrom} on, the capped sectors' final demand is stored after the output, at the row
   * positions {@code n + fixedPosition[i]} (see {@link ResourceCaps.Exhausted}).
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
    this.x = x;
    this.y = y;
    this.fixedFrom = fixedFrom;
    this.fixedPosition = fixedPosition;
    this.stock = stock;
    this.extraction = extraction;
    this.city = new double[Quantity.values().length][];
    city[Quantity.INVESTMENT.ordinal()] = c.capital;
    city[Quantity.REEMPLOYMENT_RATE.ordinal()] = c.rho;
    city[Quantity.POPULATION.ordinal()] = c.population;
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
    checkPerSector(q);
    int i = sectorIndex(sector);
    if (q == Quantity.RESOURCE_STOCK || q == Quantity.EXTRACTION) {
      checkArgument(e.resourceSlot[i] >= 0, "sector '%s' has no resource stock in run '%s'; resource sectors: %s",
          sector, scenarioName, e.resourceSectorIds);
    }
    return at(q.ordinal(), yearIndex(year), i);
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
    checkPerSector(q);
    int kind = q.ordinal();
    double s = 0;
    if (kind == RESOURCE_STOCK || kind == Quantity.EXTRACTION.ordinal()) {
      double[] a = kind == RESOURCE_STOCK ? stock : extraction;
      for (int j = 0; j < r; j++) {
        s += a[k * r + j];
      }
      return s;
    }
    if (kind == CO2 && k > 0) {
      // the hot path of ensembles that summarise CO2
      final double[] v = e.v;
      final double[] xk = x[k];
      final double[] ev = c.energyPerValueAdded[k];
      final double[] ce = c.co2PerEnergy[k];
      for (int i = 0; i < n; i++) {
        s += ce[i] * (ev[i] * (v[i] * xk[i]));
      }
      return s;
    }
    for (int i = 0; i < n; i++) {
      s += at(kind, k, i);
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
    checkPerSector(q);
    int k = yearIndex(year);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = at(q.ordinal(), k, i);
    }
    return out;
  }

  /**
   * A per-sector quantity in year index {@code k} and sector {@code i}: stored (output, demand, stocks) or derived
   * from the output with the compiled factors of the year, as the yearly step of {@code docs/MODEL.md} computes it.
   */
  private double at(int q, int k, int i) {
    if (q == GROSS_OUTPUT) {
      return x[k][i];
    }
    if (q == FINAL_DEMAND) {
      if (k >= fixedFrom && fixedPosition[i] >= 0) {
        return x[k][n + fixedPosition[i]];
      }
      return y[k][i];
    }
    if (q == RESOURCE_STOCK || q == Quantity.EXTRACTION.ordinal()) {
      int slot = e.resourceSlot[i];
      return slot < 0 ? Double.NaN : (q == RESOURCE_STOCK ? stock : extraction)[k * r + slot];
    }
    double va = k == 0 ? e.valueAdded0[i] : e.v[i] * x[k][i];
    if (q == VALUE_ADDED) {
      return va;
    }
    if (q == EMPLOYMENT) {
      return k == 0 ? e.employment0[i] : va / c.valueAddedPerJob[k][i];
    }
    double energy = c.energyPerValueAdded[k][i] * va;
    if (q == ENERGY) {
      return energy;
    }
    if (q == CO2) {
      return c.co2PerEnergy[k][i] * energy;
    }
    throw new AssertionError(q);
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

  private double[] cityArray(Quantity q) {
    checkAvailable(q);
    switch (q) {
      case DISPLACED_WORKERS:
        return labour().displaced;
      case JOBS_LOST:
        return labour().jobsLost;
      case JOBS_CREATED:
        return labour().jobsCreated;
      default:
        return city[q.ordinal()];
    }
  }

  /** The labour transition, worked out from the output at the first call (the run has employment data). */
  private Labour labour() {
    Labour l = labour;
    if (l == null) {
      l = Labour.of(c, x);
      labour = l;
    }
    return l;
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
