package io.xinlu.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** Every number of a {@link Run}, flattened per quantity, and comparisons of two runs. */
final class RunValues {
  private RunValues() {}

  /**
   * The values of every quantity the run has ({@link Run#has}): a per-sector quantity as its sector values year
   * after year (NaN where a sector has no resource stock), a city quantity as its yearly series.
   */
  static Map<Quantity, double[]> of(Run run) {
    Map<Quantity, double[]> out = new EnumMap<>(Quantity.class);
    int n = run.sectorIds().size();
    for (Quantity q : Quantity.values()) {
      if (!run.has(q)) {
        continue;
      }
      if (!q.isPerSector()) {
        out.put(q, run.totalSeries(q));
        continue;
      }
      double[] all = new double[run.yearCount() * n];
      for (int k = 0; k < run.yearCount(); k++) {
        System.arraycopy(run.sectorValues(q, run.baseYear() + k), 0, all, k * n, n);
      }
      out.put(q, all);
    }
    return out;
  }

  /** Asserts that two runs have the same quantities with bit-identical values ({@link Arrays#equals}). */
  static void assertBitIdentical(Run expected, Run actual, String what) {
    assertEquals(expected.baseYear(), actual.baseYear(), what + ": base year");
    assertEquals(expected.endYear(), actual.endYear(), what + ": end year");
    Map<Quantity, double[]> e = of(expected);
    Map<Quantity, double[]> a = of(actual);
    assertEquals(e.keySet(), a.keySet(), what + ": quantities");
    for (Quantity q : e.keySet()) {
      if (!Arrays.equals(e.get(q), a.get(q))) {
        fail(what + ": " + q + " differs " + firstDifference(expected, e.get(q), a.get(q), q));
      }
    }
  }

  /**
   * Asserts that two runs have the same quantities and values within a relative tolerance (NaN matches NaN; a
   * value matches 0 exactly only if it is 0).
   */
  static void assertClose(Run expected, Run actual, double relative, String what) {
    assertEquals(expected.endYear(), actual.endYear(), what + ": end year");
    Map<Quantity, double[]> e = of(expected);
    Map<Quantity, double[]> a = of(actual);
    assertEquals(e.keySet(), a.keySet(), what + ": quantities");
    for (Quantity q : e.keySet()) {
      double[] x = e.get(q);
      double[] y = a.get(q);
      for (int i = 0; i < x.length; i++) {
        if (!close(x[i], y[i], relative)) {
          fail(what + ": " + q + " differs " + firstDifference(expected, x, y, q));
        }
      }
    }
  }

  /** Whether two numbers agree within a relative tolerance (both NaN counts as agreeing). */
  static boolean close(double x, double y, double relative) {
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return Double.isNaN(x) && Double.isNaN(y);
    }
    return x == y || Math.abs(x - y) <= relative * Math.max(Math.abs(x), Math.abs(y));
  }

  /** Asserts {@link #close}. */
  static void assertRelative(double expected, double actual, double relative, String what) {
    assertTrue(close(expected, actual, relative),
        () -> what + ": expected " + expected + ", got " + actual + " (relative tolerance " + relative + ")");
  }

  private static String firstDifference(Run run, double[] x, double[] y, Quantity q) {
    int n = q.isPerSector() ? run.sectorIds().size() : 1;
    for (int i = 0; i < x.length; i++) {
      if (Double.doubleToLongBits(x[i]) != Double.doubleToLongBits(y[i])) {
        String where = "year " + (run.baseYear() + i / n) + (q.isPerSector() ? ", sector " + run.sectorIds()
            .get(i % n) : "");
        return "first in " + where + ": " + x[i] + " vs " + y[i];
      }
    }
    return "(lengths " + x.length + " vs " + y.length + ")";
  }
}
