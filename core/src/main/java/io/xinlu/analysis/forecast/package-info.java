/**
 * Forecasting helpers for calibrating baselines.
 *
 * <ul>
 *   <li>{@link io.xinlu.analysis.forecast.Growth compound annual growth rates} and projections at a constant rate;
 *   <li>{@link io.xinlu.analysis.forecast.Gm11 GM(1,1) grey models} with their
 *       {@link io.xinlu.analysis.forecast.GreyAccuracy accuracy grade};
 *   <li>{@link io.xinlu.analysis.forecast.MarkovProjection Markov projections} of structure shares.
 * </ul>
 *
 * <p>Every type is immutable and thread-safe. See {@code docs/analysis/FORECASTING.md}.
 */
@NullMarked
package io.xinlu.analysis.forecast;

import org.jspecify.annotations.NullMarked;
