/**
 * Regional analysis.
 *
 * <ul>
 *   <li>{@link io.xinlu.analysis.regional.ShiftShare shift-share}: a regional change split per sector into national
 *       share, industry mix and regional shift ({@link io.xinlu.analysis.regional.ShiftShareResult});
 *   <li>the {@link io.xinlu.analysis.regional.CouplingCoordination coupling coordination degree} of two or more
 *       subsystems and its {@link io.xinlu.analysis.regional.CoordinationGrade grade}.
 * </ul>
 *
 * <p>Every type is immutable and thread-safe. See {@code docs/analysis/REGIONAL.md}.
 */
@NullMarked
package io.xinlu.analysis.regional;

import org.jspecify.annotations.NullMarked;
