package io.xinlu.engine;

import com.google.common.collect.ImmutableList;
import io.xinlu.InvalidModelException;
import io.xinlu.economy.CityProfile;
import io.xinlu.policy.Effect;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ResolvedScenario;
import org.jspecify.annotations.Nullable;

/**
 * What compiling a scenario works out once, before any parameter value is known: the {@link Economy}, the
 * {@link AssumptionPaths}, the {@link ProjectSchedule} (the projects the scenario carries out, their plans, and which
 * of them are blocked) and the {@link EffectLayout} (how each effect splits over sectors). {@link #instantiate}
 * applies a set of values (or none) and lays out a {@link CompiledScenario}; that is the whole work of compiling one
 * run of an ensemble.
 *
 * <p>The yearly factors of {@code docs/MODEL.md} that do not depend on the state of a run (final demand before
 * resource caps, energy per unit of value added, CO2 per unit of energy, labour productivity, the re-employment
 * rate, and the clamps among them; the {@link RowGroup}s) are laid out by {@link DemandRows} and {@link FactorRows},
 * in the same order of operations as the yearly step, so that the run itself is the Leontief product, the resource
 * caps and the labour transition. A compilation with values shares each group's rows with the template's reference
 * compilation when the group's inputs have the same bits.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class ScenarioTemplate {
  final CityProfile profile;
  final ResolvedScenario rs;
  final int n;
  final int t0;
  final int years;
  final ImmutableList<String> sectorIds;
  final Economy economy;
  final ProjectSchedule schedule;
  private final AssumptionPaths paths;
  private final EffectLayout layout;
  private final Closures closures;
  private final DemandRows demandRows;
  private final FactorRows factorRows;
  /** The price paths and tax rates as given (section 20 of {@code docs/MODEL.md}). */
  final FinanceInputs finance;
  /** The profile's labour market in flat arrays; null without one. */
  private final @Nullable CohortInputs cohortInputs;

  /**
   * The scenario compiled with no values replaced, whose arrays a compilation with values shares where its inputs
   * are the same; null while it is being compiled, or if it cannot be (its values are invalid).
   */
  private @Nullable CompiledScenario reference;

  private ScenarioTemplate(CityModel model, ResolvedScenario rs, boolean @Nullable [] intensityGiven,
      @Nullable Economy economy) {
    this.profile = model.profile();
    this.rs = rs;
    this.n = profile.sectors().size();
    this.t0 = profile.baseYear();
    this.years = rs.endYear() - t0 + 1;
    if (years < 2) {
      throw new IllegalArgumentException("scenario '" + rs.name() + "' ends in " + rs.endYear()
          + ", not after the base year " + t0);
    }
    for (String id : rs.adoptions().keySet()) {
      model.strategy(id); // throws with the known ids
    }
    for (String id : rs.projectOverrides().keySet()) {
      if (model.project(id).isEmpty()) {
        throw new IllegalArgumentException("scenario '" + rs.name() + "' overrides unknown project '" + id + "'");
      }
    }
    this.sectorIds = profile.sectorIds();
    this.economy = economy != null ? economy : new Economy(profile);
    this.paths = new AssumptionPaths(profile, rs, years);
    this.schedule = new ProjectSchedule(model, rs, years, intensityGiven);
    this.layout = new EffectLayout(profile, this.economy, schedule, rs.name());
    this.closures = Closures.of(model, schedule);
    EffectFactors factors = new EffectFactors(t0, years, sectorIds, schedule.projectIds);
    this.demandRows = new DemandRows(t0, years, sectorIds, this.economy, paths, layout, factors);
    this.factorRows = new FactorRows(n, t0, years, this.economy, layout, factors);
    this.finance = FinanceInputs.of(profile, rs, years);
    this.cohortInputs = CohortInputs.of(profile);
    try {
      reference = instantiate(Adjustments.NONE);
    } catch (InvalidModelException e) {
      reference = null;
    }
  }

  /** The template of a scenario without parameters. */
  static ScenarioTemplate of(CityModel model, ResolvedScenario rs) {
    return new ScenarioTemplate(model, rs, null, null);
  }

  /** The template of a scenario without parameters, on an economy already compiled from the model's profile. */
  static ScenarioTemplate of(CityModel model, ResolvedScenario rs, Economy economy) {
    return new ScenarioTemplate(model, rs, null, economy);
  }

  /**
   * The template of a scenario whose strategies in {@code intensityGiven} (by index in the model's order) get an
   * intensity from parameter values, and are therefore adopted; {@code economyOf} shares its economy if not null.
   */
  static ScenarioTemplate of(CityModel model, ResolvedScenario rs, boolean[] intensityGiven,
      @Nullable ScenarioTemplate economyOf) {
    return new ScenarioTemplate(model, rs, intensityGiven, economyOf == null ? null : economyOf.economy);
  }

  /**
   * The scenario compiled with no values replaced: the reference compilation the constructor made, not compiled
   * again.
   *
   * @throws InvalidModelException as {@link #instantiate(Adjustments)} with no values
   */
  CompiledScenario compiled() {
    CompiledScenario ref = reference;
    return ref != null ? ref : instantiate(Adjustments.NONE);
  }

  /**
   * Compiles the scenario with the given values.
   *
   * @throws InvalidModelException if start shifts and delays move a project before the base year, or intensities
   *     and scales leave a sector without labour productivity
   */
  CompiledScenario instantiate(Adjustments adj) {
    return instantiate(adj, reference);
  }

  /** Compiles with the given values, sharing the arrays of {@code ref} (if not null) where its inputs are equal. */
  CompiledScenario instantiate(Adjustments adj, @Nullable CompiledScenario ref) {
    CompiledScenario.Builder c = new CompiledScenario.Builder(economy, profile, rs, sectorIds, schedule.projectIds,
        t0, years);

    // the projects' weights and years, their ramps, the capital schedule and the effects' sizes
    ProjectSchedule.ProjectYears projectYears = schedule.years(adj);
    c.events = projectYears.events();
    c.start = projectYears.start();
    c.full = projectYears.full();
    c.end = projectYears.end();
    c.weight = projectYears.weight();
    c.closures = closures.with(adj);
    c.ramp = schedule.ramps(projectYears, ref);
    c.capital = schedule.capital(projectYears);
    c.effects = layout.sizes(adj, projectYears.weight());

    // the factors by year, each group laid out afresh only if one of its inputs differs from the reference's
    Economy e = economy;
    // the reference if these ramps are its ramps, else null: nothing can be shared
    @Nullable CompiledScenario shared = ref != null && c.ramp == ref.ramp ? ref : null;
    c.reemploymentRate = Adjustments.or(adj.reemploymentRate, rs.reemploymentRate());
    c.finance = finance.with(adj.pricePathScale, adj.pricePathScales, adj.resourceTax, adj.vat, adj.incomeTax);
    c.population = paths.population;
    double[] growth = adjusted(e.growth, adj.growth);
    if (shared != null && same(growth, e.growth) && Double.doubleToLongBits(adj.shock) == 0L
        && sameSizes(c, shared, RowGroup.DEMAND)) {
      c.demand = shared.demand;
      c.clamps(RowGroup.DEMAND, shared.clamps(RowGroup.DEMAND));
    } else {
      demandRows.lay(c, growth, adj.shock);
    }
    double[] intensityDecline = adjusted(e.intensityDecline, adj.intensityDecline);
    if (shared != null && same(intensityDecline, e.intensityDecline) && sameSizes(c, shared, RowGroup.ENERGY)) {
      c.energyPerValueAdded = shared.energyPerValueAdded;
      c.clamps(RowGroup.ENERGY, shared.clamps(RowGroup.ENERGY));
    } else {
      factorRows.energy(c, intensityDecline);
    }
    if (shared != null && Double.doubleToLongBits(adj.emissionPathScale) == Double.doubleToLongBits(1.0)
        && sameSizes(c, shared, RowGroup.EMISSION)) {
      c.co2PerEnergy = shared.co2PerEnergy;
      c.clamps(RowGroup.EMISSION, shared.clamps(RowGroup.EMISSION));
    } else {
      factorRows.emission(c, adj.emissionPathScale == 1.0 ? paths.emissionFactor
          : paths.emissionFactor(adj.emissionPathScale));
    }
    double[] productivityGrowth = adjusted(e.productivityGrowth, adj.productivityGrowth);
    if (shared != null && same(productivityGrowth, e.productivityGrowth)
        && sameSizes(c, shared, RowGroup.LABOUR)) {
      c.valueAddedPerJob = shared.valueAddedPerJob;
      c.clamps(RowGroup.LABOUR, shared.clamps(RowGroup.LABOUR));
    } else {
      factorRows.labour(c, productivityGrowth);
    }
    if (shared != null
        && Double.doubleToLongBits(c.reemploymentRate) == Double.doubleToLongBits(shared.reemploymentRate)
        && sameSizes(c, shared, RowGroup.REEMPLOYMENT)) {
      c.rho = shared.rho;
      c.clamps(RowGroup.REEMPLOYMENT, shared.clamps(RowGroup.REEMPLOYMENT));
    } else {
      factorRows.reemployment(c);
    }
    c.cohortInputs = cohortInputs == null ? null : cohortInputs.with(adj);
    return new CompiledScenario(c);
  }

  /** Whether two arrays hold the same bits (the same array, or equal element by element). */
  private static boolean same(double[] a, double[] b) {
    return ProjectSchedule.same(a, b);
  }

  /** Whether the effects of a group's kinds have the same sizes in {@code c} as in {@code ref}. */
  private static boolean sameSizes(CompiledScenario.Builder c, CompiledScenario ref, RowGroup group) {
    ImmutableList<Effect.Kind> kinds = group.kinds();
    for (int i = 0; i < kinds.size(); i++) {
      if (!same(c.effects.size(kinds.get(i)), ref.effects.size(kinds.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /** {@code given} with the non-NaN entries of {@code replaced} put in (a copy only if something changes). */
  private static double[] adjusted(double[] given, double @Nullable [] replaced) {
    if (replaced == null) {
      return given;
    }
    double[] out = given;
    for (int i = 0; i < replaced.length; i++) {
      if (!Double.isNaN(replaced[i])) {
        if (out == given) {
          out = given.clone();
        }
        out[i] = replaced[i];
      }
    }
    return out;
  }
}
