package io.xinlu.uncertainty.sensitivity;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;

/**
 * How to bootstrap confidence intervals: the number of resamples, the seed of the resampling and the confidence
 * level. Each resample draws {@code N} base-row indices uniformly with replacement (the same indices in every block
 * of a {@link SaltelliDesign}, so that rows stay matched) from a {@link java.util.SplittableRandom} seeded with
 * {@link #seed()}, and recomputes the estimate; the interval's bounds are the {@code (1 - level)/2} and
 * {@code (1 + level)/2} quantiles of the resampled estimates: the percentile method of B. Efron and R. J. Tibshirani
 * (<i>An Introduction to the Bootstrap</i>, Chapman &amp; Hall, 1993), with quantiles interpolated linearly between
 * order statistics.
 *
 * <p>So that each tail beyond the interval holds at least one resampled estimate, the number of resamples must be at
 * least {@code 2 / (1 - level)}: 40 at the default level 0.95, 200 at 0.99. A thousand or more is usual.
 *
 * <pre>{@code
 * Bootstrap b = Bootstrap.of(1000, 7).withLevel(0.90);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Bootstrap {
  /** The default confidence level, 0.95. */
  public static final double DEFAULT_LEVEL = 0.95;

  private final int resamples;
  private final long seed;
  private final double level;

  private Bootstrap(int resamples, long seed, double level) {
    checkArgument(level > 0 && level < 1, "bootstrap: the confidence level must lie in (0, 1), got %s", level);
    checkArgument(resamples >= 1 && resamples * (1 - level) >= 2 - 1e-9,
        "bootstrap: %s resamples are too few for a %s interval; at least %s are needed so that each tail holds a "
            + "resample (a thousand or more is usual)", resamples, level, minimumResamples(level));
    this.resamples = resamples;
    this.seed = seed;
    this.level = level;
  }

  /**
   * Returns a bootstrap with the given number of resamples and seed, at the {@link #DEFAULT_LEVEL default level}.
   *
   * @throws IllegalArgumentException if {@code resamples} is below 40, the least the default level allows
   */
  public static Bootstrap of(int resamples, long seed) {
    return new Bootstrap(resamples, seed, DEFAULT_LEVEL);
  }

  /**
   * Returns a copy at another confidence level.
   *
   * @throws IllegalArgumentException if {@code level} is not in (0, 1), or this bootstrap's resamples are too few
   *     for it
   */
  public Bootstrap withLevel(double level) {
    return new Bootstrap(resamples, seed, level);
  }

  /**
   * Returns a copy with another number of resamples.
   *
   * @throws IllegalArgumentException if {@code resamples} is too few for this bootstrap's level
   */
  public Bootstrap withResamples(int resamples) {
    return new Bootstrap(resamples, seed, level);
  }

  /** Returns a copy with another seed. */
  public Bootstrap withSeed(long seed) {
    return new Bootstrap(resamples, seed, level);
  }

  /** The number of resamples. */
  public int resamples() {
    return resamples;
  }

  /** The seed of the resampling. */
  public long seed() {
    return seed;
  }

  /** The confidence level, in (0, 1). */
  public double level() {
    return level;
  }

  private static long minimumResamples(double level) {
    return level > 0 && level < 1 ? (long) Math.ceil(2 / (1 - level) - 1e-9) : 0;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Bootstrap)) {
      return false;
    }
    Bootstrap b = (Bootstrap) o;
    return b.resamples == resamples && b.seed == seed && Double.compare(b.level, level) == 0;
  }

  @Override
  public int hashCode() {
    return (31 * Integer.hashCode(resamples) + Long.hashCode(seed)) * 31 + Double.hashCode(level);
  }

  @Override
  public String toString() {
    return "Bootstrap{resamples=" + resamples + ", seed=" + seed + ", level=" + level + "}";
  }
}
