package io.xinlu.search;

import java.util.Random;
import org.moeaframework.core.PRNG;

/**
 * The {@link Random} installed in MOEA Framework's static {@link PRNG}: it delegates to the {@link SearchRandom} that
 * the current thread's search has set, so that two searches running at once on two threads draw from their own
 * streams. A thread with no search set (another user of MOEA Framework) gets a generator of its own, seeded from its
 * thread id, which {@link PRNG#setSeed} reseeds.
 */
final class ThreadRandom extends Random {
  private static final long serialVersionUID = 1L;

  private static final ThreadLocal<SearchRandom> CURRENT =
      ThreadLocal.withInitial(() -> new SearchRandom(Thread.currentThread().getId()));

  static final ThreadRandom INSTANCE = new ThreadRandom();

  private ThreadRandom() {
    super(0);
  }

  /** Installs the delegate in {@link PRNG} (again, if something replaced it) and sets this thread's stream. */
  static void enter(SearchRandom random) {
    synchronized (PRNG.class) {
      if (PRNG.getRandom() != INSTANCE) {
        PRNG.setRandom(INSTANCE);
      }
    }
    CURRENT.set(random);
  }

  /** Forgets this thread's stream. */
  static void leave() {
    CURRENT.remove();
  }

  @Override
  public void setSeed(long seed) {
    // called by Random's constructor before CURRENT exists
    if (CURRENT != null) {
      CURRENT.get().setSeed(seed);
    }
  }

  @Override
  protected int next(int bits) {
    return CURRENT.get().bits(bits);
  }

  @Override
  public double nextGaussian() {
    return CURRENT.get().nextGaussian();
  }
}
