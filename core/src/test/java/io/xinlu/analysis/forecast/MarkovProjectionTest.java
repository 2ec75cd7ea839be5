package io.xinlu.analysis.forecast;

import static io.xinlu.analysis.AnalysisRuns.assertMessage;
import static io.xinlu.analysis.AnalysisRuns.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import io.xinlu.analysis.AnalysisRuns;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Markov projection of shares: a published chain's projections and steady state, reducible and periodic chains,
 * runs, bad input, and projections that stay stochastic for generated chains.
 */
class MarkovProjectionTest {
  /**
   * The stock-market chain of the Wikipedia article "Examples of Markov chains" (section "Stock market"): states
   * bull, bear, stagnant market, {@code P = [[0.9, 0.075, 0.025], [0.15, 0.8, 0.05], [0.25, 0.25, 0.5]]}.
   */
  private static final double[][] MARKET = {{0.9, 0.075, 0.025}, {0.15, 0.8, 0.05}, {0.25, 0.25, 0.5}};

  /**
   * M. Needham, "R: Markov Chain Wikipedia Example" (2015-04-05,
   * https://www.markhneedham.com/blog/2015/04/05/r-markov-chain-wikipedia-example/, also on DZone): {@code P^3} =
   * [[0.7745, 0.17875, 0.04675], [0.3575, 0.56825, 0.07425], [0.4675, 0.37125, 0.16125]], so starting in a bear
   * market the shares after three weeks are (0.3575, 0.56825, 0.07425). The README of the npm package
   * {@code markov-chain} (https://www.npmjs.com/package/markov-chain) prints the same chain from a bear market
   * after one, two and three steps: [0.15, 0.8, 0.05], [0.2675, 0.66375, 0.06875], [0.3575, 0.56825, 0.07425].
   */
  @Test
  void reproduces_the_stock_market_projections() {
    MarkovProjection m = MarkovProjection.of(List.of("bull", "bear", "stagnant"), MARKET);
    double[][] cube = {{0.7745, 0.17875, 0.04675}, {0.3575, 0.56825, 0.07425}, {0.4675, 0.37125, 0.16125}};
    for (int i = 0; i < 3; i++) {
      double[] start = new double[3];
      start[i] = 1;
      assertArrayEquals(cube[i], m.project(start, 3), 1e-12, "row " + i + " of P^3");
    }
    double[][] path = m.path(new double[] {0, 1, 0}, 3);
    assertArrayEquals(new double[] {0, 1, 0}, path[0], 0);
    assertArrayEquals(new double[] {0.15, 0.8, 0.05}, path[1], 1e-12);
    assertArrayEquals(new double[] {0.2675, 0.66375, 0.06875}, path[2], 1e-12);
    assertArrayEquals(new double[] {0.3575, 0.56825, 0.07425}, path[3], 1e-12);
  }

  /**
   * Nikoleta-v3/repeated_play, tests/test_stationary.py: {@code test_stationary_distribution_eigenvalues_two}
   * expects the stationary distribution [0.625, 0.3125, 0.0625] of the stock-market matrix, and
   * {@code test_stationary_distribution_eigenvalues} expects [0.83333333, 0.1666667] for [[0.9, 0.1], [0.5, 0.5]].
   */
  @Test
  void reproduces_the_published_steady_states() {
    MarkovProjection market = MarkovProjection.of(MARKET);
    assertTrue(market.hasUniqueSteadyState());
    assertTrue(market.isConvergent());
    assertEquals(1, market.period());
    assertArrayEquals(new double[] {0.625, 0.3125, 0.0625}, market.steadyState(), 1e-12);
    assertArrayEquals(market.steadyState(), market.project(new double[] {0, 1, 0}, 2000), 1e-12, "convergence");
    MarkovProjection two = MarkovProjection.of(new double[][] {{0.9, 0.1}, {0.5, 0.5}});
    assertArrayEquals(new double[] {5.0 / 6, 1.0 / 6}, two.steadyState(), 1e-12);
  }

  /**
   * The same file's {@code test_stationary_distribution_eigenvalues_multiple_absorbing_states}: a random walk on five
   * states whose last two are absorbing has two stationary distributions, [0, 0, 0, 1, 0] and [0, 0, 0, 0, 1]; here
   * it has no unique steady state, and the two closed classes are named.
   */
  @Test
  void a_chain_with_two_absorbing_states_has_no_unique_steady_state() {
    MarkovProjection m = MarkovProjection.of(new double[][] {
        {0, 0.5, 0, 0.5, 0},
        {0.5, 0, 0.5, 0, 0},
        {0, 0.5, 0, 0, 0.5},
        {0, 0, 0, 1, 0},
        {0, 0, 0, 0, 1}});
    assertFalse(m.hasUniqueSteadyState());
    assertFalse(m.isConvergent());
    assertEquals(0, m.period());
    assertEquals(ImmutableList.of(ImmutableList.of("4"), ImmutableList.of("5")), m.closedClasses());
    IllegalStateException e = assertThrows(IllegalStateException.class, m::steadyState);
    assertTrue(e.getMessage().contains("2 closed classes of states [[4], [5]]"), e.getMessage());
    // projections still work and stay stochastic
    double[] s = m.project(new double[] {0.2, 0.2, 0.2, 0.2, 0.2}, 50);
    assertEquals(1, s[0] + s[1] + s[2] + s[3] + s[4], 1e-12);
  }

  @Test
  void transient_states_get_no_steady_share_and_a_periodic_chain_cycles() {
    MarkovProjection absorbing = MarkovProjection.of(new double[][] {{0.5, 0.5}, {0, 1}});
    assertArrayEquals(new double[] {0, 1}, absorbing.steadyState(), 0);
    assertEquals(ImmutableList.of(ImmutableList.of("2")), absorbing.closedClasses());

    MarkovProjection flip = MarkovProjection.of(new double[][] {{0, 1}, {1, 0}});
    assertEquals(2, flip.period());
    assertFalse(flip.isConvergent());
    assertArrayEquals(new double[] {0.5, 0.5}, flip.steadyState(), 1e-15);
    assertArrayEquals(new double[] {0, 1}, flip.project(new double[] {1, 0}, 101), 0);

    MarkovProjection cycle = MarkovProjection.of(new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}});
    assertEquals(3, cycle.period());
    assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, cycle.steadyState(), 1e-15);

    MarkovProjection one = MarkovProjection.of(new double[][] {{1}});
    assertArrayEquals(new double[] {1}, one.steadyState(), 0);
    assertTrue(one.isConvergent());
  }

  // ---- runs ----------------------------------------------------------------------------------------------

  @Test
  void a_runs_structure_is_projected_over_its_sectors() {
    Run run = AnalysisRuns.twoSectors();
    assertArrayEquals(new double[] {100.0 / 180, 80.0 / 180}, MarkovProjection.shares(run, Quantity.VALUE_ADDED, 2020),
        1e-15);
    double[][] p = {{0.9, 0.1}, {0, 1}};
    MarkovProjection m = MarkovProjection.of(run.sectorIds(), p);
    double[] start = MarkovProjection.shares(run, Quantity.VALUE_ADDED, 2025);
    assertArrayEquals(m.project(start, 5), m.project(run, Quantity.VALUE_ADDED, 2025, 5), 0);
    MarkovProjection other = MarkovProjection.of(List.of("a", "b"), p);
    assertMessage(() -> other.project(run, Quantity.VALUE_ADDED, 2025, 5), "the states [a, b] are not the sectors");
    assertMessage(() -> MarkovProjection.shares(run, Quantity.VALUE_ADDED, 2031), "year 2031 is outside");
    assertMessage(() -> MarkovProjection.shares(run, Quantity.POPULATION, 2020), "city-wide");
  }

  // ---- bad input -----------------------------------------------------------------------------------------

  @Test
  void non_stochastic_matrices_and_bad_shares_are_rejected() {
    assertMessage(() -> MarkovProjection.of(new double[][] {{0.5, 0.5}, {0.3, 0.65}}),
        "row 1 (state '2') sums to 0.95, not 1");
    assertMessage(() -> MarkovProjection.of(new double[][] {{1.1, -0.1}, {0.5, 0.5}}),
        "row 0 (state '1') has entry -0.1 in column 1 (state '2')");
    assertMessage(() -> MarkovProjection.of(new double[][] {{Double.NaN, 1}, {0.5, 0.5}}),
        "row 0 (state '1') has entry NaN in column 0");
    assertMessage(() -> MarkovProjection.of(new double[][] {{1, 0}, {1}}), "row 1 (state '2') has 1 entries");
    assertMessage(() -> MarkovProjection.of(new double[0][]), "no rows");
    assertMessage(() -> MarkovProjection.of(List.of("coal"), MARKET), "1 state names for a transition matrix of 3");
    assertMessage(() -> MarkovProjection.of(List.of("a", "a", "b"), MARKET), "state 'a' appears twice");
    // within 1e-9 is fine
    MarkovProjection.of(new double[][] {{0.5, 0.5 + 5e-10}, {0, 1}});

    MarkovProjection m = MarkovProjection.of(List.of("bull", "bear", "stagnant"), MARKET);
    assertMessage(() -> m.project(new double[] {0.5, 0.5}, 1), "shares has 2 values but there are 3 states");
    assertMessage(() -> m.project(new double[] {0.5, 0.6, 0}, 1), "sum to 1.1, not 1");
    assertMessage(() -> m.project(new double[] {1.5, -0.5, 0}, 1), "share of state 'bear' is -0.5");
    assertMessage(() -> m.project(new double[] {1, 0, 0}, -1), "steps is -1");
    assertMessage(() -> m.path(new double[] {1, 0, 0}, -2), "steps is -2");
  }

  // ---- properties ----------------------------------------------------------------------------------------

  /**
   * For any stochastic matrix (1 to 6 states, with zeros) and shares, projections over 0 to 60 steps stay shares
   * (not negative, summing to 1 within 1e-9), the path agrees with the projections, and a unique steady state is
   * a fixed point of the chain.
   */
  @Test
  void projections_stay_stochastic_and_the_steady_state_is_fixed() {
    qt().forAll(chains(), integers().between(0, 60)).checkAssert((c, steps) -> {
      MarkovProjection m = MarkovProjection.of(matrix(c));
      double[] shares = c[c.length - 1];
      double[][] path = m.path(shares, steps);
      for (int k = 0; k <= steps; k++) {
        assertShares(path[k], "step " + k);
      }
      assertArrayEquals(path[steps], m.project(shares, steps), 0);
      if (m.hasUniqueSteadyState()) {
        double[] pi = m.steadyState();
        assertShares(pi, "steady state");
        assertArrayEquals(pi, m.project(pi, 1), 1e-9, "pi P = pi");
      }
    });
  }

  private static void assertShares(double[] s, String what) {
    double sum = 0;
    for (double x : s) {
      assertTrue(x >= 0, what + ": share " + x + " < 0");
      sum += x;
    }
    assertEquals(1, sum, 1e-9, what + ": sum");
  }

  private static double[][] matrix(double[][] c) {
    double[][] p = new double[c.length - 1][];
    System.arraycopy(c, 0, p, 0, p.length);
    return p;
  }

  /** The rows of a random stochastic matrix followed by a random share vector; about a third of entries are 0. */
  private static Gen<double[][]> chains() {
    return in -> {
      int n = integers().between(1, 6).generate(in);
      double[][] out = new double[n + 1][];
      for (int i = 0; i <= n; i++) {
        double[] row = new double[n];
        double sum = 0;
        for (int j = 0; j < n; j++) {
          row[j] = integers().between(0, 2).generate(in) == 0 ? 0 : doubles().between(0, 1).generate(in);
          sum += row[j];
        }
        if (sum == 0) {
          row[i % n] = 1;
          sum = 1;
        }
        for (int j = 0; j < n; j++) {
          row[j] /= sum;
        }
        out[i] = row;
      }
      return out;
    };
  }
}
