package io.xinlu.uncertainty.sensitivity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The trajectories of a Morris elementary-effects screening (Morris 1991, <i>Technometrics</i> 33:161-174):
 * {@code r} trajectories of {@code k + 1} points in the {@code k}-dimensional unit cube, each point differing from the
 * one before it in exactly one factor, and each factor changing exactly once in a trajectory. The design's rows are
 * the trajectories' points, trajectory by trajectory: row {@code t(k + 1) + s} is point {@code s} of trajectory
 * {@code t}. Run the model at every row, in order, and give the outputs to {@link MorrisAnalysis}.
 *
 * <p>{@link #random(List, int, int, long) random} builds Morris' design on a {@code p}-level grid
 * {@code {0, 1/(p-1), ..., 1}} with the step {@code Delta = p / (2(p - 1))}, as recommended by Morris (1991) and
 * used by Campolongo, Cariboni and Saltelli (2007, <i>Environmental Modelling &amp; Software</i> 22:1509-1518) and
 * Saltelli et al. (2008, <i>Global Sensitivity Analysis: The Primer</i>, chapter 3). For each trajectory it draws a
 * base point {@code x*} with every coordinate from the levels {@code {0, ..., 1 - Delta}}, a direction {@code +1} or
 * {@code -1} per factor and a random order of the factors; the trajectory starts at {@code x*}, or at
 * {@code x* + Delta} in the factors that move down, and moves each factor by its direction times {@code Delta} in
 * that order: the matrix {@code B*} of Morris (1991). The level count {@code p} must be even, so that {@code Delta}
 * is a whole number, {@code p/2}, of grid steps and every level is equally likely to be visited.
 *
 * <p>{@link #ofTrajectories(List, double[][][]) ofTrajectories} accepts trajectories given explicitly, for example to
 * reproduce a published example or to use an improved design (Campolongo et al. 2007 choose {@code r} trajectories
 * far apart among many); the step sizes then need not be equal.
 *
 * <pre>{@code
 * MorrisDesign design = MorrisDesign.random(List.of("growth", "efficiency", "coal-price"), 20, 4, 42);
 * MorrisAnalysis m = MorrisAnalysis.of(design, design.evaluate(u -> model(u)));
 * }</pre>
 *
 * <p>Immutable and thread-safe; accessors return copies.
 *
 * @since 0.1.0
 */
public final class MorrisDesign {
  private static final String WHAT = "Morris design";

  private final ImmutableList<String> names;
  private final int k;
  private final int r;
  private final double[] points; // row-major r(k+1) x k
  private final int[] moved; // moved[t * k + s]: the factor that changes from point s to s+1 of trajectory t
  private final int levels; // 0 for explicit trajectories

  private MorrisDesign(ImmutableList<String> names, int r, double[] points, int[] moved, int levels) {
    this.names = names;
    this.k = names.size();
    this.r = r;
    this.points = points;
    this.moved = moved;
    this.levels = levels;
  }

  /**
   * Returns Morris' random design on a {@code p}-level grid.
   *
   * @param names the factors' names
   * @param trajectories the number of trajectories {@code r}, at least 2 (the standard deviation of the elementary
   *     effects needs two); the model runs {@code r(k + 1)} times
   * @param levels the number of grid levels {@code p}, even and at least 2 (4 is common)
   * @param seed the seed of a {@link SplittableRandom}: the same seed gives the same design
   * @throws IllegalArgumentException if there are no factors, names repeat, {@code r < 2}, {@code p < 2} or {@code p}
   *     is odd
   */
  public static MorrisDesign random(List<String> names, int trajectories, int levels, long seed) {
    ImmutableList<String> ns = SensitivitySupport.factorNames(WHAT, names);
    int k = ns.size();
    checkTrajectories(trajectories);
    checkArgument(levels >= 2, "%s: the number of levels p must be at least 2, got %s", WHAT, levels);
    checkArgument(levels % 2 == 0, "%s: the number of levels p must be even, so that the step Delta = p/(2(p-1)) "
        + "lands on the grid; got %s", WHAT, levels);
    checkArgument((long) trajectories * (k + 1) * k <= Integer.MAX_VALUE,
        "%s: r = %s trajectories of k = %s factors give too many points", WHAT, trajectories, k);
    int half = levels / 2; // Delta in grid steps
    double[] points = new double[trajectories * (k + 1) * k];
    int[] moved = new int[trajectories * k];
    int[] level = new int[k];
    boolean[] down = new boolean[k];
    int[] order = new int[k];
    SplittableRandom random = new SplittableRandom(seed);
    for (int t = 0; t < trajectories; t++) {
      for (int i = 0; i < k; i++) {
        level[i] = random.nextInt(half);
      }
      for (int i = 0; i < k; i++) {
        down[i] = random.nextBoolean();
        if (down[i]) {
          level[i] += half;
        }
      }
      for (int i = 0; i < k; i++) {
        order[i] = i;
      }
      for (int i = k - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
      int row = t * (k + 1);
      for (int s = 0; s <= k; s++) {
        if (s > 0) {
          int i = order[s - 1];
          level[i] += down[i] ? -half : half;
          moved[t * k + s - 1] = i;
        }
        for (int i = 0; i < k; i++) {
          points[(row + s) * k + i] = level[i] / (double) (levels - 1);
        }
      }
    }
    return new MorrisDesign(ns, trajectories, points, moved, levels);
  }

  /**
   * Returns Morris' random design over the factors {@code x1 .. xk}, as {@link #random(List, int, int, long)}.
   *
   * @throws IllegalArgumentException if {@code k < 1}, {@code r < 2}, {@code p < 2} or {@code p} is odd
   */
  public static MorrisDesign random(int k, int trajectories, int levels, long seed) {
    return random(SensitivitySupport.defaultNames(WHAT, k), trajectories, levels, seed);
  }

  /**
   * Returns a design of explicit trajectories.
   *
   * @param names the factors' names
   * @param trajectories {@code trajectories[t][s]}: point {@code s} of trajectory {@code t}; at least 2
   *     trajectories of {@code k + 1} points of {@code k} coordinates in [0, 1], each point differing from the one
   *     before it in exactly one coordinate and each factor changing once per trajectory
   * @throws IllegalArgumentException if a trajectory breaks these rules; the message names the trajectory and point
   */
  public static MorrisDesign ofTrajectories(List<String> names, double[][][] trajectories) {
    ImmutableList<String> ns = SensitivitySupport.factorNames(WHAT, names);
    int k = ns.size();
    int r = trajectories.length;
    checkTrajectories(r);
    double[] points = new double[r * (k + 1) * k];
    int[] moved = new int[r * k];
    for (int t = 0; t < r; t++) {
      double[][] traj = trajectories[t];
      checkArgument(traj.length == k + 1, "%s: trajectory %s has %s points; k + 1 = %s are needed", WHAT, t,
          traj.length, k + 1);
      boolean[] seen = new boolean[k];
      for (int s = 0; s <= k; s++) {
        SensitivitySupport.checkUnitPoint(WHAT + ": trajectory " + t + ", point " + s, traj[s], k);
        System.arraycopy(traj[s], 0, points, (t * (k + 1) + s) * k, k);
        if (s > 0) {
          int changed = -1;
          for (int i = 0; i < k; i++) {
            if (traj[s][i] != traj[s - 1][i]) {
              checkArgument(changed < 0, "%s: trajectory %s, point %s differs from point %s in factors '%s' and "
                  + "'%s'; it must differ in exactly one", WHAT, t, s, s - 1, ns.get(Math.max(changed, 0)), ns.get(i));
              changed = i;
            }
          }
          checkArgument(changed >= 0, "%s: trajectory %s, point %s equals point %s; it must differ in exactly one "
              + "factor", WHAT, t, s, s - 1);
          checkArgument(!seen[changed], "%s: trajectory %s changes factor '%s' twice (again at point %s); each factor "
              + "must change once", WHAT, t, ns.get(changed), s);
          seen[changed] = true;
          moved[t * k + s - 1] = changed;
        }
      }
    }
    return new MorrisDesign(ns, r, points, moved, 0);
  }

  private static void checkTrajectories(int r) {
    checkArgument(r >= 2, "%s: the number of trajectories r must be at least 2 for the standard deviation of the "
        + "elementary effects, got %s (more are advised)", WHAT, r);
  }

  /** The factors' names, in column order. */
  public ImmutableList<String> names() {
    return names;
  }

  /** The number of factors {@code k}. */
  public int factorCount() {
    return k;
  }

  /** The number of trajectories {@code r}. */
  public int trajectoryCount() {
    return r;
  }

  /** The number of points, {@code r(k + 1)}. */
  public int size() {
    return r * (k + 1);
  }

  /** The number of grid levels {@code p} of a {@link #random random} design; empty for explicit trajectories. */
  public OptionalInt levels() {
    return levels == 0 ? OptionalInt.empty() : OptionalInt.of(levels);
  }

  /** The step {@code Delta = p / (2(p - 1))} of a {@link #random random} design; empty for explicit trajectories. */
  public OptionalDouble delta() {
    return levels == 0 ? OptionalDouble.empty() : OptionalDouble.of(levels / (2.0 * (levels - 1)));
  }

  /**
   * A copy of point {@code row}: point {@code row % (k + 1)} of trajectory {@code row / (k + 1)}.
   *
   * @throws IndexOutOfBoundsException if {@code row} is not in {@code [0, size())}
   */
  public double[] point(int row) {
    if (row < 0 || row >= size()) {
      throw new IndexOutOfBoundsException("row " + row + " is not in [0, " + size() + ")");
    }
    return Arrays.copyOfRange(points, row * k, (row + 1) * k);
  }

  /** A copy of all {@code r(k + 1)} points, trajectory by trajectory. */
  public double[][] points() {
    double[][] out = new double[size()][];
    for (int row = 0; row < out.length; row++) {
      out[row] = point(row);
    }
    return out;
  }

  /**
   * A copy of trajectory {@code t}'s {@code k + 1} points.
   *
   * @throws IndexOutOfBoundsException if {@code t} is not in {@code [0, r)}
   */
  public double[][] trajectory(int t) {
    if (t < 0 || t >= r) {
      throw new IndexOutOfBoundsException("trajectory " + t + " is not in [0, " + r + ")");
    }
    double[][] out = new double[k + 1][];
    for (int s = 0; s <= k; s++) {
      out[s] = point(t * (k + 1) + s);
    }
    return out;
  }

  /**
   * Runs a model at every point, in order, on this thread, and returns the outputs in the layout that
   * {@link MorrisAnalysis} expects. The model receives a fresh copy of each point.
   */
  public double[] evaluate(ToDoubleFunction<double[]> model) {
    double[] y = new double[size()];
    for (int row = 0; row < y.length; row++) {
      y[row] = model.applyAsDouble(point(row));
    }
    return y;
  }

  /** The factor that changes from point {@code s} to point {@code s + 1} of trajectory {@code t}. */
  int moved(int t, int s) {
    return moved[t * k + s];
  }

  /** Coordinate {@code i} of point {@code row}. */
  double coordinate(int row, int i) {
    return points[row * k + i];
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof MorrisDesign)) {
      return false;
    }
    MorrisDesign d = (MorrisDesign) o;
    return d.names.equals(names) && d.levels == levels && d.r == r && Arrays.equals(d.points, points);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * names.hashCode() + levels) + Arrays.hashCode(points);
  }

  @Override
  public String toString() {
    return "MorrisDesign{factors=" + names + ", r=" + r + (levels == 0 ? "" : ", p=" + levels) + ", points="
        + size() + "}";
  }
}
