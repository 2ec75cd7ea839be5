/**
 * Uncertainty and sensitivity analysis on plain arrays. Sensitivity: variance-based Sobol' indices from a
 * {@link io.xinlu.uncertainty.SaltelliDesign} ({@link io.xinlu.uncertainty.SobolAnalysis}, with
 * {@link io.xinlu.uncertainty.Bootstrap bootstrap} confidence intervals and {@link
 * io.xinlu.uncertainty.SobolIndexSeries series} over many outputs), Morris elementary effects
 * ({@link io.xinlu.uncertainty.MorrisDesign}, {@link io.xinlu.uncertainty.MorrisAnalysis}) and one-at-a-time
 * {@link io.xinlu.uncertainty.Tornado tornado} ranges. See {@code docs/SENSITIVITY.md}.
 */
@NullMarked
package io.xinlu.uncertainty;

import org.jspecify.annotations.NullMarked;
