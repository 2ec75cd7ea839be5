package io.xinlu.analysis.mcda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Given, equal, entropy and CRITIC weights against published worked examples, and their contracts. */
class WeightsTest {
  // ---- entropy -----------------------------------------------------------------------------------------------

  /**
   * Xu, X. (2004), "A note on the subjective and objective integrated approach to determine attribute weights",
   * European Journal of Operational Research 156(2), 530-532: four alternatives on four attributes, the last almost
   * constant; entropy weights 0.4630, 0.3992, 0.1378, 0.0000. Data and weights as used in the test
   * {@code Test_Entropy.test_Entropy} of repository energyinpython/objective-weights-for-mcda, file
   * {@code tests/test_weights.py} (compared there to four decimals).
   */
  @Test
  void entropy_reproduces_xu2004() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("A1", "A2", "A3", "A4")
        .benefit("C1", 30, 19, 19, 68)
        .benefit("C2", 30, 54, 15, 70)
        .benefit("C3", 38, 86, 85, 60)
        .benefit("C4", 29, 29, 28.9, 29)
        .build();
    Weights w = Weights.entropy(m);
    assertArrayEquals(new double[] {0.4630, 0.3992, 0.1378, 0.0000}, w.values(), 5e-5 + 1e-12);
    assertEquals(1.0, sum(w.values()), 1e-12);
    assertEquals("entropy", w.method());
    assertEquals(m.criteria(), w.criteria());
  }

  /**
   * Zavadskas, E. K. and Podvezko, V. (2016), "Integrated determination of objective criteria weights in MCDM",
   * International Journal of Information Technology and Decision Making 15(2), 267-283: four alternatives, two cost
   * and two benefit criteria; entropy weights 0.1146, 0.1981, 0.4185, 0.2689. Data and weights as used in the test
   * {@code Test_Entropy.test_Entropy2} of repository energyinpython/objective-weights-for-mcda, file
   * {@code tests/test_weights.py}. Entropy measures dispersion, so the criteria's types do not enter.
   */
  @Test
  void entropy_reproduces_zavadskas_and_podvezko2016() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("A1", "A2", "A3", "A4")
        .cost("C1", 3.0, 2.5, 1.8, 2.2)
        .benefit("C2", 100, 80, 50, 70)
        .cost("C3", 10, 8, 20, 12)
        .benefit("C4", 7, 5, 11, 9)
        .build();
    assertArrayEquals(new double[] {0.1146, 0.1981, 0.4185, 0.2689}, Weights.entropy(m).values(), 5e-5 + 1e-12);
  }

  @Test
  void entropies_lie_in_zero_one_and_an_even_criterion_has_entropy_one() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("a", "b", "c")
        .benefit("even", 4, 4, 4)
        .benefit("one", 0, 0, 9)
        .benefit("spread", 1, 2, 3)
        .build();
    double[] e = Weights.entropies(m);
    assertEquals(1.0, e[0], 1e-15);
    assertEquals(0.0, e[1], 0.0); // all in one alternative: 0 ln 0 = 0
    assertTrue(e[2] > 0 && e[2] < 1);
    double[] w = Weights.entropy(m).values();
    assertEquals(0.0, w[0], 1e-15);
    assertEquals(1.0 / (1.0 + (1.0 - e[2])), w[1], 1e-15);
  }

  @Test
  void entropy_of_normalized_values_takes_negative_data() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("a", "b", "c")
        .benefit("growth", -0.02, 0.01, 0.05)
        .cost("co2", 30, 20, 25)
        .build();
    Weights w = Weights.entropy(m, Normalization.minMax(0.01));
    assertEquals(1.0, sum(w.values()), 1e-12);
    assertEquals("entropy of min-max (offset 0.01) values", w.method());
    // the same as the entropy of a matrix holding the normalized numbers
    double[][] r = Normalization.minMax(0.01).apply(m);
    DecisionMatrix n = DecisionMatrix.builder().alternatives("a", "b", "c")
        .benefit("growth", r[0][0], r[1][0], r[2][0])
        .benefit("co2", r[0][1], r[1][1], r[2][1])
        .build();
    assertArrayEquals(Weights.entropy(n).values(), w.values(), 0.0);
  }

  @Test
  void entropy_rejects_negative_and_all_zero_criteria_naming_them() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("a", "b", "c")
        .benefit("growth", -0.02, 0.01, 0.05)
        .benefit("jobs", 0, 0, 0)
        .benefit("gdp", 1, 2, 3)
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Weights.entropy(m));
    assertEquals("entropy weights need raw values >= 0 and not all 0 on a criterion: criterion 'growth' is -0.02 "
        + "for alternative 'a'; criterion 'jobs' is 0 for every alternative, so its shares p_ij = x_ij / sum_i "
        + "x_ij are undefined; normalize first, e.g. Weights.entropy(matrix, Normalization.minMax(0.01))",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Weights.entropy(m, Normalization.zScore()));
    assertTrue(e.getMessage().startsWith("entropy weights need z-score values >= 0"), e.getMessage());
  }

  @Test
  void entropy_fails_when_no_criterion_discriminates() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("a", "b").benefit("x", 2, 2).cost("y", 5, 5).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Weights.entropy(m));
    assertEquals("entropy weights are undefined: every criterion [x, y] spreads evenly over the alternatives "
        + "(entropy 1), so none discriminates", e.getMessage());
  }

  // ---- CRITIC ------------------------------------------------------------------------------------------------

  /** Diakoulaki, Mavrotas and Papayannakis (1995): eight alternatives on three benefit criteria. */
  static DecisionMatrix diakoulaki() {
    return DecisionMatrix.builder().alternatives("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8")
        .benefit("c1", 61, 20.7, 16.3, 9.0, 5.4, 4.0, -6.1, -34.6)
        .benefit("c2", 1.08, 0.26, 1.98, 3.29, 2.77, 4.12, 3.52, 3.31)
        .benefit("c3", 4.33, 4.34, 2.53, 1.65, 2.33, 1.21, 2.10, 0.98)
        .build();
  }

  /**
   * Diakoulaki, D., Mavrotas, G. and Papayannakis, L. (1995), "Determining objective weights in multiple criteria
   * problems: the CRITIC method", Computers and Operations Research 22(7), 763-770: the paper's example of eight
   * alternatives on three criteria. With min-max scaling and Pearson correlation the weights are 0.20222554,
   * 0.48090173, 0.31687273, as asserted (to numpy's default 1e-8) in scikit-criteria's tests
   * {@code test_CRITIC_diakoulaki1995determining} and {@code test_critic_weight_weights_diakoulaki1995determining},
   * repository quatrope/scikit-criteria, file {@code tests/preprocessing/test_weighters.py}.
   */
  @Test
  void critic_reproduces_diakoulaki_mavrotas_and_papayannakis1995() {
    Weights w = Weights.critic(diakoulaki());
    assertArrayEquals(new double[] {0.20222554, 0.48090173, 0.31687273}, w.values(), 1e-8);
    assertEquals("critic", w.method());
  }

  @Test
  void critic_normalizes_by_type_so_a_turned_cost_criterion_gives_the_same_weights() {
    double[] c2 = diakoulaki().column(1);
    double[] negated = new double[c2.length];
    for (int i = 0; i < c2.length; i++) {
      negated[i] = -c2[i];
    }
    DecisionMatrix m = DecisionMatrix.builder().alternatives(diakoulaki().alternatives())
        .benefit("c1", diakoulaki().column(0))
        .cost("c2", negated)
        .benefit("c3", diakoulaki().column(2))
        .build();
    assertArrayEquals(Weights.critic(diakoulaki()).values(), Weights.critic(m).values(), 1e-15);
  }

  @Test
  void critic_rejects_constant_criteria_and_a_single_criterion() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("a", "b", "c")
        .benefit("gdp", 1, 2, 3).benefit("flat", 4, 4, 4).cost("co2", 3, 1, 2).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Weights.critic(m));
    assertEquals("CRITIC needs every criterion to vary: [flat] has the same value for every alternative and no "
        + "correlation with the others; leave it out or weigh it otherwise", e.getMessage());
    DecisionMatrix one = DecisionMatrix.builder().alternatives("a", "b").benefit("gdp", 1, 2).build();
    e = assertThrows(IllegalArgumentException.class, () -> Weights.critic(one));
    assertEquals("CRITIC weighs criteria by their correlations and needs at least 2 criteria, got [gdp]",
        e.getMessage());
  }

  @Test
  void critic_fails_when_every_pair_is_perfectly_correlated() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("a", "b").benefit("gdp", 1, 2).cost("co2", 2, 1)
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Weights.critic(m));
    assertEquals("CRITIC weights are undefined: every pair of criteria [gdp, co2] is perfectly correlated",
        e.getMessage());
  }

  // ---- given and equal ---------------------------------------------------------------------------------------

  @Test
  void given_weights_must_be_non_negative_finite_and_sum_to_one() {
    assertArrayEquals(new double[] {0.2, 0.8}, Weights.of(0.2, 0.8).values(), 0.0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Weights.of(0.5, 0.6));
    assertEquals("weights must sum to 1, but [0.5, 0.6] sum to 1.1; use Weights.proportionalTo(...) to rescale "
        + "them", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Weights.of(1.2, -0.2));
    assertEquals("weight 1 is -0.2; weights must be finite and >= 0: [1.2, -0.2]", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Weights.of(Double.NaN, 1));
    assertEquals("weight 0 is NaN; weights must be finite and >= 0: [NaN, 1.0]", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Weights.of());
    assertEquals("no weights given", e.getMessage());
  }

  @Test
  void proportional_weights_are_rescaled() {
    assertArrayEquals(new double[] {0.6, 0.2, 0.2}, Weights.proportionalTo(3, 1, 1).values(), 1e-15);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Weights.proportionalTo(0, 0));
    assertEquals("weights [0.0, 0.0] are all 0: nothing to rescale", e.getMessage());
  }

  @Test
  void equal_weights() {
    assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, Weights.equal(4).values(), 0.0);
    Weights w = Weights.equal(FighterAircraft.matrix());
    assertEquals(6, w.size());
    assertEquals(List.of("speed", "range", "payload", "cost", "reliability", "maneuverability"), w.criteria());
    assertEquals(1.0 / 6, w.get(5), 0.0);
    assertThrows(IllegalArgumentException.class, () -> Weights.equal(0));
  }

  @Test
  void values_are_a_copy() {
    Weights w = Weights.of(0.5, 0.5);
    w.values()[0] = 7;
    assertEquals(0.5, w.get(0), 0.0);
    assertEquals("given [0.5000, 0.5000]", w.toString());
    assertTrue(Weights.equal(diakoulaki()).toString().startsWith("equal [c1=0.3333"));
  }

  static double sum(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s;
  }
}
