package io.xinlu.engine;

import com.google.common.collect.ImmutableList;
import io.xinlu.internal.LinearAlgebra;
import io.xinlu.policy.Effect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One run of a compiled scenario: the yearly step of {@code docs/MODEL.md}. Allocates its work and result arrays
 * once, then loops over years without allocating (events, which are rare, aside). Confined to one thread.
 */
final class Simulation {
  private static final int NEW_CAPACITY = Effect.Kind.NEW_CAPACITY.ordinal();
  private static final int SCALE_DEMAND = Effect.Kind.SCALE_DEMAND.ordinal();
  private static final int GROWTH_SHIFT = Effect.Kind.GROWTH_SHIFT.ordinal();
  private static final int ENERGY_INTENSITY = Effect.Kind.ENERGY_INTENSITY.ordinal();
  private static final int EMISSION_FACTOR = Effect.Kind.EMISSION_FACTOR.ordinal();
  private static final int PRODUCTIVITY = Effect.Kind.PRODUCTIVITY.ordinal();
  private static final int REEMPLOYMENT = Effect.Kind.REEMPLOYMENT.ordinal();

  private final CompiledScenario c;
  private final int n;
  private final int years;
  private final List<Event> events = new ArrayList<>();

  // results, [year * n + sector] or [year]
  private final double[] y;
  private final double[] x;
  private final double[] va;
  private final double[] energy;
  private final double[] co2;
  private final double[] employment;
  private final double[] stock;
  private final double[] extraction;
  private final double[] displaced;
  private final double[] jobsLost;
  private final double[] jobsCreated;
  private final double[] rho;

  // work arrays, reused every year
  private final double[] baseDemand;
  private final double[] demand;
  private final double[] output;
  private final double[] g;
  private final double[] scale;
  private final double[] add;
  private final double[] eFactor;
  private final double[] cFactor;
  private final double[] qFactor;
  private final double[] intensityTrend;
  private final double[] productivityTrend;
  private final boolean[] capped;
  private final int[] cappedIndex;
  private double[] solveMatrix = new double[0];
  private final double[] solveVector;
  private final double[] cap;
  private final boolean[][] effectClamped;
  private final boolean[] demandClamped;
  private final boolean[] depleted;
  private boolean rhoClamped;

  Simulation(CompiledScenario c) {
    this.c = c;
    this.n = c.n;
    this.years = c.years;
    int size = years * n;
    y = new double[size];
    x = new double[size];
    va = new double[size];
    energy = new double[size];
    co2 = new double[size];
    employment = new double[size];
    stock = new double[size];
    extraction = new double[size];
    displaced = new double[years];
    jobsLost = new double[years];
    jobsCreated = new double[years];
    rho = new double[years];
    baseDemand = c.y0.clone();
    demand = new double[n];
    output = new double[n];
    g = new double[n];
    scale = new double[n];
    add = new double[n];
    eFactor = new double[n];
    cFactor = new double[n];
    qFactor = new double[n];
    intensityTrend = new double[n];
    productivityTrend = new double[n];
    capped = new boolean[n];
    cappedIndex = new int[n];
    solveVector = new double[n];
    cap = new double[n];
    effectClamped = new boolean[Effect.Kind.values().length][];
    for (int k = 0; k < effectClamped.length; k++) {
      effectClamped[k] = new boolean[c.effects.size[k].length];
    }
    demandClamped = new boolean[n];
    depleted = new boolean[n];
  }

  Run run() {
    baseYear();
    Arrays.fill(intensityTrend, 1.0);
    Arrays.fill(productivityTrend, 1.0);
    for (int k = 1; k < years; k++) {
      step(k);
    }
    List<Event> all = new ArrayList<>(c.events);
    all.addAll(events);
    return new Run(c, y, x, va, energy, co2, employment, stock, extraction, displaced, jobsLost, jobsCreated,
        c.capital.clone(), rho, c.population.clone(), ImmutableList.copyOf(all));
  }

  private void baseYear() {
    for (int i = 0; i < n; i++) {
      y[i] = c.y0[i];
      x[i] = c.x0[i];
      va[i] = c.valueAdded0[i];
      energy[i] = c.e0[i] * c.valueAdded0[i];
      co2[i] = c.c0[i] * energy[i];
      employment[i] = c.hasEmployment ? (c.valueAdded0[i] > 0 ? c.n0[i] : va[i] / c.q0[i]) : Double.NaN;
      stock[i] = c.resource[i] ? c.stock0[i] : Double.NaN;
      extraction[i] = c.resource[i] ? c.phi[i] * va[i] : Double.NaN;
    }
    rho[0] = c.reemploymentRate;
    displaced[0] = c.hasEmployment ? 0.0 : Double.NaN;
    jobsLost[0] = displaced[0];
    jobsCreated[0] = displaced[0];
  }

  private void step(int k) {
    final int off = k * n;
    final int prev = off - n;
    final int t = c.t0 + k;
    final double[] ramp = c.ramp;
    final EffectTable fx = c.effects;

    // growth and the baseline demand path
    System.arraycopy(c.growthByYear, off, g, 0, n);
    int[] ep = fx.project[GROWTH_SHIFT];
    int[] es = fx.sector[GROWTH_SHIFT];
    double[] ez = fx.size[GROWTH_SHIFT];
    for (int j = 0; j < ez.length; j++) {
      g[es[j]] += ez[j] * ramp[ep[j] * years + k];
    }
    for (int i = 0; i < n; i++) {
      baseDemand[i] *= 1.0 + g[i];
    }

    // final demand with projects
    Arrays.fill(scale, 1.0);
    Arrays.fill(add, 0.0);
    multiply(SCALE_DEMAND, scale, k, t, "scale demand");
    ep = fx.project[NEW_CAPACITY];
    es = fx.sector[NEW_CAPACITY];
    ez = fx.size[NEW_CAPACITY];
    for (int j = 0; j < ez.length; j++) {
      add[es[j]] += ez[j] * ramp[ep[j] * years + k];
    }
    for (int i = 0; i < n; i++) {
      double d = baseDemand[i] * scale[i] + add[i];
      if (d < 0) {
        d = 0.0;
        if (!demandClamped[i]) {
          demandClamped[i] = true;
          events.add(new Event.Clamp(t, "final demand", c.sectorIds.get(i), ""));
        }
      }
      demand[i] = d;
    }

    // gross output, with resource caps
    leontief();
    deplete(k, t);

    // value added, energy, CO2, employment
    Arrays.fill(eFactor, 1.0);
    Arrays.fill(cFactor, 1.0);
    Arrays.fill(qFactor, 1.0);
    multiply(ENERGY_INTENSITY, eFactor, k, t, "energy-intensity change");
    multiply(EMISSION_FACTOR, cFactor, k, t, "emission-factor change");
    multiply(PRODUCTIVITY, qFactor, k, t, "productivity change");
    double lost = 0;
    double created = 0;
    for (int i = 0; i < n; i++) {
      intensityTrend[i] *= 1.0 - c.intensityDecline[i];
      productivityTrend[i] *= 1.0 + c.productivityGrowth[i];
      double vi = c.v[i] * output[i];
      y[off + i] = demand[i];
      x[off + i] = output[i];
      va[off + i] = vi;
      double ei = c.e0[i] * intensityTrend[i] * eFactor[i] * vi;
      energy[off + i] = ei;
      co2[off + i] = c.c0[i] * cFactor[i] * c.emissionPathByYear[off + i] * ei;
      if (c.hasEmployment) {
        double ni = vi / (c.q0[i] * productivityTrend[i] * qFactor[i]);
        employment[off + i] = ni;
        double change = ni - employment[prev + i];
        if (change < 0) {
          lost -= change;
        } else {
          created += change;
        }
      } else {
        employment[off + i] = Double.NaN;
      }
    }

    // labour transition
    double r = c.reemploymentRate;
    ep = fx.project[REEMPLOYMENT];
    ez = fx.size[REEMPLOYMENT];
    for (int j = 0; j < ez.length; j++) {
      r += ez[j] * ramp[ep[j] * years + k];
    }
    if (r < 0 || r > 1) {
      r = r < 0 ? 0.0 : 1.0;
      if (!rhoClamped) {
        rhoClamped = true;
        events.add(new Event.Clamp(t, "re-employment rate", "", ""));
      }
    }
    rho[k] = r;
    if (c.hasEmployment) {
      double waiting = displaced[k - 1] + lost;
      displaced[k] = waiting - Math.min(waiting, r * created);
      jobsLost[k] = lost;
      jobsCreated[k] = created;
    } else {
      displaced[k] = Double.NaN;
      jobsLost[k] = Double.NaN;
      jobsCreated[k] = Double.NaN;
    }
  }

  /** Multiplies {@code factor} by {@code max(0, 1 + size r)} for every effect of a kind. */
  private void multiply(int kind, double[] factor, int k, int t, String label) {
    int[] ep = c.effects.project[kind];
    int[] es = c.effects.sector[kind];
    double[] ez = c.effects.size[kind];
    double[] ramp = c.ramp;
    for (int j = 0; j < ez.length; j++) {
      double f = 1.0 + ez[j] * ramp[ep[j] * years + k];
      if (f < 0) {
        f = 0.0;
        if (!effectClamped[kind][j]) {
          effectClamped[kind][j] = true;
          events.add(new Event.Clamp(t, label, c.sectorIds.get(es[j]), c.projectIds.get(ep[j])));
        }
      }
      factor[es[j]] *= f;
    }
  }

  /**
   * {@code output = L demand}, as a sum of the columns of {@code L} scaled by the demands: the inner loop is a
   * stride-one update that the JIT compiler vectorises.
   */
  private void leontief() {
    if (c.identity) {
      System.arraycopy(demand, 0, output, 0, n);
      return;
    }
    double[] l = c.leontief;
    Arrays.fill(output, 0.0);
    for (int j = 0; j < n; j++) {
      double yj = demand[j];
      if (yj != 0.0) {
        addColumn(l, j, yj);
      }
    }
  }

  /** {@code output += factor * L[:, j]}. */
  private void addColumn(double[] l, int j, double factor) {
    final double[] out = output;
    final int size = n;
    final int col = j * size;
    for (int i = 0; i < size; i++) {
      out[i] += factor * l[col + i];
    }
  }

  /**
   * Caps the output of resource sectors whose stock cannot cover the year's extraction: lowers their own final
   * demand so that their output meets the caps exactly, then updates stocks and extraction.
   */
  private void deplete(int k, int t) {
    final int off = k * n;
    final int prev = off - n;
    Arrays.fill(capped, false);
    int count = 0;
    boolean added = true;
    while (added) {
      added = false;
      for (int i = 0; i < n; i++) {
        if (!c.resource[i] || capped[i] || c.phi[i] == 0) {
          continue;
        }
        double limit = stock[prev + i] / (c.phi[i] * c.v[i]);
        if (output[i] > limit) {
          capped[i] = true;
          cap[i] = limit;
          cappedIndex[count++] = i;
          added = true;
          if (!depleted[i]) {
            depleted[i] = true;
            events.add(new Event.Depletion(c.sectorIds.get(i), t, stock[prev + i]));
          }
        }
      }
      if (added) {
        solveCapped(count);
      }
    }
    if (count > 0) {
      // x_S = cap_S and x_O = (I - A_OO)^-1 (A_OS cap_S + y_O) >= 0 hold exactly in arithmetic; remove the rounding
      // that L y leaves (such as -4e-16 for a sector capped at 0)
      for (int a = 0; a < count; a++) {
        output[cappedIndex[a]] = cap[cappedIndex[a]];
      }
      for (int i = 0; i < n; i++) {
        if (output[i] < 0) {
          output[i] = 0.0;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!c.resource[i]) {
        stock[off + i] = Double.NaN;
        extraction[off + i] = Double.NaN;
      } else if (capped[i]) {
        extraction[off + i] = stock[prev + i];
        stock[off + i] = 0.0;
      } else {
        double q = c.phi[i] * c.v[i] * output[i];
        extraction[off + i] = q;
        stock[off + i] = stock[prev + i] - q;
      }
    }
  }

  /**
   * Solves {@code L_SS y_S = cap_S - L_SO y_O} for the capped sectors' final demand and updates the output by the
   * columns of the changed demands. {@code output = L demand} holds on entry, so the right-hand side is
   * {@code cap_S - x_S + L_SS y_S}: no pass over the uncapped sectors is needed.
   */
  private void solveCapped(int count) {
    if (c.identity) {
      for (int a = 0; a < count; a++) {
        int i = cappedIndex[a];
        demand[i] = cap[i];
        output[i] = cap[i];
      }
      return;
    }
    double[] l = c.leontief;
    if (solveMatrix.length < count * count) {
      solveMatrix = new double[count * count];
    }
    for (int a = 0; a < count; a++) {
      int i = cappedIndex[a];
      double rhs = cap[i] - output[i];
      for (int b = 0; b < count; b++) {
        double lib = l[cappedIndex[b] * n + i];
        solveMatrix[a * count + b] = lib;
        rhs += lib * demand[cappedIndex[b]];
      }
      solveVector[a] = rhs;
    }
    if (!LinearAlgebra.solveInPlace(solveMatrix, solveVector, count)) {
      throw new IllegalStateException("singular Leontief block for capped sectors; the table should be productive");
    }
    for (int a = 0; a < count; a++) {
      int i = cappedIndex[a];
      double change = solveVector[a] - demand[i];
      demand[i] = solveVector[a];
      if (change != 0.0) {
        addColumn(l, i, change);
      }
    }
  }
}
