package io.xinlu.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.Objects;

/**
 * Decoupling of an environmental pressure (CO2 or energy use) from GDP after Tapio (2005): the elasticity
 * {@code e = %ΔP / %ΔGDP} and the state it gives, from levels, from relative changes, or from a {@link Run} over
 * any period or year on year.
 *
 * <pre>{@code
 * Run run = Engine.run(model, "plan");
 * TapioResult r = Decoupling.tapio(run, Pressure.CO2, 2020, 2030, TapioConvention.COUPLING_INCLUSIVE);
 * r.elasticity();   // %ΔCO2 / %ΔGDP over 2020-2030, such as 0.58
 * r.state();        // such as TapioState.WEAK_DECOUPLING
 * ImmutableSortedMap<Integer, TapioResult> yearly = Decoupling.tapioYearOnYear(run, Pressure.ENERGY);
 * }</pre>
 *
 * <p><b>Changes and elasticity.</b> Over a period from year {@code s} to year {@code t}, {@code %ΔGDP =
 * (GDP_t - GDP_s) / GDP_s} and {@code %ΔP = (P_t - P_s) / P_s} are the relative changes over the whole period (not
 * annual rates), and {@code e = %ΔP / %ΔGDP}. GDP is the sum of value added over sectors
 * ({@link Quantity#VALUE_ADDED}, billion CNY at constant base-year prices); the pressure is total CO2 (Mt) or total
 * final energy use (Mtce), see {@link Pressure}. The elasticity is dimensionless, so units do not matter as long
 * as both years use the same.
 *
 * <p><b>States.</b> Tapio's eight states, by the signs of the two changes and the elasticity, under both
 * {@link TapioConvention boundary conventions} (the default is {@link TapioConvention#COUPLING_INCLUSIVE}):
 *
 * <table class="striped">
 * <caption>Tapio (2005) decoupling states</caption>
 * <thead>
 * <tr><th>state</th><th>%ΔGDP</th><th>%ΔP</th><th>e, COUPLING_INCLUSIVE</th><th>e, COUPLING_EXCLUSIVE</th></tr>
 * </thead>
 * <tbody>
 * <tr><td>expansive negative decoupling</td><td>&gt; 0</td><td>&gt; 0</td><td>e &gt; 1.2</td>
 *     <td>e &ge; 1.2</td></tr>
 * <tr><td>expansive coupling</td><td>&gt; 0</td><td>&gt; 0</td><td>0.8 &le; e &le; 1.2</td>
 *     <td>0.8 &lt; e &lt; 1.2</td></tr>
 * <tr><td>weak decoupling</td><td>&gt; 0</td><td>&ge; 0</td><td>0 &le; e &lt; 0.8</td>
 *     <td>0 &le; e &le; 0.8</td></tr>
 * <tr><td>strong decoupling</td><td>&gt; 0</td><td>&lt; 0</td><td>e &lt; 0</td><td>e &lt; 0</td></tr>
 * <tr><td>strong negative decoupling</td><td>&lt; 0</td><td>&gt; 0</td><td>e &lt; 0</td><td>e &lt; 0</td></tr>
 * <tr><td>weak negative decoupling</td><td>&lt; 0</td><td>&le; 0</td><td>0 &le; e &lt; 0.8</td>
 *     <td>0 &le; e &le; 0.8</td></tr>
 * <tr><td>recessive coupling</td><td>&lt; 0</td><td>&lt; 0</td><td>0.8 &le; e &le; 1.2</td>
 *     <td>0.8 &lt; e &lt; 1.2</td></tr>
 * <tr><td>recessive decoupling</td><td>&lt; 0</td><td>&lt; 0</td><td>e &gt; 1.2</td><td>e &ge; 1.2</td></tr>
 * <tr><td>{@link TapioState#UNDEFINED undefined}</td><td>= 0</td><td>any</td><td>NaN</td><td>NaN</td></tr>
 * </tbody>
 * </table>
 *
 * <p><b>Zero changes.</b> When GDP does not change ({@code %ΔGDP = 0}), whatever the pressure does, the elasticity
 * is NaN and the state {@link TapioState#UNDEFINED}: the ratio is 0/0 or infinite and Tapio's scheme does not
 * classify it. When the pressure does not change but GDP does ({@code %ΔP = 0}, {@code e = 0}), the period is in
 * the band {@code 0 <= e < 0.8} under both conventions: weak decoupling if GDP grows (the pressure did not fall, so
 * the decoupling is not strong), weak negative decoupling if GDP shrinks (the pressure did not rise, so it is not
 * strong negative decoupling). The elasticity is then {@code +0.0}.
 *
 * <p><b>Bad input.</b> Levels at the start of the period must be finite and positive (a relative change from 0 is
 * undefined), levels at its end finite and not negative; relative changes must be finite and at least -1; on a run
 * both years must lie in the run and the first must come before the second. Anything else throws an
 * {@link IllegalArgumentException} whose message names the value, the run and the year at fault.
 *
 * <p>Source: Tapio, P. (2005). Towards a theory of decoupling: degrees of decoupling in the EU and the case of road
 * traffic in Finland between 1970 and 2001. Transport Policy 12(2), 137–151.
 * <a href="https://doi.org/10.1016/j.tranpol.2005.01.001">doi:10.1016/j.tranpol.2005.01.001</a>.
 *
 * <p>All methods are pure functions of their arguments; the class has no state and is thread-safe.
 *
 * @since 0.1.0
 */
public final class Decoupling {
  private Decoupling() {}

  // ---- from levels and changes ---------------------------------------------------------------------------

  /**
   * The Tapio elasticity and state between two levels of GDP and of a pressure.
   *
   * @param gdpFrom GDP at the start of the period, finite and positive (any unit, billion CNY in Xinlu)
   * @param gdpTo GDP at the end of the period, finite and not negative, same unit
   * @param pressureFrom the pressure (CO2 in Mt, energy in Mtce, ...) at the start, finite and positive
   * @param pressureTo the pressure at the end, finite and not negative, same unit
   * @param convention where the boundary values 0.8 and 1.2 fall
   * @throws IllegalArgumentException naming the first level that is NaN, infinite, negative, or zero at the start
   */
  public static TapioResult tapio(double gdpFrom, double gdpTo, double pressureFrom, double pressureTo,
      TapioConvention convention) {
    checkStart(gdpFrom, "GDP at the start of the period");
    checkEnd(gdpTo, "GDP at the end of the period");
    checkStart(pressureFrom, "pressure at the start of the period");
    checkEnd(pressureTo, "pressure at the end of the period");
    return tapioOfChanges(change(gdpFrom, gdpTo), change(pressureFrom, pressureTo), convention);
  }

  /**
   * As {@link #tapio(double, double, double, double, TapioConvention)} with the default convention,
   * {@link TapioConvention#COUPLING_INCLUSIVE}.
   *
   * @throws IllegalArgumentException naming the first level that is NaN, infinite, negative, or zero at the start
   */
  public static TapioResult tapio(double gdpFrom, double gdpTo, double pressureFrom, double pressureTo) {
    return tapio(gdpFrom, gdpTo, pressureFrom, pressureTo, TapioConvention.COUPLING_INCLUSIVE);
  }

  /**
   * The Tapio elasticity and state from the two relative changes over a period.
   *
   * @param gdpChange {@code %ΔGDP} as a fraction ({@code 0.05} for +5 %), finite and at least -1
   * @param pressureChange {@code %ΔP} as a fraction, finite and at least -1
   * @param convention where the boundary values 0.8 and 1.2 fall
   * @throws IllegalArgumentException naming the change that is NaN, infinite or below -1
   */
  public static TapioResult tapioOfChanges(double gdpChange, double pressureChange, TapioConvention convention) {
    Objects.requireNonNull(convention, "convention");
    checkChange(gdpChange, "relative change of GDP");
    checkChange(pressureChange, "relative change of the pressure");
    double e = elasticity(gdpChange, pressureChange);
    return new TapioResult(gdpChange + 0.0, pressureChange + 0.0, e, classify(gdpChange, e, convention),
        convention);
  }

  // ---- on runs -------------------------------------------------------------------------------------------

  /**
   * The Tapio elasticity and state of a pressure against GDP in a run, from {@code fromYear} to {@code toYear}:
   * the relative changes over the whole period, GDP being total value added (billion CNY) and the pressure total
   * CO2 (Mt) or total energy (Mtce).
   *
   * @throws IllegalArgumentException if {@code fromYear} is not before {@code toYear}, either year lies outside
   *     the run, or GDP or the pressure is zero in {@code fromYear} (the message names the run, the year and the
   *     quantity)
   */
  public static TapioResult tapio(Run run, Pressure pressure, int fromYear, int toYear,
      TapioConvention convention) {
    Objects.requireNonNull(pressure, "pressure");
    Objects.requireNonNull(convention, "convention");
    checkArgument(fromYear < toYear,
        "run '%s': the period must run forward, but fromYear %s is not before toYear %s", run.scenarioName(),
        fromYear, toYear);
    checkYear(run, fromYear, "fromYear");
    checkYear(run, toYear, "toYear");
    return between(run, pressure, fromYear, toYear, convention);
  }

  /**
   * As {@link #tapio(Run, Pressure, int, int, TapioConvention)} with the default convention,
   * {@link TapioConvention#COUPLING_INCLUSIVE}.
   *
   * @throws IllegalArgumentException as the method with a convention
   */
  public static TapioResult tapio(Run run, Pressure pressure, int fromYear, int toYear) {
    return tapio(run, pressure, fromYear, toYear, TapioConvention.COUPLING_INCLUSIVE);
  }

  /**
   * The year-on-year Tapio elasticities and states of a pressure against GDP in a run: for each year {@code t} after
   * the base year, the result from {@code t - 1} to {@code t}, keyed by {@code t} in ascending order. The base
   * year has no entry; a run of one year gives an empty map.
   *
   * @throws IllegalArgumentException if GDP or the pressure is zero in a year before the last (the message names
   *     the run, the year and the quantity)
   */
  public static ImmutableSortedMap<Integer, TapioResult> tapioYearOnYear(Run run, Pressure pressure,
      TapioConvention convention) {
    Objects.requireNonNull(pressure, "pressure");
    Objects.requireNonNull(convention, "convention");
    ImmutableSortedMap.Builder<Integer, TapioResult> b = ImmutableSortedMap.naturalOrder();
    for (int t = run.baseYear() + 1; t <= run.endYear(); t++) {
      b.put(t, between(run, pressure, t - 1, t, convention));
    }
    return b.buildOrThrow();
  }

  /**
   * As {@link #tapioYearOnYear(Run, Pressure, TapioConvention)} with the default convention,
   * {@link TapioConvention#COUPLING_INCLUSIVE}.
   *
   * @throws IllegalArgumentException as the method with a convention
   */
  public static ImmutableSortedMap<Integer, TapioResult> tapioYearOnYear(Run run, Pressure pressure) {
    return tapioYearOnYear(run, pressure, TapioConvention.COUPLING_INCLUSIVE);
  }

  // ---- for indicators ------------------------------------------------------------------------------------

  /**
   * The year-on-year elasticity in {@code year} (already checked to lie in the run), NaN in the base year, where GDP
   * does not change, and where GDP or the pressure of the previous year is 0. Never throws for data.
   */
  static double yearOnYearElasticity(Run run, Pressure pressure, int year) {
    if (year == run.baseYear()) {
      return Double.NaN;
    }
    double g0 = run.total(Quantity.VALUE_ADDED, year - 1);
    double g1 = run.total(Quantity.VALUE_ADDED, year);
    double p0 = run.total(pressure.quantity(), year - 1);
    double p1 = run.total(pressure.quantity(), year);
    if (g0 == 0 || p0 == 0) {
      return Double.NaN;
    }
    return elasticity(change(g0, g1), change(p0, p1));
  }

  // ---- internals -----------------------------------------------------------------------------------------

  private static TapioResult between(Run run, Pressure pressure, int from, int to, TapioConvention convention) {
    String name = run.scenarioName();
    double g0 = run.total(Quantity.VALUE_ADDED, from);
    double g1 = run.total(Quantity.VALUE_ADDED, to);
    double p0 = run.total(pressure.quantity(), from);
    double p1 = run.total(pressure.quantity(), to);
    checkStart(g0, "run '" + name + "': GDP in " + from);
    checkEnd(g1, "run '" + name + "': GDP in " + to);
    checkStart(p0, "run '" + name + "': " + pressure.label() + " in " + from);
    checkEnd(p1, "run '" + name + "': " + pressure.label() + " in " + to);
    return tapioOfChanges(change(g0, g1), change(p0, p1), convention);
  }

  /** {@code (to - from) / from}: exact for equal levels, and more accurate than {@code to / from - 1}. */
  private static double change(double from, double to) {
    return (to - from) / from;
  }

  /**
   * {@code %ΔP / %ΔGDP}; NaN when GDP does not change, or when a change or the elasticity is beyond the range of
   * doubles (a previous level or a change of GDP that has all but vanished); {@code +0.0} rather than {@code -0.0}.
   */
  private static double elasticity(double gdpChange, double pressureChange) {
    return gdpChange == 0 ? Double.NaN : Indicator.defined(pressureChange / gdpChange + 0.0);
  }

  /** The state from the sign of %ΔGDP and the elasticity (whose sign then gives that of %ΔP). */
  static TapioState classify(double gdpChange, double e, TapioConvention convention) {
    if (gdpChange == 0 || Double.isNaN(e)) {
      return TapioState.UNDEFINED;
    }
    boolean growth = gdpChange > 0;
    if (e < 0) {
      return growth ? TapioState.STRONG_DECOUPLING : TapioState.STRONG_NEGATIVE_DECOUPLING;
    }
    if (convention.belowCoupling(e)) {
      return growth ? TapioState.WEAK_DECOUPLING : TapioState.WEAK_NEGATIVE_DECOUPLING;
    }
    if (convention.aboveCoupling(e)) {
      return growth ? TapioState.EXPANSIVE_NEGATIVE_DECOUPLING : TapioState.RECESSIVE_DECOUPLING;
    }
    return growth ? TapioState.EXPANSIVE_COUPLING : TapioState.RECESSIVE_COUPLING;
  }

  private static void checkStart(double v, String what) {
    checkArgument(v > 0 && v < Double.POSITIVE_INFINITY,
        "%s must be finite and positive for a Tapio elasticity, was %s", what, v);
  }

  private static void checkEnd(double v, String what) {
    checkArgument(v >= 0 && v < Double.POSITIVE_INFINITY, "%s must be finite and not negative, was %s", what, v);
  }

  private static void checkChange(double v, String what) {
    checkArgument(v >= -1 && v < Double.POSITIVE_INFINITY, "%s must be finite and at least -1, was %s", what, v);
  }

  private static void checkYear(Run run, int year, String which) {
    checkArgument(year >= run.baseYear() && year <= run.endYear(), "run '%s': %s %s is outside the run (%s..%s)",
        run.scenarioName(), which, year, run.baseYear(), run.endYear());
  }
}
