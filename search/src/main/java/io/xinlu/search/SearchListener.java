package io.xinlu.search;

/**
 * Told about each generation of a search, like {@link io.xinlu.uncertainty.ensemble.ProgressListener} for an
 * ensemble. Called on the thread that runs {@link Search#run()}, after the generation's candidates entered the
 * archive, in order; it must return quickly and must not throw.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SearchListener {
  /** Reports one generation. */
  void generation(SearchProgress progress);
}
