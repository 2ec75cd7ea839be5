package io.xinlu.analysis.inputoutput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import io.xinlu.InvalidModelException;
import io.xinlu.Problem;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Input-output analysis against published worked examples, and its answers to bad input.
 *
 * <p>Sources (full references in {@code docs/analysis/INPUT-OUTPUT.md}):
 * <ul>
 *   <li><b>MB</b>: R. E. Miller and P. D. Blair, <i>Input-Output Analysis: Foundations and Extensions</i>, 2nd ed.,
 *       Cambridge University Press, 2009, section 2.3 (Table 2.3 transactions, Table 2.4 coefficients), as encoded in
 *       the test data of the pymrio package, {@code IndEcol/pymrio}, {@code tests/test_math.py}, fixture
 *       {@code td_IO_Data_Miller} (commit 0066ec8d01abc982d51b6b0175cbc3842ef2cd20);
 *   <li><b>MIT</b>: W. Li, "Multipliers in Input-Output Model", lecture slides for MIT 11.481J / 1.284J / ESD.192J
 *       <i>Analyzing and Accounting for Regional Economic Growth</i>, Spring 2009, MIT OpenCourseWare, slide
 *       "Example: simple output multiplier / total output multiplier" (source given there: Miller and Blair 1985);
 *   <li><b>EU</b>: Eurostat, <i>Eurostat Manual of Supply, Use and Input-Output Tables</i>, 2008 (chapter 15 by
 *       J. Beutel): the 6-product German table of Table 15.4 (p. 481) and its results, as encoded in the R package
 *       iotables, {@code rOpenGov/iotables}: {@code data-raw/Beutel_15_4.csv} (commit 393eab8a),
 *       {@code data-raw/germany_15_3_airpol.csv} (commit 9c54db46), and the expected values of
 *       {@code tests/testthat/test-leontief_inverse_create.R} and {@code test-multiplier_create.R}
 *       (commit 06e43186), {@code test-backward_linkages.R} (commit 0f2154be), {@code test-forward_linkages.R}
 *       (commit 1266ff70) and {@code test-supplementary_add.R} (commit 06e43186);
 *   <li><b>PY</b>: pymrio {@code tests/test_math.py}, fixture {@code td_small_MRIO} (commit 0066ec8d), a 6-sector
 *       two-region system with its published {@code A}, {@code L}, Ghosh inverse {@code G}, stressor coefficients
 *       {@code S} and multipliers {@code M = S L}.
 * </ul>
 * Numbers marked "by hand" are not published; they are worked out in the comment next to them from a published table.
 */
class InputOutputAnalysisTest {
  /** Tolerance for a published figure with 4 decimals: half a unit in the last place. */
  static final double FOUR_DECIMALS = 5e-5;

  /** Tolerance for a published figure with 3 decimals. */
  static final double THREE_DECIMALS = 5e-4;

  /** Tolerance for numbers worked out by hand in double precision. */
  static final double EXACT = 1e-9;

  // ---------------------------------------------------------------------------------------------------------------
  // MB: Miller and Blair (2009), section 2.3, the two-sector example

  static final List<String> MB_IDS = List.of("s1", "s2");
  static final double[][] MB_Z = {{150, 500}, {200, 100}};
  static final double[] MB_X = {1000, 2000};

  /** The two-sector table from its transactions, with value added 650 and 1400 and labour inputs 0.3 and 0.25. */
  static InputOutputAnalysis millerBlair() {
    return InputOutputAnalysis.builder(MB_IDS)
        .transactions(MB_Z)
        .grossOutput(MB_X)
        .factorTotals(IoFactor.VALUE_ADDED, 650, 1400)        // MB Table 2.3: value added 1000 - 350, 2000 - 600
        .factorCoefficients(IoFactor.EMPLOYMENT, 0.3, 0.25)  // PY td_IO_Data_Miller.labcoeff_arr
        .build();
  }

  /** The same example as a city profile: value added, employment {@code 0.3 x} and {@code 0.25 x}, and a table. */
  static CityProfile millerBlairProfile() {
    InputOutputTable table = InputOutputTable.of(MB_IDS,
        new double[][] {{0.15, 0.25}, {0.20, 0.05}}, new double[] {0.65, 0.70});
    return CityProfile.builder().name("miller-blair").baseYear(2020)
        .addSectors(sector("s1", 650).employment(300).energy(65).emissionFactor(2.0).build(),
            sector("s2", 1400).employment(500).energy(70).emissionFactor(3.0).build())
        .inputOutputTable(table)
        .build();
  }

  @Nested
  class MillerBlairTwoSectors {
    @Test
    void coefficients_and_final_demand_are_the_books_tables() {
      InputOutputAnalysis io = millerBlair();
      double[][] a = io.technicalCoefficients();
      // MB Table 2.4 (PY A_arr)
      assertEquals(0.15, a[0][0], EXACT);
      assertEquals(0.25, a[0][1], EXACT);
      assertEquals(0.20, a[1][0], EXACT);
      assertEquals(0.05, a[1][1], EXACT);
      // MB Table 2.3 (PY fd_arr): final demand 350 and 1700
      assertEquals(350, io.finalDemand().get("s1"), EXACT);
      assertEquals(1700, io.finalDemand().get("s2"), EXACT);
    }

    @Test
    void leontief_inverse_is_the_books() {
      double[][] l = millerBlair().leontiefInverse();
      // PY L_arr, "additional decimals" of the book's L = [[1.254, 0.330], [0.264, 1.122]]
      assertEquals(1.25412541, l[0][0], 5e-9);
      assertEquals(0.330033, l[0][1], 5e-7);
      assertEquals(0.2640264, l[1][0], 5e-8);
      assertEquals(1.12211221, l[1][1], 5e-9);
    }

    @Test
    void output_multipliers_are_the_published_column_sums() {
      InputOutputAnalysis io = millerBlair();
      // MIT slide: O1 = 1.254 + .264 = 1.518, O2 = .330 + 1.122 = 1.452
      assertEquals(1.518, io.outputMultiplier("s1"), THREE_DECIMALS);
      assertEquals(1.452, io.outputMultiplier("s2"), THREE_DECIMALS);
      // by hand: det(I - A) = 0.85 * 0.95 - 0.25 * 0.20 = 0.7575; column sums (0.95 + 0.20) / det, (0.25 + 0.85) / det
      assertEquals(1.15 / 0.7575, io.outputMultipliers().get("s1"), EXACT);
      assertEquals(1.10 / 0.7575, io.outputMultipliers().get("s2"), EXACT);
    }

    @Test
    void a_new_final_demand_gives_the_books_output_and_labour() {
      InputOutputAnalysis io = millerBlair();
      // MB section 2.3.1: final demand moves from [350, 1700] to [600, 1500]
      DemandImpact d = io.impactOf(Map.of("s1", 250.0, "s2", -200.0));
      double x1 = 1000 + d.outputChange().get("s1");
      double x2 = 2000 + d.outputChange().get("s2");
      // MB: x = [1247.52, 1841.58] (PY xnew_arr [1247.5, 1841.6])
      assertEquals(1247.52, x1, 0.005);
      assertEquals(1841.58, x2, 0.005);
      // PY labtot_arr: labour 0.3 x1 and 0.25 x2 = [374.25, 460.4] ("374.25 because of rounding": 0.3 * 1247.5);
      // base-year labour is 0.3 * 1000 = 300 and 0.25 * 2000 = 500
      assertEquals(374.25, 300 + d.change(IoFactor.EMPLOYMENT).get("s1"), 0.01);
      assertEquals(460.4, 500 + d.change(IoFactor.EMPLOYMENT).get("s2"), 0.01);
      // by hand: dx = L dy = [(0.95 * 250 - 0.25 * 200), (0.20 * 250 - 0.85 * 200)] / 0.7575
      assertEquals((0.95 * 250 - 0.25 * 200) / 0.7575, d.outputChange().get("s1"), EXACT);
      assertEquals((0.20 * 250 - 0.85 * 200) / 0.7575, d.outputChange().get("s2"), EXACT);
      assertEquals(0.65 * d.outputChange().get("s1") + 0.70 * d.outputChange().get("s2"),
          d.totalChange(IoFactor.VALUE_ADDED), EXACT);
      assertEquals(250, d.demandChange().get("s1"), 0);
    }

    @Test
    void factor_multipliers_are_the_coefficient_row_times_l() {
      InputOutputAnalysis io = millerBlair();
      double det = 0.7575;
      // by hand: simple employment multiplier (c'L)_1 = (0.3 * 0.95 + 0.25 * 0.20) / det, type I divides by 0.3
      double m1 = (0.3 * 0.95 + 0.25 * 0.20) / det;
      double m2 = (0.3 * 0.25 + 0.25 * 0.85) / det;
      assertEquals(m1, io.multipliers(IoFactor.EMPLOYMENT).get("s1"), EXACT);
      assertEquals(m2, io.multiplier(IoFactor.EMPLOYMENT, "s2"), EXACT);
      assertEquals(m1 / 0.3, io.typeIMultipliers(IoFactor.EMPLOYMENT).get("s1"), EXACT);
      assertEquals(m2 / 0.25, io.typeIMultiplier(IoFactor.EMPLOYMENT, "s2").getAsDouble(), EXACT);
      // value added per unit of final demand: v'L = 1 - m'L with imports m = 1 - colsum(A) - v = [0, 0]: exactly 1
      assertEquals(1.0, io.multiplier(IoFactor.VALUE_ADDED, "s1"), EXACT);
      assertEquals(1.0, io.multiplier(IoFactor.VALUE_ADDED, "s2"), EXACT);
    }

    @Test
    void extracting_a_sector_loses_its_output_and_what_its_suppliers_sold_it() {
      InputOutputAnalysis io = millerBlair();
      // by hand: without s1, s2 keeps final demand 1700 and buys a22 = 0.05 of its own output: x2 = 1700 / 0.95
      HypotheticalExtraction e1 = io.extraction("s1");
      assertEquals(0, e1.outputWithout().get("s1"), 0);
      assertEquals(1700 / 0.95, e1.outputWithout().get("s2"), EXACT);
      assertEquals(3000 - 1700 / 0.95, e1.outputLoss(), EXACT);
      assertEquals((3000 - 1700 / 0.95) / 3000, e1.outputLossShare(), EXACT);
      assertEquals(2050 - 0.70 * 1700 / 0.95, e1.valueAddedLoss(), EXACT);
      assertEquals((2050 - 0.70 * 1700 / 0.95) / 2050, e1.valueAddedLossShare(), EXACT);
      assertEquals(800 - 0.25 * 1700 / 0.95, e1.loss(IoFactor.EMPLOYMENT), EXACT);
      // by hand: without s2, x1 = 350 / 0.85
      HypotheticalExtraction e2 = io.extraction("s2");
      assertEquals(350 / 0.85, e2.outputWithout().get("s1"), EXACT);
      assertEquals(3000 - 350 / 0.85, e2.outputLoss(), EXACT);
      // the closed form x_k m_k / L_kk: 1000 * (1.15 / det) / (0.95 / det) and 2000 * (1.10 / det) / (0.85 / det)
      assertEquals(1000 * 1.15 / 0.95, e1.outputLoss(), EXACT);
      assertEquals(2000 * 1.10 / 0.85, e2.outputLoss(), EXACT);
      assertEquals(List.of(e1, e2), io.extractions());
    }

    @Test
    void a_profile_gives_the_same_analysis_as_the_arrays() {
      InputOutputAnalysis p = InputOutputAnalysis.from(millerBlairProfile());
      InputOutputAnalysis a = millerBlair();
      for (String id : MB_IDS) {
        assertEquals(a.grossOutput().get(id), p.grossOutput().get(id), EXACT);
        assertEquals(a.outputMultiplier(id), p.outputMultiplier(id), EXACT);
        assertEquals(a.multiplier(IoFactor.EMPLOYMENT, id), p.multiplier(IoFactor.EMPLOYMENT, id), EXACT);
        assertEquals(a.multiplier(IoFactor.VALUE_ADDED, id), p.multiplier(IoFactor.VALUE_ADDED, id), EXACT);
        assertEquals(a.extraction(id).outputLoss(), p.extraction(id).outputLoss(), 1e-9);
      }
      // employment per output N/x = v/q: 300/1000 and 500/2000; energy E/x = e v; CO2 c E/x
      assertEquals(0.30, p.directCoefficients(IoFactor.EMPLOYMENT).get("s1"), EXACT);
      assertEquals(0.25, p.directCoefficients(IoFactor.EMPLOYMENT).get("s2"), EXACT);
      assertEquals(65 / 1000.0, p.directCoefficients(IoFactor.ENERGY).get("s1"), EXACT);
      assertEquals(70 / 2000.0, p.directCoefficients(IoFactor.ENERGY).get("s2"), EXACT);
      assertEquals(2.0 * 65 / 1000.0, p.directCoefficients(IoFactor.CO2).get("s1"), EXACT);
      assertEquals(3.0 * 70 / 2000.0, p.directCoefficients(IoFactor.CO2).get("s2"), EXACT);
    }

    @Test
    void the_closed_model_has_the_slides_total_output_multipliers() {
      // MIT slide: households endogenous, A = [[.15 .25 .05] [.20 .05 .40] [.30 .25 .05]]
      InputOutputAnalysis io = InputOutputAnalysis.of(List.of("s1", "s2", "households"),
          new double[][] {{0.15, 0.25, 0.05}, {0.20, 0.05, 0.40}, {0.30, 0.25, 0.05}},
          new double[] {1000, 2000, 1000});
      double[][] l = io.leontiefInverse();
      double[][] published = {{1.365, 0.425, 0.251}, {0.527, 1.348, 0.595}, {0.570, 0.489, 1.289}};
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          assertEquals(published[i][j], l[i][j], THREE_DECIMALS, "L[" + i + "][" + j + "]");
        }
      }
      // O1 = 1.365 + .527 + .570 = 2.462, O2 = .425 + 1.348 + .489 = 2.262
      assertEquals(2.462, io.outputMultiplier("s1"), THREE_DECIMALS);
      assertEquals(2.262, io.outputMultiplier("s2"), THREE_DECIMALS);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // EU: the Eurostat Manual's German table (Table 15.4), million euro and thousand persons

  static final List<String> EU_IDS = List.of("agriculture", "manufacturing", "construction", "trade",
      "business-services", "other-services");

  /** Domestic intermediate flows, rows cpa_a .. cpa_other of Beutel_15_4.csv, million euro. */
  static final double[][] EU_Z = {
      {1131, 25480, 1, 607, 710, 762},
      {7930, 304584, 64167, 41082, 11981, 30360},
      {426, 7334, 3875, 5296, 23457, 9155},
      {3559, 72717, 14190, 74399, 10835, 21008},
      {3637, 96115, 31027, 65755, 193176, 34223},
      {1552, 14986, 1747, 11225, 15058, 22070}};

  /** Output at basic prices, row P1. */
  static final double[] EU_X = {43910, 1079446, 245606, 540063, 692487, 508918};

  /** Value added at basic prices, row B1G. */
  static final double[] EU_GVA = {21664, 395022, 115624, 311407, 415426, 365017};

  /** Employment total, row EMP, thousand persons. */
  static final double[] EU_EMP = {1096, 8381, 3236, 9251, 4258, 10206};

  /** CO2 emissions by industry, germany_15_3_airpol.csv row CO2, thousand tonnes. */
  static final double[] EU_CO2 = {10448, 558327, 11194, 71269, 8792, 26990};

  static InputOutputAnalysis eurostat() {
    return InputOutputAnalysis.builder(EU_IDS)
        .transactions(EU_Z)
        .grossOutput(EU_X)
        .factorTotals(IoFactor.VALUE_ADDED, EU_GVA)
        .factorTotals(IoFactor.EMPLOYMENT, EU_EMP)
        .factorTotals(IoFactor.CO2, EU_CO2)
        .build();
  }

  @Nested
  class EurostatManualGermany {
    @Test
    void leontiefInverseDiagonalIsTable15_10() {
      InputOutputAnalysis io = eurostat();
      // EU Table 15.10, p. 488 (iotables test-leontief_inverse_create.R): 1.0339, 1.4292, 1.0289
      assertEquals(1.0339, io.leontief("agriculture", "agriculture"), FOUR_DECIMALS);
      assertEquals(1.4292, io.leontief("manufacturing", "manufacturing"), FOUR_DECIMALS);
      assertEquals(1.0289, io.leontief("construction", "construction"), FOUR_DECIMALS);
    }

    @Test
    void outputMultipliersAreTable15_19() {
      // EU Table 15.19, p. 506, column sums of L (iotables test-backward_linkages.R; also Table 15.15, p. 500)
      assertSectors(new double[] {1.7048, 1.8413, 1.8136, 1.6035, 1.5951, 1.3782}, eurostat().outputMultipliers());
    }

    @Test
    void valueAddedAndEmploymentMultipliersAreTable15_16() {
      InputOutputAnalysis io = eurostat();
      // EU Table 15.16, p. 501 (iotables test-multiplier_create.R): million euro of GVA per million euro of final
      // demand, and thousand persons per million euro of final demand
      assertSectors(new double[] {0.8450, 0.7647, 0.8615, 0.9019, 0.9393, 0.9199},
          io.multipliers(IoFactor.VALUE_ADDED));
      assertSectors(new double[] {0.0326, 0.0162, 0.0207, 0.0237, 0.0112, 0.0242},
          io.multipliers(IoFactor.EMPLOYMENT));
      // the type I multiplier divides by the direct coefficient: jobs in the economy per job in the sector
      double direct = EU_EMP[0] / EU_X[0];
      assertEquals(io.multiplier(IoFactor.EMPLOYMENT, "agriculture") / direct,
          io.typeIMultipliers(IoFactor.EMPLOYMENT).get("agriculture"), EXACT);
    }

    @Test
    void co2CoefficientsAreTable15_13() {
      // EU Table 15.13, p. 494 (iotables test-supplementary_add.R): thousand tonnes of CO2 per million euro of output
      assertSectors(new double[] {0.2379, 0.5172, 0.0456, 0.1320, 0.0127, 0.0530},
          eurostat().directCoefficients(IoFactor.CO2));
    }

    @Test
    void ghoshForwardLinkagesAreTable15_20() {
      IoLinkages g = eurostat().linkages(ForwardLinkageMeasure.GHOSH);
      double[][] gi = eurostat().ghoshInverse();
      // EU Table 15.20, p. 507, row sums of the Ghosh inverse (iotables test-forward_linkages.R). That test lists
      // 1.6691 for manufacturing and passes with a loose tolerance (1e-2, relative to the whole vector); computed
      // from Table 15.4 the row sum is 1.6910, which looks like a transposition of digits, but the Manual itself
      // could not be checked here. So only the other five are asserted (see docs/analysis/INPUT-OUTPUT.md); the
      // Ghosh inverse itself is checked against pymrio's published G below.
      double[] published = {2.1126, Double.NaN, 1.3558, 1.5848, 2.1037, 1.2106};
      double total = 0;
      double[] rows = new double[6];
      for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 6; j++) {
          rows[i] += gi[i][j];
          total += gi[i][j];
        }
      }
      for (int i = 0; i < 6; i++) {
        if (!Double.isNaN(published[i])) {
          assertEquals(published[i], rows[i], FOUR_DECIMALS, EU_IDS.get(i));
        }
        // the normalised index is n times the row sum over the sum of all entries
        assertEquals(6 * rows[i] / total, g.of(EU_IDS.get(i)).forward(), EXACT);
      }
    }

    @Test
    void rasmussen_backward_indices_normalise_the_published_column_sums() {
      IoLinkages links = eurostat().linkages();
      double[] published = {1.7048, 1.8413, 1.8136, 1.6035, 1.5951, 1.3782};
      double sum = 0;
      for (double m : published) {
        sum += m;
      }
      for (int j = 0; j < 6; j++) {
        // by hand from Table 15.19: 6 m_j / sum(m); e.g. agriculture 6 * 1.7048 / 9.9365 = 1.0294
        assertEquals(6 * published[j] / sum, links.of(EU_IDS.get(j)).backward(), 1e-4, EU_IDS.get(j));
      }
      // above average pull on suppliers: agriculture 1.029, manufacturing 1.112, construction 1.095
      assertTrue(links.of("agriculture").backward() > 1);
      assertTrue(links.of("manufacturing").backward() > 1);
      assertTrue(links.of("construction").backward() > 1);
      assertTrue(links.of("trade").backward() < 1);
      assertTrue(links.of("business-services").backward() < 1);
      assertTrue(links.of("other-services").backward() < 1);
      // with Leontief row sums, manufacturing is the one key sector, business services forward-oriented
      assertEquals(List.of("manufacturing"), links.sectorsIn(KeySectorClass.KEY));
      assertEquals(List.of("agriculture", "construction"), links.sectorsIn(KeySectorClass.BACKWARD));
      assertEquals(List.of("business-services"), links.sectorsIn(KeySectorClass.FORWARD));
      assertEquals(List.of("trade", "other-services"), links.sectorsIn(KeySectorClass.WEAK));
    }

    @Test
    void extracting_manufacturing_loses_its_output_times_multiplier_over_own_requirement() {
      InputOutputAnalysis io = eurostat();
      HypotheticalExtraction e = io.extraction("manufacturing");
      // by hand: the loss equals x_k m_k / L_kk with the table's x, m (Table 15.19) and L_kk (Table 15.10)
      double expected = EU_X[1] * io.outputMultiplier("manufacturing") / io.leontief("manufacturing", "manufacturing");
      assertEquals(expected, e.outputLoss(), 1e-9 * expected);
      assertEquals(1079446 * 1.8413 / 1.4292, e.outputLoss(), 0.001 * e.outputLoss());
      assertTrue(e.outputLossShare() > 0 && e.outputLossShare() < 1);
      assertTrue(e.valueAddedLoss() > 0);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // PY: pymrio's small two-region system

  static final List<String> PY_IDS = List.of("reg1-sector1", "reg1-sector2", "reg1-sector3", "reg2-sector1",
      "reg2-sector2", "reg2-sector3");

  static final double[][] PY_Z = {
      {10, 5, 1, 6, 5, 7}, {0, 2, 0, 0, 5, 3}, {10, 3, 20, 4, 2, 0},
      {5, 0, 0, 1, 10, 9}, {0, 10, 1, 0, 20, 1}, {5, 0, 0, 1, 10, 10}};
  static final double[] PY_X = {51, 15, 58, 50, 52, 39};
  static final double[][] PY_Y = {{14, 3}, {2.5, 2.5}, {13, 6}, {5, 20}, {10, 10}, {3, 10}};
  static final double[] PY_F1 = {20, 1, 42, 4, 20, 5};
  static final double[] PY_F2 = {5, 4, 11, 8, 2, 10};

  static final double[][] PY_L = {
      {1.3387146304736708, 0.9689762471208287, 0.05036622549592462, 0.17820960407435948, 0.5752019383714646,
          0.4985179148178926},
      {0.02200779585580331, 1.3716472861392823, 0.0076800357678581885, 0.006557415453762468, 0.2698335633228079,
          0.15854643902810828},
      {0.43290422861412026, 0.8627066565439678, 1.5492942759220427, 0.18491657196329184, 0.44027825642348534,
          0.26630955082840885},
      {0.18799498787612925, 0.5244084722329316, 0.020254008037620782, 1.0542007368783255, 0.5816573175534603,
          0.44685014763069275},
      {0.04400982046095892, 1.5325472495862535, 0.05259311578831879, 0.014602513642445088, 1.9545285794951548,
          0.2410917825607805},
      {0.19294222439918532, 0.5382086951864299, 0.020787008249137116, 0.05562707205933412, 0.596964089068025,
          1.4849251515157111}};

  static final double[][] PY_G = {
      {1.33871463, 0.28499301, 0.05727924, 0.1747153, 0.58648041, 0.38121958},
      {0.07482651, 1.37164729, 0.02969614, 0.02185805, 0.93542302, 0.41222074},
      {0.38065717, 0.22311379, 1.54929428, 0.15941084, 0.39473223, 0.17907022},
      {0.19175489, 0.15732254, 0.02349465, 1.05420074, 0.60492361, 0.34854312},
      {0.04316348, 0.44208094, 0.05866155, 0.01404088, 1.95452858, 0.18081884},
      {0.25230906, 0.20700334, 0.03091401, 0.07131676, 0.79595212, 1.48492515}};

  static final double[][] PY_M = {
      {0.896638324101429, 1.7965474933011258, 1.1666796580507097, 0.3013124703668342, 1.4371886818255364,
          0.7177624711634629},
      {0.3004620527704837, 0.9052387706892087, 0.311411003349379, 0.23778766312079253, 0.5331560745059157,
          0.6031791628984159}};

  /** The pymrio system, with its two stressors read as energy and CO2 totals (the arithmetic is the same). */
  static InputOutputAnalysis pymrio() {
    return InputOutputAnalysis.builder(PY_IDS)
        .transactions(PY_Z)
        .grossOutput(PY_X)
        .factorTotals(IoFactor.ENERGY, PY_F1)
        .factorTotals(IoFactor.CO2, PY_F2)
        .build();
  }

  @Nested
  class PymrioSmallSystem {
    @Test
    void leontief_inverse_and_final_demand_are_published() {
      InputOutputAnalysis io = pymrio();
      double[][] l = io.leontiefInverse();
      for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 6; j++) {
          assertEquals(PY_L[i][j], l[i][j], 1e-12, "L[" + i + "][" + j + "]");
        }
        // PY: x = Z i + Y i, so (I - A) x is the row sum of Y
        assertEquals(PY_Y[i][0] + PY_Y[i][1], io.finalDemand().get(PY_IDS.get(i)), 1e-12);
      }
    }

    @Test
    void stressor_multipliers_are_the_published_m() {
      InputOutputAnalysis io = pymrio();
      // PY M = S L, S = F / x
      for (int j = 0; j < 6; j++) {
        assertEquals(PY_M[0][j], io.multiplier(IoFactor.ENERGY, PY_IDS.get(j)), 1e-12);
        assertEquals(PY_M[1][j], io.multiplier(IoFactor.CO2, PY_IDS.get(j)), 1e-12);
      }
    }

    @Test
    void ghosh_inverse_is_the_published_g() {
      double[][] g = pymrio().ghoshInverse();
      // PY G, printed with 8 decimals
      for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 6; j++) {
          assertEquals(PY_G[i][j], g[i][j], 5e-9, "G[" + i + "][" + j + "]");
        }
      }
    }

    @Test
    void a_table_with_column_sums_above_one_is_accepted_when_it_is_productive() {
      // PY's reg1-sector2 buys 20 of inputs for 15 of output (column sum 1.33): no value-added ratio is given, so
      // only the Hawkins-Simon condition applies, and L exists and is non-negative
      InputOutputAnalysis io = pymrio();
      assertTrue(io.outputMultiplier("reg1-sector2") > 1);
      assertFalse(io.hasFactor(IoFactor.VALUE_ADDED));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // bad input

  @Nested
  class BadInput {
    @Test
    void a_profile_without_a_table_is_rejected() {
      CityProfile p = CityProfile.builder().name("no-table").baseYear(2020)
          .addSectors(sector("coal", 10).build()).build();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputOutputAnalysis.from(p));
      assertTrue(e.getMessage().contains("profile 'no-table' has no input-output table"), e.getMessage());
    }

    @Test
    void mismatched_dimensions_name_what_is_wrong() {
      InputOutputAnalysis.Builder b = InputOutputAnalysis.builder(MB_IDS);
      IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
          () -> b.technicalCoefficients(new double[][] {{0.1, 0.1}}));
      assertEquals("A has 1 rows for 2 sectors [s1, s2]", rows.getMessage());
      IllegalArgumentException cols = assertThrows(IllegalArgumentException.class,
          () -> b.transactions(new double[][] {{1, 2}, {3}}));
      assertEquals("row 1 ('s2') of Z has 1 columns for 2 sectors [s1, s2]", cols.getMessage());
      IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> b.grossOutput(1, 2, 3));
      assertEquals("gross output has 3 entries for 2 sectors [s1, s2]", x.getMessage());
      IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
          () -> b.factorTotals(IoFactor.EMPLOYMENT, 1));
      assertEquals("EMPLOYMENT totals has 1 entries for 2 sectors [s1, s2]", f.getMessage());
      IllegalArgumentException of = assertThrows(IllegalArgumentException.class,
          () -> InputOutputAnalysis.of(List.of("a", "b", "c"), new double[][] {{0, 0}, {0, 0}}, new double[3]));
      assertTrue(of.getMessage().startsWith("A has 2 rows for 3 sectors"), of.getMessage());
    }

    @Test
    void bad_sector_ids_are_rejected() {
      assertThrows(IllegalArgumentException.class, () -> InputOutputAnalysis.builder(List.of()));
      IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
          () -> InputOutputAnalysis.builder(List.of("coal", "coal")));
      assertTrue(twice.getMessage().contains("sector 'coal' appears twice"), twice.getMessage());
      assertThrows(IllegalArgumentException.class, () -> InputOutputAnalysis.builder(List.of("coal", " ")));
    }

    @Test
    void an_unproductive_table_is_rejected_naming_its_columns() {
      // spectral radius 1.1: each sector uses 0.5 of its own and 0.6 of the other's output per unit produced
      InvalidModelException e = assertThrows(InvalidModelException.class,
          () -> InputOutputAnalysis.of(MB_IDS, new double[][] {{0.5, 0.6}, {0.6, 0.5}}, new double[] {1, 1}));
      assertEquals(1, e.problems().size(), e::getMessage);
      String m = e.problems().get(0).message();
      assertTrue(m.startsWith("unproductive: (I - A)^-1 does not exist or has negative entries"), m);
      assertTrue(m.contains("columns whose inputs sum to 1 or more: 's1' ("), m);
      assertTrue(m.contains("'s2' ("), m);
      assertTrue(e.getMessage().startsWith("1 problem in input-output analysis of [s1, s2]:"), e.getMessage());
    }

    @Test
    void a_column_whose_inputs_and_value_added_exceed_its_output_is_rejected() {
      InvalidModelException e = assertThrows(InvalidModelException.class,
          () -> InputOutputAnalysis.builder(MB_IDS)
              .technicalCoefficients(new double[][] {{0.3, 0.1}, {0.3, 0.1}})
              .grossOutput(10, 10)
              .factorCoefficients(IoFactor.VALUE_ADDED, 0.5, 0.5)
              .build());
      assertEquals(1, e.problems().size(), e::getMessage);
      Problem p = e.problems().get(0);
      assertEquals("column 's1'", p.pathString());
      assertEquals("unproductive: inputs 0.6 plus value added 0.5 exceed 1 per unit of output", p.message());
    }

    @Test
    void every_invalid_number_is_listed_at_once() {
      InvalidModelException e = assertThrows(InvalidModelException.class,
          () -> InputOutputAnalysis.builder(MB_IDS)
              .technicalCoefficients(new double[][] {{-0.1, Double.NaN}, {0.2, 0.1}})
              .grossOutput(10, Double.POSITIVE_INFINITY)
              .factorCoefficients(IoFactor.ENERGY, -1, 0)
              .build());
      List<String> found = e.problems().stream().map(Problem::toString).toList();
      assertEquals(List.of(
          "gross output > sector 's2': Infinity is not a finite number",
          "column 's1' > A[s1]: must not be negative, was -0.1",
          "column 's2' > A[s1]: NaN is not a number",
          "ENERGY coefficients > sector 's1': must not be negative, was -1.0"), found, e::getMessage);
    }

    @Test
    void inputs_or_factors_of_a_sector_without_output_are_rejected() {
      InvalidModelException e = assertThrows(InvalidModelException.class,
          () -> InputOutputAnalysis.builder(MB_IDS)
              .transactions(new double[][] {{0, 0}, {5, 0}})
              .grossOutput(0, 10)
              .factorTotals(IoFactor.EMPLOYMENT, 3, 1)
              .build());
      List<String> found = e.problems().stream().map(Problem::toString).toList();
      assertEquals(List.of(
          "column 's1': inputs of 5.0 but zero gross output: a sector without output buys nothing",
          "EMPLOYMENT totals > sector 's1': 3.0 with zero gross output: a sector without output has no EMPLOYMENT"),
          found, e::getMessage);
    }

    @Test
    void conflicting_or_missing_builder_parts_are_named() {
      IllegalStateException both = assertThrows(IllegalStateException.class,
          () -> InputOutputAnalysis.builder(MB_IDS).transactions(MB_Z).technicalCoefficients(MB_Z));
      assertTrue(both.getMessage().contains("give technical coefficients or transactions, not both"));
      IllegalStateException noX = assertThrows(IllegalStateException.class,
          () -> InputOutputAnalysis.builder(MB_IDS).transactions(MB_Z).build());
      assertEquals("no gross output: call grossOutput(x)", noX.getMessage());
      IllegalStateException noA = assertThrows(IllegalStateException.class,
          () -> InputOutputAnalysis.builder(MB_IDS).grossOutput(MB_X).build());
      assertTrue(noA.getMessage().startsWith("no inter-industry table"), noA.getMessage());
      IllegalStateException factor = assertThrows(IllegalStateException.class,
          () -> InputOutputAnalysis.builder(MB_IDS).factorTotals(IoFactor.CO2, 1, 2).factorCoefficients(IoFactor.CO2,
              1, 2));
      assertEquals("CO2 totals were already given: give coefficients or totals, not both", factor.getMessage());
    }

    @Test
    void unknown_sectors_and_non_finite_demand_changes_are_listed() {
      InputOutputAnalysis io = millerBlair();
      Map<String, Double> dy = new LinkedHashMap<>();
      dy.put("coal", 1.0);
      dy.put("s1", Double.NaN);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> io.impactOf(dy));
      assertTrue(e.getMessage().contains("unknown sector 'coal'; sector 's1': NaN is not a finite change; "
          + "known sectors: [s1, s2]"), e.getMessage());
      IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> io.extraction("coal"));
      assertTrue(x.getMessage().endsWith("has no sector 'coal'; known sectors: [s1, s2]"), x.getMessage());
      assertThrows(IllegalArgumentException.class, () -> io.linkages().of("coal"));
    }

    @Test
    void a_factor_without_coefficients_says_why() {
      CityProfile noJobs = CityProfile.builder().name("no-jobs").baseYear(2020)
          .addSectors(sector("s1", 650).build(), sector("s2", 1400).build())
          .inputOutputTable(InputOutputTable.of(MB_IDS, new double[][] {{0.15, 0.25}, {0.20, 0.05}},
              new double[] {0.65, 0.70}))
          .build();
      InputOutputAnalysis io = InputOutputAnalysis.from(noJobs);
      assertFalse(io.hasFactor(IoFactor.EMPLOYMENT));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> io.multipliers(IoFactor.EMPLOYMENT));
      assertEquals("profile 'no-jobs' has no EMPLOYMENT coefficients: the profile has no employment data (give every "
          + "sector its employment to get them)", e.getMessage());
      IllegalArgumentException r = assertThrows(IllegalArgumentException.class,
          () -> io.extraction("s1").loss(IoFactor.EMPLOYMENT));
      assertTrue(r.getMessage().contains("no EMPLOYMENT coefficients"), r.getMessage());
      IllegalArgumentException b = assertThrows(IllegalArgumentException.class,
          () -> millerBlair().multipliers(IoFactor.ENERGY));
      assertTrue(b.getMessage().endsWith("has no ENERGY coefficients: none were given to the builder "
          + "(factorCoefficients or factorTotals)"), b.getMessage());
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // immutability

  @Test
  void accessors_return_copies() {
    InputOutputAnalysis io = millerBlair();
    io.leontiefInverse()[0][0] = 99;
    io.technicalCoefficients()[0][0] = 99;
    io.ghoshInverse()[0][0] = 99;
    assertEquals(0.95 / 0.7575, io.leontiefInverse()[0][0], EXACT);
    assertEquals(0.15, io.technicalCoefficients()[0][0], EXACT);
    double[][] z = {{150, 500}, {200, 100}};
    InputOutputAnalysis fromZ = InputOutputAnalysis.builder(MB_IDS).transactions(z).grossOutput(MB_X).build();
    z[0][0] = 999;
    assertEquals(0.15, fromZ.technicalCoefficients()[0][0], EXACT);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // helpers

  static Sector.Builder sector(String id, double valueAdded) {
    return Sector.builder().id(id).group(SectorGroup.SECONDARY).valueAdded(valueAdded);
  }

  static void assertSectors(double[] published, ImmutableMap<String, Double> actual) {
    assertEquals(published.length, actual.size());
    int i = 0;
    for (Map.Entry<String, Double> e : actual.entrySet()) {
      assertEquals(published[i++], e.getValue(), FOUR_DECIMALS, e.getKey());
    }
  }
}
