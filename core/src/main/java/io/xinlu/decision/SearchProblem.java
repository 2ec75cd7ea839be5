package io.xinlu.decision;

import com.google.common.collect.ImmutableList;

/**
 * What a search algorithm optimises: decision variables in, objective values (all minimised) and constraint
 * violations out. A city's decision problem implements it, and so does any plain function (the test problems ZDT1
 * and DTLZ2 go through the same search as a city).
 *
 * <p>Implementations are immutable, thread-safe and deterministic: {@link #evaluate} may be called from many threads
 * at once, and the same {@code x} always gives the same numbers, bit for bit.
 *
 * @since 0.1.0
 */
public interface SearchProblem {
  /** The decision variables, in the order of {@code x}. */
  ImmutableList<Variable> variables();

  /**
   * The objectives' names, in the order {@link #evaluate} writes them. Every objective is minimised; a problem
   * with an objective to maximise writes its negation.
   */
  ImmutableList<String> objectives();

  /** The constraints' names, in the order {@link #evaluate} writes their violations; empty when there are none. */
  ImmutableList<String> constraints();

  /**
   * Evaluates one candidate.
   *
   * @param x one value per variable, each {@link Variable#accepts accepted} by its variable
   * @param objectives receives one value per objective, to be minimised
   * @param violations receives one value per constraint: 0 when the constraint holds, else how far it is broken
   *     (positive); a candidate is feasible when every violation is 0
   * @throws IllegalArgumentException if {@code x} has the wrong length or a value its variable does not accept
   */
  void evaluate(double[] x, double[] objectives, double[] violations);

  /**
   * A text that differs between two problems that may evaluate the same {@code x} differently, although their
   * variables, objectives and constraints have the same names (for a city, a digest of its model, scenario and
   * futures). A search's checkpoint records it and refuses to resume a problem whose identity differs. The default
   * is empty: only the names and ranges are compared.
   */
  default String identity() {
    return "";
  }
}
