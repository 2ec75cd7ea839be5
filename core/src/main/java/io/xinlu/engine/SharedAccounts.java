package io.xinlu.engine;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a run's accounts (sections 20 to 22 of {@code docs/MODEL.md}) that depend only on the compiled
 * scenario, not on the run's output: the price index of every sector and year, the wage of every sector and year,
 * and the whole stranded-asset account. Each is worked out at the first request by one of the scenario's runs and
 * shared by all of them, as the compiled rows are ("compile once, run many"); the numbers are those each run worked
 * out for itself before, with the same operations in the same order.
 *
 * <p>The fields are not volatile: two threads may both work a part out, with the same numbers, and the parts' final
 * fields make a reference read through a race show their filled arrays; the arrays are never written after. Thread-
 * safe.
 */
final class SharedAccounts {
  private final CompiledScenario c;
  private @Nullable Rows prices;
  private @Nullable Rows wages;
  private @Nullable Boolean indexWithin;
  /** {@link #largestFactor}, or -1 before it is first worked out. */
  private double largestFactor = -1;
  /** {@link #zeros}, made at the first call. */
  private double @Nullable [] zeros;
  private @Nullable Stranded stranded;

  SharedAccounts(CompiledScenario c) {
    this.c = c;
  }

  /** Rows by year index and sector, filled before the constructor ends. */
  static final class Rows {
    final double[][] values;

    Rows(double[][] values) {
      this.values = values;
    }
  }

  /**
   * The price index {@code pi_i(t)}, {@code [year index][sector]}: 1 in the base year, else the product over the
   * price paths selecting the sector of {@code 1 + s (p(t) - 1)} ({@code p(t)} itself where the scale {@code s} is
   * 1), in the paths' order. Not checked here: {@link Prices#of} checks each index as it uses it.
   */
  double[][] priceIndex() {
    Rows p = prices;
    if (p == null) {
      final int n = c.n;
      final int years = c.years;
      final FinanceInputs f = c.finance;
      double[][] index = new double[years][n];
      for (int k = 0; k < years; k++) {
        double[] pi = index[k];
        java.util.Arrays.fill(pi, 1.0);
        if (k > 0) {
          for (int s = 0; s < f.member.length; s++) {
            double v = f.value[s][k];
            double factor = f.scale[s] == 1.0 ? v : 1.0 + f.scale[s] * (v - 1.0);
            double[] member = f.member[s];
            for (int i = 0; i < n; i++) {
              if (member[i] > 0) {
                pi[i] *= factor;
              }
            }
          }
        }
      }
      p = new Rows(index);
      prices = p;
    }
    return p.values;
  }

  /**
   * Whether every price index is positive and at most {@code limit} (the runs' largest value, which depends only on
   * the scenario's size); worked out once.
   */
  boolean priceIndexWithin(double limit) {
    Boolean within = indexWithin;
    if (within == null) {
      boolean all = true;
      for (double[] row : priceIndex()) {
        for (double pi : row) {
          all &= pi > 0 && pi <= limit;
        }
      }
      within = all;
      indexWithin = within;
    }
    return within;
  }

  /**
   * The largest of 1, every price index and every value-added ratio {@code |v_i|}: a run whose gross output after the
   * base year is at most {@code X} in magnitude has every value added {@code v_i x_i(t)} and every value added at
   * current prices {@code pi_i(t) v_i x_i(t)} at most {@code f (f X)} in magnitude, {@code f} this factor (rounding is
   * monotonic). NaN if an index is NaN. Worked out once; racing threads work out the same number.
   */
  double largestFactor() {
    double f = largestFactor;
    if (f < 0) {
      f = 1.0;
      for (double[] row : priceIndex()) {
        for (double pi : row) {
          f = Math.max(f, pi);
        }
      }
      for (double v : c.economy.v) {
        f = Math.max(f, Math.abs(v));
      }
      largestFactor = f;
    }
    return f;
  }

  /**
   * {@code n} zeros, never written: the tax rates of a profile without public finance, so that the prices' pass has
   * one form.
   */
  double[] zeros() {
    double[] z = zeros;
    if (z == null) {
      z = new double[c.n];
      zeros = z;
    }
    return z;
  }

  /**
   * The wage {@code w_i(t) = w_i(t0) (q_i(t) / q_i(t0))}, CNY per worker per year, {@code [year index][sector]},
   * from year index 1 (the base year's row is not used and left 0).
   *
   * @throws IllegalStateException if the profile's labour market gives no wages
   */
  double[][] wages() {
    Rows w = wages;
    if (w == null) {
      CohortInputs in = c.cohortInputs;
      double @Nullable [] base = in == null ? null : in.wage;
      if (base == null) {
        throw new IllegalStateException("compiled scenario '" + c.scenario.name() + "' has no wages");
      }
      final int n = c.n;
      final double[] q0 = c.economy.q0;
      double[][] rows = new double[c.years][n];
      for (int k = 1; k < c.years; k++) {
        final double[] perJob = c.valueAddedPerJob[k];
        final double[] row = rows[k];
        for (int i = 0; i < n; i++) {
          row[i] = base[i] * (perJob[i] / q0[i]);
        }
      }
      w = new Rows(rows);
      wages = w;
    }
    return w.values;
  }

  /**
   * The stranded-asset account, worked out at the first call ({@link Stranded#of}, whose values may not exceed
   * {@code limit}, the runs' largest value, which depends only on the scenario's size).
   */
  Stranded stranded(double limit) {
    Stranded s = stranded;
    if (s == null) {
      s = Stranded.of(c, limit);
      stranded = s;
    }
    return s;
  }
}
