/**
 * Decisions: the search for what a city should do. Levers as decision variables, objectives and constraints over a
 * scenario's indicators, robustness over an ensemble of futures, Pareto sets, archives and convergence measures.
 *
 * <p>The contract between a problem and a search algorithm is {@link io.xinlu.decision.SearchProblem}: a vector of
 * {@link io.xinlu.decision.Variable variables} in, minimised objective values and non-negative constraint violations
 * out. The algorithms themselves live in the {@code xinlu-search} module, behind that contract; nothing here depends
 * on an optimisation library. See {@code docs/DECISIONS.md}.
 *
 * <p>Everything here is immutable and thread-safe unless its documentation says it is a builder or an accumulator.
 */
@NullMarked
package io.xinlu.decision;

import org.jspecify.annotations.NullMarked;
