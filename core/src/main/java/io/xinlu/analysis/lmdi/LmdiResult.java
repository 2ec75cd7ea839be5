package io.xinlu.analysis.lmdi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The result of an LMDI decomposition: for every factor its effect on the change of the aggregate between a start
 * and an end period, additive ({@code dV_k}, in the aggregate's unit, summing to {@code V_T - V_0}) or multiplicative
 * ({@code D_k}, dimensionless, multiplying to {@code V_T / V_0}), and the sector-level terms the effects are made of.
 *
 * <pre>{@code
 * LmdiResult r = Lmdi.decompose(y2020, y2030, LmdiMethod.LMDI_I, LmdiForm.ADDITIVE);
 * double intensityEffect = r.effect("intensity");     // Mtce
 * double check = r.combinedEffects() - r.total();      // 0 up to rounding: LMDI leaves no residual
 * }</pre>
 *
 * <p>A result may be {@link #chain(Iterable) chained} from consecutive periods (year by year): additive effects then
 * add up over the periods and multiplicative effects multiply.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LmdiResult {
  private final LmdiMethod method;
  private final LmdiForm form;
  private final String startPeriod;
  private final String endPeriod;
  private final int steps;
  private final ImmutableList<String> factors;
  private final ImmutableList<String> sectors;
  private final double startTotal;
  private final double endTotal;
  private final double[] terms; // [factor * sectors + sector]: dV_k,i (additive) or ln D_k,i (multiplicative)
  private final double[] effects;
  private final ImmutableList<String> zeroSectors;

  LmdiResult(LmdiMethod method, LmdiForm form, String startPeriod, String endPeriod, int steps,
      ImmutableList<String> factors, ImmutableList<String> sectors, double startTotal, double endTotal,
      double[] terms, ImmutableList<String> zeroSectors) {
    this.method = method;
    this.form = form;
    this.startPeriod = startPeriod;
    this.endPeriod = endPeriod;
    this.steps = steps;
    this.factors = factors;
    this.sectors = sectors;
    this.startTotal = startTotal;
    this.endTotal = endTotal;
    this.terms = terms;
    this.zeroSectors = zeroSectors;
    int m = sectors.size();
    this.effects = new double[factors.size()];
    for (int k = 0; k < effects.length; k++) {
      double s = 0;
      for (int i = 0; i < m; i++) {
        s += terms[k * m + i];
      }
      effects[k] = form == LmdiForm.ADDITIVE ? s + 0.0 : StrictMath.exp(s);
    }
  }

  /**
   * Chains decompositions of consecutive periods into one from the first start to the last end: additive effects
   * and sector terms add up, multiplicative effects multiply (their logarithmic sector terms add up). This is how a
   * change over many years is decomposed year by year (chaining).
   *
   * @param results at least one result, each starting where the previous one ended
   * @throws IllegalArgumentException if the results differ in method, form, factors or sectors, or a result does not
   *     start at the period where the previous one ended
   */
  public static LmdiResult chain(Iterable<LmdiResult> results) {
    checkNotNull(results, "results");
    Iterator<LmdiResult> it = results.iterator();
    checkArgument(it.hasNext(), "nothing to chain: give at least one result");
    LmdiResult first = it.next();
    checkNotNull(first, "a result is null");
    double[] terms = first.terms.clone();
    Set<String> zero = new HashSet<>(first.zeroSectors);
    LmdiResult last = first;
    int steps = first.steps;
    while (it.hasNext()) {
      LmdiResult r = it.next();
      checkNotNull(r, "a result is null");
      checkArgument(r.method == first.method && r.form == first.form,
          "cannot chain a %s %s result after a %s %s one", r.method.label(), r.form.label(), first.method.label(),
          first.form.label());
      checkArgument(r.factors.equals(first.factors), "cannot chain results with different factors: %s and %s",
          first.factors, r.factors);
      checkArgument(r.sectors.equals(first.sectors), "cannot chain results with different sectors: %s and %s",
          first.sectors, r.sectors);
      checkArgument(r.startPeriod.equals(last.endPeriod),
          "results are not consecutive: one ends in '%s', the next starts in '%s'", last.endPeriod, r.startPeriod);
      for (int j = 0; j < terms.length; j++) {
        terms[j] += r.terms[j];
      }
      zero.addAll(r.zeroSectors);
      steps += r.steps;
      last = r;
    }
    ImmutableList.Builder<String> zeroInOrder = ImmutableList.builder();
    for (String s : first.sectors) {
      if (zero.contains(s)) {
        zeroInOrder.add(s);
      }
    }
    return new LmdiResult(first.method, first.form, first.startPeriod, last.endPeriod, steps, first.factors,
        first.sectors, first.startTotal, last.endTotal, terms, zeroInOrder.build());
  }

  /** The weighting scheme. */
  public LmdiMethod method() {
    return method;
  }

  /** Additive or multiplicative. */
  public LmdiForm form() {
    return form;
  }

  /** The label of the start period (period 0). */
  public String startPeriod() {
    return startPeriod;
  }

  /** The label of the end period (period T). */
  public String endPeriod() {
    return endPeriod;
  }

  /** The number of periods chained: 1 for a direct decomposition, {@code T - t0} for one chained year by year. */
  public int steps() {
    return steps;
  }

  /** The factors, in order. */
  public ImmutableList<String> factors() {
    return factors;
  }

  /** The sectors, in order. */
  public ImmutableList<String> sectors() {
    return sectors;
  }

  /** The aggregate in the start period, {@code V_0}. */
  public double startTotal() {
    return startTotal;
  }

  /** The aggregate in the end period, {@code V_T}. */
  public double endTotal() {
    return endTotal;
  }

  /** The change to explain: {@code V_T - V_0} (additive) or {@code V_T / V_0} (multiplicative). */
  public double total() {
    return form == LmdiForm.ADDITIVE ? endTotal - startTotal : endTotal / startTotal;
  }

  /**
   * The effects combined: their sum (additive) or product (multiplicative). Equal to {@link #total()} up to
   * rounding, since LMDI decomposes perfectly.
   */
  public double combinedEffects() {
    double c = form == LmdiForm.ADDITIVE ? 0 : 1;
    for (double e : effects) {
      c = form == LmdiForm.ADDITIVE ? c + e : c * e;
    }
    return c;
  }

  /** The effect of every factor, in the order of {@link #factors()}. */
  public ImmutableMap<String, Double> effects() {
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    for (int k = 0; k < effects.length; k++) {
      b.put(factors.get(k), effects[k]);
    }
    return b.buildOrThrow();
  }

  /** The effect of a factor: {@code dV_k} (additive) or {@code D_k} (multiplicative). */
  public double effect(String factor) {
    return effects[factorIndex(factor)];
  }

  /** The effect of the factor at an index (0-based). */
  public double effect(int factor) {
    checkArgument(factor >= 0 && factor < effects.length, "factor index %s is outside 0..%s", factor,
        effects.length - 1);
    return effects[factor];
  }

  /**
   * The effects in the order of {@link #factors()}: {@code effectsArray()[k]} is {@link #effect(int) effect(k)}.
   *
   * @since 0.1.0
   */
  public double[] effectsArray() {
    return effects.clone();
  }

  /**
   * The sector terms one row per sector and one column per factor, {@code [sector][factor]} (the layout of LMDIR's
   * {@code Z} matrices): {@code termsBySector()[i][k]} is {@link #term(String, String) term} of factor {@code k} in
   * sector {@code i}.
   *
   * @since 0.1.0
   */
  public double[][] termsBySector() {
    int m = sectors.size();
    double[][] out = new double[m][factors.size()];
    for (int i = 0; i < m; i++) {
      for (int k = 0; k < factors.size(); k++) {
        out[i][k] = terms[k * m + i];
      }
    }
    return out;
  }

  /**
   * The term of one sector in a factor's effect. Additive: {@code dV_k,i}, and {@code dV_k = sum_i dV_k,i}.
   * Multiplicative: {@code ln D_k,i}, and {@code D_k = exp(sum_i ln D_k,i)}. For a chained result, the sum of the
   * terms of every period.
   */
  public double term(String factor, String sector) {
    int i = sectors.indexOf(sector);
    checkArgument(i >= 0, "no sector '%s'; sectors: %s", sector, sectors);
    return terms[factorIndex(factor) * sectors.size() + i];
  }

  /**
   * The sectors where a factor was exactly zero in some period, so that the zero rule of {@link Lmdi} applied, in
   * the order of {@link #sectors()}.
   */
  public ImmutableList<String> zeroSectors() {
    return zeroSectors;
  }

  /**
   * An aligned text table of the effects, with the change they explain and the combined effects, in the
   * aggregate's unit for the additive form.
   */
  public String table() {
    int w = "combined effects".length();
    for (String f : factors) {
      w = Math.max(w, f.length());
    }
    String row = "%-" + w + "s  %16s%n";
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s %s decomposition, %s -> %s%s%n", method.label(), form.label(),
        startPeriod, endPeriod, steps > 1 ? " (" + steps + " periods chained)" : ""));
    b.append(String.format(Locale.ROOT, row, "start total", fmt(startTotal)));
    b.append(String.format(Locale.ROOT, row, "end total", fmt(endTotal)));
    for (int k = 0; k < factors.size(); k++) {
      b.append(String.format(Locale.ROOT, row, factors.get(k), fmt(effects[k])));
    }
    b.append(String.format(Locale.ROOT, row, "combined effects", fmt(combinedEffects())));
    b.append(String.format(Locale.ROOT, row, form == LmdiForm.ADDITIVE ? "total change" : "total ratio",
        fmt(total())));
    return b.toString();
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < factors.size(); k++) {
      parts.add(factors.get(k) + "=" + effects[k]);
    }
    return "LmdiResult{" + method.label() + " " + form.label() + ", " + startPeriod + " -> " + endPeriod + ", "
        + String.join(", ", parts) + "}";
  }

  private int factorIndex(String factor) {
    int k = factors.indexOf(factor);
    checkArgument(k >= 0, "no factor '%s'; factors: %s", factor, factors);
    return k;
  }

  private static String fmt(double x) {
    return String.format(Locale.ROOT, "%.6f", x);
  }
}
