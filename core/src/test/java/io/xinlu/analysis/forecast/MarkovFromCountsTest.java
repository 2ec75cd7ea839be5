package io.xinlu.analysis.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Markov projection estimated from transition counts.
 *
 * <p>The published worked example: the Alofi daily rainfall series (the data set {@code rain} of the R package
 * markovchain, 1096 days in three states {@code 0}, {@code 1-5} and {@code 6+} millimetres), whose transition counts
 * {@code createSequenceMatrix(rain$rain)}, maximum-likelihood transition matrix {@code markovchainFit(...)$estimate}
 * and one-step projection of {@code (999/3, 999/3, 999/3)} are printed in M. Gregory, "Discrete Time Markov Chains"
 * (blog post of 2016-06-02, section "Estimating a transition matrix from data", with markovchain 0.4.4):
 *
 * <pre>
 * counts            0  1-5   6+        MLE            0         1-5        6+
 *   0             362  126   60          0    0.6605839   0.2299270 0.1094891
 *   1-5           136   90   68          1-5  0.4625850   0.3061224 0.2312925
 *   6+             50   79  124          6+   0.1976285   0.3122530 0.4901186
 * projection of (333, 333, 333): 439.8255 282.4847 276.6897
 * </pre>
 *
 * Printed to 7 significant digits, so compared to half a unit in the last place.
 */
class MarkovFromCountsTest {
  static final List<String> RAIN = List.of("0", "1-5", "6+");
  static final long[][] ALOFI = {{362, 126, 60}, {136, 90, 68}, {50, 79, 124}};

  @Test
  void the_alofi_counts_give_markovchains_estimate_and_projection() {
    MarkovProjection m = MarkovProjection.fromCounts(RAIN, ALOFI);
    double[][] mle = {{0.6605839, 0.2299270, 0.1094891}, {0.4625850, 0.3061224, 0.2312925},
        {0.1976285, 0.3122530, 0.4901186}};
    double[][] p = m.transitions();
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(mle[i], p[i], 5e-8, "row " + RAIN.get(i));
    }
    // by hand: 362 / (362 + 126 + 60) = 362 / 548
    assertEquals(362.0 / 548, p[0][0], 1e-15);
    // the projection of 999 days spread evenly, as shares: (439.8255, 282.4847, 276.6897) / 999
    double[] next = m.project(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, 1);
    assertEquals(439.8255 / 999, next[0], 0.00005 / 999);
    assertEquals(282.4847 / 999, next[1], 0.00005 / 999);
    assertEquals(276.6897 / 999, next[2], 0.00005 / 999);
    assertEquals(RAIN, m.states());
  }

  @Test
  void counts_in_any_number_type_and_scale_give_the_same_chain() {
    double[][] asDouble = new double[3][3];
    double[][] scaled = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        asDouble[i][j] = ALOFI[i][j];
        scaled[i][j] = ALOFI[i][j] * 0.5; // areas rather than counts: only the proportions matter
      }
    }
    MarkovProjection m = MarkovProjection.fromCounts(RAIN, ALOFI);
    assertEquals(m, MarkovProjection.fromCounts(RAIN, asDouble));
    assertArrayEquals(m.steadyState(), MarkovProjection.fromCounts(RAIN, scaled).steadyState(), 1e-12);
    assertEquals(List.of("1", "2", "3"), MarkovProjection.fromCounts(asDouble).states());
  }

  @Test
  void an_all_zero_row_and_other_bad_counts_are_named() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> MarkovProjection.fromCounts(RAIN, new long[][] {{1, 2, 3}, {0, 0, 0}, {4, 5, 6}}));
    assertTrue(zero.getMessage().contains("row 1 (state '1-5') has no transitions"), zero.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> MarkovProjection.fromCounts(RAIN, new long[][] {{1, 2, 3}, {1, -1, 0}, {4, 5, 6}}));
    assertTrue(negative.getMessage().contains("row 1 (state '1-5') has count -1.0 in column 1 (state '1-5')"),
        negative.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> MarkovProjection.fromCounts(RAIN, new double[][] {{1, 2, 3}, {1, Double.NaN, 0}, {4, 5, 6}}));
    IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
        () -> MarkovProjection.fromCounts(RAIN, new long[][] {{1, 2, 3}, {1, 2}, {4, 5, 6}}));
    assertTrue(ragged.getMessage().contains("row 1 (state '1-5') has 2 counts"), ragged.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MarkovProjection.fromCounts(List.of("a"), ALOFI));
    assertThrows(IllegalArgumentException.class, () -> MarkovProjection.fromCounts(new double[0][]));
    assertThrows(IllegalArgumentException.class,
        () -> MarkovProjection.fromCounts(List.of("a", "a"), new long[][] {{1, 0}, {0, 1}}));
  }
}
