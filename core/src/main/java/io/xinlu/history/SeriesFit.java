package io.xinlu.history;

/**
 * One observed series beside the run's values in the same years, and the fit statistics of the one against the
 * other.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SeriesFit {
  private final ObservedSeries observed;
  private final double[] simulated;
  private final FitStatistics statistics;

  SeriesFit(ObservedSeries observed, double[] simulated) {
    this.observed = observed;
    this.simulated = simulated.clone();
    this.statistics = FitStatistics.of(observed.values(), this.simulated);
  }

  /** The observed series. */
  public ObservedSeries observed() {
    return observed;
  }

  /** The id of the indicator, the series' name in tables. */
  public String indicator() {
    return observed.indicator();
  }

  /** The run's values in the observed years, in the observed years' order (a copy). */
  public double[] simulated() {
    return simulated.clone();
  }

  /** The fit statistics of the run's values against the observations. */
  public FitStatistics statistics() {
    return statistics;
  }

  @Override
  public String toString() {
    return "SeriesFit[" + observed.indicator() + ", " + statistics + "]";
  }
}
