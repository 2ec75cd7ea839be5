/**
 * Analysis of runs: {@link io.xinlu.analysis.ScenarioComparison comparison} of scenarios by indicators and
 * targets, in a tidy long {@link io.xinlu.analysis.IndicatorTable table} and a {@link io.xinlu.analysis.WideTable
 * wide view}; regional analysis, {@link io.xinlu.analysis.ShiftShare shift-share} and the
 * {@link io.xinlu.analysis.CouplingCoordination coupling coordination degree}; and forecasting helpers for
 * calibrating baselines, {@link io.xinlu.analysis.Growth compound growth rates}, {@link io.xinlu.analysis.Gm11
 * GM(1,1) grey models} and {@link io.xinlu.analysis.MarkovProjection Markov projections of shares}.
 *
 * <p>Each method works on plain arrays and, where natural, on a {@link io.xinlu.engine.Run}; each reproduces a
 * published worked example in its tests (see {@code docs/analysis/REGIONAL.md} and
 * {@code docs/analysis/FORECASTING.md}). Every type is immutable and thread-safe.
 */
@NullMarked
package io.xinlu.analysis;

import org.jspecify.annotations.NullMarked;
