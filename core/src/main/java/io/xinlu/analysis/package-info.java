/**
 * Analysis of runs: {@link io.xinlu.analysis.ScenarioComparison comparison} of scenarios by indicators and
 * targets, in a tidy long {@link io.xinlu.analysis.IndicatorTable table} and a {@link io.xinlu.analysis.WideTable
 * wide view}.
 */
@NullMarked
package io.xinlu.analysis;

import org.jspecify.annotations.NullMarked;
