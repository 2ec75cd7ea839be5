package io.xinlu.explorer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.xinlu.decision.city.Decision;
import io.xinlu.indicator.Target;
import io.xinlu.policy.Project;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectPlan;
import io.xinlu.scenario.ResolvedScenario;
import io.xinlu.scenario.StrategyAdoption;
import io.xinlu.scenarios.Yangquan;
import io.xinlu.scenarios.YangquanDecisions;
import io.xinlu.uncertainty.sampling.UncertainParameter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the explorer explores: a city's model, the scenario whose levers the page moves, the reference scenario drawn
 * beside it, the levers (as a search defines them: {@link Decision}s with their ranges) with their starting values,
 * the uncertain parameters (possibly none; an ensemble samples them independently) and the targets checked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the city's name, such as {@code yangquan}
 * @param model the model
 * @param scenario the scenario whose levers move (the levers' values replace its own)
 * @param reference the reference scenario, drawn as given
 * @param levers the levers, at least one, each checked against the model by {@link Explorer}
 * @param defaults the levers' starting values, one per lever, each in its lever's range
 * @param uncertain the uncertain parameters, possibly none; an intensity that is also a lever must not be one
 * @param targets the targets checked on both runs
 */
public record ExplorerCity(String name, CityModel model, String scenario, String reference,
    ImmutableList<Decision> levers, double[] defaults, ImmutableList<UncertainParameter> uncertain,
    ImmutableList<Target> targets) {

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if a scenario is unknown, no lever is given, or the defaults do not fit the
   *     levers (count or range)
   */
  public ExplorerCity {
    checkArgument(!name.isBlank(), "the city needs a name");
    checkArgument(model.scenarioNames().contains(scenario), "unknown scenario '%s'; scenarios: %s", scenario,
        model.scenarioNames());
    checkArgument(model.scenarioNames().contains(reference), "unknown reference scenario '%s'; scenarios: %s",
        reference, model.scenarioNames());
    checkArgument(!levers.isEmpty(), "the explorer needs at least one lever");
    checkArgument(defaults.length == levers.size(), "%s levers but %s starting values", levers.size(),
        defaults.length);
    for (int i = 0; i < defaults.length; i++) {
      checkArgument(levers.get(i).variable().accepts(defaults[i]), "lever '%s' does not take its starting value %s",
          levers.get(i).path(), defaults[i]);
    }
    defaults = defaults.clone();
  }

  /** The starting values, a copy. */
  @Override
  public double[] defaults() {
    return defaults.clone();
  }

  /**
   * Yangquan: the levers of its robust search ({@link YangquanDecisions#levers()}: six strategy intensities in
   * [0.5, 1], six main projects' start windows) over {@value Yangquan#SEED_PLAN}, starting at the seed plan's own
   * values ({@link YangquanDecisions#seedPlanLevers()}); the uncertain parameters of
   * {@link YangquanDecisions#uncertaintySpace()}; the reference {@value Yangquan#BASELINE}; the city's targets.
   */
  public static ExplorerCity yangquan() {
    return new ExplorerCity("yangquan", Yangquan.model(), Yangquan.SEED_PLAN, Yangquan.BASELINE,
        YangquanDecisions.levers(), YangquanDecisions.seedPlanLevers(), YangquanDecisions.uncertaintySpace().parameters(),
        ImmutableList.copyOf(Yangquan.targets()));
  }

  /**
   * A city whose levers are given with their ranges, starting at the scenario's own values: an intensity at the
   * scenario's adoption intensity (0 if it does not adopt the strategy), a start at the project's planned start in
   * the scenario (its start shift and delay added, rounded), a scale at the scenario's scale, carried-out at 1;
   * each clamped into its lever's range. The uncertain parameters that are also intensity levers are left out (the
   * lever decides them); a space's levers and rank correlation are not used.
   *
   * @throws IllegalArgumentException as the constructor, or for a lever on an unknown strategy or project
   */
  public static ExplorerCity of(String name, CityModel model, String scenario, String reference,
      List<Decision> levers, List<UncertainParameter> uncertainty, List<? extends Target> targets) {
    checkArgument(model.scenarioNames().contains(scenario), "unknown scenario '%s'; scenarios: %s", scenario,
        model.scenarioNames());
    ResolvedScenario resolved = model.resolve(scenario);
    double[] defaults = new double[levers.size()];
    for (int i = 0; i < defaults.length; i++) {
      Decision d = levers.get(i);
      double v;
      if (d instanceof Decision.Intensity) {
        StrategyAdoption a = resolved.adoptions().get(d.id());
        v = a == null ? 0.0 : a.intensity();
      } else if (d instanceof Decision.CarriedOut) {
        v = 1.0;
      } else {
        Project p = model.project(d.id()).orElseThrow(() -> new IllegalArgumentException("lever '" + d.path()
            + "': unknown project '" + d.id() + "'"));
        Strategy s = model.strategyOf(p.id()).orElseThrow();
        ProjectPlan plan = resolved.plan(s, p);
        v = d instanceof Decision.StartYear ? Math.rint(plan.start()) : plan.scale();
      }
      defaults[i] = Math.max(d.variable().lower(), Math.min(d.variable().upper(), v));
    }
    List<String> decided = new ArrayList<>();
    levers.stream().filter(d -> d instanceof Decision.Intensity).forEach(d -> decided.add(d.path()));
    ImmutableList<UncertainParameter> kept = uncertainty.stream().filter(p -> !decided.contains(p.name()))
        .collect(ImmutableList.toImmutableList());
    return new ExplorerCity(name, model, scenario, reference, ImmutableList.copyOf(levers), defaults, kept,
        ImmutableList.copyOf(targets));
  }

  /**
   * The levers a city without a search specification gets: the intensity of every strategy the scenario adopts, each
   * in [0, 1].
   */
  public static ImmutableList<Decision> intensityLevers(CityModel model, String scenario) {
    ResolvedScenario resolved = model.resolve(scenario);
    ImmutableList.Builder<Decision> b = ImmutableList.builder();
    for (Strategy s : model.strategies()) {
      if (resolved.adoptions().containsKey(s.id())) {
        b.add(new Decision.Intensity(s.id(), 0.0, 1.0));
      }
    }
    return b.build();
  }
}
