package io.xinlu.search;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.decision.SearchProblem;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of evaluating one candidate, as a {@link BatchEvaluator} returns it: its objective values and
 * constraint violations, or the reason its evaluation failed.
 *
 * <p>Immutable (it copies the arrays it is given and hands out copies), thread-safe and serialisable, so that it can
 * travel back from another machine.
 *
 * @since 0.1.0
 */
public final class Evaluation implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double[] objectives;
  private final double[] violations;
  private final @Nullable String failure;
  /** The problem's exception, kept on this machine only (it does not travel). */
  private final transient @Nullable Throwable cause;

  private Evaluation(double[] objectives, double[] violations, @Nullable String failure, @Nullable Throwable cause) {
    this.objectives = objectives;
    this.violations = violations;
    this.failure = failure;
    this.cause = cause;
  }

  /**
   * A successful evaluation: the values the problem wrote (every objective minimised; one violation per constraint,
   * 0 when it holds). The search checks them as it checks its own evaluations.
   */
  public static Evaluation of(double[] objectives, double[] violations) {
    return new Evaluation(objectives.clone(), violations.clone(), null, null);
  }

  /**
   * A failed evaluation. The search ends with a {@link SearchException} that names the candidate and says
   * {@code what}; for the local search's message, {@code what} is the problem's exception's {@code toString()}.
   *
   * @throws IllegalArgumentException if {@code what} is empty
   */
  public static Evaluation failed(String what) {
    checkArgument(!what.isEmpty(), "a failed evaluation needs a reason");
    return new Evaluation(new double[0], new double[0], what, null);
  }

  /**
   * Evaluates {@code x} with the problem as the search would: the problem's numbers, or, if it throws, a failure
   * holding its exception's {@code toString()} (the exception itself is kept as the cause of the search's
   * {@link SearchException} when the evaluation does not leave this machine). Thread-safe as far as the problem is.
   */
  public static Evaluation of(SearchProblem problem, double[] x) {
    double[] f = new double[problem.objectives().size()];
    double[] g = new double[problem.constraints().size()];
    try {
      problem.evaluate(x, f, g);
    } catch (RuntimeException e) {
      return new Evaluation(new double[0], new double[0], e.toString(), e);
    }
    return new Evaluation(f, g, null, null);
  }

  /** The objective values (a copy); empty if the evaluation failed. */
  public double[] objectives() {
    return objectives.clone();
  }

  /** The constraint violations (a copy); empty if the evaluation failed or there are no constraints. */
  public double[] violations() {
    return violations.clone();
  }

  /** Why the evaluation failed, or {@code null} if it did not. */
  public @Nullable String failure() {
    return failure;
  }

  /** The problem's exception, when this failure was made on this machine by {@link #of(SearchProblem, double[])}. */
  @Nullable Throwable cause() {
    return cause;
  }

  double[] objectivesShared() {
    return objectives;
  }

  double[] violationsShared() {
    return violations;
  }

  /** Equal when the same numbers, bit for bit, and the same failure. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Evaluation e && Arrays.equals(objectives, e.objectives) && Arrays.equals(violations,
        e.violations) && Objects.equals(failure, e.failure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(objectives), Arrays.hashCode(violations), failure);
  }

  @Override
  public String toString() {
    return failure != null ? "Evaluation[failed: " + failure + "]"
        : "Evaluation[objectives=" + Arrays.toString(objectives) + ", violations=" + Arrays.toString(violations) + "]";
  }
}
