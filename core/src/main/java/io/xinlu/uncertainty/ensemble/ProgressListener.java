package io.xinlu.uncertainty.ensemble;

/**
 * Told how far an ensemble has got. Called on the thread that runs {@link Ensemble#run()}, after each block of runs
 * is merged into the summaries, in order; it must return quickly and must not throw.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProgressListener {
  /**
   * Reports progress.
   *
   * @param completed runs finished and summarised so far
   * @param total runs in the ensemble
   */
  void progress(long completed, long total);
}
