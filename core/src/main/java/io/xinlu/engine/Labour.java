package io.xinlu.engine;

/**
 * The labour transition of a run (section 12 of {@code docs/MODEL.md}): jobs lost and created and the displaced
 * workers, by year. A {@link Run} works it out from its output when a labour quantity is first asked for, as it
 * derives value added, energy and CO2 on access; runs whose users never ask (an ensemble summarising CO2) skip it.
 * Immutable once made: its arrays are filled before the constructor ends and are never written after, and its
 * fields are final, so a reference read through a data race still shows them filled (the Java memory model's
 * guarantee for final fields).
 */
final class Labour {
  final double[] displaced;
  final double[] jobsLost;
  final double[] jobsCreated;

  private Labour(double[] displaced, double[] jobsLost, double[] jobsCreated) {
    this.displaced = displaced;
    this.jobsLost = jobsLost;
    this.jobsCreated = jobsCreated;
  }

  /**
   * The labour transition of a run of {@code c} with gross output {@code x} (rows of at least {@code n}): jobs lost
   * and created each year (the sums of falling and rising sector employment) and the displaced workers waiting for
   * work, {@code U(t) = U(t-1) + D(t) - min(U(t-1) + D(t), rho(t) J(t))}. Four years at a time: each year's
   * employment and its falls and rises by sector are whole-array operations, and the four years' sums are
   * independent chains of additions that the processor overlaps. Each year's sums still add the sectors in order.
   */
  static Labour of(CompiledScenario c, double[][] x) {
    final int n = c.n;
    final int years = c.years;
    final double[] displaced = new double[years];
    final double[] jobsLost = new double[years];
    final double[] jobsCreated = new double[years];
    final EmploymentBlocks blocks = new EmploymentBlocks(c, x);
    final double[][] falls = blocks.falls;
    final double[][] rises = blocks.rises;
    for (int k = 1; k < years; k += 4) {
      // each year's employment, falls and rises in one whole-array operation (EmploymentBlocks)
      final int m = blocks.fill(k);
      if (m == 4) {
        final double[] f0 = falls[0];
        final double[] f1 = falls[1];
        final double[] f2 = falls[2];
        final double[] f3 = falls[3];
        final double[] r0 = rises[0];
        final double[] r1 = rises[1];
        final double[] r2 = rises[2];
        final double[] r3 = rises[3];
        double lost0 = 0;
        double lost1 = 0;
        double lost2 = 0;
        double lost3 = 0;
        double created0 = 0;
        double created1 = 0;
        double created2 = 0;
        double created3 = 0;
        for (int i = 0; i < n; i++) {
          lost0 -= f0[i];
          created0 += r0[i];
          lost1 -= f1[i];
          created1 += r1[i];
          lost2 -= f2[i];
          created2 += r2[i];
          lost3 -= f3[i];
          created3 += r3[i];
        }
        jobsLost[k] = lost0;
        jobsLost[k + 1] = lost1;
        jobsLost[k + 2] = lost2;
        jobsLost[k + 3] = lost3;
        jobsCreated[k] = created0;
        jobsCreated[k + 1] = created1;
        jobsCreated[k + 2] = created2;
        jobsCreated[k + 3] = created3;
      } else {
        for (int b = 0; b < m; b++) {
          final double[] fall = falls[b];
          final double[] rise = rises[b];
          double lost = 0;
          double created = 0;
          for (int i = 0; i < n; i++) {
            lost -= fall[i];
            created += rise[i];
          }
          jobsLost[k + b] = lost;
          jobsCreated[k + b] = created;
        }
      }
      for (int t = k; t < k + m; t++) {
        double waiting = displaced[t - 1] + jobsLost[t];
        displaced[t] = waiting - Math.min(waiting, c.rho[t] * jobsCreated[t]);
      }
      blocks.advance(m);
    }
    return new Labour(displaced, jobsLost, jobsCreated);
  }
}
