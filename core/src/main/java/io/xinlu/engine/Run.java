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
  private static final int FINAL_DEMAND = Quantity.FINAL_DEMAND.ordinal();
  private static final int GROSS_OUTPUT = Quantity.GROSS_OUTPUT.ordinal();
  private static final int VALUE_ADDED = Quantity.VALUE_ADDED.ordinal();
  private static final int ENERGY = Quantity.ENERGY.ordinal();
  private static final int CO2 = Quantity.CO2.ordinal();
  private static final int EMPLOYMENT = Quantity.EMPLOYMENT.ordinal();
  private static final int RESOURCE_STOCK = Quantity.RESOURCE_STOCK.ordinal();

  private final CompiledScenario c;
  private final Economy e;
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
  /** {@link #largestValue()}. */
  private final double limit;
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
    this.limit = Double.MAX_VALUE / (4.0 * n * years);
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
    return limit;
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
              at(q.ordinal(), k, i);
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
    return at(q.ordinal(), yearIndex(year), i);
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
      return cityValue(q, k);
    }
    checkPerSector(q);
    int kind = q.ordinal();
    if (kind == CO2 && k > 0) {
      return co2Total(k);
    }
    if (kind == RESOURCE_STOCK || kind == Quantity.EXTRACTION.ordinal()) {
      return resourceTotal(kind, k);
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += at(kind, k, i);
    }
    return s;
  }

  /**
   * The CO2 total of year index {@code k > 0}: the hot path of ensembles that summarise CO2. The sum of the terms'
   * magnitudes, a second chain of additions beside the sum, bounds every term, so the terms are checked one by one
   * ({@link #checkTerms}) only when it is out of range. Kept small, apart from the checks, so that it is inlined.
   */
  private double co2Total(int k) {
    final double[] v = e.v;
    final double[] xk = x[k];
    final double[] ev = c.energyPerValueAdded[k];
    final double[] ce = c.co2PerEnergy[k];
    double s = 0;
    double size = 0;
    for (int i = 0; i < n; i++) {
      double term = ce[i] * (ev[i] * (v[i] * xk[i]));
      s += term;
      size += Math.abs(term);
    }
    if (!(size <= limit)) {
      checkTerms(CO2, k);
    }
    return s;
  }

  /** Checks every sector's value of per-sector quantity {@code q} in year index {@code k}. */
  private void checkTerms(int q, int k) {
    for (int i = 0; i < n; i++) {
      at(q, k, i);
    }
  }

  /** The total of a resource quantity (stock or extraction) over the resource sectors, each value checked. */
  private double resourceTotal(int kind, int k) {
    double[] a = kind == RESOURCE_STOCK ? stock : extraction;
    double s = 0;
    for (int j = 0; j < r; j++) {
      double v = a[k * r + j];
      if (!(Math.abs(v) <= limit)) {
        throw beyond(kind, k, e.resourceIndex[j], v);
      }
      s += v;
    }
    return s;
  }

  /** A city-wide quantity in year index {@code k}, checked. */
  private double cityValue(Quantity q, int k) {
    double v = cityArray(q)[k];
    if (!(Math.abs(v) <= limit)) {
      throw beyondCity(q, k, v);
    }
    return v;
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
   * A per-sector quantity in year index {@code k} and sector {@code i}, as {@link #raw}, checked: NaN for the
   * resource quantities of a sector without a stock, else a value within {@link #largestValue()}.
   *
   * @throws NonFiniteResultException for a value beyond it
   */
  private double at(int q, int k, int i) {
    double v = raw(q, k, i);
    if (!(Math.abs(v) <= limit) && !((q == RESOURCE_STOCK || q == Quantity.EXTRACTION.ordinal())
        && e.resourceSlot[i] < 0)) {
      throw beyond(q, k, i, v);
    }
    return v;
  }

  /**
   * A per-sector quantity in year index {@code k} and sector {@code i}: stored (output, demand, stocks) or derived
   * from the output with the compiled factors of the year, as the yearly step of {@code docs/MODEL.md} computes it.
   */
  private double raw(int q, int k, int i) {
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

  /**
   * The exception for per-sector quantity {@code q} of sector {@code i} in year index {@code k}, whose value
   * {@code v} is out of range: it says how the value arises and the first year it left the range.
   */
  private NonFiniteResultException beyond(int q, int k, int i, double v) {
    Quantity quantity = Quantity.values()[q];
    int first = k;
    for (int t = 0; t < k; t++) {
      double w = raw(q, t, i);
      if (!(Math.abs(w) <= limit)) {
        first = t;
        break;
      }
    }
    String how = "";
    if (k > 0 && q != GROSS_OUTPUT && q != FINAL_DEMAND && q != RESOURCE_STOCK
        && q != Quantity.EXTRACTION.ordinal()) {
      double output = x[k][i];
      how = q == VALUE_ADDED ? "value-added ratio " + e.v[i] + " times gross output " + output
          : q == ENERGY ? "energy per value added " + c.energyPerValueAdded[k][i] + " times value added "
              + e.v[i] * output
          : q == CO2 ? "CO2 per energy " + c.co2PerEnergy[k][i] + " times energy per value added "
              + c.energyPerValueAdded[k][i] + " times value added " + e.v[i] * output
          : "value added " + e.v[i] * output + " over value added per job " + c.valueAddedPerJob[k][i];
      how = " (" + how + ")";
    }
    return new NonFiniteResultException(scenarioName, quantity, t0 + k, sectorIds.get(i), v,
        how + outOfRange(v) + (first < k ? "; first out of range in " + (t0 + first) : "")
            + "; look at the growth, effects, scales and magnitudes that lead there");
  }

  /**
   * The exception for city-wide quantity {@code q} in year index {@code k} with value {@code v}; for a labour
   * quantity, the first employment out of range in the years up to {@code k} is named instead, as its cause.
   */
  private NonFiniteResultException beyondCity(Quantity q, int k, double v) {
    if (q == Quantity.DISPLACED_WORKERS || q == Quantity.JOBS_LOST || q == Quantity.JOBS_CREATED) {
      for (int t = 1; t <= k; t++) {
        for (int i = 0; i < n; i++) {
          at(EMPLOYMENT, t, i);
        }
      }
    }
    int first = k;
    double[] a = cityArray(q);
    for (int t = 0; t < k; t++) {
      if (!(Math.abs(a[t]) <= limit)) {
        first = t;
        break;
      }
    }
    return new NonFiniteResultException(scenarioName, q, t0 + k, null, v, outOfRange(v)
        + (first < k ? "; first out of range in " + (t0 + first) : "")
        + "; look at the growth, effects, scales and magnitudes that lead there");
  }

  /** Why a value is out of range: not a number, or beyond the largest value. */
  private String outOfRange(double v) {
    return Double.isNaN(v) ? ", not a number" : ", beyond the largest value this run can sum (" + limit
        + " = Double.MAX_VALUE / (4 x " + n + (n == 1 ? " sector" : " sectors") + " x " + years + " years))";
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
