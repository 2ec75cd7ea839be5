package io.xinlu.analysis.forecast;

import static io.xinlu.analysis.AnalysisRuns.assertMessage;
import static io.xinlu.analysis.AnalysisRuns.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.xinlu.analysis.AnalysisRuns;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import org.junit.jupiter.api.Test;

/** Compound annual growth rates: published examples, runs, bad input, and the round trip with projection. */
class GrowthTest {

  /**
   * power.one, "Compound Annual Growth Rate Calculator" (https://power.one/t/e192ad391021e89d5c8a/compound-annual-
   * growth-rate-calculator): "From 2009 to 2017, the company increased its net income from 10,000,000 to
   * 42,998,000. [...] The company grew 20% per year." (1.2^8 = 4.29982, so the rate is 20 % to five decimals.)
   */
  @Test
  void net_income_from_10_million_to_42_998_million_in_8_years_is_20_percent_a_year() {
    assertEquals(0.20, Growth.cagr(10_000_000, 42_998_000, 2017 - 2009), 1e-5);
  }

  /**
   * ZCubes wiki, CAGR function (wiki.zcubes.com, page "CAGR", revision of 14 March 2017): "=CAGR(1000,10000,3,0) =
   * 1.1544 [...] Its compound annual growth rate (CAGR) calculated from the start is 115.44 %" and
   * "=CAGR(1000,5000,10,5) = 0.3797 [...] calculated from 5th year is 37.97 %", that is over 10 - 5 = 5 periods.
   */
  @Test
  void zcubes_examples_1000_to_10000_in_3_years_and_1000_to_5000_in_5_years() {
    assertEquals(1.1544, Growth.cagr(1000, 10000, 3), 5e-5);
    assertEquals(0.3797, Growth.cagr(1000, 5000, 10 - 5), 5e-5);
    assertEquals(Growth.cagr(1000, 10000, 3), Growth.cagr(new double[] {1000, 1500, 4000, 10000}), 0);
  }

  @Test
  void a_run_gives_each_sectors_rate_and_the_totals_rate() {
    Run run = AnalysisRuns.twoSectors();
    assertEquals(-0.03, Growth.cagr(run, Quantity.VALUE_ADDED, "coal", 2020, 2030), 1e-12);
    assertEquals(0.06, Growth.cagr(run, Quantity.EMPLOYMENT, "services", 2022, 2027), 1e-12);
    double gdp2020 = run.total(Quantity.VALUE_ADDED, 2020);
    double gdp2030 = run.total(Quantity.VALUE_ADDED, 2030);
    assertEquals(Math.pow(gdp2030 / gdp2020, 0.1) - 1, Growth.cagr(run, Quantity.VALUE_ADDED, 2020, 2030), 1e-15);
    assertMessage(() -> Growth.cagr(run, Quantity.VALUE_ADDED, 2025, 2025), "fromYear 2025 is not before toYear");
    assertMessage(() -> Growth.cagr(run, Quantity.VALUE_ADDED, 2020, 2031), "toYear 2031 is outside run 'base'");
    assertMessage(() -> Growth.cagr(run, Quantity.VALUE_ADDED, "steel", 2020, 2030), "no sector 'steel'");
    assertMessage(() -> Growth.cagr(run, Quantity.INVESTMENT, "coal", 2020, 2030), "city-wide");
  }

  @Test
  void projection_compounds_a_rate() {
    assertEquals(10000, Growth.project(1000, Math.cbrt(10) - 1, 3), 1e-9);
    assertEquals(7, Growth.project(7, 0.3, 0), 0);
    assertEquals(0, Growth.project(7, -1, 2), 0);
  }

  @Test
  void bad_input_is_rejected() {
    assertMessage(() -> Growth.cagr(0, 10, 2), "first value is 0.0");
    assertMessage(() -> Growth.cagr(-5, 10, 2), "first value is -5.0");
    assertMessage(() -> Growth.cagr(5, -1, 2), "last value is -1.0");
    assertMessage(() -> Growth.cagr(5, Double.NaN, 2), "last value is NaN");
    assertMessage(() -> Growth.cagr(5, 10, 0), "periods is 0");
    assertMessage(() -> Growth.cagr(new double[] {5}), "a history of 1 value has no period");
    assertMessage(() -> Growth.cagr(new double[] {5, Double.NaN, 7}), "history[1] is NaN");
    assertMessage(() -> Growth.project(5, -1.5, 2), "rate is -1.5");
    assertMessage(() -> Growth.project(5, 0.1, -1), "periods is -1");
    assertMessage(() -> Growth.project(Double.POSITIVE_INFINITY, 0.1, 1), "value is Infinity");
  }

  /** For any positive level, rate in [-0.5, 1] and 1 to 50 periods, the CAGR of a projection is the rate. */
  @Test
  void the_cagr_of_a_projection_is_its_rate() {
    qt().forAll(doubles().between(1e-3, 1e6), doubles().between(-0.5, 1), integers().between(1, 50))
        .checkAssert((v, r, n) -> assertEquals(r, Growth.cagr(v, Growth.project(v, r, n), n), 1e-12));
  }
}
