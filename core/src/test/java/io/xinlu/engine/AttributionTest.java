package io.xinlu.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Per-project attribution: the scenario with the project minus the scenario without it. */
class AttributionTest {
  /** Two sectors without a table (x = y, V = x), no growth, so every number is checked by hand. */
  private static CityModel model() {
    CityProfile city = CityProfile.builder().name("two").baseYear(2020)
        .addSector(Sector.builder().id("a").group(SectorGroup.SECONDARY).valueAdded(100).employment(50)
            .energy(20).emissionFactor(2.0).build())
        .addSector(Sector.builder().id("b").group(SectorGroup.TERTIARY).valueAdded(50).employment(100)
            .energy(5).emissionFactor(1.0).build())
        .build();
    Strategy s = Strategy.builder().id("s")
        .addProject(Project.builder().id("grow-b").start(2021).ramp(Ramp.STEP)
            .addEffect(Effect.newCapacity("b", 10)).build())
        .addProject(Project.builder().id("save-a").start(2021).ramp(Ramp.STEP)
            .addEffect(Effect.energyIntensity("a", -0.5)).build())
        .addProject(Project.builder().id("after-b").start(2021).ramp(Ramp.STEP).addPrerequisite("grow-b")
            .addEffect(Effect.scaleDemand("a", -0.1)).build())
        .build();
    return CityModel.builder().profile(city).addStrategy(s)
        .addScenario(Scenario.builder().name("plan").endYear(2025).adopt("s").build())
        .build();
  }

  @Test
  void a_new_capacity_project_adds_its_demand_and_unblocks_its_dependants() {
    Attribution a = Attribution.of(model(), "plan", "grow-b");
    // with: b = 50 + 10 = 60, a = 100 * (1 - 0.1) = 90 (after-b runs); without: b = 50, a = 100 (after-b blocked)
    assertEquals(10.0, a.difference(Quantity.VALUE_ADDED, 2025, "b"), 1e-12);
    assertEquals(-10.0, a.difference(Quantity.VALUE_ADDED, 2025, "a"), 1e-12);
    assertEquals(0.0, a.difference(Quantity.VALUE_ADDED, 2025), 1e-12);
    assertTrue(a.withoutProject().events().stream().anyMatch(e -> e instanceof Event.Blocked));
    assertEquals("plan without grow-b", a.withoutProject().scenarioName());
  }

  @Test
  void an_efficiency_project_is_credited_with_its_energy_and_co2_saving() {
    Attribution a = Attribution.of(model(), "plan", "save-a");
    // sector a in 2025: V = 90 (after-b), e = 0.2 * (1 - 0.5) with, 0.2 without: energy 9 vs 18, CO2 18 vs 36
    assertEquals(-9.0, a.difference(Quantity.ENERGY, 2025), 1e-12);
    assertEquals(-18.0, a.difference(Quantity.CO2, 2025), 1e-12);
    double[] series = a.differenceSeries(Quantity.ENERGY);
    assertEquals(0.0, series[0]);
    assertEquals(-9.0, series[5], 1e-12);
  }

  @Test
  void a_project_outside_the_scenario_is_rejected_with_the_known_ones() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Attribution.of(model(), "plan", "nope"));
    assertTrue(e.getMessage().contains("does not carry out project 'nope'"), e.getMessage());
    assertTrue(e.getMessage().contains("grow-b"), e.getMessage());
  }
}
