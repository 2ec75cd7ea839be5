package io.xinlu.engine;

/**
 * The prices account of a run (section 20 of {@code docs/MODEL.md}): the price index {@code pi_i(t)} of every
 * sector, value added at current prices {@code V^c_i(t) = pi_i(t) V_i(t)} and GDP at current prices, its sum over
 * sectors in the profile's order. A {@link Run} works it out from its value added and the compiled scenario's price
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
  /** {@code V^c_i(t)}, {@code [year][sector]}, billion CNY at current prices. */
  final double[][] valueAdded;
  /** GDP at current prices by year, billion CNY. */
  final double[] gdp;
  /** GDP at constant prices by year, billion CNY, summed as {@link Run#total} sums it. */
  final double[] gdpConstant;

  private Prices(double[][] index, double[][] valueAdded, double[] gdp, double[] gdpConstant) {
    this.index = index;
    this.valueAdded = valueAdded;
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
    final int n = c.n;
    final int years = c.years;
    final int va = Quantity.VALUE_ADDED.ordinal();
    final double[][] index = c.shared.priceIndex();
    double[][] current = new double[years][n];
    double[] gdp = new double[years];
    double[] constant = new double[years];
    for (int k = 0; k < years; k++) {
      final double[] pi = index[k];
      double sum = 0;
      double sumConstant = 0;
      for (int i = 0; i < n; i++) {
        double v = values.orNaN(va, k, i);
        double vc = pi[i] * v;
        if (!(pi[i] > 0 && pi[i] <= values.limit) || (!Double.isNaN(v) && !(Math.abs(vc) <= values.limit))) {
          throw new IllegalArgumentException("run '" + c.scenario.name() + "': the price index of sector '"
              + c.sectorIds.get(i) + "' in " + (c.t0 + k) + " is " + pi[i] + ", and value added at current prices "
              + vc + " (index times value added " + v + "); it must be positive and within the run's largest value "
              + values.limit + ": look at the price paths and their scales");
        }
        current[k][i] = vc;
        sum += vc;
        sumConstant += v;
      }
      gdp[k] = sum;
      constant[k] = sumConstant;
    }
    return new Prices(index, current, gdp, constant);
  }
}
