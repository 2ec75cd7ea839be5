package io.xinlu.analysis.mcda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One-at-a-time and Dirichlet weight perturbations, their samplers, and the builder's contracts. */
class WeightSensitivityTest {
  private static final long SEED = 20261128L;

  private static WeightSensitivity fighter() {
    return WeightSensitivity.builder().matrix(FighterAircraft.matrix()).weights(FighterAircraft.weights())
        .aggregation(Aggregation.topsis()).oneAtATime(0.1, 0.5).dirichlet(500, 50.0, SEED).build();
  }

  /** w = (0.2, 0.1, 0.1, 0.1, 0.2, 0.3); maneuverability +10 %: 0.33, the others times 0.67 / 0.7. */
  @Test
  void one_at_a_time_changes_one_weight_and_rescales_the_others() {
    double[] w = WeightSensitivity.oneAtATime(FighterAircraft.WEIGHTS, 5, 0.1);
    double f = 0.67 / 0.7;
    assertArrayEquals(new double[] {0.2 * f, 0.1 * f, 0.1 * f, 0.1 * f, 0.2 * f, 0.33}, w, 1e-15);
    assertEquals(1.0, WeightsTest.sum(w), 1e-15);
    double[] down = WeightSensitivity.oneAtATime(FighterAircraft.WEIGHTS, 0, -0.5);
    assertEquals(0.1, down[0], 1e-15);
    assertEquals(0.3 * 0.9 / 0.8, down[5], 1e-15);
  }

  @Test
  void a_zero_weight_stays_zero_and_a_full_weight_shares_what_it_gives_up() {
    assertArrayEquals(new double[] {0.5, 0.5, 0}, WeightSensitivity.oneAtATime(new double[] {0.5, 0.5, 0}, 2, 0.5),
        0.0);
    assertArrayEquals(new double[] {0.8, 0.1, 0.1}, WeightSensitivity.oneAtATime(new double[] {1, 0, 0}, 0, -0.2),
        1e-15);
    // a raise is capped at 1
    assertArrayEquals(new double[] {1, 0}, WeightSensitivity.oneAtATime(new double[] {0.9, 0.1}, 0, 0.5), 0.0);
    double[] d = WeightSensitivity.dirichlet(new double[] {0.6, 0, 0.4}, 10, new SplittableRandom(SEED));
    assertEquals(0.0, d[1], 0.0);
    assertEquals(1.0, d[0] + d[2], 1e-15);
  }

  @Test
  void every_case_is_the_aggregation_under_its_weights() {
    WeightSensitivity s = fighter();
    assertEquals(6 * 2 * 2, s.cases().size());
    assertEquals(Topsis.of(FighterAircraft.matrix(), FighterAircraft.weights()).ranking(), s.base());
    for (WeightSensitivity.Case c : s.cases()) {
      double[] w = c.weights().stream().mapToDouble(Double::doubleValue).toArray();
      assertEquals(1.0, WeightsTest.sum(w), 1e-12, c.label());
      int[] ranks = Topsis.of(FighterAircraft.matrix(), Weights.of(w)).ranking().ranks();
      assertArrayEquals(ranks, c.ranking().ranks(), c.label());
      for (int i = 0; i < 4; i++) {
        assertEquals(ranks[i] - s.base().rank(i), (int) c.rankShifts().get(i), c.label());
      }
      assertEquals(c.rankShifts().stream().anyMatch(x -> x != 0), c.changed());
    }
    assertEquals("speed -10%", s.cases().get(0).label());
    assertEquals("speed +10%", s.cases().get(1).label());
    assertEquals("speed -50%", s.cases().get(2).label());
    assertTrue(s.cases().containsAll(s.rankChanges()));
  }

  @Test
  void stability_summarises_the_ranks_taken() {
    WeightSensitivity s = fighter();
    assertEquals(4, s.oneAtATimeStability().size());
    for (WeightSensitivity.Stability st : s.oneAtATimeStability()) {
      assertEquals(24, st.evaluations());
      long kept = s.cases().stream()
          .filter(c -> c.ranking().rank(st.alternative()) == st.baseRank()).count();
      assertEquals(kept / 24.0, st.shareAtBaseRank(), 1e-15, st.alternative());
      assertTrue(st.minRank() <= st.baseRank() && st.baseRank() <= st.maxRank() || st.shareAtBaseRank() == 0);
      assertTrue(st.meanRank() >= st.minRank() && st.meanRank() <= st.maxRank());
    }
    double first = 0;
    for (WeightSensitivity.Stability st : s.dirichletStability()) {
      int[] counts = s.rankCounts(st.alternative());
      assertEquals(500, WeightSensitivityTest.sum(counts), st.alternative());
      assertEquals(counts[0] / 500.0, st.shareFirst(), 1e-15);
      assertEquals(counts[st.baseRank() - 1] / 500.0, st.shareAtBaseRank(), 1e-15);
      first += st.shareFirst();
    }
    assertEquals(1.0, first, 1e-12, "one alternative ranks first in each draw (no ties here)");
  }

  @Test
  void a_dominated_alternative_never_moves_under_a_weighted_sum() {
    // C is worst on every criterion, so no weighting lifts it above last place
    DecisionMatrix m = DecisionMatrix.builder().alternatives("A", "B", "C")
        .benefit("gdp", 3, 5, 1).cost("co2", 2, 4, 6).benefit("jobs", 9, 4, 2).build();
    WeightSensitivity s = WeightSensitivity.builder().matrix(m).weights(Weights.equal(m))
        .aggregation(Aggregation.weightedSum(Normalization.minMax())).oneAtATime(0.2, 0.9)
        .dirichlet(300, 2.0, SEED).build();
    WeightSensitivity.Stability c = s.dirichletStability().get(2);
    assertEquals("C", c.alternative());
    assertEquals(3, c.baseRank());
    assertEquals(1.0, c.shareAtBaseRank(), 0.0);
    assertEquals(3, s.oneAtATimeStability().get(2).minRank());
    assertArrayEquals(new int[] {0, 0, 300}, s.rankCounts("C"));
  }

  @Test
  void the_same_seed_gives_the_same_result() {
    WeightSensitivity a = fighter();
    WeightSensitivity b = fighter();
    for (String alt : FighterAircraft.ALTERNATIVES) {
      assertArrayEquals(a.rankCounts(alt), b.rankCounts(alt), alt);
    }
    assertEquals(a.dirichletStability(), b.dirichletStability());
    assertEquals(a.toString(), b.toString());
    assertEquals(SEED, a.seed());
    assertEquals(500, a.draws());
    assertEquals(50.0, a.concentration(), 0.0);
    assertEquals(List.of(0.1, 0.5), a.fractions());
  }

  /** Marsaglia-Tsang Gamma variates have mean and variance alpha, also below 1 (with the boost). */
  @Test
  void gamma_variates_have_mean_and_variance_alpha() {
    for (double alpha : new double[] {0.3, 1.0, 4.5}) {
      SplittableRandom random = new SplittableRandom(SEED);
      int n = 40_000;
      double sum = 0;
      double sumSq = 0;
      for (int k = 0; k < n; k++) {
        double g = Math.exp(WeightSensitivity.logGamma(alpha, random));
        sum += g;
        sumSq += g * g;
      }
      double mean = sum / n;
      double var = sumSq / n - mean * mean;
      assertEquals(alpha, mean, 0.03 * Math.max(1, alpha), "mean, alpha " + alpha);
      assertEquals(alpha, var, 0.08 * Math.max(1, alpha), "variance, alpha " + alpha);
    }
  }

  /** Dirichlet(kappa w): mean w, variance w (1 - w) / (kappa + 1). */
  @Test
  void dirichlet_draws_centre_on_the_weights() {
    double[] w = {0.5, 0.3, 0.2};
    double kappa = 20;
    SplittableRandom random = new SplittableRandom(SEED);
    int n = 40_000;
    double[] sum = new double[3];
    double[] sumSq = new double[3];
    for (int k = 0; k < n; k++) {
      double[] d = WeightSensitivity.dirichlet(w, kappa, random);
      assertEquals(1.0, d[0] + d[1] + d[2], 1e-12);
      for (int j = 0; j < 3; j++) {
        assertTrue(d[j] >= 0 && d[j] <= 1);
        sum[j] += d[j];
        sumSq[j] += d[j] * d[j];
      }
    }
    for (int j = 0; j < 3; j++) {
      double mean = sum[j] / n;
      double var = sumSq[j] / n - mean * mean;
      assertEquals(w[j], mean, 0.003, "mean " + j);
      assertEquals(w[j] * (1 - w[j]) / (kappa + 1), var, 0.1 * w[j] * (1 - w[j]) / (kappa + 1), "variance " + j);
    }
  }

  @Test
  void tiny_concentrations_do_not_underflow() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int k = 0; k < 1000; k++) {
      double[] d = WeightSensitivity.dirichlet(new double[] {0.001, 0.999}, 0.01, random);
      assertEquals(1.0, d[0] + d[1], 1e-12);
      assertFalse(Double.isNaN(d[0]));
    }
  }

  @Test
  void describes_itself() {
    String text = fighter().toString();
    assertTrue(text.startsWith("weight sensitivity of TOPSIS (vector), weights given [0.2000,"), text);
    assertTrue(text.contains("one at a time, ±[0.1, 0.5]: "), text);
    assertTrue(text.contains("Dirichlet, 500 draws, concentration 50.0, seed 20261128"), text);
  }

  // ---- the builder -------------------------------------------------------------------------------------------

  @Test
  void missing_parts_fail_at_build() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WeightSensitivity.builder().weights(FighterAircraft.weights()).aggregation(Aggregation.topsis())
            .oneAtATime(0.1).build());
    assertEquals("no decision matrix: call matrix(...)", e.getMessage());
    e = assertThrows(IllegalStateException.class,
        () -> WeightSensitivity.builder().matrix(FighterAircraft.matrix()).aggregation(Aggregation.topsis())
            .oneAtATime(0.1).build());
    assertEquals("no weights: call weights(...)", e.getMessage());
    e = assertThrows(IllegalStateException.class,
        () -> WeightSensitivity.builder().matrix(FighterAircraft.matrix()).weights(FighterAircraft.weights())
            .oneAtATime(0.1).build());
    assertEquals("no aggregation: call aggregation(Aggregation.topsis()) or "
        + "aggregation(Aggregation.weightedSum(normalization))", e.getMessage());
    e = assertThrows(IllegalStateException.class,
        () -> WeightSensitivity.builder().matrix(FighterAircraft.matrix()).weights(FighterAircraft.weights())
            .aggregation(Aggregation.topsis()).build());
    assertEquals("no perturbation: call oneAtATime(...), dirichlet(...) or both", e.getMessage());
  }

  @Test
  void options_set_twice_or_out_of_range_fail() {
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> WeightSensitivity.builder().oneAtATime(0.1).oneAtATime(0.2));
    assertEquals("oneAtATime was already set to [0.1]", twice.getMessage());
    twice = assertThrows(IllegalStateException.class,
        () -> WeightSensitivity.builder().dirichlet(10, 5, 1).dirichlet(20, 5, 1));
    assertEquals("dirichlet was already set to 10 draws", twice.getMessage());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WeightSensitivity.builder().oneAtATime(0.1, 1.5));
    assertEquals("a one-at-a-time fraction must be in (0, 1], got 1.5 in [0.1, 1.5]", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> WeightSensitivity.builder().oneAtATime(0.1, 0.1));
    assertEquals("one-at-a-time fractions repeat: [0.1, 0.1]", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> WeightSensitivity.builder().oneAtATime());
    assertEquals("oneAtATime needs at least one fraction, such as 0.1 for ±10 %", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> WeightSensitivity.builder().dirichlet(0, 5, 1));
    assertEquals("dirichlet needs at least 1 draw, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> WeightSensitivity.builder().dirichlet(10, 0, 1));
    assertEquals("a Dirichlet concentration must be finite and > 0, got 0.0", e.getMessage());
  }

  @Test
  void weights_must_fit_and_one_criterion_is_not_enough() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WeightSensitivity.builder().matrix(FighterAircraft.matrix()).weights(Weights.equal(3))
            .aggregation(Aggregation.topsis()).oneAtATime(0.1).build());
    assertEquals("3 weights for 6 criteria [speed, range, payload, cost, reliability, maneuverability]",
        e.getMessage());
    DecisionMatrix one = DecisionMatrix.builder().alternatives("a", "b").benefit("gdp", 1, 2).build();
    e = assertThrows(IllegalArgumentException.class,
        () -> WeightSensitivity.builder().matrix(one).weights(Weights.of(1)).aggregation(Aggregation.topsis())
            .oneAtATime(0.1).build());
    assertEquals("weight sensitivity needs at least 2 criteria; [gdp] has one weight, always 1", e.getMessage());
  }

  @Test
  void a_failing_perturbation_names_its_weights() {
    // only "gdp" separates the alternatives; at -100 % its weight is 0 and TOPSIS is undefined
    DecisionMatrix m = DecisionMatrix.builder().alternatives("a", "b").benefit("gdp", 1, 2).benefit("flat", 3, 3)
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WeightSensitivity.builder().matrix(m).weights(Weights.of(0.5, 0.5)).aggregation(Aggregation.topsis())
            .oneAtATime(1.0).build());
    assertTrue(e.getMessage().startsWith("TOPSIS (vector) fails under perturbed weights (gdp -100%, given, "
        + "perturbed [0.000, 1.000]): TOPSIS closeness is undefined"), e.getMessage());
  }

  static int sum(int[] a) {
    int s = 0;
    for (int v : a) {
      s += v;
    }
    return s;
  }
}
