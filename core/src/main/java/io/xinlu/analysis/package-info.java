/**
 * Analysis of runs and of the base-year economy: here, the comparison of scenarios; in the sub-packages, one family
 * of methods each. Every method is usable on a {@link io.xinlu.engine.Run} (or a profile) and on plain arrays, and
 * reproduces a published worked example in its tests (see {@code docs/analysis/}).
 *
 * <ul>
 *   <li>this package: the {@link io.xinlu.analysis.ScenarioComparison comparison} of scenarios by indicators and
 *       targets, in a tidy long {@link io.xinlu.analysis.IndicatorTable table} and a
 *       {@link io.xinlu.analysis.WideTable wide view};
 *   <li>{@link io.xinlu.analysis.lmdi}: decomposition by the logarithmic mean Divisia index, of plain factor values
 *       and of a run's CO2, energy and employment;
 *   <li>{@link io.xinlu.analysis.inputoutput}: input-output analysis of a profile's table (multipliers, linkages and
 *       key sectors, hypothetical extraction, the effect of a final-demand change);
 *   <li>{@link io.xinlu.analysis.mcda}: composite indices and multi-criteria ranking of scenarios, years or
 *       scenario-years (normalization, weights, weighted sums, TOPSIS, weight sensitivity);
 *   <li>{@link io.xinlu.analysis.regional}: shift-share and the coupling coordination degree;
 *   <li>{@link io.xinlu.analysis.forecast}: forecasting helpers for calibrating baselines (compound growth, GM(1,1)
 *       grey models, Markov projections of shares).
 * </ul>
 *
 * <p>Every type is immutable and thread-safe unless it says it is a builder.
 */
@NullMarked
package io.xinlu.analysis;

import org.jspecify.annotations.NullMarked;
