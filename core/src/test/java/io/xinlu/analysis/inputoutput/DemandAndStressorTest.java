package io.xinlu.analysis.inputoutput;

import static io.xinlu.analysis.inputoutput.InputOutputAnalysisTest.EXACT;
import static io.xinlu.analysis.inputoutput.InputOutputAnalysisTest.PY_F1;
import static io.xinlu.analysis.inputoutput.InputOutputAnalysisTest.PY_F2;
import static io.xinlu.analysis.inputoutput.InputOutputAnalysisTest.PY_IDS;
import static io.xinlu.analysis.inputoutput.InputOutputAnalysisTest.PY_M;
import static io.xinlu.analysis.inputoutput.InputOutputAnalysisTest.PY_X;
import static io.xinlu.analysis.inputoutput.InputOutputAnalysisTest.PY_Y;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The output for a given final demand and the accounts of any stressor, against published worked examples, a
 * property, and bad input.
 *
 * <p>Sources (as in {@link InputOutputAnalysisTest}):
 * <ul>
 *   <li><b>MB</b>: R. E. Miller and P. D. Blair, <i>Input-Output Analysis: Foundations and Extensions</i>, 2nd ed.,
 *       Cambridge University Press, 2009, section 2.3: the two-sector table (Table 2.3, Table 2.4) and the new final
 *       demand [600, 1500] of section 2.3.1, with output x = [1247.52, 1841.58]; as encoded in pymrio's
 *       {@code tests/test_math.py}, fixture {@code td_IO_Data_Miller} ({@code xnew_arr} [1247.5, 1841.6] and
 *       {@code labtot_arr} [374.25, 460.4] for labour coefficients 0.3 and 0.25; commit 0066ec8d);
 *   <li><b>PY</b>: pymrio {@code tests/test_math.py}, fixture {@code td_small_MRIO} (commit 0066ec8d): a 6-sector
 *       two-region system with stressors F ({@code ext_type_1}, {@code ext_type_2}), S = F / x, multipliers M = S L,
 *       the production-based accounts {@code D_pba} (= F) and the consumption-based accounts {@code D_cba}, whose
 *       column (r, s) is the stressor embodied in region r's final demand for product s, from both regions.
 * </ul>
 */
class DemandAndStressorTest {
  /** PY D_cba, rows ext_type_1 and ext_type_2, columns (reg1, s1..s3), (reg2, s1..s3). */
  static final double[][] PY_D_CBA = {
      {14.059498889254174, 18.863255551508175, 17.32012296814962, 8.71616437964097, 18.863255551508175,
          14.17770265993889},
      {5.395407054390734, 7.594657671782178, 5.857880532237175, 5.657139420727301, 7.594657671782178,
          7.900257649080434}};

  static double[] coefficients(double[] f) {
    double[] s = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      s[i] = f[i] / PY_X[i]; // PY S = F / x
    }
    return s;
  }

  static double[] regionDemand(int region) {
    double[] f = new double[6];
    for (int i = 0; i < 6; i++) {
      f[i] = PY_Y[i][region];
    }
    return f;
  }

  @Test
  void output_for_the_books_new_final_demand_with_integer_inputs() {
    InputOutputAnalysis io = InputOutputAnalysisTest.millerBlair();
    // MB section 2.3.1: f = [600, 1500] gives x = [1247.52, 1841.58]
    Map<String, Double> x = io.outputFor(Map.of("s1", 600, "s2", 1500));
    assertEquals(1247.52, x.get("s1"), 0.005);
    assertEquals(1841.58, x.get("s2"), 0.005);
    double[] xs = io.outputFor(new double[] {600, 1500});
    assertArrayEquals(new double[] {x.get("s1"), x.get("s2")}, xs, 0);
    // MB Table 2.3: the table's own final demand [350, 1700] gives back x = [1000, 2000]
    assertArrayEquals(new double[] {1000, 2000}, io.outputFor(io.finalDemandArray()), 1e-9);
    assertArrayEquals(new double[] {1000, 2000}, io.grossOutputArray(), 0);
    assertArrayEquals(new double[] {350, 1700}, io.finalDemandArray(), 1e-12);
    // by hand: x = L f with L = [[0.95, 0.25], [0.20, 0.85]] / 0.7575
    assertEquals((0.95 * 600 + 0.25 * 1500) / 0.7575, xs[0], EXACT);
    assertEquals((0.20 * 600 + 0.85 * 1500) / 0.7575, xs[1], EXACT);
    // a sector not named has no final demand; integer, long and double maps agree
    assertEquals(io.outputFor(Map.of("s1", 600.0)), io.outputFor(Map.of("s1", 600L)));
    assertEquals(io.impactOf(Map.of("s1", 250.0)), io.impactOf(Map.of("s1", 250)));
  }

  @Test
  void labour_as_a_stressor_is_the_books_labour_for_the_new_demand() {
    InputOutputAnalysis io = InputOutputAnalysisTest.millerBlair();
    StressorAccounts labour = io.stressorAccounts("labour", new double[] {0.3, 0.25}, Map.of("s1", 600, "s2", 1500));
    // PY labtot_arr = [374.25, 460.4], i.e. 0.3 x1 and 0.25 x2 with x rounded to [1247.5, 1841.6]
    assertEquals(374.25, labour.productionBased().get("s1"), 0.01);
    assertEquals(460.4, labour.productionBased().get("s2"), 0.01);
    assertArrayEquals(new double[] {labour.productionBased().get("s1"), labour.productionBased().get("s2")},
        labour.productionBasedArray(), 0);
    assertEquals(labour.productionBased().get("s1") + labour.productionBased().get("s2"), labour.total(), 1e-9);
    // by hand: m = s' L = [0.3 * 0.95 + 0.25 * 0.20, 0.3 * 0.25 + 0.25 * 0.85] / 0.7575; c = m f
    assertEquals((0.3 * 0.95 + 0.25 * 0.20) / 0.7575 * 600, labour.consumptionBased().get("s1"), EXACT);
    assertEquals((0.3 * 0.25 + 0.25 * 0.85) / 0.7575 * 1500, labour.consumptionBasedArray()[1], EXACT);
    // the same coefficients as the built-in employment factor give its multipliers
    assertArrayEquals(io.multipliersArray(IoFactor.EMPLOYMENT), labour.multipliersArray(), 0);
  }

  @Test
  void consumption_based_accounts_of_any_stressor_are_pymrios_d_cba() {
    InputOutputAnalysis io = InputOutputAnalysisTest.pymrio();
    double[][] f = {PY_F1, PY_F2};
    for (int stressor = 0; stressor < 2; stressor++) {
      double[] s = coefficients(f[stressor]);
      for (int region = 0; region < 2; region++) {
        StressorAccounts acc = io.stressorAccounts("ext_type_" + (stressor + 1), s, regionDemand(region));
        double[] c = acc.consumptionBasedArray();
        for (int product = 0; product < 3; product++) {
          // D_cba(region, product): the region's final demand for the product from reg1 (index product) and
          // reg2 (index 3 + product)
          assertEquals(PY_D_CBA[stressor][3 * region + product], c[product] + c[3 + product], 1e-12,
              "D_cba ext_type_" + (stressor + 1) + " region " + (region + 1) + " sector " + (product + 1));
        }
        assertArrayEquals(PY_M[stressor], acc.multipliersArray(), 1e-12, "M = S L");
      }
      // PY D_pba = F: the production-based account for the table's own final demand
      StressorAccounts own = io.stressorAccounts("ext_type_" + (stressor + 1), s);
      assertArrayEquals(f[stressor], own.productionBasedArray(), 1e-12, "D_pba");
      assertEquals(Arrays.stream(f[stressor]).sum(), own.total(), 1e-12);
    }
  }

  /**
   * Property: the output for any non-negative final demand reproduces the demand, {@code x - A x = f}, and the two
   * accounts of any stressor add up to the same total (generated productive tables of
   * {@link InputOutputPropertiesTest}).
   */
  @Test
  void output_for_a_final_demand_reproduces_the_demand_property() {
    InputOutputPropertiesTest.qt().forAll(InputOutputPropertiesTest.tables(false)).checkAssert(t -> {
      InputOutputAnalysis io = t.analysis();
      int n = t.n();
      double[] f = new double[n];
      double[] s = new double[n];
      Map<String, Double> byId = new HashMap<>();
      for (int i = 0; i < n; i++) {
        f[i] = (i * 37 % 11) + t.x()[i] / 3; // non-negative, of the table's scale
        s[i] = t.energy()[i] + 0.5;
        byId.put(t.ids().get(i), f[i]);
      }
      double[] x = io.outputFor(f);
      double scale = 1e-9 * (1 + Arrays.stream(x).sum());
      for (int i = 0; i < n; i++) {
        double ax = 0;
        for (int j = 0; j < n; j++) {
          ax += t.a()[i][j] * x[j];
        }
        assertEquals(f[i], x[i] - ax, scale, "row " + i + " of x - A x");
        assertEquals(x[i], io.outputFor(byId).get(t.ids().get(i)), 0);
      }
      StressorAccounts acc = io.stressorAccounts("e", s, f);
      double production = Arrays.stream(acc.productionBasedArray()).sum();
      assertEquals(production, acc.total(), 1e-9 * (1 + Math.abs(production)));
    });
  }

  @Test
  void bad_input_says_what_is_wrong() {
    InputOutputAnalysis io = InputOutputAnalysisTest.millerBlair();
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> io.outputFor(Map.of("s3", 1)));
    assertTrue(unknown.getMessage().contains("unknown sector 's3'") && unknown.getMessage().contains("[s1, s2]"),
        unknown.getMessage());
    Map<String, Number> withNull = new LinkedHashMap<>();
    withNull.put("s1", null);
    withNull.put("s2", Double.NaN);
    IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> io.outputFor(withNull));
    assertTrue(both.getMessage().contains("sector 's1'") && both.getMessage().contains("NaN"), both.getMessage());
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
        () -> io.outputFor(new double[] {1, 2, 3}));
    assertTrue(length.getMessage().contains("3 values") && length.getMessage().contains("2 sectors"),
        length.getMessage());
    assertThrows(IllegalArgumentException.class, () -> io.outputFor(new double[] {1, Double.POSITIVE_INFINITY}));
    assertThrows(IllegalArgumentException.class, () -> io.stressorAccounts(" ", new double[] {1, 1}));
    IllegalArgumentException coef = assertThrows(IllegalArgumentException.class,
        () -> io.stressorAccounts("water", new double[] {1}, Map.of("s1", 1)));
    assertTrue(coef.getMessage().contains("stressor 'water' coefficients"), coef.getMessage());
    assertThrows(IllegalArgumentException.class, () -> io.impactOf(Map.of("s1", Double.NaN)));
    assertEquals(List.of("s1", "s2"), io.stressorAccounts("w", new double[] {1, 1}).sectorIds());
  }
}
