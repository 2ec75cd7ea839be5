package io.xinlu.economy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.PathSegment;
import io.xinlu.internal.Problems;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A city's input-output table in the form the engine needs: the technical coefficients {@code A} (inputs from
 * sector {@code i} per unit of gross output of sector {@code j}) and the value-added ratios {@code v} (value added
 * per unit of gross output), for a list of sector ids. Whatever a column does not spend on local inputs or value
 * added is imports.
 *
 * <p>The table must be productive: {@code A} non-negative, every column sum of {@code A} plus {@code v_j} at most 1,
 * and the spectral radius of {@code A} below 1. A {@link CityProfile} checks this and names the offending column.
 *
 * <p>Immutable and thread-safe; accessors return copies.
 *
 * @since 0.1.0
 */
public final class InputOutputTable {
  private final ImmutableList<String> sectorIds;
  private final ImmutableMap<String, Integer> index;
  private final double[] a; // row-major n x n
  private final double[] v;

  private InputOutputTable(ImmutableList<String> sectorIds, double[] a, double[] v) {
    this.sectorIds = sectorIds;
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < sectorIds.size(); i++) {
      b.put(sectorIds.get(i), i);
    }
    this.index = b.buildOrThrow();
    this.a = a;
    this.v = v;
  }

  /**
   * Returns a table over the given sectors.
   *
   * @param sectorIds the sector ids, in the order of the rows and columns of {@code a} and the entries of {@code v}
   * @param a technical coefficients, {@code a[i][j]} the input from sector i per unit of output of sector j
   * @param v value added per unit of gross output, per sector
   * @throws IllegalArgumentException if ids repeat or dimensions disagree (numbers are checked by the profile)
   */
  public static InputOutputTable of(List<String> sectorIds, double[][] a, double[] v) {
    int n = sectorIds.size();
    Set<String> seen = new HashSet<>();
    for (String id : sectorIds) {
      checkArgument(seen.add(id), "input-output table: sector '%s' appears twice", id);
    }
    checkArgument(a.length == n, "input-output table: A has %s rows for %s sectors", a.length, n);
    checkArgument(v.length == n, "input-output table: v has %s entries for %s sectors", v.length, n);
    double[] flat = new double[n * n];
    for (int i = 0; i < n; i++) {
      checkArgument(a[i].length == n, "input-output table: row %s of A has %s columns for %s sectors", i, a[i].length, n);
      System.arraycopy(a[i], 0, flat, i * n, n);
    }
    return new InputOutputTable(ImmutableList.copyOf(sectorIds), flat, v.clone());
  }

  /** The sector ids, in table order. */
  public ImmutableList<String> sectorIds() {
    return sectorIds;
  }

  /** The number of sectors. */
  public int size() {
    return sectorIds.size();
  }

  /** The technical coefficient: input from sector {@code from} per unit of gross output of sector {@code to}. */
  public double coefficient(String from, String to) {
    return a[indexOf(from) * size() + indexOf(to)];
  }

  /** The value-added ratio of a sector. */
  public double valueAddedRatio(String sector) {
    return v[indexOf(sector)];
  }

  /** A copy of {@code A}, row-major. */
  public double[][] coefficients() {
    int n = size();
    double[][] out = new double[n][];
    for (int i = 0; i < n; i++) {
      out[i] = Arrays.copyOfRange(a, i * n, (i + 1) * n);
    }
    return out;
  }

  /** A copy of {@code v}. */
  public double[] valueAddedRatios() {
    return v.clone();
  }

  private int indexOf(String sector) {
    Integer i = index.get(sector);
    checkArgument(i != null, "input-output table has no sector '%s'; it has %s", sector, sectorIds);
    return i;
  }

  /**
   * Checks the numbers and productivity. Reports NaN, negative coefficients, value-added ratios outside (0, 1],
   * columns whose inputs plus value added exceed 1, and a spectral radius of at least 1.
   */
  void validate(Problems p) {
    int n = size();
    boolean numbersOk = true;
    for (int j = 0; j < n; j++) {
      Problems col = p.at(PathSegment.Kind.COLUMN, sectorIds.get(j), j);
      boolean columnOk = true;
      double sum = 0;
      for (int i = 0; i < n; i++) {
        double x = a[i * n + j];
        if (!col.nonNegative(PathSegment.named(PathSegment.Kind.INPUT, sectorIds.get(i)), x)) {
          columnOk = false;
        }
        sum += x;
      }
      if (!col.finite("v", v[j])) {
        columnOk = false;
      } else if (!(v[j] > 0 && v[j] <= 1)) {
        col.add("v", "value-added ratio must lie in (0, 1], was " + v[j]);
        columnOk = false;
      }
      if (columnOk && sum + v[j] > 1 + 1e-12) {
        col.add("unproductive: inputs " + sum + " plus value added " + v[j] + " exceed 1 per unit of output");
        columnOk = false;
      }
      numbersOk &= columnOk;
    }
    if (numbersOk && io.xinlu.internal.LinearAlgebra.leontiefInverse(a, n) == null) {
      // column sums are at most 1 but a closed group of sectors uses up all its own output
      StringBuilder cols = new StringBuilder();
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += a[i * n + j];
        }
        if (sum >= 1 - 1e-9) {
          cols.append(cols.length() == 0 ? "" : ", ").append('\'').append(sectorIds.get(j)).append('\'');
        }
      }
      p.add("unproductive: the spectral radius of A is not below 1 (columns whose inputs sum to 1: " + cols + ")");
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof InputOutputTable)) {
      return false;
    }
    InputOutputTable t = (InputOutputTable) o;
    return t.sectorIds.equals(sectorIds) && Arrays.equals(t.a, a) && Arrays.equals(t.v, v);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * sectorIds.hashCode() + Arrays.hashCode(a)) + Arrays.hashCode(v);
  }

  @Override
  public String toString() {
    return "InputOutputTable{" + sectorIds + "}";
  }
}
