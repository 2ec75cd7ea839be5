/**
 * The city's history beside the model: {@link io.xinlu.history.ObservedSeries observed series} of an indicator
 * (years, values, unit and the source of every value), the {@link io.xinlu.history.FitStatistics fit statistics}
 * of a simulated series against an observed one (MAPE, RMSE, mean error, r², Theil's U1 and Theil's decomposition
 * of the mean squared error into bias, unequal variation and unequal covariation, as Sterman 1984), the
 * {@link io.xinlu.history.HistoryComparison comparison} of a run with observations, and
 * {@link io.xinlu.history.HistoryMatch history matching} over an ensemble: the points of a design whose runs lie
 * within {@link io.xinlu.history.Tolerance tolerances} of the observations, or below an
 * {@link io.xinlu.history.Implausibility implausibility} cutoff, kept as the prior of forward ensembles.
 *
 * <p>Above the model: it reads runs and the indicator catalogue, and runs ensembles. Every type is immutable and
 * thread-safe (the builder of a match says it is mutable).
 */
@NullMarked
package io.xinlu.history;

import org.jspecify.annotations.NullMarked;
