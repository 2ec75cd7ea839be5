package io.xinlu.engine;

import com.google.common.collect.ImmutableList;
import io.xinlu.economy.CityProfile;
import io.xinlu.policy.Effect;
import io.xinlu.scenario.ResolvedScenario;

/**
 * A scenario compiled against its city into flat arrays: the Leontief inverse, base-year intensities, growth,
 * emission-factor and population paths by year, the ramp of every project in every year, the effects by kind and
 * the capital schedule. Build one with {@link Engine#compile}; run it with {@link #run()}.
 *
 * <p>Immutable and thread-safe: {@link #run()} reads the arrays and writes only into arrays it allocates, so any
 * number of threads may run the same compiled scenario at once and get bit-identical results.
 */
public final class CompiledScenario {
  final CityProfile profile;
  final ResolvedScenario scenario;
  final ImmutableList<String> sectorIds;
  final ImmutableList<String> projectIds;
  final int n;
  final int t0;
  final int years;
  final boolean identity;
  /** The Leontief inverse, column-major: {@code L[i][j] = leontief[j * n + i]}. */
  final double[] leontief;
  final double[] valueAdded0;
  final double[] v;
  final double[] x0;
  final double[] y0;
  final double[] e0;
  final double[] q0;
  final double[] c0;
  final double[] n0;
  final double[] growth;
  final double[] productivityGrowth;
  final double[] intensityDecline;
  final boolean[] resource;
  final double[] stock0;
  final double[] phi;
  final boolean hasEmployment;
  final double[] growthByYear;
  final double[] emissionPathByYear;
  final double[] population;
  final double reemploymentRate;
  final double[] ramp;
  final double[] capital;
  final EffectTable effects;
  final ImmutableList<Event> events;

  CompiledScenario(Builder b) {
    profile = b.profile;
    scenario = b.scenario;
    sectorIds = b.sectorIds;
    projectIds = b.projectIds;
    n = b.n;
    t0 = b.t0;
    years = b.years;
    identity = b.identity;
    leontief = b.leontief;
    valueAdded0 = b.valueAdded0;
    v = b.v;
    x0 = b.x0;
    y0 = b.y0;
    e0 = b.e0;
    q0 = b.q0;
    c0 = b.c0;
    n0 = b.n0;
    growth = b.growth;
    productivityGrowth = b.productivityGrowth;
    intensityDecline = b.intensityDecline;
    resource = b.resource;
    stock0 = b.stock0;
    phi = b.phi;
    hasEmployment = b.hasEmployment;
    growthByYear = b.growthByYear;
    emissionPathByYear = b.emissionPathByYear;
    population = b.population;
    reemploymentRate = b.reemploymentRate;
    ramp = b.ramp;
    capital = b.capital;
    effects = b.effects;
    events = b.events;
  }

  /** Runs the scenario. Pure and deterministic; safe to call from many threads at once. */
  public Run run() {
    return new Simulation(this).run();
  }

  /** The city profile. */
  public CityProfile profile() {
    return profile;
  }

  /** The resolved scenario this was compiled from. */
  public ResolvedScenario scenario() {
    return scenario;
  }

  /** The base year. */
  public int baseYear() {
    return t0;
  }

  /** The last year. */
  public int endYear() {
    return t0 + years - 1;
  }

  /** The ids of the projects the scenario carries out (including blocked ones), in compiled order. */
  public ImmutableList<String> activeProjectIds() {
    return projectIds;
  }

  /** The events found while compiling (deferrals and blocked projects). */
  public ImmutableList<Event> compileEvents() {
    return events;
  }

  /**
   * The ramp of an active project in a year, after delays and deferrals: what share of its effects applies.
   *
   * @throws IllegalArgumentException for an unknown project or a year outside the horizon
   */
  public double ramp(String projectId, int year) {
    int k = projectIds.indexOf(projectId);
    if (k < 0) {
      throw new IllegalArgumentException("project '" + projectId + "' is not carried out in scenario '"
          + scenario.name() + "'; active projects: " + projectIds);
    }
    if (year < t0 || year > endYear()) {
      throw new IllegalArgumentException("year " + year + " is outside scenario '" + scenario.name() + "' ("
          + t0 + ".." + endYear() + ")");
    }
    return ramp[k * years + (year - t0)];
  }

  /** The number of compiled effect entries (after tags are expanded to sectors). */
  public int effectCount() {
    return effects.total();
  }

  /** The number of compiled effect entries of one kind. */
  public int effectCount(Effect.Kind kind) {
    return effects.count(kind);
  }

  @Override
  public String toString() {
    return "CompiledScenario{" + scenario.name() + ", " + n + " sectors, " + t0 + ".." + endYear() + ", "
        + projectIds.size() + " projects}";
  }

  /** Mutable holder used while compiling. */
  static final class Builder {
    CityProfile profile;
    ResolvedScenario scenario;
    ImmutableList<String> sectorIds;
    ImmutableList<String> projectIds;
    int n;
    int t0;
    int years;
    boolean identity;
    double[] leontief;
    double[] valueAdded0;
    double[] v;
    double[] x0;
    double[] y0;
    double[] e0;
    double[] q0;
    double[] c0;
    double[] n0;
    double[] growth;
    double[] productivityGrowth;
    double[] intensityDecline;
    boolean[] resource;
    double[] stock0;
    double[] phi;
    boolean hasEmployment;
    double[] growthByYear;
    double[] emissionPathByYear;
    double[] population;
    double reemploymentRate;
    double[] ramp;
    double[] capital;
    EffectTable effects;
    ImmutableList<Event> events;
  }
}
