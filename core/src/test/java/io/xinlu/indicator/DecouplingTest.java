package io.xinlu.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tapio decoupling: the eight states from constructed numbers, both boundary conventions at and around the
 * thresholds 0.8 and 1.2 while GDP grows and while it shrinks, zero changes, the run-based API and the indicators on
 * small hand-built runs, and bad input.
 *
 * <p>The states, the elasticity {@code e = %ΔP / %ΔGDP} and the thresholds 0.8 and 1.2 are those of Tapio, P. (2005).
 * Towards a theory of decoupling: degrees of decoupling in the EU and the case of road traffic in Finland between
 * 1970 and 2001. Transport Policy 12(2), 137–151. doi:10.1016/j.tranpol.2005.01.001.
 */
class DecouplingTest {
  private static final TapioConvention INCLUSIVE = TapioConvention.COUPLING_INCLUSIVE;
  private static final TapioConvention EXCLUSIVE = TapioConvention.COUPLING_EXCLUSIVE;

  // ---- the eight states ----------------------------------------------------------------------------------

  /** GDP 100 -> 110 (+10 %) or 100 -> 90 (-10 %); the pressure from 100 to the given level. */
  @ParameterizedTest(name = "GDP 100 -> {0}, pressure 100 -> {1}: e = {2}, {3}")
  @CsvSource({
      "110, 95, -0.5, STRONG_DECOUPLING",
      "110, 104, 0.4, WEAK_DECOUPLING",
      "110, 110, 1.0, EXPANSIVE_COUPLING",
      "110, 120, 2.0, EXPANSIVE_NEGATIVE_DECOUPLING",
      "90, 105, -0.5, STRONG_NEGATIVE_DECOUPLING",
      "90, 96, 0.4, WEAK_NEGATIVE_DECOUPLING",
      "90, 90, 1.0, RECESSIVE_COUPLING",
      "90, 80, 2.0, RECESSIVE_DECOUPLING",
  })
  void each_of_the_eight_states_from_levels(double gdpTo, double pressureTo, double e, TapioState expected) {
    for (TapioConvention c : TapioConvention.values()) {
      TapioResult r = Decoupling.tapio(100, gdpTo, 100, pressureTo, c);
      assertEquals(expected, r.state(), c.name());
      assertEquals(e, r.elasticity(), 1e-12);
      assertEquals((gdpTo - 100) / 100, r.gdpChange(), 1e-15);
      assertEquals((pressureTo - 100) / 100, r.pressureChange(), 1e-15);
      assertEquals(c, r.convention());
    }
  }

  @Test
  void the_states_are_grouped_and_labelled_as_tapio_groups_them() {
    for (TapioState s : TapioState.values()) {
      int groups = (s.isDecoupling() ? 1 : 0) + (s.isCoupling() ? 1 : 0) + (s.isNegativeDecoupling() ? 1 : 0);
      assertEquals(s.isDefined() ? 1 : 0, groups, s.name());
      assertEquals(s.name().toLowerCase(Locale.ROOT).replace('_', ' '),
          s == TapioState.UNDEFINED ? "undefined" : s.label());
    }
    assertEquals("weak decoupling", TapioState.WEAK_DECOUPLING.label());
    assertEquals("undefined (GDP unchanged)", TapioState.UNDEFINED.label());
    assertFalse(TapioState.UNDEFINED.isDefined());
  }

  // ---- thresholds and conventions ------------------------------------------------------------------------

  /** Levels chosen so that the elasticity is exactly 0.8 or 1.2 in floating point. */
  @ParameterizedTest(name = "GDP 2 -> {0}, pressure 10 -> {1}: e = {2}, {3} inclusive, {4} exclusive")
  @CsvSource({
      "3, 14, 0.8, EXPANSIVE_COUPLING, WEAK_DECOUPLING",
      "3, 16, 1.2, EXPANSIVE_COUPLING, EXPANSIVE_NEGATIVE_DECOUPLING",
      "1, 6, 0.8, RECESSIVE_COUPLING, WEAK_NEGATIVE_DECOUPLING",
      "1, 4, 1.2, RECESSIVE_COUPLING, RECESSIVE_DECOUPLING",
  })
  void exactly_at_a_threshold_the_convention_decides(double gdpTo, double pressureTo, double e,
      TapioState inclusive, TapioState exclusive) {
    TapioResult in = Decoupling.tapio(2, gdpTo, 10, pressureTo, INCLUSIVE);
    TapioResult ex = Decoupling.tapio(2, gdpTo, 10, pressureTo, EXCLUSIVE);
    assertEquals(e, in.elasticity(), 0.0);
    assertEquals(e, ex.elasticity(), 0.0);
    assertEquals(inclusive, in.state());
    assertEquals(exclusive, ex.state());
    assertEquals(inclusive, Decoupling.tapio(2, gdpTo, 10, pressureTo).state(), "the default is inclusive");
  }

  /**
   * The elasticity at {@code threshold * (1 + offset * 1e-9)}, with {@code %ΔGDP = ±0.5} so that the elasticity is
   * exactly that number. Offset 0 is the threshold itself.
   */
  @ParameterizedTest(name = "%ΔGDP {0}, e = {1} (1 {2} 1e-9), {3}: {4}")
  @CsvSource({
      // growth, lower threshold
      "0.5, 0.8, -1, COUPLING_INCLUSIVE, WEAK_DECOUPLING",
      "0.5, 0.8, -1, COUPLING_EXCLUSIVE, WEAK_DECOUPLING",
      "0.5, 0.8,  0, COUPLING_INCLUSIVE, EXPANSIVE_COUPLING",
      "0.5, 0.8,  0, COUPLING_EXCLUSIVE, WEAK_DECOUPLING",
      "0.5, 0.8,  1, COUPLING_INCLUSIVE, EXPANSIVE_COUPLING",
      "0.5, 0.8,  1, COUPLING_EXCLUSIVE, EXPANSIVE_COUPLING",
      // growth, upper threshold
      "0.5, 1.2, -1, COUPLING_INCLUSIVE, EXPANSIVE_COUPLING",
      "0.5, 1.2, -1, COUPLING_EXCLUSIVE, EXPANSIVE_COUPLING",
      "0.5, 1.2,  0, COUPLING_INCLUSIVE, EXPANSIVE_COUPLING",
      "0.5, 1.2,  0, COUPLING_EXCLUSIVE, EXPANSIVE_NEGATIVE_DECOUPLING",
      "0.5, 1.2,  1, COUPLING_INCLUSIVE, EXPANSIVE_NEGATIVE_DECOUPLING",
      "0.5, 1.2,  1, COUPLING_EXCLUSIVE, EXPANSIVE_NEGATIVE_DECOUPLING",
      // recession, lower threshold
      "-0.5, 0.8, -1, COUPLING_INCLUSIVE, WEAK_NEGATIVE_DECOUPLING",
      "-0.5, 0.8, -1, COUPLING_EXCLUSIVE, WEAK_NEGATIVE_DECOUPLING",
      "-0.5, 0.8,  0, COUPLING_INCLUSIVE, RECESSIVE_COUPLING",
      "-0.5, 0.8,  0, COUPLING_EXCLUSIVE, WEAK_NEGATIVE_DECOUPLING",
      "-0.5, 0.8,  1, COUPLING_INCLUSIVE, RECESSIVE_COUPLING",
      "-0.5, 0.8,  1, COUPLING_EXCLUSIVE, RECESSIVE_COUPLING",
      // recession, upper threshold
      "-0.5, 1.2, -1, COUPLING_INCLUSIVE, RECESSIVE_COUPLING",
      "-0.5, 1.2, -1, COUPLING_EXCLUSIVE, RECESSIVE_COUPLING",
      "-0.5, 1.2,  0, COUPLING_INCLUSIVE, RECESSIVE_COUPLING",
      "-0.5, 1.2,  0, COUPLING_EXCLUSIVE, RECESSIVE_DECOUPLING",
      "-0.5, 1.2,  1, COUPLING_INCLUSIVE, RECESSIVE_DECOUPLING",
      "-0.5, 1.2,  1, COUPLING_EXCLUSIVE, RECESSIVE_DECOUPLING",
  })
  void at_and_around_both_thresholds_for_growth_and_recession(double gdpChange, double threshold, int offset,
      TapioConvention convention, TapioState expected) {
    double e = threshold * (1 + offset * 1e-9);
    TapioResult r = Decoupling.tapioOfChanges(gdpChange, gdpChange * e, convention);
    assertEquals(e, r.elasticity(), 0.0, "the elasticity is exact");
    assertEquals(Integer.signum(offset), Double.compare(r.elasticity(), threshold));
    assertEquals(expected, r.state());
  }

  @Test
  void the_threshold_constants_are_tapios() {
    assertEquals(0.8, TapioConvention.LOWER_THRESHOLD, 0.0);
    assertEquals(1.2, TapioConvention.UPPER_THRESHOLD, 0.0);
  }

  /** On a grid of changes the two conventions agree everywhere except at e = 0.8 and e = 1.2 exactly. */
  @Test
  void the_conventions_differ_only_on_the_two_boundary_values() {
    double[] gdp = {-1.0, -0.5, -0.25, -0.125, 0.0, 0.125, 0.25, 0.5, 1.0, 2.0};
    int differences = 0;
    for (double g : gdp) {
      for (int k = -40; k <= 40; k++) {
        double p = g * (k / 20.0); // e = k / 20 exactly: -2.0, ..., 0.8 (k = 16), ..., 1.2 (k = 24), ..., 2.0
        if (p < -1) {
          continue;
        }
        TapioResult in = Decoupling.tapioOfChanges(g, p, INCLUSIVE);
        TapioResult ex = Decoupling.tapioOfChanges(g, p, EXCLUSIVE);
        boolean boundary = g != 0 && (k == 16 || k == 24);
        assertEquals(!boundary, in.state() == ex.state(), "g = " + g + ", k = " + k);
        differences += boundary ? 1 : 0;
        // the state agrees with the signs of the changes
        TapioState s = in.state();
        if (g == 0) {
          assertEquals(TapioState.UNDEFINED, s);
        } else if (g > 0) {
          assertTrue(s == TapioState.STRONG_DECOUPLING || s == TapioState.WEAK_DECOUPLING
              || s == TapioState.EXPANSIVE_COUPLING || s == TapioState.EXPANSIVE_NEGATIVE_DECOUPLING, s.name());
          assertEquals(p < 0, s == TapioState.STRONG_DECOUPLING);
        } else {
          assertTrue(s == TapioState.STRONG_NEGATIVE_DECOUPLING || s == TapioState.WEAK_NEGATIVE_DECOUPLING
              || s == TapioState.RECESSIVE_COUPLING || s == TapioState.RECESSIVE_DECOUPLING, s.name());
          assertEquals(p > 0, s == TapioState.STRONG_NEGATIVE_DECOUPLING);
        }
      }
    }
    assertTrue(differences > 0);
  }

  // ---- zero changes --------------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(TapioConvention.class)
  void unchanged_gdp_is_undefined_whatever_the_pressure_does(TapioConvention c) {
    for (double pressureTo : new double[] {50, 100, 150, 0}) {
      TapioResult r = Decoupling.tapio(100, 100, 100, pressureTo, c);
      assertEquals(TapioState.UNDEFINED, r.state());
      assertTrue(Double.isNaN(r.elasticity()));
      assertEquals(0.0, r.gdpChange());
    }
  }

  @ParameterizedTest
  @EnumSource(TapioConvention.class)
  void unchanged_pressure_is_weak_decoupling_in_growth_and_weak_negative_decoupling_in_recession(
      TapioConvention c) {
    TapioResult up = Decoupling.tapio(100, 105, 40, 40, c);
    assertEquals(TapioState.WEAK_DECOUPLING, up.state());
    assertEquals(0.0, up.elasticity(), "+0.0, not -0.0");
    assertEquals(0.0, up.pressureChange());
    TapioResult down = Decoupling.tapio(100, 95, 40, 40, c);
    assertEquals(TapioState.WEAK_NEGATIVE_DECOUPLING, down.state());
    assertEquals(0.0, down.elasticity(), "+0.0, not -0.0");
  }

  @Test
  void just_off_zero_the_strong_states_begin() {
    assertEquals(TapioState.STRONG_DECOUPLING, Decoupling.tapioOfChanges(0.05, -1e-12, INCLUSIVE).state());
    assertEquals(TapioState.WEAK_DECOUPLING, Decoupling.tapioOfChanges(0.05, 1e-12, INCLUSIVE).state());
    assertEquals(TapioState.STRONG_NEGATIVE_DECOUPLING, Decoupling.tapioOfChanges(-0.05, 1e-12, EXCLUSIVE).state());
    assertEquals(TapioState.WEAK_NEGATIVE_DECOUPLING, Decoupling.tapioOfChanges(-0.05, -1e-12, EXCLUSIVE).state());
  }

  @Test
  void levels_falling_to_zero_are_changes_of_minus_one() {
    TapioResult gone = Decoupling.tapio(100, 110, 30, 0);
    assertEquals(-1.0, gone.pressureChange());
    assertEquals(TapioState.STRONG_DECOUPLING, gone.state());
    TapioResult collapse = Decoupling.tapio(100, 0, 30, 0);
    assertEquals(1.0, collapse.elasticity());
    assertEquals(TapioState.RECESSIVE_COUPLING, collapse.state());
  }

  // ---- on runs -------------------------------------------------------------------------------------------

  /**
   * One sector without an input-output table (x = y, V = x): GDP grows by {@code growth} a year and energy intensity
   * falls by {@code decline}, so energy and CO2 change by {@code (1 + growth)(1 - decline) - 1} a year.
   */
  private static Run oneSector(double growth, double decline, double emissionFactor) {
    CityProfile city = CityProfile.builder().name("one").baseYear(2020)
        .addSector(Sector.builder().id("a").group(SectorGroup.SECONDARY).valueAdded(100).energy(50)
            .emissionFactor(emissionFactor).growth(growth).energyIntensityDecline(decline).build())
        .build();
    return Engine.run(CityModel.builder().profile(city).addScenario(Scenario.baseline("base", 2025)).build(), "base");
  }

  @Test
  void gdp_up_5_percent_and_intensity_down_2_percent_is_weak_decoupling_with_e_0_58() {
    Run run = oneSector(0.05, 0.02, 2.0);
    double e = (1.05 * 0.98 - 1) / 0.05; // 0.029 / 0.05 = 0.58
    for (Pressure p : Pressure.values()) {
      ImmutableSortedMap<Integer, TapioResult> yearly = Decoupling.tapioYearOnYear(run, p, INCLUSIVE);
      assertEquals(ImmutableList.of(2021, 2022, 2023, 2024, 2025), yearly.keySet().asList());
      for (TapioResult r : yearly.values()) {
        assertEquals(0.05, r.gdpChange(), 1e-12);
        assertEquals(0.029, r.pressureChange(), 1e-12);
        assertEquals(0.58, r.elasticity(), 1e-10);
        assertEquals(e, r.elasticity(), 1e-10);
        assertEquals(TapioState.WEAK_DECOUPLING, r.state());
      }
      assertEquals(yearly, Decoupling.tapioYearOnYear(run, p), "the default is inclusive");
      // over the whole period: compound changes
      TapioResult all = Decoupling.tapio(run, p, 2020, 2025, EXCLUSIVE);
      double dg = Math.pow(1.05, 5) - 1;
      double dp = Math.pow(1.029, 5) - 1;
      assertEquals(dg, all.gdpChange(), 1e-12);
      assertEquals(dp, all.pressureChange(), 1e-12);
      assertEquals(dp / dg, all.elasticity(), 1e-10);
      assertEquals(TapioState.WEAK_DECOUPLING, all.state());
      assertEquals(EXCLUSIVE, all.convention());
      // one year as a period equals the year-on-year entry
      assertEquals(yearly.get(2023), Decoupling.tapio(run, p, 2022, 2023, INCLUSIVE));
      assertEquals(yearly.get(2023), Decoupling.tapio(run, p, 2022, 2023));
    }
  }

  @Test
  void a_shrinking_economy_whose_energy_falls_faster_is_in_recessive_decoupling() {
    Run run = oneSector(-0.04, 0.02, 2.0);
    // energy changes by 0.96 * 0.98 - 1 = -0.0592 a year against GDP's -0.04: e = 1.48
    TapioResult r = Decoupling.tapio(run, Pressure.ENERGY, 2024, 2025, INCLUSIVE);
    assertEquals(-0.04, r.gdpChange(), 1e-12);
    assertEquals(-0.0592, r.pressureChange(), 1e-12);
    assertEquals(1.48, r.elasticity(), 1e-10);
    assertEquals(TapioState.RECESSIVE_DECOUPLING, r.state());
  }

  @Test
  void structural_change_between_two_sectors_decouples_the_city_total() {
    // a: V 100, E 80, c 2.5, no growth; b: V 100, E 20, c 1.0, +10 % a year; no table, no intensity decline.
    // 2020 -> 2021: GDP 200 -> 210 (+5 %), energy 100 -> 102 (+2 %), CO2 220 -> 222 (+1/110)
    CityProfile city = CityProfile.builder().name("two").baseYear(2020)
        .addSector(Sector.builder().id("a").group(SectorGroup.SECONDARY).valueAdded(100).energy(80)
            .emissionFactor(2.5).build())
        .addSector(Sector.builder().id("b").group(SectorGroup.TERTIARY).valueAdded(100).energy(20)
            .emissionFactor(1.0).growth(0.1).build())
        .build();
    Run run = Engine.run(CityModel.builder().profile(city).addScenario(Scenario.baseline("base", 2022)).build(),
        "base");
    TapioResult energy = Decoupling.tapio(run, Pressure.ENERGY, 2020, 2021, INCLUSIVE);
    assertEquals(0.4, energy.elasticity(), 1e-12);
    assertEquals(TapioState.WEAK_DECOUPLING, energy.state());
    TapioResult co2 = Decoupling.tapio(run, Pressure.CO2, 2020, 2021, INCLUSIVE);
    assertEquals((2.0 / 220) / 0.05, co2.elasticity(), 1e-12);
    assertEquals(TapioState.WEAK_DECOUPLING, co2.state());
  }

  @Test
  void a_run_with_flat_gdp_is_undefined_every_year() {
    Run run = oneSector(0.0, 0.02, 2.0);
    for (TapioResult r : Decoupling.tapioYearOnYear(run, Pressure.CO2, INCLUSIVE).values()) {
      assertEquals(TapioState.UNDEFINED, r.state());
      assertTrue(Double.isNaN(r.elasticity()));
      assertEquals(-0.02, r.pressureChange(), 1e-12);
    }
    double[] series = Indicators.tapioElasticity(Pressure.CO2).series(run);
    for (double v : series) {
      assertTrue(Double.isNaN(v));
    }
  }

  // ---- indicators ----------------------------------------------------------------------------------------

  @Test
  void the_elasticity_indicators_are_in_the_catalogue_and_agree_with_the_year_on_year_results() {
    Run run = oneSector(0.05, 0.02, 2.0);
    IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    assertTrue(catalogue.ids().contains("tapio-elasticity:co2"));
    assertTrue(catalogue.ids().contains("tapio-elasticity:energy"));
    for (Pressure p : Pressure.values()) {
      Indicator i = catalogue.get("tapio-elasticity:" + p.id());
      assertEquals(Indicators.tapioElasticity(p).id(), i.id());
      assertEquals("elasticity", i.unit());
      assertEquals(Direction.NEUTRAL, i.direction());
      assertTrue(Double.isNaN(i.value(run, 2020)), "NaN in the base year");
      double[] series = i.series(run);
      assertTrue(Double.isNaN(series[0]));
      ImmutableSortedMap<Integer, TapioResult> yearly = Decoupling.tapioYearOnYear(run, p);
      for (int t = 2021; t <= 2025; t++) {
        assertEquals(yearly.get(t).elasticity(), i.value(run, t), 0.0);
        assertEquals(yearly.get(t).elasticity(), series[t - 2020], 0.0);
        assertEquals(0.58, i.value(run, t), 1e-10);
      }
    }
    assertFalse(catalogue.contains("tapio-elasticity:water"));
  }

  @Test
  void the_co2_elasticity_of_a_run_without_co2_is_nan_but_the_energy_one_is_not() {
    Run run = oneSector(0.05, 0.02, 0.0);
    assertTrue(Double.isNaN(Indicators.tapioElasticity(Pressure.CO2).value(run, 2021)));
    assertEquals(0.58, Indicators.tapioElasticity(Pressure.ENERGY).value(run, 2021), 1e-10);
  }

  // ---- bad input -----------------------------------------------------------------------------------------

  @Test
  void bad_levels_are_rejected_with_what_is_wrong() {
    assertRejected(() -> Decoupling.tapio(0, 110, 100, 90), "GDP at the start of the period", "was 0.0");
    assertRejected(() -> Decoupling.tapio(-5, 110, 100, 90), "GDP at the start of the period", "was -5.0");
    assertRejected(() -> Decoupling.tapio(Double.NaN, 110, 100, 90), "GDP at the start", "was NaN");
    assertRejected(() -> Decoupling.tapio(Double.POSITIVE_INFINITY, 110, 100, 90), "GDP at the start",
        "was Infinity");
    assertRejected(() -> Decoupling.tapio(100, -1, 100, 90), "GDP at the end of the period", "not negative");
    assertRejected(() -> Decoupling.tapio(100, Double.NaN, 100, 90), "GDP at the end of the period", "was NaN");
    assertRejected(() -> Decoupling.tapio(100, 110, 0, 90), "pressure at the start of the period", "positive");
    assertRejected(() -> Decoupling.tapio(100, 110, 100, Double.NEGATIVE_INFINITY),
        "pressure at the end of the period", "was -Infinity");
  }

  @Test
  void bad_changes_are_rejected_with_what_is_wrong() {
    assertRejected(() -> Decoupling.tapioOfChanges(Double.NaN, 0.1, INCLUSIVE), "relative change of GDP", "NaN");
    assertRejected(() -> Decoupling.tapioOfChanges(-1.5, 0.1, INCLUSIVE), "relative change of GDP", "-1.5");
    assertRejected(() -> Decoupling.tapioOfChanges(0.1, Double.POSITIVE_INFINITY, INCLUSIVE),
        "relative change of the pressure", "Infinity");
  }

  @Test
  void bad_periods_on_a_run_are_rejected_with_the_run_and_the_years() {
    Run run = oneSector(0.05, 0.02, 2.0);
    assertRejected(() -> Decoupling.tapio(run, Pressure.CO2, 2022, 2022, INCLUSIVE), "run 'base'",
        "fromYear 2022 is not before toYear 2022");
    assertRejected(() -> Decoupling.tapio(run, Pressure.CO2, 2024, 2021, INCLUSIVE),
        "fromYear 2024 is not before toYear 2021");
    assertRejected(() -> Decoupling.tapio(run, Pressure.CO2, 2019, 2021, INCLUSIVE),
        "fromYear 2019 is outside the run (2020..2025)");
    assertRejected(() -> Decoupling.tapio(run, Pressure.ENERGY, 2021, 2030), "run 'base'",
        "toYear 2030 is outside the run (2020..2025)");
  }

  @Test
  void a_zero_base_value_in_a_run_is_rejected_with_the_quantity_and_year() {
    Run run = oneSector(0.05, 0.02, 0.0); // no CO2 at all
    assertRejected(() -> Decoupling.tapio(run, Pressure.CO2, 2021, 2023, INCLUSIVE), "run 'base'", "CO2 in 2021",
        "finite and positive", "was 0.0");
    assertRejected(() -> Decoupling.tapioYearOnYear(run, Pressure.CO2), "CO2 in 2020");
    assertEquals(5, Decoupling.tapioYearOnYear(run, Pressure.ENERGY).size());
  }

  private static void assertRejected(Executable call, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), () -> "'" + f + "' not in: " + e.getMessage());
    }
  }
}
