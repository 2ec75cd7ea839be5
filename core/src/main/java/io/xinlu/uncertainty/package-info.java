/**
 * Uncertainty: designs, sensitivity and scenario discovery over ensembles of runs. Scenario discovery with
 * {@link io.xinlu.uncertainty.Prim PRIM} finds the combinations of uncertain parameters, as boxes
 * ({@link io.xinlu.uncertainty.PrimBox}), in which a case of interest (a target failed) is concentrated.
 */
@NullMarked
package io.xinlu.uncertainty;

import org.jspecify.annotations.NullMarked;
