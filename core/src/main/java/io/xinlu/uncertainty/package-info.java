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
 *       {@link io.xinlu.uncertainty.Correlations} to measure it.
 * </ul>
 *
 * <p>Everything here is immutable and thread-safe (the {@link io.xinlu.uncertainty.ParameterSpace.Builder} is a
 * mutable builder) and deterministic: randomness comes only from an explicit {@code long} seed, so the same
 * arguments give bit-identical designs on every run and thread. See {@code docs/UNCERTAINTY.md}.
 */
@NullMarked
package io.xinlu.uncertainty;

import org.jspecify.annotations.NullMarked;
