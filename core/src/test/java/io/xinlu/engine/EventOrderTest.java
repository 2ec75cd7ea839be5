package io.xinlu.engine;

import static io.xinlu.engine.TestModels.profile;
import static io.xinlu.engine.TestModels.project;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.step;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xinlu.economy.ResourceStock;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order of a run's events ({@link Run#events()}: "in the order they happened"): the compile events first, then
 * year by year the clamps of final demand, the depletions (the resource caps act on the year's demand), and the
 * clamps of energy, emission factors, labour and the re-employment rate, in that order.
 *
 * <pre>
 * sector  V(t0)  stock, phi       runs out
 * a       100    150 Mt, 1        2022 (150 - 100 = 50 left for 2022's 100)
 * b        50    -
 * c       100    -
 * d        10     25 Mt, 1        2023 (25 - 10 - 10 = 5 left for 2023's 10)
 * </pre>
 * Project {@code p} (step 2022): scale demand of b by -1.5, new capacity -200 in c, energy intensity and emission
 * factor of b by -2, re-employment +1: each is clamped in 2022 (a factor below 0, c's final demand below 0, a rate
 * above 1). Project {@code p2} (step 2024): energy intensity of c by -3, clamped in 2024. Project {@code p3} (step
 * 2023) needs {@code p2} and is deferred to 2024.
 */
class EventOrderTest {
  private static CityModel model() {
    Project p = step("p", 2022, Effect.scaleDemand("b", -1.5), Effect.newCapacity("c", -200),
        Effect.energyIntensity("b", -2), Effect.emissionFactor("b", -2), Effect.reemployment(1.0));
    Project p2 = step("p2", 2024, Effect.energyIntensity("c", -3));
    Project p3 = project("p3", 2023, 2023, Ramp.STEP).addPrerequisite("p2").build();
    return CityModel.builder()
        .profile(profile(
            sector("a", 100).energy(10).emissionFactor(2).resource(ResourceStock.of(150, 1)).build(),
            sector("b", 50).energy(5).emissionFactor(1).build(),
            sector("c", 100).energy(10).emissionFactor(1).build(),
            sector("d", 10).resource(ResourceStock.of(25, 1)).build()))
        .addStrategy(strategy("s", p, p2, p3))
        .addScenario(Scenario.builder().name("plan").endYear(2026).adopt("s").build())
        .build();
  }

  @Test
  void events_come_in_the_order_of_the_yearly_step() {
    Run run = Engine.run(model(), "plan");
    assertEquals(List.of(
        new Event.Deferral("p3", 2023, 2024, "p2"),
        new Event.Clamp(2022, "scale demand", "b", "p"),
        new Event.Clamp(2022, "final demand", "c", ""),
        new Event.Depletion("a", 2022, 50),
        new Event.Clamp(2022, "energy-intensity change", "b", "p"),
        new Event.Clamp(2022, "emission-factor change", "b", "p"),
        new Event.Clamp(2022, "re-employment rate", "", ""),
        new Event.Depletion("d", 2023, 5),
        new Event.Clamp(2024, "energy-intensity change", "c", "p2")), run.events());
  }

  @Test
  void without_depletions_the_clamps_follow_the_compile_events_year_by_year() {
    CityModel m = model();
    CityModel noStocks = CityModel.builder().from(m)
        .profile(profile(sector("a", 100).energy(10).emissionFactor(2).build(),
            sector("b", 50).energy(5).emissionFactor(1).build(),
            sector("c", 100).energy(10).emissionFactor(1).build(),
            sector("d", 10).build()))
        .build();
    assertEquals(List.of(
        new Event.Deferral("p3", 2023, 2024, "p2"),
        new Event.Clamp(2022, "scale demand", "b", "p"),
        new Event.Clamp(2022, "final demand", "c", ""),
        new Event.Clamp(2022, "energy-intensity change", "b", "p"),
        new Event.Clamp(2022, "emission-factor change", "b", "p"),
        new Event.Clamp(2022, "re-employment rate", "", ""),
        new Event.Clamp(2024, "energy-intensity change", "c", "p2")), Engine.run(noStocks, "plan").events());
  }

  @Test
  void without_clamps_the_depletions_follow_the_compile_events() {
    Project a = step("a", 2023, Effect.newCapacity("b", 1));
    Project later = project("later", 2022, 2022, Ramp.STEP).addPrerequisite("a").build();
    CityModel m = CityModel.builder()
        .profile(profile(sector("r", 100).resource(ResourceStock.of(150, 1)).build(), sector("b", 50).build()))
        .addStrategy(strategy("s", later, a))
        .addScenario(Scenario.builder().name("plan").endYear(2024).adopt("s").build())
        .build();
    assertEquals(List.of(new Event.Deferral("later", 2022, 2023, "a"), new Event.Depletion("r", 2022, 50)),
        Engine.run(m, "plan").events());
  }
}
