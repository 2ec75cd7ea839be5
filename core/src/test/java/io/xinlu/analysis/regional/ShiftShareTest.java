package io.xinlu.analysis.regional;

import static io.xinlu.analysis.AnalysisRuns.assertMessage;
import static io.xinlu.analysis.AnalysisRuns.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import io.xinlu.analysis.AnalysisRuns;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Shift-share analysis: a published worked example, the run adapters, bad input, and the identity
 * {@code NS + IM + RS = change} for generated data.
 */
class ShiftShareTest {
  private static final double EPS = 1e-9;

  // ---- the published example -----------------------------------------------------------------------------

  /**
   * Krumme, G. "Shift &amp; Share Table with Excel Explanations", Geography 350, University of Washington,
   * http://faculty.washington.edu/krumme/350/ssexcel.html: the fictitious region Holukuluku, four industries,
   * 1985-1995.
   *
   * <p>Inputs from the table: regional employment 1985 (column 5) 500, 100, 200, 200 and 1995 (column 6) 1000, 100,
   * 250, 280; the nation's industrial composition in 1985 (column 2) 10, 20, 40, 30 % and its employment growth
   * 1985-1995 (column 4) 10, 20, 30, 40 %, 29 % in total. Only the nation's growth rates enter a shift-share
   * analysis, so the reference economy is given in percent of national 1985 employment: 10, 20, 40, 30 in 1985 and
   * those times 1.10, 1.20, 1.30, 1.40, that is 11, 24, 52, 42 in 1995.
   *
   * <p>Published results: expected employment at national total growth (column 8) 645, 129, 258, 258 (1290), so the
   * national share is 145, 29, 58, 58 (290); total shift (column 9) 355, -29, -8, 22 (340); expected employment at
   * the industries' national growth (column 10) 550, 120, 260, 280 (1210); differential effect, our regional shift
   * (column 11 = 6 - 10) 450, -20, -10, 0 (420); composition effect, our industry mix (column 12 = 10 - 8) -95, -9,
   * 2, 22 (-80); regional growth 630, 63 %. The page as rendered drops minus signs ("29", "8", "20", "10", "95",
   * "9", "80"); the signs above follow from the column formulas the page gives (e.g. "col.6 - col.8").
   */
  @Test
  void reproduces_krummes_holukuluku_table() {
    double[] region1985 = {500, 100, 200, 200};
    double[] region1995 = {1000, 100, 250, 280};
    double[] nation1985 = {10, 20, 40, 30};
    double[] nation1995 = {10 * 1.10, 20 * 1.20, 40 * 1.30, 30 * 1.40};
    ShiftShareResult r = ShiftShare.of(List.of("I", "II", "III", "IV"), region1985, region1995, nation1985,
        nation1995);

    assertEquals(0.29, r.referenceTotalGrowth(), 1e-12);
    assertArrayEquals(new double[] {145, 29, 58, 58}, r.nationalShare(), EPS);
    assertArrayEquals(new double[] {-95, -9, 2, 22}, r.industryMix(), EPS);
    assertArrayEquals(new double[] {450, -20, -10, 0}, r.regionalShift(), EPS);
    assertArrayEquals(new double[] {500, 0, 50, 80}, r.change(), EPS);
    double[] totalShift = {355, -29, -8, 22};
    double[] growth = {0.10, 0.20, 0.30, 0.40};
    double[] regionalGrowth = {1.00, 0.00, 0.25, 0.40};
    for (int i = 0; i < 4; i++) {
      String id = r.sectors().get(i);
      assertEquals(totalShift[i], r.totalShift(id), EPS, id);
      assertEquals(growth[i], r.referenceGrowth(id), 1e-12, id);
      assertEquals(regionalGrowth[i], r.regionalGrowth(id), 1e-12, id);
    }
    assertEquals(290, r.totalNationalShare(), EPS);
    assertEquals(-80, r.totalIndustryMix(), EPS);
    assertEquals(420, r.totalRegionalShift(), EPS);
    assertEquals(340, r.totalShift(), EPS);
    assertEquals(630, r.totalChange(), EPS);
    assertEquals(-95, r.industryMix("I"), EPS);
    assertEquals(450, r.regionalShift("I"), EPS);
    assertEquals(145, r.nationalShare("I"), EPS);
    assertEquals(500, r.change("I"), EPS);
  }

  @Test
  void unnamed_sectors_are_numbered_from_one() {
    ShiftShareResult r = ShiftShare.of(new double[] {1, 2}, new double[] {2, 2}, new double[] {1, 1},
        new double[] {1, 2});
    assertEquals(ImmutableList.of("1", "2"), r.sectors());
    assertEquals(1, r.change("1"), 0);
  }

  @Test
  void a_sector_that_starts_at_zero_is_all_regional_shift() {
    ShiftShareResult r = ShiftShare.of(new double[] {0, 10}, new double[] {5, 10}, new double[] {1, 1},
        new double[] {2, 1});
    assertEquals(0, r.nationalShare("1"), 0);
    assertEquals(0, r.industryMix("1"), 0);
    assertEquals(5, r.regionalShift("1"), 0);
    assertTrue(Double.isNaN(r.regionalGrowth("1")));
  }

  // ---- runs ----------------------------------------------------------------------------------------------

  @Test
  void a_run_is_analysed_with_its_sectors_in_order() {
    Run run = AnalysisRuns.twoSectors();
    double[] ref0 = {1000, 2000};
    double[] ref1 = {900, 2400};
    ShiftShareResult byArray = ShiftShare.of(run, Quantity.EMPLOYMENT, 2020, 2030, ref0, ref1);
    assertEquals(run.sectorIds(), byArray.sectors());
    assertEquals(ShiftShare.of(run.sectorIds(), run.sectorValues(Quantity.EMPLOYMENT, 2020),
        run.sectorValues(Quantity.EMPLOYMENT, 2030), ref0, ref1), byArray);
    ShiftShareResult byMap = ShiftShare.of(run, Quantity.EMPLOYMENT, 2020, 2030,
        Map.of("services", 2000.0, "coal", 1000.0), Map.of("coal", 900.0, "services", 2400.0));
    assertEquals(byArray, byMap);
    // coal employment falls 3 % a year, its national industry 10 % over the decade
    double coal2030 = 50 * Math.pow(0.97, 10);
    assertEquals(coal2030 - 50 * 0.9, byArray.regionalShift("coal"), 1e-9);
    assertEquals(50 * (3300.0 / 3000 - 1), byArray.nationalShare("coal"), 1e-9);
  }

  @Test
  void run_adapters_reject_bad_years_quantities_and_maps() {
    Run run = AnalysisRuns.twoSectors();
    double[] ref = {1, 1};
    assertMessage(() -> ShiftShare.of(run, Quantity.EMPLOYMENT, 2030, 2020, ref, ref), "fromYear 2030 is not before");
    assertMessage(() -> ShiftShare.of(run, Quantity.EMPLOYMENT, 2019, 2020, ref, ref), "fromYear 2019 is outside");
    assertMessage(() -> ShiftShare.of(run, Quantity.EMPLOYMENT, 2020, 2031, ref, ref), "toYear 2031 is outside");
    assertMessage(() -> ShiftShare.of(run, Quantity.INVESTMENT, 2020, 2030, ref, ref), "city-wide");
    assertMessage(() -> ShiftShare.of(run, Quantity.EMPLOYMENT, 2020, 2030, new double[] {1}, ref),
        "referenceFrom has 1 values but there are 2 sectors");
    assertMessage(() -> ShiftShare.of(run, Quantity.EMPLOYMENT, 2020, 2030, Map.of("coal", 1.0),
        Map.of("coal", 1.0, "services", 1.0)), "referenceFrom has no value for sector 'services'");
    assertMessage(() -> ShiftShare.of(run, Quantity.EMPLOYMENT, 2020, 2030,
        Map.of("coal", 1.0, "services", 1.0, "steel", 1.0), Map.of("coal", 1.0, "services", 1.0)),
        "referenceFrom has sectors [steel]");
  }

  // ---- bad input -----------------------------------------------------------------------------------------

  @Test
  void bad_arrays_are_rejected_with_the_sector_named() {
    double[] one = {1, 1};
    List<String> ids = List.of("coal", "services");
    assertMessage(() -> ShiftShare.of(ids, new double[] {1, 1, 1}, one, one, one),
        "regionalFrom has 3 values but there are 2 sectors");
    assertMessage(() -> ShiftShare.of(ids, one, one, new double[] {1, 0}, one),
        "referenceFrom of sector 'services' is 0.0");
    assertMessage(() -> ShiftShare.of(ids, one, one, one, new double[] {-1, 1}),
        "referenceTo of sector 'coal' is -1.0");
    assertMessage(() -> ShiftShare.of(ids, new double[] {Double.NaN, 1}, one, one, one),
        "regionalFrom of sector 'coal' is NaN");
    assertMessage(() -> ShiftShare.of(ids, one, new double[] {1, Double.POSITIVE_INFINITY}, one, one),
        "regionalTo of sector 'services' is Infinity");
    assertMessage(() -> ShiftShare.of(List.of("a", "a"), one, one, one, one), "sector 'a' appears twice");
    assertMessage(() -> ShiftShare.of(List.of(), new double[0], new double[0], new double[0], new double[0]),
        "at least one sector");
    ShiftShareResult r = ShiftShare.of(ids, one, one, one, one);
    assertMessage(() -> r.regionalShift("steel"), "no sector 'steel'");
  }

  // ---- properties ----------------------------------------------------------------------------------------

  /** For any data, per sector and in total, national share + industry mix + regional shift = change. */
  @Test
  void the_three_components_add_up_to_the_change() {
    qt().forAll(data()).checkAssert(d -> {
      ShiftShareResult r = ShiftShare.of(d[0], d[1], d[2], d[3]);
      double[] ns = r.nationalShare();
      double[] im = r.industryMix();
      double[] rs = r.regionalShift();
      double[] change = r.change();
      double scale = 0;
      for (int i = 0; i < ns.length; i++) {
        double s = Math.abs(ns[i]) + Math.abs(im[i]) + Math.abs(rs[i]) + Math.abs(change[i]);
        scale += s;
        assertEquals(change[i], ns[i] + im[i] + rs[i], 1e-12 * Math.max(s, 1e-300), "sector " + i);
        assertEquals(change[i] - ns[i], r.totalShift(r.sectors().get(i)), 1e-12 * Math.max(s, 1e-300));
      }
      assertEquals(r.totalChange(), r.totalNationalShare() + r.totalIndustryMix() + r.totalRegionalShift(),
          1e-12 * Math.max(scale, 1e-300));
    });
  }

  /** Regional and reference data for 1 to 12 sectors over magnitudes from 1e-3 to 1e6. */
  private static Gen<double[][]> data() {
    Gen<Double> level = doubles().between(-3, 6).map(e -> Math.pow(10, e));
    return in -> {
      int n = integers().between(1, 12).generate(in);
      double[][] d = new double[4][n];
      for (int i = 0; i < n; i++) {
        d[0][i] = integers().between(0, 9).generate(in) == 0 ? 0 : level.generate(in);
        d[1][i] = level.generate(in);
        d[2][i] = level.generate(in);
        d[3][i] = level.generate(in);
      }
      return d;
    };
  }
}
