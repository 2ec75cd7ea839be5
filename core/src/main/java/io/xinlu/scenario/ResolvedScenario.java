package io.xinlu.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.PathSegment;
import io.xinlu.Problem;
import io.xinlu.policy.Project;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A scenario with its inheritance applied: everything the engine needs, with defaults filled in. Obtained from
 * {@link CityModel#resolve(String)}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResolvedScenario {
  private final String name;
  private final ImmutableList<String> lineage;
  private final int endYear;
  private final ImmutableMap<String, StrategyAdoption> adoptions;
  private final ImmutableMap<String, ProjectOverride> projectOverrides;
  private final ImmutableMap<String, YearPath> growthOverrides;
  private final Optional<YearPath> macroShock;
  private final ImmutableMap<SectorSelector, YearPath> emissionFactorPaths;
  private final double reemploymentRate;
  private final Optional<YearPath> populationPath;
  private final ImmutableMap<SectorSelector, YearPath> pricePaths;

  ResolvedScenario(
      String name,
      ImmutableList<String> lineage,
      int endYear,
      ImmutableMap<String, StrategyAdoption> adoptions,
      ImmutableMap<String, ProjectOverride> projectOverrides,
      ImmutableMap<String, YearPath> growthOverrides,
      Optional<YearPath> macroShock,
      ImmutableMap<SectorSelector, YearPath> emissionFactorPaths,
      double reemploymentRate,
      Optional<YearPath> populationPath,
      ImmutableMap<SectorSelector, YearPath> pricePaths) {
    this.name = name;
    this.lineage = lineage;
    this.endYear = endYear;
    this.adoptions = adoptions;
    this.projectOverrides = projectOverrides;
    this.growthOverrides = growthOverrides;
    this.macroShock = macroShock;
    this.emissionFactorPaths = emissionFactorPaths;
    this.reemploymentRate = reemploymentRate;
    this.populationPath = populationPath;
    this.pricePaths = pricePaths;
  }

  /** Resolves a lineage given root first. */
  static ResolvedScenario resolve(ImmutableList<Scenario> rootFirst) {
    int end = 0;
    Map<String, StrategyAdoption> adoptions = new LinkedHashMap<>();
    Map<String, ProjectOverride> overrides = new LinkedHashMap<>();
    Map<String, YearPath> growth = new LinkedHashMap<>();
    Optional<YearPath> shock = Optional.empty();
    Map<SectorSelector, YearPath> ef = new LinkedHashMap<>();
    double rho = Scenario.DEFAULT_REEMPLOYMENT_RATE;
    Optional<YearPath> population = Optional.empty();
    Map<SectorSelector, YearPath> prices = new LinkedHashMap<>();
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (Scenario s : rootFirst) {
      names.add(s.name());
      if (s.endYear().isPresent()) {
        end = s.endYear().getAsInt();
      }
      adoptions.putAll(s.adoptions());
      s.projectOverrides().forEach((id, o) -> overrides.merge(id, o, (parent, child) -> child.over(parent)));
      growth.putAll(s.growthOverrides());
      if (s.macroShock().isPresent()) {
        shock = s.macroShock();
      }
      ef.putAll(s.emissionFactorPaths());
      if (s.reemploymentRate().isPresent()) {
        rho = s.reemploymentRate().getAsDouble();
      }
      if (s.populationPath().isPresent()) {
        population = s.populationPath();
      }
      prices.putAll(s.pricePaths());
    }
    return new ResolvedScenario(
        rootFirst.get(rootFirst.size() - 1).name(), names.build(), end, ImmutableMap.copyOf(adoptions),
        ImmutableMap.copyOf(overrides), ImmutableMap.copyOf(growth), shock, ImmutableMap.copyOf(ef), rho, population,
        ImmutableMap.copyOf(prices));
  }

  /** The scenario's name. */
  public String name() {
    return name;
  }

  /** The names of the scenario and its ancestors, root first, this scenario last. */
  public ImmutableList<String> lineage() {
    return lineage;
  }

  /** The horizon's end year {@code T}. */
  public int endYear() {
    return endYear;
  }

  /** Adopted strategies by id, inheritance applied. */
  public ImmutableMap<String, StrategyAdoption> adoptions() {
    return adoptions;
  }

  /** Project overrides by project id, merged along the lineage. */
  public ImmutableMap<String, ProjectOverride> projectOverrides() {
    return projectOverrides;
  }

  /** The override for one project; {@link ProjectOverride#none()} if there is none. */
  public ProjectOverride projectOverride(String projectId) {
    return projectOverrides.getOrDefault(projectId, ProjectOverride.none());
  }

  /** Growth overrides by sector id. */
  public ImmutableMap<String, YearPath> growthOverrides() {
    return growthOverrides;
  }

  /** The macro shock path, if any. */
  public Optional<YearPath> macroShock() {
    return macroShock;
  }

  /** Emission-factor multiplier paths by selector. */
  public ImmutableMap<SectorSelector, YearPath> emissionFactorPaths() {
    return emissionFactorPaths;
  }

  /** The re-employment rate {@code rho} (the default when no scenario of the lineage gives one). */
  public double reemploymentRate() {
    return reemploymentRate;
  }

  /** The population path, if any. */
  public Optional<YearPath> populationPath() {
    return populationPath;
  }

  /** Price paths by selector, inheritance applied (section 20 of {@code docs/MODEL.md}). */
  public ImmutableMap<SectorSelector, YearPath> pricePaths() {
    return pricePaths;
  }

  /**
   * How this scenario applies to a project of a strategy: whether it carries the project out, with which weight and
   * delay, and so from which year ({@link ProjectPlan}).
   */
  public ProjectPlan plan(Strategy strategy, Project project) {
    return ProjectPlan.of(strategy, project, Optional.ofNullable(adoptions.get(strategy.id())),
        projectOverride(project.id()));
  }

  /** The plans of every project of a model, in the model's order of strategies and projects. */
  public ImmutableList<ProjectPlan> plans(CityModel model) {
    ImmutableList.Builder<ProjectPlan> out = ImmutableList.builder();
    for (Strategy s : model.strategies()) {
      for (Project p : s.projects()) {
        out.add(plan(s, p));
      }
    }
    return out.build();
  }

  /**
   * The problems of projects that this scenario's start shifts and delays move before the profile's base year
   * ({@link ProjectPlan#startProblems}); empty if there are none. {@link CityModel} reports them when built, and the
   * engine when compiling.
   */
  public ImmutableList<Problem> startProblems(CityModel model) {
    ImmutableList.Builder<Problem> out = ImmutableList.builder();
    int t0 = model.profile().baseYear();
    for (ProjectPlan plan : plans(model)) {
      out.addAll(plan.startProblems(name, t0));
    }
    return out.build();
  }

  /**
   * A copy with one more project override merged over the existing one, under a new name. Used to run a
   * scenario with and without a project; the caller is responsible for the override naming a known project.
   */
  public ResolvedScenario withProjectOverride(String newName, String projectId, ProjectOverride override) {
    Map<String, ProjectOverride> o = new LinkedHashMap<>(projectOverrides);
    o.merge(projectId, override, (parent, child) -> child.over(parent));
    return new ResolvedScenario(newName, lineage, endYear, adoptions, ImmutableMap.copyOf(o), growthOverrides,
        macroShock, emissionFactorPaths, reemploymentRate, populationPath, pricePaths);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ResolvedScenario)) {
      return false;
    }
    ResolvedScenario r = (ResolvedScenario) o;
    return r.name.equals(name) && r.lineage.equals(lineage) && r.endYear == endYear
        && r.adoptions.equals(adoptions) && r.projectOverrides.equals(projectOverrides)
        && r.growthOverrides.equals(growthOverrides) && r.macroShock.equals(macroShock)
        && r.emissionFactorPaths.equals(emissionFactorPaths)
        && Double.compare(r.reemploymentRate, reemploymentRate) == 0 && r.populationPath.equals(populationPath)
        && r.pricePaths.equals(pricePaths);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, lineage, endYear, adoptions, projectOverrides, growthOverrides, macroShock,
        emissionFactorPaths, reemploymentRate, populationPath, pricePaths);
  }

  @Override
  public String toString() {
    return "ResolvedScenario{" + name + " " + lineage + " to " + endYear + ", adopts " + adoptions.keySet() + "}";
  }
}
