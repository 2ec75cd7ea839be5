/**
 * Policy: {@link io.xinlu.policy.Strategy strategies} carried out through {@link io.xinlu.policy.Project projects},
 * whose {@link io.xinlu.policy.Effect effects} act on sectors selected by id or tag
 * ({@link io.xinlu.policy.SectorSelector}) and phase in along a {@link io.xinlu.policy.Ramp ramp}.
 */
@NullMarked
@XinluStyle
package io.xinlu.policy;

import io.xinlu.internal.XinluStyle;
import org.jspecify.annotations.NullMarked;
