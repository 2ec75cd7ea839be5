package io.xinlu.analysis.lmdi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * <p>Data held the way papers and the R package LMDIR lay them out, one row per sector and one column per factor, go
 * through {@link #bySector(String, List, List, double[][]) bySector}; a table of named columns through
 * {@link #fromColumns(String, List, List, Map) fromColumns}; raw activity, energy and CO2 by sector through
 * {@link #energyIdentity(String, List, double[], double[]) energyIdentity} and
 * {@link #co2Identity(String, List, double[], double[], double[]) co2Identity}:
 *
 * <pre>{@code
 * FactorValues same = FactorValues.bySector("2020", List.of("industry", "services"),
 *     List.of("activity", "structure", "intensity"),
 *     new double[][] {{100, 0.6, 2.0}, {100, 0.4, 0.5}});         // [sector][factor]
 * FactorValues raw = FactorValues.energyIdentity("2020", List.of("industry", "services"),
 *     new double[] {60, 40}, new double[] {120, 20});              // value added, energy: also total 140
 * }</pre>
 *
 * <p><b>Indices and names.</b> Every index in this package is 0-based: {@link #value(int, int)},
 * {@link LmdiResult#effect(int)}, rows and columns of the arrays. The names that the unnamed entries for
 * {@code [sector][factor]} data give ({@link #bySector(String, double[][])}, {@link Lmdi#decomposeBySector}) count
 * from the same base: {@code factor 0 .. n-1} and {@code sector 0 .. m-1}, so {@code effect("factor 2")} is
 * {@code effect(2)}. The older unnamed entries for {@code [factor][sector]} data ({@link #of(String, double[][])},
 * {@link Lmdi#decompose(double[][], double[][], LmdiMethod, LmdiForm)}) keep the names {@code factor 1 .. n} and
 * {@code sector 1 .. m} they have always given, so results already published with them do not change; there
 * {@code effect("factor 3")} is {@code effect(2)}. Give names whenever the data have them.
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

  /**
   * Factor values held one row per sector and one column per factor, {@code values[i][k]}, the way papers and the R
   * package LMDIR lay them out. The same data as {@link #of(String, List, List, double[][])} with the array
   * transposed: both give equal factor values.
   *
   * @param period a label for the period
   * @param sectors the sectors' names (the rows), at least one, distinct
   * @param factors the factors' names (the columns), at least one, distinct
   * @param values {@code values[i][k]} is factor {@code k} of sector {@code i}
   * @throws IllegalArgumentException if the names are empty, blank or repeated, the array's shape does not match
   *     them (the message names the row), or a value is negative, NaN or infinite (the message lists every such value
   *     with its sector and factor)
   * @since 0.1.0
   */
  public static FactorValues bySector(String period, List<String> sectors, List<String> factors,
      double[][] values) {
    checkNotNull(period, "period");
    checkArgument(!period.isBlank(), "the period's label is blank");
    ImmutableList<String> f = names("factor", period, factors);
    ImmutableList<String> s = names("sector", period, sectors);
    checkNotNull(values, "values");
    checkArgument(values.length == s.size(),
        "period '%s': values has %s rows, but %s sectors are named %s (one row per sector, one column per factor)",
        period, values.length, s.size(), s);
    double[][] byFactor = new double[f.size()][s.size()];
    for (int i = 0; i < s.size(); i++) {
      checkArgument(values[i] != null, "period '%s': row %s (sector '%s') is null", period, i, s.get(i));
      checkArgument(values[i].length == f.size(),
          "period '%s': row %s (sector '%s') has %s values, but %s factors are named %s", period, i, s.get(i),
          values[i].length, f.size(), f);
      for (int k = 0; k < f.size(); k++) {
        byFactor[k][i] = values[i][k];
      }
    }
    return of(period, f, s, byFactor);
  }

  /**
   * Factor values held one row per sector and one column per factor, without names: sectors are called
   * {@code sector 0 .. m-1} and factors {@code factor 0 .. n-1}, counted from 0 like every index of the package.
   *
   * @throws IllegalArgumentException as {@link #bySector(String, List, List, double[][])}, or if {@code values} has no
   *     rows or a ragged row
   * @since 0.1.0
   */
  public static FactorValues bySector(String period, double[][] values) {
    checkNotNull(values, "values");
    checkArgument(values.length > 0, "period '%s': values has no rows; give one row per sector", period);
    checkArgument(values[0] != null, "period '%s': row 0 is null", period);
    return bySector(period, numberedFromZero("sector", values.length), numberedFromZero("factor", values[0].length),
        values);
  }

  /**
   * Factor values from a table of named columns, one entry per sector in each column: the factors are the columns
   * named in {@code factors}, in that order. Other columns of the table (a year, the aggregate itself) are ignored,
   * so a whole table read from a file can be passed.
   *
   * <pre>{@code
   * Map<String, double[]> table = Map.of(
   *     "activity", new double[] {100, 100},
   *     "structure", new double[] {0.6, 0.4},
   *     "intensity", new double[] {2.0, 0.5},
   *     "energy", new double[] {120, 20});                           // not a factor: ignored
   * FactorValues v = FactorValues.fromColumns("2020", List.of("industry", "services"),
   *     List.of("activity", "structure", "intensity"), table);
   * }</pre>
   *
   * @param period a label for the period
   * @param sectors the sectors' names, in the order of each column's entries
   * @param factors the columns to take as factors, in order
   * @param columns the table: column name to values, one per sector
   * @throws IllegalArgumentException if a factor has no column (the message lists the table's columns), a column
   *     has the wrong length, or as {@link #of(String, List, List, double[][])}
   * @since 0.1.0
   */
  public static FactorValues fromColumns(String period, List<String> sectors, List<String> factors,
      Map<String, double[]> columns) {
    checkNotNull(period, "period");
    ImmutableList<String> f = names("factor", period, factors);
    ImmutableList<String> s = names("sector", period, sectors);
    checkNotNull(columns, "columns");
    double[][] byFactor = new double[f.size()][];
    for (int k = 0; k < f.size(); k++) {
      double[] column = columns.get(f.get(k));
      checkArgument(column != null, "period '%s': the table has no column '%s' for factor %s; its columns are %s",
          period, f.get(k), k, columns.keySet().stream().sorted().toList());
      checkArgument(column.length == s.size(),
          "period '%s': column '%s' has %s values, but %s sectors are named %s", period, f.get(k), column.length,
          s.size(), s);
      byFactor[k] = column.clone();
    }
    return of(period, f, s, byFactor);
  }

  /**
   * The energy identity built from raw data by sector, without a run: {@code E = sum_i G (Q_i / G) (E_i / Q_i)} with
   * activity {@code Q_i} (value added, output, floor area: any measure of activity), {@code G = sum_i Q_i} and energy
   * {@code E_i}. The factors are {@link LmdiIdentity#ACTIVITY activity} {@code G}, {@link LmdiIdentity#STRUCTURE
   * structure} {@code Q_i / G} and {@link LmdiIdentity#ENERGY_INTENSITY energy intensity} {@code E_i / Q_i}, the
   * same names and numbers as {@link RunDecomposition} gives for a run's {@link LmdiIdentity#ENERGY} identity. A
   * sector without activity and without energy has structure 0 and intensity 1 (the value does not matter: its
   * aggregate is zero either way; see the zero rule of {@link Lmdi}).
   *
   * @param period a label for the period
   * @param sectors the sectors' names
   * @param activity each sector's activity, not negative, with a positive sum
   * @param energy each sector's energy use, not negative
   * @throws IllegalArgumentException if the lengths differ from the sectors, a value is negative, NaN or infinite,
   *     the activity sums to zero, or a sector uses energy without activity (the message names the sector)
   * @since 0.1.0
   */
  public static FactorValues energyIdentity(String period, List<String> sectors, double[] activity,
      double[] energy) {
    return identity(period, sectors, activity, energy, null);
  }

  /**
   * The CO2 identity built from raw data by sector, without a run:
   * {@code C = sum_i G (Q_i / G) (E_i / Q_i) (C_i / E_i)}, the factors of
   * {@link #energyIdentity(String, List, double[], double[])} and the {@link LmdiIdentity#EMISSION_FACTOR emission
   * factor} {@code C_i / E_i}: the same names and numbers as {@link RunDecomposition} gives for a run's
   * {@link LmdiIdentity#CO2} identity. A sector without energy and without CO2 has emission factor 1.
   *
   * @throws IllegalArgumentException as {@link #energyIdentity(String, List, double[], double[])}, or if a sector
   *     emits CO2 without using energy
   * @since 0.1.0
   */
  public static FactorValues co2Identity(String period, List<String> sectors, double[] activity, double[] energy,
      double[] co2) {
    checkNotNull(co2, "co2");
    return identity(period, sectors, activity, energy, co2);
  }

  private static FactorValues identity(String period, List<String> sectors, double[] activity, double[] energy,
      double @Nullable [] co2) {
    checkNotNull(period, "period");
    ImmutableList<String> s = names("sector", period, sectors);
    int m = s.size();
    checkRaw(period, "activity", activity, s);
    checkRaw(period, "energy", energy, s);
    if (co2 != null) {
      checkRaw(period, "CO2", co2, s);
    }
    double g = 0;
    for (double q : activity) {
      g += q;
    }
    checkArgument(g > 0 && g < Double.POSITIVE_INFINITY,
        "period '%s': the activity sums to %s; activity and structure need a positive, finite total", period, g);
    double[][] x = new double[co2 == null ? 3 : 4][m];
    for (int i = 0; i < m; i++) {
      x[0][i] = g;
      x[1][i] = activity[i] / g;
      x[2][i] = rawRatio(period, s.get(i), energy[i], "energy", activity[i], "activity");
      if (co2 != null) {
        x[3][i] = rawRatio(period, s.get(i), co2[i], "CO2", energy[i], "energy");
      }
    }
    return of(period, co2 == null ? LmdiIdentity.ENERGY.factors() : LmdiIdentity.CO2.factors(), s, x);
  }

  private static void checkRaw(String period, String what, double[] values, List<String> sectors) {
    checkNotNull(values, what);
    checkArgument(values.length == sectors.size(), "period '%s': %s has %s values, but %s sectors are named %s",
        period, what, values.length, sectors.size(), sectors);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0 && values[i] < Double.POSITIVE_INFINITY)) {
        problems.add("sector '" + sectors.get(i) + "': " + values[i]);
      }
    }
    checkArgument(problems.isEmpty(), "period '%s': %s must be finite and not negative: %s", period, what,
        String.join("; ", problems));
  }

  /** {@code num / den}; 1 for {@code 0 / 0}, where the sector's aggregate is zero and the value does not matter. */
  private static double rawRatio(String period, String sector, double num, String numName, double den,
      String denName) {
    if (den > 0) {
      return num / den;
    }
    checkArgument(num == 0, "period '%s', sector '%s': %s is %s with no %s, so the identity cannot hold", period,
        sector, numName, num, denName);
    return 1.0;
  }

  /**
   * A copy of the values one row per sector, {@code [sector][factor]}: the transpose of {@link #values()}.
   *
   * @since 0.1.0
   */
  public double[][] valuesBySector() {
    int m = sectors.size();
    double[][] out = new double[m][factors.size()];
    for (int i = 0; i < m; i++) {
      for (int k = 0; k < factors.size(); k++) {
        out[i][k] = values[k * m + i];
      }
    }
    return out;
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

  private static List<String> numberedFromZero(String what, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
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
