/**
 * Input-output analysis of a city's base-year table.
 *
 * <ul>
 *   <li>{@link io.xinlu.analysis.inputoutput.InputOutputAnalysis}: the Leontief inverse, output and factor
 *       multipliers by {@link io.xinlu.analysis.inputoutput.IoFactor};
 *   <li>Rasmussen {@link io.xinlu.analysis.inputoutput.IoLinkages linkages} (one
 *       {@link io.xinlu.analysis.inputoutput.IoLinkage} per sector, forward linkage by a
 *       {@link io.xinlu.analysis.inputoutput.ForwardLinkageMeasure}) and key sectors by
 *       {@link io.xinlu.analysis.inputoutput.KeySectorClass};
 *   <li>the {@link io.xinlu.analysis.inputoutput.HypotheticalExtraction hypothetical extraction} of a sector and the
 *       {@link io.xinlu.analysis.inputoutput.DemandImpact effect of a change in final demand}.
 * </ul>
 *
 * <p>Every type is immutable and thread-safe. See {@code docs/analysis/INPUT-OUTPUT.md}.
 */
@NullMarked
package io.xinlu.analysis.inputoutput;

import org.jspecify.annotations.NullMarked;
