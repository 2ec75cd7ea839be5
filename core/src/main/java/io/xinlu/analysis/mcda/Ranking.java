package io.xinlu.analysis.mcda;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Alternatives ranked by a score, higher is better: the outcome of a {@link CompositeIndex}, a {@link Topsis} or
 * an {@link Aggregation}. Rank 1 is the best.
 *
 * <p><b>Ties.</b> Ranks are competition ranks ("1, 2, 2, 4"): an alternative's rank is 1 plus the number of
 * alternatives whose score is higher by more than {@value #TIE_TOLERANCE} times the largest absolute score (at
 * least 1). Scores that differ by rounding alone therefore tie.
 *
 * <p>Immutable and thread-safe; array accessors return copies.
 *
 * @since 0.1.0
 */
public final class Ranking {
  /** Relative difference under which two scores tie. */
  public static final double TIE_TOLERANCE = 1e-12;

  private final String method;
  private final ImmutableList<String> alternatives;
  private final double[] scores;
  private final int[] ranks;

  private Ranking(String method, ImmutableList<String> alternatives, double[] scores, int[] ranks) {
    this.method = method;
    this.alternatives = alternatives;
    this.scores = scores;
    this.ranks = ranks;
  }

  /**
   * Ranks alternatives by score, higher is better.
   *
   * @throws IllegalArgumentException if the counts differ, a name repeats or a score is not finite
   */
  public static Ranking of(String method, List<String> alternatives, double[] scores) {
    checkArgument(alternatives.size() == scores.length, "%s scores for %s alternatives %s", scores.length,
        alternatives.size(), alternatives);
    checkArgument(alternatives.stream().distinct().count() == alternatives.size(), "alternative names repeat: %s",
        alternatives);
    double scale = 1.0;
    for (int i = 0; i < scores.length; i++) {
      checkArgument(Double.isFinite(scores[i]), "the score of alternative '%s' is %s", alternatives.get(i),
          scores[i]);
      scale = Math.max(scale, Math.abs(scores[i]));
    }
    double tol = TIE_TOLERANCE * scale;
    int[] ranks = new int[scores.length];
    for (int i = 0; i < scores.length; i++) {
      int better = 0;
      for (double s : scores) {
        if (s > scores[i] + tol) {
          better++;
        }
      }
      ranks[i] = better + 1;
    }
    return new Ranking(method, ImmutableList.copyOf(alternatives), scores.clone(), ranks);
  }

  /** The method that gave the scores, such as {@code TOPSIS (vector)}. */
  public String method() {
    return method;
  }

  /** The alternatives, in the matrix's order. */
  public ImmutableList<String> alternatives() {
    return alternatives;
  }

  /** The scores, in the matrix's order. */
  public double[] scores() {
    return scores.clone();
  }

  /** The ranks, 1 = best, in the matrix's order. */
  public int[] ranks() {
    return ranks.clone();
  }

  /** The score of alternative {@code i}. */
  public double score(int i) {
    return scores[i];
  }

  /** The rank of alternative {@code i}. */
  public int rank(int i) {
    return ranks[i];
  }

  /**
   * The score of an alternative by name.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public double score(String alternative) {
    return scores[index(alternative)];
  }

  /**
   * The rank of an alternative by name.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public int rank(String alternative) {
    return ranks[index(alternative)];
  }

  /** The alternatives from best to worst (ties in the matrix's order). */
  public ImmutableList<String> ordered() {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < ranks.length; i++) {
      idx.add(i);
    }
    idx.sort(Comparator.comparingInt((Integer i) -> ranks[i]).thenComparingInt(i -> i));
    return idx.stream().map(alternatives::get).collect(ImmutableList.toImmutableList());
  }

  /** The best alternative (the first in the matrix's order among ties). */
  public String best() {
    return ordered().get(0);
  }

  private int index(String alternative) {
    int i = alternatives.indexOf(alternative);
    checkArgument(i >= 0, "no alternative '%s'; alternatives: %s", alternative, alternatives);
    return i;
  }

  /** Same method, alternatives and scores. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Ranking && ((Ranking) o).method.equals(method)
        && ((Ranking) o).alternatives.equals(alternatives)
        && Arrays.equals(((Ranking) o).scores, scores);
  }

  @Override
  public int hashCode() {
    return alternatives.hashCode() * 31 + Arrays.hashCode(scores);
  }

  /** An aligned table, best first: rank, alternative, score. */
  @Override
  public String toString() {
    List<List<String>> rows = new ArrayList<>();
    for (String a : ordered()) {
      int i = alternatives.indexOf(a);
      rows.add(List.of(Integer.toString(ranks[i]), a, String.format(Locale.ROOT, "%.6f", scores[i])));
    }
    return method + "\n" + table(List.of("rank", "alternative", "score"), rows);
  }

  /** An aligned text table: the first column left-aligned, the others right-aligned. */
  static String table(List<String> header, List<List<String>> rows) {
    int[] width = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      width[c] = header.get(c).length();
      for (List<String> row : rows) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    StringBuilder b = new StringBuilder();
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        String pad = " ".repeat(width[c] - cell.length());
        b.append(c == 0 ? cell + pad : "  " + pad + cell);
      }
      b.append('\n');
    }
    return b.toString();
  }
}
