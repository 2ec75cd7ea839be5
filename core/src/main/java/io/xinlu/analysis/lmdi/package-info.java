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
 *       identities} of a run's CO2, energy and employment, between years (directly or chained) or scenarios;
 *   <li>{@link io.xinlu.analysis.lmdi.KayaIdentity}: population, GDP per person, energy intensity and carbon
 *       intensity, from totals or from runs.
 * </ul>
 *
 * <p>Data may be held one row per factor ({@link io.xinlu.analysis.lmdi.FactorValues#of(String, java.util.List,
 * java.util.List, double[][]) FactorValues.of}), one row per sector as papers and LMDIR hold them
 * ({@link io.xinlu.analysis.lmdi.FactorValues#bySector(String, java.util.List, java.util.List, double[][])
 * bySector}), as a table of named columns ({@code fromColumns}) or as raw activity, energy and CO2 by sector
 * ({@code energyIdentity}, {@code co2Identity}). Every index is 0-based.
 *
 * <p>Every type is immutable and thread-safe. See {@code docs/analysis/LMDI.md}.
 */
@NullMarked
package io.xinlu.analysis.lmdi;

import org.jspecify.annotations.NullMarked;
