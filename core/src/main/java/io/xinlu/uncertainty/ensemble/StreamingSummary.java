package io.xinlu.uncertainty.ensemble;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;

/**
 * Accumulates one outcome over many runs without keeping them: count, mean and variance (Welford's update; Chan,
 * Golub and LeVeque's merge), minimum, maximum and a {@link QuantileSketch}. NaN outcomes (an indicator undefined in
 * a run) are counted apart and left out of the statistics.
 *
 * <p>Mutable and not thread-safe: each worker fills its own, and they are merged in a fixed order so that the
 * result does not depend on the number of threads. {@link #snapshot(double...)} gives an immutable {@link Summary}.
 * Serializable, so that partial summaries can travel between the machines of a distributed ensemble
 * ({@link EnsemblePart}); the serialised form is not a file format.
 *
 * @since 0.1.0
 */
public final class StreamingSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  private final QuantileSketch sketch;
  private long count;
  private long undefined;
  private double mean;
  private double m2;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  /** An empty accumulator whose quantiles have the given relative accuracy. */
  public StreamingSummary(double quantileAccuracy) {
    this.sketch = new QuantileSketch(quantileAccuracy);
  }

  /** An empty accumulator with the default quantile accuracy. */
  public StreamingSummary() {
    this(QuantileSketch.DEFAULT_ALPHA);
  }

  /**
   * Adds one outcome; NaN is counted as undefined.
   *
   * @throws IllegalArgumentException for an infinite outcome
   */
  public void add(double x) {
    if (Double.isNaN(x)) {
      undefined++;
      return;
    }
    checkArgument(!Double.isInfinite(x), "an ensemble outcome must be finite or NaN, was %s", x);
    count++;
    double d = x - mean;
    mean += d / count;
    m2 += d * (x - mean);
    min = Math.min(min, x);
    max = Math.max(max, x);
    sketch.add(x);
  }

  /** Adds everything another accumulator saw (the other is left unchanged). */
  public void merge(StreamingSummary o) {
    undefined += o.undefined;
    if (o.count == 0) {
      return;
    }
    if (count == 0) {
      count = o.count;
      mean = o.mean;
      m2 = o.m2;
    } else {
      long n = count + o.count;
      double d = o.mean - mean;
      mean += d * o.count / n;
      m2 += o.m2 + d * d * ((double) count * o.count / n);
      count = n;
    }
    min = Math.min(min, o.min);
    max = Math.max(max, o.max);
    sketch.merge(o.sketch);
  }

  /** The number of defined outcomes. */
  public long count() {
    return count;
  }

  /** An immutable summary, with the quantiles asked for. */
  public Summary snapshot(double... quantiles) {
    double[] q = new double[quantiles.length];
    for (int i = 0; i < q.length; i++) {
      q[i] = count == 0 ? Double.NaN : sketch.quantile(quantiles[i]);
    }
    return new Summary(count, undefined, count == 0 ? Double.NaN : mean,
        count < 2 ? Double.NaN : Math.sqrt(m2 / (count - 1)), count == 0 ? Double.NaN : min,
        count == 0 ? Double.NaN : max, quantiles.clone(), q, sketch.alpha());
  }
}
