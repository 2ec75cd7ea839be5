package io.xinlu.uncertainty.discovery;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The validated input of {@link Prim}: parameter names, the values column by column and the labels, with the data
 * range of every parameter and a table of log-factorials for the quasi-p-values. Package-private; immutable once
 * built (its arrays are never handed out).
 */
final class PrimCases {
  final ImmutableList<String> names;
  /** {@code columns[j][i]}: parameter {@code j} of case {@code i}. */
  final double[][] columns;
  final boolean[] interesting;
  final int n;
  final int k;
  final double[] min;
  final double[] max;
  /** Cases of interest among all cases. */
  final int totalInteresting;
  /** {@code logFactorial[m] = ln(m!)} for {@code m} up to {@code n}. */
  final double[] logFactorial;

  private PrimCases(ImmutableList<String> names, double[][] columns, boolean[] interesting, int totalInteresting) {
    this.names = names;
    this.columns = columns;
    this.interesting = interesting;
    this.n = interesting.length;
    this.k = names.size();
    this.min = new double[k];
    this.max = new double[k];
    for (int j = 0; j < k; j++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double v : columns[j]) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      min[j] = lo;
      max[j] = hi;
    }
    this.totalInteresting = totalInteresting;
    this.logFactorial = new double[n + 1];
    for (int m = 2; m <= n; m++) {
      logFactorial[m] = logFactorial[m - 1] + Math.log(m);
    }
  }

  /**
   * Validates and copies the input.
   *
   * @throws IllegalArgumentException naming what is wrong: no parameters, blank or duplicate names, no cases, rows
   *     and labels of different counts, a row of the wrong length, NaN or infinite values, no case of interest or
   *     only cases of interest
   */
  static PrimCases of(List<String> parameters, double[][] x, boolean[] y) {
    ImmutableList<String> names = ImmutableList.copyOf(parameters);
    checkArgument(!names.isEmpty(), "no parameters: give one name per column of x");
    Map<String, Integer> seen = new HashMap<>();
    for (int j = 0; j < names.size(); j++) {
      String name = names.get(j);
      checkArgument(!name.isBlank(), "parameter %s has a blank name; parameters: %s", j, names);
      Integer before = seen.putIfAbsent(name, j);
      checkArgument(before == null, "parameter name '%s' appears twice, at positions %s and %s; parameters: %s",
          name, before, j, names);
    }
    checkArgument(x.length == y.length,
        "mismatched dimensions: x has %s rows (cases) but y has %s labels; give one label per case", x.length,
        y.length);
    checkArgument(x.length > 0, "no cases: x and y are empty");
    int n = x.length;
    int k = names.size();
    double[][] columns = new double[k][n];
    int nonFinite = 0;
    String first = "";
    for (int i = 0; i < n; i++) {
      double[] row = x[i];
      checkArgument(row.length == k,
          "mismatched dimensions: row %s of x has %s values, but there are %s parameters %s", i, row.length, k,
          names);
      for (int j = 0; j < k; j++) {
        double v = row[j];
        if (!Double.isFinite(v)) {
          if (nonFinite == 0) {
            first = "x[" + i + "][" + j + "] (parameter '" + names.get(j) + "') = " + v;
          }
          nonFinite++;
        }
        columns[j][i] = v;
      }
    }
    checkArgument(nonFinite == 0, "x has %s NaN or infinite value%s; the first is %s", nonFinite,
        nonFinite == 1 ? "" : "s", first);
    int interesting = 0;
    for (boolean b : y) {
      if (b) {
        interesting++;
      }
    }
    checkArgument(interesting > 0, "no cases of interest: y is false for all %s cases, so there is nothing to find",
        n);
    checkArgument(interesting < n,
        "only cases of interest: y is true for all %s cases, so there is nothing to tell apart", n);
    return new PrimCases(names, columns, y.clone(), interesting);
  }

  /** All case indices, {@code 0..n-1}. */
  int[] all() {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }

  /** Whether case {@code i} lies within the bounds in every dimension, skipping dimension {@code skip} (or -1). */
  boolean inside(int i, double[] lower, double[] upper, int skip) {
    for (int j = 0; j < k; j++) {
      if (j != skip) {
        double v = columns[j][i];
        if (!(v >= lower[j] && v <= upper[j])) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * {@code P[X >= h]} for {@code X ~ Binomial(t, p)}, the one-sided binomial test behind the quasi-p-value of
   * Bryant and Lempert (2010). Sums the probabilities in log space; {@code t <= n}.
   */
  double binomialUpperTail(int t, int h, double p) {
    if (h <= 0 || p >= 1) {
      return 1;
    }
    if (p <= 0 || h > t) {
      return 0;
    }
    double lp = Math.log(p);
    double lq = Math.log1p(-p);
    double peak = Double.NEGATIVE_INFINITY;
    double[] terms = new double[t - h + 1];
    for (int i = h; i <= t; i++) {
      double l = logFactorial[t] - logFactorial[i] - logFactorial[t - i] + i * lp + (t - i) * lq;
      terms[i - h] = l;
      peak = Math.max(peak, l);
    }
    double sum = 0;
    for (double l : terms) {
      sum += Math.exp(l - peak);
    }
    return Math.min(1, Math.exp(peak) * sum);
  }
}
