package io.xinlu.analysis.mcda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The weighted-sum composite index against a published example, hand-worked cases and bad input. */
class CompositeIndexTest {
  /**
   * Chakraborty, S., Zavadskas, E. K. and Antucheviciene, J. (2015), "Applications of WASPAS method as a
   * multi-criteria decision-making tool", Economic Computation and Economic Cybernetics Studies and Research 49(1),
   * 5-22, Example 2: ten alternatives, three cost criteria (PC, FS, MN) and one benefit criterion (P), weights
   * 0.467, 0.160, 0.095, 0.278, linear normalization ({@code x / max}, {@code min / x}). WASPAS with
   * {@code lambda = 1} is the weighted sum; its scores 0.8590, 0.8194, 0.8430, 0.9420, 0.8645, 0.8315, 0.8552,
   * 0.8983, 0.9067, 0.8784 and ranks 6, 10, 8, 1, 5, 9, 7, 3, 2, 4 are those of scikit-criteria's test
   * {@code test_WASPAS_chakraborty2015applications} (row {@code lambda = 1}), repository quatrope/scikit-criteria,
   * file {@code tests/agg/test_simple.py}, compared there to 1e-4.
   */
  @Test
  void reproduces_chakraborty_zavadskas_and_antucheviciene_example2() {
    DecisionMatrix m = DecisionMatrix.builder()
        .alternatives("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10")
        .cost("PC", 581818, 595454, 586060, 522727, 561818, 543030, 522727, 486970, 509394, 513333)
        .cost("FS", 54.49, 49.73, 51.24, 45.71, 52.66, 74.46, 75.42, 62.62, 65.87, 70.67)
        .cost("MN", 3, 3, 3, 3, 3, 4, 4, 4, 4, 4)
        .benefit("P", 5500, 4500, 5000, 5800, 5200, 5600, 5800, 5600, 6400, 6000)
        .build();
    CompositeIndex ci = CompositeIndex.of(m, Weights.of(0.467, 0.160, 0.095, 0.278), Normalization.linearMax());
    assertArrayEquals(new double[] {0.8590, 0.8194, 0.8430, 0.9420, 0.8645, 0.8315, 0.8552, 0.8983, 0.9067,
        0.8784}, ci.scores(), 1e-4);
    assertArrayEquals(new int[] {6, 10, 8, 1, 5, 9, 7, 3, 2, 4}, ci.ranking().ranks());
    assertEquals("A4", ci.ranking().best());
    assertEquals("weighted sum (linear-max)", ci.ranking().method());
  }

  /**
   * Min-max by hand: jobs (benefit) 10, 7, 2 becomes 1, 5/8, 0; CO2 (cost) 1, 3, 4 becomes 1, 1/3, 0; with weights
   * 0.25 and 0.75 the index is 1, 0.25 x 5/8 + 0.75 x 1/3 = 0.40625, 0.
   */
  @Test
  void min_max_index_by_hand() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("A", "B", "C")
        .benefit("jobs", 10, 7, 2)
        .cost("co2", 1, 3, 4)
        .build();
    CompositeIndex ci = CompositeIndex.of(m, Weights.of(0.25, 0.75));
    assertArrayEquals(new double[] {1.0, 0.25 * 5 / 8 + 0.75 / 3, 0.0}, ci.scores(), 1e-15);
    assertArrayEquals(new int[] {1, 2, 3}, ci.ranking().ranks());
    assertEquals(Normalization.minMax(), ci.normalization());
    assertArrayEquals(new double[] {5.0 / 8, 1.0 / 3}, ci.normalized()[1], 1e-15);
    // an offset adds it to every index (the weights sum to 1)
    CompositeIndex shifted = CompositeIndex.of(m, Weights.of(0.25, 0.75), Normalization.minMax(0.01));
    for (int i = 0; i < 3; i++) {
      assertEquals(ci.scores()[i] + 0.01, shifted.scores()[i], 1e-15);
    }
  }

  /** Z-scores by hand: jobs 10, 7, 2 (mean 19/3) and CO2 1, 3, 4 (mean 8/3), sample standard deviations. */
  @Test
  void z_score_index_by_hand() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("A", "B", "C")
        .benefit("jobs", 10, 7, 2)
        .cost("co2", 1, 3, 4)
        .build();
    double sdJobs = Math.sqrt((Math.pow(10 - 19.0 / 3, 2) + Math.pow(7 - 19.0 / 3, 2) + Math.pow(2 - 19.0 / 3, 2))
        / 2);
    double sdCo2 = Math.sqrt((Math.pow(1 - 8.0 / 3, 2) + Math.pow(3 - 8.0 / 3, 2) + Math.pow(4 - 8.0 / 3, 2)) / 2);
    CompositeIndex ci = CompositeIndex.of(m, Weights.equal(2), Normalization.zScore());
    assertEquals(0.5 * (10 - 19.0 / 3) / sdJobs + 0.5 * (8.0 / 3 - 1) / sdCo2, ci.scores()[0], 1e-14);
    assertEquals(0.0, ci.scores()[0] + ci.scores()[1] + ci.scores()[2], 1e-14); // z-scores sum to 0
  }

  @Test
  void zero_range_criteria_do_not_change_the_ranking() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("A", "B", "C")
        .benefit("jobs", 10, 7, 2)
        .benefit("flat", 5, 5, 5)
        .build();
    CompositeIndex ci = CompositeIndex.of(m, Weights.of(0.5, 0.5));
    assertArrayEquals(new double[] {0.75, 0.5 * 5 / 8 + 0.25, 0.25}, ci.scores(), 1e-15);
    assertArrayEquals(new int[] {1, 2, 3}, ci.ranking().ranks());
  }

  @Test
  void rankings_read_by_name() {
    CompositeIndex ci = CompositeIndex.of(FighterAircraft.matrix(), FighterAircraft.weights());
    Ranking r = ci.ranking();
    assertEquals(4, r.alternatives().size());
    assertEquals(r.score(2), r.score("A3"), 0.0);
    assertEquals(r.rank(2), r.rank("A3"));
    assertEquals(List.copyOf(r.ordered()).size(), 4);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.rank("A9"));
    assertEquals("no alternative 'A9'; alternatives: [A1, A2, A3, A4]", e.getMessage());
    assertTrue(r.toString().startsWith("weighted sum (min-max)\nrank  alternative"), r.toString());
  }

  @Test
  void competition_ranks_for_ties() {
    Ranking r = Ranking.of("test", List.of("a", "b", "c", "d"), new double[] {0.5, 0.9, 0.5, 0.1});
    assertArrayEquals(new int[] {2, 1, 2, 4}, r.ranks());
    assertEquals(List.of("b", "a", "c", "d"), r.ordered());
    // scores that differ by rounding alone tie
    Ranking close = Ranking.of("test", List.of("a", "b"), new double[] {0.3, 0.1 + 0.2});
    assertArrayEquals(new int[] {1, 1}, close.ranks());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Ranking.of("test", List.of("a", "b"), new double[] {0.3, Double.NaN}));
    assertEquals("the score of alternative 'b' is NaN", e.getMessage());
  }

  // ---- bad input ---------------------------------------------------------------------------------------------

  @Test
  void weights_must_fit() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CompositeIndex.of(FighterAircraft.matrix(), Weights.equal(5)));
    assertEquals("5 weights for 6 criteria [speed, range, payload, cost, reliability, maneuverability]",
        e.getMessage());
  }
}
