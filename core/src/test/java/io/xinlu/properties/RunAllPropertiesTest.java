package io.xinlu.properties;

import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Engine#runAll} over generated models: the runs of {@link Engine#run}, in the model's order. */
class RunAllPropertiesTest {
  /**
   * Every scenario of a generated model, with two more added in an order that is not alphabetical (a child of the
   * policy adopting every strategy at half its intensity, and a root scenario with the baseline's end year), comes
   * out of {@code runAll} under its name, in the model's order, bit for bit the run {@code Engine.run} gives with
   * the same events; a second {@code runAll} gives the same bits again.
   */
  @Test
  void run_all_gives_every_scenario_in_the_models_order_bit_for_bit_as_run_does() {
    qt().forAll(ModelGen.models(1, 40)).checkAssert(g -> {
      Scenario.Builder half = Scenario.builder().name("z-half").parent(ModelGen.POLICY);
      for (int s = 0; s < g.model().strategies().size(); s++) {
        Strategy strategy = g.model().strategies().get(s);
        half.adopt(strategy, g.intensities().get(s) / 2);
      }
      CityModel model = g.with(List.of(),
          List.of(half.build(), Scenario.builder().name("a-root").endYear(g.endYear()).build()));
      ImmutableMap<String, Run> runs = Engine.runAll(model);
      assertEquals(List.of(ModelGen.BASELINE, ModelGen.POLICY, "z-half", "a-root"), runs.keySet().asList());
      ImmutableMap<String, Run> again = Engine.runAll(model);
      for (String name : model.scenarioNames()) {
        Run one = Engine.run(model, name);
        RunValues.assertBitIdentical(one, runs.get(name), name + " from runAll");
        assertEquals(one.events(), runs.get(name).events(), name + ": events");
        RunValues.assertBitIdentical(runs.get(name), again.get(name), name + " from runAll again");
      }
    });
  }
}
