package io.xinlu.uncertainty.sampling;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.xinlu.internal.SobolDirectionNumbers;
import io.xinlu.internal.SobolSequence;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Factories of sampling {@link Design}s.
 *
 * <pre>{@code
 * Design mc = Designs.monteCarlo(3, 1000, 42);         // k = 3 parameters, n = 1000 points, seed 42
 * Design lhs = Designs.latinHypercube(3, 200, 42);
 * Design qmc = Designs.sobol(3, 1024);                  // points 1..1024 of the Sobol sequence
 * Design levers = Designs.fullFactorial(space.levers());
 * double[][] values = lhs.values(space);                // through each parameter's inverse CDF
 * }</pre>
 *
 * <p>Every method is a pure function of its arguments: randomness comes only from the {@code seed}, which seeds a
 * Commons RNG {@link RandomSource#XO_RO_SHI_RO_128_PP} generator, so the same arguments give bit-identical designs
 * on every run, thread and platform (for a given Commons RNG release, whose generators and seeding are specified).
 * Unit-cube points lie strictly inside {@code (0, 1)}: a uniform draw is {@code (b + 1/2) 2^-52} for 52 random bits
 * {@code b}, so no design gives 0 or 1 and no inverse CDF of an unbounded distribution returns an infinity.
 *
 * <p>Bad arguments throw an {@link IllegalArgumentException} naming the design and the argument, such as
 * {@code latinHypercube: n must be at least 2 (one point per stratum), got 1}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Designs {
  /** The number of Sobol dimensions embedded: 1000, from Joe and Kuo's {@code new-joe-kuo-6.21201}. */
  public static final int SOBOL_MAX_DIMENSION = SobolDirectionNumbers.DIMENSIONS;

  private Designs() {}

  /**
   * Simple random sampling: {@code n} independent points, uniform on the unit cube. Columns are filled row by row
   * from one generator.
   *
   * @param k the number of uncertain parameters, at least 1
   * @param n the number of points, at least 1
   * @param seed the generator's seed
   * @throws IllegalArgumentException if {@code k < 1}, {@code n < 1} or {@code n * k} exceeds the largest array
   */
  public static Design monteCarlo(int k, int n, long seed) {
    String method = "monteCarlo(k=" + k + ", n=" + n + ", seed=" + seed + ")";
    checkShape("monteCarlo", k, n, 1);
    UniformRandomProvider rng = generator(seed);
    double[] data = new double[n * k];
    for (int c = 0; c < data.length; c++) {
      data[c] = openUniform(rng);
    }
    return new Design(Design.Kind.UNIT_CUBE, method, n, k, data);
  }

  /**
   * A Latin hypercube (McKay, Beckman and Conover 1979): each margin is cut into {@code n} strata
   * {@code [s/n, (s+1)/n)} and holds exactly one point in each; the point of stratum {@code s} is uniform inside
   * it, and the strata are matched across columns by independent random permutations. Column by column, one
   * generator draws the permutation ({@link PermutationSampler#shuffle}) and then the {@code n} positions. The
   * stratum of {@code u} is {@code floor(n u)} in double arithmetic, and each point is placed so that this holds.
   *
   * @param k the number of uncertain parameters, at least 1
   * @param n the number of points and strata, at least 2
   * @param seed the generator's seed
   * @throws IllegalArgumentException if {@code k < 1}, {@code n < 2} or {@code n * k} exceeds the largest array
   */
  public static Design latinHypercube(int k, int n, long seed) {
    String method = "latinHypercube(k=" + k + ", n=" + n + ", seed=" + seed + ")";
    checkShape("latinHypercube", k, n, 2);
    UniformRandomProvider rng = generator(seed);
    double[] data = new double[n * k];
    int[] strata = new int[n];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < n; i++) {
        strata[i] = i;
      }
      PermutationSampler.shuffle(rng, strata);
      for (int i = 0; i < n; i++) {
        data[i * k + j] = inStratum(strata[i], n, openUniform(rng));
      }
    }
    return new Design(Design.Kind.UNIT_CUBE, method, n, k, data);
  }

  /**
   * The first {@code n} points of the {@code k}-dimensional Sobol sequence after the all-zero point: the same as
   * {@link #sobol(int, int, long) sobol(k, n, 1)}.
   *
   * @throws IllegalArgumentException as {@link #sobol(int, int, long)}
   */
  public static Design sobol(int k, int n) {
    return sobol(k, n, 1);
  }

  /**
   * Points {@code skip, ..., skip + n - 1} of the {@code k}-dimensional Sobol sequence (Sobol' 1967) with Joe and Kuo's
   * direction numbers ({@code new-joe-kuo-6.21201}, 2008), unscrambled, in Gray-code order: the points of SciPy's
   * {@code qmc.Sobol(d=k, scramble=False)} and of Joe and Kuo's {@code sobol.cc}. Deterministic: no seed.
   *
   * <p>Point 0 of the sequence is the all-zero corner, which would map to the lower end of every support (an
   * infinity for a normal); it is never part of a design, so {@code skip} must be at least 1 and every coordinate lies
   * strictly inside {@code (0, 1)}. The first 2-D points are {@code (0.5, 0.5), (0.75, 0.25), (0.25, 0.75),
   * (0.375, 0.375)}. Note (Owen 2020, "On dropping the first Sobol' point"): the balance properties of the sequence
   * hold for blocks of {@code 2^m} points starting at a multiple of {@code 2^m}; starting at 1 shifts the block by
   * one point. With {@code skip = 2^m} and {@code n = 2^m'} ({@code m' <= m}), the design is such a block.
   *
   * @param k the number of uncertain parameters, 1 to {@link #SOBOL_MAX_DIMENSION}
   * @param n the number of points, at least 1
   * @param skip the index of the first point, at least 1
   * @throws IllegalArgumentException if {@code k} is outside {@code [1, 1000]}, {@code n < 1}, {@code skip < 1},
   *     {@code skip + n - 1} exceeds the sequence's {@code 2^52 - 1} points, or {@code n * k} exceeds the largest
   *     array
   */
  public static Design sobol(int k, int n, long skip) {
    String method = "sobol(k=" + k + ", n=" + n + ", skip=" + skip + ")";
    checkShape("sobol", k, n, 1);
    checkArgument(k <= SOBOL_MAX_DIMENSION,
        "sobol: k = %s exceeds the %s dimensions embedded (Joe and Kuo's new-joe-kuo-6.21201, first %s)", k,
        SOBOL_MAX_DIMENSION, SOBOL_MAX_DIMENSION);
    checkArgument(skip >= 1, "sobol: skip must be at least 1 (point 0 is the all-zero corner), got %s", skip);
    checkArgument(skip <= SobolSequence.MAX_INDEX - n + 1,
        "sobol: skip + n - 1 = %s exceeds the last point of the sequence, 2^52 - 1", skip + n - 1);
    return new Design(Design.Kind.UNIT_CUBE, method, n, k, SobolSequence.points(k, n, skip));
  }

  /**
   * Every combination of the levers' settings, the first lever varying slowest and the last fastest: for levers
   * {@code a = [1, 2]} and {@code b = [10, 20, 30]}, the rows are {@code (1, 10), (1, 20), (1, 30), (2, 10), ...}.
   * A {@link Design.Kind#LEVER_VALUES} design with one column per lever.
   *
   * @throws IllegalArgumentException if there is no lever, two levers share a name, or the number of combinations
   *     times the number of levers exceeds the largest array
   */
  public static Design fullFactorial(Iterable<Lever> levers) {
    ImmutableList<Lever> list = ImmutableList.copyOf(levers);
    StringBuilder names = new StringBuilder();
    for (Lever l : list) {
      names.append(names.length() == 0 ? "" : ", ").append(l.name());
    }
    String method = "fullFactorial(levers=[" + names + "])";
    checkArgument(!list.isEmpty(), "fullFactorial: needs at least one lever");
    Set<String> seen = new HashSet<>();
    long combinations = 1;
    for (Lever l : list) {
      checkArgument(seen.add(l.name()), "fullFactorial: lever '%s' appears twice", l.name());
      combinations *= l.size();
      checkArgument(combinations * list.size() <= Integer.MAX_VALUE - 8,
          "fullFactorial: the levers [%s] have too many combinations for one design (more than %s cells)", names,
          Integer.MAX_VALUE - 8);
    }
    int k = list.size();
    int n = (int) combinations;
    double[] data = new double[n * k];
    int[] digit = new int[k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        data[i * k + j] = list.get(j).value(digit[j]);
      }
      for (int j = k - 1; j >= 0; j--) { // odometer: the last lever turns fastest
        if (++digit[j] < list.get(j).size()) {
          break;
        }
        digit[j] = 0;
      }
    }
    return new Design(Design.Kind.LEVER_VALUES, method, n, k, data);
  }

  /**
   * Every combination of the space's levers: {@link #fullFactorial(Iterable) fullFactorial(space.levers())}.
   *
   * @throws IllegalArgumentException if the space has no lever
   */
  public static Design fullFactorial(ParameterSpace space) {
    return fullFactorial(space.levers());
  }

  /**
   * A user's own samples, in the uncertain parameters' own units ({@link Design.Kind#PARAMETER_VALUES}): row
   * {@code i} is run {@code i}, column {@code j} parameter {@code j}. The array is copied.
   *
   * @throws IllegalArgumentException if there is no row, no column, the rows differ in length, or a value is not
   *     finite
   */
  public static Design table(double[][] values) {
    checkArgument(values.length >= 1, "table: needs at least one row");
    int k = values[0].length;
    checkArgument(k >= 1, "table: needs at least one column");
    checkArgument((long) values.length * k <= Integer.MAX_VALUE - 8, "table: %s x %s values exceed the largest array",
        values.length, k);
    double[] data = new double[values.length * k];
    for (int i = 0; i < values.length; i++) {
      checkArgument(values[i].length == k, "table: row %s has %s values, not %s like row 0", i, values[i].length, k);
      for (int j = 0; j < k; j++) {
        checkArgument(Double.isFinite(values[i][j]), "table: row %s, column %s is %s, not a finite number", i, j,
            values[i][j]);
        data[i * k + j] = values[i][j];
      }
    }
    return new Design(Design.Kind.PARAMETER_VALUES, "table(n=" + values.length + ", k=" + k + ")", values.length, k,
        data);
  }

  // ---------------------------------------------------------------------------------------------------- helpers

  /** The generator of every seeded design and of Iman-Conover's score permutations. */
  static UniformRandomProvider generator(long seed) {
    return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
  }

  /** A uniform draw strictly inside (0, 1): {@code (b + 1/2) 2^-52} for 52 random bits {@code b}. */
  static double openUniform(UniformRandomProvider rng) {
    return ((rng.nextLong() >>> 12) + 0.5) * 0x1.0p-52;
  }

  /** {@code (s + u) / n}, nudged if rounding put it outside stratum {@code s}, so that {@code floor(n x) == s}. */
  static double inStratum(int s, int n, double u) {
    double x = (s + u) / n;
    while (Math.floor(x * n) > s || x >= 1) {
      x = Math.nextDown(x);
    }
    while (Math.floor(x * n) < s || x <= 0) {
      x = Math.nextUp(x);
    }
    return x;
  }

  private static void checkShape(String design, int k, int n, int minN) {
    checkArgument(k >= 1, "%s: k (the number of parameters) must be at least 1, got %s", design, k);
    checkArgument(n >= minN, "%s: n must be at least %s%s, got %s", design, minN,
        minN == 2 ? " (one point per stratum, at least two strata)" : "", n);
    checkArgument((long) n * k <= Integer.MAX_VALUE - 8, "%s: n * k = %s exceeds the largest array (%s cells)", design,
        (long) n * k, Integer.MAX_VALUE - 8);
  }
}
