/**
 * Analysis of runs and of the base-year economy, each method usable on a {@link io.xinlu.engine.Run} and on plain
 * arrays, each reproducing a published worked example in its tests (see {@code docs/analysis/}):
 *
 * <ul>
 *   <li>{@link io.xinlu.analysis.ScenarioComparison comparison} of scenarios by indicators and targets, in a tidy
 *       long {@link io.xinlu.analysis.IndicatorTable table} and a {@link io.xinlu.analysis.WideTable wide view};
 *   <li>{@link io.xinlu.analysis.InputOutputAnalysis input-output analysis} of a profile's table: multipliers,
 *       {@link io.xinlu.analysis.IoLinkages linkages} and key sectors, {@link io.xinlu.analysis.HypotheticalExtraction
 *       hypothetical extraction} and the {@link io.xinlu.analysis.DemandImpact effect of a final-demand change};
 *   <li>regional analysis: {@link io.xinlu.analysis.ShiftShare shift-share} and the
 *       {@link io.xinlu.analysis.CouplingCoordination coupling coordination degree};
 *   <li>forecasting helpers for calibrating baselines: {@link io.xinlu.analysis.Growth compound growth rates},
 *       {@link io.xinlu.analysis.Gm11 GM(1,1) grey models} and {@link io.xinlu.analysis.MarkovProjection Markov
 *       projections of shares}.
 * </ul>
 *
 * <p>Every type is immutable and thread-safe unless it says it is a builder.
 */
@NullMarked
package io.xinlu.analysis;

import org.jspecify.annotations.NullMarked;
