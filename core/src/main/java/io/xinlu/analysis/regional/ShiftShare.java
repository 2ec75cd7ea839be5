package io.xinlu.analysis.regional;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.xinlu.analysis.internal.Checks;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Classic shift-share analysis (Dunn 1960; the parts are also called the national, proportionality and differential
 * shifts): the change of a regional quantity, such as employment or value added, split per sector into
 * what national growth, the region's industry mix and its own competitiveness explain.
 *
 * <p>For sector {@code i} with regional values {@code x_i0, x_i1} at the two times and reference (national or
 * provincial) values {@code N_i0, N_i1}, let {@code g_i = N_i1 / N_i0 - 1} be the reference industry's growth and
 * {@code G = sum N_1 / sum N_0 - 1} the growth of the whole reference economy. Then
 *
 * <pre>
 *   national share   NS_i = x_i0 G
 *   industry mix     IM_i = x_i0 (g_i - G)
 *   regional shift   RS_i = x_i0 (r_i - g_i) = x_i1 - x_i0 (1 + g_i),   r_i = x_i1 / x_i0 - 1
 *   NS_i + IM_i + RS_i = x_i1 - x_i0
 * </pre>
 *
 * and the totals are the sums over sectors. In floating point the regional shift is computed as
 * {@code x_i1 - x_i0 N_i1 / N_i0}, the industry mix as {@code (x_i0 N_i1 / N_i0 - x_i0) - NS_i}, so the three parts
 * add up to the change up to a few rounding errors of the largest of them (the tests allow {@code 1e-12} of their
 * magnitude).
 *
 * <pre>{@code
 * // employment in 4 sectors of a region and of the nation, 1985 and 1995
 * ShiftShareResult r = ShiftShare.of(region1985, region1995, nation1985, nation1995);
 * r.totalNationalShare();   // 290: jobs national growth alone explains
 * r.totalIndustryMix();     // -80: the mix leaned towards slow-growing industries
 * r.totalRegionalShift();   // 420: the region out-performed its industries nationally
 *
 * // a run's value added against a provincial reference, per sector in the run's order
 * ShiftShareResult s = ShiftShare.of(run, Quantity.VALUE_ADDED, 2022, 2030, shanxi2022, shanxi2030);
 * s.regionalShift("coal");
 * }</pre>
 *
 * <p><b>Bad input</b> throws {@link IllegalArgumentException} naming the array, the sector and the value: arrays of
 * different lengths, no sectors, duplicate sector ids, values that are NaN or infinite, negative regional values or
 * reference values at the end, reference values at the start that are not positive (the industry growth divides by
 * them), a period that does not run forward.
 *
 * <p>Sources: Dunn, E. S. (1960). A statistical and analytical technique for regional analysis. Papers and
 * Proceedings of the Regional Science Association 6, 97–112. Stilwell, F. J. B. (1969). Regional growth and
 * structural adaptation. Urban Studies 6(2), 162–178. The worked example the tests reproduce is Krumme's "Shift
 * &amp; Share Table with Excel Explanations" (University of Washington, Geography 350), see
 * {@code docs/analysis/REGIONAL.md}.
 *
 * <p>All methods are pure functions of their arguments; the class has no state and is thread-safe.
 *
 * @since 0.1.0
 */
public final class ShiftShare {
  private ShiftShare() {}

  /**
   * Shift-share analysis of named sectors.
   *
   * @param sectors the sector ids, distinct, in the order of the arrays
   * @param regionalFrom the region's values at the start, finite and not negative (persons, billion CNY, ...)
   * @param regionalTo the region's values at the end, finite and not negative, same unit
   * @param referenceFrom the reference economy's values at the start, finite and positive (any unit: only its
   *     growth rates matter)
   * @param referenceTo the reference economy's values at the end, finite and not negative, same unit
   * @throws IllegalArgumentException naming the array, sector and value at fault
   */
  public static ShiftShareResult of(List<String> sectors, double[] regionalFrom, double[] regionalTo,
      double[] referenceFrom, double[] referenceTo) {
    Objects.requireNonNull(sectors, "sectors");
    ImmutableList<String> ids = ImmutableList.copyOf(sectors);
    int n = ids.size();
    checkArgument(n > 0, "shift-share needs at least one sector");
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      checkArgument(seen.add(id), "sector '%s' appears twice in %s", id, ids);
    }
    Checks.length(regionalFrom, n, "regionalFrom", "sector");
    Checks.length(regionalTo, n, "regionalTo", "sector");
    Checks.length(referenceFrom, n, "referenceFrom", "sector");
    Checks.length(referenceTo, n, "referenceTo", "sector");
    for (int i = 0; i < n; i++) {
      String id = ids.get(i);
      notNegative(regionalFrom[i], "regionalFrom", id);
      notNegative(regionalTo[i], "regionalTo", id);
      double r0 = referenceFrom[i];
      checkArgument(Double.isFinite(r0) && r0 > 0,
          "referenceFrom of sector '%s' is %s; reference values at the start must be finite and positive, since "
              + "the industry's growth rate divides by them", id, r0);
      notNegative(referenceTo[i], "referenceTo", id);
    }
    return new ShiftShareResult(ids, regionalFrom.clone(), regionalTo.clone(), referenceFrom.clone(),
        referenceTo.clone());
  }

  /**
   * Shift-share analysis of unnamed sectors, which get the ids {@code "1"}, {@code "2"}, ... in array order.
   *
   * @throws IllegalArgumentException as {@link #of(List, double[], double[], double[], double[])}
   */
  public static ShiftShareResult of(double[] regionalFrom, double[] regionalTo, double[] referenceFrom,
      double[] referenceTo) {
    Objects.requireNonNull(regionalFrom, "regionalFrom");
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (int i = 1; i <= regionalFrom.length; i++) {
      ids.add(Integer.toString(i));
    }
    return of(ids.build(), regionalFrom, regionalTo, referenceFrom, referenceTo);
  }

  /**
   * Shift-share analysis of a run's per-sector quantity (employment, value added, ...) between two years, against
   * reference values given per sector in the order of {@link Run#sectorIds()}.
   *
   * @param run the run whose sectors form the region
   * @param quantity a per-sector quantity, such as {@link Quantity#EMPLOYMENT} or {@link Quantity#VALUE_ADDED}
   * @param fromYear the start year, in the run
   * @param toYear the end year, in the run and after {@code fromYear}
   * @param referenceFrom the reference economy's values in {@code fromYear}, one per run sector, positive
   * @param referenceTo the reference economy's values in {@code toYear}, one per run sector, not negative
   * @throws IllegalArgumentException for a city-wide quantity, years outside the run or out of order, reference
   *     arrays of the wrong length, or bad values (named by sector)
   * @throws IllegalStateException if the run cannot give the quantity (no employment data)
   */
  public static ShiftShareResult of(Run run, Quantity quantity, int fromYear, int toYear, double[] referenceFrom,
      double[] referenceTo) {
    Objects.requireNonNull(run, "run");
    Checks.perSector(quantity);
    checkArgument(fromYear < toYear, "run '%s': fromYear %s is not before toYear %s", run.scenarioName(), fromYear,
        toYear);
    Checks.year(run, fromYear, "fromYear");
    Checks.year(run, toYear, "toYear");
    return of(run.sectorIds(), run.sectorValues(quantity, fromYear), run.sectorValues(quantity, toYear),
        referenceFrom, referenceTo);
  }

  /**
   * As {@link #of(Run, Quantity, int, int, double[], double[])} with the reference values keyed by sector id; both
   * maps must have exactly the run's sectors.
   *
   * @throws IllegalArgumentException as the array form, or naming the sectors missing from or unknown to a map
   */
  public static ShiftShareResult of(Run run, Quantity quantity, int fromYear, int toYear,
      Map<String, Double> referenceFrom, Map<String, Double> referenceTo) {
    Objects.requireNonNull(run, "run");
    return of(run, quantity, fromYear, toYear, inRunOrder(run, referenceFrom, "referenceFrom"),
        inRunOrder(run, referenceTo, "referenceTo"));
  }

  private static double[] inRunOrder(Run run, Map<String, Double> values, String name) {
    Objects.requireNonNull(values, name);
    List<String> ids = run.sectorIds();
    Set<String> unknown = new java.util.TreeSet<>(values.keySet());
    unknown.removeAll(ids);
    checkArgument(unknown.isEmpty(), "%s has sectors %s that run '%s' does not have; its sectors: %s", name,
        unknown, run.scenarioName(), ids);
    double[] out = new double[ids.size()];
    for (int i = 0; i < out.length; i++) {
      Double v = values.get(ids.get(i));
      checkArgument(v != null, "%s has no value for sector '%s' of run '%s'", name, ids.get(i), run.scenarioName());
      out[i] = v;
    }
    return out;
  }

  private static void notNegative(double x, String name, String sector) {
    checkArgument(Double.isFinite(x) && x >= 0, "%s of sector '%s' is %s; it must be finite and not negative",
        name, sector, x);
  }
}
