package io.xinlu.search;

import com.google.common.collect.ImmutableList;
import io.xinlu.decision.Candidate;

/**
 * What a search found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param paretoSet when {@code feasible}, the epsilon archive's candidates (feasible, non-dominated, one per epsilon
 *     box); otherwise the candidates closest to feasibility, by increasing total violation, each with its violations,
 *     so that a caller can say "no feasible plan was found; the closest are ..."
 * @param feasible whether any feasible candidate was found
 * @param history one row per generation, in order (on a resumed search, from the first generation of the search
 *     it resumed)
 * @param evaluations evaluations done, over all runs of a resumed search
 * @param stopReason why it stopped
 * @param referencePoint the reference point of the hypervolumes in {@code history}; empty if none was given and no
 *     feasible candidate was found to derive one from
 * @param checkpoint the state at the end, to {@link Search.Builder#resume resume} from
 * @since 0.1.0
 */
public record SearchResult(ImmutableList<Candidate> paretoSet, boolean feasible, ImmutableList<SearchProgress> history,
    long evaluations, StopReason stopReason, com.google.common.primitives.ImmutableDoubleArray referencePoint,
    SearchCheckpoint checkpoint) {
  /** Whether the search was cancelled (and so the result is what it had found so far). */
  public boolean cancelled() {
    return stopReason == StopReason.CANCELLED;
  }

  /** The generations run, over all runs of a resumed search. */
  public int generations() {
    return history.size();
  }
}
