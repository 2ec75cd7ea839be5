package io.xinlu.engine;

import static io.xinlu.engine.TestModels.EPS;
import static io.xinlu.engine.TestModels.profile;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.step;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values that land exactly on a bound (MODEL.md, "The yearly step"): a final demand cut to exactly 0 and a
 * re-employment rate of exactly 0 or 1 are values, not clamps; a demand that falls to zero from below is +0, as
 * every other result, never -0 (a table or file would print "-0.0"); and a growth shift follows the ramp of its own
 * project.
 */
class BoundaryValuesTest {
  @Test
  void a_final_demand_cut_to_exactly_zero_is_not_a_clamp() {
    CityModel m = TestModels.oneStrategy(profile(sector("a", 100).build(), sector("b", 50).build()), 2025,
        step("cut", 2022, Effect.newCapacity("a", -100)));
    Run run = Engine.run(m, "plan");
    assertEquals(0.0, run.value(Quantity.FINAL_DEMAND, 2022, "a"));
    assertEquals(List.of(), run.events());
    Run deeper = Engine.run(TestModels.oneStrategy(profile(sector("a", 100).build()), 2025,
        step("cut", 2022, Effect.newCapacity("a", -100.5))), "plan");
    assertEquals(List.of(new Event.Clamp(2022, "final demand", "a", "")), deeper.events());
  }

  @Test
  void a_reemployment_rate_of_exactly_zero_or_one_is_not_a_clamp() {
    CityProfile city = profile(sector("a", 100).employment(50).build());
    CityModel m = CityModel.builder().profile(city)
        .addStrategy(strategy("s", step("train", 2022, Effect.reemployment(0.5))))
        .addScenario(Scenario.builder().name("none").endYear(2025).reemploymentRate(0.0).build())
        .addScenario(Scenario.builder().name("all").endYear(2025).reemploymentRate(0.5).adopt("s").build())
        .build();
    Run none = Engine.run(m, "none");
    assertEquals(0.0, none.total(Quantity.REEMPLOYMENT_RATE, 2023));
    assertEquals(List.of(), none.events());
    Run all = Engine.run(m, "all");
    assertEquals(1.0, all.total(Quantity.REEMPLOYMENT_RATE, 2023));
    assertEquals(List.of(), all.events());
  }

  /**
   * Sector {@code imp} supplies more to the city than it produces, so its base-year final demand is negative (net
   * imports): with {@code A_imp,exp = 0.6}, {@code A_imp,imp = 0.2}, {@code x = (100, 50)},
   * {@code y_imp = 50 - 0.6 * 100 - 0.2 * 50 = -20}.
   */
  private static CityProfile importer(double growth) {
    return CityProfile.builder().name("importer").baseYear(2020)
        .addSectors(sector("exp", 40).build(), sector("imp", 25).growth(growth).build())
        .inputOutputTable(InputOutputTable.of(List.of("exp", "imp"),
            new double[][] {{0.0, 0.0}, {0.6, 0.2}}, new double[] {0.4, 0.5}))
        .build();
  }

  @Test
  void a_demand_that_reaches_zero_from_below_is_positive_zero() {
    // a growth of -1 takes the negative demand to zero: the common path of the yearly demand
    Run plain = Engine.run(CityModel.builder().profile(importer(-1.0))
        .addScenario(Scenario.baseline("base", 2022)).build(), "base");
    assertEquals(-20.0, plain.value(Quantity.FINAL_DEMAND, 2020, "imp"), EPS);
    assertEquals(0.0, plain.value(Quantity.FINAL_DEMAND, 2021, "imp"));
    // a growth override of -1: the path that reads growth year by year
    Run overridden = Engine.run(CityModel.builder().profile(importer(0.0))
        .addScenario(Scenario.builder().name("gone").endYear(2022)
            .growthOverride("imp", YearPath.exact(Map.of(2021, -1.0))).build())
        .build(), "gone");
    assertEquals(0.0, overridden.value(Quantity.FINAL_DEMAND, 2021, "imp"));
    // a scale-demand effect of -1: the effects' path
    Run scaled = Engine.run(TestModels.oneStrategy(importer(0.0), 2022,
        step("none", 2021, Effect.scaleDemand("imp", -1.0))), "plan");
    assertEquals(0.0, scaled.value(Quantity.FINAL_DEMAND, 2021, "imp"));
  }

  @Test
  void a_growth_shift_follows_the_ramp_of_its_own_project() {
    // p (step 2022) has no growth shift; q (step 2024) shifts b's growth by +0.1
    Project p = step("p", 2022, Effect.newCapacity("a", 1));
    Project q = step("q", 2024, Effect.growthShift("b", 0.1));
    Run run = Engine.run(TestModels.oneStrategy(profile(sector("a", 100).build(), sector("b", 50).build()), 2025,
        p, q), "plan");
    assertEquals(50.0, run.value(Quantity.VALUE_ADDED, 2023, "b"), EPS);
    assertEquals(55.0, run.value(Quantity.VALUE_ADDED, 2024, "b"), EPS);
    assertEquals(60.5, run.value(Quantity.VALUE_ADDED, 2025, "b"), EPS);
  }
}
