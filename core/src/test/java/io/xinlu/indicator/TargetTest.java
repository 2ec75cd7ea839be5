package io.xinlu.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Targets checked on small hand-built runs. Every profile has no input-output table, so {@code x = y} and
 * {@code V = x}; a sector's value added compounds its growth, {@code V(t) = V(t-1) (1 + g(t))}, with {@code g(t)}
 * the scenario's growth override where it gives one, else the sector's trend; energy is {@code E = e V} with
 * {@code e(t) = e(t0) (1 - a)^(t - t0)}; CO2 is {@code C = c E}. Expected values below are worked out from these
 * equations, not copied from output. Base year 2020 throughout; runs end in 2030.
 */
class TargetTest {
  private static final int T0 = 2020;
  private static final int END = 2030;
  private static final double EPS = 1e-9;

  private static final Indicator TERTIARY = Indicators.groupShare(SectorGroup.TERTIARY);
  private static final Indicator ENERGY = Indicators.energy();
  private static final Indicator INTENSITY = Indicators.energyIntensity();
  private static final Indicator CO2 = Indicators.co2();

  /** Runs one scenario on a profile of the given sectors (no employment data, no resource stock). */
  private static Run run(Scenario scenario, Sector... sectors) {
    CityProfile city = CityProfile.builder().name("small").baseYear(T0).addSectors(sectors).build();
    return Engine.run(CityModel.builder().profile(city).addScenario(scenario).build(), scenario.name());
  }

  private static Scenario baseline() {
    return Scenario.baseline("baseline", END);
  }

  /** Industry: V = 60 flat, e = 12 / 60 = 0.2. */
  private static Sector industry() {
    return Sector.builder().id("industry").group(SectorGroup.SECONDARY).valueAdded(60).energy(12)
        .emissionFactor(2.5).build();
  }

  /** Services: V = 40 growing 10 % a year, e = 2 / 40 = 0.05. */
  private static Sector services() {
    return Sector.builder().id("services").group(SectorGroup.TERTIARY).valueAdded(40).energy(2)
        .emissionFactor(1.0).growth(0.1).build();
  }

  /** One plant: V = 100, e = 10 / 100 = 0.1, c = 2, so C = 0.2 V and energy intensity is 10 e (tce/10k CNY). */
  private static Sector.Builder plant() {
    return Sector.builder().id("plant").group(SectorGroup.SECONDARY).valueAdded(100).energy(10)
        .emissionFactor(2.0);
  }

  /** The tertiary share after k years: 40 * 1.1^k / (60 + 40 * 1.1^k). */
  private static double share(int k) {
    double s = 40 * Math.pow(1.1, k);
    return s / (60 + s);
  }

  private static void assertMessage(IllegalArgumentException e, String... parts) {
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), () -> "missing '" + p + "' in: " + e.getMessage());
    }
  }

  private static IllegalArgumentException fails(Executable code) {
    return assertThrows(IllegalArgumentException.class, code);
  }

  // ---- level ---------------------------------------------------------------------------------------------

  @Nested
  class Levels {
    private final Run run = run(baseline(), industry(), services());

    @Test
    void met_in_the_target_year() {
      // share(4) = 58.564 / 118.564 = 0.494, share(5) = 64.4204 / 124.4204 = 0.518: first at least 0.5 in 2025
      TargetCheck c = Target.atLeast(TERTIARY, 0.5, 2025).check(run);
      assertTrue(c.met());
      assertEquals(OptionalInt.of(2025), c.firstYearMet());
      assertEquals(share(5), c.value(), EPS);
      assertEquals(2025, c.valueYear());
      assertEquals(0.5 - share(5), c.gap(), EPS);
      assertTrue(c.gap() < 0);
      assertEquals(2025, c.targetYear());
      assertEquals("baseline", c.scenarioName());
      assertEquals("share", c.unit());
    }

    @Test
    void met_late() {
      TargetCheck c = Target.atLeast(TERTIARY, 0.5, 2024).check(run);
      assertFalse(c.met());
      assertEquals(OptionalInt.of(2025), c.firstYearMet());
      assertEquals(share(4), c.value(), EPS);
      assertEquals(0.5 - share(4), c.gap(), EPS);
      assertTrue(c.gap() > 0);
    }

    @Test
    void never_met() {
      // share(10) = 103.75 / 163.75 = 0.634 < 0.7 at the end of the run
      TargetCheck c = Target.atLeast(TERTIARY, 0.7, 2025).check(run);
      assertFalse(c.met());
      assertEquals(OptionalInt.empty(), c.firstYearMet());
      assertEquals(0.7 - share(5), c.gap(), EPS);
      assertTrue(c.describe().contains("never met"), c.describe());
    }

    @Test
    void an_upper_level_reached_and_lost_reports_its_first_year_and_the_overshoot() {
      // energy = 0.2 * 60 + 0.05 * 40 * 1.1^k = 12 + 2 * 1.1^k: 14 in 2020, 15.221 in 2025
      double energy2025 = 12 + 2 * Math.pow(1.1, 5);
      TargetCheck met = Target.atMost(ENERGY, 16, 2025).check(run);
      assertTrue(met.met());
      assertEquals(energy2025, met.value(), EPS);
      assertEquals(energy2025 - 16, met.gap(), EPS);
      assertEquals(OptionalInt.of(2020), met.firstYearMet());

      TargetCheck over = Target.atMost(ENERGY, 15, 2025).check(run);
      assertFalse(over.met());
      assertEquals(energy2025 - 15, over.gap(), EPS);
      assertEquals(OptionalInt.of(2020), over.firstYearMet(), "held in 2020, lost by 2025");
    }

    @Test
    void a_level_exactly_at_the_threshold_is_met_with_a_gap_of_zero() {
      // base-year share is 40 / 100 = 0.4 exactly
      TargetCheck c = Target.atLeast(TERTIARY, 0.4, 2020).check(run);
      assertTrue(c.met());
      assertEquals(0.0, c.gap(), 0.0);
      assertTrue(Target.atMost(TERTIARY, 0.4, 2020).check(run).met());
    }
  }

  // ---- change --------------------------------------------------------------------------------------------

  @Nested
  class Changes {
    /** Energy intensity is 10 * 0.1 * (1 - a)^k = (1 - a)^k, so its change since 2020 is (1 - a)^k - 1. */
    private Run declining(double a) {
      return run(baseline(), plant().energyIntensityDecline(a).build());
    }

    @Test
    void met_in_the_target_year() {
      // 0.97^4 - 1 = -0.1147 (2024), 0.97^5 - 1 = -0.1413 (2025)
      TargetCheck c = Target.changeAtMost(INTENSITY, 2020, 2025, -0.135).check(declining(0.03));
      assertTrue(c.met());
      assertEquals(Math.pow(0.97, 5) - 1, c.value(), EPS);
      assertEquals(Math.pow(0.97, 5) - 1 + 0.135, c.gap(), EPS);
      assertTrue(c.gap() < 0);
      assertEquals(OptionalInt.of(2025), c.firstYearMet());
      assertEquals("fraction", c.unit());
    }

    @Test
    void met_late() {
      // 0.975^5 - 1 = -0.1189 (2025): 1.6 points short; 0.975^6 - 1 = -0.1409 (2026)
      TargetCheck c = Target.changeAtMost(INTENSITY, 2020, 2025, -0.135).check(declining(0.025));
      assertFalse(c.met());
      assertEquals(Math.pow(0.975, 5) - 1, c.value(), EPS);
      assertEquals(Math.pow(0.975, 5) - 1 + 0.135, c.gap(), EPS);
      assertEquals(OptionalInt.of(2026), c.firstYearMet());
    }

    @Test
    void never_met() {
      // 0.975^10 - 1 = -0.224 by 2030, never down by half
      TargetCheck c = Target.changeAtMost(INTENSITY, 2020, 2025, -0.5).check(declining(0.025));
      assertFalse(c.met());
      assertEquals(OptionalInt.empty(), c.firstYearMet());
      assertEquals(Math.pow(0.975, 5) - 1 + 0.5, c.gap(), EPS);
    }

    @Test
    void a_change_exactly_at_the_boundary_is_met_from_either_side() {
      // one year at a = 0.135: the change is -0.135 up to rounding
      Run run = declining(0.135);
      TargetCheck down = Target.changeAtMost(INTENSITY, 2020, 2021, -0.135).check(run);
      assertTrue(down.met());
      assertEquals(-0.135, down.value(), 1e-15);
      assertTrue(down.gap() <= 0 && down.gap() > -1e-15, "gap " + down.gap());
      assertEquals(OptionalInt.of(2021), down.firstYearMet());
      assertTrue(Target.changeAtLeast(INTENSITY, 2020, 2021, -0.135).check(run).met());

      TargetCheck beyond = Target.changeAtMost(INTENSITY, 2020, 2021, -0.1351).check(run);
      assertFalse(beyond.met());
      assertEquals(0.0001, beyond.gap(), 1e-12);
    }

    @Test
    void a_base_year_after_the_run_start_counts_from_that_year() {
      // 2022 to 2025: 0.97^3 - 1 = -0.0873, short of -0.1; 0.97^4 - 1 = -0.1147 from 2022 to 2026
      TargetCheck c = Target.changeAtMost(INTENSITY, 2022, 2025, -0.1).check(declining(0.03));
      assertFalse(c.met());
      assertEquals(Math.pow(0.97, 3) - 1, c.value(), EPS);
      assertEquals(OptionalInt.of(2026), c.firstYearMet());
    }

    @Test
    void a_growth_target_is_a_change_at_least() {
      // GDP grows 6 % a year: 1.06^5 - 1 = 0.338 against at least 0.3
      Run run = run(baseline(), plant().growth(0.06).build());
      TargetCheck c = Target.changeAtLeast(Indicators.gdp(), 2020, 2025, 0.3).check(run);
      assertTrue(c.met());
      assertEquals(Math.pow(1.06, 5) - 1, c.value(), EPS);
      assertEquals(0.3 - (Math.pow(1.06, 5) - 1), c.gap(), EPS);
      // 1.06^4 - 1 = 0.262, 1.06^5 - 1 = 0.338
      assertEquals(OptionalInt.of(2025), c.firstYearMet());
    }
  }

  // ---- cap -----------------------------------------------------------------------------------------------

  @Nested
  class Caps {
    /** Growth overrides 2023: +25 %, 2024: -20 %: V = 100, 100, 100, 125, 100, ...; E = 0.1 V = 10 but 12.5 in 2023. */
    private final Run spike = run(Scenario.builder().name("spike").endYear(END)
        .growthOverride("plant", YearPath.exact(Map.of(2023, 0.25, 2024, -0.2))).build(), plant().build());

    @Test
    void a_cap_broken_in_one_middle_year() {
      TargetCheck c = Target.cap(ENERGY, 11, 2021, 2025).check(spike);
      assertFalse(c.met());
      assertEquals(OptionalInt.of(2024), c.firstYearMet(), "holds from 2024 to the end of the window");
      assertEquals(12.5, c.value(), EPS);
      assertEquals(2023, c.valueYear());
      assertEquals(1.5, c.gap(), EPS);
      assertEquals(2025, c.targetYear());
    }

    @Test
    void a_cap_above_every_year_is_met_with_its_margin() {
      TargetCheck c = Target.cap(ENERGY, 13, 2021, 2025).check(spike);
      assertTrue(c.met());
      assertEquals(OptionalInt.of(2021), c.firstYearMet());
      assertEquals(-0.5, c.gap(), EPS);
    }

    @Test
    void a_cap_met_late_holds_only_from_a_later_year() {
      // the window 2023..2027 is broken in its first year and holds from 2024
      TargetCheck c = Target.cap(ENERGY, 11, 2023, 2027).check(spike);
      assertFalse(c.met());
      assertEquals(OptionalInt.of(2024), c.firstYearMet());
      // after the spike every year of the window is 10
      TargetCheck after = Target.cap(ENERGY, 11, 2024, 2028).check(spike);
      assertTrue(after.met());
      assertEquals(10.0, after.value(), EPS);
      assertEquals(2024, after.valueYear());
      assertEquals(-1.0, after.gap(), EPS);
    }

    @Test
    void a_cap_never_met() {
      TargetCheck c = Target.cap(ENERGY, 9, 2021, 2025).check(spike);
      assertFalse(c.met());
      assertEquals(OptionalInt.empty(), c.firstYearMet());
      assertEquals(3.5, c.gap(), EPS);
      assertTrue(c.describe().contains("broken in 2025"), c.describe());
    }

    @Test
    void dual_control_checks_a_cap_on_the_total_and_a_cut_in_intensity_together() {
      // the spike leaves intensity at 10 * 0.1 = 1 every year: the total holds under 13, the intensity cut fails
      ImmutableList<TargetCheck> checks = Target.checkAll(ImmutableList.of(
          Target.cap(ENERGY, 13, 2021, 2025).withSource("illustrative"),
          Target.changeAtMost(INTENSITY, 2020, 2025, -0.135).withSource("illustrative")), spike);
      assertTrue(checks.get(0).met());
      assertFalse(checks.get(1).met());
      assertEquals(0.0, checks.get(1).value(), EPS);
      assertEquals(0.135, checks.get(1).gap(), EPS);
    }
  }

  // ---- peak ----------------------------------------------------------------------------------------------

  @Nested
  class Peaks {
    /** Trend growth -2 %; CO2 = 0.2 V. */
    private Run withGrowth(String name, YearPath overrides) {
      return run(Scenario.builder().name(name).endYear(END).growthOverride("plant", overrides).build(),
          plant().growth(-0.02).build());
    }

    /** +10 % in 2021 and 2022, then -2 % a year: CO2 = 20, 22, 24.2, then 24.2 * 0.98^(t - 2022). */
    private Run early() {
      return withGrowth("early", YearPath.exact(Map.of(2021, 0.1, 2022, 0.1)));
    }

    @Test
    void a_peak_before_the_deadline_is_met() {
      TargetCheck c = Target.peakBy(CO2, 2025).check(early());
      assertTrue(c.met());
      assertEquals(OptionalInt.of(2022), c.firstYearMet());
      assertEquals(24.2, c.value(), EPS);
      assertEquals(2022, c.valueYear());
      // the margin: the smallest fall after the peak, the last one, 24.2 * 0.98^7 * 0.02
      assertEquals(-0.02 * 24.2 * Math.pow(0.98, 7), c.gap(), EPS);
      assertTrue(Target.peakBy(CO2, 2022).check(early()).met(), "a peak in the deadline year itself");
    }

    @Test
    void a_peak_after_the_deadline_is_not_met() {
      // +5 % a year through 2027, then -2 %: CO2 = 20 * 1.05^k up to 2027
      Run late = withGrowth("late", YearPath.stepwise(Map.of(2021, 0.05, 2028, -0.02)));
      TargetCheck c = Target.peakBy(CO2, 2025).check(late);
      assertFalse(c.met());
      assertEquals(OptionalInt.empty(), c.firstYearMet());
      assertEquals(2027, c.valueYear());
      assertEquals(20 * Math.pow(1.05, 7), c.value(), EPS);
      // still rising after the deadline: from 2025 to the peak in 2027
      assertEquals(20 * (Math.pow(1.05, 7) - Math.pow(1.05, 5)), c.gap(), EPS);
      assertTrue(c.describe().contains("2 years late"), c.describe());
      assertTrue(Target.peakBy(CO2, 2027).check(late).met());

      // one year late on the early path: 22 in 2021, 24.2 in 2022
      TargetCheck oneLate = Target.peakBy(CO2, 2021).check(early());
      assertFalse(oneLate.met());
      assertEquals(2.2, oneLate.gap(), EPS);
    }

    @Test
    void a_peak_followed_by_a_rise_is_not_met_even_below_the_peak() {
      // V = 100, 110, 121 (peak), 108.9, 98.01, 96.0498 (trend -2 %), +3 % in 2026 and 2027, then -2 % again
      Run rebound = withGrowth("rebound", YearPath.exact(
          Map.of(2021, 0.1, 2022, 0.1, 2023, -0.1, 2024, -0.1, 2026, 0.03, 2027, 0.03)));
      double trough = 0.2 * 121 * 0.9 * 0.9 * 0.98;
      double rebounded = trough * 1.03 * 1.03;
      assertTrue(rebounded < 24.2, "the rebound stays below the peak");
      assertEquals(rebounded, CO2.value(rebound, 2027), EPS);

      TargetCheck c = Target.peakBy(CO2, 2030).check(rebound);
      assertFalse(c.met());
      assertEquals(OptionalInt.empty(), c.firstYearMet());
      assertEquals(2022, c.valueYear());
      assertEquals(24.2, c.value(), EPS);
      assertEquals(rebounded - trough, c.gap(), EPS, "the largest rise after the peak: 2025 to 2027");
      assertTrue(c.describe().contains("rises again"), c.describe());
    }

    @Test
    void a_plateau_peaks_in_its_first_year() {
      // +10 % in 2021, flat in 2022 and 2023, then -2 %
      Run plateau = withGrowth("plateau", YearPath.exact(Map.of(2021, 0.1, 2022, 0.0, 2023, 0.0)));
      TargetCheck c = Target.peakBy(CO2, 2021).check(plateau);
      assertTrue(c.met());
      assertEquals(OptionalInt.of(2021), c.firstYearMet());
      assertEquals(22.0, c.value(), EPS);
    }

    @Test
    void a_series_rising_to_the_end_of_the_run_peaks_in_its_last_year() {
      Run rising = run(baseline(), plant().growth(0.02).build());
      TargetCheck atEnd = Target.peakBy(CO2, END).check(rising);
      assertTrue(atEnd.met());
      assertEquals(0.0, atEnd.gap(), 0.0);
      TargetCheck before = Target.peakBy(CO2, 2029).check(rising);
      assertFalse(before.met());
      assertEquals(20 * (Math.pow(1.02, 10) - Math.pow(1.02, 9)), before.gap(), EPS);
    }
  }

  // ---- undefined values ----------------------------------------------------------------------------------

  @Test
  void an_undefined_value_never_meets_a_target() {
    Indicator gappy = Indicator.of("gappy", "Gappy", "index", Direction.NEUTRAL,
        (r, year) -> year == 2023 ? Double.NaN : 1.0);
    Run run = run(baseline(), plant().build());
    TargetCheck level = Target.atLeast(gappy, 0.5, 2023).check(run);
    assertFalse(level.met());
    assertTrue(Double.isNaN(level.gap()));
    assertEquals(OptionalInt.of(2020), level.firstYearMet());
    TargetCheck peak = Target.peakBy(gappy, 2025).check(run);
    assertFalse(peak.met());
    assertEquals(2023, peak.valueYear());
    assertTrue(Double.isNaN(peak.gap()));
    TargetCheck cap = Target.cap(gappy, 2, 2021, 2025).check(run);
    assertFalse(cap.met());
    assertEquals(2023, cap.valueYear());
    assertEquals(OptionalInt.of(2024), cap.firstYearMet());
  }

  // ---- bad input -----------------------------------------------------------------------------------------

  @Nested
  class BadInput {
    private final Run run = run(baseline(), industry(), services());

    @Test
    void non_finite_thresholds_are_rejected_naming_the_target() {
      assertMessage(fails(() -> Target.atLeast(TERTIARY, Double.NaN, 2025)), "share:group:tertiary>=NaN@2025",
          "threshold", "NaN");
      assertMessage(fails(() -> Target.atMost(ENERGY, Double.POSITIVE_INFINITY, 2025)), "energy<=Infinity@2025",
          "Infinity");
      assertMessage(fails(() -> Target.changeAtLeast(INTENSITY, 2020, 2025, Double.NaN)),
          "energy-intensity:change>=NaN@2020-2025", "change");
      assertMessage(fails(() -> Target.cap(ENERGY, Double.NaN, 2021, 2025)), "energy:cap<=NaN@2021-2025", "cap");
    }

    @Test
    void a_base_year_not_before_the_target_year_is_rejected() {
      assertMessage(fails(() -> Target.changeAtMost(INTENSITY, 2025, 2025, -0.135)),
          "energy-intensity:change<=-0.135@2025-2025", "base year 2025", "target year 2025");
      assertMessage(fails(() -> Target.changeAtMost(INTENSITY, 2026, 2025, -0.135)), "base year 2026");
    }

    @Test
    void a_window_ending_before_it_starts_is_rejected() {
      assertMessage(fails(() -> Target.cap(ENERGY, 10, 2026, 2025)), "energy:cap<=10@2026-2025", "2026", "2025");
    }

    @Test
    void a_blank_id_is_rejected_naming_the_indicator() {
      assertMessage(fails(() -> Target.peakBy(CO2, 2030).withId(" ")), "co2", "id");
    }

    @Test
    void an_employment_target_on_a_profile_without_employment_names_indicator_target_and_run() {
      Target t = Target.atLeast(Indicators.employment(), 100, 2025).withId("jobs-2025");
      assertMessage(fails(() -> t.check(run)), "target 'jobs-2025'", "indicator 'employment'", "run 'baseline'",
          "no employment data");
    }

    @Test
    void a_reserve_life_target_without_that_resource_sector_names_indicator_target_and_run() {
      Target t = Target.atLeast(Indicators.reserveLife("coal"), 30, 2030);
      assertMessage(fails(() -> t.check(run)), "target 'reserve-life:coal>=30@2030'",
          "indicator 'reserve-life:coal'", "run 'baseline'", "has no resource stock");
    }

    @Test
    void a_target_on_an_unknown_sector_or_indicator_is_rejected() {
      Target t = Target.atMost(Indicators.sectorShare("steel"), 0.2, 2030);
      assertMessage(fails(() -> t.check(run)), "share:sector:steel", "run 'baseline'", "no sector 'steel'");
      assertMessage(fails(() -> IndicatorCatalogue.standard().get("tertiary-share")),
          "unknown indicator 'tertiary-share'");
    }

    @Test
    void an_indicator_failing_inside_its_formula_is_reported_with_the_target() {
      Target t = Target.atMost(Indicators.energyIntensityChange(2010), -0.1, 2025);
      assertMessage(fails(() -> t.check(run)), "target 'energy-intensity-change:2010<=-0.1@2025'",
          "run 'baseline'", "reference year 2010");
    }

    @Test
    void years_outside_the_run_are_rejected() {
      assertMessage(fails(() -> Target.atLeast(Indicators.gdp(), 100, 2031).check(run)), "target 'gdp>=100@2031'",
          "indicator 'gdp'", "run 'baseline'", "target year 2031", "2020..2030");
      assertMessage(fails(() -> Target.changeAtMost(INTENSITY, 2019, 2025, -0.1).check(run)), "base year 2019",
          "indicator 'energy-intensity'", "run 'baseline'");
      assertMessage(fails(() -> Target.cap(ENERGY, 20, 2018, 2025).check(run)), "first year 2018");
      assertMessage(fails(() -> Target.cap(ENERGY, 20, 2021, 2035).check(run)), "target year 2035");
      assertMessage(fails(() -> Target.peakBy(CO2, 2031).check(run)), "target 'co2:peak@2031'", "2031",
          "run 'baseline'");
    }
  }

  // ---- targets as data -----------------------------------------------------------------------------------

  @Test
  void targets_carry_ids_descriptions_and_sources() {
    Target.Change t = Target.changeAtMost(INTENSITY, 2020, 2025, -0.135);
    assertEquals("energy-intensity:change<=-0.135@2020-2025", t.id());
    assertEquals("", t.source());
    Target.Change named = t.withId("ei-14th-fyp").withSource("Shanxi 14th Five-Year Plan")
        .withDescription("energy intensity down 13.5 % over the plan period");
    assertEquals("ei-14th-fyp", named.id());
    assertEquals("Shanxi 14th Five-Year Plan", named.source());
    assertEquals(-0.135, named.threshold());
    assertEquals(2020, named.baseYear());
    assertEquals("energy-intensity:change<=-0.135@2020-2025", t.id(), "the original is unchanged");
    assertEquals("Energy intensity: change from 2020 to 2025 at most -0.135 (-13.5 %) [Shanxi 14th Five-Year Plan]",
        named.describe());
    assertEquals("Share of the tertiary sector in GDP: at least 0.5 share in 2025",
        Target.atLeast(TERTIARY, 0.5, 2025).describe());
    assertEquals("Energy use: at most 42 Mtce in every year from 2021 to 2025",
        Target.cap(ENERGY, 42, 2021, 2025).describe());
    assertEquals("CO2 emissions: peak no later than 2030, no rise after it", Target.peakBy(CO2, 2030).describe());
    assertEquals(Target.peakBy(CO2, 2030), Target.peakBy(CO2, 2030));
    assertNotEquals(Target.peakBy(CO2, 2030), Target.peakBy(CO2, 2030).withSource("illustrative"));
  }

  @Test
  void a_check_describes_itself_on_one_line() {
    Run run = run(baseline(), industry(), services());
    TargetCheck c = Target.atLeast(TERTIARY, 0.5, 2024).check(run);
    assertEquals("share:group:tertiary>=0.5@2024 on run 'baseline': not met; value 0.493944 share in 2024, gap "
        + "0.0060558; first met 2025", c.describe());
    assertEquals(c, Target.atLeast(TERTIARY, 0.5, 2024).check(run));
    assertEquals(c.describe(), c.toString());
  }
}
