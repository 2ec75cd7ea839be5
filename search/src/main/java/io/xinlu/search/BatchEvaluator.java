package io.xinlu.search;

import java.util.List;

/**
 * Evaluates one generation's candidates at once, wherever it likes (on a cluster, say), in place of the search's own
 * evaluation on its threads or executor ({@link Search.Builder#batchEvaluator}).
 *
 * <p>The search hands over the decoded decision variables of a generation's candidates in the order the algorithm
 * made them and takes the results back in that order; it checks them exactly as it checks its own evaluations (a
 * NaN objective, or a violation that is negative, NaN or infinite, ends the search with a {@link SearchException}
 * naming the candidate). So a batch evaluator whose numbers are the problem's own, bit for bit, gives the same
 * {@link SearchResult} and the same checkpoints as the local search, bit for bit. A steady-state algorithm
 * (epsilon-MOEA) hands over batches of one.
 *
 * <p>Implementations are called from the thread that runs the search, one batch at a time; they need not be
 * thread-safe unless shared between searches that run at once.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface BatchEvaluator {
  /**
   * Evaluates the candidates.
   *
   * @param xs the candidates' variables, one array per candidate in the algorithm's order; the arrays belong to the
   *     search and must not be changed
   * @return one {@link Evaluation} per candidate, in the order of {@code xs}
   */
  List<Evaluation> evaluate(List<double[]> xs);
}
