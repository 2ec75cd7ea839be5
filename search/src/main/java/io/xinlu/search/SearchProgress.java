package io.xinlu.search;

/**
 * One generation of a search: a row of its convergence history and what its {@link SearchListener} is told.
 *
 * <p>Immutable and thread-safe.
 *
 * @param generation the generation, from 1 (the initial population)
 * @param evaluations evaluations so far
 * @param hypervolume the hypervolume of the archive's feasible candidates against the search's reference point; 0
 *     while there is no feasible candidate (and so no derived reference point)
 * @param epsilonProgress the archive's epsilon progress so far (a count; see
 *     {@link io.xinlu.decision.EpsilonArchive})
 * @param archiveSize candidates in the archive
 * @param feasible whether the archive holds feasible candidates
 * @since 0.1.0
 */
public record SearchProgress(int generation, long evaluations, double hypervolume, long epsilonProgress,
    int archiveSize, boolean feasible) {}
