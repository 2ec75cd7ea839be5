package io.xinlu.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Thrown when scenario files are malformed or describe an invalid model. It lists <em>every</em> problem found, each
 * with its file, line, column and model path, sorted by file and position:
 * <pre>
 * 2 problems in scenario files:
 * plan.yaml:12:7 scenario 'green' &gt; strategy 'digtal': unknown strategy; known strategies: [digital]
 * plan.yaml:42:7 strategy 'industry' &gt; project 'btr-anode' &gt; start: 2019 is before the base year 2022
 * </pre>
 *
 * <p>It is an {@link IllegalArgumentException}: the files are the caller's input. Its list is immutable; like any
 * exception it may be read from any thread once thrown.
 *
 * @since 0.1.0
 */
public final class ScenarioFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<FileProblem> problems;
  private final int unlisted;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one; repeated ones are kept once, and they are sorted by file, line and
   *     column (ties keep their order)
   */
  public ScenarioFileException(List<FileProblem> problems) {
    this(sorted(problems), 0);
  }

  /** With the count of problems found but not listed, beyond the first {@link ReadLimits#PROBLEMS}. */
  ScenarioFileException(List<FileProblem> problems, int unlisted) {
    this(sorted(problems), unlisted);
  }

  private ScenarioFileException(ImmutableList<FileProblem> sorted, int unlisted) {
    super(render(sorted, unlisted));
    checkArgument(!sorted.isEmpty(), "a ScenarioFileException needs at least one problem");
    this.problems = sorted;
    this.unlisted = unlisted;
  }

  /**
   * The problems found, sorted by file, line and column: every one, or the first {@link ReadLimits#PROBLEMS} found
   * when there were more (see {@link #unlisted()}).
   */
  public ImmutableList<FileProblem> problems() {
    return problems;
  }

  /** How many more problems were found than {@link #problems()} lists; usually 0. */
  public int unlisted() {
    return unlisted;
  }

  private static ImmutableList<FileProblem> sorted(List<FileProblem> problems) {
    return new LinkedHashSet<>(problems).stream()
        .sorted(Comparator.comparing(FileProblem::file).thenComparingInt(FileProblem::line)
            .thenComparingInt(FileProblem::column))
        .collect(ImmutableList.toImmutableList());
  }

  private static String render(List<FileProblem> problems, int unlisted) {
    StringBuilder b = new StringBuilder();
    int all = problems.size() + unlisted;
    b.append(all).append(all == 1 ? " problem" : " problems").append(" in scenario files");
    b.append(unlisted == 0 ? ":" : "; the first " + problems.size() + " found are listed:");
    for (FileProblem p : problems) {
      b.append('\n').append(p);
    }
    if (unlisted > 0) {
      b.append('\n').append("and ").append(unlisted).append(unlisted == 1 ? " more problem" : " more problems")
          .append(", not listed");
    }
    return b.toString();
  }
}
