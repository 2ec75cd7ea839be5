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

  // results: [year * n + sector], [year * r + resource slot] or [year]
  private final double[] x;
  private double[] y;
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
  private boolean[] depleted;
  private Event[] depletions = new Event[0];
  private int depletionCount;

  Simulation(CompiledScenario c) {
    this.c = c;
    this.e = c.economy;
    this.n = c.n;
    this.years = c.years;
    this.r = e.resourceIndex.length;
    x = new double[years * n];
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
    cappedIndex = new int[r];
    cap = new double[r];
    solveVector = new double[r];
  }

  Run run() {
    System.arraycopy(e.x0, 0, x, 0, n);
    if (e.identity) {
      System.arraycopy(c.demand, n, x, n, (years - 1) * n);
    } else {
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
    ImmutableList<Event> events = depletionCount == 0 ? c.eventsWithoutDepletion
        : ImmutableList.<Event>builder().addAll(c.events)
            .addAll(c.mergeClamps(Arrays.copyOf(depletions, depletionCount))).build();
    return new Run(c, x, y, stock, extraction, displaced, jobsLost, jobsCreated, events);
  }

  /**
   * {@code x_k = L y_k} for every year after the base year, as sums of the columns of {@code L} scaled by the
   * demands, four columns at a time. Each output element adds the column terms one by one in column order, exactly
   * as one column at a time would (floating-point addition is not associative, so the order is kept), but loads
   * and stores it once per four columns; the inner loops are stride-one and the JIT compiler vectorises them.
   */
  static void leontief(double[] l, double[] demand, double[] x, int n, int years) {
    int j = 0;
    for (; j + 4 <= n; j += 4) {
      final int c0 = j * n;
      final int c1 = c0 + n;
      final int c2 = c1 + n;
      final int c3 = c2 + n;
      for (int k = 1; k < years; k++) {
        final int off = k * n;
        final double d0 = demand[off + j];
        final double d1 = demand[off + j + 1];
        final double d2 = demand[off + j + 2];
        final double d3 = demand[off + j + 3];
        for (int i = 0; i < n; i++) {
          double s = x[off + i];
          s += d0 * l[c0 + i];
          s += d1 * l[c1 + i];
          s += d2 * l[c2 + i];
          s += d3 * l[c3 + i];
          x[off + i] = s;
        }
      }
    }
    for (; j < n; j++) {
      final int col = j * n;
      for (int k = 1; k < years; k++) {
        final int off = k * n;
        final double d = demand[off + j];
        for (int i = 0; i < n; i++) {
          x[off + i] += d * l[col + i];
        }
      }
    }
  }

  /**
   * Caps the output of resource sectors whose stock cannot cover the year's extraction: lowers their own final
   * demand so that their output meets the caps exactly, then updates stocks and extraction.
   */
  private void deplete(int k) {
    final int off = k * n;
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
        if (x[off + i] > limit) {
          capped[s] = true;
          cap[s] = limit;
          cappedIndex[count++] = s;
          added = true;
          if (depleted == null) {
            depleted = new boolean[r];
          }
          if (!depleted[s]) {
            depleted[s] = true;
            if (depletionCount == depletions.length) {
              depletions = Arrays.copyOf(depletions, Math.max(4, 2 * depletionCount));
            }
            depletions[depletionCount++] = new Event.Depletion(c.sectorIds.get(i), c.t0 + k, stock[prev + s]);
          }
        }
      }
      if (added) {
        solveCapped(off, count);
      }
    }
    if (count > 0) {
      // x_S = cap_S and x_O = (I - A_OO)^-1 (A_OS cap_S + y_O) >= 0 hold exactly in arithmetic; remove the rounding
      // that L y leaves (such as -4e-16 for a sector capped at 0)
      for (int a = 0; a < count; a++) {
        x[off + ri[cappedIndex[a]]] = cap[cappedIndex[a]];
      }
      for (int i = 0; i < n; i++) {
        if (x[off + i] < 0) {
          x[off + i] = 0.0;
        }
      }
    }
    for (int s = 0; s < r; s++) {
      if (capped[s]) {
        extraction[now + s] = stock[prev + s];
        stock[now + s] = 0.0;
      } else {
        double q = phi[s] * v[ri[s]] * x[off + ri[s]];
        extraction[now + s] = q;
        stock[now + s] = stock[prev + s] - q;
      }
    }
  }

  /**
   * Solves {@code L_SS y_S = cap_S - L_SO y_O} for the capped sectors' final demand and updates the output by the
   * columns of the changed demands. {@code x = L y} holds on entry, so the right-hand side is
   * {@code cap_S - x_S + L_SS y_S}: no pass over the uncapped sectors is needed. The first change of a demand
   * copies the compiled demand path, which the run must not write.
   */
  private void solveCapped(int off, int count) {
    if (y == c.demand) {
      y = c.demand.clone();
    }
    final int[] ri = e.resourceIndex;
    if (e.identity) {
      for (int a = 0; a < count; a++) {
        int s = cappedIndex[a];
        y[off + ri[s]] = cap[s];
        x[off + ri[s]] = cap[s];
      }
      return;
    }
    double[] l = e.leontief;
    if (solveMatrix.length < count * count) {
      solveMatrix = new double[count * count];
    }
    for (int a = 0; a < count; a++) {
      int i = ri[cappedIndex[a]];
      double rhs = cap[cappedIndex[a]] - x[off + i];
      for (int b = 0; b < count; b++) {
        int j = ri[cappedIndex[b]];
        double lij = l[j * n + i];
        solveMatrix[a * count + b] = lij;
        rhs += lij * y[off + j];
      }
      solveVector[a] = rhs;
    }
    if (!LinearAlgebra.solveInPlace(solveMatrix, solveVector, count)) {
      throw new IllegalStateException("singular Leontief block for capped sectors; the table should be productive");
    }
    for (int a = 0; a < count; a++) {
      int j = ri[cappedIndex[a]];
      double change = solveVector[a] - y[off + j];
      y[off + j] = solveVector[a];
      if (change != 0.0) {
        final int col = j * n;
        for (int i = 0; i < n; i++) {
          x[off + i] += change * l[col + i];
        }
      }
    }
  }

  /**
   * Jobs lost and created each year (the sums of falling and rising sector employment) and the displaced workers
   * waiting for work, {@code U(t) = U(t-1) + D(t) - min(U(t-1) + D(t), rho(t) J(t))}.
   */
  private void labour() {
    final double[] v = e.v;
    final double[] perJob = c.valueAddedPerJob;
    double[] before = e.employment0.clone();
    double[] now = new double[n];
    for (int k = 1; k < years; k++) {
      final int off = k * n;
      for (int i = 0; i < n; i++) {
        now[i] = v[i] * x[off + i] / perJob[off + i];
      }
      double lost = 0;
      double created = 0;
      for (int i = 0; i < n; i++) {
        double change = now[i] - before[i];
        if (change < 0) {
          lost -= change;
        } else {
          created += change;
        }
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
