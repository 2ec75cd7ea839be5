/**
 * A city as a search problem: {@link io.xinlu.decision.city.Decision levers} of a scenario (strategy intensities,
 * projects carried out or not, start years, scales), {@link io.xinlu.decision.city.Objective objectives} and
 * {@link io.xinlu.decision.city.Constraint constraints} over indicators and targets, and
 * {@link io.xinlu.decision.city.CityProblem}, the {@link io.xinlu.decision.SearchProblem} that evaluates a plan in a
 * reference future, over an ensemble of futures (robust), or searches for a plan's worst future. A plan found by
 * search is exported as a scenario by {@link io.xinlu.decision.city.Plan}.
 *
 * <p>This package lies above the model: it compiles and runs scenarios through
 * {@link io.xinlu.engine.Parameterization}. See {@code docs/DECISIONS.md}.
 *
 * <p>Everything here is immutable and thread-safe unless its documentation says it is a builder.
 */
@NullMarked
package io.xinlu.decision.city;

import org.jspecify.annotations.NullMarked;
