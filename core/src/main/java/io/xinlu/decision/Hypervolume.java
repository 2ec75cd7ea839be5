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
 * dimension fewer, of the points below it; two objectives are a single sweep. Its time grows as
 * O(n<sup>d-1</sup> log n) for n points in d objectives: a few hundred points in 3 objectives take well under a
 * millisecond.
 *
 * <p>Static functions of their arguments; thread-safe.
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

  private static boolean weaklyDominates(double[] a, double[] b, int d) {
    for (int j = 0; j < d; j++) {
      if (a[j] > b[j]) {
        return false;
      }
    }
    return true;
  }
}
