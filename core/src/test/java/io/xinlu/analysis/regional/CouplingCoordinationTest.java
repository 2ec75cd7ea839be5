package io.xinlu.analysis.regional;

import static io.xinlu.analysis.AnalysisRuns.assertMessage;
import static io.xinlu.analysis.AnalysisRuns.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.xinlu.analysis.AnalysisRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/**
 * Coupling coordination: a published two-system table, the n-system form, the grade scale, bad input, and the
 * ranges of C, T and D for generated indices and weights.
 */
class CouplingCoordinationTest {

  // ---- the published example -----------------------------------------------------------------------------

  /**
   * "Urban-Rural Logistics Coupling Coordinated Development and Urban-Rural Integrated Development: Measurement,
   * Influencing Factors, and Countermeasures", Mathematical Problems in Engineering 2022, Article ID 2969206,
   * Table 4 "Coupling and coupling coordination type of the urban-rural logistics composite systems"
   * (https://www.hindawi.com/journals/mpe/2022/2969206/tab4/, doi:10.1155/2022/2969206): the urban and rural
   * logistics indices Uu and Ur of 2011-2020 and the published C, T and D, all to three decimals, with equal weights
   * (T = (Uu + Ur) / 2). The published values were computed from unrounded indices, so they are matched to within
   * 0.001.
   */
  @ParameterizedTest(name = "{0}: Uu = {1}, Ur = {2} -> C = {3}, T = {4}, D = {5}")
  @CsvSource({
      "2011, 0.101, 0.280, 0.882, 0.190, 0.410",
      "2012, 0.165, 0.406, 0.906, 0.286, 0.509",
      "2013, 0.187, 0.427, 0.920, 0.307, 0.532",
      "2014, 0.238, 0.511, 0.931, 0.374, 0.590",
      "2015, 0.424, 0.421, 1.000, 0.422, 0.650",
      "2016, 0.538, 0.407, 0.990, 0.473, 0.684",
      "2017, 0.591, 0.466, 0.993, 0.528, 0.724",
      "2018, 0.694, 0.581, 0.996, 0.638, 0.797",
      "2019, 0.892, 0.662, 0.989, 0.777, 0.877",
      "2020, 0.879, 0.637, 0.987, 0.758, 0.865",
  })
  void reproduces_the_urban_rural_logistics_table(int year, double uu, double ur, double c, double t, double d) {
    CouplingCoordination cc = CouplingCoordination.of(uu, ur);
    assertEquals(c, cc.coupling(), 1e-3, "C");
    assertEquals(t, cc.development(), 1e-3, "T");
    assertEquals(d, cc.coordination(), 1e-3, "D");
    CouplingCoordination weighted = CouplingCoordination.of(new double[] {uu, ur}, new double[] {0.5, 0.5});
    assertEquals(cc, weighted, "equal weights are the default");
  }

  @Test
  void two_systems_follow_the_two_system_formula_and_n_systems_the_general_one() {
    CouplingCoordination two = CouplingCoordination.of(0.3, 0.7);
    assertEquals(2 * Math.sqrt(0.3 * 0.7) / (0.3 + 0.7), two.coupling(), 1e-15);
    // n = 3: C = 3 [0.2 * 0.4 * 0.8 / 1.4^3]^(1/3) = 3 * 0.4 / 1.4 = 6/7
    CouplingCoordination three = CouplingCoordination.of(new double[] {0.2, 0.4, 0.8},
        new double[] {0.5, 0.3, 0.2});
    assertEquals(6.0 / 7, three.coupling(), 1e-15);
    assertEquals(0.5 * 0.2 + 0.3 * 0.4 + 0.2 * 0.8, three.development(), 1e-15);
    assertEquals(Math.sqrt(6.0 / 7 * 0.38), three.coordination(), 1e-15);
    assertEquals(CoordinationGrade.BARELY_COORDINATED, three.grade());
    assertEquals(3, three.size());
    assertEquals(1, CouplingCoordination.of(0.6, 0.6, 0.6, 0.6).coupling(), 0);
    assertEquals(0, CouplingCoordination.of(0, 0.6, 0.6).coupling(), 0);
    assertEquals(0, CouplingCoordination.of(0, 0.6, 0.6).coordination(), 0);
  }

  // ---- grades --------------------------------------------------------------------------------------------

  /** Tian et al. (2021), Acta Geographica Sinica 76(4), Table 1: bands lower < D <= upper, 0 <= D <= 0.1 first. */
  @ParameterizedTest(name = "D = {0}: {1}")
  @CsvSource({
      "0, EXTREME_DISORDER",
      "0.1, EXTREME_DISORDER",
      "0.10000001, SERIOUS_DISORDER",
      "0.2, SERIOUS_DISORDER",
      "0.25, MODERATE_DISORDER",
      "0.35, MILD_DISORDER",
      "0.41, VERGE_OF_DISORDER",
      "0.5, VERGE_OF_DISORDER",
      "0.55, BARELY_COORDINATED",
      "0.65, PRIMARY_COORDINATION",
      "0.7, PRIMARY_COORDINATION",
      "0.75, INTERMEDIATE_COORDINATION",
      "0.85, GOOD_COORDINATION",
      "0.9, GOOD_COORDINATION",
      "0.95, HIGH_QUALITY_COORDINATION",
      "1, HIGH_QUALITY_COORDINATION",
  })
  void grades_follow_the_ten_level_scale(double d, CoordinationGrade grade) {
    assertEquals(grade, CoordinationGrade.of(d));
    assertTrue(d == 0 ? grade.lower() == 0 : d > grade.lower());
    assertTrue(d <= grade.upper());
  }

  @Test
  void grades_have_labels_in_english_and_chinese() {
    assertEquals("extreme disorder", CoordinationGrade.EXTREME_DISORDER.label());
    assertEquals("极度失调", CoordinationGrade.EXTREME_DISORDER.chineseLabel());
    assertEquals("high-quality coordination", CoordinationGrade.HIGH_QUALITY_COORDINATION.label());
    assertEquals("优质协调", CoordinationGrade.HIGH_QUALITY_COORDINATION.chineseLabel());
    assertEquals(10, CoordinationGrade.values().length);
    assertFalse(CoordinationGrade.VERGE_OF_DISORDER.isCoordinated());
    assertTrue(CoordinationGrade.BARELY_COORDINATED.isCoordinated());
    assertMessage(() -> CoordinationGrade.of(1.01), "outside [0, 1]");
    assertMessage(() -> CoordinationGrade.of(Double.NaN), "outside [0, 1]");
  }

  // ---- bad input -----------------------------------------------------------------------------------------

  @Test
  void bad_indices_and_weights_are_rejected() {
    assertMessage(() -> CouplingCoordination.of(0.5), "at least two subsystems, but 1 index was given");
    assertMessage(() -> CouplingCoordination.of(), "at least two subsystems, but 0 indexes were given");
    assertMessage(() -> CouplingCoordination.of(0.5, 1.2), "index U[1] = 1.2 is outside [0, 1]");
    assertMessage(() -> CouplingCoordination.of(-0.1, 0.5), "index U[0] = -0.1 is outside [0, 1]");
    assertMessage(() -> CouplingCoordination.of(0.5, Double.NaN), "index U[1] = NaN is outside [0, 1]");
    assertMessage(() -> CouplingCoordination.of(0, 0, 0), "all 3 indices are 0");
    assertMessage(() -> CouplingCoordination.of(new double[] {0.2, 0.4}, new double[] {0.5, 0.6}),
        "sum to 1.1, not 1");
    assertMessage(() -> CouplingCoordination.of(new double[] {0.2, 0.4}, new double[] {1.5, -0.5}),
        "weight a[1] = -0.5");
    assertMessage(() -> CouplingCoordination.of(new double[] {0.2, 0.4}, new double[] {1.0}),
        "there are 1 weights for 2 subsystem indices");
    assertMessage(() -> CouplingCoordination.of(new double[] {0.2, 0.4}, new double[] {Double.NaN, 1}),
        "weight a[0] = NaN");
    // within the tolerance is fine
    CouplingCoordination.of(new double[] {0.2, 0.4}, new double[] {0.3, 0.7 + 1e-12});
  }

  // ---- properties ----------------------------------------------------------------------------------------

  /** For any indices in [0, 1] (not all 0) and weights summing to 1, C, T and D lie in [0, 1] and D = sqrt(C T). */
  @Test
  void coupling_development_and_coordination_lie_in_the_unit_interval() {
    qt().forAll(indicesAndWeights()).checkAssert(uw -> {
      CouplingCoordination cc = CouplingCoordination.of(uw[0], uw[1]);
      assertInUnit(cc.coupling(), "C");
      assertInUnit(cc.development(), "T");
      assertInUnit(cc.coordination(), "D");
      assertEquals(Math.sqrt(cc.coupling() * cc.development()), cc.coordination(), 1e-15);
      double min = 1;
      double max = 0;
      for (double u : uw[0]) {
        min = Math.min(min, u);
        max = Math.max(max, u);
      }
      assertTrue(cc.development() >= min - 1e-15 && cc.development() <= max + 1e-15, "T between min and max U");
      assertEquals(CoordinationGrade.of(cc.coordination()), cc.grade());
    });
  }

  private static void assertInUnit(double x, String what) {
    assertTrue(x >= 0 && x <= 1, what + " = " + x + " is outside [0, 1]");
  }

  /** 2 to 8 indices in [0, 1], a third of them 0 or 1 now and then, and weights normalised to sum to 1. */
  private static Gen<double[][]> indicesAndWeights() {
    return in -> {
      int n = integers().between(2, 8).generate(in);
      double[] u = new double[n];
      double[] w = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        int kind = integers().between(0, 5).generate(in);
        u[i] = kind == 0 ? 0 : kind == 1 ? 1 : doubles().between(0, 1).generate(in);
        w[i] = doubles().between(0, 1).generate(in);
        sum += w[i];
      }
      if (u[0] == 0) {
        u[0] = 0.5; // not all 0
      }
      if (sum == 0) {
        w[0] = 1;
        sum = 1;
      }
      for (int i = 0; i < n; i++) {
        w[i] /= sum;
      }
      return new double[][] {u, w};
    };
  }
}
