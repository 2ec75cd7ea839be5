package io.xinlu.engine;

import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ResolvedScenario;

/**
 * Compiles scenarios into flat arrays and runs them. The model (what) is separate from the engine (how): a
 * {@link CompiledScenario} is an immutable snapshot of everything a run needs, and running it is a pure function.
 *
 * <pre>{@code
 * CompiledScenario plan = Engine.compile(model, "plan");   // once
 * Run run = plan.run();                                    // as often as needed, from any thread
 * double gdp2035 = run.total(Quantity.VALUE_ADDED, 2035);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Engine {
  private Engine() {}

  /** Compiles and runs a scenario of a model. */
  public static Run run(CityModel model, String scenario) {
    return compile(model, scenario).run();
  }

  /**
   * Compiles a scenario of a model: resolves inheritance, applies adoptions, overrides, delays and prerequisites,
   * and lays the result out in flat arrays.
   *
   * @throws IllegalArgumentException if the model has no such scenario
   * @throws io.xinlu.InvalidModelException if the scenario's intensities and scales leave a sector with no labour
   *     productivity
   */
  public static CompiledScenario compile(CityModel model, String scenario) {
    return compile(model, model.resolve(scenario));
  }

  /**
   * Compiles a resolved scenario of a model.
   *
   * @throws IllegalArgumentException if the scenario overrides a project or adopts a strategy the model lacks
   */
  public static CompiledScenario compile(CityModel model, ResolvedScenario scenario) {
    return ScenarioTemplate.of(model, scenario).instantiate(Adjustments.NONE);
  }

}
