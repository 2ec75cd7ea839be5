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
    // the prices' pass summed the taxes where every term was in range; else the checked terms, as that pass adds them
    final double[] summed = prices.taxSum;
    final double[] sums = summed != null ? summed : new double[years];
    if (summed == null) {
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
   * {@code T_i(t)}, billion CNY at current prices, of sector {@code i} in year index {@code k} of a run of {@code c}
   * with these values and prices: the term {@link #of} sums; NaN where output or value added is out of range.
   */
  static double taxes(CompiledScenario c, RunValues values, Prices prices, int k, int i) {
    final FinanceInputs f = c.finance;
    return prices.index[k][i] * (f.resourceTax[i] * values.grossOrNaN(k, i)
        + (f.vat[i] + f.incomeTax[i]) * values.valueAddedOrNaN(k, i));
  }
}
