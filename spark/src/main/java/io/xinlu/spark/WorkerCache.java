package io.xinlu.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What an executor JVM keeps between tasks: the compiled parameterisations and ensembles of the cells it worked on
 * last, keyed by study and index, so that a city is built and compiled once per executor rather than once per
 * block. Least recently used entries go first; a value built twice by two tasks at once is the same value, since
 * building is deterministic.
 *
 * <p>Thread-safe.
 */
final class WorkerCache {
  /** Entries kept: enough for every task thread of an executor to hold its city and its cell. */
  static final int CAPACITY = 64;

  private static final Map<Object, Object> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
      return size() > CAPACITY;
    }
  };

  private WorkerCache() {}

  /** The value under the key, built (outside the lock) if absent. */
  @SuppressWarnings("unchecked")
  static <T> T get(Object key, Supplier<T> build) {
    synchronized (CACHE) {
      Object v = CACHE.get(key);
      if (v != null) {
        return (T) v;
      }
    }
    T built = build.get();
    synchronized (CACHE) {
      Object v = CACHE.putIfAbsent(key, built);
      return v == null ? built : (T) v;
    }
  }
}
