package io.xinlu.decision;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The hypervolume indicator of a set of points (all objectives minimised): the Lebesgue measure of the region that
 * the points dominate and that dominates the reference point (Zitzler and Thiele 1998).
 *
 * <p>Exact for any number of objectives, by slicing (the HSO scheme of While, Hingston, Barone and Huband 2006,
 * "A faster algorithm for calculating hypervolume", IEEE Trans. Evol. Comput. 10(1)): the points are sorted by their
 * last objective, each slab between two consecutive values adds its thickness times the hypervolume, in one
 * dimension fewer, of the points below it; two objectives are a single sweep, three a sweep in O(n log n) (see
 * {@code volume3}). In four or more objectives its time grows as O(n<sup>d-1</sup> log n) for n points.
 *
 * <p>Static functions of their arguments; thread-safe.
 *
 * @since 0.1.0
 */
public final class Hypervolume {
  private Hypervolume() {}

  /**
   * The hypervolume of {@code points} against {@code reference}. A point that does not strictly dominate the
   * reference (is not below it in every objective) contributes nothing; dominated and duplicate points add nothing.
   *
   * @param points the points, each with as many values as the reference, none NaN; not modified
   * @param reference the reference point, finite
   * @return the hypervolume, at least 0; 0 for no points
   * @throws IllegalArgumentException if the reference is empty or not finite, or a point has another length or a NaN
   */
  public static double of(double[][] points, double[] reference) {
    int d = reference.length;
    checkArgument(d > 0, "the reference point needs at least one objective");
    for (int j = 0; j < d; j++) {
      checkArgument(Double.isFinite(reference[j]), "reference point %s: value %s is not finite",
          Arrays.toString(reference), j);
    }
    double[][] inside = new double[points.length][];
    int n = 0;
    for (int i = 0; i < points.length; i++) {
      double[] p = points[i];
      checkArgument(p.length == d, "point %s has %s objectives, the reference point %s", i, p.length, d);
      boolean below = true;
      for (int j = 0; j < d; j++) {
        checkArgument(!Double.isNaN(p[j]), "point %s: objective %s is NaN", i, j);
        if (!(p[j] < reference[j])) {
          below = false;
        }
      }
      if (below) {
        inside[n++] = p;
      }
    }
    return volume(Arrays.copyOf(inside, n), n, d, reference);
  }

  /** The hypervolume of the first {@code n} points in their first {@code d} objectives; reorders the array. */
  private static double volume(double[][] pts, int n, int d, double[] ref) {
    if (n == 0) {
      return 0;
    }
    if (d == 1) {
      double min = pts[0][0];
      for (int i = 1; i < n; i++) {
        min = Math.min(min, pts[i][0]);
      }
      return ref[0] - min;
    }
    if (d == 2) {
      Arrays.sort(pts, 0, n, Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
      double area = 0;
      double lastY = ref[1];
      for (int i = 0; i < n; i++) {
        double[] p = pts[i];
        if (p[1] < lastY) {
          area += (ref[0] - p[0]) * (lastY - p[1]);
          lastY = p[1];
        }
      }
      return area;
    }
    if (d == 3) {
      return volume3(pts, n, ref);
    }
    int last = d - 1;
    Arrays.sort(pts, 0, n, Comparator.comparingDouble(p -> p[last]));
    double total = 0;
    double[][] slice = new double[n][];
    int m = 0;
    for (int i = 0; i < n; i++) {
      double[] p = pts[i];
      // a point dominated in the first d-1 objectives by one already in the slice adds nothing to it
      boolean covered = false;
      for (int k = 0; k < m && !covered; k++) {
        covered = weaklyDominates(slice[k], p, last);
      }
      if (!covered) {
        int kept = 0;
        for (int k = 0; k < m; k++) {
          if (!weaklyDominates(p, slice[k], last)) {
            slice[kept++] = slice[k];
          }
        }
        m = kept;
        slice[m++] = p;
      }
      double upper = i + 1 < n ? pts[i + 1][last] : ref[last];
      double depth = upper - p[last];
      if (depth > 0) {
        total += depth * volume(Arrays.copyOf(slice, m), m, last, ref);
      }
    }
    return total;
  }

  /**
   * Three objectives in O(n log n) (the sweep of Beume, Fonseca, Lopez-Ibanez, Paquete and Vahrenhold 2009, "On the
   * complexity of computing the hypervolume indicator", IEEE Trans. Evol. Comput. 13(5)): the points in order of
   * their third objective enter a staircase of the first two (sorted arrays), whose dominated area is kept up to
   * date as each point enters; each slab adds its thickness times that area.
   */
  private static double volume3(double[][] pts, int n, double[] ref) {
    Arrays.sort(pts, 0, n, Comparator.comparingDouble(p -> p[2]));
    Staircase stair = new Staircase(n, ref[0], ref[1]);
    double total = 0;
    for (int i = 0; i < n; i++) {
      double[] p = pts[i];
      stair.insert(p[0], p[1]);
      double upper = i + 1 < n ? pts[i + 1][2] : ref[2];
      total += (upper - p[2]) * stair.area;
    }
    return total;
  }

  /**
   * Two-objective points that no other dominates, x ascending and y descending, in arrays, with the area they
   * dominate below the reference kept up to date.
   */
  private static final class Staircase {
    private final double[] xs;
    private final double[] ys;
    private final double rx;
    private final double ry;
    private int m;
    double area;

    Staircase(int capacity, double rx, double ry) {
      this.xs = new double[capacity];
      this.ys = new double[capacity];
      this.rx = rx;
      this.ry = ry;
    }

    void insert(double x, double y) {
      // idx: the first point with xs > x; floor: the last with xs <= x
      int lo = 0;
      int hi = m;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (xs[mid] <= x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int floor = lo - 1;
      if (floor >= 0 && ys[floor] <= y) {
        return;
      }
      int start = floor >= 0 && xs[floor] == x ? floor : lo;
      // the height over [x, next) before: the floor's y (or the reference), then each removed point's y
      double height = floor >= 0 ? ys[floor] : ry;
      double at = x;
      double removed = 0;
      int e = start;
      while (e < m && ys[e] >= y) {
        removed += (xs[e] - at) * (ry - height);
        at = xs[e];
        height = ys[e];
        e++;
      }
      double next = e < m ? xs[e] : rx;
      removed += (next - at) * (ry - height);
      area += (next - x) * (ry - y) - removed;
      // replace [start, e) by the new point
      int shift = 1 - (e - start);
      if (shift != 0) {
        System.arraycopy(xs, e, xs, e + shift, m - e);
        System.arraycopy(ys, e, ys, e + shift, m - e);
      }
      xs[start] = x;
      ys[start] = y;
      m += shift;
    }
  }

  private static boolean weaklyDominates(double[] a, double[] b, int d) {
    for (int j = 0; j < d; j++) {
      if (a[j] > b[j]) {
        return false;
      }
    }
    return true;
  }
}
