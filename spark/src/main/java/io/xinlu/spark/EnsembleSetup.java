package io.xinlu.spark;

import io.xinlu.uncertainty.ensemble.Ensemble;
import java.io.Serializable;

/**
 * A serialisable recipe for what an ensemble summarises: indicators, years, targets, quantile levels and accuracy,
 * kept outcomes. Indicators and targets are not serialisable, so the executors rebuild them from this recipe:
 *
 * <pre>{@code
 * EnsembleSetup setup = b -> b.indicators(Indicators.co2(), Indicators.gdp())
 *     .years(2030, 2035)
 *     .targets(Target.atMost(Indicators.co2(), 1350, 2035));
 * }</pre>
 *
 * <p>The recipe must set only what to summarise: the study sets the design and the block size, and threads,
 * executors, listeners and cancellation do not apply on Spark. It must give the same configuration every time, on
 * every machine. Implementations must be immutable and thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface EnsembleSetup extends Serializable {
  /** Configures what the builder's ensemble summarises and returns the builder. */
  Ensemble.Builder apply(Ensemble.Builder builder);
}
