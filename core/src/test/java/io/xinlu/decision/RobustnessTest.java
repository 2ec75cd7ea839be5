package io.xinlu.decision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.decision.Robustness.Sense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each robustness metric against a table of 3 plans x 4 futures whose expected values were worked out by hand (the
 * same table and working are in docs/DECISIONS.md, "Robustness metrics"):
 *
 * <pre>
 *            f0  f1  f2  f3   reference
 *   plan A    4   2   6   8   3
 *   plan B    3   5   5   7   5
 *   plan C    6   1   9   2   2
 *   best(min) 3   1   5   2
 *   best(max) 6   5   9   8
 * </pre>
 */
class RobustnessTest {
  private static final double[][] TABLE = {{4, 2, 6, 8}, {3, 5, 5, 7}, {6, 1, 9, 2}};
  private static final double[] REFERENCE = {3, 5, 2};
  private static final double EPS = 1e-12;

  @Test
  void mean_of_each_plan() {
    // A: 20 / 4, B: 20 / 4, C: 18 / 4
    assertEquals(5.0, Robustness.mean(TABLE[0]));
    assertEquals(5.0, Robustness.mean(TABLE[1]));
    assertEquals(4.5, Robustness.mean(TABLE[2]));
  }

  @Test
  void type7_percentile_of_each_plan() {
    // sorted A: 2 4 6 8; h = 3 x 0.75 = 2.25 -> 6 + 0.25 x (8 - 6) = 6.5
    assertEquals(6.5, Robustness.percentile(TABLE[0], 0.75), EPS);
    // sorted B: 3 5 5 7 -> 5 + 0.25 x 2 = 5.5
    assertEquals(5.5, Robustness.percentile(TABLE[1], 0.75), EPS);
    // sorted C: 1 2 6 9 -> 6 + 0.25 x 3 = 6.75
    assertEquals(6.75, Robustness.percentile(TABLE[2], 0.75), EPS);
    // medians: h = 1.5 -> A 4 + 0.5 x 2 = 5, B 5, C 2 + 0.5 x 4 = 4
    assertEquals(5.0, Robustness.percentile(TABLE[0], 0.5));
    assertEquals(5.0, Robustness.percentile(TABLE[1], 0.5));
    assertEquals(4.0, Robustness.percentile(TABLE[2], 0.5));
    assertEquals(1.0, Robustness.percentile(TABLE[2], 0.0));
    assertEquals(9.0, Robustness.percentile(TABLE[2], 1.0));
  }

  @Test
  void worst_case_of_each_plan_both_ways() {
    assertEquals(8.0, Robustness.worstCase(TABLE[0], Sense.MINIMISE));
    assertEquals(7.0, Robustness.worstCase(TABLE[1], Sense.MINIMISE));
    assertEquals(9.0, Robustness.worstCase(TABLE[2], Sense.MINIMISE));
    assertEquals(2.0, Robustness.worstCase(TABLE[0], Sense.MAXIMISE));
    assertEquals(3.0, Robustness.worstCase(TABLE[1], Sense.MAXIMISE));
    assertEquals(1.0, Robustness.worstCase(TABLE[2], Sense.MAXIMISE));
  }

  @Test
  void regret_from_the_best_plan_of_each_future() {
    // minimised, regrets A: 1 1 1 6, B: 0 4 0 5, C: 3 0 4 0
    assertArrayEquals(new double[] {6, 5, 4}, Robustness.regretFromBest(TABLE, Sense.MINIMISE));
    assertArrayEquals(new double[] {2.25, 2.25, 1.75}, Robustness.meanRegretFromBest(TABLE, Sense.MINIMISE));
    assertArrayEquals(new double[] {0, 4, 0, 5}, Robustness.regretsFromBest(TABLE, Sense.MINIMISE)[1]);
    // maximised, regrets A: 2 3 3 0, B: 3 0 4 1, C: 0 4 0 6
    assertArrayEquals(new double[] {3, 4, 6}, Robustness.regretFromBest(TABLE, Sense.MAXIMISE));
    assertArrayEquals(new double[] {2, 2, 2.5}, Robustness.meanRegretFromBest(TABLE, Sense.MAXIMISE));
  }

  @Test
  void regret_from_each_plans_reference_future() {
    // A: max(4-3, 2-3, 6-3, 8-3) = 5; B: max(-2, 0, 0, 2) = 2; C: max(4, -1, 7, 0) = 7
    assertEquals(5.0, Robustness.regretFromReference(TABLE[0], REFERENCE[0], Sense.MINIMISE));
    assertEquals(2.0, Robustness.regretFromReference(TABLE[1], REFERENCE[1], Sense.MINIMISE));
    assertEquals(7.0, Robustness.regretFromReference(TABLE[2], REFERENCE[2], Sense.MINIMISE));
    // maximised, A: max(3-4, 3-2, 3-6, 3-8) = 1
    assertEquals(1.0, Robustness.regretFromReference(TABLE[0], REFERENCE[0], Sense.MAXIMISE));
    // not clamped: every future better than the reference
    assertEquals(-3.0, Robustness.regretFromReference(new double[] {1, 2}, 5, Sense.MINIMISE));
  }

  @Test
  void satisficing_share_of_futures() {
    // threshold "at most 5": A meets it in f0, f1 -> 0.5; B in f0, f1, f2 -> 0.75; C in f1, f3 -> 0.5
    double[] expected = {0.5, 0.75, 0.5};
    for (int p = 0; p < 3; p++) {
      boolean[] met = new boolean[4];
      for (int f = 0; f < 4; f++) {
        met[f] = TABLE[p][f] <= 5;
      }
      assertEquals(expected[p], Robustness.satisficing(met));
    }
    // two objectives of plan A: a <= 6 and b >= 1, b = 1 1 0 1 -> met in f0, f1 only
    double[][] two = {TABLE[0], {1, 1, 0, 1}};
    assertEquals(0.5, Robustness.satisficing(two, v -> v[0] <= 6 && v[1] >= 1));
  }

  @Test
  void metrics_as_named_objects_give_the_same_scores() {
    assertEquals("p75", RobustnessMetric.percentile(0.75).name());
    assertEquals(6.75, RobustnessMetric.percentile(0.75).score(TABLE[2], 0, Sense.MINIMISE), EPS);
    assertEquals(8.0, RobustnessMetric.worstCase().score(TABLE[0], 0, Sense.MINIMISE));
    assertEquals(4.5, RobustnessMetric.mean().score(TABLE[2], 0, Sense.MAXIMISE));
    assertEquals(7.0, RobustnessMetric.regretFromReference().score(TABLE[2], 2, Sense.MINIMISE));
    assertFalse(RobustnessMetric.regretFromBest().perPlan());
    assertTrue(RobustnessMetric.mean().perPlan());
    assertMessage(UnsupportedOperationException.class, "every plan",
        () -> RobustnessMetric.regretFromBest().score(TABLE[0], 0, Sense.MINIMISE));
  }

  @Test
  void bad_input_names_what_is_wrong() {
    assertMessage(IllegalArgumentException.class, "at least one future", () -> Robustness.mean(new double[0]));
    assertMessage(IllegalArgumentException.class, "[0, 1], was 1.5", () -> Robustness.percentile(TABLE[0], 1.5));
    assertMessage(IllegalArgumentException.class, "was -0.1", () -> RobustnessMetric.percentile(-0.1));
    assertMessage(IllegalArgumentException.class, "plan 1 has 1 futures",
        () -> Robustness.regretFromBest(new double[][] {{1, 2}, {1}}, Sense.MINIMISE));
    assertMessage(IllegalArgumentException.class, "no plan",
        () -> Robustness.regretFromBest(new double[0][], Sense.MINIMISE));
    assertMessage(IllegalArgumentException.class, "no future", () -> Robustness.satisficing(new boolean[0]));
  }

  @Test
  void nan_propagates() {
    double[] row = {1, Double.NaN, 3};
    assertTrue(Double.isNaN(Robustness.mean(row)));
    assertTrue(Double.isNaN(Robustness.percentile(row, 0.5)));
    assertTrue(Double.isNaN(Robustness.worstCase(row, Sense.MINIMISE)));
    assertTrue(Double.isNaN(Robustness.regretFromReference(row, 0, Sense.MINIMISE)));
  }

  static void assertMessage(Class<? extends Throwable> type, String part, Executable e) {
    Throwable t = assertThrows(type, e);
    assertTrue(String.valueOf(t.getMessage()).contains(part), () -> "expected '" + part + "' in: " + t.getMessage());
  }
}
