package io.xinlu.engine;

import static io.xinlu.engine.TestModels.EPS;
import static io.xinlu.engine.TestModels.events;
import static io.xinlu.engine.TestModels.oneStrategy;
import static io.xinlu.engine.TestModels.profile;
import static io.xinlu.engine.TestModels.project;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.step;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.SectorSelector;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every effect type of MODEL.md ("Projects, ramps and schedules"), on one sector and through a tag, on a three-sector
 * city without an input-output table ({@code x = y}, {@code V = x}). Projects are steps starting in 2022, so 2021
 * shows the untouched trend and 2022 the full effect.
 *
 * <pre>
 * sector  V(t0)  N(t0)  E(t0)  c    tags      e = E/V   q = V/N
 * a        60     30     12    2.0  green     0.2       2
 * b        40     10      4    3.0  green     0.1       4
 * c       100    100      5    1.0  -         0.05      1
 * </pre>
 * Trends are all 0, so every quantity stays at its base value unless an effect moves it.
 */
class EffectsTest {
  private static final SectorSelector GREEN = SectorSelector.tag("green");

  private static CityProfile city() {
    return profile(
        sector("a", 60).employment(30).energy(12).emissionFactor(2.0).addTag("green").build(),
        sector("b", 40).employment(10).energy(4).emissionFactor(3.0).addTag("green").build(),
        sector("c", 100).employment(100).energy(5).emissionFactor(1.0).build());
  }

  /** Runs scenario {@code plan} with step projects (one per effect) starting in 2022, to 2023. */
  private static Run runWith(Effect... effects) {
    Project[] projects = new Project[effects.length];
    for (int k = 0; k < effects.length; k++) {
      projects[k] = step("p" + k, 2022, effects[k]);
    }
    return Engine.run(oneStrategy(city(), 2023, projects), "plan");
  }

  private static double at(Run run, Quantity q, int year, String sector) {
    return run.value(q, year, sector);
  }

  private static void assertUntouched(Run run, String sector, double va, double energy, double co2, double jobs) {
    for (int t = 2021; t <= 2023; t++) {
      assertEquals(va, at(run, Quantity.FINAL_DEMAND, t, sector), EPS, sector + " y " + t);
      assertEquals(va, at(run, Quantity.VALUE_ADDED, t, sector), EPS, sector + " V " + t);
      assertEquals(energy, at(run, Quantity.ENERGY, t, sector), EPS, sector + " E " + t);
      assertEquals(co2, at(run, Quantity.CO2, t, sector), EPS, sector + " C " + t);
      assertEquals(jobs, at(run, Quantity.EMPLOYMENT, t, sector), EPS, sector + " N " + t);
    }
  }

  // ---- new capacity: y_i(t) += dy r(t)

  @Test
  void new_capacity_on_a_sector_adds_final_demand_and_everything_follows_value_added() {
    Run run = runWith(Effect.newCapacity("a", 12));
    assertEquals(60, at(run, Quantity.FINAL_DEMAND, 2021, "a"), EPS); // r(2021) = 0
    double y = 60 + 12; // r(2022) = 1
    assertEquals(y, at(run, Quantity.FINAL_DEMAND, 2022, "a"), EPS);
    assertEquals(y, at(run, Quantity.GROSS_OUTPUT, 2022, "a"), EPS); // A = 0: x = y
    assertEquals(y, at(run, Quantity.VALUE_ADDED, 2022, "a"), EPS); // v = 1: V = x
    assertEquals(0.2 * y, at(run, Quantity.ENERGY, 2022, "a"), EPS); // E = e V, e = 12 / 60
    assertEquals(2.0 * 0.2 * y, at(run, Quantity.CO2, 2022, "a"), EPS); // C = c E
    assertEquals(y / 2, at(run, Quantity.EMPLOYMENT, 2022, "a"), EPS); // N = V / q, q = 60 / 30
    assertEquals(y, at(run, Quantity.VALUE_ADDED, 2023, "a"), EPS);
    assertUntouched(run, "b", 40, 4, 12, 10);
    assertUntouched(run, "c", 100, 5, 5, 100);
  }

  @Test
  void new_capacity_on_a_tag_is_split_by_base_year_value_added_share() {
    Run run = runWith(Effect.newCapacity(GREEN, 30));
    // shares of the tagged sectors' base value added: a 60 / (60 + 40) = 0.6, b 40 / 100 = 0.4
    assertEquals(60 + 30 * 0.6, at(run, Quantity.FINAL_DEMAND, 2022, "a"), EPS);
    assertEquals(40 + 30 * 0.4, at(run, Quantity.FINAL_DEMAND, 2022, "b"), EPS);
    assertEquals(60 + 40 + 100 + 30, run.total(Quantity.VALUE_ADDED, 2022), EPS); // the whole 30 is added once
    assertEquals((40 + 30 * 0.4) / 4, at(run, Quantity.EMPLOYMENT, 2022, "b"), EPS);
    assertUntouched(run, "c", 100, 5, 5, 100);
  }

  @Test
  void new_capacity_on_a_tag_whose_sectors_have_no_value_added_is_split_equally() {
    CityProfile city = profile(
        sector("old", 100).energy(10).build(),
        sector("h2", 0).energyIntensity(0.3).addTag("new").build(),
        sector("ev", 0).energyIntensity(0.1).addTag("new").build());
    Run run = Engine.run(oneStrategy(city, 2022, step("p", 2021, Effect.newCapacity(SectorSelector.tag("new"), 10))),
        "plan");
    assertEquals(0, at(run, Quantity.VALUE_ADDED, 2020, "h2"), EPS);
    assertEquals(10 / 2.0, at(run, Quantity.VALUE_ADDED, 2021, "h2"), EPS);
    assertEquals(10 / 2.0, at(run, Quantity.VALUE_ADDED, 2021, "ev"), EPS);
    assertEquals(0.3 * 5, at(run, Quantity.ENERGY, 2021, "h2"), EPS); // explicit intensity of a new sector
    assertEquals(0.1 * 5, at(run, Quantity.ENERGY, 2021, "ev"), EPS);
    assertEquals(100, at(run, Quantity.VALUE_ADDED, 2021, "old"), EPS);
  }

  // ---- scale demand: y_i(t) *= 1 + m r(t)

  @Test
  void scale_demand_on_a_sector_multiplies_its_final_demand() {
    Run run = runWith(Effect.scaleDemand("a", -0.25));
    assertEquals(60, at(run, Quantity.FINAL_DEMAND, 2021, "a"), EPS);
    assertEquals(60 * (1 - 0.25), at(run, Quantity.FINAL_DEMAND, 2022, "a"), EPS);
    assertEquals(60 * 0.75 / 2, at(run, Quantity.EMPLOYMENT, 2022, "a"), EPS);
    assertUntouched(run, "b", 40, 4, 12, 10);
    assertUntouched(run, "c", 100, 5, 5, 100);
  }

  @Test
  void scale_demand_on_a_tag_applies_the_full_fraction_to_each_tagged_sector() {
    Run run = runWith(Effect.scaleDemand(GREEN, -0.25));
    assertEquals(60 * 0.75, at(run, Quantity.FINAL_DEMAND, 2022, "a"), EPS);
    assertEquals(40 * 0.75, at(run, Quantity.FINAL_DEMAND, 2022, "b"), EPS);
    assertUntouched(run, "c", 100, 5, 5, 100);
  }

  // ---- growth shift: g_i(t) += dg r(t), yb_i(t) = yb_i(t-1) (1 + g_i(t))

  @Test
  void growth_shift_on_a_sector_compounds_on_the_baseline_demand_path() {
    Run run = runWith(Effect.growthShift("a", 0.1));
    assertEquals(60, at(run, Quantity.FINAL_DEMAND, 2021, "a"), EPS); // g = 0 + 0.1 * 0
    assertEquals(60 * 1.1, at(run, Quantity.FINAL_DEMAND, 2022, "a"), EPS); // g = 0 + 0.1 * 1
    assertEquals(60 * 1.1 * 1.1, at(run, Quantity.FINAL_DEMAND, 2023, "a"), EPS);
    assertUntouched(run, "b", 40, 4, 12, 10);
    assertUntouched(run, "c", 100, 5, 5, 100);
  }

  @Test
  void growth_shift_on_a_tag_shifts_the_growth_of_each_tagged_sector() {
    Run run = runWith(Effect.growthShift(GREEN, 0.1));
    assertEquals(60 * 1.1 * 1.1, at(run, Quantity.FINAL_DEMAND, 2023, "a"), EPS);
    assertEquals(40 * 1.1 * 1.1, at(run, Quantity.FINAL_DEMAND, 2023, "b"), EPS);
    assertUntouched(run, "c", 100, 5, 5, 100);
  }

  @Test
  void growth_shift_adds_to_the_sectors_own_trend_growth() {
    CityProfile city = profile(sector("a", 100).growth(0.02).build());
    Run run = Engine.run(oneStrategy(city, 2022, step("p", 2022, Effect.growthShift("a", 0.05))), "plan");
    assertEquals(100 * 1.02, at(run, Quantity.FINAL_DEMAND, 2021, "a"), EPS);
    assertEquals(100 * 1.02 * (1 + 0.02 + 0.05), at(run, Quantity.FINAL_DEMAND, 2022, "a"), EPS);
  }

  // ---- energy-intensity change: e_i(t) = e_i(t0) (1 - a_i)^(t-t0) prod (1 + de r(t))

  @Test
  void energy_intensity_change_on_a_sector_lowers_energy_and_co2_but_not_value_added() {
    Run run = runWith(Effect.energyIntensity("a", -0.4));
    assertEquals(12, at(run, Quantity.ENERGY, 2021, "a"), EPS);
    assertEquals(0.2 * (1 - 0.4) * 60, at(run, Quantity.ENERGY, 2022, "a"), EPS);
    assertEquals(2.0 * 0.2 * 0.6 * 60, at(run, Quantity.CO2, 2022, "a"), EPS);
    assertEquals(60, at(run, Quantity.VALUE_ADDED, 2022, "a"), EPS);
    assertUntouched(run, "b", 40, 4, 12, 10);
    assertUntouched(run, "c", 100, 5, 5, 100);
  }

  @Test
  void energy_intensity_change_on_a_tag_applies_to_each_tagged_sector() {
    Run run = runWith(Effect.energyIntensity(GREEN, -0.4));
    assertEquals(0.2 * 0.6 * 60, at(run, Quantity.ENERGY, 2022, "a"), EPS);
    assertEquals(0.1 * 0.6 * 40, at(run, Quantity.ENERGY, 2022, "b"), EPS);
    assertUntouched(run, "c", 100, 5, 5, 100);
  }

  @Test
  void energy_intensity_change_multiplies_the_autonomous_decline() {
    CityProfile city = profile(sector("a", 100).energy(50).energyIntensityDecline(0.1).build());
    Run run = Engine.run(oneStrategy(city, 2023, step("p", 2022, Effect.energyIntensity("a", -0.5))), "plan");
    double e0 = 50.0 / 100;
    assertEquals(e0 * 0.9 * 100, at(run, Quantity.ENERGY, 2021, "a"), EPS);
    assertEquals(e0 * 0.9 * 0.9 * 0.5 * 100, at(run, Quantity.ENERGY, 2022, "a"), EPS);
    assertEquals(e0 * Math.pow(0.9, 3) * 0.5 * 100, at(run, Quantity.ENERGY, 2023, "a"), EPS);
  }

  // ---- emission-factor change: c_i(t) = c_i(t0) prod (1 + dc r(t))

  @Test
  void emission_factor_change_on_a_sector_lowers_co2_but_not_energy() {
    Run run = runWith(Effect.emissionFactor("a", -0.5));
    assertEquals(2.0 * 12, at(run, Quantity.CO2, 2021, "a"), EPS);
    assertEquals(2.0 * (1 - 0.5) * 12, at(run, Quantity.CO2, 2022, "a"), EPS);
    assertEquals(12, at(run, Quantity.ENERGY, 2022, "a"), EPS);
    assertUntouched(run, "b", 40, 4, 12, 10);
    assertUntouched(run, "c", 100, 5, 5, 100);
  }

  @Test
  void emission_factor_change_on_a_tag_applies_to_each_tagged_sector() {
    Run run = runWith(Effect.emissionFactor(GREEN, -0.5));
    assertEquals(2.0 * 0.5 * 12, at(run, Quantity.CO2, 2022, "a"), EPS);
    assertEquals(3.0 * 0.5 * 4, at(run, Quantity.CO2, 2022, "b"), EPS);
    assertUntouched(run, "c", 100, 5, 5, 100);
  }

  // ---- productivity change: q_i(t) = q_i(t0) (1 + p_i)^(t-t0) prod (1 + dq r(t)), N = V / q

  @Test
  void productivity_change_on_a_sector_lowers_employment_but_not_value_added() {
    Run run = runWith(Effect.productivity("a", 0.5));
    assertEquals(30, at(run, Quantity.EMPLOYMENT, 2021, "a"), EPS);
    assertEquals(60 / (2 * 1.5), at(run, Quantity.EMPLOYMENT, 2022, "a"), EPS);
    assertEquals(60, at(run, Quantity.VALUE_ADDED, 2022, "a"), EPS);
    assertUntouched(run, "b", 40, 4, 12, 10);
    assertUntouched(run, "c", 100, 5, 5, 100);
  }

  @Test
  void productivity_change_on_a_tag_applies_to_each_tagged_sector() {
    Run run = runWith(Effect.productivity(GREEN, 0.5));
    assertEquals(60 / (2 * 1.5), at(run, Quantity.EMPLOYMENT, 2022, "a"), EPS);
    assertEquals(40 / (4 * 1.5), at(run, Quantity.EMPLOYMENT, 2022, "b"), EPS);
    assertUntouched(run, "c", 100, 5, 5, 100);
  }

  @Test
  void productivity_change_multiplies_the_trend_growth_of_productivity() {
    CityProfile city = profile(sector("a", 100).employment(50).productivityGrowth(0.1).build());
    Run run = Engine.run(oneStrategy(city, 2022, step("p", 2022, Effect.productivity("a", 0.25))), "plan");
    double q0 = 100.0 / 50;
    assertEquals(100 / (q0 * 1.1), at(run, Quantity.EMPLOYMENT, 2021, "a"), EPS);
    assertEquals(100 / (q0 * 1.1 * 1.1 * 1.25), at(run, Quantity.EMPLOYMENT, 2022, "a"), EPS);
  }

  // ---- re-employment change: rho(t) += drho r(t)

  @Test
  void reemployment_change_raises_the_city_rate() {
    Run run = runWith(Effect.reemployment(0.2));
    // no scenario rate: the documented default 0.5
    assertEquals(0.5, Scenario.DEFAULT_REEMPLOYMENT_RATE);
    assertEquals(0.5, run.total(Quantity.REEMPLOYMENT_RATE, 2021), EPS);
    assertEquals(0.5 + 0.2, run.total(Quantity.REEMPLOYMENT_RATE, 2022), EPS);
    assertEquals(0.5 + 0.2, run.total(Quantity.REEMPLOYMENT_RATE, 2023), EPS);
  }

  // ---- partial ramps

  /** Runs scenario {@code plan} with one linear project from 2021 to 2023, so r(2022) = 1/2. */
  private static Run runHalfway(Effect effect) {
    Project p = project("p", 2021, 2023, Ramp.LINEAR, effect).build();
    return Engine.run(oneStrategy(city(), 2023, p), "plan");
  }

  @Test
  void every_effect_type_is_scaled_by_the_ramp_on_the_way_to_full_effect() {
    double r = (2022 - 2021) / 2.0;
    assertEquals(60 + 12 * r, at(runHalfway(Effect.newCapacity("a", 12)), Quantity.FINAL_DEMAND, 2022, "a"), EPS);
    assertEquals(60 * (1 - 0.25 * r),
        at(runHalfway(Effect.scaleDemand("a", -0.25)), Quantity.FINAL_DEMAND, 2022, "a"), EPS);
    Run growth = runHalfway(Effect.growthShift("a", 0.1));
    assertEquals(60 * (1 + 0.1 * r), at(growth, Quantity.FINAL_DEMAND, 2022, "a"), EPS);
    assertEquals(60 * (1 + 0.1 * r) * (1 + 0.1), at(growth, Quantity.FINAL_DEMAND, 2023, "a"), EPS);
    assertEquals(0.2 * (1 - 0.4 * r) * 60,
        at(runHalfway(Effect.energyIntensity("a", -0.4)), Quantity.ENERGY, 2022, "a"), EPS);
    assertEquals(2.0 * (1 - 0.5 * r) * 12,
        at(runHalfway(Effect.emissionFactor("a", -0.5)), Quantity.CO2, 2022, "a"), EPS);
    assertEquals(60 / (2 * (1 + 0.5 * r)),
        at(runHalfway(Effect.productivity("a", 0.5)), Quantity.EMPLOYMENT, 2022, "a"), EPS);
    assertEquals(0.5 + 0.2 * r,
        runHalfway(Effect.reemployment(0.2)).total(Quantity.REEMPLOYMENT_RATE, 2022), EPS);
  }

  @Test
  void an_adoption_intensity_scales_every_effect_size() {
    CityModel model = CityModel.builder()
        .profile(city())
        .addStrategy(strategy("s",
            step("p0", 2022, Effect.newCapacity(GREEN, 30)),
            step("p1", 2022, Effect.energyIntensity("c", -0.4)),
            step("p2", 2022, Effect.reemployment(0.2))))
        .addScenario(Scenario.builder().name("half").endYear(2023).adopt("s", 0.5).build())
        .build();
    Run run = Engine.run(model, "half");
    assertEquals(60 + 30 * 0.5 * 0.6, at(run, Quantity.FINAL_DEMAND, 2022, "a"), EPS);
    assertEquals(40 + 30 * 0.5 * 0.4, at(run, Quantity.FINAL_DEMAND, 2022, "b"), EPS);
    assertEquals(0.05 * (1 - 0.4 * 0.5) * 100, at(run, Quantity.ENERGY, 2022, "c"), EPS);
    assertEquals(0.5 + 0.2 * 0.5, run.total(Quantity.REEMPLOYMENT_RATE, 2022), EPS);
  }

  @Test
  void an_adoption_at_intensity_zero_changes_nothing() {
    CityModel model = CityModel.builder()
        .profile(city())
        .addStrategy(strategy("s",
            project("p", 2021, 2022, Ramp.LINEAR, Effect.newCapacity("a", 12),
                Effect.scaleDemand(GREEN, -0.5), Effect.energyIntensity("c", -0.4)).capitalCost(5).build()))
        .addScenario(Scenario.builder().name("zero").endYear(2023).adopt("s", 0.0).build())
        .build();
    Run run = Engine.run(model, "zero");
    assertUntouched(run, "a", 60, 12, 24, 30);
    assertUntouched(run, "b", 40, 4, 12, 10);
    assertUntouched(run, "c", 100, 5, 5, 100);
    for (int t = 2020; t <= 2023; t++) {
      assertEquals(0.0, run.total(Quantity.INVESTMENT, t));
    }
  }

  // ---- several effects on one sector

  @Test
  void multiplicative_effects_multiply_and_new_capacity_is_added_after_scaling() {
    Run run = runWith(
        Effect.scaleDemand("a", -0.5), Effect.scaleDemand("a", 0.2), Effect.newCapacity("a", 10),
        Effect.energyIntensity("a", -0.5), Effect.energyIntensity("a", -0.5));
    // y = yb prod (1 + m r) + sum dy r = 60 * 0.5 * 1.2 + 10
    double y = 60 * 0.5 * 1.2 + 10;
    assertEquals(y, at(run, Quantity.FINAL_DEMAND, 2022, "a"), EPS);
    // e = 0.2 * 0.5 * 0.5
    assertEquals(0.2 * 0.5 * 0.5 * y, at(run, Quantity.ENERGY, 2022, "a"), EPS);
  }

  // ---- clamps

  @Test
  void a_multiplicative_factor_below_zero_is_clamped_at_zero_with_one_event() {
    Run run = runWith(Effect.energyIntensity("a", -1.25));
    // 1 + (-1.25) * 1 = -0.25 -> 0: the energy is gone, never negative
    assertEquals(0.0, at(run, Quantity.ENERGY, 2022, "a"));
    assertEquals(0.0, at(run, Quantity.ENERGY, 2023, "a"));
    assertEquals(0.0, at(run, Quantity.CO2, 2022, "a"));
    assertEquals(60, at(run, Quantity.VALUE_ADDED, 2022, "a"), EPS);
    List<Event.Clamp> clamps = events(run, Event.Clamp.class);
    assertEquals(List.of(new Event.Clamp(2022, Effect.Kind.ENERGY_INTENSITY.label(), "a", "p0")), clamps);
  }

  @Test
  void a_multiplicative_effect_on_a_tag_is_clamped_for_each_tagged_sector() {
    Run run = runWith(Effect.emissionFactor(GREEN, -2.0));
    assertEquals(0.0, at(run, Quantity.CO2, 2022, "a"));
    assertEquals(0.0, at(run, Quantity.CO2, 2022, "b"));
    assertEquals(1.0 * 5, at(run, Quantity.CO2, 2022, "c"), EPS);
    assertEquals(List.of(
            new Event.Clamp(2022, Effect.Kind.EMISSION_FACTOR.label(), "a", "p0"),
            new Event.Clamp(2022, Effect.Kind.EMISSION_FACTOR.label(), "b", "p0")),
        events(run, Event.Clamp.class));
  }

  @Test
  void scale_demand_below_minus_one_leaves_no_demand_and_is_clamped() {
    Run run = runWith(Effect.scaleDemand("a", -1.5));
    assertEquals(0.0, at(run, Quantity.FINAL_DEMAND, 2022, "a"));
    assertEquals(0.0, at(run, Quantity.VALUE_ADDED, 2022, "a"));
    assertEquals(0.0, at(run, Quantity.EMPLOYMENT, 2022, "a"));
    assertEquals(List.of(new Event.Clamp(2022, Effect.Kind.SCALE_DEMAND.label(), "a", "p0")),
        events(run, Event.Clamp.class));
  }

  @Test
  void a_clamp_is_recorded_in_the_first_year_the_factor_would_be_negative() {
    CityProfile city = profile(sector("a", 60).energy(12).build());
    Project p = project("p", 2020, 2024, Ramp.LINEAR, Effect.energyIntensity("a", -2.0)).build();
    Run run = Engine.run(oneStrategy(city, 2024, p), "plan");
    // r = (t - 2020) / 4; factor 1 - 2 r: 2021 0.5, 2022 0 (not below), 2023 -0.5 -> 0, 2024 -1 -> 0
    assertEquals(0.2 * (1 - 2 * 0.25) * 60, at(run, Quantity.ENERGY, 2021, "a"), EPS);
    assertEquals(0.0, at(run, Quantity.ENERGY, 2022, "a"), EPS);
    assertEquals(0.0, at(run, Quantity.ENERGY, 2023, "a"));
    assertEquals(0.0, at(run, Quantity.ENERGY, 2024, "a"));
    assertEquals(List.of(new Event.Clamp(2023, Effect.Kind.ENERGY_INTENSITY.label(), "a", "p")),
        events(run, Event.Clamp.class));
  }

  @Test
  void final_demand_is_clamped_at_zero_with_one_event() {
    Run run = runWith(Effect.newCapacity("a", -100));
    // y = max(0, 60 - 100)
    assertEquals(0.0, at(run, Quantity.FINAL_DEMAND, 2022, "a"));
    assertEquals(0.0, at(run, Quantity.FINAL_DEMAND, 2023, "a"));
    assertEquals(0.0, at(run, Quantity.VALUE_ADDED, 2022, "a"));
    List<Event.Clamp> clamps = events(run, Event.Clamp.class);
    assertEquals(1, clamps.size(), clamps::toString);
    Event.Clamp clamp = clamps.get(0);
    assertEquals(2022, clamp.year());
    assertEquals("a", clamp.sectorId());
    assertTrue(clamp.what().contains("final demand"), clamp::describe);
  }

  @Test
  void a_model_without_effects_in_the_scenario_runs_as_the_baseline() {
    CityModel model = oneStrategy(city(), 2023, step("p", 2022, Effect.newCapacity("a", 12)));
    Run baseline = Engine.run(model, "baseline");
    assertUntouched(baseline, "a", 60, 12, 24, 30);
    assertTrue(baseline.events().isEmpty());
  }
}
