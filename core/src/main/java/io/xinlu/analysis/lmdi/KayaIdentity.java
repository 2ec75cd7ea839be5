package io.xinlu.analysis.lmdi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.List;

/**
 * The Kaya identity of a city's CO2 (Kaya 1990; IPCC AR4 WG III, section 1.3.1.2): {@code C = P (G / P) (E / G)
 * (C / E)}, population times GDP per person times the energy intensity of GDP times the carbon intensity of energy,
 * as factor values of one "sector" ({@link #SECTOR}) that {@link Lmdi} decomposes: between two years of a run, or
 * between two runs in one year.
 *
 * <pre>{@code
 * KayaIdentity kaya = KayaIdentity.of(LmdiMethod.LMDI_I, LmdiForm.ADDITIVE);
 * LmdiResult growth = kaya.between(run, 2020, 2035);                  // effects in Mt CO2
 * double perPerson = growth.effect(KayaIdentity.GDP_PER_PERSON);
 * LmdiResult gap = kaya.gap(baselineRun, planRun, 2035);
 * FactorValues y = KayaIdentity.factors("2020", 3500, 180, 75, 160); // from published totals, without a run
 * }</pre>
 *
 * <p>From a run the factors are its city totals in the year: population {@link Quantity#POPULATION} (thousand
 * persons), GDP {@link Quantity#VALUE_ADDED} (billion CNY), energy {@link Quantity#ENERGY} (Mtce) and CO2
 * {@link Quantity#CO2} (Mt); GDP per person is then in million CNY per thousand persons (thousand CNY per person),
 * energy intensity in Mtce per billion CNY and carbon intensity in t CO2 per tce. The identity is exact, so the
 * factors multiply back to the city's CO2 (up to rounding).
 *
 * <p>With a single sector the decomposition is simple: the additive LMDI-I and LMDI-II effects are both
 * {@code L(C_T, C_0) ln(x_T / x_0)} and the multiplicative effects are the factors' ratios {@code x_T / x_0}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class KayaIdentity {
  /** The name of the population factor {@code P}. */
  public static final String POPULATION = "population";
  /** The name of the GDP-per-person factor {@code G / P}. */
  public static final String GDP_PER_PERSON = "GDP per person";
  /** The name of the energy-intensity factor {@code E / G}. */
  public static final String ENERGY_INTENSITY = "energy intensity";
  /** The name of the carbon-intensity factor {@code C / E}. */
  public static final String CARBON_INTENSITY = "carbon intensity";
  /** The name of the identity's single sector. */
  public static final String SECTOR = "city";

  /** The factors, in order. */
  public static final ImmutableList<String> FACTORS =
      ImmutableList.of(POPULATION, GDP_PER_PERSON, ENERGY_INTENSITY, CARBON_INTENSITY);

  private final LmdiMethod method;
  private final LmdiForm form;

  private KayaIdentity(LmdiMethod method, LmdiForm form) {
    this.method = method;
    this.form = form;
  }

  /** The Kaya decomposition with a weighting method and a form. */
  public static KayaIdentity of(LmdiMethod method, LmdiForm form) {
    checkNotNull(method, "method");
    checkNotNull(form, "form");
    return new KayaIdentity(method, form);
  }

  /** The weighting method. */
  public LmdiMethod method() {
    return method;
  }

  /** The form. */
  public LmdiForm form() {
    return form;
  }

  /**
   * The Kaya factors of totals: population, GDP per person, energy intensity, carbon intensity, whose product is
   * {@code co2}. Units are the caller's; the factors' units follow from them.
   *
   * @param period a label for the period
   * @param population the population, positive
   * @param gdp GDP, positive
   * @param energy energy use, positive
   * @param co2 CO2 emissions, not negative
   * @throws IllegalArgumentException if a total is NaN, infinite, negative, or zero where a later factor divides by
   *     it (the message names it)
   */
  public static FactorValues factors(String period, double population, double gdp, double energy, double co2) {
    checkNotNull(period, "period");
    checkTotal(period, "population", population, true);
    checkTotal(period, "GDP", gdp, true);
    checkTotal(period, "energy", energy, true);
    checkTotal(period, "CO2", co2, false);
    double[][] x = {{population}, {gdp / population}, {energy / gdp}, {co2 / energy}};
    return FactorValues.of(period, FACTORS, List.of(SECTOR), x);
  }

  /**
   * The Kaya factors of a run in a year, from its city totals (see the class documentation), labelled with the year.
   *
   * @throws IllegalArgumentException if the year is outside the run, the run has no population (its profile gives
   *     no base-year population) or a total is not positive
   */
  public static FactorValues factors(Run run, int year) {
    return factors(run, year, Integer.toString(year));
  }

  /** Decomposes the change of a run's CO2 from {@code fromYear} to {@code toYear} by the Kaya factors. */
  public LmdiResult between(Run run, int fromYear, int toYear) {
    return Lmdi.decompose(factors(run, fromYear), factors(run, toYear), method, form);
  }

  /**
   * Decomposes the gap between two runs in one year: period 0 is the reference run, period T the policy run,
   * labelled {@code "<scenario> <year>"}.
   */
  public LmdiResult gap(Run reference, Run policy, int year) {
    checkNotNull(reference, "reference");
    checkNotNull(policy, "policy");
    return Lmdi.decompose(factors(reference, year, reference.scenarioName() + " " + year),
        factors(policy, year, policy.scenarioName() + " " + year), method, form);
  }

  /** Decomposes the change between two periods' Kaya factors (from {@link #factors(String, double, double, double, double)}). */
  public LmdiResult between(FactorValues start, FactorValues end) {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(start.factors().equals(FACTORS) && end.factors().equals(FACTORS),
        "Kaya factors are %s; got %s and %s", FACTORS, start.factors(), end.factors());
    return Lmdi.decompose(start, end, method, form);
  }

  private static FactorValues factors(Run run, int year, String label) {
    checkNotNull(run, "run");
    checkArgument(run.has(Quantity.POPULATION),
        "run '%s' has no population (profile '%s' gives no base-year population), which the Kaya identity needs",
        run.scenarioName(), run.profileName());
    checkArgument(year >= run.baseYear() && year <= run.endYear(), "year %s is outside run '%s' (%s..%s)", year,
        run.scenarioName(), run.baseYear(), run.endYear());
    return factors(label, run.total(Quantity.POPULATION, year), run.total(Quantity.VALUE_ADDED, year),
        run.total(Quantity.ENERGY, year), run.total(Quantity.CO2, year));
  }

  private static void checkTotal(String period, String what, double v, boolean positive) {
    checkArgument(Double.isFinite(v) && (positive ? v > 0 : v >= 0),
        "period '%s': %s is %s; the Kaya identity needs it finite and %s", period, what, v,
        positive ? "positive (a later factor divides by it)" : "not negative");
  }

  @Override
  public String toString() {
    return "KayaIdentity{" + method.label() + ", " + form.label() + "}";
  }
}
