package io.xinlu.uncertainty.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sobol' indices against the analytic indices of two standard test functions, the Ishigami function and the Sobol'
 * G function, and the contracts of {@link SaltelliDesign}, {@link SobolAnalysis}, {@link SobolIndexSeries} and
 * {@link Bootstrap}.
 *
 * <p><b>Sample size.</b> With pseudo-random base samples ({@link SaltelliDesign#random(int, int, long)}), the
 * estimates' error shrinks like {@code 1/sqrt(N)}. At {@code N = 2^16 = 65536} the largest error over all indices
 * and the seeds 0 to 99 was 0.014 for the Ishigami function (327,680 runs each) and 0.012 for the G function
 * (655,360 runs each), measured with this implementation; the tests use seed 7 and the tolerance 0.02 of the issue.
 * At {@code N = 4096} the largest errors were 0.055 and 0.057: too small for 0.02.
 */
class SobolAnalysisTest {
  static final int N = 1 << 16;
  static final long SEED = 7;
  static final double TOLERANCE = 0.02;

  /**
   * The Ishigami function {@code f = sin x1 + a sin^2 x2 + b x3^4 sin x1} with {@code x_i ~ U(-pi, pi)}, a = 7 and
   * b = 0.1 (T. Ishigami and T. Homma, An importance quantification technique in uncertainty analysis for computer
   * models, Proceedings of the First International Symposium on Uncertainty Modeling and Analysis, IEEE, 1990,
   * pp. 398-403).
   */
  static final double A = 7;
  static final double B = 0.1;

  static double ishigami(double[] u) {
    double x1 = -Math.PI + 2 * Math.PI * u[0];
    double x2 = -Math.PI + 2 * Math.PI * u[1];
    double x3 = -Math.PI + 2 * Math.PI * u[2];
    double s2 = Math.sin(x2);
    return Math.sin(x1) + A * s2 * s2 + B * x3 * x3 * x3 * x3 * Math.sin(x1);
  }

  /**
   * The analytic partial variances, derived as follows. For {@code x ~ U(-pi, pi)}: {@code E[sin x] = 0},
   * {@code E[sin^2 x] = 1/2}, {@code Var[sin^2 x] = 3/8 - 1/4 = 1/8}, {@code E[x^4] = pi^4/5} and
   * {@code E[x^8] = pi^8/9}. Write {@code f = sin x1 (1 + b x3^4) + a sin^2 x2}. Then {@code E[f | x1] - E f =
   * sin x1 (1 + b pi^4/5)}, so {@code V1 = (1 + b pi^4/5)^2 / 2}; {@code V2 = a^2 Var[sin^2 x2] = a^2/8};
   * {@code E[f | x3] = E f}, so {@code V3 = 0}; {@code V13 = Var[sin x1 (1 + b x3^4)] - V1
   * = (1 + 2b pi^4/5 + b^2 pi^8/9)/2 - (1 + b pi^4/5)^2/2 = b^2 pi^8 (1/18 - 1/50) = 8 b^2 pi^8 / 225}; the other
   * interactions are zero, and {@code V = V1 + V2 + V13 = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2}. The indices are
   * {@code S_i = V_i / V}, {@code S_T1 = (V1 + V13)/V}, {@code S_T2 = V2/V} and {@code S_T3 = V13/V}: for a = 7 and
   * b = 0.1, S = (0.3139, 0.4424, 0) and S_T = (0.5576, 0.4424, 0.2437). The same terms are given by the Virtual
   * Library of Simulation Experiments (S. Surjanovic and D. Bingham, www.sfu.ca/~ssurjano/ishigami.html, as quoted in
   * the script {@code inst/testf5.R} of the R package BASS: {@code V1 = (5 + b pi^4)^2/50}, {@code V2 = a^2/8},
   * {@code V13 = 8 b^2 pi^8/225}).
   */
  static double[][] ishigamiAnalytic() {
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = Math.pow(Math.PI, 8);
    double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
    double v2 = A * A / 8;
    double v13 = 8 * B * B * pi8 / 225;
    double v = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
    return new double[][] {{v1 / v, v2 / v, 0}, {(v1 + v13) / v, v2 / v, v13 / v}};
  }

  /**
   * The Sobol' G function {@code g = prod_i (|4 x_i - 2| + a_i) / (1 + a_i)}, {@code x_i ~ U(0, 1)}, used as a test
   * case by Saltelli et al. (2010, <i>Computer Physics Communications</i> 181:259-270), with the coefficients
   * {@code a = (0, 1, 4.5, 9, 99, 99, 99, 99)}, the default of SALib's {@code src/SALib/test_functions/Sobol_G.py}.
   * Each factor's term {@code g_i} has mean 1 ({@code |4x - 2|} is uniform on [0, 2]) and variance
   * {@code V_i = Var|4x - 2| / (1 + a_i)^2 = 1 / (3 (1 + a_i)^2)}; for a product of independent terms of mean 1,
   * {@code E[g | x_u] = prod_{i in u} g_i}, so {@code V = prod (1 + V_i) - 1}, {@code S_i = V_i / V} and
   * {@code S_Ti = V_i prod_{j != i} (1 + V_j) / V} (the sum over all subsets containing {@code i} of
   * {@code prod_{j in u} V_j}); SALib's {@code sensitivity_index} and {@code total_sensitivity_index} compute the
   * same.
   */
  static final double[] G_A = {0, 1, 4.5, 9, 99, 99, 99, 99};

  static double sobolG(double[] u) {
    double g = 1;
    for (int i = 0; i < G_A.length; i++) {
      g *= (Math.abs(4 * u[i] - 2) + G_A[i]) / (1 + G_A[i]);
    }
    return g;
  }

  static double[][] sobolGAnalytic() {
    int k = G_A.length;
    double[] vi = new double[k];
    double product = 1;
    for (int i = 0; i < k; i++) {
      vi[i] = 1 / (3 * (1 + G_A[i]) * (1 + G_A[i]));
      product *= 1 + vi[i];
    }
    double v = product - 1;
    double[][] s = new double[2][k];
    for (int i = 0; i < k; i++) {
      s[0][i] = vi[i] / v;
      s[1][i] = vi[i] * (product / (1 + vi[i])) / v;
    }
    return s;
  }

  @Test
  void ishigami_analytic_indices_are_the_tabulated_ones() {
    double[][] s = ishigamiAnalytic();
    assertArrayEquals(new double[] {0.3139, 0.4424, 0}, s[0], 5e-5);
    assertArrayEquals(new double[] {0.5576, 0.4424, 0.2437}, s[1], 5e-5);
  }

  @Test
  void ishigami_indices_are_within_two_hundredths_of_the_analytic_values() {
    SaltelliDesign design = SaltelliDesign.random(3, N, SEED);
    SobolAnalysis s = SobolAnalysis.of(design, design.evaluate(SobolAnalysisTest::ishigami));
    double[][] exact = ishigamiAnalytic();
    assertArrayEquals(exact[0], s.firstOrder(), TOLERANCE, s.toString());
    assertArrayEquals(exact[1], s.total(), TOLERANCE, s.toString());
    assertEquals(exact[0][1], s.firstOrder("x2"), TOLERANCE);
    assertFalse(s.bootstrap().isPresent());
    assertFalse(s.totalInterval("x1").isPresent());
  }

  @Test
  void ishigami_bootstrap_intervals_bracket_the_estimates_and_are_narrow_at_the_documented_sample_size() {
    SaltelliDesign design = SaltelliDesign.random(3, N, SEED);
    Bootstrap bootstrap = Bootstrap.of(200, 11);
    SobolAnalysis s = SobolAnalysis.of(design, design.evaluate(SobolAnalysisTest::ishigami), bootstrap);
    assertEquals(bootstrap, s.bootstrap().orElseThrow());
    for (SobolAnalysis.Index i : s.indices()) {
      ConfidenceInterval first = i.firstOrderInterval().orElseThrow();
      ConfidenceInterval total = i.totalInterval().orElseThrow();
      assertEquals(0.95, first.level());
      assertTrue(first.contains(i.firstOrder()) && total.contains(i.total()), s.toString());
      // at N = 2^16 every 95 % interval is narrower than 0.04, that is within 0.02 of its estimate either side
      assertTrue(first.width() < 2 * TOLERANCE && total.width() < 2 * TOLERANCE, s.toString());
    }
  }

  /**
   * Coverage of the percentile intervals at a small sample: over seeds 0-99 at N = 1024 with 100 resamples, this
   * implementation's 95 % intervals held the analytic Ishigami index 542 times in 600 (90 %); the bound 85 % is
   * five binomial standard deviations below that.
   */
  @Test
  void bootstrap_intervals_cover_the_analytic_indices_near_the_nominal_rate() {
    double[][] exact = ishigamiAnalytic();
    int covered = 0;
    int intervals = 0;
    for (int seed = 0; seed < 100; seed++) {
      SaltelliDesign design = SaltelliDesign.random(3, 1024, seed);
      SobolAnalysis s = SobolAnalysis.of(design, design.evaluate(SobolAnalysisTest::ishigami),
          Bootstrap.of(100, seed));
      for (int i = 0; i < 3; i++) {
        String f = "x" + (i + 1);
        covered += s.firstOrderInterval(f).orElseThrow().contains(exact[0][i]) ? 1 : 0;
        covered += s.totalInterval(f).orElseThrow().contains(exact[1][i]) ? 1 : 0;
        intervals += 2;
      }
    }
    assertTrue(covered >= 0.85 * intervals, covered + " of " + intervals);
  }

  @Test
  void sobol_g_indices_are_within_two_hundredths_of_the_analytic_values() {
    List<String> names = List.of("g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8");
    SaltelliDesign design = SaltelliDesign.random(names, N, SEED);
    SobolAnalysis s = SobolAnalysis.of(design, design.evaluate(SobolAnalysisTest::sobolG));
    double[][] exact = sobolGAnalytic();
    assertEquals(0.7162, exact[0][0], 5e-5);
    assertEquals(0.7871, exact[1][0], 5e-5);
    assertArrayEquals(exact[0], s.firstOrder(), TOLERANCE, s.toString());
    assertArrayEquals(exact[1], s.total(), TOLERANCE, s.toString());
    assertEquals(names, s.names());
    assertEquals(exact[1][7], s.index("g8").total(), TOLERANCE);
  }

  @Test
  void an_additive_linear_model_apportions_its_variance_by_the_squared_coefficients() {
    double[] c = {3, -2, 1, 0};
    SaltelliDesign design = SaltelliDesign.random(4, 8192, 3);
    SobolAnalysis s = SobolAnalysis.of(design, design.evaluate(u -> c[0] * u[0] + c[1] * u[1] + c[2] * u[2]));
    for (int i = 0; i < 4; i++) {
      double expected = c[i] * c[i] / 14.0; // var(c_i u_i) = c_i^2 / 12, no interactions
      assertEquals(expected, s.firstOrder()[i], 0.03);
      assertEquals(expected, s.total()[i], 1e-12 + 0.03);
    }
    assertEquals(0, s.total("x4"), 0); // a factor the model ignores has exactly zero total effect
    assertEquals(14.0 / 12, s.variance(), 0.05);
  }

  @Test
  void indices_do_not_change_when_the_output_is_shifted_or_scaled() {
    SaltelliDesign design = SaltelliDesign.random(3, 4096, 5);
    double[] y = design.evaluate(SobolAnalysisTest::ishigami);
    double[] gdpLike = new double[y.length];
    for (int r = 0; r < y.length; r++) {
      gdpLike[r] = 1e9 + 1e3 * y[r];
    }
    SobolAnalysis s = SobolAnalysis.of(design, y, Bootstrap.of(50, 1));
    SobolAnalysis t = SobolAnalysis.of(design, gdpLike, Bootstrap.of(50, 1));
    assertArrayEquals(s.firstOrder(), t.firstOrder(), 1e-6);
    assertArrayEquals(s.total(), t.total(), 1e-6);
    assertEquals(s.firstOrderInterval("x1").orElseThrow().lower(),
        t.firstOrderInterval("x1").orElseThrow().lower(), 1e-6);
  }

  @Test
  void the_design_lays_out_ab_and_each_a_bi_in_blocks_of_n() {
    double[][] a = {{0.1, 0.2}, {0.3, 0.4}, {0.5, 0.6}};
    double[][] b = {{0.9, 0.8}, {0.7, 0.6}, {0.5, 0.4}};
    SaltelliDesign d = SaltelliDesign.of(List.of("p", "q"), a, b);
    assertEquals(3, d.baseSize());
    assertEquals(2, d.factorCount());
    assertEquals(12, d.size());
    double[][] expected = {
        {0.1, 0.2}, {0.3, 0.4}, {0.5, 0.6}, // A
        {0.9, 0.8}, {0.7, 0.6}, {0.5, 0.4}, // B
        {0.9, 0.2}, {0.7, 0.4}, {0.5, 0.6}, // AB_0: A with column 0 from B
        {0.1, 0.8}, {0.3, 0.6}, {0.5, 0.4}}; // AB_1
    double[][] points = d.points();
    for (int r = 0; r < expected.length; r++) {
      assertArrayEquals(expected[r], points[r], 0, "row " + r);
      assertArrayEquals(expected[r], d.point(r), 0, "row " + r);
    }
    assertArrayEquals(a[2], d.a()[2], 0);
    assertArrayEquals(b[0], d.b()[0], 0);
    double[] rows = d.evaluate(u -> 10 * u[0] + u[1]);
    assertEquals(9 + 0.2, rows[6], 1e-12);
    // accessors and evaluate hand out copies
    d.points()[0][0] = 5;
    d.a()[0][0] = 5;
    d.evaluate(u -> u[0] = 7);
    assertEquals(0.1, d.point(0)[0]);
    assertThrows(IndexOutOfBoundsException.class, () -> d.point(12));
  }

  @Test
  void the_same_seed_gives_the_same_design_and_intervals() {
    SaltelliDesign d1 = SaltelliDesign.random(List.of("a", "b", "c"), 512, 99);
    SaltelliDesign d2 = SaltelliDesign.random(List.of("a", "b", "c"), 512, 99);
    assertEquals(d1, d2);
    assertNotEquals(d1, SaltelliDesign.random(List.of("a", "b", "c"), 512, 100));
    double[] y = d1.evaluate(SobolAnalysisTest::ishigami);
    SobolAnalysis s1 = SobolAnalysis.of(d1, y, Bootstrap.of(100, 4));
    SobolAnalysis s2 = SobolAnalysis.of(d2, y.clone(), Bootstrap.of(100, 4));
    assertEquals(s1.indices(), s2.indices());
    assertNotEquals(s1.indices(), SobolAnalysis.of(d1, y, Bootstrap.of(100, 5)).indices());
  }

  @Test
  void a_series_analyses_each_column_as_a_single_analysis_would() {
    SaltelliDesign design = SaltelliDesign.random(3, 2048, 8);
    double[][] y = new double[design.size()][4];
    double[] col1 = new double[design.size()];
    for (int r = 0; r < design.size(); r++) {
      double[] u = design.point(r);
      y[r][0] = 2.5; // a base year: the same in every run
      y[r][1] = ishigami(u);
      y[r][2] = u[0] + 2 * u[1];
      y[r][3] = u[2];
      col1[r] = y[r][1];
    }
    Bootstrap b = Bootstrap.of(100, 3);
    SobolIndexSeries series = SobolIndexSeries.of(design, y, b);
    assertEquals(4, series.size());
    assertEquals(SobolAnalysis.of(design, col1, b), series.get(1));
    SobolAnalysis base = series.get(0);
    assertFalse(base.isDefined());
    assertEquals(0, base.variance());
    assertTrue(Double.isNaN(base.firstOrder("x1")) && Double.isNaN(base.total("x3")));
    assertFalse(base.firstOrderInterval("x2").orElseThrow().isDefined());
    double[] x3 = series.total("x3");
    assertTrue(Double.isNaN(x3[0]));
    assertEquals(0, x3[2], 0);
    assertEquals(1, x3[3], 0.05);
    assertEquals(0.8, series.firstOrder("x2")[2], 0.05); // 4 / (1 + 4)
    assertEquals(series.analyses(), SobolIndexSeries.of(design, y, b).analyses());
    assertFalse(SobolIndexSeries.of(design, y).get(2).totalInterval("x1").isPresent());
  }

  @Test
  void too_small_a_sample_is_refused_naming_the_base_size() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SaltelliDesign.random(3, 1, 1));
    assertTrue(e.getMessage().contains("base sample size N must be at least 2, got 1"), e.getMessage());
    assertTrue(e.getMessage().contains("larger N is advised"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SaltelliDesign.of(List.of("a"), new double[][] {{0.5}}, new double[][] {{0.5}}));
    assertTrue(e.getMessage().contains("N must be at least 2"), e.getMessage());
  }

  @Test
  void no_factors_repeated_names_and_mismatched_samples_are_refused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SaltelliDesign.random(0, 100, 1));
    assertTrue(e.getMessage().contains("k must be at least 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SaltelliDesign.random(List.of(), 100, 1));
    e = assertThrows(IllegalArgumentException.class, () -> SaltelliDesign.random(List.of("a", "b", "a"), 100, 1));
    assertTrue(e.getMessage().contains("'a' appears twice"), e.getMessage());
    double[][] a = {{0.1, 0.2}, {0.3, 0.4}};
    e = assertThrows(IllegalArgumentException.class,
        () -> SaltelliDesign.of(List.of("p", "q"), a, new double[][] {{0.1, 0.2}}));
    assertTrue(e.getMessage().contains("B has 1 rows but A has 2"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SaltelliDesign.of(List.of("p", "q"), a, new double[][] {{0.1, 0.2}, {0.3}}));
    assertTrue(e.getMessage().contains("B row 1 has 1 coordinates for 2 factors"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SaltelliDesign.of(List.of("p", "q"), a, new double[][] {{0.1, 0.2}, {0.3, 1.5}}));
    assertTrue(e.getMessage().contains("B row 1, factor 1: 1.5 is not in the unit interval"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SaltelliDesign.of(List.of("p", "q"), a, new double[][] {{0.1, Double.NaN}, {0.3, 0.4}}));
  }

  @Test
  void outputs_of_the_wrong_length_are_refused_naming_expected_and_actual() {
    SaltelliDesign design = SaltelliDesign.random(3, 100, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SobolAnalysis.of(design, new double[499]));
    assertEquals("Sobol analysis: expected N(k + 2) = 500 outputs (N = 100, k = 3), got 499", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SobolIndexSeries.of(design, new double[400][2]));
    assertTrue(e.getMessage().contains("expected N(k + 2) = 500 rows of outputs (N = 100, k = 3), got 400"),
        e.getMessage());
    double[][] ragged = new double[500][3];
    ragged[250] = new double[2];
    e = assertThrows(IllegalArgumentException.class, () -> SobolIndexSeries.of(design, ragged));
    assertTrue(e.getMessage().contains("row 250 (AB_0 'x1', base row 50) has 2 outputs but row 0 has 3"),
        e.getMessage());
  }

  @Test
  void non_finite_outputs_are_refused_naming_the_row() {
    SaltelliDesign design = SaltelliDesign.random(List.of("growth", "price"), 10, 1);
    double[] y = design.evaluate(u -> u[0]);
    y[31] = Double.NaN;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.of(design, y));
    assertTrue(e.getMessage().contains("row 31 (AB_1 'price', base row 1) is NaN"), e.getMessage());
    y[31] = 0;
    y[12] = Double.POSITIVE_INFINITY;
    e = assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.of(design, y, Bootstrap.of(40, 1)));
    assertTrue(e.getMessage().contains("row 12 (B, base row 2) is Infinity"), e.getMessage());
    double[][] series = new double[40][2];
    series[3][1] = Double.NaN;
    e = assertThrows(IllegalArgumentException.class, () -> SobolIndexSeries.of(design, series));
    assertTrue(e.getMessage().contains("row 3 (A, base row 3), column 1 is NaN"), e.getMessage());
  }

  @Test
  void bootstraps_with_too_few_resamples_or_a_bad_level_are_refused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bootstrap.of(39, 1));
    assertTrue(e.getMessage().contains("39 resamples are too few for a 0.95 interval; at least 40"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Bootstrap.of(100, 1).withLevel(0.99));
    assertTrue(e.getMessage().contains("at least 200"), e.getMessage());
    assertEquals(0.99, Bootstrap.of(200, 1).withLevel(0.99).level());
    assertThrows(IllegalArgumentException.class, () -> Bootstrap.of(100, 1).withLevel(1));
    assertThrows(IllegalArgumentException.class, () -> Bootstrap.of(100, 1).withLevel(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Bootstrap.of(0, 1));
    assertEquals(Bootstrap.of(100, 2), Bootstrap.of(50, 1).withResamples(100).withSeed(2));
  }

  @Test
  void an_unknown_factor_is_refused_listing_the_factors() {
    SaltelliDesign design = SaltelliDesign.random(List.of("growth", "price"), 10, 1);
    SobolAnalysis s = SobolAnalysis.of(design, design.evaluate(u -> u[0] + u[1]));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.firstOrder("wage"));
    assertEquals("Sobol analysis has no factor 'wage'; it has [growth, price]", e.getMessage());
  }
}
