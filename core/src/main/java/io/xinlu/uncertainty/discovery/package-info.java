/**
 * Uncertainty, scenario discovery: which combinations of uncertain parameters make a case of interest likely.
 *
 * <ul>
 *   <li>{@link io.xinlu.uncertainty.discovery.Prim}: the Patient Rule Induction Method (peeling, pasting,
 *       covering) over cases given as plain arrays;
 *   <li>{@link io.xinlu.uncertainty.discovery.PrimResult}: the peeling trajectory and the chosen
 *       {@link io.xinlu.uncertainty.discovery.PrimBox}, with the {@link io.xinlu.uncertainty.discovery.PrimRestriction
 *       restricted dimensions} and their significance.
 * </ul>
 *
 * <p>Nothing here knows the model: the cases are plain arrays of parameter values and labels, such as the points of
 * an ensemble's runs labelled by whether a target failed. Everything is immutable and thread-safe (the builder is
 * mutable), and the same input gives the same boxes. See {@code docs/DISCOVERY.md}.
 */
@NullMarked
package io.xinlu.uncertainty.discovery;

import org.jspecify.annotations.NullMarked;
