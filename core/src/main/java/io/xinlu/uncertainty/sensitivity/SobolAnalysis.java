package io.xinlu.uncertainty.sensitivity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Sobol' first-order and total sensitivity indices of one model output, estimated from the outputs of a
 * {@link SaltelliDesign}, with optional bootstrap confidence intervals.
 *
 * <p>With {@code f_A}, {@code f_B} and {@code f_ABi} the outputs at the rows of the blocks {@code A}, {@code B} and
 * {@code AB_i}, {@code j = 1 .. N} the base rows, and {@code V} the variance of the {@code 2N} outputs at {@code A}
 * and {@code B} together (divided by {@code 2N}):
 *
 * <ul>
 *   <li>first-order index {@code S_i = V_i / V}, with the estimator that Saltelli et al. (2010, <i>Computer Physics
 *       Communications</i> 181:259-270) recommend,
 *       {@code V_i = (1/N) sum_j (f_B,j - m) (f_ABi,j - f_A,j)}, where {@code m} is the mean of the outputs at
 *       {@code A} and {@code B} (see below);
 *   <li>total index {@code S_Ti = V_Ti / V}, with the estimator of Jansen (1999, <i>Computer Physics
 *       Communications</i> 117:35-43), which Saltelli et al. (2010) also recommend,
 *       {@code V_Ti = (1/(2N)) sum_j (f_A,j - f_ABi,j)^2}.
 * </ul>
 *
 * <p>Subtracting {@code m} from {@code f_B} departs from the printed estimator, which uses {@code f_B} itself; since
 * {@code f_ABi} and {@code f_A} have the same distribution, the subtraction changes the estimate's expectation only
 * by a term of order {@code 1/N}, and it makes the estimates, like the indices, unchanged when a constant is added to
 * the output. Without it the estimator's variance grows with the square of the output's mean, which swamps the
 * indices of outputs such as GDP whose spread is small beside their level.
 *
 * <p>Estimates carry sampling error of order {@code 1/sqrt(N)}: a first-order estimate may be slightly negative or a
 * total one slightly above 1. They are reported as estimated, not clipped. An output that is constant over {@code A}
 * and {@code B} has no variance to apportion: its indices and intervals are NaN and {@link #isDefined()} is false.
 *
 * <p>With a {@link Bootstrap}, each index gets a percentile confidence interval from resampling the base rows; the
 * interval is NaN if a resample makes the output constant (increase {@code N}).
 *
 * <pre>{@code
 * SaltelliDesign design = SaltelliDesign.random(List.of("a", "b", "c"), 8192, 42);
 * SobolAnalysis s = SobolAnalysis.of(design, design.evaluate(u -> model(u)), Bootstrap.of(1000, 7));
 * double sa = s.firstOrder("a");
 * ConfidenceInterval ci = s.totalInterval("a").orElseThrow();
 * }</pre>
 *
 * <p>For many outputs at once, such as an indicator in every year of a horizon, see {@link SobolIndexSeries}.
 *
 * <p>Immutable and thread-safe; accessors return copies.
 *
 * @since 0.1.0
 */
public final class SobolAnalysis {
  private static final String WHAT = "Sobol analysis";

  /**
   * The indices of one factor.
   *
   * <p>Immutable and thread-safe.
   *
   * @param factor the factor's name
   * @param firstOrder the first-order index {@code S_i}
   * @param total the total index {@code S_Ti}
   * @param firstOrderInterval the bootstrap confidence interval of {@code S_i}, if bootstrapped
   * @param totalInterval the bootstrap confidence interval of {@code S_Ti}, if bootstrapped
   * @since 0.1.0
   */
  public record Index(String factor, double firstOrder, double total,
      Optional<ConfidenceInterval> firstOrderInterval, Optional<ConfidenceInterval> totalInterval) {}

  private final ImmutableList<String> names;
  private final ImmutableMap<String, Integer> index;
  private final int n;
  private final double mean;
  private final double variance;
  private final double[] first;
  private final double[] total;
  private final Optional<Bootstrap> bootstrap;
  private final ConfidenceInterval[] firstIntervals; // empty without bootstrap
  private final ConfidenceInterval[] totalIntervals;

  private SobolAnalysis(SaltelliDesign design, double mean, double variance, double[] first, double[] total,
      Optional<Bootstrap> bootstrap, ConfidenceInterval[] firstIntervals, ConfidenceInterval[] totalIntervals) {
    this.names = design.names();
    this.index = SensitivitySupport.indexOf(names);
    this.n = design.baseSize();
    this.mean = mean;
    this.variance = variance;
    this.first = first;
    this.total = total;
    this.bootstrap = bootstrap;
    this.firstIntervals = firstIntervals;
    this.totalIntervals = totalIntervals;
  }

  /**
   * Estimates the indices without confidence intervals.
   *
   * @param design the design whose points were evaluated
   * @param outputs the model's outputs, {@code N(k + 2)} finite values in the design's layout
   * @throws IllegalArgumentException if the number of outputs is not {@code N(k + 2)} or an output is not finite;
   *     the message names the expected and actual sizes, or the row
   */
  public static SobolAnalysis of(SaltelliDesign design, double[] outputs) {
    checkOutputs(design, outputs, "");
    return analyze(design, outputs, Optional.empty());
  }

  /**
   * Estimates the indices and their bootstrap confidence intervals.
   *
   * @param design the design whose points were evaluated
   * @param outputs the model's outputs, {@code N(k + 2)} finite values in the design's layout
   * @param bootstrap the resampling
   * @throws IllegalArgumentException if the number of outputs is not {@code N(k + 2)} or an output is not finite
   */
  public static SobolAnalysis of(SaltelliDesign design, double[] outputs, Bootstrap bootstrap) {
    checkOutputs(design, outputs, "");
    return analyze(design, outputs, Optional.of(bootstrap));
  }

  static void checkOutputs(SaltelliDesign design, double[] outputs, String column) {
    checkArgument(outputs.length == design.size(),
        "%s: expected N(k + 2) = %s outputs (N = %s, k = %s), got %s", WHAT, design.size(), design.baseSize(),
        design.factorCount(), outputs.length);
    for (int r = 0; r < outputs.length; r++) {
      if (!Double.isFinite(outputs[r])) {
        throw new IllegalArgumentException(WHAT + ": the output at " + design.describeRow(r) + column + " is "
            + outputs[r] + "; every output must be finite");
      }
    }
  }

  /** Analyses checked outputs. */
  static SobolAnalysis analyze(SaltelliDesign design, double[] y, Optional<Bootstrap> bootstrap) {
    int n = design.baseSize();
    int k = design.factorCount();
    int[] weights = new int[n];
    Arrays.fill(weights, 1);
    double[] first = new double[k];
    double[] total = new double[k];
    double[] moments = new double[2];
    double[] vi = new double[k];
    double[] vti = new double[k];
    estimate(y, n, k, weights, first, total, moments, vi, vti);
    double mean = moments[0];
    double variance = moments[1];
    ConfidenceInterval[] fi = new ConfidenceInterval[0];
    ConfidenceInterval[] ti = new ConfidenceInterval[0];
    if (bootstrap.isPresent()) {
      Bootstrap b = bootstrap.get();
      int resamples = b.resamples();
      double[][] firstRep = new double[k][resamples];
      double[][] totalRep = new double[k][resamples];
      double[] f = new double[k];
      double[] t = new double[k];
      SplittableRandom random = new SplittableRandom(b.seed());
      for (int s = 0; s < resamples; s++) {
        // draw N base rows with replacement; weights[j] counts the draws of row j
        Arrays.fill(weights, 0);
        for (int j = 0; j < n; j++) {
          weights[random.nextInt(n)]++;
        }
        estimate(y, n, k, weights, f, t, moments, vi, vti);
        for (int i = 0; i < k; i++) {
          firstRep[i][s] = f[i];
          totalRep[i][s] = t[i];
        }
      }
      fi = new ConfidenceInterval[k];
      ti = new ConfidenceInterval[k];
      for (int i = 0; i < k; i++) {
        fi[i] = percentileInterval(firstRep[i], b.level());
        ti[i] = percentileInterval(totalRep[i], b.level());
      }
    }
    return new SobolAnalysis(design, mean, variance, first, total, bootstrap, fi, ti);
  }

  /**
   * The estimators on a sample of the base rows in which row {@code j} appears {@code weights[j]} times (all ones for
   * the sample itself; a bootstrap resample otherwise), {@code N} rows in all. Writes the indices into {@code first}
   * and {@code total} (NaN if the outputs at A and B are constant) and the mean and variance into {@code moments};
   * {@code vi} and {@code vti} are work arrays.
   */
  private static void estimate(double[] y, int n, int k, int[] weights, double[] first, double[] total,
      double[] moments, double[] vi, double[] vti) {
    double sum = 0;
    boolean constant = true;
    double y0 = y[firstDrawn(weights)];
    for (int j = 0; j < n; j++) {
      int w = weights[j];
      double ya = y[j];
      double yb = y[n + j];
      sum += w * (ya + yb);
      constant &= w == 0 || (ya == y0 && yb == y0);
    }
    double mean = sum / (2.0 * n);
    double ss = 0;
    Arrays.fill(vi, 0);
    Arrays.fill(vti, 0);
    for (int j = 0; j < n; j++) {
      double w = weights[j];
      double ya = y[j];
      double da = ya - mean;
      double db = y[n + j] - mean;
      ss += w * (da * da + db * db);
      double wdb = w * db;
      for (int i = 0, ab = 2 * n + j; i < k; i++, ab += n) {
        double d = y[ab] - ya;
        vi[i] += wdb * d;
        vti[i] += w * (d * d);
      }
    }
    double variance = constant ? 0 : ss / (2.0 * n);
    moments[0] = mean;
    moments[1] = variance;
    for (int i = 0; i < k; i++) {
      first[i] = variance == 0 ? Double.NaN : vi[i] / n / variance;
      total[i] = variance == 0 ? Double.NaN : vti[i] / (2.0 * n) / variance;
    }
  }

  private static int firstDrawn(int[] weights) {
    int j = 0;
    while (weights[j] == 0) {
      j++;
    }
    return j;
  }

  private static ConfidenceInterval percentileInterval(double[] replicates, double level) {
    if (SensitivitySupport.anyNaN(replicates)) {
      return new ConfidenceInterval(Double.NaN, Double.NaN, level);
    }
    double[] sorted = replicates.clone();
    Arrays.sort(sorted);
    return new ConfidenceInterval(SensitivitySupport.quantileOfSorted(sorted, (1 - level) / 2),
        SensitivitySupport.quantileOfSorted(sorted, (1 + level) / 2), level);
  }

  /** The factors' names, in the design's column order. */
  public ImmutableList<String> names() {
    return names;
  }

  /** The base sample size {@code N} of the design. */
  public int baseSize() {
    return n;
  }

  /** The mean of the outputs at {@code A} and {@code B}. */
  public double mean() {
    return mean;
  }

  /** The variance of the outputs at {@code A} and {@code B}, divided by {@code 2N}: the denominator of every index. */
  public double variance() {
    return variance;
  }

  /** Whether the output varies over {@code A} and {@code B}, so that the indices are defined (not NaN). */
  public boolean isDefined() {
    return variance > 0;
  }

  /**
   * The first-order index {@code S_i} of a factor.
   *
   * @throws IllegalArgumentException if there is no such factor; the message lists the factors
   */
  public double firstOrder(String factor) {
    return first[indexOf(factor)];
  }

  /**
   * The total index {@code S_Ti} of a factor.
   *
   * @throws IllegalArgumentException if there is no such factor
   */
  public double total(String factor) {
    return total[indexOf(factor)];
  }

  /** A copy of the first-order indices, in factor order. */
  public double[] firstOrder() {
    return first.clone();
  }

  /** A copy of the total indices, in factor order. */
  public double[] total() {
    return total.clone();
  }

  /**
   * The bootstrap confidence interval of a factor's first-order index; empty if the analysis was not bootstrapped.
   *
   * @throws IllegalArgumentException if there is no such factor
   */
  public Optional<ConfidenceInterval> firstOrderInterval(String factor) {
    int i = indexOf(factor);
    return firstIntervals.length == 0 ? Optional.empty() : Optional.of(firstIntervals[i]);
  }

  /**
   * The bootstrap confidence interval of a factor's total index; empty if the analysis was not bootstrapped.
   *
   * @throws IllegalArgumentException if there is no such factor
   */
  public Optional<ConfidenceInterval> totalInterval(String factor) {
    int i = indexOf(factor);
    return totalIntervals.length == 0 ? Optional.empty() : Optional.of(totalIntervals[i]);
  }

  /**
   * The indices of a factor.
   *
   * @throws IllegalArgumentException if there is no such factor
   */
  public Index index(String factor) {
    int i = indexOf(factor);
    return new Index(names.get(i), first[i], total[i], firstOrderInterval(factor), totalInterval(factor));
  }

  /** The indices of every factor, in factor order. */
  public ImmutableList<Index> indices() {
    ImmutableList.Builder<Index> b = ImmutableList.builderWithExpectedSize(names.size());
    for (String name : names) {
      b.add(index(name));
    }
    return b.build();
  }

  /** The bootstrap that gave the intervals, if any. */
  public Optional<Bootstrap> bootstrap() {
    return bootstrap;
  }

  private int indexOf(String factor) {
    return SensitivitySupport.index(WHAT, index, factor);
  }

  /**
   * Whether {@code o} is an analysis of the same factors with bit-identical estimates, intervals and bootstrap (NaN
   * equals NaN).
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof SobolAnalysis)) {
      return false;
    }
    SobolAnalysis s = (SobolAnalysis) o;
    return s.names.equals(names) && s.n == n && Double.compare(s.mean, mean) == 0
        && Double.compare(s.variance, variance) == 0 && Arrays.equals(s.first, first) && Arrays.equals(s.total, total)
        && s.bootstrap.equals(bootstrap) && Arrays.equals(s.firstIntervals, firstIntervals)
        && Arrays.equals(s.totalIntervals, totalIntervals);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * names.hashCode() + Arrays.hashCode(first)) + Arrays.hashCode(total);
  }

  /** A table of the indices, one factor a line, with intervals if bootstrapped. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SobolAnalysis{N=").append(n).append(", variance=").append(variance);
    bootstrap.ifPresent(b -> s.append(", ").append(b));
    s.append('}');
    for (Index i : indices()) {
      s.append('\n').append(String.format(Locale.ROOT, "  %s: S=%.4f", i.factor(),
          i.firstOrder()));
      i.firstOrderInterval().ifPresent(c -> s.append(String.format(Locale.ROOT, " [%.4f, %.4f]",
          c.lower(), c.upper())));
      s.append(String.format(Locale.ROOT, ", ST=%.4f", i.total()));
      i.totalInterval().ifPresent(c -> s.append(String.format(Locale.ROOT, " [%.4f, %.4f]",
          c.lower(), c.upper())));
    }
    return s.toString();
  }
}
