package io.xinlu.analysis.inputoutput;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.xinlu.InvalidModelException;
import io.xinlu.PathSegment;
import io.xinlu.analysis.internal.Checks;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.Sector;
import io.xinlu.internal.LinearAlgebra;
import io.xinlu.internal.Problems;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Input-output analysis of a city's base-year table: the Leontief inverse, output and factor multipliers,
 * Rasmussen linkages and key sectors, the hypothetical extraction of a sector and the effect of a change in final
 * demand. The formulas, conventions and the published examples the tests reproduce are in
 * {@code docs/analysis/INPUT-OUTPUT.md}.
 *
 * <p>From a profile, which must have an input-output table:
 * <pre>{@code
 * InputOutputAnalysis io = InputOutputAnalysis.from(profile);
 * io.outputMultipliers();                        // column sums of L, per sector
 * io.multipliers(IoFactor.EMPLOYMENT);           // thousand persons per billion CNY of final demand
 * io.linkages().sectorsIn(KeySectorClass.KEY);   // Rasmussen key sectors
 * io.extraction("coal").valueAddedLossShare();   // share of GDP that goes if coal vanishes
 * io.impactOf(Map.of("new-materials", 12.0)).totalChange(IoFactor.CO2);   // Mt
 * }</pre>
 * The profile's gross output is {@code x_j = V_j / v_j} and its intensities give the direct coefficients per unit of
 * gross output: value added {@code v_j}, employment {@code v_j / q_j} ({@code = N_j / x_j}), energy {@code e_j v_j}
 * ({@code = E_j / x_j}) and CO2 {@code c_j e_j v_j} ({@code = C_j / x_j}). Employment coefficients exist only when
 * the profile has employment data.
 *
 * <p>From plain arrays, such as a published table:
 * <pre>{@code
 * InputOutputAnalysis io = InputOutputAnalysis.builder(List.of("s1", "s2"))
 *     .transactions(new double[][] {{150, 500}, {200, 100}})   // or technicalCoefficients(a)
 *     .grossOutput(1000, 2000)
 *     .factorTotals(IoFactor.VALUE_ADDED, 650, 1400)            // or factorCoefficients(factor, c)
 *     .build();
 * }</pre>
 *
 * <p>Results are keyed by sector id, in the profile's sector order (or the order given to the builder). Money is
 * in billion CNY and factors in the {@link IoFactor#unit() units} of {@link IoFactor} when the analysis comes from a
 * profile; a table built from plain arrays keeps whatever unit its numbers are in.
 *
 * <p>Immutable and thread-safe; everything is computed once when the analysis is created. Accessors of matrices
 * return copies.
 *
 * @since 0.1.0
 */
public final class InputOutputAnalysis {
  private final String subject;
  private final ImmutableList<String> sectorIds;
  private final ImmutableMap<String, Integer> index;
  private final int n;
  private final double[] a; // row-major n x n
  private final double[] x;
  private final double[] y;
  private final double[] l; // Leontief inverse, row-major
  private final double[] g; // Ghosh inverse, row-major
  private final double[] outputMultipliers;
  private final EnumMap<IoFactor, double[]> coefficients;
  private final EnumMap<IoFactor, String> missing;
  private final IoLinkages leontiefLinkages;
  private final IoLinkages ghoshLinkages;

  private InputOutputAnalysis(String subject, ImmutableList<String> sectorIds, double[] a, double[] x, double[] l,
      double[] g, EnumMap<IoFactor, double[]> coefficients, EnumMap<IoFactor, String> missing) {
    this.subject = subject;
    this.sectorIds = sectorIds;
    this.n = sectorIds.size();
    ImmutableMap.Builder<String, Integer> ib = ImmutableMap.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      ib.put(sectorIds.get(i), i);
    }
    this.index = ib.buildOrThrow();
    this.a = a;
    this.x = x;
    this.l = l;
    this.g = g;
    this.coefficients = coefficients;
    this.missing = missing;
    this.y = new double[n];
    for (int i = 0; i < n; i++) {
      double use = 0;
      for (int j = 0; j < n; j++) {
        use += a[i * n + j] * x[j];
      }
      y[i] = x[i] - use;
    }
    this.outputMultipliers = new double[n];
    for (int j = 0; j < n; j++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += l[i * n + j];
      }
      outputMultipliers[j] = s;
    }
    this.leontiefLinkages = linkages(ForwardLinkageMeasure.LEONTIEF, l);
    this.ghoshLinkages = linkages(ForwardLinkageMeasure.GHOSH, g);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // factories

  /**
   * The analysis of a profile's input-output table, with direct coefficients from the profile's base-year
   * intensities (see the class documentation). The profile was validated when built, so its table is productive.
   *
   * @throws IllegalArgumentException if the profile has no input-output table
   */
  public static InputOutputAnalysis from(CityProfile profile) {
    checkArgument(profile.inputOutputTable().isPresent(),
        "profile '%s' has no input-output table, and input-output analysis needs one: without a table the engine "
            + "takes A = 0 and v = 1, which has no inter-industry linkages to analyse; give the profile a table "
            + "with CityProfile.Builder.inputOutputTable(...)", profile.name());
    InputOutputTable t = profile.inputOutputTable().get();
    ImmutableList<String> ids = profile.sectorIds();
    int n = ids.size();
    double[][] ta = t.coefficients();
    double[] tv = t.valueAddedRatios();
    int[] map = new int[n];
    for (int i = 0; i < n; i++) {
      map[i] = t.sectorIds().indexOf(ids.get(i));
    }
    double[] a = new double[n * n];
    double[] v = new double[n];
    double[] x = new double[n];
    double[] energy = new double[n];
    double[] co2 = new double[n];
    double[] jobs = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = tv[map[i]];
      for (int j = 0; j < n; j++) {
        a[i * n + j] = ta[map[i]][map[j]];
      }
      Sector s = profile.sectors().get(i);
      x[i] = s.valueAdded() / v[i];
      energy[i] = s.baseEnergyIntensity() * v[i];
      co2[i] = s.emissionFactor() * energy[i];
      if (profile.hasEmployment()) {
        jobs[i] = v[i] / s.baseLabourProductivity();
      }
    }
    EnumMap<IoFactor, double[]> c = new EnumMap<>(IoFactor.class);
    EnumMap<IoFactor, String> missing = new EnumMap<>(IoFactor.class);
    c.put(IoFactor.VALUE_ADDED, v);
    if (profile.hasEmployment()) {
      c.put(IoFactor.EMPLOYMENT, jobs);
    } else {
      missing.put(IoFactor.EMPLOYMENT, "the profile has no employment data (give every sector its employment to "
          + "get them)");
    }
    c.put(IoFactor.ENERGY, energy);
    c.put(IoFactor.CO2, co2);
    double[] l = LinearAlgebra.leontiefInverse(a, n);
    checkState(l != null, "profile '%s': the input-output table is unproductive", profile.name());
    double[] g = ghoshInverse(a, l, x, n);
    checkState(g != null, "profile '%s': the Ghosh inverse does not exist", profile.name());
    return new InputOutputAnalysis("profile '" + profile.name() + "'", ids, a, x, l, g, c, missing);
  }

  /**
   * The analysis of a table given by its technical coefficients and gross output, without factor coefficients. A
   * shortcut for {@code builder(sectorIds).technicalCoefficients(a).grossOutput(x).build()}.
   *
   * @throws IllegalArgumentException if the dimensions disagree with the sector ids
   * @throws InvalidModelException if a number is invalid or the table is unproductive, listing every problem
   */
  public static InputOutputAnalysis of(List<String> sectorIds, double[][] a, double[] x) {
    return builder(sectorIds).technicalCoefficients(a).grossOutput(x).build();
  }

  /**
   * A builder for an analysis from plain arrays, in the order of {@code sectorIds}.
   *
   * @param sectorIds distinct, non-blank sector ids; at least one
   * @throws IllegalArgumentException if the ids are empty, blank or repeated
   */
  public static Builder builder(List<String> sectorIds) {
    return new Builder(sectorIds);
  }

  /**
   * Builds an {@link InputOutputAnalysis} from plain arrays; mutable, not thread-safe.
   *
   * <p>Give the inter-industry part either as technical coefficients {@code A} or as transactions {@code Z}
   * ({@code a_ij = z_ij / x_j}), and always the gross output {@code x}; factor coefficients are optional. A dimension
   * that does not match the sector ids fails at once with an {@link IllegalArgumentException}; giving a part twice,
   * or both {@code A} and {@code Z}, or both coefficients and totals of one factor, fails at once with an
   * {@link IllegalStateException} that names the conflict. {@link #build()} checks the numbers and throws one
   * {@link InvalidModelException} listing every problem: NaN or infinite values, negative entries, value-added
   * ratios above 1, columns whose inputs plus value added exceed their output, inputs or factor totals of a sector
   * without output, and an unproductive table.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final ImmutableList<String> ids;
    private final int n;
    private double @Nullable [] a;
    private double @Nullable [] z;
    private double @Nullable [] x;
    private final EnumMap<IoFactor, double[]> factorCoefficients = new EnumMap<>(IoFactor.class);
    private final EnumMap<IoFactor, double[]> factorTotals = new EnumMap<>(IoFactor.class);

    private Builder(List<String> sectorIds) {
      checkArgument(!sectorIds.isEmpty(), "input-output analysis: give at least one sector id");
      Set<String> seen = new HashSet<>();
      for (String id : sectorIds) {
        checkArgument(!id.isBlank(), "input-output analysis: sector ids must not be blank, got %s", sectorIds);
        checkArgument(seen.add(id), "input-output analysis: sector '%s' appears twice in %s", id, sectorIds);
      }
      this.ids = ImmutableList.copyOf(sectorIds);
      this.n = ids.size();
    }

    /**
     * The technical coefficients: {@code a[i][j]} is the input from sector {@code i} per unit of gross output of
     * sector {@code j}.
     */
    public Builder technicalCoefficients(double[][] a) {
      checkState(this.a == null, "technical coefficients were already given");
      checkState(this.z == null, "transactions were already given: give technical coefficients or transactions, "
          + "not both");
      this.a = square("A", a);
      return this;
    }

    /**
     * The inter-industry transactions: {@code z[i][j]} is what sector {@code j} buys from sector {@code i}, in the
     * unit of gross output. The technical coefficients are {@code z_ij / x_j}.
     */
    public Builder transactions(double[][] z) {
      checkState(this.z == null, "transactions were already given");
      checkState(this.a == null, "technical coefficients were already given: give technical coefficients or "
          + "transactions, not both");
      this.z = square("Z", z);
      return this;
    }

    /** The gross output of every sector (billion CNY in the engine's units). */
    public Builder grossOutput(double... x) {
      checkState(this.x == null, "gross output was already given");
      this.x = vector("gross output", x);
      return this;
    }

    /**
     * A factor's direct coefficients: the quantity per unit of gross output of every sector, in
     * {@link IoFactor#coefficientUnit()} (for {@link IoFactor#VALUE_ADDED} the value-added ratios).
     */
    public Builder factorCoefficients(IoFactor factor, double... perUnitOfOutput) {
      checkState(!factorCoefficients.containsKey(factor), "%s coefficients were already given", factor);
      checkState(!factorTotals.containsKey(factor), "%s totals were already given: give coefficients or totals, "
          + "not both", factor);
      factorCoefficients.put(factor, vector(factor + " coefficients", perUnitOfOutput));
      return this;
    }

    /**
     * A factor's sector totals, such as employment in thousand persons; the direct coefficients are the totals over
     * gross output.
     */
    public Builder factorTotals(IoFactor factor, double... totals) {
      checkState(!factorTotals.containsKey(factor), "%s totals were already given", factor);
      checkState(!factorCoefficients.containsKey(factor), "%s coefficients were already given: give coefficients "
          + "or totals, not both", factor);
      factorTotals.put(factor, vector(factor + " totals", totals));
      return this;
    }

    /**
     * Checks everything and returns the analysis.
     *
     * @throws IllegalStateException if the technical coefficients (or transactions) or the gross output are missing
     * @throws InvalidModelException listing every invalid number and, if the numbers are valid, an unproductive table
     */
    public InputOutputAnalysis build() {
      double[] raw = a != null ? a : z;
      checkState(raw != null, "no inter-industry table: call technicalCoefficients(a) or transactions(z)");
      checkState(x != null, "no gross output: call grossOutput(x)");
      Problems p = Problems.collector();
      boolean ok = true;
      for (int i = 0; i < n; i++) {
        ok &= p.at("gross output").nonNegative(named(i), x[i]);
      }
      double[] coef = new double[n * n];
      PathSegment.Kind entry = a != null ? PathSegment.Kind.INPUT : PathSegment.Kind.TRANSACTION;
      for (int j = 0; j < n; j++) {
        Problems col = p.at(PathSegment.Kind.COLUMN, ids.get(j), j);
        double inputs = 0;
        for (int i = 0; i < n; i++) {
          double value = raw[i * n + j];
          if (col.nonNegative(PathSegment.named(entry, ids.get(i)), value)) {
            inputs += value;
          } else {
            ok = false;
          }
        }
        if (z != null && ok) {
          if (x[j] > 0) {
            for (int i = 0; i < n; i++) {
              coef[i * n + j] = raw[i * n + j] / x[j];
            }
          } else if (inputs > 0) {
            col.add("inputs of " + inputs + " but zero gross output: a sector without output buys nothing");
            ok = false;
          }
        }
      }
      if (a != null) {
        coef = a.clone();
      }
      EnumMap<IoFactor, double[]> c = new EnumMap<>(IoFactor.class);
      for (Map.Entry<IoFactor, double[]> e : factorCoefficients.entrySet()) {
        Problems fp = p.at(e.getKey() + " coefficients");
        for (int i = 0; i < n; i++) {
          ok &= fp.nonNegative(named(i), e.getValue()[i]);
        }
        c.put(e.getKey(), e.getValue().clone());
      }
      for (Map.Entry<IoFactor, double[]> e : factorTotals.entrySet()) {
        Problems fp = p.at(e.getKey() + " totals");
        double[] per = new double[n];
        for (int i = 0; i < n; i++) {
          double total = e.getValue()[i];
          if (!fp.nonNegative(named(i), total)) {
            ok = false;
          } else if (x[i] > 0) {
            per[i] = total / x[i];
          } else if (total > 0) {
            fp.add(named(i), total + " with zero gross output: a sector without output has no " + e.getKey());
            ok = false;
          }
        }
        c.put(e.getKey(), per);
      }
      double[] v = c.get(IoFactor.VALUE_ADDED);
      if (ok && v != null) {
        for (int j = 0; j < n; j++) {
          double inputs = 0;
          for (int i = 0; i < n; i++) {
            inputs += coef[i * n + j];
          }
          if (v[j] > 1 + 1e-12) {
            p.at(PathSegment.Kind.COLUMN, ids.get(j), j).add("v", "value added per unit of output must not exceed 1, was " + v[j]);
            ok = false;
          } else if (inputs + v[j] > 1 + 1e-12) {
            p.at(PathSegment.Kind.COLUMN, ids.get(j), j).add("unproductive: inputs " + inputs + " plus value added " + v[j]
                + " exceed 1 per unit of output");
            ok = false;
          }
        }
      }
      double[] l = null;
      double[] g = null;
      if (ok) {
        l = LinearAlgebra.leontiefInverse(coef, n);
        if (l == null) {
          p.add(unproductive(coef));
        } else {
          g = ghoshInverse(coef, l, x, n);
          if (g == null) {
            p.add("unproductive: the Leontief inverse of the sectors with output does not exist numerically, so "
                + "neither does the Ghosh inverse");
          }
        }
      }
      p.throwIfAny("input-output analysis of " + ids);
      // with no problem found, both inverses were worked out
      checkState(l != null && g != null, "input-output analysis of %s: no inverse though no problem was found", ids);
      EnumMap<IoFactor, String> missing = new EnumMap<>(IoFactor.class);
      for (IoFactor f : IoFactor.values()) {
        if (!c.containsKey(f)) {
          missing.put(f, "none were given to the builder (factorCoefficients or factorTotals)");
        }
      }
      return new InputOutputAnalysis("input-output analysis of " + ids, ids, coef, x.clone(), l, g, c, missing);
    }

    private String unproductive(double[] coef) {
      StringBuilder cols = new StringBuilder();
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += coef[i * n + j];
        }
        if (sum >= 1 - 1e-9) {
          cols.append(cols.length() == 0 ? "" : ", ").append('\'').append(ids.get(j)).append("' (").append(sum)
              .append(')');
        }
      }
      return "unproductive: (I - A)^-1 does not exist or has negative entries, so the spectral radius of A is not "
          + "below 1 and no non-negative output meets every non-negative final demand (Hawkins-Simon); "
          + (cols.length() == 0 ? "no column of A sums to 1 or more, so I - A is numerically singular"
              : "columns whose inputs sum to 1 or more: " + cols);
    }

    private double[] square(String name, double[][] m) {
      checkArgument(m.length == n, "%s has %s rows for %s sectors %s", name, m.length, n, ids);
      double[] flat = new double[n * n];
      for (int i = 0; i < n; i++) {
        checkArgument(m[i].length == n, "row %s ('%s') of %s has %s columns for %s sectors %s", i, ids.get(i), name,
            m[i].length, n, ids);
        System.arraycopy(m[i], 0, flat, i * n, n);
      }
      return flat;
    }

    private double[] vector(String name, double[] v) {
      checkArgument(v.length == n, "%s has %s entries for %s sectors %s", name, v.length, n, ids);
      return v.clone();
    }

    /** The sector at place {@code i} of the analysis' vectors. */
    private PathSegment named(int i) {
      return PathSegment.named(PathSegment.Kind.SECTOR, ids.get(i), i);
    }
  }

  /**
   * The Ghosh inverse {@code G = (I - B)^-1} with output coefficients {@code b_ij = a_ij x_j / x_i}, computed without
   * inverting {@code I - B}: when every sector has output, {@code I - B = x^-1 (I - A) x}, so
   * {@code G = x^-1 L x}, {@code g_ij = L_ij x_j / x_i}, which stays accurate when outputs differ by many orders of
   * magnitude (where {@code B} has huge entries). A sector without output has a zero row of {@code B} and, since
   * nothing it buys has a value, a zero column too; {@code G} is then the identity on those sectors and
   * {@code x_P^-1 (I - A_PP)^-1 x_P} on the sectors {@code P} with output. Null if that inverse does not exist
   * numerically (never for a productive table in exact arithmetic: {@code I - A_PP} is a principal submatrix of the
   * M-matrix {@code I - A}).
   */
  private static double @Nullable [] ghoshInverse(double[] a, double[] l, double[] x, int n) {
    int[] positive = new int[n];
    int p = 0;
    for (int i = 0; i < n; i++) {
      if (x[i] > 0) {
        positive[p++] = i;
      }
    }
    double[] inv = l;
    if (p < n) {
      double[] sub = new double[p * p];
      for (int r = 0; r < p; r++) {
        for (int s = 0; s < p; s++) {
          sub[r * p + s] = a[positive[r] * n + positive[s]];
        }
      }
      inv = LinearAlgebra.leontiefInverse(sub, p);
      if (inv == null) {
        return null;
      }
    }
    double[] g = new double[n * n];
    for (int i = 0; i < n; i++) {
      if (!(x[i] > 0)) {
        g[i * n + i] = 1.0;
      }
    }
    for (int r = 0; r < p; r++) {
      int i = positive[r];
      for (int s = 0; s < p; s++) {
        int j = positive[s];
        double lij = p < n ? inv[r * p + s] : l[i * n + j];
        g[i * n + j] = lij * x[j] / x[i];
      }
    }
    return g;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // the table

  /** The sector ids, in the order of every result. */
  public ImmutableList<String> sectorIds() {
    return sectorIds;
  }

  /** The number of sectors. */
  public int size() {
    return n;
  }

  /** A copy of the technical coefficients {@code A}: {@code [i][j]} is the input from i per unit of output of j. */
  public double[][] technicalCoefficients() {
    return matrix(a);
  }

  /**
   * A copy of the Leontief inverse {@code L = (I - A)^-1}: {@code [i][j]} is the output of sector i per unit of final
   * demand for sector j, direct and indirect.
   */
  public double[][] leontiefInverse() {
    return matrix(l);
  }

  /** One entry of the Leontief inverse: output of {@code sector} per unit of final demand for {@code demandFor}. */
  public double leontief(String sector, String demandFor) {
    return l[indexOf(sector) * n + indexOf(demandFor)];
  }

  /**
   * A copy of the Ghosh inverse {@code G = (I - B)^-1} with output coefficients {@code b_ij = a_ij x_j / x_i}
   * (a zero row for a sector without output): {@code [i][j]} is the output of j supported by a unit of primary input
   * in i.
   */
  public double[][] ghoshInverse() {
    return matrix(g);
  }

  /** Gross output {@code x} per sector, billion CNY. */
  public ImmutableMap<String, Double> grossOutput() {
    return Checks.keyed(sectorIds, x);
  }

  /**
   * Final demand {@code y = (I - A) x} per sector, billion CNY: local consumption, investment and net outflow. It is
   * negative for a sector whose local buyers use more than it produces (a net importer).
   */
  public ImmutableMap<String, Double> finalDemand() {
    return Checks.keyed(sectorIds, y);
  }

  /** The factors the analysis has direct coefficients for. */
  public ImmutableSet<IoFactor> factors() {
    return ImmutableSet.copyOf(coefficients.keySet());
  }

  /** Whether the analysis has direct coefficients for the factor. */
  public boolean hasFactor(IoFactor factor) {
    return coefficients.containsKey(factor);
  }

  /**
   * A factor's direct coefficients {@code c_j}, per unit of gross output ({@link IoFactor#coefficientUnit()}).
   *
   * @throws IllegalArgumentException if the analysis has none for this factor; the message says why
   */
  public ImmutableMap<String, Double> directCoefficients(IoFactor factor) {
    return Checks.keyed(sectorIds, coefficients(factor));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // multipliers

  /**
   * The simple output multipliers {@code m_j = sum_i L_ij}, the column sums of {@code L}: the gross output of the
   * whole local economy per unit of final demand for sector j (Miller and Blair 2009, section 6.2.1). At least 1.
   */
  public ImmutableMap<String, Double> outputMultipliers() {
    return Checks.keyed(sectorIds, outputMultipliers);
  }

  /** One sector's simple output multiplier. */
  public double outputMultiplier(String sector) {
    return outputMultipliers[indexOf(sector)];
  }

  /**
   * A factor's simple (total) multipliers {@code (c'L)_j = sum_i c_i L_ij}: the factor generated in the whole local
   * economy, directly and indirectly, per unit of final demand for sector j, in {@link IoFactor#multiplierUnit()}.
   * Miller and Blair (2009, section 6.2) call these the simple income (employment, ...) multipliers; the Eurostat
   * Manual (2008, Table 15.16) calls them the value-added and employment multipliers.
   *
   * @throws IllegalArgumentException if the analysis has no coefficients for this factor; the message says why
   */
  public ImmutableMap<String, Double> multipliers(IoFactor factor) {
    return Checks.keyed(sectorIds, factorMultipliers(coefficients(factor)));
  }

  /** One sector's simple multiplier of a factor, {@code (c'L)_j}. */
  public double multiplier(IoFactor factor, String sector) {
    int j = indexOf(sector);
    double[] c = coefficients(factor);
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += c[i] * l[i * n + j];
    }
    return s;
  }

  /**
   * A factor's type I multipliers {@code (c'L)_j / c_j}: the total effect per unit of the direct effect, such as jobs
   * in the whole economy per job in the sector itself (Miller and Blair 2009, section 6.2). Dimensionless and at
   * least 1. Only sectors with a positive direct coefficient have one; the map leaves out the others.
   *
   * @throws IllegalArgumentException if the analysis has no coefficients for this factor; the message says why
   */
  public ImmutableMap<String, Double> typeIMultipliers(IoFactor factor) {
    double[] c = coefficients(factor);
    double[] m = factorMultipliers(c);
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    for (int j = 0; j < n; j++) {
      if (c[j] > 0) {
        b.put(sectorIds.get(j), m[j] / c[j]);
      }
    }
    return b.buildOrThrow();
  }

  /** One sector's type I multiplier of a factor; empty when the sector's direct coefficient is 0. */
  public OptionalDouble typeIMultiplier(IoFactor factor, String sector) {
    int j = indexOf(sector);
    double[] c = coefficients(factor);
    return c[j] > 0 ? OptionalDouble.of(multiplier(factor, sector) / c[j]) : OptionalDouble.empty();
  }

  private double[] factorMultipliers(double[] c) {
    double[] m = new double[n];
    for (int j = 0; j < n; j++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += c[i] * l[i * n + j];
      }
      m[j] = s;
    }
    return m;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // linkages

  /**
   * Rasmussen's normalised backward and forward linkage indices with the forward index from the row sums of
   * {@code L} ({@link ForwardLinkageMeasure#LEONTIEF}), and the key-sector class of every sector.
   */
  public IoLinkages linkages() {
    return leontiefLinkages;
  }

  /** The linkage indices with the forward index measured as chosen; the backward index is the same either way. */
  public IoLinkages linkages(ForwardLinkageMeasure forwardMeasure) {
    return forwardMeasure == ForwardLinkageMeasure.GHOSH ? ghoshLinkages : leontiefLinkages;
  }

  private IoLinkages linkages(ForwardLinkageMeasure measure, double[] forwardMatrix) {
    double totalL = 0;
    double totalF = 0;
    double[] rows = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        totalL += l[i * n + j];
        totalF += forwardMatrix[i * n + j];
        rows[i] += forwardMatrix[i * n + j];
      }
    }
    ImmutableMap.Builder<String, IoLinkage> b = ImmutableMap.builderWithExpectedSize(n);
    for (int j = 0; j < n; j++) {
      double backward = n * outputMultipliers[j] / totalL;
      double forward = n * rows[j] / totalF;
      b.put(sectorIds.get(j),
          new IoLinkage(sectorIds.get(j), backward, forward, KeySectorClass.of(backward, forward)));
    }
    return new IoLinkages(measure, b.buildOrThrow());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // hypothetical extraction

  /**
   * What the city loses if the sector vanishes: the complete hypothetical extraction of its row and column of
   * {@code A}, with the other sectors' final demand unchanged. See {@link HypotheticalExtraction}.
   *
   * <p>The other sectors keep their final demand as it is, including a negative one (net imports). If a remaining
   * sector's final demand is negative, its output without the extracted sector can come out negative too: the
   * linear model keeps its net imports fixed. The loss of total output is {@code x_k m_k / L_kk} either way.
   *
   * @throws IllegalArgumentException if there is no such sector; the message lists the known ids
   */
  public HypotheticalExtraction extraction(String sector) {
    int k = indexOf(sector);
    // x(-k)_R = (I - A_RR)^-1 y_R. The inverse of a principal submatrix is L_RR - L_Rk L_kR / L_kk (partitioned
    // inverse), and with x = L y this gives x_R - x(-k)_R = L_Rk x_k / L_kk: computed this way every sector's loss is
    // a product of non-negative numbers, so it is never negative through rounding, and it costs O(n), not O(n^3).
    double[] loss = new double[n];
    double scale = x[k] / l[k * n + k];
    for (int i = 0; i < n; i++) {
      loss[i] = i == k ? x[k] : l[i * n + k] * scale;
    }
    return new HypotheticalExtraction(sector, sectorIds, x, loss, coefficients);
  }

  /** The extraction of every sector, in table order. */
  public ImmutableList<HypotheticalExtraction> extractions() {
    List<HypotheticalExtraction> all = new ArrayList<>(n);
    for (String id : sectorIds) {
      all.add(extraction(id));
    }
    return ImmutableList.copyOf(all);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // final-demand change

  /**
   * The effect of a change in final demand: {@code dx = L dy} and the induced value added, jobs, energy and CO2.
   *
   * @param demandChange the change of final demand by sector id, billion CNY; sectors not named do not change;
   *     negative values are cuts; any numbers ({@code Map.of("s1", 250)} as well as {@code Map.of("s1", 250.0)})
   * @throws IllegalArgumentException if a sector id is unknown or a change is null, NaN or infinite; the message
   *     lists every such entry and the known ids
   */
  public DemandImpact impactOf(Map<String, ? extends Number> demandChange) {
    double[] dy = vector(demandChange, "final-demand change", "change");
    return new DemandImpact(sectorIds, dy, leontiefTimes(dy), coefficients);
  }

  /** The effect of changing one sector's final demand by {@code change} billion CNY. */
  public DemandImpact impactOf(String sector, double change) {
    return impactOf(Map.of(sector, change));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // output for a final demand, stressor accounts, results as arrays

  /**
   * The gross output that a final demand calls for, {@code x = (I - A)^-1 f = L f}, by sector (Miller and Blair 2009,
   * section 2.3): the output of every sector, directly and indirectly, needed to deliver {@code f} to final users.
   * With the table's own final demand ({@link #finalDemand()}) it gives back the table's gross output.
   *
   * <pre>{@code
   * Map<String, Double> x = analysis.outputFor(Map.of("s1", 600, "s2", 1500));
   * }</pre>
   *
   * @param finalDemand the final demand by sector id; sectors not named have none; any numbers
   * @throws IllegalArgumentException if a sector id is unknown or a value is null, NaN or infinite; the message lists
   *     every such entry and the known ids
   * @since 0.1.0
   */
  public ImmutableMap<String, Double> outputFor(Map<String, ? extends Number> finalDemand) {
    return Checks.keyed(sectorIds, leontiefTimes(vector(finalDemand, "final demand", "demand")));
  }

  /**
   * The gross output {@code x = L f} for a final demand given in sector order, in sector order.
   *
   * @param finalDemand one entry per sector, in the order of {@link #sectorIds()}
   * @throws IllegalArgumentException if the length is not the number of sectors or a value is NaN or infinite
   * @since 0.1.0
   */
  public double[] outputFor(double[] finalDemand) {
    return leontiefTimes(vector(finalDemand, "final demand"));
  }

  /**
   * The production-based and consumption-based accounts of any stressor for a final demand (see
   * {@link StressorAccounts}): the stressor need not be one of the {@link IoFactor built-in factors}.
   *
   * @param stressor a name for the stressor, used in results and messages
   * @param coefficients the stressor's direct coefficients per unit of gross output, one per sector in the order of
   *     {@link #sectorIds()}
   * @param finalDemand the final demand by sector id; sectors not named have none; any numbers
   * @throws IllegalArgumentException if the name is blank, the coefficients have the wrong length or a value is
   *     NaN or infinite, or a sector id is unknown; the message says which
   * @since 0.1.0
   */
  public StressorAccounts stressorAccounts(String stressor, double[] coefficients,
      Map<String, ? extends Number> finalDemand) {
    return stressorAccounts(stressor, coefficients, vector(finalDemand, "final demand", "demand"));
  }

  /**
   * The accounts of a stressor for a final demand given in sector order; see
   * {@link #stressorAccounts(String, double[], Map)}.
   *
   * @since 0.1.0
   */
  public StressorAccounts stressorAccounts(String stressor, double[] coefficients, double[] finalDemand) {
    checkArgument(stressor != null && !stressor.isBlank(), "%s: the stressor's name is blank", subject);
    double[] s = vector(coefficients, "stressor '" + stressor + "' coefficients");
    double[] f = vector(finalDemand, "final demand");
    return new StressorAccounts(stressor, sectorIds, s, f, leontiefTimes(f), factorMultipliers(s));
  }

  /**
   * The accounts of a stressor for the table's own final demand {@link #finalDemand()}; the production-based account
   * is then {@code s_i x_i} with the table's gross output.
   *
   * @since 0.1.0
   */
  public StressorAccounts stressorAccounts(String stressor, double[] coefficients) {
    return stressorAccounts(stressor, coefficients, y.clone());
  }

  /**
   * Gross output {@code x}, in the order of {@link #sectorIds()}.
   *
   * @since 0.1.0
   */
  public double[] grossOutputArray() {
    return x.clone();
  }

  /**
   * Final demand {@code y = (I - A) x}, in the order of {@link #sectorIds()}.
   *
   * @since 0.1.0
   */
  public double[] finalDemandArray() {
    return y.clone();
  }

  /**
   * The simple output multipliers, in the order of {@link #sectorIds()}.
   *
   * @since 0.1.0
   */
  public double[] outputMultipliersArray() {
    return outputMultipliers.clone();
  }

  /**
   * A factor's simple multipliers {@code (c'L)_j}, in the order of {@link #sectorIds()}.
   *
   * @throws IllegalArgumentException if the analysis has no coefficients for this factor; the message says why
   * @since 0.1.0
   */
  public double[] multipliersArray(IoFactor factor) {
    return factorMultipliers(coefficients(factor));
  }

  private double[] leontiefTimes(double[] f) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += l[i * n + j] * f[j];
      }
      out[i] = s;
    }
    return out;
  }

  private double[] vector(Map<String, ? extends Number> byId, String what, String noun) {
    checkNotNull(byId, what);
    double[] v = new double[n];
    List<String> bad = new ArrayList<>();
    for (Map.Entry<String, ? extends Number> e : byId.entrySet()) {
      Integer i = index.get(e.getKey());
      Number value = e.getValue();
      if (i == null) {
        bad.add("unknown sector '" + e.getKey() + "'");
      } else if (value == null) {
        bad.add("sector '" + e.getKey() + "': no " + noun + " (null)");
      } else if (!Double.isFinite(value.doubleValue())) {
        bad.add("sector '" + e.getKey() + "': " + value + " is not a finite " + noun);
      } else {
        v[i] = value.doubleValue() + 0.0;
      }
    }
    checkArgument(bad.isEmpty(), "%s: invalid %s: %s; known sectors: %s", subject, what, String.join("; ", bad),
        sectorIds);
    return v;
  }

  private double[] vector(double[] values, String what) {
    checkNotNull(values, what);
    checkArgument(values.length == n, "%s: the %s has %s values, but there are %s sectors %s", subject, what,
        values.length, n, sectorIds);
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(values[i])) {
        bad.add("sector '" + sectorIds.get(i) + "': " + values[i]);
      }
    }
    checkArgument(bad.isEmpty(), "%s: the %s must be finite numbers: %s", subject, what, String.join("; ", bad));
    return values.clone();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // helpers

  private int indexOf(String sector) {
    Integer i = index.get(sector);
    checkArgument(i != null, "%s has no sector '%s'; known sectors: %s", subject, sector, sectorIds);
    return i;
  }

  private double[] coefficients(IoFactor factor) {
    double[] c = coefficients.get(factor);
    if (c == null) {
      throw new IllegalArgumentException(subject + " has no " + factor + " coefficients: " + missing.get(factor));
    }
    return c;
  }


  private double[][] matrix(double[] flat) {
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(flat, i * n, out[i], 0, n);
    }
    return out;
  }

  @Override
  public String toString() {
    return "InputOutputAnalysis{" + subject + ", factors " + coefficients.keySet() + "}";
  }
}
