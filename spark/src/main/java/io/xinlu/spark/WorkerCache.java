package io.xinlu.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a JVM (an executor, or the driver in local mode) keeps between tasks, keyed by study and index, so that a
 * city is built and compiled once per executor rather than once per block: the compiled parameterisations of the
 * cities it worked on last ({@link #MODELS}: small, a few arrays of sectors squared) and the ensembles of the cells it
 * worked on last ({@link #ENSEMBLES}: each holds a copy of its cell's design, so fewer are kept), and the problems
 * of the searches it evaluated last ({@link #PROBLEMS}). Least recently used
 * entries go first; a value built twice by two tasks at once is the same value, since building is deterministic.
 *
 * <p>Thread-safe.
 */
final class WorkerCache {
  /** Parameterisations kept: more than the cities of a national study. */
  static final WorkerCache MODELS = new WorkerCache(512);
  /** Ensembles kept: enough for every task thread of an executor and the driver's results. */
  static final WorkerCache ENSEMBLES = new WorkerCache(64);
  /**
   * Search problems kept, one per search ({@link SparkSearch}): a robust city problem holds its model and its matrix
   * of futures, so few are kept; a search that runs on keeps its own as the most recently used.
   */
  static final WorkerCache PROBLEMS = new WorkerCache(8);

  private final Map<Object, Object> entries;

  private WorkerCache(int capacity) {
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The value under the key, built (outside the lock) if absent. */
  @SuppressWarnings("unchecked")
  <T> T get(Object key, Supplier<T> build) {
    synchronized (entries) {
      Object v = entries.get(key);
      if (v != null) {
        return (T) v;
      }
    }
    T built = build.get();
    synchronized (entries) {
      Object v = entries.putIfAbsent(key, built);
      return v == null ? built : (T) v;
    }
  }
}
