package io.xinlu.engine;

import com.google.common.collect.ImmutableList;
import io.xinlu.economy.CityProfile;
import io.xinlu.policy.Effect;
import io.xinlu.scenario.ResolvedScenario;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scenario compiled against its city into flat arrays: the Leontief inverse, base-year intensities, growth,
 * emission-factor and population paths by year, the ramp of every project in every year, the effects by kind and
 * the capital schedule. Build one with {@link Engine#compile}; run it with {@link #run()}.
 *
 * <p>Immutable and thread-safe: {@link #run()} reads the arrays and writes only into arrays it allocates, so any
 * number of threads may run the same compiled scenario at once and get bit-identical results.
 *
 * @since 0.1.0
 */
public final class CompiledScenario {
  final Economy economy;
  final CityProfile profile;
  final ResolvedScenario scenario;
  final ImmutableList<String> sectorIds;
  final ImmutableList<String> projectIds;
  final int n;
  final int t0;
  final int years;
  /** The scenario's re-employment rate {@code rho}, or the value that replaces it. */
  final double reemploymentRate;
  /** The population {@code P(t)} by year. */
  final double[] population;
  /** The ramps {@code r_k(t)}, {@code [project * years + year]}, of the projects carried out. */
  final double[] ramp;
  /** The capital schedule {@code K(t)} by year. */
  final double[] capital;
  final EffectTable effects;
  /** The deferrals and blocked projects found while compiling. */
  final ImmutableList<Event> events;
  /** Final demand before resource caps {@code y_i(t)}, {@code [year][sector]}; the base year first. */
  final double[][] demand;
  /** Energy per unit of value added {@code e_i(t)}, {@code [year][sector]}. */
  final double[][] energyPerValueAdded;
  /** CO2 per unit of energy {@code c_i(t) EF_i(t)}, {@code [year][sector]}. */
  final double[][] co2PerEnergy;
  /** Value added per job (labour productivity) {@code q_i(t)}, {@code [year][sector]}. */
  final double[][] valueAddedPerJob;
  /** The re-employment rate in effect {@code rho(t)}, by year. */
  final double[] rho;
  /** The price paths and tax rates of the prices and budget accounts (section 20 of {@code docs/MODEL.md}). */
  final FinanceInputs finance;
  /** The labour market's cohorts, rates and wages with parameter values put in; null without a labour market. */
  final @Nullable CohortInputs cohortInputs;
  /**
   * The clamps of the yearly factors by {@link RowGroup} (by ordinal): in a year, those of demand happen before
   * resource caps, the others after, in group order.
   */
  private final ClampEvents[] clamps;
  /** The projects' start, full-effect and end years after delays and deferrals, {@code s_k''}, {@code f_k''}. */
  final double[] start;
  final double[] full;
  final double[] end;
  /** The projects' weights {@code w_k} (intensity times scale), by project carried out. */
  final double[] weight;
  /** The closures whose assets are described, for the stranded-asset account. */
  final Closures closures;
  /** The parts of the runs' accounts that depend only on this compilation, worked out once for all its runs. */
  final SharedAccounts shared;
  /** Every event of a run in which no resource runs out: the compile events, then the clamps, by year. */
  private volatile @Nullable ImmutableList<Event> eventsWithoutDepletion;
  private volatile @Nullable ClampOrder clampOrder;
  /** Whether no yearly factor is ever clamped. */
  private final boolean noClamps;

  CompiledScenario(Builder b) {
    economy = b.economy;
    profile = b.profile;
    scenario = b.scenario;
    sectorIds = b.sectorIds;
    projectIds = b.projectIds;
    n = b.sectorIds.size();
    t0 = b.t0;
    years = b.years;
    reemploymentRate = b.reemploymentRate;
    population = b.population;
    ramp = b.ramp;
    capital = b.capital;
    effects = b.effects;
    events = b.events;
    demand = b.demand;
    energyPerValueAdded = b.energyPerValueAdded;
    co2PerEnergy = b.co2PerEnergy;
    valueAddedPerJob = b.valueAddedPerJob;
    rho = b.rho;
    finance = b.finance;
    cohortInputs = b.cohortInputs;
    clamps = b.clamps;
    start = b.start;
    full = b.full;
    end = b.end;
    weight = b.weight;
    closures = b.closures;
    shared = new SharedAccounts(this);
    int count = 0;
    for (ClampEvents g : clamps) {
      count += g.events.length;
    }
    noClamps = count == 0;
  }

  /** The clamps of one group of yearly factors. */
  ClampEvents clamps(RowGroup group) {
    return clamps[group.ordinal()];
  }

  /**
   * The events of a run in which no resource runs out: the compile events, then the clamps by year. Worked out on
   * first use (an ensemble's runs mostly need {@link #withDepletions} instead); racing threads compute equal lists.
   */
  ImmutableList<Event> eventsWithoutDepletion() {
    ImmutableList<Event> e = eventsWithoutDepletion;
    if (e == null) {
      e = noClamps ? events : ImmutableList.<Event>builder().addAll(events).add(clampOrder().events).build();
      eventsWithoutDepletion = e;
    }
    return e;
  }

  /** The events of a run with these depletions (in year order): compile events, then clamps and depletions by year. */
  ImmutableList<Event> withDepletions(Event[] depletions) {
    if (noClamps) {
      return events.isEmpty() ? ImmutableList.copyOf(depletions)
          : ImmutableList.<Event>builderWithExpectedSize(events.size() + depletions.length).addAll(events)
              .add(depletions).build();
    }
    ClampOrder order = clampOrder();
    ImmutableList.Builder<Event> out = ImmutableList.builderWithExpectedSize(
        events.size() + order.events.length + depletions.length);
    out.addAll(events);
    int d = 0;
    for (int i = 0; i < order.events.length; i++) {
      for (; d < depletions.length && 3 * (((Event.Depletion) depletions[d]).year() - t0) + 1 < order.keys[i]; d++) {
        out.add(depletions[d]);
      }
      out.add(order.events[i]);
    }
    for (; d < depletions.length; d++) {
      out.add(depletions[d]);
    }
    return out.build();
  }

  /**
   * The clamps merged by year, each year in the order of the yearly step: final demand's before the resource caps,
   * then energy, emission, labour and re-employment's after them. Each has the key {@code 3k} if it comes before the
   * caps of year index {@code k} and {@code 3k + 2} if after, so that year {@code k}'s depletions (key
   * {@code 3k + 1}) merge in between. Computed on first use; racing threads compute equal values.
   */
  private ClampOrder clampOrder() {
    ClampOrder o = clampOrder;
    if (o == null) {
      int total = 0;
      for (ClampEvents group : clamps) {
        total += group.events.length;
      }
      if (total == 0) {
        o = ClampOrder.NONE;
      } else {
        Event[] ordered = new Event[total];
        int[] keys = new int[total];
        int[] next = new int[clamps.length];
        int at = 0;
        for (int k = 1; k < years && at < total; k++) {
          for (RowGroup g : RowGroup.ALL) {
            ClampEvents group = clamps[g.ordinal()];
            int key = 3 * k + (g.beforeResourceCaps() ? 0 : 2);
            for (int stop = group.end(k); next[g.ordinal()] < stop; next[g.ordinal()]++) {
              ordered[at] = group.events[next[g.ordinal()]];
              keys[at++] = key;
            }
          }
        }
        o = new ClampOrder(ordered, keys);
      }
      clampOrder = o;
    }
    return o;
  }

  private static final class ClampOrder {
    static final ClampOrder NONE = new ClampOrder(new Event[0], new int[0]);

    final Event[] events;
    final int[] keys;

    ClampOrder(Event[] events, int[] keys) {
      this.events = events;
      this.keys = keys;
    }
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
  int effectCount() {
    return effects.total();
  }

  /** The number of compiled effect entries of one kind. */
  int effectCount(Effect.Kind kind) {
    return effects.count(kind);
  }

  @Override
  public String toString() {
    return "CompiledScenario{" + scenario.name() + ", " + n + " sectors, " + t0 + ".." + endYear() + ", "
        + projectIds.size() + " projects}";
  }

  /** Mutable holder used while compiling. */
  static final class Builder {
    final Economy economy;
    final CityProfile profile;
    final ResolvedScenario scenario;
    final ImmutableList<String> sectorIds;
    final ImmutableList<String> projectIds;
    final int t0;
    final int years;
    final ClampEvents[] clamps = new ClampEvents[RowGroup.ALL.size()];
    double reemploymentRate;
    double[] population;
    double[] ramp;
    double[] capital;
    EffectTable effects;
    ImmutableList<Event> events;
    double[][] demand;
    double[][] energyPerValueAdded;
    double[][] co2PerEnergy;
    double[][] valueAddedPerJob;
    double[] rho;
    FinanceInputs finance;
    @Nullable CohortInputs cohortInputs;
    double[] start;
    double[] full;
    double[] end;
    double[] weight;
    Closures closures;

    // the arrays are filled in by ScenarioTemplate.instantiate, every one on each path, before the constructor of
    // CompiledScenario reads them
    @SuppressWarnings("NullAway.Init")
    Builder(Economy economy, CityProfile profile, ResolvedScenario scenario, ImmutableList<String> sectorIds,
        ImmutableList<String> projectIds, int t0, int years) {
      this.economy = economy;
      this.profile = profile;
      this.scenario = scenario;
      this.sectorIds = sectorIds;
      this.projectIds = projectIds;
      this.t0 = t0;
      this.years = years;
    }

    /** Sets the clamps of one group of yearly factors. */
    void clamps(RowGroup group, ClampEvents events) {
      clamps[group.ordinal()] = events;
    }
  }
}
