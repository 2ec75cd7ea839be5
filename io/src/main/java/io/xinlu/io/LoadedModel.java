package io.xinlu.io;

import com.google.common.collect.ImmutableList;
import io.xinlu.indicator.Target;
import io.xinlu.scenario.CityModel;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.Optional;

/**
 * A model loaded from scenario files and checked: the {@link CityModel} (profile, strategies, scenarios), the
 * targets that judge it and its uncertainty specification, if the files give one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param model the valid model
 * @param targets the targets, in file order; every indicator applies to the model's profile
 * @param uncertainty the uncertain parameters and levers, each path naming a sector, project or strategy of the model
 */
public record LoadedModel(CityModel model, ImmutableList<Target> targets, Optional<ParameterSpace> uncertainty) {
  /** The whole as one document, to write out as a combined model file. */
  public ScenarioDocument document() {
    ScenarioDocument.Builder b = ScenarioDocument.builder().model(model).targets(targets);
    uncertainty.ifPresent(b::uncertainty);
    return b.build();
  }
}
