package io.xinlu.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Equality and text forms of indicators and Tapio results, composed indicators' requirements, and Tapio's
 * decoupling on levels and runs at the edges its Javadoc names (a level of 0 at the end, an unchanged pressure,
 * GDP of 0 at the start of a period).
 */
class IndicatorValuesTest {
  /** A one-sector city (no employment data) whose demand a project cuts to nothing from 2022. */
  private static Run vanishing() {
    Project close = Project.builder().id("close").start(2022).ramp(Ramp.STEP)
        .addEffect(Effect.scaleDemand("a", -1.0)).build();
    return Engine.run(CityModel.builder()
        .profile(CityProfile.builder().name("vanishing").baseYear(2020)
            .addSectors(Sector.builder().id("a").group(SectorGroup.SECONDARY).valueAdded(100).energy(10)
                .emissionFactor(2).build())
            .build())
        .addStrategy(Strategy.builder().id("s").addProjects(close).build())
        .addScenario(Scenario.builder().name("close").endYear(2025).adopt("s").build())
        .build(), "close");
  }

  @Test
  void indicators_are_equal_when_id_name_unit_and_direction_are() {
    Indicator gdp = Indicators.gdp();
    assertEquals(gdp, Indicators.gdp());
    assertEquals(gdp.hashCode(), Indicators.gdp().hashCode());
    Indicator same = Indicator.of("gdp", "GDP", "billion CNY", Direction.HIGHER_IS_BETTER, (run, year) -> 0.0);
    assertEquals(gdp, same, "an id names one measure");
    Set<Indicator> different = new HashSet<>(java.util.List.of(gdp,
        Indicator.of("gdp2", "GDP", "billion CNY", Direction.HIGHER_IS_BETTER, (run, year) -> 0.0),
        Indicator.of("gdp", "GDP 2", "billion CNY", Direction.HIGHER_IS_BETTER, (run, year) -> 0.0),
        Indicator.of("gdp", "GDP", "CNY", Direction.HIGHER_IS_BETTER, (run, year) -> 0.0),
        Indicator.of("gdp", "GDP", "billion CNY", Direction.NEUTRAL, (run, year) -> 0.0)));
    assertEquals(5, different.size());
    for (Indicator a : different) {
      for (Indicator b : different) {
        assertEquals(a == b, a.equals(b), () -> a.id() + " " + a.name() + " vs " + b.id() + " " + b.name());
      }
    }
    Set<Integer> codes = new HashSet<>();
    different.forEach(i -> codes.add(i.hashCode()));
    assertEquals(5, codes.size());
    assertNotEquals(gdp, (Object) "gdp");
    assertEquals("gdp [billion CNY]", gdp.toString());
  }

  @Test
  void a_ratio_needs_what_its_numerator_and_denominator_need() {
    Run run = vanishing();
    Indicator perJob = Indicator.ratio("gdp-per-job", "GDP per job", "ratio", Direction.NEUTRAL, Indicators.gdp(),
        Indicators.employment());
    assertFalse(perJob.isAvailable(run));
    assertEquals(Optional.of("profile 'vanishing' has no employment data"), perJob.unavailableReason(run));
    Indicator jobsPerGdp = Indicator.ratio("jobs-per-gdp", "Jobs per GDP", "ratio", Direction.NEUTRAL,
        Indicators.employment(), Indicators.gdp());
    assertEquals(Optional.of("profile 'vanishing' has no employment data"), jobsPerGdp.unavailableReason(run));
    Indicator co2PerGdp = Indicator.ratio("co2-per-gdp", "CO2 per GDP", "ratio", Direction.NEUTRAL,
        Indicators.co2(), Indicators.gdp());
    assertTrue(co2PerGdp.isAvailable(run));
    assertEquals(0.2, co2PerGdp.value(run, 2021), 1e-12);
    assertTrue(Double.isNaN(co2PerGdp.value(run, 2022)), "0 / 0 is undefined");
  }

  @Test
  void tapio_accepts_a_level_of_zero_at_the_end_of_a_period() {
    TapioResult r = Decoupling.tapio(100, 0, 10, 0);
    assertEquals(-1.0, r.gdpChange());
    assertEquals(-1.0, r.pressureChange());
    assertEquals(1.0, r.elasticity());
    assertEquals(TapioState.RECESSIVE_COUPLING, r.state());
  }

  @Test
  void an_infinite_level_at_the_end_is_refused_naming_it() {
    IllegalArgumentException gdp = assertThrows(IllegalArgumentException.class,
        () -> Decoupling.tapio(100, Double.POSITIVE_INFINITY, 10, 5));
    assertEquals("GDP at the end of the period must be finite and not negative, was Infinity", gdp.getMessage());
    IllegalArgumentException pressure = assertThrows(IllegalArgumentException.class,
        () -> Decoupling.tapio(100, 110, 10, Double.POSITIVE_INFINITY));
    assertEquals("pressure at the end of the period must be finite and not negative, was Infinity",
        pressure.getMessage());
  }

  @Test
  void an_unchanged_pressure_gives_positive_zero_however_the_change_is_written() {
    TapioResult plus = Decoupling.tapioOfChanges(0.1, 0.0, TapioConvention.COUPLING_INCLUSIVE);
    TapioResult minus = Decoupling.tapioOfChanges(0.1, -0.0, TapioConvention.COUPLING_INCLUSIVE);
    assertEquals(plus, minus);
    assertEquals(0, Double.compare(0.0, minus.pressureChange()), "+0.0, not -0.0");
    assertEquals(0, Double.compare(0.0, minus.elasticity()));
    TapioResult flat = Decoupling.tapioOfChanges(-0.0, 0.1, TapioConvention.COUPLING_INCLUSIVE);
    assertEquals(0, Double.compare(0.0, flat.gdpChange()), "+0.0, not -0.0");
    assertEquals(TapioState.UNDEFINED, flat.state());
    assertEquals(TapioState.WEAK_DECOUPLING, plus.state());
  }

  @Test
  void tapio_results_are_equal_when_every_number_state_and_convention_are() {
    TapioResult r = Decoupling.tapio(100, 125, 50, 55);
    assertEquals(r, r);
    assertEquals(r, Decoupling.tapio(100, 125, 50, 55));
    assertEquals(r.hashCode(), Decoupling.tapio(100, 125, 50, 55).hashCode());
    assertNotEquals(r, Decoupling.tapio(100, 125, 50, 56));
    assertNotEquals(r, Decoupling.tapio(100, 150, 50, 55));
    assertNotEquals(r, Decoupling.tapio(100, 125, 50, 55, TapioConvention.COUPLING_EXCLUSIVE));
    assertNotEquals(r, (Object) r.toString());
    assertNotEquals(r.hashCode(), Decoupling.tapio(100, 125, 50, 56).hashCode());
    assertEquals("TapioResult{gdpChange=0.25, pressureChange=0.1, elasticity=0.4, weak decoupling, "
        + "COUPLING_INCLUSIVE}", r.toString());
  }

  @Test
  void tapio_on_a_run_refuses_a_period_starting_where_gdp_is_zero() {
    Run run = vanishing();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Decoupling.tapio(run, Pressure.CO2, 2022, 2025, TapioConvention.COUPLING_INCLUSIVE));
    assertEquals("run 'close': GDP in 2022 must be finite and positive for a Tapio elasticity, was 0.0",
        e.getMessage());
    TapioResult toZero = Decoupling.tapio(run, Pressure.CO2, 2020, 2022, TapioConvention.COUPLING_INCLUSIVE);
    assertEquals(-1.0, toZero.gdpChange());
    assertEquals(TapioState.RECESSIVE_COUPLING, toZero.state());
  }
}
