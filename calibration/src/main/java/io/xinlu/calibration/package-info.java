/**
 * Calibration of a scenario's parameters to observed series by weighted least squares: a
 * {@link io.xinlu.calibration.Calibration} names the parameters to fit (each a {@link io.xinlu.engine.ParameterPath}
 * with its bounds), the scenario and the {@link io.xinlu.history.ObservedSeries observed series} with their weights;
 * {@link io.xinlu.calibration.Calibration#fit()} runs Hipparchus' Levenberg-Marquardt optimiser and returns a
 * {@link io.xinlu.calibration.CalibrationResult} with the estimates, their standard errors, 95 % intervals and
 * correlations, the residuals and fit statistics before and after, and {@link
 * io.xinlu.calibration.CalibrationWarning warnings} for parameters the data cannot identify. See
 * {@code docs/CALIBRATION.md}.
 *
 * <p>The only module that depends on Hipparchus' optimisers, which have no JPMS module name; the model, the
 * parameter paths, the observed series and their comparison with a run are core's. Every public type is immutable
 * and thread-safe unless its documentation says it is a builder.
 */
@NullMarked
package io.xinlu.calibration;

import org.jspecify.annotations.NullMarked;
