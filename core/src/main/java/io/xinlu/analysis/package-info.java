/**
 * Analysis of runs: {@link io.xinlu.analysis.ScenarioComparison comparison} of scenarios by indicators and
 * targets, in a tidy long {@link io.xinlu.analysis.IndicatorTable table} and a {@link io.xinlu.analysis.WideTable
 * wide view}; logarithmic mean Divisia index decomposition ({@link io.xinlu.analysis.Lmdi LMDI}, additive and
 * multiplicative, LMDI-I and LMDI-II) of plain {@link io.xinlu.analysis.FactorValues factor values} and, through
 * {@link io.xinlu.analysis.RunDecomposition}, of a run's CO2, energy and employment between years or scenarios.
 */
@NullMarked
package io.xinlu.analysis;

import org.jspecify.annotations.NullMarked;
