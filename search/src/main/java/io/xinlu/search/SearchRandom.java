package io.xinlu.search;

import java.util.Random;

/**
 * The random stream of one search: SplitMix64 (Steele, Lea and Flood 2014) behind {@link Random}'s methods, with
 * its whole state in one {@code long} so that a checkpoint can save it. Unlike {@link Random} it caches no second
 * Gaussian, so the state is the one number. Not thread-safe: only the search's driver thread uses it.
 */
final class SearchRandom extends Random {
  private static final long serialVersionUID = 1L;

  private long state;

  SearchRandom(long seed) {
    super(0);
    this.state = seed;
  }

  long state() {
    return state;
  }

  void state(long s) {
    this.state = s;
  }

  @Override
  public synchronized void setSeed(long seed) {
    this.state = seed;
  }

  long nextLong64() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  int bits(int bits) {
    return (int) (nextLong64() >>> (64 - bits));
  }

  @Override
  protected int next(int bits) {
    return bits(bits);
  }

  @Override
  public double nextGaussian() {
    // Marsaglia's polar method, the second value discarded (no hidden state)
    double v1;
    double v2;
    double s;
    do {
      v1 = 2 * nextDouble() - 1;
      v2 = 2 * nextDouble() - 1;
      s = v1 * v1 + v2 * v2;
    } while (s >= 1 || s == 0);
    return v1 * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
  }
}
