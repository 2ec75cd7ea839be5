/**
 * Uncertainty: parameters and designs, {@link io.xinlu.uncertainty.Ensemble ensembles} that run a parameterised
 * scenario over a design and summarise as they go ({@link io.xinlu.uncertainty.StreamingSummary},
 * {@link io.xinlu.uncertainty.QuantileSketch}), sensitivity analysis and scenario discovery.
 */
@NullMarked
package io.xinlu.uncertainty;

import org.jspecify.annotations.NullMarked;
