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
   * The labour transition of a run of {@code c} whose sums over sectors are {@code sums} ({@link LabourSums}: jobs
   * lost and created each year, the sums of falling and rising sector employment): the displaced workers waiting for
   * work, {@code U(t) = U(t-1) + D(t) - min(U(t-1) + D(t), rho(t) J(t))}.
   */
  static Labour of(CompiledScenario c, LabourSums sums) {
    final int years = c.years;
    final double[] displaced = new double[years];
    final double[] jobsLost = sums.jobsLost;
    final double[] jobsCreated = sums.jobsCreated;
    final double[] rho = c.rho;
    for (int t = 1; t < years; t++) {
      double waiting = displaced[t - 1] + jobsLost[t];
      displaced[t] = waiting - Math.min(waiting, rho[t] * jobsCreated[t]);
    }
    return new Labour(displaced, jobsLost, jobsCreated);
  }
}
