package io.xinlu.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.xinlu.decision.Robustness.Sense;
import io.xinlu.decision.city.CityProblem;
import io.xinlu.decision.city.Objective;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenarios.YangquanDecisions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Properties of the explorer's runs (QuickTheories; the seed comes from the build, QT_SEED).
 */
class ExplorerPropertiesTest {
  private static final ExplorerCity CITY = ExplorerCity.yangquan();
  private static final Explorer EXPLORER = new Explorer(CITY);

  /**
   * For any values of four levers (two intensities in [0.5, 1], two start years in their windows), the explorer's
   * run equals, bit for bit, an engine run of the scenario core's {@code Plan} makes of the same values, with the
   * other levers at the seed plan's values (which the plan's scenario inherits from seed-plan).
   */
  @Test
  void aRunIsTheEngineRunOfThePlansScenario() {
    qt().withExamples(40).forAll(doubles().between(0.5, 1.0), doubles().between(0.5, 1.0),
        integers().between(2023, 2027), integers().between(2025, 2031)).checkAssert((industry, ecology, green, rail) -> {
          Map<String, Double> levers = new LinkedHashMap<>();
          levers.put("strategy/industrial-empowerment/intensity", industry);
          levers.put("strategy/ecology/intensity", ecology);
          levers.put("project/green-power-base/start", (double) green);
          levers.put("project/intercity-rail/start", (double) rail);
          Run explorer = EXPLORER.run(EXPLORER.levers(levers), EXPLORER.uncertain(Map.of()));
          // the seed plan's coal-power retirement starts in 2030 by deferral; as a lever it is a delay of 4 years, a
          // fifth lever of the plan fixed at 2030 (YangquanDecisions.seedPlanLevers)
          CityProblem withRetirement = CityProblem.builder(CITY.model(), CITY.scenario())
              .decision(YangquanDecisions.levers().get(0)).decision(YangquanDecisions.levers().get(2))
              .decision(YangquanDecisions.levers().get(6)).decision(YangquanDecisions.levers().get(11))
              .decision(YangquanDecisions.levers().get(8))
              .objective(Objective.inYear(Indicators.co2(), 2035, Sense.MINIMISE)).build();
          Run engine = Engine.run(withRetirement.plan(new double[] {industry, ecology, green, rail, 2030})
              .modelWith("plan"), "plan");
          assertArrayEquals(Indicators.co2().series(engine), Indicators.co2().series(explorer), 0.0);
          assertArrayEquals(Indicators.gdp().series(engine), Indicators.gdp().series(explorer), 0.0);
          assertArrayEquals(Indicators.displacedWorkers().series(engine),
              Indicators.displacedWorkers().series(explorer), 0.0);
        });
  }

  /** Any lever value outside its range is refused, naming the lever; inside, it is taken as given. */
  @Test
  void aLeverTakesExactlyItsRange() {
    qt().forAll(doubles().between(-2.0, 3.0)).checkAssert(v -> {
      Map<String, Double> one = Map.of("strategy/ecology/intensity", v);
      if (v >= 0.5 && v <= 1.0) {
        assertEquals(v, EXPLORER.levers(one)[2]);
      } else {
        ExplorerException e = org.junit.jupiter.api.Assertions.assertThrows(ExplorerException.class,
            () -> EXPLORER.levers(one));
        assertEquals("lever 'strategy/ecology/intensity' does not take " + v + "; it takes a number in [0.5, 1.0]",
            e.getMessage());
        assertEquals(400, e.status());
      }
    });
  }
}
