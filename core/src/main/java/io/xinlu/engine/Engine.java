package io.xinlu.engine;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ResolvedScenario;
import java.util.Map;

/**
 * Compiles scenarios into flat arrays and runs them. The model (what) is separate from the engine (how): a
 * {@link CompiledScenario} is an immutable snapshot of everything a run needs, and running it is a pure function.
 *
 * <pre>{@code
 * CompiledScenario plan = Engine.compile(model, "plan");   // once
 * Run run = plan.run();                                    // as often as needed, from any thread
 * double gdp2035 = run.total(Quantity.VALUE_ADDED, 2035);
 * ImmutableMap<String, Run> runs = Engine.runAll(model);   // every scenario, in the model's order
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Engine {
  private Engine() {}

  /** Compiles and runs a scenario of a model. */
  public static Run run(CityModel model, String scenario) {
    return compile(model, scenario).run();
  }

  /**
   * Compiles and runs every scenario of a model, in the model's order ({@link CityModel#scenarioNames()}): for each
   * name the same run as {@link #run(CityModel, String)}, bit for bit. The model's economy (the Leontief inverse and
   * the base-year arrays) is worked out once for all the scenarios, and each scenario is compiled once. Runs on the
   * calling thread; the same model gives the same runs.
   *
   * @return the runs by scenario name; the map iterates in the model's order
   * @throws NullPointerException if {@code model} is null
   * @throws io.xinlu.InvalidModelException as {@link #compile(CityModel, String)}: for the first scenario, in the
   *     model's order, whose intensities and scales leave a sector with no labour productivity
   */
  public static ImmutableMap<String, Run> runAll(CityModel model) {
    ImmutableMap<String, CompiledScenario> compiled = compileAll(model);
    ImmutableMap.Builder<String, Run> runs = ImmutableMap.builderWithExpectedSize(compiled.size());
    for (Map.Entry<String, CompiledScenario> e : compiled.entrySet()) {
      runs.put(e.getKey(), e.getValue().run());
    }
    return runs.buildOrThrow();
  }

  /** Compiles every scenario of a model, in its order, on one economy: each scenario's template compiled once. */
  static ImmutableMap<String, CompiledScenario> compileAll(CityModel model) {
    checkNotNull(model, "Engine.runAll: the model is null");
    Economy economy = new Economy(model.profile());
    ImmutableMap.Builder<String, CompiledScenario> compiled =
        ImmutableMap.builderWithExpectedSize(model.scenarios().size());
    for (String name : model.scenarioNames()) {
      compiled.put(name, ScenarioTemplate.of(model, model.resolve(name), economy).compiled());
    }
    return compiled.buildOrThrow();
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
