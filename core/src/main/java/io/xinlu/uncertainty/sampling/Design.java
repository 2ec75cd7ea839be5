package io.xinlu.uncertainty.sampling;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A sampling design: an immutable {@code n x k} matrix, one row per point (run), one column per input. Made by
 * {@link Designs}.
 *
 * <p>What the columns hold is its {@link Kind}:
 *
 * <ul>
 *   <li>{@link Kind#UNIT_CUBE}: probabilities strictly inside {@code (0, 1)}, column {@code j} for uncertain
 *       parameter {@code j} of a {@link ParameterSpace} (Monte Carlo, Latin hypercube, Sobol); {@link #values}
 *       maps each through its parameter's {@link Distribution#inverseCdf};
 *   <li>{@link Kind#PARAMETER_VALUES}: values in the uncertain parameters' own units, column {@code j} for parameter
 *       {@code j} (a user's own {@link Designs#table table});
 *   <li>{@link Kind#LEVER_VALUES}: lever settings, column {@code j} for lever {@code j}
 *       ({@link Designs#fullFactorial full factorial}).
 * </ul>
 *
 * <p>Immutable and thread-safe: accessors return copies. Two designs are equal when they have the same kind, shape
 * and bit-identical entries, whatever their {@link #method()}.
 *
 * @since 0.1.0
 */
public final class Design {
  /**
   * What a design's columns hold. Immutable and thread-safe.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** Probabilities in {@code (0, 1)}, one column per uncertain parameter. */
    UNIT_CUBE,
    /** Values in the uncertain parameters' units, one column per uncertain parameter. */
    PARAMETER_VALUES,
    /** Lever settings, one column per lever. */
    LEVER_VALUES
  }

  private final Kind kind;
  private final String method;
  private final int size;
  private final int dimension;
  private final double[] data;

  /** Takes ownership of {@code data}, row-major {@code size x dimension}. */
  Design(Kind kind, String method, int size, int dimension, double[] data) {
    this.kind = kind;
    this.method = method;
    this.size = size;
    this.dimension = dimension;
    this.data = data;
  }

  /** What the columns hold. */
  public Kind kind() {
    return kind;
  }

  /** How the design was made, such as {@code latinHypercube(k=3, n=100, seed=42)}. */
  public String method() {
    return method;
  }

  /** The number of points (rows), {@code n}. */
  public int size() {
    return size;
  }

  /** The number of inputs (columns), {@code k}. */
  public int dimension() {
    return dimension;
  }

  /**
   * Point {@code i}: a copy of row {@code i}.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
   */
  public double[] point(int i) {
    checkRow(i);
    return Arrays.copyOfRange(data, i * dimension, (i + 1) * dimension);
  }

  /**
   * The entry in row {@code i}, column {@code j}.
   *
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public double get(int i, int j) {
    checkRow(i);
    if (j < 0 || j >= dimension) {
      throw new IndexOutOfBoundsException("column " + j + " of a design with " + dimension + " columns");
    }
    return data[i * dimension + j];
  }

  /**
   * A copy of column {@code j}.
   *
   * @throws IndexOutOfBoundsException if {@code j} is not in {@code [0, dimension())}
   */
  public double[] column(int j) {
    if (j < 0 || j >= dimension) {
      throw new IndexOutOfBoundsException("column " + j + " of a design with " + dimension + " columns");
    }
    double[] c = new double[size];
    for (int i = 0; i < size; i++) {
      c[i] = data[i * dimension + j];
    }
    return c;
  }

  /** A copy of the whole matrix, {@code n x k}. */
  public double[][] toArray() {
    double[][] m = new double[size][];
    for (int i = 0; i < size; i++) {
      m[i] = Arrays.copyOfRange(data, i * dimension, (i + 1) * dimension);
    }
    return m;
  }

  /**
   * The design in the space's units, {@code n x k}: for a {@link Kind#UNIT_CUBE} design, entry {@code [i][j]} is
   * {@code space.parameters().get(j).distribution().inverseCdf(u[i][j])}; for {@link Kind#PARAMETER_VALUES} and
   * {@link Kind#LEVER_VALUES}, a copy of the matrix, after checking that every entry of a lever column is one of
   * that lever's settings.
   *
   * @throws IllegalArgumentException if the number of columns differs from the number of uncertain parameters
   *     (levers, for a lever design) of the space, or a lever column holds a value that is not a setting of its lever
   */
  public double[][] values(ParameterSpace space) {
    if (kind == Kind.LEVER_VALUES) {
      ImmutableList<Lever> levers = space.levers();
      checkArgument(levers.size() == dimension, "design %s has %s columns but the space has %s levers %s", method,
          dimension, levers.size(), space.leverNames());
      for (int i = 0; i < size; i++) {
        for (int j = 0; j < dimension; j++) {
          double x = data[i * dimension + j];
          checkArgument(levers.get(j).contains(x), "design %s, row %s, column %s: %s is not a setting of lever %s",
              method, i, j, Distribution.fmt(x), levers.get(j));
        }
      }
      return toArray();
    }
    ImmutableList<UncertainParameter> parameters = space.parameters();
    checkArgument(parameters.size() == dimension, "design %s has %s columns but the space has %s uncertain parameters %s",
        method, dimension, parameters.size(), space.parameterNames());
    if (kind == Kind.PARAMETER_VALUES) {
      return toArray();
    }
    double[][] m = new double[size][dimension];
    for (int j = 0; j < dimension; j++) {
      Distribution d = parameters.get(j).distribution();
      for (int i = 0; i < size; i++) {
        m[i][j] = d.inverseCdf(data[i * dimension + j]);
      }
    }
    return m;
  }

  /** The row-major data, not copied: for this package only. */
  double[] data() {
    return data;
  }

  private void checkRow(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("point " + i + " of a design with " + size + " points");
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Design && ((Design) o).kind == kind && ((Design) o).size == size
        && ((Design) o).dimension == dimension && Arrays.equals(((Design) o).data, data);
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + dimension) * 31 + Arrays.hashCode(data);
  }

  /** The method, kind and shape, such as {@code sobol(k=2, n=8, skip=1): UNIT_CUBE, 8 x 2}. */
  @Override
  public String toString() {
    return method + ": " + kind + ", " + size + " x " + dimension;
  }
}
