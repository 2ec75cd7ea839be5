package io.xinlu.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.policy.ClosedAssets;
import io.xinlu.scenario.CityModel;
import org.junit.jupiter.api.Test;

/**
 * Yangquan's stranded assets (MODEL.md, section 22; DATA.md, "Closed assets"): the two closures describe the assets
 * they close, and the stranded value of each scenario follows from their ramps, worked out here by hand.
 *
 * <p>{@code coal-power-retirement} closes the units making 30 % of the assumed 20 TWh of 2022, at 4,500 hours a year
 * 1.333 GW, at Yangcheng phase II's 53.65e8 CNY / 1.2e6 kW = 4,470.83 CNY/kW: {@code Kp = 5.9611} billion CNY,
 * built 2005, life 30. {@code coal-capacity-exit} closes 10 % of coal's sales outside the local supply chain, as
 * tonnes of raw coal, {@code 0.10 s 68.25 Mt}, at the Hudi expansion's 43.5e8 CNY / 4e6 t = 1,087.5 CNY per tonne a
 * year: {@code Km}, built 2010, life 30. Book value left {@code f(t) = 1 - (t - built) / 30}.
 */
class YangquanStrandedTest {
  private static final CityModel MODEL = Yangquan.model();
  private static final double KP = 0.30 * 20e9 / 4500 * (53.65e8 / 1.2e6) / 1e9;
  private static final double KM = 0.10 * Yangquan.finalDemandShare("coal-mining") * 68.25e6 * (43.5e8 / 4e6) / 1e9;

  private static Run run(String scenario) {
    return Engine.run(MODEL, scenario);
  }

  @Test
  void the_closures_describe_the_assets_they_close() {
    ClosedAssets power = MODEL.project("coal-power-retirement").orElseThrow().closedAssets().orElseThrow();
    assertEquals(5.961111111, power.capital(), 1e-9);
    assertEquals(KP, power.capital(), 1e-12);
    assertEquals(2005, power.builtYear());
    assertEquals(30.0, power.life());
    ClosedAssets mines = MODEL.project("coal-capacity-exit").orElseThrow().closedAssets().orElseThrow();
    assertEquals(KM, mines.capital(), 1e-12);
    assertEquals(2010, mines.builtYear());
    assertFalse(YangquanData.COAL_POWER_CAPITAL_PER_KW.isOfficial());
    assertTrue(YangquanData.YANGCHENG_II_INVESTMENT.isOfficial());
    assertTrue(YangquanData.HUDI_MINE_INVESTMENT.isOfficial());
  }

  /**
   * Seed plan: the retirement waits for the coalbed-methane expansion and runs 2030 to 2032 (ramp 0.5 in 2031, 1 in
   * 2032): {@code Kp (0.5 x 4/30)} in 2031 and {@code Kp (0.5 x 3/30)} in 2032. The mining exit runs 2030 to 2035
   * (ramp 0.2 more each year from 2031): {@code Km 0.2 (9, 8, 7, 6, 5)/30} in 2031..2035.
   */
  @Test
  void the_seed_plan_strands_the_book_value_left_when_each_closure_comes() {
    Run plan = run(Yangquan.SEED_PLAN);
    assertTrue(plan.hasStrandedAssets());
    assertEquals(0.0, plan.cumulativeStrandedValue(2030), 0.0);
    assertEquals(KP * 0.5 * 4 / 30, plan.strandedValue(2031, "coal-power"), 1e-12);
    assertEquals(KP * 0.5 * 3 / 30, plan.strandedValue(2032, "coal-power"), 1e-12);
    assertEquals(0.0, plan.strandedValue(2033, "coal-power"), 0.0);
    double[] left = {9, 8, 7, 6, 5};
    for (int t = 2031; t <= 2035; t++) {
      assertEquals(KM * 0.2 * left[t - 2031] / 30, plan.strandedValue(t, "coal-mining"), 1e-12, "mining " + t);
    }
    assertEquals(KP * 7 / 60 + KM * 0.2 * 35 / 30, plan.cumulativeStrandedValue(2035), 1e-12);
  }

  /**
   * Accelerated: a year sooner and larger. The retirement (scale 1.1) is deferred to 2029 to 2031:
   * {@code 1.1 Kp 0.5 (5 + 4)/30}; the exit (scale 2) runs 2029 to 2034: {@code 2 Km 0.2 (10 + 9 + 8 + 7 + 6)/30}.
   * Delayed: three years late, the retirement runs 2033 to 2035: {@code Kp 0.5 (1 + 0)/30}; the exit starts 2033
   * and is two fifths done by 2035: {@code Km 0.2 (6 + 5)/30}. The later the closure, the older the assets and the
   * less is written off. The baseline closes nothing.
   */
  @Test
  void sooner_and_larger_closures_strand_more_and_later_ones_less() {
    assertEquals(1.1 * KP * 0.5 * 9 / 30 + 2 * KM * 0.2 * 40 / 30,
        run(Yangquan.ACCELERATED).cumulativeStrandedValue(2035), 1e-12);
    assertEquals(KP * 0.5 / 30 + KM * 0.2 * 11 / 30, run(Yangquan.DELAYED).cumulativeStrandedValue(2035), 1e-12);
    assertEquals(0.0, run(Yangquan.BASELINE).cumulativeStrandedValue(2035), 0.0);
  }
}
