package io.xinlu.uncertainty.ensemble;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * The distribution of one outcome over an ensemble: count, mean, sample standard deviation, minimum, maximum and
 * quantiles. Quantiles come from a {@link QuantileSketch}: each is within a relative error {@link #accuracy()} of an
 * outcome of the requested rank. Mean, standard deviation, minimum and maximum are computed exactly from every run
 * (in floating point).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Summary {
  private final long count;
  private final long undefined;
  private final double mean;
  private final double sd;
  private final double min;
  private final double max;
  private final double[] levels;
  private final double[] quantiles;
  private final double accuracy;

  Summary(long count, long undefined, double mean, double sd, double min, double max, double[] levels,
      double[] quantiles, double accuracy) {
    this.count = count;
    this.undefined = undefined;
    this.mean = mean;
    this.sd = sd;
    this.min = min;
    this.max = max;
    this.levels = levels;
    this.quantiles = quantiles;
    this.accuracy = accuracy;
  }

  /** Runs where the outcome was defined. */
  public long count() {
    return count;
  }

  /** Runs where the outcome was undefined (NaN), left out of the statistics. */
  public long undefined() {
    return undefined;
  }

  /** The mean; NaN without outcomes. */
  public double mean() {
    return mean;
  }

  /** The sample standard deviation (divisor n - 1); NaN with fewer than two outcomes. */
  public double standardDeviation() {
    return sd;
  }

  /** The smallest outcome. */
  public double min() {
    return min;
  }

  /** The largest outcome. */
  public double max() {
    return max;
  }

  /** The relative accuracy of the quantiles. */
  public double accuracy() {
    return accuracy;
  }

  /** The quantile levels held, such as 0.05, 0.25, 0.5, 0.75, 0.95. */
  public double[] levels() {
    return levels.clone();
  }

  /**
   * The quantile at a level held by this summary.
   *
   * @throws IllegalArgumentException if the level was not asked for; the message lists those held
   */
  public double quantile(double level) {
    for (int i = 0; i < levels.length; i++) {
      if (levels[i] == level) {
        return quantiles[i];
      }
    }
    checkArgument(false, "quantile %s was not computed; levels held: %s", level, Arrays.toString(levels));
    return Double.NaN;
  }

  /** The median (quantile 0.5), if held. */
  public double median() {
    return quantile(0.5);
  }

  @Override
  public String toString() {
    return "Summary{n=" + count + ", mean=" + mean + ", sd=" + sd + ", min=" + min + ", max=" + max + ", quantiles "
        + Arrays.toString(levels) + "=" + Arrays.toString(quantiles) + "}";
  }
}
