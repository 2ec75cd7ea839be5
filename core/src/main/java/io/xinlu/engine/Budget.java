package io.xinlu.engine;

/**
 * The public-finance account of a run (section 20 of {@code docs/MODEL.md}): each sector's modelled taxes by year,
 * {@code T_i(t) = pi_i(t) [tau^res_i x_i(t) + (tau^vat_i + tau^eit_i) V_i(t)]}, the other revenue
 * {@code B_other(t) = B_other(t0) GDP^c(t) / GDP^c(t0)} calibrated by {@code B_other(t0) = B(t0) - sum_i T_i(t0)},
 * and the general budget revenue {@code B(t) = sum_i T_i(t) + B_other(t)}, which is the official figure itself in
 * the base year. A {@link Run} of a profile with public finance works it out when a budget quantity is first asked
 * for, from its gross output, value added and {@link Prices}. The account keeps yearly totals only: a sector's taxes
 * are worked out again when asked ({@link #taxes}), with the same operations, so they have the bits of the terms
 * summed here.
 *
 * <p>Immutable once made: its arrays are filled before the constructor ends and never written after, and its
 * fields are final.
 */
final class Budget {
  /** {@code sum_i T_i(t)} by year, billion CNY at current prices, summed in the profile's order. */
  final double[] taxSum;
  /** {@code B_other(t)} by year, billion CNY at current prices. */
  final double[] other;
  /** {@code B(t)} by year, billion CNY at current prices. */
  final double[] revenue;

  private Budget(double[] taxSum, double[] other, double[] revenue) {
    this.taxSum = taxSum;
    this.other = other;
    this.revenue = revenue;
  }

  /**
   * The account of a run of {@code c} (whose profile gives public finance) with these values and prices.
   *
   * @throws IllegalArgumentException if the base year's taxes exceed the official revenue (the other revenue would
   *     be negative), naming the scenario and both figures
   */
  static Budget of(CompiledScenario c, RunValues values, Prices prices) {
    final int n = c.n;
    final int years = c.years;
    final FinanceInputs f = c.finance;
    double[] other = new double[years];
    double[] revenue = new double[years];
    double[] sums = prices.taxSum == null ? new double[years] : prices.taxSum;
    if (prices.taxSum == null && !sums(c, values, prices, sums)) {
      for (int k = 0; k < years; k++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += taxes(c, values, prices, k, i);
        }
        sums[k] = sum;
      }
    }
    double other0 = f.baseYearRevenue - sums[0];
    if (!(other0 >= 0)) {
      throw new IllegalArgumentException("run '" + c.scenario.name() + "': the base year's modelled taxes, " + sums[0]
          + " billion CNY, exceed the official revenue " + f.baseYearRevenue + " billion CNY, so the other revenue "
          + "that calibrates the base year would be negative; lower the tax rates (parameter values or the profile's)");
    }
    other[0] = other0;
    revenue[0] = f.baseYearRevenue;
    double gdp0 = prices.gdp[0];
    for (int k = 1; k < years; k++) {
      other[k] = gdp0 == 0 ? other0 : other0 * (prices.gdp[k] / gdp0);
      revenue[k] = sums[k] + other[k];
    }
    return new Budget(sums, other, revenue);
  }

  /**
   * The taxes {@code sum_i T_i(t)} of every year into {@code sums}, as the checked terms of {@link #taxes} sum them,
   * and whether every output and value added was within range (if not, the sums are to be worked out again from the
   * checked terms): the base year's by the sum of their magnitudes, the later years' by the bound of
   * {@link Prices#within}. The years after the base year are summed four at a time, side by side, each in the order
   * of a year-by-year loop, as {@link Prices} sums them.
   */
  private static boolean sums(CompiledScenario c, RunValues values, Prices prices, double[] sums) {
    final int n = c.n;
    final int years = c.years;
    final double limit = values.limit;
    final FinanceInputs f = c.finance;
    final double[] res = f.resourceTax;
    final double[] vat = f.vat;
    final double[] eit = f.incomeTax;
    final double[] v = c.economy.v;
    final double[][] x = values.output();
    final double[][] index = prices.index;
    boolean ok = true;
    {
      final double[] pi = index[0];
      final double[] x0 = x[0];
      final double[] va = c.economy.valueAdded0;
      double sum = 0;
      double magnitude = 0;
      for (int i = 0; i < n; i++) {
        sum += pi[i] * (res[i] * x0[i] + (vat[i] + eit[i]) * va[i]);
        magnitude += Math.abs(x0[i]) + Math.abs(va[i]);
      }
      ok &= magnitude <= limit;
      sums[0] = sum;
    }
    int k = 1;
    for (; k + 3 < years; k += 4) {
      final double[] p0 = index[k];
      final double[] p1 = index[k + 1];
      final double[] p2 = index[k + 2];
      final double[] p3 = index[k + 3];
      final double[] x0 = x[k];
      final double[] x1 = x[k + 1];
      final double[] x2 = x[k + 2];
      final double[] x3 = x[k + 3];
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      for (int i = 0; i < n; i++) {
        double rate = vat[i] + eit[i];
        double v0 = v[i] * x0[i];
        double v1 = v[i] * x1[i];
        double v2 = v[i] * x2[i];
        double v3 = v[i] * x3[i];
        s0 += p0[i] * (res[i] * x0[i] + rate * v0);
        s1 += p1[i] * (res[i] * x1[i] + rate * v1);
        s2 += p2[i] * (res[i] * x2[i] + rate * v2);
        s3 += p3[i] * (res[i] * x3[i] + rate * v3);
      }
      sums[k] = s0;
      sums[k + 1] = s1;
      sums[k + 2] = s2;
      sums[k + 3] = s3;
    }
    for (; k < years; k++) {
      final double[] pi = index[k];
      final double[] xk = x[k];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        double va = v[i] * xk[i];
        sum += pi[i] * (res[i] * xk[i] + (vat[i] + eit[i]) * va);
      }
      sums[k] = sum;
    }
    return ok && Prices.within(c, values);
  }

  /**
   * {@code T_i(t)}, billion CNY at current prices, of sector {@code i} in year index {@code k} of a run of {@code c}
   * with these values and prices: the term {@link #of} sums; NaN where output or value added is out of range.
   */
  static double taxes(CompiledScenario c, RunValues values, Prices prices, int k, int i) {
    final FinanceInputs f = c.finance;
    return prices.index[k][i] * (f.resourceTax[i] * values.grossOrNaN(k, i)
        + (f.vat[i] + f.incomeTax[i]) * values.valueAddedOrNaN(k, i));
  }
}
