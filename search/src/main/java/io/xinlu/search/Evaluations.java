package io.xinlu.search;

import io.xinlu.decision.Candidate;
import java.util.ArrayList;
import java.util.List;
import org.moeaframework.core.Solution;

/**
 * Evaluates an algorithm's solutions through a {@link BatchEvaluator} (the search's own {@link LocalEvaluator}, or
 * the caller's), checks each result and collects the evaluated candidates in the order the algorithm handed them
 * over, for the archive. Used by the driver thread only.
 */
final class Evaluations {
  private final ProblemAdapter adapter;
  private final BatchEvaluator evaluator;
  private final List<Candidate> evaluated = new ArrayList<>();

  Evaluations(ProblemAdapter adapter, BatchEvaluator evaluator) {
    this.adapter = adapter;
    this.evaluator = evaluator;
  }

  ProblemAdapter adapter() {
    return adapter;
  }

  void evaluate(Solution s) {
    evaluateAll(List.of(s));
  }

  /**
   * Evaluates the solutions as one batch; returns how many.
   *
   * @throws SearchException for the first candidate, in the algorithm's order, whose evaluation failed or is not
   *     acceptable
   * @throws IllegalStateException if the batch evaluator returned another number of results than candidates
   */
  int evaluateAll(Iterable<Solution> solutions) {
    List<Solution> list = new ArrayList<>();
    solutions.forEach(list::add);
    List<double[]> xs = new ArrayList<>(list.size());
    for (Solution s : list) {
      xs.add(adapter.decode(s));
    }
    List<double[]> handed = new ArrayList<>(xs.size());
    for (double[] x : xs) {
      handed.add(x.clone());
    }
    List<Evaluation> results = evaluator.evaluate(java.util.Collections.unmodifiableList(handed));
    if (results.size() != list.size()) {
      throw new IllegalStateException("the batch evaluator returned " + results.size() + " evaluations for "
          + list.size() + " candidates");
    }
    for (int i = 0; i < list.size(); i++) {
      Evaluation e = results.get(i);
      if (e == null) {
        throw new IllegalStateException("the batch evaluator returned no evaluation for candidate " + i + " of "
            + list.size());
      }
      adapter.apply(list.get(i), xs.get(i), e);
    }
    for (int i = 0; i < list.size(); i++) {
      Solution s = list.get(i);
      evaluated.add(Candidate.of(xs.get(i), s.getObjectives(),
          adapter.getNumberOfConstraints() > 0 ? s.getConstraints() : new double[0]));
    }
    return list.size();
  }

  /** The candidates evaluated since the last call, in order; forgets them. */
  List<Candidate> drain() {
    List<Candidate> out = new ArrayList<>(evaluated);
    evaluated.clear();
    return out;
  }
}
