/**
 * Uncertainty, sensitivity analysis on plain arrays: designs to run a model at and the analysis of its outputs.
 *
 * <ul>
 *   <li>{@link io.xinlu.uncertainty.sensitivity.SaltelliDesign} and
 *       {@link io.xinlu.uncertainty.sensitivity.SobolAnalysis}: first-order and total Sobol' indices with
 *       {@link io.xinlu.uncertainty.sensitivity.Bootstrap bootstrap}
 *       {@link io.xinlu.uncertainty.sensitivity.ConfidenceInterval confidence intervals}, and
 *       {@link io.xinlu.uncertainty.sensitivity.SobolIndexSeries} for many outputs of the same runs;
 *   <li>{@link io.xinlu.uncertainty.sensitivity.MorrisDesign} and
 *       {@link io.xinlu.uncertainty.sensitivity.MorrisAnalysis}: elementary effects ({@code mu}, {@code mu*},
 *       {@code sigma});
 *   <li>{@link io.xinlu.uncertainty.sensitivity.Tornado}: one-at-a-time ranges.
 * </ul>
 *
 * <p>Nothing here knows the model: the model is whatever computes an output from a point, run by the caller or by an
 * {@link io.xinlu.uncertainty.ensemble.Ensemble}. Everything is immutable and thread-safe and deterministic (an
 * explicit seed for every random choice). See {@code docs/SENSITIVITY.md}.
 */
@NullMarked
package io.xinlu.uncertainty.sensitivity;

import org.jspecify.annotations.NullMarked;
