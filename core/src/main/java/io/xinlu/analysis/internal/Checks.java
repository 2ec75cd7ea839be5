package io.xinlu.analysis.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.List;
import java.util.Objects;

/**
 * Argument checks shared by the analysis families; every message names the argument and the offending value.
 *
 * <p>Public only so that the sub-packages of {@code io.xinlu.analysis} can share it: the module does not export this
 * package.
 *
 * @since 0.1.0
 */
public final class Checks {
  private Checks() {}

  /** Checks that an array is not null and has exactly {@code n} values. */
  public static double[] length(double[] a, int n, String name, String what) {
    Objects.requireNonNull(a, name);
    checkArgument(a.length == n, "%s has %s values but %s; it needs one value per %s", name, a.length,
        n == 1 ? "there is 1 " + what : "there are " + n + " " + what + "s", what);
    return a;
  }

  /** Checks that every value is finite. */
  public static void finite(double[] a, String name) {
    for (int i = 0; i < a.length; i++) {
      checkArgument(Double.isFinite(a[i]), "%s[%s] is %s; it must be finite", name, i, a[i]);
    }
  }

  /** Checks that {@code year} lies in the run. */
  public static void year(Run run, int year, String name) {
    checkArgument(year >= run.baseYear() && year <= run.endYear(), "%s %s is outside run '%s' (%s..%s)", name, year,
        run.scenarioName(), run.baseYear(), run.endYear());
  }

  /** Checks that a quantity has a value per sector. */
  public static void perSector(Quantity q) {
    Objects.requireNonNull(q, "quantity");
    checkArgument(q.isPerSector(), "%s is a city-wide quantity; this analysis needs a value per sector", q);
  }

  /** The values keyed by sector id, in the ids' order. */
  public static ImmutableMap<String, Double> keyed(List<String> ids, double[] values) {
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builderWithExpectedSize(values.length);
    for (int i = 0; i < values.length; i++) {
      b.put(ids.get(i), values[i]);
    }
    return b.buildOrThrow();
  }

  /** Formats a number for messages: the shortest representation that round-trips. */
  public static String num(double x) {
    return Double.toString(x);
  }
}
