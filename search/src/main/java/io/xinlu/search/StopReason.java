package io.xinlu.search;

/**
 * Why a search stopped.
 *
 * @since 0.1.0
 */
public enum StopReason {
  /** It used the evaluations it was given. */
  EVALUATIONS,
  /** Epsilon progress did not change for the number of generations it was given. */
  STALLED,
  /** Its {@link io.xinlu.uncertainty.ensemble.Cancellation} was set. */
  CANCELLED
}
