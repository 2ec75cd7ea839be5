package io.xinlu;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when a profile, a model or a scenario is invalid. It lists <em>every</em> problem found, each with its
 * path, so that one attempt shows all that must be fixed.
 *
 * <p>Its message has one line per problem:
 * <pre>
 * 2 problems in model 'yangquan':
 *   - scenario 'green' &gt; strategy 'digital' &gt; project '5g-mines' &gt; effect 2: unknown sector 'coal-mine'
 *   - profile 'yangquan' &gt; sector 'coal' &gt; value added: NaN is not a number
 * </pre>
 *
 * <p>Its list of problems is immutable; like any exception it may be read from any thread once thrown.
 *
 * @since 0.1.0
 */
public final class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String subject;
  private final ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param subject what was being validated, such as {@code profile 'yangquan'}
   * @param problems the problems found, at least one
   */
  public InvalidModelException(String subject, Iterable<Problem> problems) {
    super(render(subject, ImmutableList.copyOf(problems)));
    this.subject = subject;
    this.problems = ImmutableList.copyOf(problems);
    checkArgument(!this.problems.isEmpty(), "an InvalidModelException needs at least one problem");
  }

  /** What was being validated, such as {@code profile 'yangquan'}. */
  public String subject() {
    return subject;
  }

  /** Every problem found, in the order found. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String render(String subject, ImmutableList<Problem> problems) {
    StringBuilder b = new StringBuilder();
    b.append(problems.size()).append(problems.size() == 1 ? " problem in " : " problems in ").append(subject).append(':');
    for (Problem p : problems) {
      b.append("\n  - ").append(p);
    }
    return b.toString();
  }
}
