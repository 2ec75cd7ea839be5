package io.xinlu.uncertainty.sensitivity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * One-at-a-time ranges for a tornado chart: the output with each factor in turn at its low and at its high value and
 * every other factor at its base value, the factors sorted by the swing of the output.
 *
 * <p>The {@code 2k + 1} model runs are, in order, {@link #points(double[], double[], double[]) points}: the base
 * point, then for each factor {@code i} the base point with factor {@code i} at its low value and at its high value
 * (rows {@code 1 + 2i} and {@code 2 + 2i}). A factor's swing is the range of the output over its three runs (low, base
 * and high): for an output monotone in the factor, {@code |f(high) - f(low)|}; for a non-monotone one, the range
 * includes the base run so that a peak between the ends is not missed.
 *
 * <p>One-at-a-time ranges explore only lines through the base point: they miss interactions and depend on the base
 * (Saltelli and Annoni 2010, <i>Environmental Modelling &amp; Software</i> 25:1508-1517). Use them to communicate,
 * and {@link MorrisAnalysis} or {@link SobolAnalysis} to analyse.
 *
 * <pre>{@code
 * Tornado t = Tornado.compute(List.of("growth", "coal-price"),
 *     new double[] {0.05, 600}, new double[] {0.03, 400}, new double[] {0.07, 900}, x -> model(x));
 * for (Tornado.Bar bar : t.bars()) {
 *   out.println(bar.factor() + " " + bar.swing());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Tornado {
  private static final String WHAT = "tornado";

  /**
   * One factor's bar.
   *
   * <p>Immutable and thread-safe.
   *
   * @param factor the factor's name
   * @param base the factor's base value
   * @param low its low value
   * @param high its high value
   * @param outputAtLow the output with the factor at its low value and the others at base
   * @param outputAtHigh the output with the factor at its high value and the others at base
   * @param swing the range of {@code outputAtLow}, the base output and {@code outputAtHigh}
   * @since 0.1.0
   */
  public record Bar(String factor, double base, double low, double high, double outputAtLow, double outputAtHigh,
      double swing) {}

  private final ImmutableList<String> names;
  private final ImmutableMap<String, Integer> index;
  private final double baseOutput;
  private final ImmutableList<Bar> byFactor;
  private final ImmutableList<Bar> bars;

  private Tornado(ImmutableList<String> names, double baseOutput, ImmutableList<Bar> byFactor) {
    this.names = names;
    this.index = SensitivitySupport.indexOf(names);
    this.baseOutput = baseOutput;
    this.byFactor = byFactor;
    Bar[] sorted = byFactor.toArray(new Bar[0]);
    Arrays.sort(sorted, Comparator.comparingDouble(Bar::swing).reversed());
    this.bars = ImmutableList.copyOf(sorted);
  }

  /**
   * The {@code 2k + 1} points to run: the base point, then each factor at its low and its high value with the others
   * at base.
   *
   * @throws IllegalArgumentException if the arrays are empty or differ in length, a value is not finite, a low
   *     value is not below its high value, or a base value lies outside its range
   */
  public static double[][] points(double[] base, double[] low, double[] high) {
    checkRanges(SensitivitySupport.defaultNames(WHAT, base.length), base, low, high);
    int k = base.length;
    double[][] out = new double[2 * k + 1][];
    out[0] = base.clone();
    for (int i = 0; i < k; i++) {
      out[1 + 2 * i] = base.clone();
      out[1 + 2 * i][i] = low[i];
      out[2 + 2 * i] = base.clone();
      out[2 + 2 * i][i] = high[i];
    }
    return out;
  }

  /**
   * Runs the model at the {@link #points points} and returns the tornado. The model receives a fresh copy of each
   * point and runs on this thread.
   *
   * @throws IllegalArgumentException as {@link #of}, or if the model returns a non-finite output
   */
  public static Tornado compute(List<String> names, double[] base, double[] low, double[] high,
      ToDoubleFunction<double[]> model) {
    ImmutableList<String> ns = SensitivitySupport.factorNames(WHAT, names);
    checkRanges(ns, base, low, high);
    double[][] points = points(base, low, high);
    double[] y = new double[points.length];
    for (int row = 0; row < y.length; row++) {
      y[row] = model.applyAsDouble(points[row]);
    }
    return of(ns, base, low, high, y);
  }

  /**
   * Returns the tornado of outputs computed elsewhere, for example in parallel.
   *
   * @param names the factors' names
   * @param base the factors' base values
   * @param low their low values
   * @param high their high values
   * @param outputs the {@code 2k + 1} outputs at the {@link #points points}, in order
   * @throws IllegalArgumentException if there are no factors, names repeat, the arrays differ in length, a value or
   *     output is not finite, a low value is not below its high value, a base value lies outside its range, or the
   *     number of outputs is not {@code 2k + 1}; the message names the factor or row
   */
  public static Tornado of(List<String> names, double[] base, double[] low, double[] high, double[] outputs) {
    ImmutableList<String> ns = SensitivitySupport.factorNames(WHAT, names);
    checkRanges(ns, base, low, high);
    int k = ns.size();
    checkArgument(outputs.length == 2 * k + 1, "%s: expected 2k + 1 = %s outputs (k = %s), got %s", WHAT, 2 * k + 1,
        k, outputs.length);
    for (int row = 0; row < outputs.length; row++) {
      if (!Double.isFinite(outputs[row])) {
        String which = row == 0 ? "the base point" : (row % 2 == 1 ? "the low value of '" : "the high value of '")
            + ns.get((row - 1) / 2) + "'";
        throw new IllegalArgumentException(WHAT + ": the output at row " + row + " (" + which + ") is " + outputs[row]
            + "; every output must be finite");
      }
    }
    double y0 = outputs[0];
    ImmutableList.Builder<Bar> bars = ImmutableList.builderWithExpectedSize(k);
    for (int i = 0; i < k; i++) {
      double yl = outputs[1 + 2 * i];
      double yh = outputs[2 + 2 * i];
      double swing = Math.max(y0, Math.max(yl, yh)) - Math.min(y0, Math.min(yl, yh));
      bars.add(new Bar(ns.get(i), base[i], low[i], high[i], yl, yh, swing));
    }
    return new Tornado(ns, y0, bars.build());
  }

  private static void checkRanges(List<String> names, double[] base, double[] low, double[] high) {
    int k = names.size();
    checkArgument(base.length == k && low.length == k && high.length == k,
        "%s: %s factors but %s base, %s low and %s high values", WHAT, k, base.length, low.length, high.length);
    for (int i = 0; i < k; i++) {
      String f = names.get(i);
      checkArgument(Double.isFinite(base[i]) && Double.isFinite(low[i]) && Double.isFinite(high[i]),
          "%s: factor '%s' has a value that is not finite: low %s, base %s, high %s", WHAT, f, low[i], base[i],
          high[i]);
      checkArgument(low[i] < high[i], "%s: factor '%s' has low value %s not below its high value %s", WHAT, f, low[i],
          high[i]);
      checkArgument(low[i] <= base[i] && base[i] <= high[i], "%s: factor '%s' has base value %s outside its range "
          + "[%s, %s]", WHAT, f, base[i], low[i], high[i]);
    }
  }

  /** The factors' names, in input order. */
  public ImmutableList<String> names() {
    return names;
  }

  /** The output with every factor at its base value. */
  public double baseOutput() {
    return baseOutput;
  }

  /** The bars sorted by swing, largest first; ties keep input order. */
  public ImmutableList<Bar> bars() {
    return bars;
  }

  /**
   * A factor's bar.
   *
   * @throws IllegalArgumentException if there is no such factor; the message lists the factors
   */
  public Bar bar(String factor) {
    return byFactor.get(SensitivitySupport.index(WHAT, index, factor));
  }

  /** The bars sorted by swing, one a line. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Tornado{base output=").append(baseOutput).append('}');
    for (Bar b : bars) {
      s.append('\n').append(String.format(Locale.ROOT, "  %s: [%.4g, %.4g] -> [%.4g, %.4g], swing %.4g", b.factor(),
          b.low(), b.high(), b.outputAtLow(), b.outputAtHigh(), b.swing()));
    }
    return s.toString();
  }
}
