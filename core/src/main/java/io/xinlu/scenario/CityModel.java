package io.xinlu.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.economy.CityProfile;
import io.xinlu.policy.Project;
import io.xinlu.policy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A whole model: a {@link CityProfile}, the {@link Strategy strategies} open to the city with their projects, and
 * the {@link Scenario scenarios} defined on them. This is the unit of validation: {@code build()} checks every
 * strategy, project, effect and scenario against the profile and against each other, and throws one
 * {@link io.xinlu.InvalidModelException} that lists every problem with its path (unknown or duplicate ids, effects
 * naming unknown sectors or tags, years out of order or outside the horizon, prerequisite and inheritance cycles,
 * numbers that are NaN, infinite or out of range).
 *
 * <pre>{@code
 * CityModel model = CityModel.builder()
 *     .profile(city)
 *     .addStrategies(newMaterials, digital)
 *     .addScenarios(Scenario.baseline("baseline", 2035), plan)
 *     .build();
 * Run run = Engine.run(model, "plan");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CityModel {
  CityModel() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CityModel}; mutable, not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCityModel.Builder {
    Builder() {}
  }

  /** The city in its base year. */
  public abstract CityProfile profile();

  /** The strategies open to the city. */
  public abstract ImmutableList<Strategy> strategies();

  /** The scenarios. */
  public abstract ImmutableList<Scenario> scenarios();

  @Value.Lazy
  ImmutableMap<String, Strategy> strategyById() {
    return strategies().stream().collect(ImmutableMap.toImmutableMap(Strategy::id, s -> s));
  }

  @Value.Lazy
  ImmutableMap<String, Strategy> strategyOfProject() {
    ImmutableMap.Builder<String, Strategy> b = ImmutableMap.builder();
    for (Strategy s : strategies()) {
      for (Project p : s.projects()) {
        b.put(p.id(), s);
      }
    }
    return b.buildOrThrow();
  }

  @Value.Lazy
  ImmutableMap<String, Scenario> scenarioByName() {
    return scenarios().stream().collect(ImmutableMap.toImmutableMap(Scenario::name, s -> s));
  }

  /** The names of the scenarios, in declaration order. */
  public ImmutableList<String> scenarioNames() {
    return scenarios().stream().map(Scenario::name).collect(ImmutableList.toImmutableList());
  }

  /**
   * The scenario with this name.
   *
   * @throws IllegalArgumentException if there is none; the message lists the known names
   */
  public Scenario scenario(String name) {
    Scenario s = scenarioByName().get(name);
    if (s == null) {
      throw new IllegalArgumentException("model '" + profile().name() + "' has no scenario '" + name
          + "'; known scenarios: " + scenarioNames());
    }
    return s;
  }

  /**
   * The strategy with this id.
   *
   * @throws IllegalArgumentException if there is none; the message lists the known ids
   */
  public Strategy strategy(String id) {
    Strategy s = strategyById().get(id);
    if (s == null) {
      throw new IllegalArgumentException("model '" + profile().name() + "' has no strategy '" + id
          + "'; known strategies: " + strategyById().keySet());
    }
    return s;
  }

  /** The project with this id, if any strategy has it. */
  public Optional<Project> project(String projectId) {
    Strategy s = strategyOfProject().get(projectId);
    return s == null ? Optional.empty() : s.project(projectId);
  }

  /** The strategy a project belongs to, if the project exists. */
  public Optional<Strategy> strategyOf(String projectId) {
    return Optional.ofNullable(strategyOfProject().get(projectId));
  }

  /** Every project of every strategy, in declaration order. */
  public ImmutableList<Project> projects() {
    return strategies().stream().flatMap(s -> s.projects().stream()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Resolves a scenario's inheritance: the parent's assumptions with this scenario's overrides applied.
   *
   * @throws IllegalArgumentException if there is no such scenario
   */
  public ResolvedScenario resolve(String scenarioName) {
    List<Scenario> leafFirst = new ArrayList<>();
    Scenario s = scenario(scenarioName);
    leafFirst.add(s);
    while (s.parent().isPresent()) {
      s = scenario(s.parent().get());
      leafFirst.add(s);
    }
    return ResolvedScenario.resolve(ImmutableList.copyOf(leafFirst).reverse());
  }

  /** Checks the whole model when it is built, throwing one exception that lists every problem. */
  @Value.Check
  void check() {
    ModelValidator.validate(this);
  }
}
