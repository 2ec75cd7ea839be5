/**
 * Uncertainty: what is not known about a city's future and how to sample it.
 *
 * <ul>
 *   <li>{@link io.xinlu.uncertainty.Distribution}: the probability distribution of one uncertain input (uniform,
 *       triangular, normal, truncated normal, lognormal, PERT, discrete choices, constant), used through its
 *       inverse CDF;
 *   <li>{@link io.xinlu.uncertainty.UncertainParameter} (a named distribution), {@link io.xinlu.uncertainty.Lever}
 *       (a named, finite list of policy settings) and the {@link io.xinlu.uncertainty.ParameterSpace} that holds
 *       both, with an optional rank-correlation matrix among the uncertain parameters;
 *   <li>{@link io.xinlu.uncertainty.Design}: a sampling design, an {@code n x k} matrix of points in the unit cube
 *       (or of values), made by {@link io.xinlu.uncertainty.Designs} (Monte Carlo, Latin hypercube, Sobol,
 *       full factorial over levers, a user's own table);
 *   <li>{@link io.xinlu.uncertainty.ImanConover}: correlated inputs by rank correlation, keeping every margin, and
 *       {@link io.xinlu.uncertainty.Correlations} to measure it;
 *   <li>{@link io.xinlu.uncertainty.Ensemble}: a parameterised scenario run over a design, in parallel, with streaming
 *       {@link io.xinlu.uncertainty.Summary summaries} ({@link io.xinlu.uncertainty.QuantileSketch mergeable
 *       quantiles}) and target probabilities;
 *   <li>sensitivity analysis: {@link io.xinlu.uncertainty.SaltelliDesign} and {@link io.xinlu.uncertainty.SobolAnalysis}
 *       (first-order and total Sobol' indices with bootstrap intervals), {@link io.xinlu.uncertainty.MorrisDesign} and
 *       {@link io.xinlu.uncertainty.MorrisAnalysis} (elementary effects), {@link io.xinlu.uncertainty.Tornado}
 *       (one-at-a-time ranges);
 *   <li>scenario discovery: {@link io.xinlu.uncertainty.Prim} (peeling, pasting, covering).
 * </ul>
 *
 * <p>Everything here is immutable and thread-safe (builders and the streaming accumulators say they are mutable) and deterministic: randomness comes only from an explicit {@code long} seed, so the same
 * arguments give bit-identical designs on every run and thread. See {@code docs/UNCERTAINTY.md}.
 */
@NullMarked
package io.xinlu.uncertainty;

import org.jspecify.annotations.NullMarked;
