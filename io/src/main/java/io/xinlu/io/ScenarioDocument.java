package io.xinlu.io;

import com.google.common.collect.ImmutableList;
import io.xinlu.check.ModelCheck;
import io.xinlu.economy.CityProfile;
import io.xinlu.indicator.Target;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one scenario file holds: any of a city profile, strategies (with their projects), scenarios, targets, an
 * uncertainty specification, a search specification ({@link SearchSpec}) and model checks ({@link ModelCheck}). A profile file holds the profile; a scenarios file the strategies, scenarios, targets
 * and uncertainty; a combined model file all of them. {@link ScenarioFiles#load} combines files into one model.
 *
 * <pre>{@code
 * ScenarioDocument all = ScenarioDocument.builder().model(model).targets(targets).uncertainty(space).build();
 * String yaml = ScenarioFiles.write(all, FileFormat.YAML);
 * }</pre>
 *
 * <p>A document read from a file is not yet checked as a model (a scenarios file alone has no profile to check its
 * sector ids against): {@link ScenarioFiles#load} does that. Immutable and thread-safe; two documents are equal when
 * their contents are, wherever they were read from.
 *
 * @since 0.1.0
 */
public final class ScenarioDocument {
  private final Optional<CityProfile> profile;
  private final ImmutableList<Strategy> strategies;
  private final ImmutableList<Scenario> scenarios;
  private final ImmutableList<Target> targets;
  private final Optional<ParameterSpace> uncertainty;
  private final Optional<SearchSpec> search;
  private final ImmutableList<ModelCheck> checks;
  private final @Nullable Located located;

  private ScenarioDocument(Builder b, @Nullable Located located) {
    this.profile = Optional.ofNullable(b.profile);
    this.strategies = ImmutableList.copyOf(b.strategies);
    this.scenarios = ImmutableList.copyOf(b.scenarios);
    this.targets = ImmutableList.copyOf(b.targets);
    this.uncertainty = Optional.ofNullable(b.uncertainty);
    this.search = Optional.ofNullable(b.search);
    this.checks = ImmutableList.copyOf(b.checks);
    this.located = located;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A document of a whole model: its profile, strategies and scenarios. */
  public static ScenarioDocument of(CityModel model) {
    return builder().model(model).build();
  }

  /** The city profile, if the file has one. */
  public Optional<CityProfile> profile() {
    return profile;
  }

  /** The strategies, with their projects, in file order. */
  public ImmutableList<Strategy> strategies() {
    return strategies;
  }

  /** The scenarios, in file order. */
  public ImmutableList<Scenario> scenarios() {
    return scenarios;
  }

  /** The targets, in file order. */
  public ImmutableList<Target> targets() {
    return targets;
  }

  /** The uncertainty specification: uncertain parameters, levers and rank correlation, if the file has one. */
  public Optional<ParameterSpace> uncertainty() {
    return uncertainty;
  }

  /** The search specification: levers, objectives, constraints, futures and algorithm, if the file has one. */
  public Optional<SearchSpec> search() {
    return search;
  }

  /**
   * The model checks, in file order: read but not yet checked against the model ({@link ScenarioFiles#load} does
   * that).
   */
  public ImmutableList<ModelCheck> checks() {
    return checks;
  }

  /** Where the parts of this document stand in its file, if it was read from one. */
  Optional<Located> located() {
    return Optional.ofNullable(located);
  }

  /** The sections the document has, in the order of the format: profile, strategies, ... */
  public ImmutableList<String> sections() {
    List<String> s = new ArrayList<>();
    if (profile.isPresent()) {
      s.add("profile");
    }
    if (!strategies.isEmpty()) {
      s.add("strategies");
    }
    if (!scenarios.isEmpty()) {
      s.add("scenarios");
    }
    if (!targets.isEmpty()) {
      s.add("targets");
    }
    if (uncertainty.isPresent()) {
      s.add("uncertainty");
    }
    if (search.isPresent()) {
      s.add("search");
    }
    if (!checks.isEmpty()) {
      s.add("checks");
    }
    return ImmutableList.copyOf(s);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScenarioDocument d && d.profile.equals(profile) && d.strategies.equals(strategies)
        && d.scenarios.equals(scenarios) && d.targets.equals(targets) && d.uncertainty.equals(uncertainty)
        && d.search.equals(search) && d.checks.equals(checks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(profile, strategies, scenarios, targets, uncertainty, search, checks);
  }

  @Override
  public String toString() {
    return "ScenarioDocument" + sections();
  }

  /**
   * Builds a {@link ScenarioDocument}; mutable, not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable CityProfile profile;
    private final List<Strategy> strategies = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private @Nullable ParameterSpace uncertainty;
    private @Nullable SearchSpec search;
    private final List<ModelCheck> checks = new ArrayList<>();

    private Builder() {}

    /** Sets the profile. */
    public Builder profile(CityProfile profile) {
      this.profile = profile;
      return this;
    }

    /** Adds strategies, in order. */
    public Builder strategies(Iterable<Strategy> more) {
      more.forEach(strategies::add);
      return this;
    }

    /** Adds scenarios, in order. */
    public Builder scenarios(Iterable<Scenario> more) {
      more.forEach(scenarios::add);
      return this;
    }

    /** Sets the profile and adds the strategies and scenarios of a model. */
    public Builder model(CityModel model) {
      return profile(model.profile()).strategies(model.strategies()).scenarios(model.scenarios());
    }

    /** Adds targets, in order. */
    public Builder targets(Iterable<? extends Target> more) {
      more.forEach(targets::add);
      return this;
    }

    /** Sets the uncertainty specification. */
    public Builder uncertainty(ParameterSpace space) {
      this.uncertainty = space;
      return this;
    }

    /** Sets the search specification. */
    public Builder search(SearchSpec spec) {
      this.search = spec;
      return this;
    }

    /** Adds model checks, in order. */
    public Builder checks(Iterable<? extends ModelCheck> more) {
      more.forEach(checks::add);
      return this;
    }

    /** The document. */
    public ScenarioDocument build() {
      return new ScenarioDocument(this, null);
    }

    ScenarioDocument build(Located located) {
      return new ScenarioDocument(this, located);
    }
  }
}
