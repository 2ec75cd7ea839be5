package io.xinlu.engine;

/**
 * Each year's employment {@code N_i(t) = v_i x_i(t) / q_i(t)} of a run, as {@link RunValues} derives it, with its
 * falls and rises from the year before, worked out four years at a time for {@link Labour} and {@link Cohorts}. A
 * year's employment, falls and rises come from one whole-array loop, which the JIT compiler vectorises:
 * {@code (d - |d|) / 2} is {@code min(d, 0)} and {@code (d + |d|) / 2} is {@code max(d, 0)}, bit for bit (doubling
 * and halving are exact, and -0 gives -0 and +0 as min and max do), so subtracting the falls and adding the rises
 * give the bits of "lost -= change if change < 0, else created += change", as neither sum is ever -0.
 *
 * <p>Mutable scratch of one account's computation, used by one thread; never shared.
 */
final class EmploymentBlocks {
  /** The employment, falls {@code min(d, 0)} and rises {@code max(d, 0)} of the block's years, by year in the block. */
  final double[][] rows;
  final double[][] falls;
  final double[][] rises;
  private final CompiledScenario c;
  private final double[][] x;
  private double[] spare;
  private double[] before;

  /** Blocks of a run of {@code c} with gross output {@code x}, starting after the base year. */
  EmploymentBlocks(CompiledScenario c, double[][] x) {
    final int n = c.n;
    this.c = c;
    this.x = x;
    this.rows = new double[][] {new double[n], new double[n], new double[n], new double[n]};
    this.falls = new double[][] {new double[n], new double[n], new double[n], new double[n]};
    this.rises = new double[][] {new double[n], new double[n], new double[n], new double[n]};
    this.spare = new double[n];
    this.before = c.economy.employment0;
  }

  /**
   * Fills the block of year indices {@code k} to {@code k + m - 1}, {@code m = min(4, years - k)}, from the
   * employment of year index {@code k - 1} (the base year's for the first block); returns {@code m}. Call
   * {@link #advance} once the block's rows have been read.
   */
  int fill(int k) {
    final int n = c.n;
    final double[] v = c.economy.v;
    final int m = Math.min(4, c.years - k);
    double[] previous = before;
    for (int b = 0; b < m; b++) {
      final double[] xk = x[k + b];
      final double[] perJob = c.valueAddedPerJob[k + b];
      final double[] now = rows[b];
      final double[] fall = falls[b];
      final double[] rise = rises[b];
      for (int i = 0; i < n; i++) {
        double jobs = v[i] * xk[i] / perJob[i];
        now[i] = jobs;
        double change = jobs - previous[i];
        double size = Math.abs(change);
        fall[i] = (change - size) * 0.5;
        rise[i] = (change + size) * 0.5;
      }
      previous = now;
    }
    return m;
  }

  /**
   * Keeps the last year of a block of {@code m} years as the next block's year before: its row is swapped out, so
   * that the next {@link #fill} does not overwrite it.
   */
  void advance(int m) {
    before = rows[m - 1];
    rows[m - 1] = spare;
    spare = before;
  }
}
