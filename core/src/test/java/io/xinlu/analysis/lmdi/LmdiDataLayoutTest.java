package io.xinlu.analysis.lmdi;

import static io.xinlu.analysis.lmdi.LmdiForm.ADDITIVE;
import static io.xinlu.analysis.lmdi.LmdiForm.MULTIPLICATIVE;
import static io.xinlu.analysis.lmdi.LmdiMethod.LMDI_I;
import static io.xinlu.analysis.lmdi.LmdiMethod.LMDI_II;
import static io.xinlu.analysis.lmdi.LmdiTest.SIMPLE;
import static io.xinlu.analysis.lmdi.LmdiTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LMDI from data held the way researchers hold them: a {@code [sector][factor]} matrix and a table of named columns,
 * checked against the published worked example of {@link LmdiTest}, names and indices from the same base, and bad
 * input.
 *
 * <p>The worked example is the one of the R package LMDIR (M. K. Heun, https://github.com/MatthewHeun/LMDIR, an
 * implementation of Ang 2005, "The LMDI approach to decomposition analysis: a practical guide", Energy Policy 33,
 * 867-871): {@code create_simple_LMDI()} in {@code R/util.R}, whose matrices are one row per sub-category and one
 * column per factor, exactly the {@code [sector][factor]} layout taken here; expected values from
 * {@code tests/testthat/test_lmdi.R} ("additive LMDI-I works as expected", "multiplicative LMDI-I works as
 * expected") and {@code tests/testthat/test_util.R} ("Z_byname works as expected for LMDI-I", whose {@code Z}
 * matrices are also {@code [sector][factor]}), commit {@code d32a331a99bb65f52a1e3ffb96e3130581a4353a}, compared with
 * R's relative tolerance 1.5e-8 as in {@link LmdiTest}.
 */
class LmdiDataLayoutTest {
  static final List<String> FACTORS = List.of("factor 1", "factor 2", "factor 3");
  static final List<String> SECTORS = List.of("subsubcat 1", "subsubcat 2");

  /** LMDIR's X matrices as LMDIR writes them, {@code [sector][factor]}, 1971 to 1974. */
  static final double[][][] LMDIR_X = {
      {{1, 10, 2}, {4, 5, 3}},
      {{4, 5, 3}, {5, 6, 4}},
      {{8, 2, 4}, {5, 7, 5}},
      {{10, 1, 5}, {6, 8, 6}}};

  static FactorValues year(int index) {
    return FactorValues.bySector(Integer.toString(1971 + index), SECTORS, FACTORS, LMDIR_X[index]);
  }

  /** The same year as a table of named columns, with a column that is not a factor. */
  static FactorValues yearFromColumns(int index) {
    Map<String, double[]> table = new HashMap<>();
    for (int k = 0; k < 3; k++) {
      table.put(FACTORS.get(k), new double[] {LMDIR_X[index][0][k], LMDIR_X[index][1][k]});
    }
    table.put("year", new double[] {1971 + index, 1971 + index});
    return FactorValues.fromColumns(Integer.toString(1971 + index), SECTORS, FACTORS, table);
  }

  @Test
  void the_layouts_hold_the_same_data() {
    for (int p = 0; p < 4; p++) {
      assertEquals(LmdiTest.year(p), year(p), "bySector is the [factor][sector] data transposed");
      assertEquals(LmdiTest.year(p), yearFromColumns(p), "fromColumns");
      assertArrayEquals(LMDIR_X[p], year(p).valuesBySector());
      assertArrayEquals(SIMPLE[p], year(p).values());
    }
  }

  /** LMDIR test_lmdi.R, "additive LMDI-I works as expected", and test_util.R's Z_1..Z_3 as [sector][factor]. */
  @Test
  void additive_lmdi_i_from_sector_rows_is_lmdirs() {
    double[][] dV = {{69.79006598, -9.455125793, 39.66505981}, {42.96021467, -34.31902656, 50.3588119},
        {54.01064234, -9.021284671, 54.01064234}};
    double[][][] z = {
        {{50.47438029, -25.23719014, 14.76280986}, {19.31568569, 15.78206435, 24.90224996}},
        {{42.96021467, -56.79031473, 17.83010006}, {0, 22.47128816, 32.52871184}},
        {{12.6549815, -39.30996299, 12.6549815}, {41.35566084, 30.28867832, 41.35566084}}};
    for (int p = 0; p < 3; p++) {
      for (LmdiResult r : List.of(Lmdi.decompose(year(p), year(p + 1), LMDI_I, ADDITIVE),
          Lmdi.decompose(yearFromColumns(p), yearFromColumns(p + 1), LMDI_I, ADDITIVE),
          Lmdi.decomposeBySector(LMDIR_X[p], LMDIR_X[p + 1], LMDI_I, ADDITIVE))) {
        double[] effects = r.effectsArray();
        double[][] terms = r.termsBySector();
        for (int k = 0; k < 3; k++) {
          assertClose(dV[p][k], effects[k], "dV " + p + " factor " + k);
          for (int i = 0; i < 2; i++) {
            assertClose(z[p][i][k], terms[i][k], "Z_" + (p + 1) + "[" + (i + 1) + "," + (k + 1) + "]");
          }
        }
      }
    }
  }

  /** LMDIR test_lmdi.R, "multiplicative LMDI-I works as expected": res$D[[2..4]]. */
  @Test
  void multiplicative_lmdi_i_from_sector_rows_is_lmdirs() {
    double[][] d = {{1.761117821, 0.926191306, 1.379410116}, {1.229284572, 0.847970248, 1.273773912},
        {1.208140223, 0.968911503, 1.208140223}};
    for (int p = 0; p < 3; p++) {
      LmdiResult r = Lmdi.decomposeBySector(LMDIR_X[p], LMDIR_X[p + 1], LMDI_I, MULTIPLICATIVE);
      for (int k = 0; k < 3; k++) {
        assertClose(d[p][k], r.effect(k), "D " + p + " factor " + k);
      }
    }
  }

  @Test
  void unnamed_sector_rows_name_factors_and_sectors_from_zero_like_the_indices() {
    LmdiResult r = Lmdi.decomposeBySector(LMDIR_X[0], LMDIR_X[1], LMDI_I, ADDITIVE);
    assertEquals(List.of("factor 0", "factor 1", "factor 2"), r.factors());
    assertEquals(List.of("sector 0", "sector 1"), r.sectors());
    for (int k = 0; k < 3; k++) {
      assertEquals(r.effect(k), r.effect("factor " + k), 0, "effect(" + k + ") is effect(\"factor " + k + "\")");
    }
    FactorValues v = FactorValues.bySector("0", LMDIR_X[0]);
    assertEquals(v.value(2, 1), v.value("factor 2", "sector 1"), 0);
    // the [factor][sector] entry keeps its names, 1 .. n, as before
    LmdiResult old = Lmdi.decompose(SIMPLE[0], SIMPLE[1], LMDI_I, ADDITIVE);
    assertEquals(List.of("factor 1", "factor 2", "factor 3"), old.factors());
    assertArrayEquals(old.effectsArray(), r.effectsArray(), 0);
  }

  @Test
  void bad_input_names_the_row_and_the_column() {
    IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
        () -> FactorValues.bySector("2020", SECTORS, FACTORS, new double[][] {{1, 2, 3}, {1, 2}}));
    assertTrue(ragged.getMessage().contains("row 1 (sector 'subsubcat 2') has 2 values"), ragged.getMessage());
    IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
        () -> FactorValues.bySector("2020", SECTORS, FACTORS, new double[][] {{1, 2, 3}}));
    assertTrue(rows.getMessage().contains("one row per sector"), rows.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> FactorValues.bySector("2020", SECTORS, FACTORS, new double[][] {{1, 2, 3}, {1, -2, 3}}));
    assertTrue(negative.getMessage().contains("factor 'factor 2', sector 'subsubcat 2'"), negative.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> FactorValues.fromColumns("2020", SECTORS, FACTORS, Map.of("factor 1", new double[] {1, 2})));
    assertTrue(missing.getMessage().contains("no column 'factor 2'")
        && missing.getMessage().contains("[factor 1]"), missing.getMessage());
    IllegalArgumentException shortColumn = assertThrows(IllegalArgumentException.class,
        () -> FactorValues.fromColumns("2020", SECTORS, List.of("a"), Map.of("a", new double[] {1})));
    assertTrue(shortColumn.getMessage().contains("column 'a' has 1 values"), shortColumn.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Lmdi.decomposeBySector(LMDIR_X[0], new double[][] {{1, 2, 3}}, LMDI_I, ADDITIVE));
    assertThrows(IllegalArgumentException.class, () -> FactorValues.bySector("x", new double[0][]));
    assertThrows(IllegalArgumentException.class,
        () -> Lmdi.decomposeBySector(LMDIR_X[0], new double[][] {{1, 2, 3}, null}, LMDI_II, ADDITIVE));
  }
}
