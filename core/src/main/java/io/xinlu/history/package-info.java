/**
 * The city's history beside the model: {@link io.xinlu.history.ObservedSeries observed series} of an indicator
 * (years, values, unit and the source of every value), the {@link io.xinlu.history.FitStatistics fit statistics}
 * of a simulated series against an observed one (MAPE, RMSE, mean error, r², Theil's U1 and Theil's decomposition
 * of the mean squared error into bias, unequal variation and unequal covariation, as Sterman 1984), and the
 * {@link io.xinlu.history.HistoryComparison comparison} of a run with observations.
 *
 * <p>Above the model: it reads runs and the indicator catalogue. Every type is immutable and thread-safe.
 */
@NullMarked
package io.xinlu.history;

import org.jspecify.annotations.NullMarked;
