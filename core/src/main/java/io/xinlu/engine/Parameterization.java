package io.xinlu.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static io.xinlu.internal.Problems.named;

import com.google.common.collect.ImmutableList;
import io.xinlu.InvalidModelException;
import io.xinlu.internal.Problems;
import io.xinlu.policy.Project;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ResolvedScenario;
import io.xinlu.scenario.StrategyAdoption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  private final CompiledScenario base;
  private final double[] baseValues;
  private final int[] sectorIndex;

  private Parameterization(CityModel model, ResolvedScenario scenario, ImmutableList<ParameterPath> paths) {
    this.model = model;
    this.scenario = scenario;
    this.paths = paths;
    this.base = Engine.compile(model, scenario);
    this.sectorIndex = new int[paths.size()];
    this.baseValues = new double[paths.size()];
    for (int k = 0; k < paths.size(); k++) {
      ParameterPath p = paths.get(k);
      sectorIndex[k] = model.profile().indexOf(p.id());
      baseValues[k] = given(p);
    }
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
  public static Parameterization ofPaths(CityModel model, ResolvedScenario scenario, List<ParameterPath> paths) {
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
    checkArgument(values.length == paths.size(), "expected %s parameter values (%s), got %s", paths.size(), paths,
        values.length);
    Problems root = Problems.collector();
    Problems p = root.at(named("scenario", scenario.name()));
    Adjustments adj = new Adjustments(model.profile().sectors().size());
    for (int k = 0; k < values.length; k++) {
      ParameterPath path = paths.get(k);
      double v = values[k];
      String at = path.toString();
      if (!p.finite(at, v)) {
        continue;
      }
      switch (path.kind()) {
        case SECTOR_GROWTH:
          adj.growth[sectorIndex[k]] = v;
          break;
        case SECTOR_PRODUCTIVITY_GROWTH:
          if (v <= -1) {
            p.add(at, "must be above -1, was " + v);
          }
          adj.productivityGrowth[sectorIndex[k]] = v;
          break;
        case SECTOR_INTENSITY_DECLINE:
          if (v >= 1) {
            p.add(at, "must be below 1, was " + v);
          }
          adj.intensityDecline[sectorIndex[k]] = v;
          break;
        case PROJECT_DELAY:
          adj.projectDelay.put(path.id(), v);
          break;
        case PROJECT_SCALE:
          p.nonNegative(at, v);
          adj.projectScale.put(path.id(), v);
          break;
        case PROJECT_EFFECT:
          adj.effectSize.computeIfAbsent(path.id(), id -> new HashMap<>()).put(path.effect(), v);
          break;
        case STRATEGY_INTENSITY:
          p.fraction(at, v);
          adj.strategyIntensity.put(path.id(), v);
          break;
        case STRATEGY_START_SHIFT:
          adj.strategyShift.put(path.id(), v);
          break;
        case MACRO_SHOCK:
          adj.shock = v;
          break;
        case EMISSION_FACTOR_PATH:
          adj.emissionPathScale = v;
          break;
        case REEMPLOYMENT_RATE:
          p.fraction(at, v);
          adj.reemploymentRate = v;
          break;
        default:
          throw new AssertionError(path.kind());
      }
    }
    root.throwIfAny(named("scenario", scenario.name()) + " with parameter values");
    return Engine.compile(model, scenario, adj, base);
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
        return scenario.projectOverride(p.id()).delayYears().orElse(0.0);
      case PROJECT_SCALE:
        return scenario.projectOverride(p.id()).scaleFactor().orElse(1.0);
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
      default:
        return scenario.reemploymentRate();
    }
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
