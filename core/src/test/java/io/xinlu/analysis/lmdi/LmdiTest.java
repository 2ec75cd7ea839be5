package io.xinlu.analysis.lmdi;

import static io.xinlu.analysis.lmdi.LmdiForm.ADDITIVE;
import static io.xinlu.analysis.lmdi.LmdiForm.MULTIPLICATIVE;
import static io.xinlu.analysis.lmdi.LmdiMethod.LMDI_I;
import static io.xinlu.analysis.lmdi.LmdiMethod.LMDI_II;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * LMDI on plain arrays: a published worked example in all four variants, the zero rule, and bad input.
 *
 * <p>The worked example is the one of the R package LMDIR (M. K. Heun, https://github.com/MatthewHeun/LMDIR, an
 * implementation of Ang 2005): two sub-categories, three factors, four years 1971-1974, defined by
 * {@code create_simple_LMDI()} in {@code R/util.R}. Its expected values, which the package computes in
 * {@code data-raw/LMDI_testing.xlsx}, are published in {@code tests/testthat/test_lmdi.R} (tests "additive LMDI-I
 * works as expected", "multiplicative LMDI-I works as expected", "additive LMDI-II works as expected",
 * "multiplicative-II LMDI works as expected") and, per sector and factor, in {@code tests/testthat/test_util.R}
 * ("Z_byname works as expected for LMDI-I" and "... for LMDI-II"), both at commit
 * {@code d32a331a99bb65f52a1e3ffb96e3130581a4353a}. They are given to 10 significant digits; R's
 * {@code expect_equal} compares with a relative tolerance of 1.5e-8, and so do these tests.
 */
class LmdiTest {
  /** LMDIR's {@code create_simple_LMDI()}: X[year][factor][sector], rows of the R matrices transposed. */
  static final double[][][] SIMPLE = {
      {{1, 4}, {10, 5}, {2, 3}}, // 1971: subsubcat 1 = (1, 10, 2), subsubcat 2 = (4, 5, 3); V = 20 + 60 = 80
      {{4, 5}, {5, 6}, {3, 4}}, // 1972: (4, 5, 3), (5, 6, 4); V = 60 + 120 = 180
      {{8, 5}, {2, 7}, {4, 5}}, // 1973: (8, 2, 4), (5, 7, 5); V = 64 + 175 = 239
      {{10, 6}, {1, 8}, {5, 6}}}; // 1974: (10, 1, 5), (6, 8, 6); V = 50 + 288 = 338

  /** Relative tolerance of R's {@code expect_equal}. */
  static final double R_TOLERANCE = 1.5e-8;

  static FactorValues year(int index) {
    return FactorValues.of(Integer.toString(1971 + index), List.of("factor 1", "factor 2", "factor 3"),
        List.of("subsubcat 1", "subsubcat 2"), SIMPLE[index]);
  }

  static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, R_TOLERANCE * Math.max(1, Math.abs(expected)), what);
  }

  static void assertEffects(double[] expected, LmdiResult r) {
    for (int k = 0; k < expected.length; k++) {
      assertClose(expected[k], r.effect(k), r.startPeriod() + "->" + r.endPeriod() + " " + r.factors().get(k));
    }
  }

  /** Expected {@code Z} matrices ({@code [sector][factor]}, as in LMDIR) against the additive terms. */
  static void assertTerms(double[][] expected, LmdiResult r) {
    for (int i = 0; i < expected.length; i++) {
      for (int k = 0; k < expected[i].length; k++) {
        assertClose(expected[i][k], r.term(r.factors().get(k), r.sectors().get(i)),
            r.startPeriod() + "->" + r.endPeriod() + " Z[" + (i + 1) + "," + (k + 1) + "]");
      }
    }
  }

  @Nested
  class PublishedExample {
    /** LMDIR test_lmdi.R, "additive LMDI-I works as expected": res$dV[[2..4]] and res$dV_agg. */
    @Test
    void additive_lmdi_i() {
      double[][] dV = {{69.79006598, -9.455125793, 39.66505981}, {42.96021467, -34.31902656, 50.3588119},
          {54.01064234, -9.021284671, 54.01064234}};
      double[] dVagg = {100, 59, 99};
      for (int p = 0; p < 3; p++) {
        LmdiResult r = Lmdi.decompose(year(p), year(p + 1), LMDI_I, ADDITIVE);
        assertEffects(dV[p], r);
        assertEquals(dVagg[p], r.total(), 1e-12);
        assertEquals(dVagg[p], r.combinedEffects(), 1e-12);
      }
    }

    /** LMDIR test_util.R, "Z_byname works as expected for LMDI-I": Z_1, Z_2, Z_3 (one per pair of years). */
    @Test
    void additive_lmdi_i_by_sector_and_factor() {
      double[][][] z = {
          {{50.47438029, -25.23719014, 14.76280986}, {19.31568569, 15.78206435, 24.90224996}},
          {{42.96021467, -56.79031473, 17.83010006}, {0, 22.47128816, 32.52871184}},
          {{12.6549815, -39.30996299, 12.6549815}, {41.35566084, 30.28867832, 41.35566084}}};
      for (int p = 0; p < 3; p++) {
        assertTerms(z[p], Lmdi.decompose(year(p), year(p + 1), LMDI_I, ADDITIVE));
      }
    }

    /** LMDIR test_lmdi.R, "multiplicative LMDI-I works as expected": res$D[[2..4]] and res$D_agg. */
    @Test
    void multiplicative_lmdi_i() {
      double[][] d = {{1.761117821, 0.926191306, 1.379410116}, {1.229284572, 0.847970248, 1.273773912},
          {1.208140223, 0.968911503, 1.208140223}};
      double[] dAgg = {2.25, 1.327777778, 1.414225941};
      for (int p = 0; p < 3; p++) {
        LmdiResult r = Lmdi.decompose(year(p), year(p + 1), LMDI_I, MULTIPLICATIVE);
        assertEffects(d[p], r);
        assertClose(dAgg[p], r.total(), "D_agg");
        assertEquals(r.total(), r.combinedEffects(), 1e-14);
      }
    }

    /** LMDIR test_lmdi.R, "additive LMDI-II works as expected": res$dV[[2..4]]. */
    @Test
    void additive_lmdi_ii() {
      double[][] dV = {{69.18298477, -8.87773383, 39.69474906}, {43.25676087, -34.72232042, 50.46555955},
          {54.45209029, -9.90418057, 54.45209029}};
      double[] dVagg = {100, 59, 99};
      for (int p = 0; p < 3; p++) {
        LmdiResult r = Lmdi.decompose(year(p), year(p + 1), LMDI_II, ADDITIVE);
        assertEffects(dV[p], r);
        assertEquals(dVagg[p], r.combinedEffects(), 1e-12, "LMDI-II additive is perfect too");
      }
    }

    /** LMDIR test_util.R, "Z_byname works as expected for LMDI-II": Z_1, Z_2, Z_3. */
    @Test
    void additive_lmdi_ii_by_sector_and_factor() {
      double[][][] z = {
          {{49.65937274, -24.82968637, 14.52443543}, {19.52361203, 15.95195254, 25.17031363}},
          {{43.25676087, -57.18232749, 17.95317786}, {0, 22.46000707, 32.51238169}},
          {{12.96920685, -40.28603609, 12.96920685}, {41.48288344, 30.38185551, 41.48288344}}};
      for (int p = 0; p < 3; p++) {
        assertTerms(z[p], Lmdi.decompose(year(p), year(p + 1), LMDI_II, ADDITIVE));
      }
    }

    /** LMDIR test_lmdi.R, "multiplicative-II LMDI works as expected": res$D[[2..4]]. */
    @Test
    void multiplicative_lmdi_ii() {
      double[][] d = {{1.752469135, 0.930538130, 1.379742261}, {1.231037506, 0.846328552, 1.274427454},
          {1.210008769, 0.965921347, 1.210008769}};
      for (int p = 0; p < 3; p++) {
        LmdiResult r = Lmdi.decompose(year(p), year(p + 1), LMDI_II, MULTIPLICATIVE);
        assertEffects(d[p], r);
        assertEquals(r.total(), r.combinedEffects(), 1e-14);
      }
    }

    /**
     * LMDIR test_lmdi.R: res$dV_cum and res$D_cum are the running sums and products of the yearly effects, and
     * res$dV_agg_cum ends at 258, res$D_agg_cum at 2.25 * 1.327777778 * 1.414225941.
     */
    @Test
    void chained_year_by_year() {
      List<FactorValues> years = List.of(year(0), year(1), year(2), year(3));
      for (LmdiMethod method : LmdiMethod.values()) {
        LmdiResult add = Lmdi.chain(years, method, ADDITIVE);
        LmdiResult mul = Lmdi.chain(years, method, MULTIPLICATIVE);
        assertEquals(3, add.steps());
        assertEquals("1971", add.startPeriod());
        assertEquals("1974", add.endPeriod());
        assertEquals(258, add.total(), 1e-12);
        assertEquals(258, add.combinedEffects(), 1e-11);
        assertClose(2.25 * 1.327777778 * 1.414225941, mul.total(), "D_agg_cum");
        assertEquals(mul.total(), mul.combinedEffects(), 1e-13);
        for (String f : add.factors()) {
          double sum = 0;
          double product = 1;
          for (int p = 0; p < 3; p++) {
            sum += Lmdi.decompose(year(p), year(p + 1), method, ADDITIVE).effect(f);
            product *= Lmdi.decompose(year(p), year(p + 1), method, MULTIPLICATIVE).effect(f);
          }
          assertEquals(sum, add.effect(f), 1e-12);
          assertEquals(product, mul.effect(f), 1e-14);
        }
      }
      // LMDI-I, factor 1: 69.79006598 + 42.96021467 + 54.01064234, the last entry of res$dV_cum
      assertClose(69.79006598 + 42.96021467 + 54.01064234,
          Lmdi.chain(years, LMDI_I, ADDITIVE).effect("factor 1"), "dV_cum factor 1");
      assertClose(1.761117821 * 1.229284572 * 1.208140223,
          Lmdi.chain(years, LMDI_I, MULTIPLICATIVE).effect("factor 1"), "D_cum factor 1");
    }

    @Test
    void plain_arrays_give_the_same_numbers_with_default_names() {
      LmdiResult r = Lmdi.decompose(SIMPLE[0], SIMPLE[1], LMDI_I, ADDITIVE);
      assertEquals(List.of("factor 1", "factor 2", "factor 3"), r.factors());
      assertEquals(List.of("sector 1", "sector 2"), r.sectors());
      assertEquals("0", r.startPeriod());
      assertEquals("T", r.endPeriod());
      assertClose(69.79006598, r.effect("factor 1"), "factor 1");
      assertClose(50.47438029, r.term("factor 1", "sector 1"), "Z11");
    }

    @Test
    void additive_and_multiplicative_are_linked_by_the_logarithmic_mean_of_the_totals() {
      for (LmdiMethod method : LmdiMethod.values()) {
        LmdiResult add = Lmdi.decompose(year(0), year(1), method, ADDITIVE);
        LmdiResult mul = Lmdi.decompose(year(0), year(1), method, MULTIPLICATIVE);
        double lv = Lmdi.logarithmicMean(180, 80);
        for (String f : add.factors()) {
          assertEquals(Math.exp(add.effect(f) / lv), mul.effect(f), 1e-14);
        }
      }
    }

    @Test
    void table_shows_every_effect_and_the_total() {
      String table = Lmdi.decompose(year(0), year(1), LMDI_I, ADDITIVE).table();
      assertTrue(table.startsWith("LMDI-I additive decomposition, 1971 -> 1972"), table);
      assertTrue(table.contains("factor 1"), table);
      assertTrue(table.contains("69.790066"), table);
      assertTrue(table.contains("100.000000"), table);
    }
  }

  @Nested
  class LogarithmicMean {
    @Test
    void definition_and_limits() {
      assertEquals(1 / Math.log(2), Lmdi.logarithmicMean(2, 1), 1e-15);
      assertEquals(Lmdi.logarithmicMean(2, 1), Lmdi.logarithmicMean(1, 2));
      assertEquals(3.5, Lmdi.logarithmicMean(3.5, 3.5));
      assertEquals(0, Lmdi.logarithmicMean(0, 7));
      assertEquals(0, Lmdi.logarithmicMean(7, 0));
      assertEquals(0, Lmdi.logarithmicMean(0, 0));
      // close arguments: no cancellation; L(a, b) ~ (a + b) / 2 to second order
      double a = 1e6;
      double b = 1e6 * (1 + 1e-12);
      assertEquals((a + b) / 2, Lmdi.logarithmicMean(a, b), 1e-9);
      // between the geometric and the arithmetic mean
      double l = Lmdi.logarithmicMean(1, 100);
      assertTrue(l > 10 && l < 50.5);
    }

    @Test
    void rejects_negative_and_non_finite_arguments() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Lmdi.logarithmicMean(-1, 2));
      assertTrue(e.getMessage().contains("-1.0"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> Lmdi.logarithmicMean(Double.NaN, 2));
      assertThrows(IllegalArgumentException.class, () -> Lmdi.logarithmicMean(1, Double.POSITIVE_INFINITY));
    }
  }

  /**
   * The zero rule: the limits of Ang and Liu (2007) as every zero goes to delta -> 0. The eight single-zero cases
   * are those of Ang, Zhang and Choi (1998, Energy 23:489-495, Table 2, p. 492), as LMDIR tests them in
   * tests/testthat/test_util.R ("Zij works as expected for LMDI-I", cases 1 to 8, with V = 42 and a positive number
   * 9999).
   */
  @Nested
  class ZeroRule {
    static final double PN = 9999;
    static final double ANS = 42;

    /** One sector, two factors (x, y): the effects of x and y. */
    double[] effects(double x0, double y0, double xT, double yT) {
      LmdiResult r = Lmdi.decompose(new double[][] {{x0}, {y0}}, new double[][] {{xT}, {yT}}, LMDI_I, ADDITIVE);
      assertEquals(r.total(), r.combinedEffects(), 1e-12);
      return new double[] {r.effect(0), r.effect(1)};
    }

    @Test
    void the_eight_cases_of_ang_zhang_choi1998() {
      // case 1: V0 = 0, VT > 0, x0 = 0, xT > 0: the effect of x is VT (and case 3 for y, which stays positive: 0)
      assertArrayEquals(new double[] {ANS, 0}, effects(0, 1, PN, ANS / PN));
      // case 2: V0 > 0, VT = 0, x0 > 0, xT = 0: -V0 (and case 4 for y: 0)
      assertArrayEquals(new double[] {-ANS, 0}, effects(PN, ANS / PN, 0, 1));
      // case 5: V0 = VT = 0 with x positive in both (y zero in both): 0
      assertArrayEquals(new double[] {0, 0}, effects(PN, 0, PN, 0));
      // case 6: V0 = VT = 0, x zero in both: 0
      assertArrayEquals(new double[] {0, 0}, effects(0, 1, 0, 2));
      // case 7: V0 = VT = 0, x0 > 0, xT = 0 (y zero in period 0 only): 0
      assertArrayEquals(new double[] {0, 0}, effects(PN, 0, 0, PN));
      // case 8: V0 = VT = 0, x0 = 0, xT > 0 (y zero in period T only): 0
      assertArrayEquals(new double[] {0, 0}, effects(0, PN, PN, 0));
    }

    void assertArrayEquals(double[] expected, double[] actual) {
      for (int k = 0; k < expected.length; k++) {
        assertEquals(expected[k], actual[k], 1e-12, "effect " + k);
        assertTrue(Double.isFinite(actual[k]));
      }
    }

    /**
     * LMDIR test_util.R, "Z_byname works as expected for LMDI-I", degenerate values: with X_0[1, 1] = 0,
     * Z = ((60, 0, 0), (19.31568569, 15.78206435, 24.90224996)); with X_T[2, 3] = 0, Z = ((50.47438029,
     * -25.23719014, 14.76280986), (0, 0, -60)).
     */
    @Test
    void lmdir_degenerate_example_lmdi_i() {
      double[][] x0 = copy(SIMPLE[0]);
      x0[0][0] = 0;
      LmdiResult r = Lmdi.decompose(x0, SIMPLE[1], LMDI_I, ADDITIVE);
      assertTerms(new double[][] {{60, 0, 0}, {19.31568569, 15.78206435, 24.90224996}}, r);
      assertEquals(List.of("sector 1"), r.zeroSectors());
      assertEquals(180 - 60, r.combinedEffects(), 1e-12);

      double[][] xT = copy(SIMPLE[1]);
      xT[2][1] = 0;
      r = Lmdi.decompose(SIMPLE[0], xT, LMDI_I, ADDITIVE);
      assertTerms(new double[][] {{50.47438029, -25.23719014, 14.76280986}, {0, 0, -60}}, r);
      assertEquals(60 - 80, r.combinedEffects(), 1e-12);
    }

    /**
     * LMDI-II with a zero. LMDIR's test_util.R ("Z_byname works as expected for LMDI-II") keeps the LMDI-I limit
     * 60 for Z[1, 1] and weights the other terms by LMDI-II; its terms then sum to 60 + 24.37 + 19.91 + 31.42 =
     * 135.71, not to the change 120, so that example is not reproduced here. The limit of Ang and Liu (2007) for
     * LMDI-II scales the appearing sector's share change like every other term:
     * {@code Z11 = L(V^T, V^0) (s_1^T - 0) / L(s_2^T, s_2^0)}, and the sector that is positive in both periods keeps
     * the whole weight (w_2 = 1, so Z2k = L(180, 60) ln(x_2k^T / x_2k^0), which LMDIR also gives:
     * 24.37368163, 19.91474794, 31.42314086). The terms then sum to the change exactly.
     */
    @Test
    void lmdi_ii_keeps_the_perfect_decomposition_with_zeros() {
      double[][] x0 = copy(SIMPLE[0]);
      x0[0][0] = 0;
      LmdiResult r = Lmdi.decompose(x0, SIMPLE[1], LMDI_II, ADDITIVE);
      double lv = Lmdi.logarithmicMean(180, 60);
      double z11 = lv * (60.0 / 180) / Lmdi.logarithmicMean(120.0 / 180, 1);
      assertEquals(z11, r.term("factor 1", "sector 1"), 1e-12);
      assertEquals(0, r.term("factor 2", "sector 1"));
      assertEquals(0, r.term("factor 3", "sector 1"));
      assertTerms(new double[][] {{z11, 0, 0}, {24.37368163, 19.91474794, 31.42314086}}, r);
      assertEquals(120, r.combinedEffects(), 1e-12);
      LmdiResult m = Lmdi.decompose(x0, SIMPLE[1], LMDI_II, MULTIPLICATIVE);
      assertEquals(3, m.combinedEffects(), 1e-14);
    }

    /**
     * Replacing the zero by a small delta and computing with positive data converges to the limit, slowly: the
     * error shrinks like 1 / ln(1/delta) (Wood and Lenzen 2006), which is why the limits are used. No value of
     * delta, down to 1e-300, gives NaN.
     */
    @Test
    void small_delta_converges_to_the_limit_and_never_gives_na_n() {
      double[][] x0 = copy(SIMPLE[0]);
      x0[0][0] = 0;
      for (LmdiMethod method : LmdiMethod.values()) {
        LmdiResult limit = Lmdi.decompose(x0, SIMPLE[1], method, ADDITIVE);
        double previous = Double.POSITIVE_INFINITY;
        for (double delta : new double[] {1e-5, 1e-10, 1e-20, 1e-40, 1e-80, 1e-160, 1e-300}) {
          double[][] d = copy(x0);
          d[0][0] = delta;
          LmdiResult r = Lmdi.decompose(d, SIMPLE[1], method, ADDITIVE);
          assertTrue(r.zeroSectors().isEmpty());
          double error = 0;
          for (int k = 0; k < 3; k++) {
            assertTrue(Double.isFinite(r.effect(k)), method + " delta " + delta);
            error = Math.max(error, Math.abs(r.effect(k) - limit.effect(k)));
          }
          assertTrue(error < previous, method + ": error " + error + " at delta " + delta + " after " + previous);
          // 1 / ln(1/delta) convergence: error * ln(1/delta) stays bounded
          assertTrue(error * Math.log(1 / delta) < 100, method + ": error " + error + " at delta " + delta);
          previous = error;
        }
        assertTrue(previous < 0.2, method + ": at 1e-300 the error is " + previous);
      }
      // the figures quoted in docs/analysis/LMDI.md: LMDI-I, factor 2, limit 15.782
      assertEquals(15.782, Lmdi.decompose(x0, SIMPLE[1], LMDI_I, ADDITIVE).effect("factor 2"), 5e-4);
      for (double[] deltaAndEffect : new double[][] {{1e-20, 14.900}, {1e-300, 15.722}}) {
        double[][] d = copy(x0);
        d[0][0] = deltaAndEffect[0];
        assertEquals(deltaAndEffect[1], Lmdi.decompose(d, SIMPLE[1], LMDI_I, ADDITIVE).effect("factor 2"), 5e-4);
      }
    }

    @Test
    void several_zeros_in_one_sector_share_the_change_equally() {
      // sector 1 appears with two factors going from 0 to positive: each gets half of its 60
      double[][] x0 = copy(SIMPLE[0]);
      x0[0][0] = 0;
      x0[1][0] = 0;
      LmdiResult r = Lmdi.decompose(x0, SIMPLE[1], LMDI_I, ADDITIVE);
      assertEquals(30, r.term("factor 1", "sector 1"), 1e-12);
      assertEquals(30, r.term("factor 2", "sector 1"), 1e-12);
      assertEquals(0, r.term("factor 3", "sector 1"));
      assertEquals(120, r.combinedEffects(), 1e-12);
    }

    @Test
    void an_aggregate_of_zero_works_additively_but_not_multiplicatively() {
      double[][] zero = {{0, 0}, {1, 1}};
      double[][] some = {{2, 3}, {1, 1}};
      LmdiResult r = Lmdi.decompose(zero, some, LMDI_I, ADDITIVE);
      assertEquals(5, r.effect(0), 1e-15);
      assertEquals(0, r.effect(1));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Lmdi.decompose(zero, some, LMDI_I, MULTIPLICATIVE));
      assertTrue(e.getMessage().contains("positive aggregate in both periods"), e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> Lmdi.decompose(zero, some, LMDI_II, ADDITIVE));
      assertTrue(e.getMessage().contains("LMDI-II"), e.getMessage());
    }

    @Test
    void lmdi_ii_is_undefined_when_no_sector_is_positive_in_both_periods() {
      double[][] a = {{1, 0}, {1, 1}};
      double[][] b = {{0, 1}, {1, 1}};
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Lmdi.decompose(a, b, LMDI_II, ADDITIVE));
      assertTrue(e.getMessage().contains("no sector is positive in both '0' and 'T'"), e.getMessage());
      // LMDI-I has its limit: sector 1 disappears (-1), sector 2 appears (+1), both through factor 1
      LmdiResult r = Lmdi.decompose(a, b, LMDI_I, ADDITIVE);
      assertEquals(0, r.effect(0));
      assertEquals(-1, r.term("factor 1", "sector 1"));
      assertEquals(1, r.term("factor 1", "sector 2"));
    }
  }

  @Nested
  class BadInput {
    @Test
    void negative_value_names_factor_sector_and_period() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> FactorValues.of("2030", List.of("activity", "intensity"), List.of("coal", "steel"),
              new double[][] {{1, 2}, {0.5, -0.25}}));
      String m = e.getMessage();
      assertTrue(m.contains("period '2030'") && m.contains("factor 'intensity'") && m.contains("sector 'steel'")
          && m.contains("-0.25") && m.contains("negative"), m);
    }

    @Test
    void negative_value_in_plain_arrays_names_the_period() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Lmdi.decompose(new double[][] {{1, 2}}, new double[][] {{1, -2}}, LMDI_I, ADDITIVE));
      String m = e.getMessage();
      assertTrue(m.contains("period 'T'") && m.contains("factor 'factor 1'") && m.contains("sector 'sector 2'"), m);
    }

    @Test
    void every_invalid_value_is_listed() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> FactorValues.of("0", new double[][] {{Double.NaN, -1, Double.POSITIVE_INFINITY}}));
      String m = e.getMessage();
      assertTrue(m.contains("3 invalid values") && m.contains("NaN") && m.contains("Infinity")
          && m.contains("sector 'sector 2'"), m);
    }

    @Test
    void mismatched_dimensions() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Lmdi.decompose(new double[][] {{1, 2}, {3, 4}}, new double[][] {{1, 2}}, LMDI_I, ADDITIVE));
      assertTrue(e.getMessage().contains("period 0 has 2 factors (rows), period T has 1"), e.getMessage());

      e = assertThrows(IllegalArgumentException.class,
          () -> Lmdi.decompose(new double[][] {{1, 2}}, new double[][] {{1, 2, 3}}, LMDI_I, ADDITIVE));
      assertTrue(e.getMessage().contains("factor 1 has 2 sectors in period 0 and 3 in period T"), e.getMessage());

      e = assertThrows(IllegalArgumentException.class,
          () -> FactorValues.of("0", new double[][] {{1, 2}, {3}}));
      assertTrue(e.getMessage().contains("factor 'factor 2' has 1 values, but 2 sectors are named"),
          e.getMessage());

      e = assertThrows(IllegalArgumentException.class,
          () -> FactorValues.of("0", List.of("a", "b"), List.of("s"), new double[][] {{1}}));
      assertTrue(e.getMessage().contains("values has 1 rows, but 2 factors are named [a, b]"), e.getMessage());

      e = assertThrows(IllegalArgumentException.class, () -> FactorValues.of("0", new double[0][]));
      assertTrue(e.getMessage().contains("no rows"), e.getMessage());
    }

    @Test
    void different_factors_or_sectors_between_periods() {
      FactorValues a = FactorValues.of("2020", List.of("activity", "intensity"), List.of("coal"),
          new double[][] {{1}, {2}});
      FactorValues b = FactorValues.of("2030", List.of("activity", "structure"), List.of("coal"),
          new double[][] {{1}, {2}});
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Lmdi.decompose(a, b, LMDI_I, ADDITIVE));
      assertTrue(e.getMessage().contains("different factors: '2020' has [activity, intensity], '2030' has "
          + "[activity, structure]"), e.getMessage());
      FactorValues c = FactorValues.of("2030", List.of("activity", "intensity"), List.of("steel"),
          new double[][] {{1}, {2}});
      e = assertThrows(IllegalArgumentException.class, () -> Lmdi.decompose(a, c, LMDI_I, ADDITIVE));
      assertTrue(e.getMessage().contains("different sectors: '2020' has [coal], '2030' has [steel]"),
          e.getMessage());
    }

    @Test
    void repeated_or_blank_names() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> FactorValues.of("0", List.of("a", "a"), List.of("s"), new double[][] {{1}, {1}}));
      assertTrue(e.getMessage().contains("factor 'a' is named twice"), e.getMessage());
      assertThrows(IllegalArgumentException.class,
          () -> FactorValues.of(" ", List.of("a"), List.of("s"), new double[][] {{1}}));
      assertThrows(IllegalArgumentException.class,
          () -> FactorValues.of("0", List.of("a"), List.of(""), new double[][] {{1}}));
    }

    @Test
    void unknown_names_list_the_known_ones() {
      LmdiResult r = Lmdi.decompose(SIMPLE[0], SIMPLE[1], LMDI_I, ADDITIVE);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.effect("factor 9"));
      assertTrue(e.getMessage().contains("[factor 1, factor 2, factor 3]"), e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> r.term("factor 1", "sector 9"));
      assertTrue(e.getMessage().contains("[sector 1, sector 2]"), e.getMessage());
    }

    @Test
    void chaining_needs_consecutive_alike_results() {
      LmdiResult a = Lmdi.decompose(year(0), year(1), LMDI_I, ADDITIVE);
      LmdiResult c = Lmdi.decompose(year(2), year(3), LMDI_I, ADDITIVE);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> LmdiResult.chain(List.of(a, c)));
      assertTrue(e.getMessage().contains("one ends in '1972', the next starts in '1973'"), e.getMessage());
      LmdiResult b = Lmdi.decompose(year(1), year(2), LMDI_II, ADDITIVE);
      e = assertThrows(IllegalArgumentException.class, () -> LmdiResult.chain(List.of(a, b)));
      assertTrue(e.getMessage().contains("LMDI-II additive result after a LMDI-I additive"), e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> Lmdi.chain(List.of(year(0)), LMDI_I, ADDITIVE));
      assertTrue(e.getMessage().contains("at least two periods"), e.getMessage());
    }
  }

  static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int k = 0; k < a.length; k++) {
      c[k] = a[k].clone();
    }
    return c;
  }
}
