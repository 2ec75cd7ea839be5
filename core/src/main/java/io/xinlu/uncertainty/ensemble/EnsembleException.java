package io.xinlu.uncertainty.ensemble;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * A run of an ensemble failed: the ensemble stops, and this names the run's index and its parameter values, with
 * the run's own exception as the cause. Nothing is silently dropped.
 *
 * <p>Its run index and parameter values are immutable; like any exception it may be read from any thread once thrown.
 *
 * @since 0.1.0
 */
public final class EnsembleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long runIndex;
  private final ImmutableMap<String, Double> parameters;

  EnsembleException(long runIndex, Map<String, Double> parameters, Throwable cause) {
    super("run " + runIndex + " of the ensemble failed with parameters " + parameters + ": " + cause.getMessage(),
        cause);
    this.runIndex = runIndex;
    this.parameters = ImmutableMap.copyOf(parameters);
  }

  /** The 0-based index of the failed run in the design. */
  public long runIndex() {
    return runIndex;
  }

  /** The failed run's parameter values, by path. */
  public ImmutableMap<String, Double> parameters() {
    return parameters;
  }
}
