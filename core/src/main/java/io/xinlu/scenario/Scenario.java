package io.xinlu.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.xinlu.policy.Project;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A scenario: which strategies the city adopts and how, which projects it changes, and the assumption paths it
 * states. A scenario may name a parent; it then inherits everything from the parent and overrides only what it
 * names (LEAP-style): its end year, rate and paths replace the parent's, its adoptions, growth overrides and
 * emission-factor paths replace the parent's entry for the same strategy, sector or selector, and its project
 * overrides are merged over the parent's part by part. The <em>baseline</em> is a scenario with no strategies.
 *
 * <pre>{@code
 * Scenario plan = Scenario.builder()
 *     .name("plan").endYear(2035)
 *     .adopt(newMaterials)                          // a Strategy: intensity 1, on schedule
 *     .adopt("digital", 0.8)                        // or a strategy's id
 *     .reemploymentRate(0.6)
 *     .build();
 * Scenario late = Scenario.builder()
 *     .name("late").parent(plan)                    // or parent("plan")
 *     .adopt(newMaterials, 1.0, 3.0)                // three years late
 *     .override("btr-anode", ProjectOverride.delay(2))
 *     .build();
 * }</pre>
 *
 * <p>Checked, with its parents, when it is put into a {@link CityModel}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Scenario {
  /**
   * The re-employment rate used when no scenario in the lineage gives one: half of the jobs created in a year go
   * to displaced workers. See {@code docs/MODEL.md}.
   */
  public static final double DEFAULT_REEMPLOYMENT_RATE = 0.5;

  Scenario() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableScenario.builder();
  }

  /** A baseline scenario: no strategies, trends continue, to the given end year. */
  public static Scenario baseline(String name, int endYear) {
    return builder().name(name).endYear(endYear).description("trends continue; no strategy adopted").build();
  }

  /**
   * Builds a {@link Scenario} in the words of the domain: it {@code adopt}s strategies, {@code override}s,
   * {@code exclude}s and {@code include}s projects, inherits from a {@code parent}, and states assumption paths.
   * Strategies, projects and the parent may be given by id or name, or as the objects themselves (only their id or
   * name is recorded; the model's strategy, project or scenario of that id is the one that counts, and an id the
   * model lacks is reported when the scenario is put into a {@link CityModel}, as for the id given as text).
   * Adopting one strategy, or overriding one project, sector or selector, twice in one builder fails in
   * {@link #build()}. Mutable, not thread-safe.
   *
   * @since 0.1.0
   */
  public abstract static class Builder {
    // Immutables generates the builder that extends this class (ImmutableScenario.Builder, package-private): it
    // implements the abstract methods below and holds the values. Its other methods (put*, putAll*, from, the
    // setters that take an Optional) are not part of this type, so users see only the domain's words.
    Builder() {}

    /** The scenario's unique name within its model (required). */
    public abstract Builder name(String name);

    /** A description, with the sources of its assumptions; empty when not given. */
    public abstract Builder description(String description);

    /** Inherits from the scenario with this name: everything this scenario does not state comes from it. */
    public abstract Builder parent(String parentName);

    /**
     * Inherits from this scenario, by its name: the same as {@code parent(parent.name())}.
     *
     * @throws NullPointerException if {@code parent} is null
     */
    public Builder parent(Scenario parent) {
      return parent(checkNotNull(parent, "parent(Scenario): the parent scenario is null").name());
    }

    /** The horizon's end year {@code T}; inherited when not given (the root of a lineage must give it). */
    public abstract Builder endYear(int endYear);

    /** Adopts a strategy fully and on schedule. */
    public Builder adopt(String strategyId) {
      return adopt(strategyId, StrategyAdoption.full());
    }

    /** Adopts a strategy at an intensity in [0, 1], on schedule. */
    public Builder adopt(String strategyId, double intensity) {
      return adopt(strategyId, StrategyAdoption.of(intensity));
    }

    /** Adopts a strategy at an intensity, shifting all its projects by {@code startShift} years (later if positive). */
    public Builder adopt(String strategyId, double intensity, double startShift) {
      return adopt(strategyId, StrategyAdoption.of(intensity, startShift));
    }

    /** Adopts a strategy as {@code adoption} says. */
    public Builder adopt(String strategyId, StrategyAdoption adoption) {
      return putAdoption(strategyId, adoption);
    }

    /**
     * Adopts a strategy fully and on schedule: the same as {@code adopt(strategy.id())}.
     *
     * @throws NullPointerException if {@code strategy} is null
     */
    public Builder adopt(Strategy strategy) {
      return adopt(idOf(strategy), StrategyAdoption.full());
    }

    /**
     * Adopts a strategy at an intensity in [0, 1]: the same as {@code adopt(strategy.id(), intensity)}.
     *
     * @throws NullPointerException if {@code strategy} is null
     */
    public Builder adopt(Strategy strategy, double intensity) {
      return adopt(idOf(strategy), StrategyAdoption.of(intensity));
    }

    /**
     * Adopts a strategy at an intensity with a start shift: the same as
     * {@code adopt(strategy.id(), intensity, startShift)}.
     *
     * @throws NullPointerException if {@code strategy} is null
     */
    public Builder adopt(Strategy strategy, double intensity, double startShift) {
      return adopt(idOf(strategy), StrategyAdoption.of(intensity, startShift));
    }

    /**
     * Adopts a strategy as {@code adoption} says: the same as {@code adopt(strategy.id(), adoption)}.
     *
     * @throws NullPointerException if {@code strategy} is null
     */
    public Builder adopt(Strategy strategy, StrategyAdoption adoption) {
      return adopt(idOf(strategy), adoption);
    }

    /** Changes a project: includes or excludes it, delays or scales it ({@link ProjectOverride}). */
    public Builder override(String projectId, ProjectOverride override) {
      return putProjectOverride(projectId, override);
    }

    /**
     * Changes a project: the same as {@code override(project.id(), override)}.
     *
     * @throws NullPointerException if {@code project} is null
     */
    public Builder override(Project project, ProjectOverride override) {
      return override(idOf(project), override);
    }

    /** Excludes a project: the same as {@code override(projectId, ProjectOverride.exclude())}. */
    public Builder exclude(String projectId) {
      return override(projectId, ProjectOverride.exclude());
    }

    /**
     * Excludes a project: the same as {@code exclude(project.id())}.
     *
     * @throws NullPointerException if {@code project} is null
     */
    public Builder exclude(Project project) {
      return exclude(idOf(project));
    }

    /**
     * Includes a project even if its strategy is not adopted: the same as
     * {@code override(projectId, ProjectOverride.include())}.
     */
    public Builder include(String projectId) {
      return override(projectId, ProjectOverride.include());
    }

    /**
     * Includes a project even if its strategy is not adopted: the same as {@code include(project.id())}.
     *
     * @throws NullPointerException if {@code project} is null
     */
    public Builder include(Project project) {
      return include(idOf(project));
    }

    /** Replaces a sector's trend growth {@code g_i} in the years the path gives (fraction per year). */
    public Builder growthOverride(String sectorId, YearPath path) {
      return putGrowthOverride(sectorId, path);
    }

    /** The macro shock: added to every sector's growth in the years it gives (fraction per year). */
    public abstract Builder macroShock(YearPath path);

    /** Multiplies the selected sectors' emission factors by the path's value in each year (1 = unchanged). */
    public Builder emissionFactorPath(SectorSelector selector, YearPath path) {
      return putEmissionFactorPath(selector, path);
    }

    /**
     * A price path: the price index of the selected sectors by year, 1 in the base year (section 20 of
     * {@code docs/MODEL.md}); value added at current prices is the index times value added at constant prices.
     * Before its first year the index moves from 1 in the base year as the path's interpolation reads (a straight
     * line for a linear path, 1 held for a stepwise one); an exact path must give every year after the base year.
     */
    public Builder pricePath(SectorSelector selector, YearPath path) {
      return putPricePath(selector, path);
    }

    /**
     * The re-employment rate {@code rho}, in [0, 1]; inherited when not given, or
     * {@link Scenario#DEFAULT_REEMPLOYMENT_RATE} if no scenario of the lineage gives one.
     */
    public abstract Builder reemploymentRate(double rate);

    /** A population path (thousand persons) that replaces the profile's growth. */
    public abstract Builder populationPath(YearPath path);

    /**
     * The scenario. It is checked, with its parents, when it is put into a {@link CityModel}.
     *
     * @throws IllegalStateException if no name was given
     * @throws IllegalArgumentException if one strategy was adopted, or one project, sector or selector overridden,
     *     twice
     */
    public abstract Scenario build();

    abstract Builder putAdoption(String strategyId, StrategyAdoption adoption);

    abstract Builder putProjectOverride(String projectId, ProjectOverride override);

    abstract Builder putGrowthOverride(String sectorId, YearPath path);

    abstract Builder putEmissionFactorPath(SectorSelector selector, YearPath path);

    abstract Builder putPricePath(SectorSelector selector, YearPath path);

    private static String idOf(Strategy strategy) {
      return checkNotNull(strategy, "adopt(Strategy): the strategy is null").id();
    }

    private static String idOf(Project project) {
      return checkNotNull(project, "the project to override, exclude or include is null").id();
    }
  }

  /** The scenario's unique name within its model. */
  public abstract String name();

  /** A description, with the sources of its assumptions. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The parent scenario's name, if this scenario inherits. */
  public abstract Optional<String> parent();

  /** The horizon's end year {@code T}; inherited when not given (the root of a lineage must give it). */
  public abstract OptionalInt endYear();

  /** Adopted strategies by strategy id. */
  public abstract ImmutableMap<String, StrategyAdoption> adoptions();

  /** Project overrides by project id. */
  public abstract ImmutableMap<String, ProjectOverride> projectOverrides();

  /**
   * Growth overrides by sector id: where a path has a value for a year it replaces the sector's trend growth
   * {@code g_i} in that year (fraction per year).
   */
  public abstract ImmutableMap<String, YearPath> growthOverrides();

  /** The macro shock: added to every sector's growth in the years it gives (fraction per year). */
  public abstract Optional<YearPath> macroShock();

  /**
   * Emission-factor paths: multipliers of the selected sectors' emission factors by year (1 = unchanged; a greener
   * grid or fuel switch below 1). A sector selected by several entries gets their product.
   */
  public abstract ImmutableMap<SectorSelector, YearPath> emissionFactorPaths();

  /** The re-employment rate {@code rho}: the share of new jobs that go to displaced workers, in [0, 1]. */
  public abstract OptionalDouble reemploymentRate();

  /** A population path (thousand persons) that replaces the profile's growth, if given. */
  public abstract Optional<YearPath> populationPath();

  /**
   * Price paths: the price index of the selected sectors by year (1 in the base year; section 20 of
   * {@code docs/MODEL.md}). A sector selected by several entries gets their product; a sector no entry selects
   * keeps the base year's prices. A child's entry replaces the parent's for the same selector.
   */
  public abstract ImmutableMap<SectorSelector, YearPath> pricePaths();
}
