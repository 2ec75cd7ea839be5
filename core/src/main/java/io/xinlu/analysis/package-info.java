/**
 * Analysis of runs and of the base-year economy, each method usable on a {@link io.xinlu.engine.Run} and on plain
 * arrays, each reproducing a published worked example in its tests (see {@code docs/analysis/}):
 *
 * <ul>
 *   <li>{@link io.xinlu.analysis.ScenarioComparison comparison} of scenarios by indicators and targets, in a tidy
 *       long {@link io.xinlu.analysis.IndicatorTable table} and a {@link io.xinlu.analysis.WideTable wide view};
 *   <li>decomposition: the logarithmic mean Divisia index ({@link io.xinlu.analysis.Lmdi LMDI}, additive and
 *       multiplicative, LMDI-I and LMDI-II) of plain {@link io.xinlu.analysis.FactorValues factor values} and,
 *       through {@link io.xinlu.analysis.RunDecomposition}, of a run's CO2, energy and employment between years or
 *       scenarios;
 *   <li>{@link io.xinlu.analysis.InputOutputAnalysis input-output analysis} of a profile's table: multipliers,
 *       {@link io.xinlu.analysis.IoLinkages linkages} and key sectors, {@link io.xinlu.analysis.HypotheticalExtraction
 *       hypothetical extraction} and the {@link io.xinlu.analysis.DemandImpact effect of a final-demand change};
 *   <li>composite indices and multi-criteria ranking: a {@link io.xinlu.analysis.DecisionMatrix decision matrix}
 *       of alternatives (scenarios, years or scenario-years) by criteria (indicators, each a
 *       {@link io.xinlu.analysis.CriterionType benefit or cost}), {@link io.xinlu.analysis.Normalization
 *       normalization}, {@link io.xinlu.analysis.Weights weights} (given, equal, entropy, CRITIC), a
 *       {@link io.xinlu.analysis.CompositeIndex weighted-sum index}, {@link io.xinlu.analysis.Topsis TOPSIS},
 *       {@link io.xinlu.analysis.Ranking rankings} and {@link io.xinlu.analysis.WeightSensitivity weight
 *       sensitivity};
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
