package io.xinlu.uncertainty.ensemble;

/**
 * A flag a caller sets to stop an ensemble: runs already started finish, no new block of runs starts, and
 * {@link Ensemble#run()} throws {@link java.util.concurrent.CancellationException}. Thread-safe.
 *
 * @since 0.1.0
 */
public final class Cancellation {
  private volatile boolean cancelled;

  /** Asks the ensemble to stop. */
  public void cancel() {
    cancelled = true;
  }

  /** Whether {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled;
  }
}
