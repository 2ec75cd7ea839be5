package io.xinlu.analysis.lmdi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Logarithmic mean Divisia index (LMDI) decomposition of the change of an aggregate {@code V = sum_i prod_k x_k,i}
 * between two periods into the effects of its factors, for any number of factors and sectors: additive and
 * multiplicative, LMDI-I and LMDI-II, as summarised by Ang (2005, "The LMDI approach to decomposition analysis: a
 * practical guide", Energy Policy 33:867-871) and Ang (2015, "LMDI decomposition approach: A guide for
 * implementation", Energy Policy 86:233-238). The formulas are given in {@link LmdiMethod}.
 *
 * <pre>{@code
 * double[][] start = {{100, 100}, {0.6, 0.4}, {2.0, 0.5}};   // [factor][sector]
 * double[][] end   = {{120, 120}, {0.5, 0.5}, {1.8, 0.5}};
 * LmdiResult r = Lmdi.decompose(start, end, LmdiMethod.LMDI_I, LmdiForm.ADDITIVE);
 * r.effect("factor 3");                                        // the intensity effect
 * }</pre>
 *
 * <h2>Perfect decomposition</h2>
 *
 * Both methods leave no residual: additive effects sum to {@code V_T - V_0} and multiplicative effects multiply to
 * {@code V_T / V_0}. For LMDI-I, {@code sum_k ln(x_k,i^T / x_k,i^0) = ln(V_i^T / V_i^0)} and
 * {@code L(V_i^T, V_i^0) ln(V_i^T / V_i^0) = V_i^T - V_i^0}. For LMDI-II it follows from
 * {@code sum_i L(s_i^T, s_i^0) ln(V_i^T / V_i^0) = ln(V^T / V^0) sum_i L(s_i^T, s_i^0)}, which holds because
 * {@code ln(V_i^T / V_i^0) = ln(V^T / V^0) + ln(s_i^T / s_i^0)} and the shares {@code s_i} sum to one in both
 * periods. In floating point the identities hold up to rounding (a few units in the last place of the largest term).
 *
 * <h2>The zero rule</h2>
 *
 * A factor value of exactly zero has no logarithm. Ang and Liu (2007, "Handling zero values in the logarithmic mean
 * Divisia index decomposition approach", Energy Policy 35:238-246) replace every zero by a small positive number
 * {@code delta} and take the limit {@code delta -> 0}; Wood and Lenzen (2006, Energy Policy 34:1326-1331) showed
 * that computing with a fixed small {@code delta} such as {@code 1e-20} converges only like
 * {@code 1 / ln(1/delta)} (a few per cent off at {@code 1e-20}), so the limits should be used. This class evaluates
 * the limits exactly. Let sector {@code i} have {@code a_0} factors equal to zero in period 0 and {@code a_T} in
 * period T, so that {@code V_i^0 = 0} if {@code a_0 > 0}. With every zero replaced by the same {@code delta}, the
 * sector's term for factor {@code k} tends to
 *
 * <pre>
 * a_0 = a_T = 0        the ordinary formula
 * a_0 = a_T > 0        0                        (the sector is zero in both periods)
 * a_0 != a_T           (u_T - u_0) (z_k^0 - z_k^T) / (a_0 - a_T)
 * </pre>
 *
 * where {@code z_k = 1} if factor {@code k} of the sector is zero in that period, else 0, and {@code u} is the
 * sector's aggregate {@code V_i} (LMDI-I) or share {@code s_i} (LMDI-II, then scaled like the other terms by
 * {@code L(V^T, V^0) / sum_j L(s_j^T, s_j^0)}, the sum running over the sectors positive in both periods). A sector
 * that appears ({@code V_i^0 = 0 < V_i^T}) thus attributes its whole {@code V_i^T} to the factors that were zero and
 * became positive, shared equally if there are several; a sector that disappears attributes {@code -V_i^0} to the
 * factors that became zero; every other factor gets nothing. With a single zero these are the cases of Ang, Zhang and
 * Choi (1998, Energy 23:489-495, Table 2). The limits keep the decomposition perfect and never produce NaN.
 *
 * <p>The rule has limits of its own, each reported as an {@link IllegalArgumentException}: a multiplicative
 * decomposition needs a positive aggregate in both periods (it splits {@code V_T / V_0}); LMDI-II needs a positive
 * aggregate in both periods and at least one sector positive in both (otherwise all its weights vanish and the limit
 * does not exist). LMDI-II with zeros is also ill-conditioned when the sectors positive in both periods hold a tiny
 * share of the aggregate: its weights are normalised over those sectors alone, so the terms of appearing and
 * disappearing sectors are divided by that small share and large effects of opposite sign cancel; a multiplicative
 * effect that overflows is refused. LMDI-I has none of these problems.
 *
 * <p>Negative values have no logarithm and no rule: {@link FactorValues} rejects them, naming factor, sector and
 * period.
 *
 * <p>Stateless and thread-safe. Logarithms and exponentials use {@link StrictMath}, so results are bit-identical on
 * every JVM.
 *
 * @since 0.1.0
 */
public final class Lmdi {
  private Lmdi() {}

  /**
   * Decomposes the change of the aggregate from {@code start} to {@code end}.
   *
   * @throws IllegalArgumentException if the two periods differ in factors or sectors (the message shows both), or the
   *     decomposition is undefined for these data (see the class documentation)
   */
  public static LmdiResult decompose(FactorValues start, FactorValues end, LmdiMethod method, LmdiForm form) {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkNotNull(method, "method");
    checkNotNull(form, "form");
    checkArgument(start.factors().equals(end.factors()),
        "the periods have different factors: '%s' has %s, '%s' has %s", start.period(), start.factors(),
        end.period(), end.factors());
    checkArgument(start.sectors().equals(end.sectors()),
        "the periods have different sectors: '%s' has %s, '%s' has %s", start.period(), start.sectors(),
        end.period(), end.sectors());
    int n = start.factorCount();
    int m = start.sectorCount();
    double v0 = start.total();
    double vT = end.total();
    if (form == LmdiForm.MULTIPLICATIVE) {
      checkArgument(v0 > 0 && vT > 0,
          "a multiplicative decomposition splits V_T / V_0 and needs a positive aggregate in both periods, but "
              + "'%s' has %s and '%s' has %s; use the additive form", start.period(), v0, end.period(), vT);
    }
    double[] u0 = new double[m];
    double[] uT = new double[m];
    double scale = 1;
    if (method == LmdiMethod.LMDI_I) {
      for (int i = 0; i < m; i++) {
        u0[i] = start.rawSectorValue(i);
        uT[i] = end.rawSectorValue(i);
      }
    } else {
      checkArgument(v0 > 0 && vT > 0,
          "LMDI-II weights sectors by their shares of the aggregate and needs a positive aggregate in both periods, "
              + "but '%s' has %s and '%s' has %s; use LMDI-I", start.period(), v0, end.period(), vT);
      double weights = 0;
      for (int i = 0; i < m; i++) {
        u0[i] = start.rawSectorValue(i) / v0;
        uT[i] = end.rawSectorValue(i) / vT;
        if (start.zeroCount(i) == 0 && end.zeroCount(i) == 0) {
          weights += logarithmicMean(uT[i], u0[i]);
        }
      }
      checkArgument(weights > 0,
          "LMDI-II is undefined here: no sector is positive in both '%s' and '%s', so every weight "
              + "L(s_i^T, s_i^0) vanishes and the zero rule's limit does not exist; use LMDI-I", start.period(),
          end.period());
      scale = logarithmicMean(vT, v0) / weights;
    }
    double divisor = form == LmdiForm.MULTIPLICATIVE ? logarithmicMean(vT, v0) : 1;
    double[] terms = new double[n * m];
    List<String> zeroSectors = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      int a0 = start.zeroCount(i);
      int aT = end.zeroCount(i);
      if (a0 > 0 || aT > 0) {
        zeroSectors.add(start.sectors().get(i));
      }
      for (int k = 0; k < n; k++) {
        double t = term(uT[i], u0[i], a0, aT, end.rawValue(k, i), start.rawValue(k, i));
        terms[k * m + i] = t * scale / divisor + 0.0;
      }
    }
    LmdiResult result = new LmdiResult(method, form, start.period(), end.period(), 1, start.factors(),
        start.sectors(), v0, vT, terms, ImmutableList.copyOf(zeroSectors));
    if (form == LmdiForm.MULTIPLICATIVE) {
      for (String factor : result.factors()) {
        double d = result.effect(factor);
        checkArgument(d > 0 && d < Double.POSITIVE_INFINITY,
            "the %s multiplicative effect of factor '%s' from '%s' to '%s' is exp(%s), which overflows a double; "
                + "with zeros this happens in LMDI-II when the sectors positive in both periods hold a tiny share "
                + "of the aggregate; use the additive form or LMDI-I", method.label(), factor, start.period(),
            end.period(), logEffect(terms, result.factors().indexOf(factor), m));
      }
    }
    return result;
  }

  private static double logEffect(double[] terms, int factor, int sectors) {
    double s = 0;
    for (int i = 0; i < sectors; i++) {
      s += terms[factor * sectors + i];
    }
    return s;
  }

  /**
   * Decomposes the change between two plain arrays {@code [factor][sector]}, labelled {@code 0} and {@code T}, with
   * factors {@code factor 1 .. n} and sectors {@code sector 1 .. m}.
   *
   * @throws IllegalArgumentException if the arrays differ in shape, are ragged or hold a negative, NaN or infinite
   *     value, or as {@link #decompose(FactorValues, FactorValues, LmdiMethod, LmdiForm)}
   */
  public static LmdiResult decompose(double[][] start, double[][] end, LmdiMethod method, LmdiForm form) {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(start.length == end.length, "period 0 has %s factors (rows), period T has %s", start.length,
        end.length);
    for (int k = 0; k < start.length; k++) {
      checkArgument(start[k] != null && end[k] != null && start[k].length == end[k].length,
          "factor %s has %s sectors in period 0 and %s in period T", k + 1,
          start[k] == null ? "no" : start[k].length, end[k] == null ? "no" : end[k].length);
    }
    return decompose(FactorValues.of("0", start), FactorValues.of("T", end), method, form);
  }

  /**
   * Decomposes the change between two plain arrays held one row per sector and one column per factor,
   * {@code [sector][factor]} (the layout of papers and the R package LMDIR), labelled {@code 0} and {@code T}, with
   * sectors {@code sector 0 .. m-1} and factors {@code factor 0 .. n-1}: names counted from 0, like
   * {@link LmdiResult#effect(int)}. Gives the same effects and terms as
   * {@link #decompose(double[][], double[][], LmdiMethod, LmdiForm)} with the arrays transposed.
   *
   * <pre>{@code
   * double[][] start = {{100, 0.6, 2.0}, {100, 0.4, 0.5}};    // [sector][factor]
   * double[][] end   = {{120, 0.5, 1.8}, {120, 0.5, 0.5}};
   * LmdiResult r = Lmdi.decomposeBySector(start, end, LmdiMethod.LMDI_I, LmdiForm.ADDITIVE);
   * r.effect("factor 2");                                      // the intensity effect, = r.effect(2)
   * }</pre>
   *
   * @throws IllegalArgumentException if the arrays differ in shape, are ragged or hold a negative, NaN or infinite
   *     value (the message names the row, sector and period), or as
   *     {@link #decompose(FactorValues, FactorValues, LmdiMethod, LmdiForm)}
   * @since 0.1.0
   */
  public static LmdiResult decomposeBySector(double[][] start, double[][] end, LmdiMethod method, LmdiForm form) {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(start.length == end.length, "period 0 has %s sectors (rows), period T has %s", start.length,
        end.length);
    return decompose(FactorValues.bySector("0", start), FactorValues.bySector("T", end), method, form);
  }

  /**
   * Decomposes the change from the first to the last of a series of periods by chaining the decompositions of
   * consecutive periods (year by year): additive effects add up, multiplicative effects multiply. Differs from a
   * direct decomposition of first against last, since the weights follow the path.
   *
   * @param periods at least two periods, in order, with the same factors and sectors
   * @throws IllegalArgumentException if fewer than two periods are given, or as
   *     {@link #decompose(FactorValues, FactorValues, LmdiMethod, LmdiForm)} for any pair
   */
  public static LmdiResult chain(List<FactorValues> periods, LmdiMethod method, LmdiForm form) {
    checkNotNull(periods, "periods");
    checkArgument(periods.size() >= 2, "chaining needs at least two periods, got %s", periods.size());
    List<LmdiResult> steps = new ArrayList<>();
    for (int p = 1; p < periods.size(); p++) {
      steps.add(decompose(periods.get(p - 1), periods.get(p), method, form));
    }
    return LmdiResult.chain(steps);
  }

  /**
   * The logarithmic mean {@code L(a, b) = (a - b) / (ln a - ln b)}, with {@code L(a, a) = a} and
   * {@code L(a, 0) = L(0, a) = 0} (the limits). Symmetric, between the geometric and the arithmetic mean, and
   * accurate when {@code a} and {@code b} are close.
   *
   * @throws IllegalArgumentException if {@code a} or {@code b} is negative, NaN or infinite
   */
  public static double logarithmicMean(double a, double b) {
    checkArgument(a >= 0 && b >= 0 && a < Double.POSITIVE_INFINITY && b < Double.POSITIVE_INFINITY,
        "the logarithmic mean needs finite, non-negative numbers, got %s and %s", a, b);
    if (a == b) {
      return a;
    }
    if (a == 0 || b == 0) {
      return 0;
    }
    return (a - b) / logRatio(a, b);
  }

  /**
   * The limit of one sector's term {@code L(u_T, u_0) ln(x_T / x_0)} as every zero goes to {@code delta -> 0}; see
   * the class documentation.
   */
  private static double term(double uT, double u0, int a0, int aT, double xT, double x0) {
    if (a0 == 0 && aT == 0) {
      return logarithmicMean(uT, u0) * logRatio(xT, x0);
    }
    if (a0 == aT) {
      return 0;
    }
    int z0 = x0 == 0 ? 1 : 0;
    int zT = xT == 0 ? 1 : 0;
    if (z0 == zT) {
      return 0;
    }
    return (uT - u0) * (z0 - zT) / (a0 - aT);
  }

  /** {@code ln(a / b)} for positive {@code a} and {@code b}, accurate also when they are close. */
  private static double logRatio(double a, double b) {
    if (a == b) {
      return 0;
    }
    double r = a / b;
    if (r > 0.5 && r < 2) {
      return StrictMath.log1p((a - b) / b);
    }
    return StrictMath.log(a) - StrictMath.log(b);
  }
}
