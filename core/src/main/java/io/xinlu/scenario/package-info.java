/**
 * Scenarios: a {@link io.xinlu.scenario.CityModel} holds a city profile, its strategies and the scenarios defined
 * on them; a {@link io.xinlu.scenario.Scenario} adopts strategies, overrides projects and states assumption paths
 * ({@link io.xinlu.scenario.YearPath}), inheriting from a parent LEAP-style; resolution flattens the inheritance
 * into a {@link io.xinlu.scenario.ResolvedScenario}.
 */
@NullMarked
@XinluStyle
package io.xinlu.scenario;

import io.xinlu.internal.XinluStyle;
import org.jspecify.annotations.NullMarked;
