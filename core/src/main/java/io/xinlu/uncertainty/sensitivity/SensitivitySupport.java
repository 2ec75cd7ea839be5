package io.xinlu.uncertainty.sensitivity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;

/** Checks and small numerics shared by the sensitivity classes. Not API. */
final class SensitivitySupport {
  private SensitivitySupport() {}

  /** Checks that there is at least one factor name and that names are non-blank and distinct. */
  static ImmutableList<String> factorNames(String what, Iterable<String> names) {
    ImmutableList<String> list = ImmutableList.copyOf(names);
    checkArgument(!list.isEmpty(), "%s: the number of factors k must be at least 1, got 0", what);
    for (int i = 0; i < list.size(); i++) {
      checkArgument(!list.get(i).isBlank(), "%s: factor %s has a blank name", what, i);
      for (int j = 0; j < i; j++) {
        checkArgument(!list.get(i).equals(list.get(j)), "%s: factor name '%s' appears twice (factors %s and %s)",
            what, list.get(i), j, i);
      }
    }
    return list;
  }

  /** The names {@code x1 .. xk}. */
  static ImmutableList<String> defaultNames(String what, int k) {
    checkArgument(k >= 1, "%s: the number of factors k must be at least 1, got %s", what, k);
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(k);
    for (int i = 1; i <= k; i++) {
      b.add("x" + i);
    }
    return b.build();
  }

  static ImmutableMap<String, Integer> indexOf(List<String> names) {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builderWithExpectedSize(names.size());
    for (int i = 0; i < names.size(); i++) {
      b.put(names.get(i), i);
    }
    return b.buildOrThrow();
  }

  static int index(String what, ImmutableMap<String, Integer> index, String factor) {
    Integer i = index.get(factor);
    checkArgument(i != null, "%s has no factor '%s'; it has %s", what, factor, index.keySet());
    return i;
  }

  /** Checks a point of the unit cube: {@code k} finite coordinates in [0, 1]. */
  static void checkUnitPoint(String what, double[] point, int k) {
    checkArgument(point.length == k, "%s has %s coordinates for %s factors", what, point.length, k);
    for (int i = 0; i < k; i++) {
      double x = point[i];
      checkArgument(x >= 0 && x <= 1, "%s, factor %s: %s is not in the unit interval [0, 1]", what, i, x);
    }
  }

  /**
   * The {@code p}-quantile of sorted finite values by linear interpolation between order statistics (Hyndman and
   * Fan 1996, definition 7, the default of R and NumPy).
   */
  static double quantileOfSorted(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  /** Whether any value is NaN. */
  static boolean anyNaN(double[] values) {
    for (double v : values) {
      if (Double.isNaN(v)) {
        return true;
      }
    }
    return false;
  }
}
