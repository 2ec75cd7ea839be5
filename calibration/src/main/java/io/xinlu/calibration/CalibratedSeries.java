package io.xinlu.calibration;

import io.xinlu.history.FitStatistics;

/**
 * One observed series in a calibration: its weight and its fit statistics at the start values and at the
 * estimates.
 *
 * <p>Immutable and thread-safe.
 *
 * @param indicator the id of the series' indicator
 * @param unit the series' unit
 * @param weight the weight of its residuals, positive, in 1 / the series' unit
 * @param before the fit of the run at the start values
 * @param after the fit of the run at the estimates
 * @since 0.1.0
 */
public record CalibratedSeries(String indicator, String unit, double weight, FitStatistics before,
    FitStatistics after) {}
