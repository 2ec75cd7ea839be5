/**
 * Uncertainty, ensembles: a parameterised scenario run over a sampling design, the one part of the uncertainty
 * families that touches the model.
 *
 * <ul>
 *   <li>{@link io.xinlu.uncertainty.ensemble.Ensemble}: runs an {@link io.xinlu.engine.Parameterization} over a
 *       {@link io.xinlu.uncertainty.sampling.Design} (or a {@link io.xinlu.uncertainty.sensitivity.SaltelliDesign},
 *       or a Sobol sequence worked out run by run), in parallel, with a {@link
 *       io.xinlu.uncertainty.ensemble.ProgressListener} and a {@link io.xinlu.uncertainty.ensemble.Cancellation};
 *       a failed run stops it with an {@link io.xinlu.uncertainty.ensemble.EnsembleException};
 *   <li>{@link io.xinlu.uncertainty.ensemble.EnsembleResult}: per indicator and year a
 *       {@link io.xinlu.uncertainty.ensemble.Summary}, and target probabilities, summarised as the runs come in by
 *       {@link io.xinlu.uncertainty.ensemble.StreamingSummary streaming summaries} with
 *       {@link io.xinlu.uncertainty.ensemble.QuantileSketch mergeable quantiles}, in memory that does not grow with
 *       the number of runs;
 *   <li>{@link io.xinlu.uncertainty.ensemble.EnsemblePart}: what a run of consecutive blocks contributes, the unit a
 *       distributed engine computes on its workers ({@code Ensemble.runBlock}) and merges;
 *   <li>{@link io.xinlu.uncertainty.ensemble.LeverGrid}: one ensemble per combination of lever settings.
 * </ul>
 *
 * <p>Everything here is immutable and thread-safe (builders and the streaming accumulators say they are mutable) and
 * deterministic: the same design gives bit-identical summaries on any number of threads. See
 * {@code docs/UNCERTAINTY.md} and {@code docs/SPARK.md}.
 */
@NullMarked
package io.xinlu.uncertainty.ensemble;

import org.jspecify.annotations.NullMarked;
