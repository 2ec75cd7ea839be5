package io.xinlu.scenario;

import com.google.common.collect.ImmutableMap;
import io.xinlu.policy.SectorSelector;
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
 *     .adopt("new-materials")                       // intensity 1, on schedule
 *     .adopt("digital", 0.8)
 *     .reemploymentRate(0.6)
 *     .build();
 * Scenario late = Scenario.builder()
 *     .name("late").parent("plan")
 *     .adopt("new-materials", 1.0, 3.0)             // three years late
 *     .putProjectOverride("btr-anode", ProjectOverride.delay(2))
 *     .build();
 * }</pre>
 *
 * <p>Checked, with its parents, when it is put into a {@link CityModel}. Immutable and thread-safe.
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
    return new Builder();
  }

  /** A baseline scenario: no strategies, trends continue, to the given end year. */
  public static Scenario baseline(String name, int endYear) {
    return builder().name(name).endYear(endYear).description("trends continue; no strategy adopted").build();
  }

  /** Builds a {@link Scenario}; mutable, not thread-safe. */
  public static final class Builder extends ImmutableScenario.Builder {
    Builder() {}

    /** Adopts a strategy fully and on schedule. */
    public Builder adopt(String strategyId) {
      return putAdoption(strategyId, StrategyAdoption.full());
    }

    /** Adopts a strategy at an intensity in [0, 1]. */
    public Builder adopt(String strategyId, double intensity) {
      return putAdoption(strategyId, StrategyAdoption.of(intensity));
    }

    /** Adopts a strategy at an intensity, shifting all its projects by {@code startShift} years. */
    public Builder adopt(String strategyId, double intensity, double startShift) {
      return putAdoption(strategyId, StrategyAdoption.of(intensity, startShift));
    }

    /** Excludes a project. */
    public Builder exclude(String projectId) {
      return putProjectOverride(projectId, ProjectOverride.exclude());
    }

    /** Includes a project even if its strategy is not adopted. */
    public Builder include(String projectId) {
      return putProjectOverride(projectId, ProjectOverride.include());
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
}
