package io.xinlu.uncertainty.ensemble;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A mergeable quantile sketch with a relative-error guarantee (DDSketch: Masson, Rim and Lee 2019, "DDSketch: a
 * fast and fully-mergeable quantile sketch with relative-error guarantees", PVLDB 12(12)). Values fall into
 * logarithmic buckets {@code (gamma^(k-1), gamma^k]} with {@code gamma = (1 + alpha) / (1 - alpha)}; a quantile is
 * answered by the bucket that holds its rank, so the answer is within a relative error {@code alpha} of a value whose
 * rank is the requested one. Negative values use mirrored buckets and zeros a count of their own. The sketch also
 * keeps the smallest and largest value added: every quantile is clamped to that range, which keeps the guarantee
 * (the exact order statistic lies in the range too), so no quantile lies outside the values seen, constant values
 * give that constant at every level, and quantiles 0 and 1 (any level whose rank is the first or last) are the
 * smallest and largest value exactly.
 *
 * <p>Counts are integers, so merging is exact and independent of order and partitioning: the same values give the
 * same sketch whichever way they were split. Memory grows with the range of magnitudes seen (a few hundred buckets
 * per factor of ten at {@code alpha = 0.005}, about a thousand at the default 0.001), never with the number of
 * values.
 *
 * <p>Mutable and not thread-safe: each thread fills its own and they are merged. Serializable, so that sketches can
 * travel between the machines of a distributed ensemble; the serialised form is not a file format.
 *
 * @since 0.1.0
 */
public final class QuantileSketch implements Serializable {
  // 2: the smallest and largest value added are kept
  private static final long serialVersionUID = 2L;

  /** The default relative accuracy: 0.1 %. */
  public static final double DEFAULT_ALPHA = 0.001;

  /**
   * The finest relative accuracy accepted: 1e-6. A bucket index is {@code ceil(ln x / ln gamma)}, and with
   * {@code |ln x| <= 710} for every normal double it then stays within about 3.6e8 in magnitude, so indices and the
   * span between two of them fit in an {@code int}.
   */
  public static final double MIN_ALPHA = 1e-6;

  private final double alpha;
  private final double gamma;
  private final double logGamma;
  private final Store positive = new Store();
  private final Store negative = new Store();
  private long zeros;
  private long count;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  /**
   * A sketch with relative accuracy {@code alpha}.
   *
   * @throws IllegalArgumentException unless {@code MIN_ALPHA <= alpha < 1}
   */
  public QuantileSketch(double alpha) {
    checkArgument(alpha >= MIN_ALPHA && alpha < 1, "quantile sketch accuracy must lie in [%s, 1), was %s", MIN_ALPHA,
        alpha);
    this.alpha = alpha;
    this.gamma = (1 + alpha) / (1 - alpha);
    this.logGamma = StrictMath.log(gamma);
  }

  /** A sketch with the {@link #DEFAULT_ALPHA default} accuracy. */
  public QuantileSketch() {
    this(DEFAULT_ALPHA);
  }

  /** The relative accuracy. */
  public double alpha() {
    return alpha;
  }

  /** The number of values added. */
  public long count() {
    return count;
  }

  /**
   * Adds a value.
   *
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public void add(double x) {
    checkArgument(Double.isFinite(x), "a quantile sketch takes finite values, got %s", x);
    count++;
    min = Math.min(min, x);
    max = Math.max(max, x);
    if (x > Double.MIN_NORMAL) {
      positive.add(index(x));
    } else if (x < -Double.MIN_NORMAL) {
      negative.add(index(-x));
    } else {
      zeros++;
    }
  }

  /**
   * Adds every value of another sketch with the same accuracy.
   *
   * @throws IllegalArgumentException if the accuracies differ
   */
  public void merge(QuantileSketch other) {
    checkArgument(other.alpha == alpha, "cannot merge sketches of accuracy %s and %s", alpha, other.alpha);
    positive.merge(other.positive);
    negative.merge(other.negative);
    zeros += other.zeros;
    count += other.count;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  /**
   * The value at quantile {@code q} (0 = the smallest, 1 = the largest), within the relative accuracy, and within
   * the range of the values added: the smallest value for rank 0, the largest for the last rank, and in between the
   * bucket's representative clamped to that range. Non-decreasing in {@code q}.
   *
   * @throws IllegalArgumentException if {@code q} is outside [0, 1]
   * @throws IllegalStateException if the sketch is empty
   */
  public double quantile(double q) {
    checkArgument(q >= 0 && q <= 1, "quantile must lie in [0, 1], was %s", q);
    if (count == 0) {
      throw new IllegalStateException("the quantile sketch is empty");
    }
    long rank = (long) Math.floor(q * (count - 1));
    if (rank == 0) {
      return min;
    }
    if (rank == count - 1) {
      return max;
    }
    return Math.max(min, Math.min(max, bucketValue(rank)));
  }

  /** The representative of the bucket holding the value of rank {@code rank}. */
  private double bucketValue(long rank) {
    if (rank < negative.total) {
      // negative values, largest magnitude first
      long seen = 0;
      for (int k = negative.counts.length - 1; k >= 0; k--) {
        seen += negative.counts[k];
        if (seen > rank) {
          return -value(negative.offset + k);
        }
      }
    }
    rank -= negative.total;
    if (rank < zeros) {
      return 0.0;
    }
    rank -= zeros;
    long seen = 0;
    for (int k = 0; k < positive.counts.length; k++) {
      seen += positive.counts[k];
      if (seen > rank) {
        return value(positive.offset + k);
      }
    }
    throw new AssertionError("rank beyond count");
  }

  private int index(double x) {
    return (int) Math.ceil(StrictMath.log(x) / logGamma);
  }

  /** The representative of bucket k: the point of least relative error in (gamma^(k-1), gamma^k]. */
  private double value(int k) {
    return 2 * StrictMath.pow(gamma, k) / (gamma + 1);
  }

  /** A contiguous array of bucket counts that grows to the range of indices seen. */
  private static final class Store implements Serializable {
    private static final long serialVersionUID = 1L;

    private long[] counts = new long[0];
    private int offset;
    private long total;

    void add(int k) {
      grow(k, k);
      counts[k - offset]++;
      total++;
    }

    void merge(Store o) {
      if (o.counts.length == 0) {
        return;
      }
      grow(o.offset, o.offset + o.counts.length - 1);
      for (int k = 0; k < o.counts.length; k++) {
        counts[o.offset + k - offset] += o.counts[k];
      }
      total += o.total;
    }

    private void grow(int lo, int hi) {
      if (counts.length == 0) {
        counts = new long[hi - lo + 1];
        offset = lo;
        return;
      }
      int newLo = Math.min(lo, offset);
      int newHi = Math.max(hi, offset + counts.length - 1);
      if (newLo == offset && newHi == offset + counts.length - 1) {
        return;
      }
      long[] c = new long[newHi - newLo + 1];
      System.arraycopy(counts, 0, c, offset - newLo, counts.length);
      counts = c;
      offset = newLo;
    }

    @Override
    public String toString() {
      return Arrays.toString(counts);
    }
  }
}
