package io.xinlu.engine;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * The values of one {@link Run}: gross output and final demand by year and sector, and resource stocks and
 * extraction by year and resource sector, as the run stored them; value added, energy, CO2 and employment derived on
 * access from the output and the compiled factors, and the labour series ({@link Labour}) at the first request of one
 * of them, with the same operations, in the same order, as the yearly step of {@code docs/MODEL.md}, so they are the
 * numbers a run storing them would hold. Every value is checked on access against the run's largest value; one out of
 * range throws a {@link NonFiniteResultException} that says how it arises. From year index {@code fixedFrom} on, the
 * capped sectors' final demand is stored after the output, at the row positions {@code n + fixedPosition[i]} (see
 * {@link ResourceCaps.Exhausted}).
 *
 * <p>Indices, not names: {@code q} is a {@link Quantity}'s ordinal, {@code k} a year index from the base year,
 * {@code i} a sector index; the {@link Run} checks what its callers pass. Immutable apart from the labour series,
 * which it keeps once worked out; thread-safe.
 */
final class RunValues {
  private static final int FINAL_DEMAND = Quantity.FINAL_DEMAND.ordinal();
  private static final int GROSS_OUTPUT = Quantity.GROSS_OUTPUT.ordinal();
  private static final int VALUE_ADDED = Quantity.VALUE_ADDED.ordinal();
  private static final int ENERGY = Quantity.ENERGY.ordinal();
  private static final int CO2 = Quantity.CO2.ordinal();
  private static final int EMPLOYMENT = Quantity.EMPLOYMENT.ordinal();
  private static final int RESOURCE_STOCK = Quantity.RESOURCE_STOCK.ordinal();
  private static final int EXTRACTION = Quantity.EXTRACTION.ordinal();

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
  private final int fixedFrom;
  private final int @Nullable [] fixedPosition;
  private final double[] stock;
  private final double[] extraction;
  private final double[][] city; // by Quantity ordinal, [year]; null for per-sector and labour quantities
  /** {@link Run#largestValue()}. */
  final double limit;
  /**
   * The labour transition, worked out at the first request of a labour quantity. Not volatile: two threads may both
   * work it out, with the same numbers, and {@link Labour}'s final fields make a reference read through a race show
   * its filled arrays.
   */
  private @Nullable Labour labour;
  /** The cohort account, worked out at the first request of one of its values; racing threads as for the labour. */
  private @Nullable Cohorts cohorts;
  /** The sums over sectors of the labour transition and the cohort account; racing threads as for the labour. */
  private @Nullable LabourSums labourSums;
  /** {@link #largestOutput}, or -1 before it is first worked out. */
  private double largestOutput = -1;

  RunValues(CompiledScenario c, double[][] x, double[][] y, int fixedFrom, int @Nullable [] fixedPosition,
      double[] stock, double[] extraction) {
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
    this.limit = Double.MAX_VALUE / (4.0 * n * years);
  }

  /** The sum over sectors of per-sector quantity {@code q} (not CO2 after the base year, nor a resource quantity). */
  double sum(int q, int k) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += at(q, k, i);
    }
    return s;
  }

  /**
   * The CO2 total of year index {@code k > 0}: the hot path of ensembles that summarise CO2. The sum of the terms'
   * magnitudes, a second chain of additions beside the sum, bounds every term, so the terms are checked one by one
   * ({@link #checkTerms}) only when it is out of range. Kept small, apart from the checks, so that it is inlined.
   */
  double co2Total(int k) {
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
  double resourceTotal(int kind, int k) {
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

  /** A city-wide quantity in year index {@code k}, checked (the run has it). */
  double cityValue(Quantity q, int k) {
    double v = cityArray(q)[k];
    if (!(Math.abs(v) <= limit)) {
      throw beyondCity(q, k, v);
    }
    return v;
  }

  /**
   * A per-sector quantity in year index {@code k} and sector {@code i}, as {@link #raw}, checked: NaN for the
   * resource quantities of a sector without a stock, else a value within the largest value.
   *
   * @throws NonFiniteResultException for a value beyond it
   */
  double at(int q, int k, int i) {
    double v = raw(q, k, i);
    if (!(Math.abs(v) <= limit) && !((q == RESOURCE_STOCK || q == EXTRACTION) && e.resourceSlot[i] < 0)) {
      throw beyond(q, k, i, v);
    }
    return v;
  }

  /**
   * The largest magnitude of gross output after the base year, NaN if one is NaN: a bound on every term of the
   * prices and budget accounts, which then need no check term by term. Worked out once, sector by sector over the
   * years (a whole-array loop the JIT compiler vectorises); racing threads work out the same number.
   */
  double largestOutput() {
    double m = largestOutput;
    if (m < 0) {
      final double[] most = new double[n];
      for (int k = 1; k < years; k++) {
        final double[] xk = x[k];
        for (int i = 0; i < n; i++) {
          most[i] = Math.max(most[i], Math.abs(xk[i]));
        }
      }
      m = 0;
      for (double v : most) {
        m = Math.max(m, v);
      }
      largestOutput = m;
    }
    return m;
  }

  /** The gross output rows {@code [year index][sector]}, unchecked; never to be written. */
  double[][] output() {
    return x;
  }

  /** Gross output of sector {@code i} in year index {@code k}, NaN where it is out of range: {@link #orNaN}. */
  double grossOrNaN(int k, int i) {
    double v = x[k][i];
    return Math.abs(v) <= limit ? v : Double.NaN;
  }

  /** Value added of sector {@code i} in year index {@code k}, NaN where it is out of range: {@link #orNaN}. */
  double valueAddedOrNaN(int k, int i) {
    double v = k == 0 ? e.valueAdded0[i] : e.v[i] * x[k][i];
    return Math.abs(v) <= limit ? v : Double.NaN;
  }

  /**
   * Gross output or value added ({@code q}) in year index {@code k} and sector {@code i}, as {@link #at} gives it,
   * or NaN where {@link #at} would throw: the accounts' path, which asks for every sector of every year, without the
   * exception (the accessor asked for a value derived from a NaN asks the run again, which throws the
   * {@link NonFiniteResultException} that names it).
   */
  double orNaN(int q, int k, int i) {
    double v = q == GROSS_OUTPUT ? x[k][i] : k == 0 ? e.valueAdded0[i] : e.v[i] * x[k][i];
    assert q == GROSS_OUTPUT || q == VALUE_ADDED : q;
    return Math.abs(v) <= limit ? v : Double.NaN;
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
      if (k >= fixedFrom && fixedPosition != null && fixedPosition[i] >= 0) {
        return x[k][n + fixedPosition[i]];
      }
      return y[k][i];
    }
    if (q == RESOURCE_STOCK || q == EXTRACTION) {
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
    if (k > 0 && q != GROSS_OUTPUT && q != FINAL_DEMAND && q != RESOURCE_STOCK && q != EXTRACTION) {
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

  /** The values of a city-wide quantity by year index (the run has it). */
  private double[] cityArray(Quantity q) {
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
      l = Labour.of(c, labourSums());
      labour = l;
    }
    return l;
  }

  /**
   * The sums over sectors of the labour transition and, with a labour market, of the cohort account, worked out at
   * the first call for both ({@link LabourSums}); racing threads as for the labour.
   */
  private LabourSums labourSums() {
    LabourSums s = labourSums;
    if (s == null) {
      s = LabourSums.of(c, x);
      labourSums = s;
    }
    return s;
  }

  /** The cohort account ({@link Cohorts}), worked out from the output at the first call (the run has cohorts). */
  Cohorts cohorts() {
    Cohorts k = cohorts;
    if (k == null) {
      CohortInputs in = c.cohortInputs;
      if (in == null) {
        throw new IllegalStateException("run '" + scenarioName + "' has no labour market");
      }
      k = Cohorts.of(c, in, labourSums());
      cohorts = k;
    }
    return k;
  }

  /**
   * A value {@code v} of the cohort account in year index {@code k}, which the message calls {@code what}, checked
   * against the largest value; one out of range names the first employment out of range in the years up to
   * {@code k}, its cause, if there is one.
   *
   * @throws NonFiniteResultException for a value out of range
   */
  double cohortValue(double v, String what, Quantity from, int k) {
    if (!(Math.abs(v) <= limit)) {
      for (int t = 1; t <= k; t++) {
        for (int i = 0; i < n; i++) {
          at(EMPLOYMENT, t, i);
        }
      }
      throw new NonFiniteResultException(scenarioName, from, what, t0 + k, null, v, outOfRange(v)
          + "; look at the growth, effects, scales, wages and magnitudes that lead there");
    }
    return v;
  }
}
