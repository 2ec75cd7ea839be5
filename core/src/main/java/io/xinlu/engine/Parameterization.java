package io.xinlu.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.xinlu.InvalidModelException;
import io.xinlu.PathSegment;
import io.xinlu.internal.Problems;
import io.xinlu.policy.Project;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ResolvedScenario;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A scenario opened up for experiments: a list of {@link ParameterPath parameters} whose values an ensemble,
 * a sensitivity study or a lever grid sets run by run. Compiling with a vector of values reuses everything the
 * values cannot change (the Leontief inverse, the base-year arrays), so a run with new values costs a fraction of a
 * full compilation.
 *
 * <pre>{@code
 * Parameterization p = Parameterization.of(model, "plan",
 *     List.of("sector/coal/growth", "project/btr-anode/delay", "strategy/digital/intensity"));
 * double[] asGiven = p.baseValues();                       // the model's own values
 * Run late = p.run(new double[] {-0.03, 2.0, 0.8});
 * }</pre>
 *
 * <p>Immutable and thread-safe: any number of threads may compile and run with their own value vectors.
 *
 * @since 0.1.0
 */
public final class Parameterization {
  private final CityModel model;
  private final ResolvedScenario scenario;
  private final ImmutableList<ParameterPath> paths;
  private final ScenarioTemplate template;
  private final CompiledScenario base;
  private final double[] baseValues;
  /** For each path, the index of its sector, project, strategy or effect slot in the template's arrays. */
  private final int[] target;
  private final ParameterPath.Kind[] kinds;
  private final boolean[] kindGiven = new boolean[ParameterPath.Kind.values().length];

  private Parameterization(CityModel model, ResolvedScenario scenario, ImmutableList<ParameterPath> paths) {
    this.model = model;
    this.scenario = scenario;
    this.paths = paths;
    ScenarioTemplate plain = ScenarioTemplate.of(model, scenario);
    this.base = plain.instantiate(Adjustments.NONE);
    List<Strategy> strategies = model.strategies();
    List<Project> projects = model.projects();
    boolean[] intensityGiven = new boolean[strategies.size()];
    this.target = new int[paths.size()];
    this.kinds = new ParameterPath.Kind[paths.size()];
    this.baseValues = new double[paths.size()];
    for (int k = 0; k < paths.size(); k++) {
      ParameterPath p = paths.get(k);
      kinds[k] = p.kind();
      kindGiven[p.kind().ordinal()] = true;
      baseValues[k] = ParameterRules.given(model, scenario, p);
      switch (p.kind()) {
        case SECTOR_GROWTH:
        case SECTOR_PRODUCTIVITY_GROWTH:
        case SECTOR_INTENSITY_DECLINE:
        case SECTOR_RESOURCE_TAX:
        case SECTOR_VAT:
        case SECTOR_INCOME_TAX:
          target[k] = model.profile().indexOf(p.id());
          break;
        case PRICE:
          target[k] = plain.finance.pathIndex(FinanceInputs.selector(p));
          break;
        case PROJECT_DELAY:
        case PROJECT_SCALE:
        case PROJECT_ASSET_LIFE:
        case PROJECT_ASSET_CAPITAL:
          target[k] = indexOfProject(projects, p.id());
          break;
        case PROJECT_EFFECT:
          target[k] = plain.schedule.firstSlot[indexOfProject(projects, p.id())] + p.effect() - 1;
          break;
        case STRATEGY_INTENSITY:
        case STRATEGY_START_SHIFT:
          target[k] = indexOfStrategy(strategies, p.id());
          if (p.kind() == ParameterPath.Kind.STRATEGY_INTENSITY) {
            intensityGiven[target[k]] = true;
          }
          break;
        default:
          target[k] = CohortParameters.target(model, p); // -1 for the city-wide kinds
          break;
      }
    }
    this.template = kindGiven[ParameterPath.Kind.STRATEGY_INTENSITY.ordinal()]
        ? ScenarioTemplate.of(model, scenario, intensityGiven, plain) : plain;
  }

  private static int indexOfProject(List<Project> projects, String id) {
    for (int i = 0; i < projects.size(); i++) {
      if (projects.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

  private static int indexOfStrategy(List<Strategy> strategies, String id) {
    for (int i = 0; i < strategies.size(); i++) {
      if (strategies.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

  /**
   * Opens a scenario of a model for the given parameter paths.
   *
   * @throws IllegalArgumentException if the scenario is unknown, a path is malformed, repeated, or names an unknown
   *     sector, project, effect or strategy (the message lists what exists)
   */
  public static Parameterization of(CityModel model, String scenario, Iterable<String> paths) {
    ImmutableList.Builder<ParameterPath> parsed = ImmutableList.builder();
    for (String p : paths) {
      parsed.add(ParameterPath.parse(p));
    }
    return ofPaths(model, model.resolve(scenario), parsed.build());
  }

  /** Opens a resolved scenario for parsed paths; see {@link #of}. */
  private static Parameterization ofPaths(CityModel model, ResolvedScenario scenario, List<ParameterPath> paths) {
    Set<ParameterPath> seen = new HashSet<>();
    for (ParameterPath p : paths) {
      checkArgument(seen.add(p), "parameter '%s' is listed twice", p);
      switch (p.kind()) {
        case SECTOR_GROWTH:
        case SECTOR_PRODUCTIVITY_GROWTH:
        case SECTOR_INTENSITY_DECLINE:
          checkArgument(model.profile().hasSector(p.id()), "parameter '%s': unknown sector '%s'; sectors: %s", p,
              p.id(), model.profile().sectorIds());
          break;
        case PROJECT_DELAY:
        case PROJECT_SCALE:
        case PROJECT_EFFECT:
          Project project = model.project(p.id()).orElseThrow(() -> new IllegalArgumentException("parameter '" + p
              + "': unknown project '" + p.id() + "'; projects: "
              + model.projects().stream().map(Project::id).toList()));
          checkArgument(p.kind() != ParameterPath.Kind.PROJECT_EFFECT || p.effect() <= project.effects().size(),
              "parameter '%s': project '%s' has %s effects", p, p.id(), project.effects().size());
          break;
        case PROJECT_ASSET_LIFE:
        case PROJECT_ASSET_CAPITAL:
          Closures.checkPath(model, p);
          break;
        case STRATEGY_INTENSITY:
        case STRATEGY_START_SHIFT:
          model.strategy(p.id()); // throws with the known ids
          break;
        case COHORT_RETIREMENT_RATE:
        case COHORT_OUT_MIGRATION_RATE:
        case COHORT_REEMPLOYMENT_WEIGHT:
        case SECTOR_WAGE:
          CohortParameters.check(model, p);
          break;
        default:
          FinanceInputs.check(model, scenario, p);
          break;
      }
    }
    return new Parameterization(model, scenario, ImmutableList.copyOf(paths));
  }

  /** The model. */
  public CityModel model() {
    return model;
  }

  /** The scenario, inheritance resolved. */
  public ResolvedScenario scenario() {
    return scenario;
  }

  /** The parameters, in the order of value vectors. */
  public ImmutableList<ParameterPath> parameters() {
    return paths;
  }

  /** The scenario compiled with the values as given. */
  public CompiledScenario baseline() {
    return base;
  }

  /** The values the model and scenario give, in the order of {@link #parameters()}. */
  public double[] baseValues() {
    return baseValues.clone();
  }

  /**
   * Compiles the scenario with the given values.
   *
   * @throws IllegalArgumentException if the vector has the wrong length
   * @throws InvalidModelException if a value is not finite or out of range (an intensity or rate outside [0, 1], a
   *     negative scale or asset capital, an asset life of 0 or less, an intensity decline of 1 or more, a productivity
   *     growth of -1 or less, a delay that moves a project before the base year), or if values together give a price
   *     index that is not positive or base-year taxes above the official revenue; the message names each parameter
   *     and value
   */
  public CompiledScenario compile(double[] values) {
    return template.instantiate(adjustments(values));
  }

  /** Compiles with the given values without sharing any array with the template's reference compilation. */
  CompiledScenario compileUnshared(double[] values) {
    return template.instantiate(adjustments(values), null);
  }

  /** The values as adjustments to the template. */
  private Adjustments adjustments(double[] values) {
    checkArgument(values.length == paths.size(), "expected %s parameter values (%s), got %s", paths.size(), paths,
        values.length);
    Adjustments adj = new Adjustments();
    ScenarioTemplate t = template;
    if (kindGiven[ParameterPath.Kind.SECTOR_GROWTH.ordinal()]) {
      adj.growth = Adjustments.unset(t.n);
    }
    if (kindGiven[ParameterPath.Kind.SECTOR_PRODUCTIVITY_GROWTH.ordinal()]) {
      adj.productivityGrowth = Adjustments.unset(t.n);
    }
    if (kindGiven[ParameterPath.Kind.SECTOR_INTENSITY_DECLINE.ordinal()]) {
      adj.intensityDecline = Adjustments.unset(t.n);
    }
    if (kindGiven[ParameterPath.Kind.PROJECT_DELAY.ordinal()]) {
      adj.projectDelay = Adjustments.unset(model.projects().size());
    }
    if (kindGiven[ParameterPath.Kind.PROJECT_SCALE.ordinal()]) {
      adj.projectScale = Adjustments.unset(model.projects().size());
    }
    if (kindGiven[ParameterPath.Kind.PROJECT_EFFECT.ordinal()]) {
      adj.effectSize = Adjustments.unset(t.schedule.effectSlots);
    }
    if (kindGiven[ParameterPath.Kind.STRATEGY_INTENSITY.ordinal()]) {
      adj.strategyIntensity = Adjustments.unset(model.strategies().size());
    }
    if (kindGiven[ParameterPath.Kind.STRATEGY_START_SHIFT.ordinal()]) {
      adj.strategyShift = Adjustments.unset(model.strategies().size());
    }
    FinanceInputs.unset(adj, kindGiven, t.n, t.finance.selectors.size());
    if (kindGiven[ParameterPath.Kind.PROJECT_ASSET_LIFE.ordinal()]
        || kindGiven[ParameterPath.Kind.PROJECT_ASSET_CAPITAL.ordinal()]) {
      adj.unsetAssets(model.projects().size());
    }
    CohortParameters.unset(adj, kindGiven, model.profile());
    boolean valid = true;
    for (int k = 0; k < values.length; k++) {
      double v = values[k];
      valid &= ParameterRules.acceptable(kinds[k], v);
      switch (kinds[k]) {
        case SECTOR_GROWTH:
          put(adj.growth, target[k], v);
          break;
        case SECTOR_PRODUCTIVITY_GROWTH:
          put(adj.productivityGrowth, target[k], v);
          break;
        case SECTOR_INTENSITY_DECLINE:
          put(adj.intensityDecline, target[k], v);
          break;
        case PROJECT_DELAY:
          put(adj.projectDelay, target[k], v);
          break;
        case PROJECT_SCALE:
          put(adj.projectScale, target[k], v);
          break;
        case PROJECT_EFFECT:
          put(adj.effectSize, target[k], v);
          break;
        case STRATEGY_INTENSITY:
          put(adj.strategyIntensity, target[k], v);
          break;
        case STRATEGY_START_SHIFT:
          put(adj.strategyShift, target[k], v);
          break;
        case MACRO_SHOCK:
          adj.shock = v;
          break;
        case EMISSION_FACTOR_PATH:
          adj.emissionPathScale = v;
          break;
        case REEMPLOYMENT_RATE:
          adj.reemploymentRate = v;
          break;
        case PROJECT_ASSET_LIFE:
        case PROJECT_ASSET_CAPITAL:
          put(kinds[k] == ParameterPath.Kind.PROJECT_ASSET_LIFE ? adj.assetLife : adj.assetCapital, target[k], v);
          break;
        case COHORT_RETIREMENT_RATE:
        case COHORT_OUT_MIGRATION_RATE:
        case COHORT_REEMPLOYMENT_WEIGHT:
        case SECTOR_WAGE:
          put(CohortParameters.array(adj, kinds[k]), target[k], v);
          break;
        default:
          FinanceInputs.put(adj, kinds[k], target[k], v);
          break;
      }
    }
    List<String> together = valid ? template.finance.problems(adj, template.economy) : List.of();
    if (!valid || !together.isEmpty()) {
      reject(values, together);
    }
    return adj;
  }

  /** Puts a value into the array that {@link #adjustments} made for its kind (each kind given has one). */
  private static void put(double @Nullable [] byIndex, int index, double v) {
    checkState(byIndex != null, "no adjustments array for a parameter kind that was given");
    byIndex[index] = v;
  }

  /**
   * Throws the problems of the values that are not {@link ParameterRules#acceptable}, each named by its path and
   * value.
   */
  private void reject(double[] values, List<String> together) {
    Problems root = Problems.collector();
    Problems p = root.at(PathSegment.Kind.SCENARIO, scenario.name());
    for (String problem : together) {
      p.add("parameter values", problem);
    }
    for (int k = 0; k < values.length; k++) {
      PathSegment at = PathSegment.named(PathSegment.Kind.PARAMETER_VALUE, paths.get(k).toString(), k);
      double v = values[k];
      if (!p.finite(at, v)) {
        continue;
      }
      ParameterRules.check(p, at, kinds[k], v);
    }
    root.throwIfAny(PathSegment.named(PathSegment.Kind.SCENARIO, scenario.name()) + " with parameter values");
  }

  /** Compiles and runs the scenario with the given values; see {@link #compile}. */
  public Run run(double[] values) {
    return compile(values).run();
  }

  /** A map from path text to value, for messages: {@code {sector/coal/growth=-0.03, ...}}. */
  public Map<String, Double> describe(double[] values) {
    Map<String, Double> m = new java.util.LinkedHashMap<>();
    for (int k = 0; k < paths.size() && k < values.length; k++) {
      m.put(paths.get(k).toString(), values[k]);
    }
    return m;
  }

  @Override
  public String toString() {
    return "Parameterization{" + scenario.name() + ", " + paths + "}";
  }
}
