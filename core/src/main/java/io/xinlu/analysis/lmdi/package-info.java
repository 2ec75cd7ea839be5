/**
 * Decomposition by the logarithmic mean Divisia index: which factors explain the change of an aggregate between two
 * periods or two scenarios.
 *
 * <ul>
 *   <li>{@link io.xinlu.analysis.lmdi.Lmdi}: additive and multiplicative, LMDI-I and LMDI-II
 *       ({@link io.xinlu.analysis.lmdi.LmdiForm}, {@link io.xinlu.analysis.lmdi.LmdiMethod}) of plain
 *       {@link io.xinlu.analysis.lmdi.FactorValues factor values}, giving an
 *       {@link io.xinlu.analysis.lmdi.LmdiResult};
 *   <li>{@link io.xinlu.analysis.lmdi.RunDecomposition}: the ready-made {@link io.xinlu.analysis.lmdi.LmdiIdentity
 *       identities} of a run's CO2, energy and employment, between years (directly or chained) or scenarios.
 * </ul>
 *
 * <p>Every type is immutable and thread-safe. See {@code docs/analysis/LMDI.md}.
 */
@NullMarked
package io.xinlu.analysis.lmdi;

import org.jspecify.annotations.NullMarked;
