/**
 * Many-objective search over any {@link io.xinlu.decision.SearchProblem}: {@link io.xinlu.search.Search} runs one of
 * MOEA Framework's {@link io.xinlu.search.Algorithm algorithms} behind a problem adapter, collects the candidates in
 * core's {@link io.xinlu.decision.EpsilonArchive}, reports hypervolume and epsilon progress per generation, stops on
 * evaluations, stalled progress or cancellation, and emits {@link io.xinlu.search.SearchCheckpoint checkpoints} that
 * resume bit for bit. The same seed gives the same Pareto set on any number of threads. See
 * {@code docs/DECISIONS.md}.
 *
 * <p>The only module that depends on MOEA Framework (LGPL-3.0, used unmodified as a separate jar).
 */
@NullMarked
package io.xinlu.search;

import org.jspecify.annotations.NullMarked;
