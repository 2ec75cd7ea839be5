package io.xinlu.engine;

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

  private Prices(double[][] index, double[] gdp, double[] gdpConstant) {
    this.index = index;
    this.gdp = gdp;
    this.gdpConstant = gdpConstant;
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
    if (!sums(c, values, index, gdp, constant)) {
      checked(c, values, index, gdp, constant);
    }
    return new Prices(index, gdp, constant);
  }

  /**
   * Sums GDP at current and constant prices of every year, as {@link #checked} does, and tells whether every index,
   * value added and product was within range (if not, the sums are to be worked out again by {@link #checked}): a
   * year's terms are all within range when the sum of their magnitudes is, a chain of additions beside the sums, as
   * {@link RunValues#co2Total} checks CO2 (NaN or infinity in a term makes it fail). The
   * years after the base year are summed four at a time, side by side: each year's sums add the same terms in the
   * same order as a year-by-year loop, and the processor overlaps the four chains of additions.
   */
  private static boolean sums(CompiledScenario c, RunValues values, double[][] index, double[] gdp,
      double[] constant) {
    final int n = c.n;
    final int years = c.years;
    final double limit = values.limit;
    final double[] v = c.economy.v;
    final double[][] x = values.output();
    boolean ok = true;
    {
      final double[] pi = index[0];
      final double[] va = c.economy.valueAdded0;
      double sum = 0;
      double sumConstant = 0;
      for (int i = 0; i < n; i++) {
        double vc = pi[i] * va[i];
        ok &= (pi[i] > 0) & (pi[i] <= limit) & (Math.abs(va[i]) <= limit) & (Math.abs(vc) <= limit);
        sum += vc;
        sumConstant += va[i];
      }
      gdp[0] = sum;
      constant[0] = sumConstant;
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
      double m0 = 0;
      double m1 = 0;
      double m2 = 0;
      double m3 = 0;
      for (int i = 0; i < n; i++) {
        double v0 = v[i] * x0[i];
        double v1 = v[i] * x1[i];
        double v2 = v[i] * x2[i];
        double v3 = v[i] * x3[i];
        double q0 = p0[i] * v0;
        double q1 = p1[i] * v1;
        double q2 = p2[i] * v2;
        double q3 = p3[i] * v3;
        s0 += q0;
        s1 += q1;
        s2 += q2;
        s3 += q3;
        c0 += v0;
        c1 += v1;
        c2 += v2;
        c3 += v3;
        m0 += Math.abs(v0) + Math.abs(q0);
        m1 += Math.abs(v1) + Math.abs(q1);
        m2 += Math.abs(v2) + Math.abs(q2);
        m3 += Math.abs(v3) + Math.abs(q3);
      }
      ok &= (m0 <= limit) & (m1 <= limit) & (m2 <= limit) & (m3 <= limit);
      gdp[k] = s0;
      gdp[k + 1] = s1;
      gdp[k + 2] = s2;
      gdp[k + 3] = s3;
      constant[k] = c0;
      constant[k + 1] = c1;
      constant[k + 2] = c2;
      constant[k + 3] = c3;
    }
    for (; k < years; k++) {
      final double[] pi = index[k];
      final double[] xk = x[k];
      double sum = 0;
      double sumConstant = 0;
      double magnitude = 0;
      for (int i = 0; i < n; i++) {
        double va = v[i] * xk[i];
        double vc = pi[i] * va;
        sum += vc;
        sumConstant += va;
        magnitude += Math.abs(va) + Math.abs(vc);
      }
      ok &= magnitude <= limit;
      gdp[k] = sum;
      constant[k] = sumConstant;
    }
    return ok && c.shared.priceIndexWithin(limit);
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
