package io.xinlu.uncertainty.sampling;

import com.google.common.collect.ImmutableList;
import io.xinlu.InvalidModelException;
import io.xinlu.internal.LinearAlgebra;
import io.xinlu.internal.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a study varies: uncertain parameters (each with a {@link Distribution}), policy {@link Lever}s, and
 * optionally the rank correlation among the uncertain parameters.
 *
 * <pre>{@code
 * ParameterSpace space = ParameterSpace.builder()
 *     .parameter("sector/coal/growth", Distribution.triangular(-0.08, -0.04, 0.0))
 *     .parameter("price/coal", Distribution.lognormalFromMeanAndSd(800, 150))
 *     .parameter("sector/services/growth", Distribution.normal(0.06, 0.01))
 *     .rankCorrelation("sector/coal/growth", "price/coal", 0.6)
 *     .lever("policy/carbon-price", 50, 100, 200)
 *     .build();
 * }</pre>
 *
 * <p>The order of the uncertain parameters is the order of a design's columns ({@link Design#values}) and of the
 * rows and columns of the rank-correlation matrix. The correlation is given either as a whole matrix
 * ({@link Builder#rankCorrelation(double[][])}) or pair by pair ({@link Builder#rankCorrelation(String, String,
 * double)}, unnamed pairs are uncorrelated), not both.
 *
 * <p>{@link Builder#build()} checks everything at once and throws one {@link InvalidModelException} (an
 * {@link IllegalArgumentException}) about {@code parameter space} that lists every problem: no parameter and no
 * lever, a name used twice (parameter and lever names share one namespace), and for the correlation matrix each
 * failed check of {@link Correlations#problems}: the wrong size, a non-finite entry, asymmetry beyond {@code 1e-12},
 * a diagonal entry other than 1, an entry outside {@code [-1, 1]}, not positive definite; pairs naming an unknown
 * parameter, a lever, the same parameter twice or the same pair twice; a constant parameter correlated with another.
 *
 * <p>Immutable and thread-safe; the {@link Builder} is mutable. A symmetric matrix within the tolerance is stored
 * exactly symmetric (the mean of the two triangles). Equality compares parameters, levers and the matrix.
 *
 * @since 0.1.0
 */
public final class ParameterSpace {
  private final ImmutableList<UncertainParameter> parameters;
  private final ImmutableList<Lever> levers;
  private final boolean correlated;
  private final double[][] correlation;

  private ParameterSpace(ImmutableList<UncertainParameter> parameters, ImmutableList<Lever> levers,
      boolean correlated, double[][] correlation) {
    this.parameters = parameters;
    this.levers = levers;
    this.correlated = correlated;
    this.correlation = correlation;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A space of independent uncertain parameters and no levers.
   *
   * @throws InvalidModelException if there is no parameter or a name is used twice
   */
  public static ParameterSpace of(Iterable<UncertainParameter> parameters) {
    return builder().parameters(parameters).build();
  }

  /** The uncertain parameters, in design-column order. */
  public ImmutableList<UncertainParameter> parameters() {
    return parameters;
  }

  /** The levers, in the order given. */
  public ImmutableList<Lever> levers() {
    return levers;
  }

  /** The names of the uncertain parameters, in order. */
  public ImmutableList<String> parameterNames() {
    return parameters.stream().map(UncertainParameter::name).collect(ImmutableList.toImmutableList());
  }

  /** The names of the levers, in order. */
  public ImmutableList<String> leverNames() {
    return levers.stream().map(Lever::name).collect(ImmutableList.toImmutableList());
  }

  /**
   * The position of an uncertain parameter: its design column.
   *
   * @throws IllegalArgumentException if there is no such parameter; the message lists the parameters
   */
  public int indexOfParameter(String name) {
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no uncertain parameter '" + name + "'; the parameters are " + parameterNames());
  }

  /**
   * The uncertain parameter of that name.
   *
   * @throws IllegalArgumentException if there is no such parameter; the message lists the parameters
   */
  public UncertainParameter parameter(String name) {
    return parameters.get(indexOfParameter(name));
  }

  /**
   * The lever of that name.
   *
   * @throws IllegalArgumentException if there is no such lever; the message lists the levers
   */
  public Lever lever(String name) {
    for (Lever l : levers) {
      if (l.name().equals(name)) {
        return l;
      }
    }
    throw new IllegalArgumentException("no lever '" + name + "'; the levers are " + leverNames());
  }

  /** Whether a rank correlation was given; if not, the parameters are independent. */
  public boolean isCorrelated() {
    return correlated;
  }

  /**
   * The rank-correlation matrix among the uncertain parameters, in their order: a copy, the identity if none was
   * given.
   */
  public double[][] rankCorrelation() {
    return LinearAlgebra.copy(correlation);
  }

  /**
   * The rank correlation between two uncertain parameters.
   *
   * @throws IllegalArgumentException if a name is not an uncertain parameter
   */
  public double rankCorrelation(String a, String b) {
    return correlation[indexOfParameter(a)][indexOfParameter(b)];
  }

  /**
   * A copy of this space with the given rank-correlation matrix among its uncertain parameters (replacing any).
   *
   * @throws InvalidModelException if the matrix fails a check
   */
  public ParameterSpace withRankCorrelation(double[][] matrix) {
    return builder().parameters(parameters).levers(levers).rankCorrelation(matrix).build();
  }

  /** A copy of this space without rank correlation: independent parameters. */
  public ParameterSpace withoutRankCorrelation() {
    return correlated ? builder().parameters(parameters).levers(levers).build() : this;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ParameterSpace && ((ParameterSpace) o).parameters.equals(parameters)
        && ((ParameterSpace) o).levers.equals(levers) && ((ParameterSpace) o).correlated == correlated
        && Arrays.deepEquals(((ParameterSpace) o).correlation, correlation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parameters, levers, Arrays.deepHashCode(correlation));
  }

  @Override
  public String toString() {
    return "ParameterSpace{parameters=" + parameters + ", levers=" + levers
        + (correlated ? ", rankCorrelation=" + Arrays.deepToString(correlation) : "") + "}";
  }

  /**
   * Builds a {@link ParameterSpace}. Mutable, not thread-safe; {@link #build()} checks everything and may be called
   * again after changes.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<UncertainParameter> parameters = new ArrayList<>();
    private final List<Lever> levers = new ArrayList<>();
    private double[][] matrix = new double[0][];
    private boolean hasMatrix;
    private final List<Pair> pairs = new ArrayList<>();

    private Builder() {}

    /**
     * Adds an uncertain parameter.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder parameter(String name, Distribution distribution) {
      return parameter(UncertainParameter.of(name, distribution));
    }

    /** Adds an uncertain parameter. */
    public Builder parameter(UncertainParameter parameter) {
      parameters.add(parameter);
      return this;
    }

    /** Adds uncertain parameters, in order. */
    public Builder parameters(Iterable<UncertainParameter> more) {
      more.forEach(parameters::add);
      return this;
    }

    /**
     * Adds a lever.
     *
     * @throws IllegalArgumentException if the lever is invalid (see {@link Lever})
     */
    public Builder lever(String name, double... values) {
      return lever(Lever.of(name, values));
    }

    /** Adds a lever. */
    public Builder lever(Lever lever) {
      levers.add(lever);
      return this;
    }

    /** Adds levers, in order. */
    public Builder levers(Iterable<Lever> more) {
      more.forEach(levers::add);
      return this;
    }

    /**
     * Sets the whole rank-correlation matrix among the uncertain parameters, in their order (copied; checked by
     * {@link #build()}). Cannot be combined with pairwise correlations.
     */
    public Builder rankCorrelation(double[][] matrix) {
      this.matrix = LinearAlgebra.copy(matrix);
      this.hasMatrix = true;
      return this;
    }

    /**
     * Sets the rank correlation between two uncertain parameters (checked by {@link #build()}); pairs not set are
     * uncorrelated. Cannot be combined with a whole matrix.
     */
    public Builder rankCorrelation(String a, String b, double rho) {
      pairs.add(new Pair(a, b, rho));
      return this;
    }

    /**
     * Checks and builds the space.
     *
     * @throws InvalidModelException listing every problem found
     */
    public ParameterSpace build() {
      Problems problems = Problems.collector();
      if (parameters.isEmpty() && levers.isEmpty()) {
        problems.add("needs at least one uncertain parameter or lever");
      }
      Map<String, String> owners = new LinkedHashMap<>();
      Map<String, Integer> parameterIndex = new HashMap<>();
      for (int i = 0; i < parameters.size(); i++) {
        claim(owners, parameters.get(i).name(), "parameter " + i, problems);
        parameterIndex.putIfAbsent(parameters.get(i).name(), i);
      }
      for (int i = 0; i < levers.size(); i++) {
        claim(owners, levers.get(i).name(), "lever " + i, problems);
      }
      int k = parameters.size();
      double[][] c = identity(k);
      Problems at = problems.at("rank correlation");
      if (hasMatrix && !pairs.isEmpty()) {
        at.add("give either a whole matrix or pairs, not both (got a matrix of " + matrix.length + " rows and "
            + pairs.size() + (pairs.size() == 1 ? " pair)" : " pairs)"));
      } else if (hasMatrix) {
        ImmutableList<String> found =
            Correlations.problems(matrix, k, "one row and column per uncertain parameter, " + k + " here");
        found.forEach(at::add);
        if (found.isEmpty()) {
          c = symmetrized(matrix);
        }
      } else if (!pairs.isEmpty()) {
        c = fromPairs(at, parameterIndex, owners, k);
      }
      boolean correlated = hasMatrix || !pairs.isEmpty();
      if (correlated && problems.isEmpty()) {
        for (int i = 0; i < k; i++) {
          Distribution d = parameters.get(i).distribution();
          for (int j = 0; j < k; j++) {
            if (i != j && c[i][j] != 0 && d.kind().equals("constant")) {
              at.add("parameter '" + parameters.get(i).name() + "' is constant and cannot be correlated with '"
                  + parameters.get(j).name() + "' (" + c[i][j] + ")");
            }
          }
        }
      }
      problems.throwIfAny("parameter space");
      return new ParameterSpace(ImmutableList.copyOf(parameters), ImmutableList.copyOf(levers), correlated, c);
    }

    private static void claim(Map<String, String> owners, String name, String who, Problems problems) {
      String before = owners.putIfAbsent(name, who);
      if (before != null) {
        problems.add("name '" + name + "' is used twice (" + before + " and " + who + ")");
      }
    }

    private double[][] fromPairs(Problems at, Map<String, Integer> parameterIndex, Map<String, String> owners,
        int k) {
      double[][] c = identity(k);
      boolean[][] set = new boolean[k][k];
      boolean ok = true;
      for (Pair p : pairs) {
        String where = "pair ('" + p.a() + "', '" + p.b() + "')";
        int i = parameterIndex.getOrDefault(p.a(), -1);
        int j = parameterIndex.getOrDefault(p.b(), -1);
        for (String name : new String[] {p.a(), p.b()}) {
          if (!parameterIndex.containsKey(name)) {
            String owner = owners.get(name);
            at.add(where + ": " + (owner != null && owner.startsWith("lever")
                ? "'" + name + "' is a lever; rank correlation is among uncertain parameters"
                : "no uncertain parameter '" + name + "'"));
            ok = false;
          }
        }
        if (!(p.rho() >= -1 && p.rho() <= 1)) {
          at.add(where + ": " + p.rho() + " lies outside [-1, 1]");
          ok = false;
        }
        if (i < 0 || j < 0) {
          continue;
        }
        if (i == j) {
          at.add(where + ": a parameter's correlation with itself is 1 and cannot be set");
          ok = false;
        } else if (set[i][j]) {
          at.add(where + ": the pair is given twice");
          ok = false;
        } else {
          set[i][j] = true;
          set[j][i] = true;
          c[i][j] = p.rho();
          c[j][i] = p.rho();
        }
      }
      if (ok) {
        Correlations.problems(c, k, "one row and column per uncertain parameter, " + k + " here").forEach(at::add);
      }
      return c;
    }

    private static double[][] identity(int k) {
      double[][] c = new double[k][k];
      for (int i = 0; i < k; i++) {
        c[i][i] = 1.0;
      }
      return c;
    }

    private static double[][] symmetrized(double[][] m) {
      int k = m.length;
      double[][] c = new double[k][k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          c[i][j] = i == j ? 1.0 : (m[i][j] + m[j][i]) / 2;
        }
      }
      return c;
    }
  }

  private record Pair(String a, String b, double rho) {}
}
