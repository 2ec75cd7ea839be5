package io.xinlu.uncertainty.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Morris elementary effects against the worked exercises of A. Saltelli, M. Ratto, T. Andres, F. Campolongo,
 * J. Cariboni, D. Gatelli, M. Saisana and S. Tarantola, <i>Global Sensitivity Analysis: The Primer</i>, Wiley, 2008,
 * chapter 3, and the contracts of {@link MorrisDesign} and {@link MorrisAnalysis}.
 *
 * <p>The book's trajectories, outputs and results are taken as transcribed in the test suite of SALib
 * (github.com/SALib/SALib, {@code tests/test_analyze_morris.py}, commit 026b073a0f649c463c4bff7dcffb813674a61952):
 * {@code test_analysis_of_morris_results} ("the solution to Exercise 4 (p.138)") and
 * {@code test_compute_elementary_effects} ("Exercise 5 ... pages 140-145 ... trajectory t_1 from table 3.10 on page
 * 141 ... column t_1 in table 3.12 on page 145"). The outputs are printed to two decimals, so an elementary effect
 * computed from them may differ from the book's by up to {@code 2 x 0.005 / (2/3) = 0.015}; that is the tolerance of
 * exercise 5's effects. Exercise 4's statistics are checked exactly against values worked out by hand from the printed
 * outputs, and against the book's two-decimal figures to half a unit in their last place, except mu of x1: the
 * library computes 0.65 from the outputs, SALib lists the book's 0.66 (see the test).
 */
class MorrisTest {
  private static final double PRINTED = 0.015;
  /** Half a unit in the last place of a figure printed with two decimals. */
  private static final double HALF_LAST_PLACE = 0.005;
  /** Tolerance for values worked out by hand from the printed outputs. */
  private static final double EXACT = 1e-12;
  private static final double THIRD = 1.0 / 3;
  private static final double TWO_THIRDS = 2.0 / 3;

  /** Exercise 4: two factors, p = 4 levels, Delta = 2/3, six trajectories of three points. */
  private static final double[][][] EXERCISE_4 = {
      {{0, THIRD}, {0, 1}, {TWO_THIRDS, 1}},
      {{0, THIRD}, {TWO_THIRDS, THIRD}, {TWO_THIRDS, 1}},
      {{TWO_THIRDS, 0}, {TWO_THIRDS, TWO_THIRDS}, {0, TWO_THIRDS}},
      {{THIRD, 1}, {1, 1}, {1, THIRD}},
      {{THIRD, 1}, {THIRD, THIRD}, {1, THIRD}},
      {{THIRD, TWO_THIRDS}, {THIRD, 0}, {1, 0}}};
  private static final double[] EXERCISE_4_OUTPUTS = {
      0.97, 0.71, 2.39, 0.97, 2.30, 2.39, 1.87, 2.40, 0.87, 2.15, 1.71, 1.54, 2.15, 2.17, 1.54, 2.20, 1.87, 1.00};

  @Test
  void primer_exercise4_mu_star_and_sigma_are_reproduced() {
    MorrisDesign design = MorrisDesign.ofTrajectories(List.of("x1", "x2"), EXERCISE_4);
    MorrisAnalysis m = MorrisAnalysis.of(design, EXERCISE_4_OUTPUTS);
    // by hand from the printed outputs, each effect (y_after - y_before) / (2/3) or its negative where the factor
    // falls: x1's effects 2.52, 1.995, 2.295, -0.66, -0.945, -1.305 (sum 3.90, absolute sum 9.72); x2's -0.39, 0.135,
    // 0.795, 0.255, -0.03, 0.495 (sum 1.26, absolute sum 2.10)
    assertEquals(3.90 / 6, m.mu("x1"), EXACT);      // 0.65
    assertEquals(1.26 / 6, m.mu("x2"), EXACT);      // 0.21
    assertEquals(9.72 / 6, m.muStar("x1"), EXACT);  // 1.62
    assertEquals(2.10 / 6, m.muStar("x2"), EXACT);  // 0.35
    // the book's solution as SALib transcribes it: mu* = (1.62, 0.35) and sigma = (1.79, 0.41), matched to half a
    // unit in their last printed place (the values computed are 1.62, 0.35, 1.7941 and 0.4120)
    assertEquals(1.62, m.muStar("x1"), HALF_LAST_PLACE);
    assertEquals(0.35, m.muStar("x2"), HALF_LAST_PLACE);
    assertEquals(1.79, m.sigma("x1"), HALF_LAST_PLACE);
    assertEquals(0.41, m.sigma("x2"), HALF_LAST_PLACE);
    // mu = (0.65, 0.21) from the printed outputs. SALib lists the book's mu as (0.66, 0.21): the mean of the effects
    // after rounding them to two decimals (2.52, 2.01, 2.30, -0.66, -0.93, -1.30 in SALib's
    // test_compute_elementary_effects_small) is 3.94 / 6 = 0.657; from the outputs themselves it is 3.90 / 6 = 0.65
    assertEquals(0.21, m.mu("x2"), HALF_LAST_PLACE);
    assertEquals(0.66, m.mu("x1"), 0.01 + HALF_LAST_PLACE);
    // sigma with divisor r - 1 = 5; divisor r would give 1.64 and 0.38
    assertTrue(Math.abs(Math.sqrt(5.0 / 6) * m.sigma("x1") - 1.79) > 0.1);
    assertEquals(6, m.trajectoryCount());
    assertEquals(List.of("x1", "x2"), List.of(m.ranking().get(0).factor(), m.ranking().get(1).factor()));
    // the first trajectory raises x2 then x1: EE2 = (0.71 - 0.97) / (2/3), EE1 = (2.39 - 0.71) / (2/3)
    assertEquals(-0.39, m.elementaryEffects("x2")[0], 1e-12);
    assertEquals(2.52, m.elementaryEffects("x1")[0], 1e-12);
    // the third lowers x1 from 2/3 to 0: the effect is that of raising it, (2.40 - 0.87) / (2/3)
    assertEquals(2.295, m.elementaryEffects("x1")[2], 1e-12);
  }

  /**
   * Exercise 5, trajectory t_1 (table 3.10): fifteen factors, whose values in the book are -1.64, -0.39, 0.39 and
   * 1.64, each step moving one factor between -1.64 and 0.39 or between -0.39 and 1.64. Mapped to the grid levels 0,
   * 1/3, 2/3 and 1, every step moves one factor by Delta = 2/3, the step with which SALib's test computes the book's
   * effects.
   */
  private static final double[][] EXERCISE_5_T1_QUANTILES = {
      {1.64, -1.64, -1.64, 0.39, -0.39, 0.39, -1.64, -1.64, -0.39, -0.39, 1.64, 1.64, -0.39, 0.39, 1.64},
      {1.64, -1.64, -1.64, 0.39, -0.39, -1.64, -1.64, -1.64, -0.39, -0.39, 1.64, 1.64, -0.39, 0.39, 1.64},
      {1.64, -1.64, -1.64, 0.39, -0.39, -1.64, -1.64, -1.64, 1.64, -0.39, 1.64, 1.64, -0.39, 0.39, 1.64},
      {1.64, -1.64, -1.64, 0.39, -0.39, -1.64, -1.64, 0.39, 1.64, -0.39, 1.64, 1.64, -0.39, 0.39, 1.64},
      {1.64, -1.64, -1.64, -1.64, -0.39, -1.64, -1.64, 0.39, 1.64, -0.39, 1.64, 1.64, -0.39, 0.39, 1.64},
      {1.64, -1.64, -1.64, -1.64, -0.39, -1.64, -1.64, 0.39, 1.64, -0.39, 1.64, -0.39, -0.39, 0.39, 1.64},
      {1.64, -1.64, -1.64, -1.64, -0.39, -1.64, -1.64, 0.39, 1.64, -0.39, 1.64, -0.39, -0.39, -1.64, 1.64},
      {1.64, 0.39, -1.64, -1.64, -0.39, -1.64, -1.64, 0.39, 1.64, -0.39, 1.64, -0.39, -0.39, -1.64, 1.64},
      {1.64, 0.39, -1.64, -1.64, -0.39, -1.64, -1.64, 0.39, 1.64, -0.39, 1.64, -0.39, -0.39, -1.64, -0.39},
      {1.64, 0.39, -1.64, -1.64, -0.39, -1.64, -1.64, 0.39, 1.64, 1.64, 1.64, -0.39, -0.39, -1.64, -0.39},
      {1.64, 0.39, -1.64, -1.64, 1.64, -1.64, -1.64, 0.39, 1.64, 1.64, 1.64, -0.39, -0.39, -1.64, -0.39},
      {1.64, 0.39, -1.64, -1.64, 1.64, -1.64, -1.64, 0.39, 1.64, 1.64, -0.39, -0.39, -0.39, -1.64, -0.39},
      {1.64, 0.39, -1.64, -1.64, 1.64, -1.64, 0.39, 0.39, 1.64, 1.64, -0.39, -0.39, -0.39, -1.64, -0.39},
      {1.64, 0.39, 0.39, -1.64, 1.64, -1.64, 0.39, 0.39, 1.64, 1.64, -0.39, -0.39, -0.39, -1.64, -0.39},
      {-0.39, 0.39, 0.39, -1.64, 1.64, -1.64, 0.39, 0.39, 1.64, 1.64, -0.39, -0.39, -0.39, -1.64, -0.39},
      {-0.39, 0.39, 0.39, -1.64, 1.64, -1.64, 0.39, 0.39, 1.64, 1.64, -0.39, -0.39, 1.64, -1.64, -0.39}};
  private static final double[] EXERCISE_5_T1_OUTPUTS = {
      24.9, 22.72, 21.04, 16.01, 10.4, 10.04, 8.6, 13.39, 4.69, 8.02, 9.98, 3.75, 1.33, 2.59, 6.37, 9.99};
  /** Table 3.12, column t_1: the elementary effect of each factor, x1 to x15. */
  private static final double[] EXERCISE_5_T1_EFFECTS = {
      -5.67, 7.18, 1.89, 8.42, 2.93, 3.28, -3.62, -7.55, -2.51, 5.00, 9.34, 0.54, 5.43, 2.15, 13.05};

  private static double level(double quantile) {
    if (quantile == -1.64) {
      return 0;
    } else if (quantile == -0.39) {
      return THIRD;
    } else if (quantile == 0.39) {
      return TWO_THIRDS;
    } else if (quantile == 1.64) {
      return 1;
    }
    throw new AssertionError("not a level: " + quantile);
  }

  @Test
  void primer_exercise5_elementary_effects_of_trajectory_one_are_reproduced() {
    double[][] t1 = new double[16][15];
    for (int s = 0; s < 16; s++) {
      for (int i = 0; i < 15; i++) {
        t1[s][i] = level(EXERCISE_5_T1_QUANTILES[s][i]);
      }
    }
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      names.add("x" + i);
    }
    // a design needs two trajectories; the second repeats t_1 and is not checked
    MorrisDesign design = MorrisDesign.ofTrajectories(names, new double[][][] {t1, t1});
    double[] outputs = new double[32];
    System.arraycopy(EXERCISE_5_T1_OUTPUTS, 0, outputs, 0, 16);
    System.arraycopy(EXERCISE_5_T1_OUTPUTS, 0, outputs, 16, 16);
    MorrisAnalysis m = MorrisAnalysis.of(design, outputs);
    for (int i = 0; i < 15; i++) {
      assertEquals(EXERCISE_5_T1_EFFECTS[i], m.elementaryEffects(names.get(i))[0], PRINTED, names.get(i));
    }
  }

  @Test
  void a_random_design_moves_one_factor_by_delta_at_a_time_on_the_grid() {
    int k = 5;
    int r = 20;
    MorrisDesign d = MorrisDesign.random(k, r, 4, 42);
    assertEquals(r * (k + 1), d.size());
    assertEquals(4, d.levels().getAsInt());
    assertEquals(TWO_THIRDS, d.delta().getAsDouble(), 1e-15);
    for (int t = 0; t < r; t++) {
      double[][] traj = d.trajectory(t);
      boolean[] moved = new boolean[k];
      for (int s = 0; s <= k; s++) {
        for (int i = 0; i < k; i++) {
          double x = traj[s][i];
          assertTrue(x >= 0 && x <= 1);
          assertEquals(Math.round(3 * x), 3 * x, 1e-12, "on the grid {0, 1/3, 2/3, 1}");
        }
        if (s > 0) {
          int changed = 0;
          for (int i = 0; i < k; i++) {
            if (traj[s][i] != traj[s - 1][i]) {
              changed++;
              assertFalse(moved[i]);
              moved[i] = true;
              assertEquals(TWO_THIRDS, Math.abs(traj[s][i] - traj[s - 1][i]), 1e-12);
            }
          }
          assertEquals(1, changed);
        }
      }
    }
    assertArrayEquals(d.trajectory(3)[2], d.point(3 * (k + 1) + 2), 0);
  }

  @Test
  void every_level_is_visited_equally_often_with_an_even_number_of_levels() {
    MorrisDesign d = MorrisDesign.random(4, 2000, 6, 7);
    int[] counts = new int[6];
    for (double[] p : d.points()) {
      for (double x : p) {
        counts[(int) Math.round(5 * x)]++;
      }
    }
    double expected = d.size() * 4 / 6.0;
    for (int c : counts) {
      assertEquals(expected, c, 0.05 * expected);
    }
  }

  @Test
  void the_same_seed_gives_the_same_trajectories() {
    assertEquals(MorrisDesign.random(List.of("a", "b", "c"), 10, 4, 5),
        MorrisDesign.random(List.of("a", "b", "c"), 10, 4, 5));
    assertNotEquals(MorrisDesign.random(List.of("a", "b", "c"), 10, 4, 5),
        MorrisDesign.random(List.of("a", "b", "c"), 10, 4, 6));
  }

  @Test
  void a_linear_model_has_constant_effects_equal_to_its_coefficients() {
    double[] c = {4, -2, 0.5, 0};
    MorrisDesign d = MorrisDesign.random(List.of("a", "b", "c", "d"), 12, 8, 3);
    MorrisAnalysis m = MorrisAnalysis.of(d, d.evaluate(x -> c[0] * x[0] + c[1] * x[1] + c[2] * x[2]));
    String[] names = {"a", "b", "c", "d"};
    for (int i = 0; i < 4; i++) {
      assertEquals(c[i], m.mu(names[i]), 1e-9);
      assertEquals(Math.abs(c[i]), m.muStar(names[i]), 1e-9);
      assertEquals(0, m.sigma(names[i]), 1e-9);
    }
    List<String> ranking = new ArrayList<>();
    m.ranking().forEach(e -> ranking.add(e.factor()));
    assertEquals(List.of("a", "b", "c", "d"), ranking);
    assertEquals(m.effects("b"), m.summaries().get(1));
  }

  @Test
  void an_interaction_shows_as_sigma() {
    MorrisDesign d = MorrisDesign.random(3, 30, 4, 11);
    MorrisAnalysis m = MorrisAnalysis.of(d, d.evaluate(x -> x[0] * x[1] + x[2]));
    assertTrue(m.sigma("x1") > 0.1 && m.sigma("x2") > 0.1, m.toString());
    assertEquals(0, m.sigma("x3"), 1e-9);
  }

  @Test
  void too_few_factors_trajectories_or_levels_are_refused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MorrisDesign.random(0, 10, 4, 1));
    assertTrue(e.getMessage().contains("k must be at least 1, got 0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> MorrisDesign.random(3, 10, 1, 1));
    assertTrue(e.getMessage().contains("levels p must be at least 2, got 1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> MorrisDesign.random(3, 10, 5, 1));
    assertTrue(e.getMessage().contains("levels p must be even"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> MorrisDesign.random(3, 1, 4, 1));
    assertTrue(e.getMessage().contains("trajectories r must be at least 2"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> MorrisDesign.ofTrajectories(List.of("x1", "x2"), new double[][][] {EXERCISE_4[0]}));
    assertTrue(e.getMessage().contains("trajectories r must be at least 2 for the standard deviation of the "
        + "elementary effects, got 1"), e.getMessage());
    MorrisDesign p2 = MorrisDesign.random(2, 3, 2, 1); // two levels: every step goes from 0 to 1 or back
    assertEquals(1, p2.delta().getAsDouble());
  }

  @Test
  void malformed_trajectories_are_refused_naming_the_trajectory_and_point() {
    List<String> names = List.of("x1", "x2");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MorrisDesign.ofTrajectories(
        names, new double[][][] {EXERCISE_4[0], {{0, 0}, {1, 1}, {1, 0}}}));
    assertTrue(e.getMessage().contains("trajectory 1, point 1 differs from point 0 in factors 'x1' and 'x2'"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> MorrisDesign.ofTrajectories(
        names, new double[][][] {EXERCISE_4[0], {{0, 0}, {1, 0}, {0, 0}}}));
    assertTrue(e.getMessage().contains("trajectory 1 changes factor 'x1' twice"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> MorrisDesign.ofTrajectories(
        names, new double[][][] {EXERCISE_4[0], {{0, 0}, {0, 0}, {1, 0}}}));
    assertTrue(e.getMessage().contains("trajectory 1, point 1 equals point 0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> MorrisDesign.ofTrajectories(
        names, new double[][][] {EXERCISE_4[0], {{0, 0}, {1, 0}}}));
    assertTrue(e.getMessage().contains("trajectory 1 has 2 points; k + 1 = 3"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> MorrisDesign.ofTrajectories(
        names, new double[][][] {EXERCISE_4[0], {{0, 0}, {1.64, 0}, {1.64, 1}}}));
    assertTrue(e.getMessage().contains("trajectory 1, point 1, factor 0: 1.64 is not in the unit interval"),
        e.getMessage());
  }

  @Test
  void outputs_of_the_wrong_length_or_not_finite_are_refused() {
    MorrisDesign design = MorrisDesign.ofTrajectories(List.of("x1", "x2"), EXERCISE_4);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MorrisAnalysis.of(design, new double[17]));
    assertEquals("Morris analysis: expected r(k + 1) = 18 outputs (r = 6, k = 2), got 17", e.getMessage());
    double[] y = EXERCISE_4_OUTPUTS.clone();
    y[7] = Double.NaN;
    e = assertThrows(IllegalArgumentException.class, () -> MorrisAnalysis.of(design, y));
    assertTrue(e.getMessage().contains("row 7 (trajectory 2, point 1) is NaN"), e.getMessage());
    MorrisAnalysis m = MorrisAnalysis.of(design, EXERCISE_4_OUTPUTS);
    e = assertThrows(IllegalArgumentException.class, () -> m.mu("x3"));
    assertEquals("Morris analysis has no factor 'x3'; it has [x1, x2]", e.getMessage());
  }
}
