/**
 * Analysis of runs and of the base-year economy: {@link io.xinlu.analysis.ScenarioComparison comparison} of
 * scenarios by indicators and targets, in a tidy long {@link io.xinlu.analysis.IndicatorTable table} and a
 * {@link io.xinlu.analysis.WideTable wide view}; and {@link io.xinlu.analysis.InputOutputAnalysis input-output
 * analysis} of a profile's table: multipliers, {@link io.xinlu.analysis.IoLinkages linkages} and key sectors,
 * {@link io.xinlu.analysis.HypotheticalExtraction hypothetical extraction} and the
 * {@link io.xinlu.analysis.DemandImpact effect of a final-demand change}.
 */
@NullMarked
package io.xinlu.analysis;

import org.jspecify.annotations.NullMarked;
