package io.xinlu.engine;

import com.google.common.collect.ImmutableList;
import io.xinlu.internal.LinearAlgebra;
import java.util.Arrays;

/**
 * One run of a compiled scenario: the part of the yearly step of {@code docs/MODEL.md} that depends on the state of
 * the run. The compiled scenario already holds every year's final demand before resource caps and the factors that
 * turn output into value added, energy, CO2 and jobs, so a run is: the Leontief product {@code x = L y} of every
 * year, then, year by year, the resource caps (which lower capped sectors' final demand and correct the output) and
 * the labour transition. Allocates its result and work arrays once and nothing per year (events, which are rare,
 * aside). Confined to one thread.
 */
final class Simulation {
  private final CompiledScenario c;
  private final ScenarioTemplate.Economy e;
  private final int n;
  private final int years;
  private final int r;

  // results: [year][sector], [year * r + resource slot] or [year]
  private final double[][] x;
  private double[][] y;
  private final double[] stock;
  private final double[] extraction;
  private final double[] displaced;
  private final double[] jobsLost;
  private final double[] jobsCreated;

  // work arrays for the resource caps, and the depletions found
  private final boolean[] capped;
  private final int[] cappedIndex;
  private final double[] cap;
  private final double[] solveVector;
  private double[] solveMatrix = new double[0];
  private double[] block = new double[0];
  private final int[] pivots;
  /** The capped sectors' indices and final demands (then their changes), in the order of {@code cappedIndex}. */
  private final int[] sectorOf;
  private final double[] demandOf;
  private final int[] factoredSet;
  private int factoredCount = -1;
  private boolean[] depleted;
  private Event[] depletions;
  private int depletionCount;

  Simulation(CompiledScenario c) {
    this.c = c;
    this.e = c.economy;
    this.n = c.n;
    this.years = c.years;
    this.r = e.resourceIndex.length;
    x = new double[years][];
    y = c.demand;
    stock = new double[years * r];
    extraction = new double[years * r];
    if (e.hasEmployment) {
      displaced = new double[years];
      jobsLost = new double[years];
      jobsCreated = new double[years];
    } else {
      displaced = null;
      jobsLost = null;
      jobsCreated = null;
    }
    capped = new boolean[r];
    depletions = new Event[r]; // a resource runs out once
    cappedIndex = new int[r];
    cap = new double[r];
    solveVector = new double[r];
    pivots = new int[r];
    sectorOf = new int[r];
    demandOf = new double[r];
    factoredSet = new int[r];
  }

  Run run() {
    x[0] = e.x0;
    if (e.identity) {
      for (int k = 1; k < years; k++) {
        x[k] = c.demand[k].clone();
      }
    } else {
      for (int k = 1; k < years; k++) {
        x[k] = new double[n];
      }
      leontief(e.leontief, c.demand, x, n, years);
    }
    if (r > 0) {
      for (int s = 0; s < r; s++) {
        stock[s] = e.stock0[s];
        extraction[s] = e.phi[s] * e.valueAdded0[e.resourceIndex[s]];
      }
      for (int k = 1; k < years; k++) {
        deplete(k);
      }
    }
    if (e.hasEmployment) {
      labour();
    }
    ImmutableList<Event> events = depletionCount == 0 ? c.eventsWithoutDepletion()
        : c.withDepletions(Arrays.copyOf(depletions, depletionCount));
    return new Run(c, x, y, stock, extraction, displaced, jobsLost, jobsCreated, events);
  }

  /**
   * {@code x_k = L y_k} for every year after the base year, as sums of the columns of {@code L} scaled by the
   * demands, four columns at a time. Each output element adds the column terms one by one in column order, exactly
   * as one column at a time would (floating-point addition is not associative, so the order is kept), but loads
   * and stores it once per four columns. Every array is indexed from 0 in the inner loops: with offsets into one
   * flat array the JIT compiler of Java 17 cannot rule out overlap and does not vectorise (about 4x slower).
   */
  static void leontief(double[][] l, double[][] demand, double[][] x, int n, int years) {
    int j = 0;
    for (; j + 4 <= n; j += 4) {
      final double[] l0 = l[j];
      final double[] l1 = l[j + 1];
      final double[] l2 = l[j + 2];
      final double[] l3 = l[j + 3];
      for (int k = 1; k < years; k++) {
        final double[] dk = demand[k];
        addColumns(x[k], n, dk[j], l0, dk[j + 1], l1, dk[j + 2], l2, dk[j + 3], l3);
      }
    }
    for (; j < n; j++) {
      final double[] lj = l[j];
      for (int k = 1; k < years; k++) {
        addColumn(x[k], n, demand[k][j], lj);
      }
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
   * Caps the output of resource sectors whose stock cannot cover the year's extraction: lowers their own final
   * demand so that their output meets the caps exactly, then updates stocks and extraction.
   */
  private void deplete(int k) {
    final double[] xk = x[k];
    final int[] ri = e.resourceIndex;
    final double[] phi = e.phi;
    final double[] v = e.v;
    final int now = k * r;
    final int prev = now - r;
    Arrays.fill(capped, false);
    int count = 0;
    boolean added = true;
    while (added) {
      added = false;
      for (int s = 0; s < r; s++) {
        if (capped[s] || phi[s] == 0) {
          continue;
        }
        int i = ri[s];
        double limit = stock[prev + s] / (phi[s] * v[i]);
        if (xk[i] > limit) {
          capped[s] = true;
          cap[s] = limit;
          cappedIndex[count++] = s;
          added = true;
          if (depleted == null) {
            depleted = new boolean[r];
          }
          if (!depleted[s]) {
            depleted[s] = true;
            depletions[depletionCount++] = new Event.Depletion(c.sectorIds.get(i), c.t0 + k, stock[prev + s]);
          }
        }
      }
      if (added) {
        solveCapped(k, count);
      }
    }
    if (count > 0) {
      // x_S = cap_S and x_O = (I - A_OO)^-1 (A_OS cap_S + y_O) >= 0 hold exactly in arithmetic; remove the rounding
      // that L y leaves (such as -4e-16 for a sector capped at 0)
      for (int a = 0; a < count; a++) {
        xk[ri[cappedIndex[a]]] = cap[cappedIndex[a]];
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
        double q = phi[s] * v[ri[s]] * xk[ri[s]];
        extraction[now + s] = q;
        stock[now + s] = stock[prev + s] - q;
      }
    }
  }

  /**
   * Solves {@code L_SS y_S = cap_S - L_SO y_O} for the capped sectors' final demand and updates the output by the
   * columns of the changed demands. {@code x = L y} holds on entry, so the right-hand side is
   * {@code cap_S - x_S + L_SS y_S}: no pass over the uncapped sectors is needed. {@code L_SS} is factored only when
   * the set of capped sectors changes (solving with the factors gives the bits a fresh elimination would). The
   * first change of a year's demand copies that year of the compiled demand path, which the run must not write.
   */
  private void solveCapped(int k, int count) {
    if (y == c.demand) {
      y = c.demand.clone();
    }
    if (y[k] == c.demand[k]) {
      y[k] = c.demand[k].clone();
    }
    final double[] yk = y[k];
    final double[] xk = x[k];
    final int[] ri = e.resourceIndex;
    if (e.identity) {
      for (int a = 0; a < count; a++) {
        int s = cappedIndex[a];
        yk[ri[s]] = cap[s];
        xk[ri[s]] = cap[s];
      }
      return;
    }
    double[][] l = e.leontief;
    boolean sameSet = count == factoredCount;
    for (int a = 0; a < count && sameSet; a++) {
      sameSet = factoredSet[a] == cappedIndex[a];
    }
    if (!sameSet) {
      // L_SS for a new set of capped sectors; a set that stays capped year after year is factored once
      if (solveMatrix.length < count * count) {
        // once per run, at the first cap: room for every resource sector
        solveMatrix = new double[r * r];
        block = new double[r * r];
      }
      for (int a = 0; a < count; a++) {
        int i = ri[cappedIndex[a]];
        for (int b = 0; b < count; b++) {
          block[a * count + b] = l[ri[cappedIndex[b]]][i];
        }
      }
      System.arraycopy(block, 0, solveMatrix, 0, count * count);
      factoredCount = -1;
      if (!LinearAlgebra.factor(solveMatrix, pivots, count)) {
        throw new IllegalStateException("singular Leontief block for capped sectors; the table should be productive");
      }
      System.arraycopy(cappedIndex, 0, factoredSet, 0, count);
      factoredCount = count;
    }
    for (int a = 0; a < count; a++) {
      sectorOf[a] = ri[cappedIndex[a]];
      demandOf[a] = yk[sectorOf[a]];
    }
    for (int a = 0; a < count; a++) {
      double rhs = cap[cappedIndex[a]] - xk[sectorOf[a]];
      final int row = a * count;
      for (int b = 0; b < count; b++) {
        rhs += block[row + b] * demandOf[b];
      }
      solveVector[a] = rhs;
    }
    LinearAlgebra.solveFactored(solveMatrix, pivots, solveVector, count);
    // x += L[:, j] (y_j' - y_j) over the capped sectors, four at a time and in their order (a change of 0 adds
    // +0 or -0, which leaves x unchanged: x is never -0)
    for (int a = 0; a < count; a++) {
      demandOf[a] = solveVector[a] - demandOf[a]; // now the change
      yk[sectorOf[a]] = solveVector[a];
    }
    int a = 0;
    for (; a + 4 <= count; a += 4) {
      addColumns(xk, n, demandOf[a], l[sectorOf[a]], demandOf[a + 1], l[sectorOf[a + 1]], demandOf[a + 2],
          l[sectorOf[a + 2]], demandOf[a + 3], l[sectorOf[a + 3]]);
    }
    if (a + 2 <= count) {
      addColumns(xk, n, demandOf[a], l[sectorOf[a]], demandOf[a + 1], l[sectorOf[a + 1]]);
      a += 2;
    }
    if (a < count && demandOf[a] != 0.0) {
      addColumn(xk, n, demandOf[a], l[sectorOf[a]]);
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

  /**
   * Jobs lost and created each year (the sums of falling and rising sector employment) and the displaced workers
   * waiting for work, {@code U(t) = U(t-1) + D(t) - min(U(t-1) + D(t), rho(t) J(t))}.
   */
  private void labour() {
    final double[] v = e.v;
    double[] before = e.employment0.clone();
    double[] now = new double[n];
    for (int k = 1; k < years; k++) {
      final double[] xk = x[k];
      final double[] perJob = c.valueAddedPerJob[k];
      for (int i = 0; i < n; i++) {
        now[i] = v[i] * xk[i] / perJob[i];
      }
      // without branches, whose direction follows the signs of the changes and is hard to predict: subtracting
      // min(change, 0) and adding max(change, 0) give the bits of "lost -= change if change < 0, else created +=
      // change", as neither sum is ever -0
      double lost = 0;
      double created = 0;
      for (int i = 0; i < n; i++) {
        double change = now[i] - before[i];
        lost -= Math.min(change, 0.0);
        created += Math.max(change, 0.0);
      }
      double waiting = displaced[k - 1] + lost;
      displaced[k] = waiting - Math.min(waiting, c.rho[k] * created);
      jobsLost[k] = lost;
      jobsCreated[k] = created;
      double[] t = before;
      before = now;
      now = t;
    }
  }
}
