package io.xinlu.engine;

import static io.xinlu.engine.TestModels.EPS;
import static io.xinlu.engine.TestModels.profile;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.step;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.InvalidModelException;
import io.xinlu.economy.CityProfile;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.SectorSelector;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Parameter paths and compiling with parameter values. The model has no input-output table, so value added equals
 * final demand and every expected number below follows from docs/MODEL.md by hand.
 */
class ParameterizationTest {
  private static final int END = 2025;

  /** Sector a (100, growth 2 %, energy 10, factor 2, jobs 50), sector b (50), one project on a, rho 0.4. */
  private static CityModel model() {
    CityProfile city = profile(
        sector("a", 100).growth(0.02).energy(10).emissionFactor(2.0).employment(50).addTag("green").build(),
        sector("b", 50).energy(5).emissionFactor(1.0).employment(100).build());
    Project p = Project.builder().id("p").start(2022).fullEffect(2024).ramp(Ramp.LINEAR)
        .capitalCost(4.0)
        .addEffects(Effect.newCapacity("b", 10.0), Effect.energyIntensity("a", -0.5))
        .build();
    return CityModel.builder().profile(city)
        .addStrategy(strategy("s", p))
        .addStrategy(strategy("t", step("q", 2021, Effect.newCapacity("a", 1.0))))
        .addScenario(Scenario.builder().name("plan").endYear(END).adopt("s").reemploymentRate(0.4)
            .emissionFactorPath(SectorSelector.tag("green"), YearPath.constantFrom(2021, 0.5))
            .build())
        .build();
  }

  private static final List<String> ALL = List.of("sector/a/growth", "sector/a/productivity-growth",
      "sector/a/intensity-decline", "project/p/delay", "project/p/scale", "project/p/effect/1",
      "strategy/s/intensity", "strategy/s/start-shift", "macro-shock", "emission-factor-path", "reemployment-rate",
      "strategy/t/intensity");

  @Test
  void the_values_as_given_reproduce_the_plain_run_bit_for_bit() {
    CityModel m = model();
    Parameterization p = Parameterization.of(m, "plan", ALL);
    assertArrayEquals(new double[] {0.02, 0.0, 0.0, 0.0, 1.0, 10.0, 1.0, 0.0, 0.0, 1.0, 0.4, 0.0},
        p.baseValues());
    Run plain = Engine.run(m, "plan");
    Run given = p.run(p.baseValues());
    for (Quantity q : new Quantity[] {Quantity.VALUE_ADDED, Quantity.ENERGY, Quantity.CO2, Quantity.EMPLOYMENT}) {
      for (String s : List.of("a", "b")) {
        assertArrayEquals(plain.series(q, s), given.series(q, s), q + " " + s);
      }
    }
    assertArrayEquals(plain.totalSeries(Quantity.DISPLACED_WORKERS), given.totalSeries(Quantity.DISPLACED_WORKERS));
    assertArrayEquals(plain.totalSeries(Quantity.INVESTMENT), given.totalSeries(Quantity.INVESTMENT));
  }

  @Test
  void sector_growth_replaces_the_trend() {
    Parameterization p = Parameterization.of(model(), "plan", List.of("sector/a/growth"));
    Run r = p.run(new double[] {0.05});
    // a has no effect on its demand but project q is not adopted: V_a(2025) = 100 * 1.05^5
    assertEquals(100 * Math.pow(1.05, 5), r.value(Quantity.VALUE_ADDED, 2025, "a"), EPS);
  }

  @Test
  void project_delay_scale_and_effect_size_change_the_project() {
    Parameterization p = Parameterization.of(model(), "plan",
        List.of("project/p/delay", "project/p/scale", "project/p/effect/1"));
    // no delay, scale 0.5, first effect 20: at full effect (2024) b gets 0.5 * 20 = 10 more demand
    Run r = p.run(new double[] {0.0, 0.5, 20.0});
    assertEquals(50 + 10.0, r.value(Quantity.VALUE_ADDED, 2024, "b"), EPS);
    assertEquals(4.0 * 0.5, r.total(Quantity.INVESTMENT, 2022) + r.total(Quantity.INVESTMENT, 2023), EPS);
    // a one-year delay: the linear ramp reaches 0.5 in 2024 (start 2023, full 2025)
    Run late = p.run(new double[] {1.0, 1.0, 10.0});
    assertEquals(50 + 10.0 * 0.5, late.value(Quantity.VALUE_ADDED, 2024, "b"), EPS);
  }

  @Test
  void strategy_intensity_and_start_shift_act_on_every_project_of_the_strategy() {
    Parameterization p = Parameterization.of(model(), "plan",
        List.of("strategy/s/intensity", "strategy/s/start-shift", "strategy/t/intensity"));
    // s at 0.5 with no shift: b + 5 at full effect; t adopted at 0.25 by the parameter: a + 0.25 from 2021
    Run r = p.run(new double[] {0.5, 0.0, 0.25});
    assertEquals(50 + 5.0, r.value(Quantity.VALUE_ADDED, 2024, "b"), EPS);
    assertEquals(100 * Math.pow(1.02, 3) + 0.25, r.value(Quantity.VALUE_ADDED, 2023, "a"), EPS);
    // a two-year start shift: the ramp of p starts in 2024, reaching 0.5 in 2025
    Run shifted = p.run(new double[] {1.0, 2.0, 0.0});
    assertEquals(50 + 10.0 * 0.5, shifted.value(Quantity.VALUE_ADDED, 2025, "b"), EPS);
  }

  @Test
  void macro_shock_emission_path_scale_and_rate() {
    Parameterization p = Parameterization.of(model(), "plan",
        List.of("macro-shock", "emission-factor-path", "reemployment-rate"));
    Run r = p.run(new double[] {-0.01, 0.0, 1.0});
    // shock -1 %: b (no growth) shrinks to 50 * 0.99^k plus the project's new capacity
    assertEquals(50 * Math.pow(0.99, 1), r.value(Quantity.VALUE_ADDED, 2021, "b"), EPS);
    // a scale of 0 undoes the green path: a's factor stays 2.0 (CO2 = 2 * energy)
    assertEquals(2.0 * r.value(Quantity.ENERGY, 2025, "a"), r.value(Quantity.CO2, 2025, "a"), EPS);
    Run given = p.run(new double[] {0.0, 1.0, 1.0});
    assertEquals(2.0 * 0.5 * given.value(Quantity.ENERGY, 2025, "a"), given.value(Quantity.CO2, 2025, "a"), EPS);
    assertEquals(1.0, r.total(Quantity.REEMPLOYMENT_RATE, 2023));
  }

  @Test
  void malformed_or_unknown_paths_are_rejected_listing_what_exists() {
    CityModel m = model();
    IllegalArgumentException form = assertThrows(IllegalArgumentException.class,
        () -> Parameterization.of(m, "plan", List.of("sector/a/grwth")));
    assertTrue(form.getMessage().contains("'sector/a/grwth' is not a parameter path; the forms are: sector/<id>/growth"),
        form.getMessage());
    IllegalArgumentException sector = assertThrows(IllegalArgumentException.class,
        () -> Parameterization.of(m, "plan", List.of("sector/coal/growth")));
    assertTrue(sector.getMessage().contains("unknown sector 'coal'; sectors: [a, b]"), sector.getMessage());
    IllegalArgumentException effect = assertThrows(IllegalArgumentException.class,
        () -> Parameterization.of(m, "plan", List.of("project/p/effect/3")));
    assertTrue(effect.getMessage().contains("project 'p' has 2 effects"), effect.getMessage());
    IllegalArgumentException project = assertThrows(IllegalArgumentException.class,
        () -> Parameterization.of(m, "plan", List.of("project/x/delay")));
    assertTrue(project.getMessage().contains("unknown project 'x'"), project.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Parameterization.of(m, "plan", List.of("strategy/z/intensity")));
    assertThrows(IllegalArgumentException.class,
        () -> Parameterization.of(m, "plan", List.of("macro-shock", "macro-shock")));
    for (String bad : new String[] {"project/p/effect/0", "project/p/effect/01", "sector//growth", "x", ""}) {
      assertThrows(IllegalArgumentException.class, () -> ParameterPath.parse(bad), bad);
    }
  }

  @Test
  void out_of_range_values_are_all_reported_with_their_paths() {
    Parameterization p = Parameterization.of(model(), "plan", ALL);
    double[] v = p.baseValues();
    v[0] = Double.NaN; // growth
    v[2] = 1.0; // intensity decline
    v[4] = -1.0; // scale
    v[6] = 1.5; // intensity
    v[10] = -0.1; // rate
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> p.compile(v));
    assertEquals(5, e.problems().size(), e.getMessage());
    String m = e.getMessage();
    assertTrue(m.contains("scenario 'plan' > sector/a/growth: NaN is not a number"), m);
    assertTrue(m.contains("sector/a/intensity-decline: must be below 1, was 1.0"), m);
    assertTrue(m.contains("project/p/scale: must not be negative, was -1.0"), m);
    assertTrue(m.contains("strategy/s/intensity: must lie in [0, 1], was 1.5"), m);
    assertTrue(m.contains("reemployment-rate: must lie in [0, 1], was -0.1"), m);
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class, () -> p.compile(new double[2]));
    assertTrue(length.getMessage().contains("expected 12 parameter values"), length.getMessage());
  }

  @Test
  void a_delay_that_moves_a_project_before_the_base_year_is_rejected() {
    Parameterization p = Parameterization.of(model(), "plan", List.of("project/p/delay"));
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> p.compile(new double[] {-3.0}));
    assertTrue(e.getMessage().contains("project 'p': start shift and delay move its start from 2022 to 2019.0"),
        e.getMessage());
  }

  @Test
  void path_text_round_trips() {
    for (String s : ALL) {
      assertEquals(s, ParameterPath.parse(s).toString());
    }
    assertEquals(Map.of("macro-shock", 0.5), Parameterization.of(model(), "plan", List.of("macro-shock"))
        .describe(new double[] {0.5}));
    assertEquals(ProjectOverride.none(), Parameterization.of(model(), "plan", List.of("macro-shock")).scenario()
        .projectOverride("p"));
  }
}
