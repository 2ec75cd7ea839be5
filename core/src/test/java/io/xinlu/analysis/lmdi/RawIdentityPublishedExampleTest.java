package io.xinlu.analysis.lmdi;

import static io.xinlu.analysis.lmdi.LmdiForm.MULTIPLICATIVE;
import static io.xinlu.analysis.lmdi.LmdiIdentity.ACTIVITY;
import static io.xinlu.analysis.lmdi.LmdiIdentity.ENERGY_INTENSITY;
import static io.xinlu.analysis.lmdi.LmdiIdentity.STRUCTURE;
import static io.xinlu.analysis.lmdi.LmdiMethod.LMDI_I;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FactorValues#energyIdentity(String, List, double[], double[])} and {@link Lmdi} reproduce a published
 * worked example: raw energy and activity by sector for two years in, multiplicative LMDI-I activity, structure and
 * intensity effects out.
 *
 * <p>Source: X.Y. Xu and B.W. Ang (2014), "Multilevel index decomposition analysis: Approaches and application",
 * Energy Economics, doi:10.1016/j.eneco.2014.05.002, section 5 "Illustrative examples", read in the accepted
 * manuscript (stored as {@code documentation/xu2014.pdf} in the repository github.com/xiwangxiang/PyLMDI at commit
 * {@code 1ebd23024cc6207549d0c7b9f4ac57f29bb27648}; the tables are on the manuscript's pages headed "Tables"):
 * <ul>
 *   <li>Table 1, "Multilevel decomposition: an illustrative example (arbitrary units)", the data (taken there from an
 *       example in Ang 1995): two sectors at level 1, each of two subsectors at level 2, with energy {@code E} and
 *       activity {@code A} in year 0 and year T (and the shares and intensities they imply); the sector totals are
 *       printed in brackets, the aggregate {@code E} goes from 50 to 64 and {@code A} from 50 to 80;</li>
 *   <li>Table 2, "Single level LMDI-I decomposition results: symmetric hierarchy and Dtot = 1.28", the multiplicative
 *       LMDI-I effects {@code Dact}, {@code Dstr}, {@code Dint} of the single-level decompositions on the two sectors
 *       (level 1) and on the four subsectors (level 2), to 4 decimals;</li>
 *   <li>Table 3 and Table 4, the multilevel "M-P" (parallel) model on the same data and on the asymmetric variant of
 *       section 5.2 (Sector 2 without subsectors). The paper states (section 5.1) that the M-P model and the
 *       single-level model (level 2) give the same activity and intensity effects and that the product of the M-P
 *       model's two structure effects equals the single-level structure effect; for the asymmetric case its footnote 8
 *       gives Sector 2 a dummy subsector equal to itself, so the single-level model there runs on the three units
 *       subsector 1, subsector 2 and Sector 2.</li>
 * </ul>
 * The identity is the one {@code energyIdentity} builds, {@code E = sum_i A (A_i / A) (E_i / A_i)}. Each effect of
 * Table 2 and each activity and intensity effect of the M-P rows is checked to half a unit in its fourth decimal
 * (5e-5); the products of two printed structure effects, each rounded to 4 decimals, to the error those roundings can
 * cause (5e-5 times the sum of the two factors, under 1.2e-4). The source has no CO2, so {@code co2Identity} is not
 * checked here (it adds an emission factor to the same construction; {@link RawIdentityAndKayaTest} checks it against
 * the run identities).
 */
class RawIdentityPublishedExampleTest {
  /** Half a unit in the fourth decimal, the precision of Tables 2, 3 and 4. */
  static final double HALF_UNIT = 5e-5;

  // ---- Table 1, level 1 (the bracketed sector totals) ---------------------------------------------------------------
  static final List<String> SECTORS = List.of("sector 1", "sector 2");
  static final double[] SECTOR_E0 = {30, 20};
  static final double[] SECTOR_A0 = {10, 40};
  static final double[] SECTOR_ET = {40, 24};
  static final double[] SECTOR_AT = {20, 60};

  // ---- Table 1, level 2 ---------------------------------------------------------------------------------------------
  static final List<String> SUBSECTORS = List.of("subsector 1", "subsector 2", "subsector 3", "subsector 4");
  static final double[] SUB_E0 = {20, 10, 8, 12};
  static final double[] SUB_A0 = {5, 5, 10, 30};
  static final double[] SUB_ET = {30, 10, 15, 9};
  static final double[] SUB_AT = {12, 8, 30, 30};

  static LmdiResult multiplicative(List<String> sectors, double[] a0, double[] e0, double[] aT, double[] eT) {
    FactorValues y0 = FactorValues.energyIdentity("year 0", sectors, a0, e0);
    FactorValues yT = FactorValues.energyIdentity("year T", sectors, aT, eT);
    return Lmdi.decompose(y0, yT, LMDI_I, MULTIPLICATIVE);
  }

  @Test
  void table_2_single_level_decomposition_on_the_two_sectors() {
    LmdiResult r = multiplicative(SECTORS, SECTOR_A0, SECTOR_E0, SECTOR_AT, SECTOR_ET);
    assertEquals(1.5998, r.effect(ACTIVITY), HALF_UNIT);
    assertEquals(1.1183, r.effect(STRUCTURE), HALF_UNIT);
    assertEquals(0.7154, r.effect(ENERGY_INTENSITY), HALF_UNIT);
    assertEquals(1.28, r.combinedEffects(), 5e-3); // Dtot = 64 / 50, printed to 2 decimals
  }

  @Test
  void table_2_single_level_decomposition_on_the_four_subsectors() {
    LmdiResult r = multiplicative(SUBSECTORS, SUB_A0, SUB_E0, SUB_AT, SUB_ET);
    assertEquals(1.5936, r.effect(ACTIVITY), HALF_UNIT);
    assertEquals(1.2378, r.effect(STRUCTURE), HALF_UNIT);
    assertEquals(0.6489, r.effect(ENERGY_INTENSITY), HALF_UNIT);
    assertEquals(1.28, r.combinedEffects(), 5e-3);
  }

  @Test
  void table_1_bracketed_sector_totals_are_the_sums_of_their_subsectors() {
    // the level-1 data are the printed brackets; the identities built from them carry the same totals
    FactorValues sectors0 = FactorValues.energyIdentity("year 0", SECTORS, SECTOR_A0, SECTOR_E0);
    FactorValues subsectors0 = FactorValues.energyIdentity("year 0", SUBSECTORS, SUB_A0, SUB_E0);
    FactorValues sectorsT = FactorValues.energyIdentity("year T", SECTORS, SECTOR_AT, SECTOR_ET);
    FactorValues subsectorsT = FactorValues.energyIdentity("year T", SUBSECTORS, SUB_AT, SUB_ET);
    assertEquals(50, sectors0.total(), 1e-12);
    assertEquals(50, subsectors0.total(), 1e-12);
    assertEquals(64, sectorsT.total(), 1e-12);
    assertEquals(64, subsectorsT.total(), 1e-12);
    assertEquals(50, sectors0.value(ACTIVITY, "sector 1"), 0); // Total A0 = 50
    assertEquals(80, subsectorsT.value(ACTIVITY, "subsector 4"), 0); // Total AT = 80
  }

  @Test
  void table_3_m_p_model_matches_the_single_level_decomposition_on_the_subsectors() {
    // Table 3, M-P row: Dact 1.5936, Dstr(0,1) 1.1183, Dstr(1,2) 1.1068, Dint 0.6489
    LmdiResult r = multiplicative(SUBSECTORS, SUB_A0, SUB_E0, SUB_AT, SUB_ET);
    assertEquals(1.5936, r.effect(ACTIVITY), HALF_UNIT);
    assertEquals(0.6489, r.effect(ENERGY_INTENSITY), HALF_UNIT);
    assertEquals(1.1183 * 1.1068, r.effect(STRUCTURE), HALF_UNIT * (1.1183 + 1.1068) + 1e-12);
  }

  @Test
  void table_4_asymmetric_hierarchy_m_p_model_matches_the_single_level_decomposition_on_three_units() {
    // section 5.2: Table 1 without the rows of subsectors 3 and 4; Sector 2 enters whole (footnote 8's dummy subsector)
    List<String> units = List.of("subsector 1", "subsector 2", "sector 2");
    double[] a0 = {5, 5, 40};
    double[] e0 = {20, 10, 20};
    double[] aT = {12, 8, 60};
    double[] eT = {30, 10, 24};
    LmdiResult r = multiplicative(units, a0, e0, aT, eT);
    // Table 4, M-P row: Dact 1.5985, Dstr(0,1) 1.1179, Dstr(1,2) 1.0407, Dint 0.6883
    assertEquals(1.5985, r.effect(ACTIVITY), HALF_UNIT);
    assertEquals(0.6883, r.effect(ENERGY_INTENSITY), HALF_UNIT);
    assertEquals(1.1179 * 1.0407, r.effect(STRUCTURE), HALF_UNIT * (1.1179 + 1.0407) + 1e-12);
    assertEquals(1.28, r.combinedEffects(), 5e-3);
  }
}
