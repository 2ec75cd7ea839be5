package io.xinlu.decision;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.primitives.ImmutableDoubleArray;

/**
 * One evaluated candidate of a {@link SearchProblem}: its decision variables, its objective values (all minimised)
 * and its constraint violations (0 where a constraint holds, else how far it is broken).
 *
 * <p>Immutable and thread-safe; equality compares every number bit for bit (as {@link Double#equals} does).
 *
 * @param x the decision variables, in the problem's order
 * @param objectives the objective values, minimised, none NaN
 * @param violations the constraint violations, each finite and at least 0; empty for an unconstrained problem
 * @since 0.1.0
 */
public record Candidate(ImmutableDoubleArray x, ImmutableDoubleArray objectives, ImmutableDoubleArray violations) {
  /**
   * Validates the candidate.
   *
   * @throws IllegalArgumentException if there is no objective, an objective is NaN, or a violation is negative or not
   *     finite
   */
  public Candidate {
    checkArgument(!objectives.isEmpty(), "a candidate needs at least one objective");
    for (int i = 0; i < objectives.length(); i++) {
      checkArgument(!Double.isNaN(objectives.get(i)), "objective %s of candidate %s is NaN", i, x);
    }
    for (int i = 0; i < violations.length(); i++) {
      double v = violations.get(i);
      checkArgument(Double.isFinite(v) && v >= 0,
          "violation %s of candidate %s must be a finite number >= 0, was %s", i, x, v);
    }
    x = x.trimmed();
    objectives = objectives.trimmed();
    violations = violations.trimmed();
  }

  /** A candidate from arrays, which it copies. */
  public static Candidate of(double[] x, double[] objectives, double[] violations) {
    return new Candidate(ImmutableDoubleArray.copyOf(x), ImmutableDoubleArray.copyOf(objectives),
        ImmutableDoubleArray.copyOf(violations));
  }

  /** The sum of the violations: 0 for a feasible candidate. */
  public double totalViolation() {
    double sum = 0;
    for (int i = 0; i < violations.length(); i++) {
      sum += violations.get(i);
    }
    return sum;
  }

  /** Whether every constraint holds (every violation is 0). */
  public boolean feasible() {
    for (int i = 0; i < violations.length(); i++) {
      if (violations.get(i) != 0) {
        return false;
      }
    }
    return true;
  }
}
