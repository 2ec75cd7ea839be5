package io.xinlu.io;

import com.google.common.collect.ImmutableList;
import io.xinlu.check.ModelCheck;
import io.xinlu.indicator.Target;
import io.xinlu.scenario.CityModel;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.Optional;

/**
 * A model loaded from scenario files and checked: the {@link CityModel} (profile, strategies, scenarios), the
 * targets that judge it, its uncertainty specification, its search specification and its model checks, if the files
 * give them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param model the valid model
 * @param targets the targets, in file order; every indicator applies to the model's profile
 * @param uncertainty the uncertain parameters and levers, each path naming a sector, project or strategy of the model
 * @param search the search specification, read but not yet checked against the model ({@link SearchSpec#problem}
 *     does that)
 * @param checks the model checks, in file order; each fits the model (its scenarios exist, its years lie within their
 *     horizons), so {@link io.xinlu.check.ModelChecks#run} runs them
 * @since 0.1.0
 */
public record LoadedModel(CityModel model, ImmutableList<Target> targets, Optional<ParameterSpace> uncertainty,
    Optional<SearchSpec> search, ImmutableList<ModelCheck> checks) {
  /** A loaded model without model checks. */
  public LoadedModel(CityModel model, ImmutableList<Target> targets, Optional<ParameterSpace> uncertainty,
      Optional<SearchSpec> search) {
    this(model, targets, uncertainty, search, ImmutableList.of());
  }

  /** A loaded model without a search specification. */
  public LoadedModel(CityModel model, ImmutableList<Target> targets, Optional<ParameterSpace> uncertainty) {
    this(model, targets, uncertainty, Optional.empty());
  }

  /** The whole as one document, to write out as a combined model file. */
  public ScenarioDocument document() {
    ScenarioDocument.Builder b = ScenarioDocument.builder().model(model).targets(targets);
    uncertainty.ifPresent(b::uncertainty);
    search.ifPresent(b::search);
    b.checks(checks);
    return b.build();
  }
}
