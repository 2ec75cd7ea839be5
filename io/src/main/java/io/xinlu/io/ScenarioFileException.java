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
 */
public final class ScenarioFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<FileProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one; repeated ones are kept once, and they are sorted by file, line and
   *     column (ties keep their order)
   */
  public ScenarioFileException(List<FileProblem> problems) {
    this(sorted(problems));
  }

  private ScenarioFileException(ImmutableList<FileProblem> sorted) {
    super(render(sorted));
    checkArgument(!sorted.isEmpty(), "a ScenarioFileException needs at least one problem");
    this.problems = sorted;
  }

  /** Every problem found, sorted by file, line and column. */
  public ImmutableList<FileProblem> problems() {
    return problems;
  }

  private static ImmutableList<FileProblem> sorted(List<FileProblem> problems) {
    return new LinkedHashSet<>(problems).stream()
        .sorted(Comparator.comparing(FileProblem::file).thenComparingInt(FileProblem::line)
            .thenComparingInt(FileProblem::column))
        .collect(ImmutableList.toImmutableList());
  }

  private static String render(List<FileProblem> problems) {
    StringBuilder b = new StringBuilder();
    b.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in scenario files:");
    for (FileProblem p : problems) {
      b.append('\n').append(p);
    }
    return b.toString();
  }
}
