/**
 * Uncertainty, sampling: what is not known about a city's future and how to sample it, on plain numbers.
 *
 * <ul>
 *   <li>{@link io.xinlu.uncertainty.sampling.Distribution}: the probability distribution of one uncertain input
 *       (uniform, triangular, normal, truncated normal, lognormal, PERT, discrete choices, constant), used through
 *       its inverse CDF;
 *   <li>{@link io.xinlu.uncertainty.sampling.UncertainParameter} (a named distribution),
 *       {@link io.xinlu.uncertainty.sampling.Lever} (a named, finite list of policy settings) and the
 *       {@link io.xinlu.uncertainty.sampling.ParameterSpace} that holds both, with an optional rank-correlation
 *       matrix among the uncertain parameters;
 *   <li>{@link io.xinlu.uncertainty.sampling.Design}: a sampling design, an {@code n x k} matrix of points in the
 *       unit cube (or of values), made by {@link io.xinlu.uncertainty.sampling.Designs} (Monte Carlo, Latin
 *       hypercube, Sobol, full factorial over levers, a user's own table);
 *   <li>{@link io.xinlu.uncertainty.sampling.ImanConover}: correlated inputs by rank correlation, keeping every
 *       margin, and {@link io.xinlu.uncertainty.sampling.Correlations} to measure it.
 * </ul>
 *
 * <p>Nothing here knows the model: the names of parameters are paths that the engine interprets when an
 * {@link io.xinlu.uncertainty.ensemble.Ensemble} runs. Everything is immutable and thread-safe (builders say they are
 * mutable) and deterministic: randomness comes only from an explicit {@code long} seed, so the same arguments give
 * bit-identical designs on every run and thread. See {@code docs/UNCERTAINTY.md}.
 */
@NullMarked
package io.xinlu.uncertainty.sampling;

import org.jspecify.annotations.NullMarked;
