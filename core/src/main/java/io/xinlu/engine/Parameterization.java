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
import io.xinlu.scenario.ProjectPlan;
import io.xinlu.scenario.ResolvedScenario;
import io.xinlu.scenario.StrategyAdoption;
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
      baseValues[k] = given(p);
      switch (p.kind()) {
        case SECTOR_GROWTH:
        case SECTOR_PRODUCTIVITY_GROWTH:
        case SECTOR_INTENSITY_DECLINE:
          target[k] = model.profile().indexOf(p.id());
          break;
        case PROJECT_DELAY:
        case PROJECT_SCALE:
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
   *     negative scale, an intensity decline of 1 or more, a productivity growth of -1 or less, a delay that moves a
   *     project before the base year); the message names each parameter and value
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
    CohortParameters.unset(adj, kindGiven, model.profile());
    boolean valid = true;
    for (int k = 0; k < values.length; k++) {
      double v = values[k];
      valid &= acceptable(kinds[k], v);
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
        case COHORT_RETIREMENT_RATE:
        case COHORT_OUT_MIGRATION_RATE:
        case COHORT_REEMPLOYMENT_WEIGHT:
        case SECTOR_WAGE:
          put(CohortParameters.array(adj, kinds[k]), target[k], v);
          break;
        default:
          throw new AssertionError(kinds[k]);
      }
    }
    if (!valid) {
      reject(values);
    }
    return adj;
  }

  /** Puts a value into the array that {@link #adjustments} made for its kind (each kind given has one). */
  private static void put(double @Nullable [] byIndex, int index, double v) {
    checkState(byIndex != null, "no adjustments array for a parameter kind that was given");
    byIndex[index] = v;
  }

  /** Whether a value is one a parameter of this kind accepts; {@link #reject} says why not. */
  private static boolean acceptable(ParameterPath.Kind kind, double v) {
    if (!Double.isFinite(v)) {
      return false;
    }
    switch (kind) {
      case SECTOR_PRODUCTIVITY_GROWTH:
        return v > -1;
      case SECTOR_INTENSITY_DECLINE:
        return v < 1;
      case PROJECT_SCALE:
        return v >= 0;
      case STRATEGY_INTENSITY:
      case REEMPLOYMENT_RATE:
        return v >= 0 && v <= 1;
      default:
        return CohortParameters.acceptable(kind, v);
    }
  }

  /** Throws the problems of the values that are not {@link #acceptable}, each named by its path and value. */
  private void reject(double[] values) {
    Problems root = Problems.collector();
    Problems p = root.at(PathSegment.Kind.SCENARIO, scenario.name());
    for (int k = 0; k < values.length; k++) {
      PathSegment at = PathSegment.named(PathSegment.Kind.PARAMETER_VALUE, paths.get(k).toString(), k);
      double v = values[k];
      if (!p.finite(at, v)) {
        continue;
      }
      switch (kinds[k]) {
        case SECTOR_PRODUCTIVITY_GROWTH:
          if (v <= -1) {
            p.add(at, "must be above -1, was " + v);
          }
          break;
        case SECTOR_INTENSITY_DECLINE:
          if (v >= 1) {
            p.add(at, "must be below 1, was " + v);
          }
          break;
        case PROJECT_SCALE:
          p.nonNegative(at, v);
          break;
        case STRATEGY_INTENSITY:
        case REEMPLOYMENT_RATE:
          p.fraction(at, v);
          break;
        default:
          CohortParameters.reject(p, at, kinds[k], v);
          break;
      }
    }
    root.throwIfAny(PathSegment.named(PathSegment.Kind.SCENARIO, scenario.name()) + " with parameter values");
  }

  /** Compiles and runs the scenario with the given values; see {@link #compile}. */
  public Run run(double[] values) {
    return compile(values).run();
  }

  /** The value a path has in the model and scenario as given. */
  private double given(ParameterPath p) {
    switch (p.kind()) {
      case SECTOR_GROWTH:
        return model.profile().sector(p.id()).growth();
      case SECTOR_PRODUCTIVITY_GROWTH:
        return model.profile().sector(p.id()).productivityGrowth();
      case SECTOR_INTENSITY_DECLINE:
        return model.profile().sector(p.id()).energyIntensityDecline();
      case PROJECT_DELAY:
        return plan(p.id()).delayYears();
      case PROJECT_SCALE:
        return plan(p.id()).scale();
      case PROJECT_EFFECT:
        return model.project(p.id()).orElseThrow().effects().get(p.effect() - 1).size();
      case STRATEGY_INTENSITY: {
        StrategyAdoption a = scenario.adoptions().get(p.id());
        return a == null ? 0.0 : a.intensity();
      }
      case STRATEGY_START_SHIFT: {
        StrategyAdoption a = scenario.adoptions().get(p.id());
        return a == null ? 0.0 : a.startShift();
      }
      case MACRO_SHOCK:
        return 0.0;
      case EMISSION_FACTOR_PATH:
        return 1.0;
      case COHORT_RETIREMENT_RATE:
      case COHORT_OUT_MIGRATION_RATE:
      case COHORT_REEMPLOYMENT_WEIGHT:
      case SECTOR_WAGE:
        return CohortParameters.given(model, p);
      default:
        return scenario.reemploymentRate();
    }
  }

  /** How the scenario applies to a project of the model. */
  private ProjectPlan plan(String projectId) {
    return scenario.plan(model.strategyOf(projectId).orElseThrow(), model.project(projectId).orElseThrow());
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
