package io.xinlu.check;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.xinlu.check.StructuralDifference.Side;
import java.util.stream.Collectors;

/**
 * What a {@link VersionComparison} found between two versions of a model: the outputs that moved beyond the
 * tolerance, largest first, a summary per indicator, and what one version has and the other lacks.
 *
 * <pre>{@code
 * VersionDiff diff = VersionComparison.compare(model, model);
 * if (!diff.isEmpty()) {
 *   throw new AssertionError(diff.report(20));   // in a test: the differences, the 20 largest moves
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param tolerance the tolerance the outputs were judged by
 * @param scenarios the scenarios compared (those both versions define, or those chosen), in the old version's order
 * @param indicators the ids of the indicators compared (those both versions' runs can give), in order
 * @param points the design points, point 0 (the models as given) first
 * @param compared the number of outputs compared: scenarios x points x the years both runs have x indicators
 * @param moves the outputs that moved, in {@link OutputMove#LARGEST_FIRST} order (ties in the order scenario, point,
 *     indicator, year)
 * @param summaries one per indicator that moved, in the order of their largest moves
 * @param structure what one version has and the other lacks: scenarios, then indicators, then years
 * @since 0.1.0
 */
public record VersionDiff(ChangeTolerance tolerance, ImmutableList<String> scenarios, ImmutableList<String> indicators,
    ImmutableList<DesignPoint> points, long compared, ImmutableList<OutputMove> moves,
    ImmutableList<IndicatorMoves> summaries, ImmutableList<StructuralDifference> structure) {

  /** Checks that no field is null. */
  public VersionDiff {
    checkNotNull(tolerance, "the tolerance is null");
    checkNotNull(scenarios, "the scenarios are null");
    checkNotNull(indicators, "the indicators are null");
    checkNotNull(points, "the points are null");
    checkNotNull(moves, "the moves are null");
    checkNotNull(summaries, "the summaries are null");
    checkNotNull(structure, "the structural differences are null");
  }

  /** Whether the versions agree: no output moved and neither version has anything the other lacks. */
  public boolean isEmpty() {
    return moves.isEmpty() && structure.isEmpty();
  }

  /** The ids of the indicators that moved, in the order of {@link #summaries()}. */
  public ImmutableList<String> movedIndicators() {
    return summaries.stream().map(IndicatorMoves::indicator).collect(ImmutableList.toImmutableList());
  }

  /**
   * A report of a few lines: the verdict, each structural difference, each indicator that moved with its largest move,
   * and the largest moves.
   *
   * @param maxMoves how many of the largest moves to list, at least 0
   */
  public String report(int maxMoves) {
    StringBuilder b = new StringBuilder();
    b.append(isEmpty() ? "No differences: " : "Differences: ").append(moves.size()).append(" of ").append(compared)
        .append(" outputs moved (").append(scenarios.size()).append(" scenarios x ").append(points.size())
        .append(points.size() == 1 ? " point" : " points").append(" x ").append(indicators.size())
        .append(" indicators x years; moved when ").append(tolerance).append(")");
    long oldOnly = structure.stream().filter(d -> d.side() == Side.OLD_ONLY).count();
    if (!structure.isEmpty()) {
      b.append(", ").append(structure.size()).append(" structural (").append(oldOnly).append(" old only, ")
          .append(structure.size() - oldOnly).append(" new only)");
    }
    b.append('\n');
    for (StructuralDifference d : structure) {
      b.append("  ").append(d.message()).append('\n');
    }
    for (IndicatorMoves s : summaries) {
      b.append("  ").append(s).append('\n');
    }
    if (maxMoves > 0 && !moves.isEmpty()) {
      b.append("Largest moves:\n");
      b.append(moves.stream().limit(maxMoves).map(m -> "  " + m).collect(Collectors.joining("\n"))).append('\n');
    }
    return b.toString();
  }
}
