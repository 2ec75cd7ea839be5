package io.xinlu.uncertainty.sensitivity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Sobol' indices of many outputs of the same model runs, one {@link SobolAnalysis} per output column: an indicator in
 * every year of a horizon, or several indicators. Column {@code t} is analysed exactly as
 * {@link SobolAnalysis#of(SaltelliDesign, double[], Bootstrap) SobolAnalysis.of} would analyse it alone, with the same
 * bootstrap seed, so its estimates and intervals do not depend on the other columns.
 *
 * <pre>{@code
 * SaltelliDesign design = SaltelliDesign.random(List.of("growth", "efficiency"), 1024, 42);
 * // y[row][t]: the indicator in year firstYear + t, for each of the design's N(k + 2) runs
 * SobolIndexSeries s = SobolIndexSeries.of(design, y, Bootstrap.of(1000, 7));
 * double[] growthOverTime = s.total("growth");
 * }</pre>
 *
 * <p>A column whose outputs do not vary, such as the base year of a horizon, has NaN indices
 * ({@link SobolAnalysis#isDefined()} is false) rather than failing the whole series.
 *
 * <p>Immutable and thread-safe; accessors return copies.
 *
 * @since 0.1.0
 */
public final class SobolIndexSeries {
  private static final String WHAT = "Sobol index series";

  private final ImmutableList<String> names;
  private final ImmutableList<SobolAnalysis> columns;

  private SobolIndexSeries(ImmutableList<String> names, ImmutableList<SobolAnalysis> columns) {
    this.names = names;
    this.columns = columns;
  }

  /**
   * Estimates the indices of every output column, without confidence intervals.
   *
   * @param design the design whose points were evaluated
   * @param outputs {@code outputs[row][t]}: {@code N(k + 2)} rows in the design's layout, each with the same number
   *     of finite outputs, at least one
   * @throws IllegalArgumentException if the number of rows is not {@code N(k + 2)}, rows differ in length, or an
   *     output is not finite; the message names the row and column
   */
  public static SobolIndexSeries of(SaltelliDesign design, double[][] outputs) {
    return analyze(design, outputs, Optional.empty());
  }

  /**
   * Estimates the indices of every output column with bootstrap confidence intervals.
   *
   * @throws IllegalArgumentException as {@link #of(SaltelliDesign, double[][])}
   */
  public static SobolIndexSeries of(SaltelliDesign design, double[][] outputs, Bootstrap bootstrap) {
    return analyze(design, outputs, Optional.of(bootstrap));
  }

  private static SobolIndexSeries analyze(SaltelliDesign design, double[][] outputs, Optional<Bootstrap> bootstrap) {
    checkArgument(outputs.length == design.size(),
        "%s: expected N(k + 2) = %s rows of outputs (N = %s, k = %s), got %s", WHAT, design.size(),
        design.baseSize(), design.factorCount(), outputs.length);
    int t = outputs[0].length;
    checkArgument(t >= 1, "%s: rows have no output columns", WHAT);
    for (int r = 0; r < outputs.length; r++) {
      checkArgument(outputs[r].length == t, "%s: %s has %s outputs but row 0 has %s", WHAT, design.describeRow(r),
          outputs[r].length, t);
    }
    ImmutableList.Builder<SobolAnalysis> columns = ImmutableList.builderWithExpectedSize(t);
    double[] column = new double[outputs.length];
    for (int c = 0; c < t; c++) {
      for (int r = 0; r < outputs.length; r++) {
        column[r] = outputs[r][c];
      }
      SobolAnalysis.checkOutputs(design, column, ", column " + c);
      columns.add(SobolAnalysis.analyze(design, column, bootstrap));
    }
    return new SobolIndexSeries(design.names(), columns.build());
  }

  /** The factors' names, in the design's column order. */
  public ImmutableList<String> names() {
    return names;
  }

  /** The number of output columns. */
  public int size() {
    return columns.size();
  }

  /**
   * The analysis of output column {@code t}.
   *
   * @throws IndexOutOfBoundsException if {@code t} is not in {@code [0, size())}
   */
  public SobolAnalysis get(int t) {
    return columns.get(t);
  }

  /** The analyses of every column, in column order. */
  public ImmutableList<SobolAnalysis> analyses() {
    return columns;
  }

  /**
   * A factor's first-order index in every column.
   *
   * @throws IllegalArgumentException if there is no such factor; the message lists the factors
   */
  public double[] firstOrder(String factor) {
    double[] out = new double[size()];
    for (int t = 0; t < out.length; t++) {
      out[t] = columns.get(t).firstOrder(factor);
    }
    return out;
  }

  /**
   * A factor's total index in every column.
   *
   * @throws IllegalArgumentException if there is no such factor
   */
  public double[] total(String factor) {
    double[] out = new double[size()];
    for (int t = 0; t < out.length; t++) {
      out[t] = columns.get(t).total(factor);
    }
    return out;
  }

  @Override
  public String toString() {
    return "SobolIndexSeries{factors=" + names + ", columns=" + size() + "}";
  }
}
