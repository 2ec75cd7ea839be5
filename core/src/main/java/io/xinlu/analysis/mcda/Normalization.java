package io.xinlu.analysis.mcda;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How the criteria of a {@link DecisionMatrix} are brought to comparable, unit-free scales before they are weighted
 * and aggregated. Every method returns <em>oriented</em> values: higher is better on every criterion, so a cost
 * criterion is turned around. For criterion {@code j} with values {@code x_1j .. x_mj} over {@code m} alternatives:
 *
 * <table>
 * <caption>Normalizations</caption>
 * <tr><th>method</th><th>benefit</th><th>cost</th><th>range</th></tr>
 * <tr><td>{@link #minMax()}, {@link #minMax(double) minMax(offset)}</td>
 *     <td>{@code (x - min) / (max - min) + offset}</td><td>{@code (max - x) / (max - min) + offset}</td>
 *     <td>{@code [offset, 1 + offset]}</td></tr>
 * <tr><td>{@link #zScore()}</td><td>{@code (x - mean) / s}</td><td>{@code (mean - x) / s}</td>
 *     <td>mean 0, sample standard deviation {@code s} (divisor {@code m - 1}) 1</td></tr>
 * <tr><td>{@link #vector()}</td><td>{@code x / sqrt(sum x^2)}</td><td>{@code 1 - x / sqrt(sum x^2)}</td>
 *     <td>{@code [0, 1]}; needs {@code x >= 0}</td></tr>
 * <tr><td>{@link #linearMax()}</td><td>{@code x / max}</td><td>{@code min / x}</td>
 *     <td>{@code [0, 1]}; needs {@code x >= 0}, and {@code x > 0} for a cost</td></tr>
 * </table>
 *
 * <p>Degenerate criteria get a documented value shared by every alternative, so they do not change any ranking:
 * a criterion with zero range ({@code max == min}) gives every alternative {@code 0.5 + offset} under min-max (the
 * middle of the range) and 0 under z-score; a criterion that is 0 for every alternative gives 0 (benefit) or 1
 * (cost) under vector and linear-max normalization. Negative values fail under vector and linear-max normalization,
 * and a cost value of 0 under linear-max, with an {@link IllegalArgumentException} naming the criterion and the
 * alternative.
 *
 * <p>Every method is invariant to multiplying a criterion by a positive constant; min-max and z-score also to
 * adding a constant.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Normalization {
  /**
   * The normalization methods. Immutable and thread-safe.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** Min-max (linear scale to [0, 1]), with an optional offset. */
    MIN_MAX,
    /** Standard score: deviation from the mean in sample standard deviations. */
    Z_SCORE,
    /** Vector (Euclidean) normalization, as in Hwang and Yoon's TOPSIS. */
    VECTOR,
    /** Linear normalization by the maximum (benefit) or the minimum (cost). */
    LINEAR_MAX
  }

  private static final Normalization MIN_MAX = new Normalization(Kind.MIN_MAX, 0.0);
  private static final Normalization Z_SCORE = new Normalization(Kind.Z_SCORE, 0.0);
  private static final Normalization VECTOR = new Normalization(Kind.VECTOR, 0.0);
  private static final Normalization LINEAR_MAX = new Normalization(Kind.LINEAR_MAX, 0.0);

  private final Kind kind;
  private final double offset;

  private Normalization(Kind kind, double offset) {
    this.kind = kind;
    this.offset = offset;
  }

  /** Min-max normalization to [0, 1]. */
  public static Normalization minMax() {
    return MIN_MAX;
  }

  /**
   * Min-max normalization shifted by a small offset, to {@code [offset, 1 + offset]}: every value is then positive,
   * as the entropy method's logarithms want (an offset of 0.01 or 0.0001 is usual).
   *
   * @throws IllegalArgumentException if the offset is negative, NaN or infinite
   */
  public static Normalization minMax(double offset) {
    checkArgument(offset >= 0 && Double.isFinite(offset), "a min-max offset must be finite and >= 0, got %s",
        offset);
    return offset == 0 ? MIN_MAX : new Normalization(Kind.MIN_MAX, offset);
  }

  /** Z-score standardisation with the sample standard deviation. */
  public static Normalization zScore() {
    return Z_SCORE;
  }

  /** Vector normalization: each value over the Euclidean norm of its criterion. */
  public static Normalization vector() {
    return VECTOR;
  }

  /** Linear normalization: {@code x / max} for a benefit, {@code min / x} for a cost. */
  public static Normalization linearMax() {
    return LINEAR_MAX;
  }

  /** The method. */
  public Kind kind() {
    return kind;
  }

  /** The min-max offset; 0 for other methods. */
  public double offset() {
    return offset;
  }

  /**
   * The oriented normalized values, by alternative then criterion: a new array.
   *
   * @throws IllegalArgumentException listing every value the method cannot take (negative values for vector and
   *     linear-max, a cost value of 0 for linear-max), each with its criterion and alternative
   */
  public double[][] apply(DecisionMatrix matrix) {
    double[][] x = matrix.raw();
    int m = matrix.alternativeCount();
    int n = matrix.criterionCount();
    double[][] r = new double[m][n];
    List<String> problems = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      boolean benefit = matrix.type(j) == CriterionType.BENEFIT;
      switch (kind) {
        case MIN_MAX:
          minMax(x, r, j, benefit);
          break;
        case Z_SCORE:
          zScore(x, r, j, benefit);
          break;
        case VECTOR:
          if (nonNegative(matrix, j, problems)) {
            vector(x, r, j, benefit);
          }
          break;
        case LINEAR_MAX:
          if (nonNegative(matrix, j, problems) && (benefit || positive(matrix, j, problems))) {
            linearMax(x, r, j, benefit);
          }
          break;
        default:
          throw new AssertionError(kind);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(this + " cannot normalize: " + String.join("; ", problems));
    }
    return r;
  }

  private void minMax(double[][] x, double[][] r, int j, boolean benefit) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : x) {
      min = Math.min(min, row[j]);
      max = Math.max(max, row[j]);
    }
    double range = max - min;
    for (int i = 0; i < x.length; i++) {
      double v = range == 0 ? 0.5 : benefit ? (x[i][j] - min) / range : (max - x[i][j]) / range;
      r[i][j] = v + offset;
    }
  }

  private static void zScore(double[][] x, double[][] r, int j, boolean benefit) {
    int m = x.length;
    double mean = 0;
    for (double[] row : x) {
      mean += row[j];
    }
    mean /= m;
    double ss = 0;
    for (double[] row : x) {
      double d = row[j] - mean;
      ss += d * d;
    }
    double sd = Math.sqrt(ss / (m - 1));
    for (int i = 0; i < m; i++) {
      double z = sd == 0 ? 0.0 : (x[i][j] - mean) / sd;
      r[i][j] = benefit ? z : -z;
    }
  }

  private static void vector(double[][] x, double[][] r, int j, boolean benefit) {
    double ss = 0;
    for (double[] row : x) {
      ss += row[j] * row[j];
    }
    double norm = Math.sqrt(ss);
    for (int i = 0; i < x.length; i++) {
      double v = norm == 0 ? 0.0 : x[i][j] / norm;
      r[i][j] = benefit ? v : 1.0 - v;
    }
  }

  private static void linearMax(double[][] x, double[][] r, int j, boolean benefit) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : x) {
      min = Math.min(min, row[j]);
      max = Math.max(max, row[j]);
    }
    for (int i = 0; i < x.length; i++) {
      r[i][j] = benefit ? (max == 0 ? 0.0 : x[i][j] / max) : min / x[i][j];
    }
  }

  private boolean nonNegative(DecisionMatrix matrix, int j, List<String> problems) {
    boolean ok = true;
    for (int i = 0; i < matrix.alternativeCount(); i++) {
      if (matrix.raw()[i][j] < 0) {
        problems.add("criterion '" + matrix.criteria().get(j) + "' is " + matrix.raw()[i][j] + " for alternative '"
            + matrix.alternatives().get(i) + "', but " + kindName() + " normalization needs values >= 0");
        ok = false;
      }
    }
    return ok;
  }

  private boolean positive(DecisionMatrix matrix, int j, List<String> problems) {
    boolean ok = true;
    for (int i = 0; i < matrix.alternativeCount(); i++) {
      if (matrix.raw()[i][j] == 0) {
        problems.add("cost criterion '" + matrix.criteria().get(j) + "' is 0 for alternative '"
            + matrix.alternatives().get(i) + "', but linear-max normalization divides by it (min / x)");
        ok = false;
      }
    }
    return ok;
  }

  private String kindName() {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Normalization && ((Normalization) o).kind == kind
        && Double.compare(((Normalization) o).offset, offset) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + Double.hashCode(offset);
  }

  /** Such as {@code min-max}, {@code min-max (offset 0.01)}, {@code z-score}, {@code vector}, {@code linear-max}. */
  @Override
  public String toString() {
    return kindName() + (offset == 0 ? "" : " (offset " + offset + ")");
  }
}
