package io.xinlu.engine;

import org.jspecify.annotations.Nullable;

/**
 * The prices account of a run (section 20 of {@code docs/MODEL.md}): the price index {@code pi_i(t)} of every
 * sector, GDP at current prices (the sum over sectors, in the profile's order, of value added at current prices
 * {@code V^c_i(t) = pi_i(t) V_i(t)}) and at constant prices. A sector's value added at current prices is not kept:
 * {@link #valueAdded} works it out again when asked, with the same product, so the account allocates only its
 * yearly totals. A {@link Run} works it out from its value added and the compiled scenario's price
 * paths ({@link FinanceInputs}) when a current-price quantity is first asked for, as it derives the labour
 * transition; runs whose users never ask skip it. Without price paths every index is exactly 1, so value added and
 * GDP at current prices have the bits of those at constant prices (1 times a double is that double, and the sums
 * add the same numbers in the same order).
 *
 * <p>Immutable once made: its arrays are filled before the constructor ends and never written after, and its
 * fields are final, so a reference read through a data race still shows them filled.
 */
final class Prices {
  /** {@code pi_i(t)}, {@code [year][sector]}. */
  final double[][] index;
  /** GDP at current prices by year, billion CNY. */
  final double[] gdp;
  /** GDP at constant prices by year, billion CNY, summed as {@link Run#total} sums it. */
  final double[] gdpConstant;
  /**
   * With public finance, the modelled taxes {@code sum_i T_i(t)} of every year, summed in the same pass as GDP (each
   * term {@link Budget#taxes}, the sectors in the profile's order), which the budget account takes; null without
   * public finance, or where a term is to be checked one by one (the budget account then sums its checked terms).
   */
  final double @Nullable [] taxSum;

  private Prices(double[][] index, double[] gdp, double[] gdpConstant, double @Nullable [] taxSum) {
    this.index = index;
    this.gdp = gdp;
    this.gdpConstant = gdpConstant;
    this.taxSum = taxSum;
  }

  /**
   * The account of a run of {@code c} whose value added {@code values} gives (each value checked as the run checks
   * it). The index of a sector is the product, over the price paths selecting it, of {@code 1 + s (p(t) - 1)}
   * ({@code p(t)} itself where the scale {@code s} is 1); 1 in the base year.
   *
   * <p>A value added out of range gives NaN in its year (the run's accessors then ask for it again, which throws the
   * {@link NonFiniteResultException} naming it).
   *
   * @throws IllegalArgumentException if a price index is not positive and finite, or a current-price value of a
   *     value added in range is beyond the run's largest value, naming the scenario, the sector and the year
   */
  static Prices of(CompiledScenario c, RunValues values) {
    final int years = c.years;
    final double[][] index = c.shared.priceIndex();
    double[] gdp = new double[years];
    double[] constant = new double[years];
    double[] taxes = new double[years];
    boolean summed = sums(c, values, index, gdp, constant, taxes);
    if (!summed) {
      checked(c, values, index, gdp, constant);
    }
    return new Prices(index, gdp, constant, summed && c.finance.hasFinance() ? taxes : null);
  }

  /**
   * Sums GDP at current and constant prices of every year, as {@link #checked} does, and the taxes of every year, as
   * {@link Budget#taxes} gives them and the budget account sums them (0 without public finance, whose rates are then
   * 0), in one pass; tells whether every index, value added, gross output and product was within range (if not, the
   * sums are to be worked out again from the checked terms): the base year's terms one by one, the later years' by
   * one bound ({@link #within}), the largest gross output of the run times the largest index and value-added ratio.
   * The years after the base year are summed four at a time, side by side: each year's sums add the same terms in the
   * same order as a year-by-year loop, and the processor overlaps the chains of additions.
   */
  private static boolean sums(CompiledScenario c, RunValues values, double[][] index, double[] gdp,
      double[] constant, double[] taxes) {
    final int n = c.n;
    final int years = c.years;
    final double limit = values.limit;
    final double[] v = c.economy.v;
    final double[][] x = values.output();
    final FinanceInputs f = c.finance;
    final boolean finance = f.hasFinance();
    final double[] res = finance ? f.resourceTax : c.shared.zeros();
    final double[] vat = finance ? f.vat : res;
    final double[] eit = finance ? f.incomeTax : res;
    boolean ok = true;
    {
      final double[] pi = index[0];
      final double[] x0 = x[0];
      final double[] va = c.economy.valueAdded0;
      double sum = 0;
      double sumConstant = 0;
      double tax = 0;
      for (int i = 0; i < n; i++) {
        double vc = pi[i] * va[i];
        ok &= (pi[i] > 0) & (pi[i] <= limit) & (Math.abs(va[i]) <= limit) & (Math.abs(vc) <= limit)
            & (Math.abs(x0[i]) <= limit);
        sum += vc;
        sumConstant += va[i];
        tax += pi[i] * (res[i] * x0[i] + (vat[i] + eit[i]) * va[i]);
      }
      gdp[0] = sum;
      constant[0] = sumConstant;
      taxes[0] = tax;
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
      double c0 = 0;
      double c1 = 0;
      double c2 = 0;
      double c3 = 0;
      double t0 = 0;
      double t1 = 0;
      double t2 = 0;
      double t3 = 0;
      for (int i = 0; i < n; i++) {
        double r = res[i];
        double rate = vat[i] + eit[i];
        double v0 = v[i] * x0[i];
        double v1 = v[i] * x1[i];
        double v2 = v[i] * x2[i];
        double v3 = v[i] * x3[i];
        s0 += p0[i] * v0;
        s1 += p1[i] * v1;
        s2 += p2[i] * v2;
        s3 += p3[i] * v3;
        c0 += v0;
        c1 += v1;
        c2 += v2;
        c3 += v3;
        t0 += p0[i] * (r * x0[i] + rate * v0);
        t1 += p1[i] * (r * x1[i] + rate * v1);
        t2 += p2[i] * (r * x2[i] + rate * v2);
        t3 += p3[i] * (r * x3[i] + rate * v3);
      }
      gdp[k] = s0;
      gdp[k + 1] = s1;
      gdp[k + 2] = s2;
      gdp[k + 3] = s3;
      constant[k] = c0;
      constant[k + 1] = c1;
      constant[k + 2] = c2;
      constant[k + 3] = c3;
      taxes[k] = t0;
      taxes[k + 1] = t1;
      taxes[k + 2] = t2;
      taxes[k + 3] = t3;
    }
    for (; k < years; k++) {
      final double[] pi = index[k];
      final double[] xk = x[k];
      double sum = 0;
      double sumConstant = 0;
      double tax = 0;
      for (int i = 0; i < n; i++) {
        double va = v[i] * xk[i];
        sum += pi[i] * va;
        sumConstant += va;
        tax += pi[i] * (res[i] * xk[i] + (vat[i] + eit[i]) * va);
      }
      gdp[k] = sum;
      constant[k] = sumConstant;
      taxes[k] = tax;
    }
    return ok && within(c, values) && c.shared.priceIndexWithin(limit);
  }

  /**
   * Whether every value added after the base year and its value at current prices are within the run's largest
   * value, as bounded by the largest gross output and the largest index and value-added ratio
   * ({@link SharedAccounts#largestFactor}): {@code f (f X)} bounds both, since rounding is monotonic. Where the bound
   * is not within range (or NaN) the terms are checked one by one.
   */
  static boolean within(CompiledScenario c, RunValues values) {
    double f = c.shared.largestFactor();
    return f * (f * values.largestOutput()) <= values.limit;
  }

  /**
   * The sums of {@link #sums}, each term checked: the first index out of range, or current-price value of a value
   * added in range beyond the run's largest value, throws; a value added out of range counts as NaN, and its year's
   * sums are NaN.
   */
  private static void checked(CompiledScenario c, RunValues values, double[][] index, double[] gdp,
      double[] constant) {
    final int n = c.n;
    final int years = c.years;
    final double limit = values.limit;
    for (int k = 0; k < years; k++) {
      final double[] pi = index[k];
      double sum = 0;
      double sumConstant = 0;
      for (int i = 0; i < n; i++) {
        double v = values.valueAddedOrNaN(k, i);
        double vc = pi[i] * v;
        if (!(pi[i] > 0 && pi[i] <= limit) || (!(Math.abs(vc) <= limit) && !Double.isNaN(v))) {
          throw new IllegalArgumentException("run '" + c.scenario.name() + "': the price index of sector '"
              + c.sectorIds.get(i) + "' in " + (c.t0 + k) + " is " + pi[i] + ", and value added at current prices "
              + vc + " (index times value added " + v + "); it must be positive and within the run's largest value "
              + limit + ": look at the price paths and their scales");
        }
        sum += vc;
        sumConstant += v;
      }
      gdp[k] = sum;
      constant[k] = sumConstant;
    }
  }

  /**
   * {@code V^c_i(t)}, billion CNY at current prices, of sector {@code i} in year index {@code k} of the run whose
   * values are {@code values}: the product {@link #of} summed; NaN where value added is out of range.
   */
  double valueAdded(RunValues values, int k, int i) {
    return index[k][i] * values.valueAddedOrNaN(k, i);
  }
}
