/**
 * Composite indices and multi-criteria ranking.
 *
 * <ul>
 *   <li>a {@link io.xinlu.analysis.mcda.DecisionMatrix decision matrix} of alternatives (scenarios, years or
 *       scenario-years) by criteria (indicators, each a {@link io.xinlu.analysis.mcda.CriterionType benefit or
 *       cost});
 *   <li>{@link io.xinlu.analysis.mcda.Normalization normalization} and {@link io.xinlu.analysis.mcda.Weights weights}
 *       (given, equal, entropy, CRITIC);
 *   <li>a {@link io.xinlu.analysis.mcda.CompositeIndex weighted-sum index} and {@link io.xinlu.analysis.mcda.Topsis
 *       TOPSIS}, each giving a {@link io.xinlu.analysis.mcda.Ranking}, and seeded
 *       {@link io.xinlu.analysis.mcda.WeightSensitivity weight sensitivity} of any
 *       {@link io.xinlu.analysis.mcda.Aggregation}.
 * </ul>
 *
 * <p>Every type is immutable and thread-safe unless it says it is a builder. See {@code docs/analysis/COMPOSITE.md}.
 */
@NullMarked
package io.xinlu.analysis.mcda;

import org.jspecify.annotations.NullMarked;
