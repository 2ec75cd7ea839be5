/**
 * Analysis of runs.
 *
 * <p>Comparison: {@link io.xinlu.analysis.ScenarioComparison comparison} of scenarios by indicators and targets, in
 * a tidy long {@link io.xinlu.analysis.IndicatorTable table} and a {@link io.xinlu.analysis.WideTable wide view}.
 *
 * <p>Composite indices and multi-criteria ranking ({@code docs/analysis/COMPOSITE.md}): a
 * {@link io.xinlu.analysis.DecisionMatrix decision matrix} of alternatives (scenarios, years or scenario-years) by
 * criteria (indicators, each a {@link io.xinlu.analysis.CriterionType benefit or cost}),
 * {@link io.xinlu.analysis.Normalization normalization}, {@link io.xinlu.analysis.Weights weights} (given, equal,
 * entropy, CRITIC), a {@link io.xinlu.analysis.CompositeIndex weighted-sum index}, {@link io.xinlu.analysis.Topsis
 * TOPSIS}, {@link io.xinlu.analysis.Ranking rankings}, and {@link io.xinlu.analysis.WeightSensitivity weight
 * sensitivity}.
 */
@NullMarked
package io.xinlu.analysis;

import org.jspecify.annotations.NullMarked;
