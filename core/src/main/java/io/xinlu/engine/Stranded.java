package io.xinlu.engine;

/**
 * The stranded-asset account of a run (section 22 of {@code docs/MODEL.md}): the book value of the capacity that
 * closure projects close in each year, by sector, its city total and its running sum. A {@link Run} works it out
 * when one of its values is first asked for, as it works out the labour transition; runs whose users never ask skip
 * it. It depends only on the compiled scenario (the projects' ramps and weights and the closures' assets), not on
 * the run's output.
 *
 * <p>For closure {@code j} of project {@code k} with weight {@code w_k}, ramp {@code r_k(t)}, capital {@code K_j},
 * built year {@code b_j} and life {@code L_j} in sector {@code i}:
 *
 * <pre>
 * c_k(t)  = max(c_k(t-1), r_k(t)),  c_k(t0) = 0          the share closed so far (a closure is not undone)
 * f_j(t)  = min(1, max(0, 1 - (t - b_j) / L_j))          the book value left, straight-line depreciation
 * S_i(t) += w_k (c_k(t) - c_k(t-1)) K_j f_j(t)           the book value closed in year t
 * S(t)    = sum_i S_i(t),   cumulative(t) = cumulative(t-1) + S(t)
 * </pre>
 *
 * <p>Immutable once made: its arrays are filled before the constructor ends and never written after, and its fields
 * are final, so a reference read through a data race still shows them filled.
 */
final class Stranded {
  /** {@code S_i(t)}, {@code [year index][sector]}. */
  final double[][] bySector;
  /** {@code S(t)} by year index. */
  final double[] total;
  /** The running sum of {@code S(t)} from the base year, by year index. */
  final double[] cumulative;

  private Stranded(double[][] bySector, double[] total, double[] cumulative) {
    this.bySector = bySector;
    this.total = total;
    this.cumulative = cumulative;
  }

  /**
   * The stranded-asset account of a run of {@code c}, whose values may not exceed {@code limit} in magnitude.
   *
   * @throws IllegalArgumentException if the closures' capital times their projects' weights add up beyond
   *     {@code limit} (or to a value that is not a number), naming the scenario and each closure's terms
   */
  static Stranded of(CompiledScenario c, double limit) {
    final int years = c.years;
    final int n = c.n;
    final Closures closures = c.closures;
    double bound = 0;
    for (int j = 0; j < closures.project.length; j++) {
      bound += Math.abs(c.weight[closures.project[j]] * closures.capital[j]);
    }
    if (!(bound <= limit)) {
      StringBuilder terms = new StringBuilder();
      for (int j = 0; j < closures.project.length; j++) {
        int a = closures.project[j];
        terms.append(j == 0 ? "" : ", ").append("project '").append(c.projectIds.get(a)).append("': weight ")
            .append(c.weight[a]).append(" times capital ").append(closures.capital[j]);
      }
      throw new IllegalArgumentException("run '" + c.scenario.name() + "': the capital its closures close adds up "
          + "to " + bound + " billion CNY (" + terms + "), beyond the largest value this run can sum (" + limit
          + "); look at the scales and capitals that lead there");
    }
    final double[][] bySector = new double[years][n];
    final double[] total = new double[years];
    final double[] cumulative = new double[years];
    for (int j = 0; j < closures.project.length; j++) {
      final int a = closures.project[j];
      final int i = closures.sector[j];
      final double w = c.weight[a];
      final double capital = closures.capital[j];
      final double built = closures.built[j];
      final double life = closures.life[j];
      double closed = 0;
      for (int k = 1; k < years; k++) {
        double r = c.ramp[a * years + k];
        if (r > closed) {
          double left = Math.min(1.0, Math.max(0.0, 1.0 - (c.t0 + k - built) / life));
          bySector[k][i] += w * (r - closed) * capital * left;
          closed = r;
        }
      }
    }
    double sum = 0;
    for (int k = 0; k < years; k++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += bySector[k][i];
      }
      total[k] = s;
      sum += s;
      cumulative[k] = sum;
    }
    return new Stranded(bySector, total, cumulative);
  }
}
