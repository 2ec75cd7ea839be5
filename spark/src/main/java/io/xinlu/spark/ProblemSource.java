package io.xinlu.spark;

import io.xinlu.decision.SearchProblem;
import io.xinlu.scenario.CityModel;
import java.io.Serializable;

/**
 * A serialisable recipe for a search problem: what travels to the executors of a {@link SparkSearch} instead of the
 * problem, which is not serialisable. Each executor JVM builds the problem once per search and keeps it
 * ({@code WorkerCache}), so {@link #build()} must give the same problem every time, on every machine: a lambda or
 * method reference over values, not one that reads files or clocks. The search checks this: every batch compares
 * the executor's problem's names and {@link SearchProblem#identity()} with the driver's.
 *
 * <pre>{@code
 * ProblemSource yangquan = () -> YangquanDecisions.robustProblem(200);
 * ProblemSource synthetic = ProblemSource.of(() -> SyntheticCity.model(12, 4, 2035),
 *     model -> CityProblem.builder(model, "all").lever("strategy/all-projects/intensity", 0, 1)
 *         .objective(Objective.inYear(Indicators.co2(), 2030, Sense.MINIMISE))
 *         .objective(Objective.inYear(Indicators.gdp(), 2035, Sense.MAXIMISE))
 *         .futures(SyntheticCity.uncertainty(12, 4), 50, 7).metrics(RobustnessMetric.mean()).build());
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe: several tasks may build from one source at once.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProblemSource extends Serializable {
  /** Builds the problem. */
  SearchProblem build();

  /**
   * A problem built on a city model: the model from {@code model}, then the problem (its decisions, objectives,
   * constraints and futures) from {@code problem}. Both travel; both must be deterministic.
   */
  static ProblemSource of(CitySource model, FromModel problem) {
    return () -> problem.build(model.build());
  }

  /**
   * The second half of {@link #of(CitySource, FromModel)}: the decisions, objectives, constraints and futures of a
   * problem on a given model. Implementations are immutable and thread-safe.
   */
  @FunctionalInterface
  interface FromModel extends Serializable {
    /** Builds the problem on the model. */
    SearchProblem build(CityModel model);
  }
}
