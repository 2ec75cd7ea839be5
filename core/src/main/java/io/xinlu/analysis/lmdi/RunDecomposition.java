package io.xinlu.analysis.lmdi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * LMDI decomposition of a {@link Run}'s CO2, energy or employment by one of the {@link LmdiIdentity identities}:
 * between two years of a run, directly or chained year by year, and between two scenarios in the same year (which
 * effects explain the gap between a policy scenario and the baseline).
 *
 * <pre>{@code
 * RunDecomposition co2 = RunDecomposition.of(LmdiIdentity.CO2, LmdiMethod.LMDI_I, LmdiForm.ADDITIVE);
 * LmdiResult change = co2.chained(allRun, 2020, 2050);          // year by year, effects in Mt
 * LmdiResult gap = co2.gap(baselineRun, allRun, 2050);          // period 0 = baseline, period T = policy
 * double cutByIntensity = gap.effect(LmdiIdentity.ENERGY_INTENSITY);
 * }</pre>
 *
 * <p>The factors of a run in a year are computed from its per-sector value added {@code V_i}, energy {@code E_i},
 * CO2 {@code C_i} and employment {@code N_i}: activity {@code G = sum_i V_i}, structure {@code V_i / G}, energy
 * intensity {@code E_i / V_i}, emission factor {@code C_i / E_i}, labour intensity {@code N_i / V_i}. A sector without
 * value added in a year (a new industry not yet started, a mine whose reserve ran out) has structure 0 there, and the
 * {@link Lmdi zero rule} attributes its appearance or disappearance to the structure effect. Its intensities are then
 * {@code 0 / 0}; since the sector's aggregate is zero whatever they are, the limit does not depend on them, and they
 * are set to 1. The same holds for the emission factor of a sector without energy use.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RunDecomposition {
  private final LmdiIdentity identity;
  private final LmdiMethod method;
  private final LmdiForm form;

  private RunDecomposition(LmdiIdentity identity, LmdiMethod method, LmdiForm form) {
    this.identity = identity;
    this.method = method;
    this.form = form;
  }

  /** A decomposition by an identity, with a weighting method and a form. */
  public static RunDecomposition of(LmdiIdentity identity, LmdiMethod method, LmdiForm form) {
    checkNotNull(identity, "identity");
    checkNotNull(method, "method");
    checkNotNull(form, "form");
    return new RunDecomposition(identity, method, form);
  }

  /** The identity. */
  public LmdiIdentity identity() {
    return identity;
  }

  /** The weighting method. */
  public LmdiMethod method() {
    return method;
  }

  /** The form. */
  public LmdiForm form() {
    return form;
  }

  /** A copy with another method. */
  public RunDecomposition withMethod(LmdiMethod method) {
    return of(identity, method, form);
  }

  /** A copy with another form. */
  public RunDecomposition withForm(LmdiForm form) {
    return of(identity, method, form);
  }

  /**
   * The identity's factors in one year of a run, labelled with the year.
   *
   * @throws IllegalArgumentException if the year is outside the run, the run lacks the data the identity needs
   *     (employment), GDP is not positive, or a sector's data break the identity (energy without value added)
   */
  public FactorValues factors(Run run, int year) {
    return factors(run, year, Integer.toString(year));
  }

  /**
   * Decomposes the change of the identity's aggregate from {@code fromYear} to {@code toYear} in one step, with the
   * two years' data only.
   */
  public LmdiResult between(Run run, int fromYear, int toYear) {
    return Lmdi.decompose(factors(run, fromYear), factors(run, toYear), method, form);
  }

  /**
   * Decomposes the change from {@code fromYear} to {@code toYear} year by year and chains the yearly results:
   * additive effects are the sums of the yearly effects, multiplicative effects their products.
   *
   * @throws IllegalArgumentException unless {@code fromYear < toYear}, both in the run
   */
  public LmdiResult chained(Run run, int fromYear, int toYear) {
    checkNotNull(run, "run");
    checkArgument(fromYear < toYear, "chaining needs fromYear < toYear, got %s and %s", fromYear, toYear);
    List<FactorValues> years = new ArrayList<>();
    for (int t = fromYear; t <= toYear; t++) {
      years.add(factors(run, t));
    }
    return Lmdi.chain(years, method, form);
  }

  /**
   * Decomposes the gap between two scenarios in one year: period 0 is the reference run (the baseline), period T the
   * policy run, so additive effects sum to {@code policy - reference} and multiplicative effects multiply to
   * {@code policy / reference}. Periods are labelled {@code "<scenario> <year>"}.
   *
   * @throws IllegalArgumentException if the runs have different sectors or the year is outside either run
   */
  public LmdiResult gap(Run reference, Run policy, int year) {
    checkNotNull(reference, "reference");
    checkNotNull(policy, "policy");
    checkArgument(reference.sectorIds().equals(policy.sectorIds()),
        "runs '%s' and '%s' have different sectors: %s and %s", reference.scenarioName(), policy.scenarioName(),
        reference.sectorIds(), policy.sectorIds());
    return Lmdi.decompose(factors(reference, year, reference.scenarioName() + " " + year),
        factors(policy, year, policy.scenarioName() + " " + year), method, form);
  }

  @Override
  public String toString() {
    return "RunDecomposition{" + identity + ", " + method.label() + ", " + form.label() + "}";
  }

  private FactorValues factors(Run run, int year, String label) {
    checkNotNull(run, "run");
    checkArgument(run.has(identity.aggregate()), "run '%s' has no %s data (profile '%s'), which the %s identity needs",
        run.scenarioName(), identity.aggregate().label(), run.profileName(), identity);
    checkArgument(year >= run.baseYear() && year <= run.endYear(), "year %s is outside run '%s' (%s..%s)", year,
        run.scenarioName(), run.baseYear(), run.endYear());
    double[] va = checked(run, year, Quantity.VALUE_ADDED);
    double[] energy = checked(run, year, Quantity.ENERGY);
    double[] last = identity == LmdiIdentity.ENERGY ? null
        : checked(run, year, identity == LmdiIdentity.CO2 ? Quantity.CO2 : Quantity.EMPLOYMENT);
    int m = va.length;
    double gdp = 0;
    for (double v : va) {
      gdp += v;
    }
    checkArgument(gdp > 0, "run '%s', %s: GDP (total value added) is %s; activity and structure need it positive",
        run.scenarioName(), year, gdp);
    double[][] x = new double[identity.factors().size()][m];
    for (int i = 0; i < m; i++) {
      String sector = run.sectorIds().get(i);
      x[0][i] = gdp;
      x[1][i] = va[i] / gdp;
      switch (identity) {
        case CO2:
          x[2][i] = ratio(run, year, sector, energy[i], Quantity.ENERGY, va[i], Quantity.VALUE_ADDED);
          x[3][i] = ratio(run, year, sector, checkNotNull(last)[i], Quantity.CO2, energy[i], Quantity.ENERGY);
          break;
        case ENERGY:
          x[2][i] = ratio(run, year, sector, energy[i], Quantity.ENERGY, va[i], Quantity.VALUE_ADDED);
          break;
        case EMPLOYMENT:
          x[2][i] = ratio(run, year, sector, checkNotNull(last)[i], Quantity.EMPLOYMENT, va[i], Quantity.VALUE_ADDED);
          break;
        default:
          throw new AssertionError(identity);
      }
    }
    return FactorValues.of(label, identity.factors(), run.sectorIds(), x);
  }

  private static double[] checked(Run run, int year, Quantity q) {
    double[] a = run.sectorValues(q, year);
    for (int i = 0; i < a.length; i++) {
      checkArgument(a[i] >= 0 && a[i] < Double.POSITIVE_INFINITY,
          "run '%s', %s, sector '%s': %s is %s; LMDI needs finite, non-negative values", run.scenarioName(), year,
          run.sectorIds().get(i), q.label(), a[i]);
    }
    return a;
  }

  /** {@code num / den}; 1 for {@code 0 / 0} (the sector's aggregate is then zero and the value does not matter). */
  private static double ratio(Run run, int year, String sector, double num, Quantity numQ, double den,
      Quantity denQ) {
    if (den > 0) {
      return num / den;
    }
    checkArgument(num == 0, "run '%s', %s, sector '%s': %s is %s with no %s, so the identity cannot hold",
        run.scenarioName(), year, sector, numQ.label(), num, denQ.label());
    return 1.0;
  }
}
