package io.xinlu.analysis.lmdi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The factors of an index decomposition identity in one period: for every factor {@code k} and sector {@code i} a
 * value {@code x_k,i}, whose product over factors is the sector's aggregate {@code V_i = x_1,i x_2,i ... x_n,i} and
 * whose sum over sectors of those products is the aggregate {@code V}. For the CO2 identity of a city the factors are
 * activity, structure, energy intensity and emission factor, and {@code V} is the city's CO2.
 *
 * <pre>{@code
 * FactorValues y2020 = FactorValues.of("2020", List.of("activity", "structure", "intensity"),
 *     List.of("industry", "services"),
 *     new double[][] {{100, 100}, {0.6, 0.4}, {2.0, 0.5}});     // [factor][sector]
 * double energy = y2020.total();                                 // 100*0.6*2 + 100*0.4*0.5 = 140
 * }</pre>
 *
 * <p>Values must be finite and not negative: LMDI takes their logarithms. A value of exactly zero is allowed and
 * handled by the zero rule of {@link Lmdi}.
 *
 * <p>Immutable and thread-safe: accessors of array data return copies.
 *
 * @since 0.1.0
 */
public final class FactorValues {
  private static final int MAX_LISTED = 10;

  private final String period;
  private final ImmutableList<String> factors;
  private final ImmutableList<String> sectors;
  private final double[] values; // [factor * sectors + sector]
  private final double[] sectorValues;
  private final int[] zeroCounts;
  private final double total;

  private FactorValues(String period, ImmutableList<String> factors, ImmutableList<String> sectors,
      double[] values) {
    this.period = period;
    this.factors = factors;
    this.sectors = sectors;
    this.values = values;
    int m = sectors.size();
    this.sectorValues = new double[m];
    this.zeroCounts = new int[m];
    double sum = 0;
    for (int i = 0; i < m; i++) {
      double p = 1;
      for (int k = 0; k < factors.size(); k++) {
        double x = values[k * m + i];
        if (x == 0) {
          zeroCounts[i]++;
        }
        p *= x;
      }
      sectorValues[i] = zeroCounts[i] > 0 ? 0.0 : p;
      sum += sectorValues[i];
    }
    checkArgument(Double.isFinite(sum), "period '%s': the aggregate overflows (%s); rescale the factors", period,
        sum);
    this.total = sum;
  }

  /**
   * Factor values with names.
   *
   * @param period a label for the period, used in messages and results (a year, {@code "baseline 2050"})
   * @param factors the factors' names, at least one, distinct
   * @param sectors the sectors' names, at least one, distinct
   * @param values {@code values[k][i]} is factor {@code k} of sector {@code i}; one row per factor, one column per
   *     sector
   * @throws IllegalArgumentException if the names are empty, blank or repeated, the array's shape does not match
   *     them, or a value is negative, NaN or infinite (the message lists every such value, with its factor, sector
   *     and period)
   */
  public static FactorValues of(String period, List<String> factors, List<String> sectors, double[][] values) {
    checkNotNull(period, "period");
    checkArgument(!period.isBlank(), "the period's label is blank");
    ImmutableList<String> f = names("factor", period, factors);
    ImmutableList<String> s = names("sector", period, sectors);
    checkNotNull(values, "values");
    checkArgument(values.length == f.size(), "period '%s': values has %s rows, but %s factors are named %s", period,
        values.length, f.size(), f);
    int m = s.size();
    double[] flat = new double[f.size() * m];
    List<String> problems = new ArrayList<>();
    for (int k = 0; k < f.size(); k++) {
      checkNotNull(values[k], "values[%s]", k);
      checkArgument(values[k].length == m, "period '%s': factor '%s' has %s values, but %s sectors are named %s",
          period, f.get(k), values[k].length, m, s);
      for (int i = 0; i < m; i++) {
        double x = values[k][i];
        if (!Double.isFinite(x)) {
          problems.add("factor '" + f.get(k) + "', sector '" + s.get(i) + "': " + x + " is not a finite number");
        } else if (x < 0) {
          problems.add("factor '" + f.get(k) + "', sector '" + s.get(i) + "': " + x
              + " is negative (LMDI takes logarithms of factor values; only zero has a rule, negatives have none)");
        }
        flat[k * m + i] = x + 0.0; // no negative zero
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("period '" + period + "': " + list(problems));
    }
    return new FactorValues(period, f, s, flat);
  }

  /**
   * Factor values without names: factors are called {@code factor 1 .. n} and sectors {@code sector 1 .. m}.
   *
   * @param period a label for the period
   * @param values {@code values[k][i]} is factor {@code k} of sector {@code i}
   * @throws IllegalArgumentException as {@link #of(String, List, List, double[][])}
   */
  public static FactorValues of(String period, double[][] values) {
    checkNotNull(values, "values");
    checkArgument(values.length > 0, "period '%s': values has no rows; give one row per factor", period);
    checkNotNull(values[0], "values[0]");
    return of(period, numbered("factor", values.length), numbered("sector", values[0].length), values);
  }

  /** The period's label. */
  public String period() {
    return period;
  }

  /** A copy with another period label. */
  public FactorValues withPeriod(String period) {
    checkNotNull(period, "period");
    checkArgument(!period.isBlank(), "the period's label is blank");
    return new FactorValues(period, factors, sectors, values);
  }

  /** The factors' names, in order. */
  public ImmutableList<String> factors() {
    return factors;
  }

  /** The sectors' names, in order. */
  public ImmutableList<String> sectors() {
    return sectors;
  }

  /** The number of factors. */
  public int factorCount() {
    return factors.size();
  }

  /** The number of sectors. */
  public int sectorCount() {
    return sectors.size();
  }

  /** The value of factor {@code factor} (0-based) in sector {@code sector} (0-based). */
  public double value(int factor, int sector) {
    checkArgument(factor >= 0 && factor < factors.size(), "factor index %s is outside 0..%s", factor,
        factors.size() - 1);
    checkArgument(sector >= 0 && sector < sectors.size(), "sector index %s is outside 0..%s", sector,
        sectors.size() - 1);
    return values[factor * sectors.size() + sector];
  }

  /** The value of a factor in a sector, by name. */
  public double value(String factor, String sector) {
    return value(factorIndex(factor), sectorIndex(sector));
  }

  /** A copy of the values, {@code [factor][sector]}. */
  public double[][] values() {
    int m = sectors.size();
    double[][] out = new double[factors.size()][];
    for (int k = 0; k < out.length; k++) {
      out[k] = Arrays.copyOfRange(values, k * m, (k + 1) * m);
    }
    return out;
  }

  /** The aggregate of one sector, the product of its factors: exactly 0 if any factor is 0. */
  public double sectorValue(String sector) {
    return sectorValues[sectorIndex(sector)];
  }

  /** The sectors' aggregates, in the order of {@link #sectors()}. */
  public double[] sectorValues() {
    return sectorValues.clone();
  }

  /** The aggregate {@code V}: the sum over sectors of the product of their factors. */
  public double total() {
    return total;
  }

  /** The index of a factor; throws with the known names if there is none. */
  public int factorIndex(String factor) {
    int k = factors.indexOf(factor);
    checkArgument(k >= 0, "no factor '%s'; factors: %s", factor, factors);
    return k;
  }

  /** The index of a sector; throws with the known names if there is none. */
  public int sectorIndex(String sector) {
    int i = sectors.indexOf(sector);
    checkArgument(i >= 0, "no sector '%s'; sectors: %s", sector, sectors);
    return i;
  }

  // package-private, no copies, for Lmdi
  double rawValue(int factor, int sector) {
    return values[factor * sectors.size() + sector];
  }

  double rawSectorValue(int sector) {
    return sectorValues[sector];
  }

  int zeroCount(int sector) {
    return zeroCounts[sector];
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FactorValues f && period.equals(f.period) && factors.equals(f.factors)
        && sectors.equals(f.sectors) && Arrays.equals(values, f.values);
  }

  @Override
  public int hashCode() {
    return ((period.hashCode() * 31 + factors.hashCode()) * 31 + sectors.hashCode()) * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "FactorValues{" + period + ", factors " + factors + ", " + sectors.size() + " sectors, total " + total
        + "}";
  }

  private static ImmutableList<String> names(String what, String period, List<String> names) {
    checkNotNull(names, "%ss", what);
    checkArgument(!names.isEmpty(), "period '%s': no %ss are named; at least one is needed", period, what);
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      checkNotNull(n, "a %s name is null", what);
      checkArgument(!n.isBlank(), "period '%s': a %s name is blank: %s", period, what, names);
      checkArgument(seen.add(n), "period '%s': %s '%s' is named twice: %s", period, what, n, names);
    }
    return ImmutableList.copyOf(names);
  }

  private static List<String> numbered(String what, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(what + " " + i);
    }
    return out;
  }

  private static String list(List<String> problems) {
    StringBuilder b = new StringBuilder();
    b.append(problems.size() == 1 ? "1 invalid value: " : problems.size() + " invalid values: ");
    for (int p = 0; p < Math.min(problems.size(), MAX_LISTED); p++) {
      b.append(p == 0 ? "" : "; ").append(problems.get(p));
    }
    if (problems.size() > MAX_LISTED) {
      b.append("; and ").append(problems.size() - MAX_LISTED).append(" more");
    }
    return b.toString();
  }
}
