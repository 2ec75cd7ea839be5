package io.xinlu.analysis.regional;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The coupling coordination degree of two or more subsystems (economy, environment, society, ...) from their
 * comprehensive development indices {@code U_i} in [0, 1]: the coupling degree {@code C}, the comprehensive
 * (coordination) index {@code T}, the coupling coordination degree {@code D} and its {@link CoordinationGrade}.
 *
 * <pre>
 *   C = n [ prod U_i / (sum U_i)^n ]^(1/n)  =  [ prod U_i / ((1/n) sum U_i)^n ]^(1/n)
 *                                             (geometric mean / arithmetic mean of the U_i)
 *   C = 2 sqrt(U_1 U_2) / (U_1 + U_2)          for two subsystems
 *   T = sum a_i U_i,   a_i >= 0,  sum a_i = 1  (equal weights 1/n unless given)
 *   D = sqrt(C T)
 * </pre>
 *
 * <p>This is the standard ("traditional") form as Wang et al. (2021) state it after surveying the misuses in the
 * Chinese literature (missing coefficients, wrong exponents, which let {@code C} leave [0, 1]). By the inequality of
 * arithmetic and geometric means {@code C} lies in [0, 1], equal to 1 exactly when all {@code U_i} are equal, so
 * {@code C}, {@code T} and {@code D} all lie in [0, 1]; the results are clamped to [0, 1] against rounding. Wang et
 * al. also propose a modified coupling degree, which discriminates more between subsystems at different levels; it
 * is not implemented here (see {@code docs/analysis/REGIONAL.md}).
 *
 * <pre>{@code
 * CouplingCoordination cc = CouplingCoordination.of(0.101, 0.280);   // economy, environment; equal weights
 * cc.coupling();       // 0.8828
 * cc.development();    // 0.1905
 * cc.coordination();   // 0.4101
 * cc.grade();          // CoordinationGrade.VERGE_OF_DISORDER
 * CouplingCoordination w = CouplingCoordination.of(new double[] {0.4, 0.6, 0.5}, new double[] {0.5, 0.3, 0.2});
 * }</pre>
 *
 * <p><b>Bad input</b> throws {@link IllegalArgumentException} naming the index or weight at fault: fewer than two
 * subsystems, an index that is NaN or outside [0, 1], all indices 0 (then {@code C} is 0/0), weights of another
 * count than the indices, a weight that is NaN or negative, weights whose sum differs from 1 by more than
 * {@code 1e-9}.
 *
 * <p>Sources: Wang Shujia, Kong Wei, Ren Liang, Zhi Dandan, Dai Binting (2021). Research on misuses and modification
 * of coupling coordination degree model in China. Journal of Natural Resources 36(3), 793–810.
 * <a href="https://doi.org/10.31497/zrzyxb.20210319">doi:10.31497/zrzyxb.20210319</a>. The grades are those of
 * {@link CoordinationGrade}.
 *
 * <p>Immutable and thread-safe; equal when the indices and weights are.
 *
 * @since 0.1.0
 */
public final class CouplingCoordination {
  /** How far the weights' sum may be from 1. */
  public static final double WEIGHT_TOLERANCE = 1e-9;

  private final double[] indices;
  private final double[] weights;
  private final double coupling;
  private final double development;
  private final double coordination;

  private CouplingCoordination(double[] indices, double[] weights) {
    this.indices = indices;
    this.weights = weights;
    int n = indices.length;
    double sum = 0;
    double logSum = 0;
    boolean zero = false;
    for (double u : indices) {
      sum += u;
      if (u == 0) {
        zero = true;
      } else {
        logSum += Math.log(u);
      }
    }
    double geometricMean = zero ? 0 : n == 2 ? Math.sqrt(indices[0] * indices[1]) : Math.exp(logSum / n);
    this.coupling = clamp(geometricMean / (sum / n));
    double t = 0;
    for (int i = 0; i < n; i++) {
      t += weights[i] * indices[i];
    }
    this.development = clamp(t);
    this.coordination = clamp(Math.sqrt(coupling * development));
  }

  /**
   * The coupling coordination of subsystems with equal weights {@code 1/n}.
   *
   * @param indices the subsystems' development indices, at least two, each in [0, 1], not all 0
   * @throws IllegalArgumentException naming the index at fault
   */
  public static CouplingCoordination of(double... indices) {
    Objects.requireNonNull(indices, "indices");
    double[] w = new double[indices.length];
    Arrays.fill(w, 1.0 / Math.max(1, indices.length));
    return of(indices, w);
  }

  /**
   * The coupling coordination of subsystems with the given weights for {@code T}.
   *
   * @param indices the subsystems' development indices, at least two, each in [0, 1], not all 0
   * @param weights one weight per subsystem, each finite and not negative, summing to 1 within
   *     {@link #WEIGHT_TOLERANCE}
   * @throws IllegalArgumentException naming the index or weight at fault
   */
  public static CouplingCoordination of(double[] indices, double[] weights) {
    Objects.requireNonNull(indices, "indices");
    Objects.requireNonNull(weights, "weights");
    int n = indices.length;
    checkArgument(n >= 2, "coupling coordination needs at least two subsystems, but %s index%s given", n,
        n == 1 ? " was" : "es were");
    boolean allZero = true;
    for (int i = 0; i < n; i++) {
      double u = indices[i];
      checkArgument(u >= 0 && u <= 1, "index U[%s] = %s is outside [0, 1]; normalise the subsystem indices first",
          (Integer) i, (Double) u);
      allZero &= u == 0;
    }
    checkArgument(!allZero, "all %s indices are 0: the coupling degree is 0/0 and undefined", n);
    checkArgument(weights.length == n, "there are %s weights for %s subsystem indices; give one weight per index",
        weights.length, n);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double a = weights[i];
      checkArgument(Double.isFinite(a) && a >= 0, "weight a[%s] = %s; weights must be finite and not negative",
          (Integer) i, (Double) a);
      sum += a;
    }
    checkArgument(Math.abs(sum - 1) <= WEIGHT_TOLERANCE, "the weights %s sum to %s, not 1 (tolerance %s)",
        Arrays.toString(weights), sum, WEIGHT_TOLERANCE);
    return new CouplingCoordination(indices.clone(), weights.clone());
  }

  /**
   * The coupling coordination of every year of a series, with equal weights, in one call: {@code indices[t]} holds
   * the subsystems' indices in {@code years[t]} (one row per year, one column per subsystem, the way a table of
   * yearly indices is laid out).
   *
   * <pre>{@code
   * ImmutableSortedMap<Integer, CouplingCoordination> byYear = CouplingCoordination.series(
   *     new int[] {2011, 2012}, new double[][] {{0.101, 0.280}, {0.165, 0.406}});
   * byYear.get(2012).coordination();
   * }</pre>
   *
   * @param years the years, distinct, in any order
   * @param indices one row per year, each as {@link #of(double...)} takes it
   * @return the results by year, in increasing year order
   * @throws IllegalArgumentException if the counts differ, a year repeats, or a year's indices are invalid (the
   *     message starts with the year)
   * @since 0.1.0
   */
  public static ImmutableSortedMap<Integer, CouplingCoordination> series(int[] years, double[][] indices) {
    return series(years, indices, null);
  }

  /**
   * The coupling coordination of every year of a series with the same weights for {@code T} in every year; see
   * {@link #series(int[], double[][])} and {@link #of(double[], double[])}.
   *
   * @throws IllegalArgumentException as {@link #series(int[], double[][])}, or if the weights are invalid
   * @since 0.1.0
   */
  public static ImmutableSortedMap<Integer, CouplingCoordination> series(int[] years, double[][] indices,
      double @Nullable [] weights) {
    Objects.requireNonNull(years, "years");
    Objects.requireNonNull(indices, "indices");
    checkArgument(years.length == indices.length, "there are %s years for %s rows of indices; give one row per year",
        years.length, indices.length);
    checkArgument(years.length > 0, "the series is empty: give at least one year");
    ImmutableSortedMap.Builder<Integer, CouplingCoordination> b = ImmutableSortedMap.naturalOrder();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int t = 0; t < years.length; t++) {
      int year = years[t];
      checkArgument(seen.add(year), "year %s appears twice in the series", year);
      checkArgument(indices[t] != null, "year %s: no indices (null row)", year);
      try {
        b.put(year, weights == null ? of(indices[t]) : of(indices[t], weights));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("year " + year + ": " + e.getMessage(), e);
      }
    }
    return b.buildOrThrow();
  }

  /**
   * The coupling coordination of every year of a series given as a map from year to the subsystems' indices, with
   * equal weights; see {@link #series(int[], double[][])}.
   *
   * @since 0.1.0
   */
  public static ImmutableSortedMap<Integer, CouplingCoordination> series(Map<Integer, double[]> indicesByYear) {
    Objects.requireNonNull(indicesByYear, "indicesByYear");
    int[] years = new int[indicesByYear.size()];
    double[][] rows = new double[years.length][];
    int t = 0;
    for (Map.Entry<Integer, double[]> e : indicesByYear.entrySet()) {
      years[t] = e.getKey();
      rows[t] = e.getValue();
      t++;
    }
    return series(years, rows, null);
  }

  /** The number of subsystems. */
  public int size() {
    return indices.length;
  }

  /** The subsystems' development indices {@code U_i}. */
  public double[] indices() {
    return indices.clone();
  }

  /** The weights {@code a_i} of the comprehensive index. */
  public double[] weights() {
    return weights.clone();
  }

  /**
   * The coupling degree {@code C = n [prod U_i / (sum U_i)^n]^(1/n)} in [0, 1]: 1 when all subsystems are at the
   * same level, 0 when one of them is at 0.
   */
  public double coupling() {
    return coupling;
  }

  /** The comprehensive development (coordination) index {@code T = sum a_i U_i} in [0, 1]. */
  public double development() {
    return development;
  }

  /** The coupling coordination degree {@code D = sqrt(C T)} in [0, 1]. */
  public double coordination() {
    return coordination;
  }

  /** The grade of {@link #coordination()}. */
  public CoordinationGrade grade() {
    return CoordinationGrade.of(coordination);
  }

  private static double clamp(double x) {
    return Math.max(0, Math.min(1, x));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CouplingCoordination)) {
      return false;
    }
    CouplingCoordination c = (CouplingCoordination) o;
    return Arrays.equals(indices, c.indices) && Arrays.equals(weights, c.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(indices) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "CouplingCoordination{U=" + Arrays.toString(indices) + ", C=" + coupling + ", T=" + development + ", D="
        + coordination + ", " + grade().label() + "}";
  }
}
