package io.xinlu.scenario;

import static io.xinlu.PathSegment.Kind.PROJECT;
import static io.xinlu.PathSegment.Kind.SCENARIO;
import static io.xinlu.PathSegment.named;

import com.google.common.collect.ImmutableList;
import io.xinlu.Problem;
import io.xinlu.policy.Project;
import io.xinlu.policy.Strategy;
import java.util.Optional;

/**
 * How one scenario applies to one project (section 7 of {@code docs/MODEL.md}): whether it carries the project out,
 * the project's weight {@code w_k} (the adoption intensity times the project's scale) and its delay {@code d_k} (the
 * adoption's start shift plus the project's own delay), and so its start, full-effect and end years. The one place
 * these rules are stated: {@link ResolvedScenario#plan} and the validation of a {@link CityModel} use it, and so does
 * the engine when it compiles a scenario, with parameter values put in by {@link #withValues}.
 *
 * <pre>{@code
 * ProjectPlan plan = model.resolve("plan").plan(model.strategy("new-materials"),
 *     model.project("btr-anode").orElseThrow());
 * double w = plan.weight();              // intensity times scale
 * double start = plan.start();           // the project's start plus the start shift and delay
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param strategyId the id of the strategy whose project it is
 * @param project the project
 * @param carriedOut whether the scenario carries the project out: its strategy is adopted or an override includes
 *     it, and no override excludes it
 * @param intensity the adoption intensity of the project's strategy in [0, 1];
 *     {@link StrategyAdoption#DEFAULT_INTENSITY} when the project is carried out without its strategy
 * @param scale the project's scale factor (at least 0), 1 unless an override gives one
 * @param startShift the start shift of the strategy's adoption in years, 0 without one
 * @param delayYears the project's own delay in years, 0 unless an override gives one
 * @since 0.1.0
 */
public record ProjectPlan(String strategyId, Project project, boolean carriedOut, double intensity, double scale,
    double startShift, double delayYears) {

  /**
   * The plan of a project of a strategy, given the strategy's adoption (if the scenario adopts it) and the project's
   * override ({@link ProjectOverride#none()} if it has none). A project carried out without its strategy is carried
   * out as if the strategy were adopted fully and on schedule ({@link StrategyAdoption#full()}).
   */
  public static ProjectPlan of(Strategy strategy, Project project, Optional<StrategyAdoption> adoption,
      ProjectOverride override) {
    StrategyAdoption a = adoption.orElse(StrategyAdoption.full());
    return new ProjectPlan(strategy.id(), project, override.included().orElse(adoption.isPresent()), a.intensity(),
        override.scaleFactor().orElse(1.0), a.startShift(), override.delayYears().orElse(0.0));
  }

  /** A copy with other values, as parameter values of an ensemble or a study give them. */
  public ProjectPlan withValues(double intensity, double scale, double startShift, double delayYears) {
    return new ProjectPlan(strategyId, project, carriedOut, intensity, scale, startShift, delayYears);
  }

  /** The weight {@code w_k} on the project's effect sizes and capital cost: intensity times scale. */
  public double weight() {
    return intensity * scale;
  }

  /** The delay {@code d_k} added to the project's start, full-effect and end years: start shift plus delay. */
  public double delay() {
    return startShift + delayYears;
  }

  /** The start year after the delay, {@code s_k' = s_k + d_k} (before any deferral after prerequisites). */
  public double start() {
    return project.start() + delay();
  }

  /** The full-effect year after the delay, {@code f_k' = f_k + d_k}. */
  public double fullEffect() {
    return project.fullEffect() + delay();
  }

  /** The end year after the delay, {@code end_k + d_k}; positive infinity for a project without an end year. */
  public double end() {
    return project.end().isPresent() ? project.end().getAsInt() + delay() : Double.POSITIVE_INFINITY;
  }

  /**
   * The problems of this plan in scenario {@code scenarioName} of a profile whose base year is {@code baseYear}:
   * one if the scenario carries the project out and its start shift and delay move its start before the base year,
   * else none.
   */
  public ImmutableList<Problem> startProblems(String scenarioName, int baseYear) {
    double start = start();
    if (!carriedOut || !(start < baseYear)) {
      return ImmutableList.of();
    }
    return ImmutableList.of(Problem.of(ImmutableList.of(named(SCENARIO, scenarioName), named(PROJECT,
        project.id())), "start shift and delay move its start from " + project.start() + " to " + start
            + ", before the base year " + baseYear));
  }
}
