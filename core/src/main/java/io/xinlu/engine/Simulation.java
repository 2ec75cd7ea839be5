package io.xinlu.engine;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One run of a compiled scenario: the part of the yearly step of {@code docs/MODEL.md} that depends on the state of
 * the run. The compiled scenario already holds every year's final demand before resource caps and the factors that
 * turn output into value added, energy, CO2 and jobs, so a run is: the Leontief product {@code x = L y} of each
 * year with that year's resource caps (which change capped sectors' final demand and correct the output), until
 * every stock that can run out has; then one product with the fixed matrices of {@link ResourceCaps.Exhausted} for
 * the remaining years. The labour transition is left to the {@link Run}, which works it out ({@link Labour}) when
 * a labour quantity is first asked for. Allocates its result rows and work arrays once and nothing else per year
 * (events, which are rare, aside). Confined to one thread.
 */
final class Simulation {
  private final CompiledScenario c;
  private final Economy e;
  private final int n;
  private final int years;
  private final int r;

  // results: [year][sector], [year * r + resource slot] or [year]
  private final double[][] x;
  private double[][] y;
  private final double[] stock;
  private final double[] extraction;

  // work arrays for the resource caps, and the depletions found
  private final @Nullable ResourceCaps caps;
  private final boolean fixedCapsOnceExhausted;
  /** The first year index with fixed caps, or -1. */
  private int exhaustedFrom = -1;
  private final boolean[] capped;
  private final double[] cap;
  /** The capped slots in ascending order, their sectors, the right-hand side {@code cap_S - x_S}, the changes. */
  private final int[] slots;
  private final int[] sectorOf;
  private final double[] change;
  private final double[] rhs;
  private boolean @Nullable [] depleted;
  private Event[] depletions;
  private int depletionCount;

  Simulation(CompiledScenario c) {
    this(c, true);
  }

  /**
   * @param fixedCapsOnceExhausted whether the years after every exhaustible stock has run out use the economy's
   *     {@link ResourceCaps.Exhausted} matrices (the default) rather than the year-by-year caps, which give the same
   *     numbers up to rounding; tests compare the two
   */
  Simulation(CompiledScenario c, boolean fixedCapsOnceExhausted) {
    this.fixedCapsOnceExhausted = fixedCapsOnceExhausted;
    this.c = c;
    this.e = c.economy;
    this.n = c.n;
    this.years = c.years;
    this.r = e.resourceIndex.length;
    x = new double[years][];
    y = c.demand;
    stock = new double[years * r];
    extraction = new double[years * r];
    caps = e.caps;
    capped = new boolean[r];
    depletions = new Event[r]; // a resource runs out once
    cap = new double[r];
    slots = new int[r];
    sectorOf = new int[r];
    change = new double[r];
    rhs = new double[r];
  }

  Run run() {
    x[0] = e.x0;
    int k = 1;
    if (r > 0) {
      for (int s = 0; s < r; s++) {
        stock[s] = e.stock0[s];
        extraction[s] = e.phi[s] * e.valueAdded0[e.resourceIndex[s]];
      }
      if (caps != null && caps.exhaustible.length > 0) {
        // year by year until every stock that can run out has: from then on the caps are fixed
        for (; k < years; k++) {
          final double[] xk = new double[n];
          x[k] = xk;
          multiply(e.leontief, c.demand[k], xk, n);
          deplete(k);
          if (fixedCapsOnceExhausted && allExhausted(caps, k)) {
            exhaustedYears(caps, k + 1);
            k = years;
          }
        }
      }
    }
    if (k < years) {
      if (e.identity) {
        for (int t = k; t < years; t++) {
          x[t] = c.demand[t].clone();
        }
      } else {
        for (int t = k; t < years; t++) {
          x[t] = new double[n];
        }
        product(e.leontief, e.allSectors, c.demand, x, n, k, years);
      }
      for (int t = k; r > 0 && t < years; t++) {
        deplete(t);
      }
    }
    ImmutableList<Event> events = depletionCount == 0 ? c.eventsWithoutDepletion()
        : c.withDepletions(Arrays.copyOf(depletions, depletionCount));
    if (exhaustedFrom < 0) {
      return new Run(c, x, y, years, null, stock, extraction, events);
    }
    checkState(caps != null, "fixed caps from year index %s without resource caps", exhaustedFrom);
    return new Run(c, x, y, exhaustedFrom, caps.exhausted().position, stock, extraction, events);
  }

  /**
   * {@code x_k = sum_t demand_k[which[t]] columns[t]} for the years {@code from..to-1}: with the columns of
   * {@code L} and every sector, {@code x_k = L y_k}. Four columns at a time: each output element adds the column
   * terms one by one in column order, exactly as one column at a time would (floating-point addition is not
   * associative, so the order is kept), but loads and stores it once per four columns. Every array is indexed from
   * 0 in the inner loops: with offsets into one flat array the JIT compiler of Java 17 cannot rule out overlap and
   * does not vectorise (about 4x slower).
   */
  static void product(double[][] columns, int[] which, double[][] demand, double[][] x, int rows, int from, int to) {
    int t = 0;
    int m = which.length;
    for (; t + 4 <= m; t += 4) {
      final double[] l0 = columns[t];
      final double[] l1 = columns[t + 1];
      final double[] l2 = columns[t + 2];
      final double[] l3 = columns[t + 3];
      final int j0 = which[t];
      final int j1 = which[t + 1];
      final int j2 = which[t + 2];
      final int j3 = which[t + 3];
      for (int k = from; k < to; k++) {
        final double[] dk = demand[k];
        addColumns(x[k], rows, dk[j0], l0, dk[j1], l1, dk[j2], l2, dk[j3], l3);
      }
    }
    for (; t < m; t++) {
      final double[] lt = columns[t];
      final int j = which[t];
      for (int k = from; k < to; k++) {
        addColumn(x[k], rows, demand[k][j], lt);
      }
    }
  }

  /**
   * {@code out += sum_t y[t] columns[t]} over rows {@code 0..rows-1}: {@link #product} for one year, with the
   * demand already in the columns' order, without its indirection and year loop (with them, the years before every
   * stock has run out, one product each, took about a tenth longer).
   */
  private static void multiply(double[][] columns, double[] y, double[] out, int rows) {
    final int m = columns.length;
    int t = 0;
    for (; t + 4 <= m; t += 4) {
      addColumns(out, rows, y[t], columns[t], y[t + 1], columns[t + 1], y[t + 2], columns[t + 2], y[t + 3],
          columns[t + 3]);
    }
    for (; t < m; t++) {
      addColumn(out, rows, y[t], columns[t]);
    }
  }

  /** {@code out += d0 c0 + d1 c1 + d2 c2 + d3 c3}, adding the terms to each element in that order. */
  private static void addColumns(double[] out, int n, double d0, double[] c0, double d1, double[] c1, double d2,
      double[] c2, double d3, double[] c3) {
    for (int i = 0; i < n; i++) {
      double s = out[i];
      s += d0 * c0[i];
      s += d1 * c1[i];
      s += d2 * c2[i];
      s += d3 * c3[i];
      out[i] = s;
    }
  }

  /** {@code out += d c}. */
  private static void addColumn(double[] out, int n, double d, double[] c) {
    for (int i = 0; i < n; i++) {
      out[i] += d * c[i];
    }
  }

  /**
   * The resource caps of a year (section 11 of {@code docs/MODEL.md}): caps the output of resource sectors whose
   * stock cannot cover the year's extraction, and of those already exhausted, by lowering their own final demand so
   * that their output meets the caps exactly; then updates stocks and extraction.
   */
  private void deplete(int k) {
    final double[] xk = x[k];
    final int[] ri = e.resourceIndex;
    final double[] phi = e.phi;
    final double[] pv = e.extractionPerOutput;
    final int now = k * r;
    final int prev = now - r;
    boolean added = false;
    int count = 0;
    for (int s = 0; s < r; s++) {
      capped[s] = false;
      if (phi[s] == 0) {
        continue;
      }
      double left = stock[prev + s];
      // an exhausted stock caps its sector at 0 for good; another binds when the output exceeds what is left
      if ((left == 0.0 && pv[s] > 0) || xk[ri[s]] > left / pv[s]) {
        markCapped(s, k, left);
        added = true;
        count++;
      }
    }
    while (added) {
      correct(k);
      added = false;
      for (int s = 0; s < r; s++) {
        if (!capped[s] && phi[s] != 0 && xk[ri[s]] > stock[prev + s] / pv[s]) {
          markCapped(s, k, stock[prev + s]);
          added = true;
          count++;
        }
      }
    }
    if (count > 0) {
      // x_S = cap_S and x_O = (I - A_OO)^-1 (A_OS cap_S + y_O) >= 0 hold exactly in arithmetic; remove the rounding
      // that the correction leaves (such as -4e-16 for a sector capped at 0)
      for (int s = 0; s < r; s++) {
        if (capped[s]) {
          xk[ri[s]] = cap[s];
        }
      }
      for (int i = 0; i < n; i++) {
        if (xk[i] < 0) {
          xk[i] = 0.0;
        }
      }
    }
    for (int s = 0; s < r; s++) {
      if (capped[s]) {
        extraction[now + s] = stock[prev + s];
        stock[now + s] = 0.0;
      } else {
        double q = pv[s] * xk[ri[s]];
        extraction[now + s] = q;
        stock[now + s] = stock[prev + s] - q;
      }
    }
  }

  /** Marks slot {@code s} capped in year {@code k} with {@code left} in stock, and records its first depletion. */
  private void markCapped(int s, int k, double left) {
    capped[s] = true;
    cap[s] = left == 0.0 ? 0.0 : left / e.extractionPerOutput[s];
    if (depleted == null) {
      depleted = new boolean[r];
    }
    if (!depleted[s]) {
      depleted[s] = true;
      depletions[depletionCount++] = new Event.Depletion(c.sectorIds.get(e.resourceIndex[s]), c.t0 + k, left);
    }
  }

  /**
   * Changes the capped sectors' final demand so that their output meets the caps: {@code x = L y} holds on entry,
   * so the change is {@code dy_S = L_SS^-1 (cap_S - x_S)} and the output changes by {@code L_{.S} dy_S}. The
   * inverse comes from the economy's {@link ResourceCaps}, computed once per set of capped sectors. The first
   * change of a year's demand copies that year of the compiled demand path, which the run must not write.
   */
  private void correct(int k) {
    if (y == c.demand) {
      y = c.demand.clone();
    }
    if (y[k] == c.demand[k]) {
      y[k] = c.demand[k].clone();
    }
    final double[] yk = y[k];
    final double[] xk = x[k];
    final int[] ri = e.resourceIndex;
    int m = 0;
    for (int s = 0; s < r; s++) {
      if (capped[s]) {
        slots[m] = s;
        sectorOf[m] = ri[s];
        rhs[m] = cap[s] - xk[ri[s]];
        m++;
      }
    }
    if (e.identity) {
      for (int a = 0; a < m; a++) {
        yk[sectorOf[a]] = cap[slots[a]];
        xk[sectorOf[a]] = cap[slots[a]];
      }
      return;
    }
    // a capped sector of an economy with an input-output table: it has resource caps
    checkState(caps != null, "capped sectors without resource caps");
    final double[] w = caps.inverse(slots, m);
    for (int a = 0; a < m; a++) {
      double d = 0;
      final int row = a * m;
      for (int b = 0; b < m; b++) {
        d += w[row + b] * rhs[b];
      }
      change[a] = d;
      yk[sectorOf[a]] += d;
    }
    final double[][] l = e.leontief;
    int a = 0;
    for (; a + 4 <= m; a += 4) {
      addColumns(xk, n, change[a], l[sectorOf[a]], change[a + 1], l[sectorOf[a + 1]], change[a + 2],
          l[sectorOf[a + 2]], change[a + 3], l[sectorOf[a + 3]]);
    }
    if (a + 2 <= m) {
      addColumns(xk, n, change[a], l[sectorOf[a]], change[a + 1], l[sectorOf[a + 1]]);
      a += 2;
    }
    if (a < m) {
      addColumn(xk, n, change[a], l[sectorOf[a]]);
    }
  }

  /** The first year index whose output came from the fixed caps of exhausted stocks, or -1 if none did. */
  int exhaustedFrom() {
    return exhaustedFrom;
  }

  /** Whether every stock that can run out has run out by the end of year {@code k}. */
  private boolean allExhausted(ResourceCaps caps, int k) {
    for (int s : caps.exhaustible) {
      if (stock[k * r + s] != 0.0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The years from {@code from} on, once every stock that can run out has: each year's output and the capped
   * sectors' final demand come from one product with the economy's {@link ResourceCaps.Exhausted} matrices, whose
   * rows for the capped sectors are 0, so their output is exactly 0.
   */
  private void exhaustedYears(ResourceCaps caps, int from) {
    if (from >= years) {
      return;
    }
    exhaustedFrom = from;
    ResourceCaps.Exhausted ex = caps.exhausted();
    for (int k = from; k < years; k++) {
      x[k] = new double[ex.rows];
    }
    product(ex.columns, ex.others, c.demand, x, ex.rows, from, years);
    // the capped sectors' final demand stays after the output in each row (Run reads it there), so the compiled
    // demand rows are not copied
    final double[] pv = e.extractionPerOutput;
    final int[] ri = e.resourceIndex;
    for (int k = from; k < years; k++) {
      final double[] xk = x[k];
      // without branches: the sums start at +0, so no output is -0 and max(x, 0) is "0 if x < 0, else x"
      for (int i = 0; i < n; i++) {
        xk[i] = Math.max(xk[i], 0.0);
      }
      final int now = k * r;
      final int prev = now - r;
      for (int s = 0; s < r; s++) {
        if (pv[s] > 0) {
          extraction[now + s] = 0.0;
          stock[now + s] = 0.0;
        } else {
          double q = pv[s] * xk[ri[s]];
          extraction[now + s] = q;
          stock[now + s] = stock[prev + s] - q;
        }
      }
    }
  }

  /** {@code out += d0 c0 + d1 c1}, adding the terms to each element in that order. */
  private static void addColumns(double[] out, int n, double d0, double[] c0, double d1, double[] c1) {
    for (int i = 0; i < n; i++) {
      double s = out[i];
      s += d0 * c0[i];
      s += d1 * c1[i];
      out[i] = s;
    }
  }
}
