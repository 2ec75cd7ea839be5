package io.xinlu.uncertainty.sampling;

import static io.xinlu.uncertainty.sampling.DistributionTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.xinlu.InvalidModelException;
import io.xinlu.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Uncertain parameters, levers, and the checks of a parameter space and its correlation matrix. */
class ParameterSpaceTest {
  private static final Distribution U = Distribution.uniform(0, 1);

  private static ParameterSpace.Builder three() {
    return ParameterSpace.builder().parameter("a", U).parameter("b", Distribution.normal(0, 1))
        .parameter("c", Distribution.pert(0, 1, 4));
  }

  @Test
  void a_space_holds_parameters_levers_and_their_correlation() {
    ParameterSpace space = three().lever("policy/carbon-price", 50, 100, 200).rankCorrelation("a", "c", 0.4).build();
    assertEquals(List.of("a", "b", "c"), space.parameterNames());
    assertEquals(List.of("policy/carbon-price"), space.leverNames());
    assertEquals(2, space.indexOfParameter("c"));
    assertEquals(Distribution.normal(0, 1), space.parameter("b").distribution());
    assertEquals(ImmutableList.of(50.0, 100.0, 200.0), space.lever("policy/carbon-price").values());
    assertTrue(space.isCorrelated());
    assertArrayEquals(new double[][] {{1, 0, 0.4}, {0, 1, 0}, {0.4, 0, 1}}, space.rankCorrelation());
    assertEquals(0.4, space.rankCorrelation("c", "a"));
    assertMessage("no uncertain parameter 'd'; the parameters are [a, b, c]", () -> space.parameter("d"));
    assertMessage("no lever 'x'; the levers are [policy/carbon-price]", () -> space.lever("x"));
  }

  @Test
  void without_correlation_the_matrix_is_the_identity() {
    ParameterSpace space = ParameterSpace.of(List.of(UncertainParameter.of("x", U), UncertainParameter.of("y", U)));
    assertFalse(space.isCorrelated());
    assertArrayEquals(new double[][] {{1, 0}, {0, 1}}, space.rankCorrelation());
    double[][] copy = space.rankCorrelation();
    copy[0][1] = 0.9;
    assertEquals(0, space.rankCorrelation("x", "y"));
  }

  @Test
  void a_whole_matrix_is_stored_symmetric_and_copied() {
    double[][] m = {{1, 0.3}, {0.3 + 1e-13, 1}};
    ParameterSpace space = ParameterSpace.builder().parameter("x", U).parameter("y", U).rankCorrelation(m).build();
    m[0][1] = 0.9;
    double[][] stored = space.rankCorrelation();
    assertEquals(stored[0][1], stored[1][0]);
    assertEquals(0.3, stored[0][1], 1e-12);
    ParameterSpace again = space.withoutRankCorrelation().withRankCorrelation(new double[][] {{1, 0.3}, {0.3, 1}});
    assertEquals(space.withoutRankCorrelation(), again.withoutRankCorrelation());
    assertNotEquals(space.withoutRankCorrelation(), again);
  }

  // ------------------------------------------------------------------------------------------------ names

  @Test
  void duplicate_names_are_all_reported_at_once() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> ParameterSpace.builder()
        .parameter("a", U).parameter("a", U).parameter("b", U).lever("b", 1, 2).build());
    assertEquals("parameter space", e.subject());
    assertEquals(List.of("name 'a' is used twice (parameter 0 and parameter 1)",
        "name 'b' is used twice (parameter 2 and lever 0)"), messages(e));
    assertEquals("2 problems in parameter space:\n  - name 'a' is used twice (parameter 0 and parameter 1)\n"
        + "  - name 'b' is used twice (parameter 2 and lever 0)", e.getMessage());
  }

  @Test
  void an_empty_space_is_rejected() {
    assertMessage("1 problem in parameter space:\n  - needs at least one uncertain parameter or lever",
        () -> ParameterSpace.builder().build());
  }

  @Test
  void parameters_and_levers_check_their_own_arguments() {
    assertMessage("an uncertain parameter needs a non-blank name, got ' ' (uniform(lo=0, hi=1))",
        () -> UncertainParameter.of(" ", U));
    assertMessage("a lever needs a non-blank name, got ''", () -> Lever.of("", 1));
    assertMessage("lever 'x' needs at least one value", () -> Lever.of("x"));
    assertMessage("lever 'x': values[1] = NaN is not a finite number", () -> Lever.of("x", 1, Double.NaN));
    assertMessage("lever 'x': value 0 appears twice (values[0] and values[2])", () -> Lever.of("x", 0.0, 1, -0.0));
    assertEquals("sector/coal/growth ~ triangular(lo=-0.08, mode=-0.04, hi=0)",
        UncertainParameter.of("sector/coal/growth", Distribution.triangular(-0.08, -0.04, 0)).toString());
    assertEquals("policy/carbon-price in [50, 100, 200]", Lever.of("policy/carbon-price", 50, 100, 200).toString());
    assertEquals(2.5, UncertainParameter.of("p", Distribution.uniform(0, 10)).valueAt(0.25), 1e-15);
  }

  // ------------------------------------------------------------------------------------------------ the matrix

  @Test
  void a_matrix_of_the_wrong_size_is_rejected() {
    assertProblems(three().rankCorrelation(new double[][] {{1, 0}, {0, 1}}),
        "rank correlation: must be 3 x 3 (one row and column per uncertain parameter, 3 here), but has 2 rows");
    assertProblems(three().rankCorrelation(new double[][] {{1, 0, 0}, {0, 1}, {0, 0, 1}}),
        "rank correlation: must be 3 x 3 (one row and column per uncertain parameter, 3 here), but row 1 has 2 "
            + "entries");
  }

  @Test
  void an_asymmetric_matrix_is_rejected() {
    assertProblems(three().rankCorrelation(new double[][] {{1, 0.5, 0}, {0.4, 1, 0}, {0, 0, 1}}),
        "rank correlation: not symmetric: [0][1] = 0.5 but [1][0] = 0.4 (tolerance 1.0E-12)");
  }

  @Test
  void a_matrix_with_a_bad_diagonal_out_of_range_or_non_finite_entries_is_rejected() {
    assertProblems(three().rankCorrelation(new double[][] {{1, 0, 0}, {0, 0.9, 0}, {0, 0, 1}}),
        "rank correlation: diagonal entry [1][1] = 0.9 is not 1");
    assertProblems(three().rankCorrelation(new double[][] {{1, 1.5, 0}, {1.5, 1, 0}, {0, 0, 1}}),
        "rank correlation: entry [0][1] = 1.5 lies outside [-1, 1]",
        "rank correlation: entry [1][0] = 1.5 lies outside [-1, 1]");
    assertProblems(three().rankCorrelation(new double[][] {{1, Double.NaN, 0}, {0, 1, 0}, {0, 0, 1}}),
        "rank correlation: entry [0][1] = NaN is not a finite number");
  }

  /**
   * Each pair alone is a valid correlation, but a = b, b = c and a = -c cannot hold together: the matrix is not
   * positive definite, and the Cholesky factorisation fails at its third row. A singular matrix (perfect correlation)
   * fails too.
   */
  @Test
  void a_matrix_that_is_not_positive_definite_is_rejected() {
    assertProblems(three().rankCorrelation(new double[][] {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}}),
        "rank correlation: not positive definite: the Cholesky factorisation fails at row 2 (no set of variables can "
            + "have these correlations together)");
    assertProblems(ParameterSpace.builder().parameter("x", U).parameter("y", U).rankCorrelation("x", "y", 1.0),
        "rank correlation: not positive definite: the Cholesky factorisation fails at row 1 (no set of variables can "
            + "have these correlations together)");
  }

  // ------------------------------------------------------------------------------------------------ pairs

  @Test
  void pairs_must_name_distinct_uncertain_parameters_once_with_a_correlation_in_range() {
    assertProblems(three().lever("l", 1).rankCorrelation("a", "zz", 0.5).rankCorrelation("a", "l", 0.2)
            .rankCorrelation("b", "b", 0.3).rankCorrelation("a", "b", 0.1).rankCorrelation("b", "a", 0.2)
            .rankCorrelation("b", "c", -1.2),
        "rank correlation: pair ('a', 'zz'): no uncertain parameter 'zz'",
        "rank correlation: pair ('a', 'l'): 'l' is a lever; rank correlation is among uncertain parameters",
        "rank correlation: pair ('b', 'b'): a parameter's correlation with itself is 1 and cannot be set",
        "rank correlation: pair ('b', 'a'): the pair is given twice",
        "rank correlation: pair ('b', 'c'): -1.2 lies outside [-1, 1]");
  }

  @Test
  void a_matrix_and_pairs_cannot_be_combined() {
    assertProblems(ParameterSpace.builder().parameter("x", U).parameter("y", U)
            .rankCorrelation(new double[][] {{1, 0.2}, {0.2, 1}}).rankCorrelation("x", "y", 0.3),
        "rank correlation: give either a whole matrix or pairs, not both (got a matrix of 2 rows and 1 pair)");
  }

  @Test
  void a_constant_parameter_cannot_be_correlated() {
    assertProblems(ParameterSpace.builder().parameter("x", U).parameter("k", Distribution.constant(2))
            .rankCorrelation("x", "k", 0.3),
        "rank correlation: parameter 'k' is constant and cannot be correlated with 'x' (0.3)");
  }

  @Test
  void every_problem_is_reported_at_once() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> ParameterSpace.builder()
        .parameter("a", U).parameter("a", U).rankCorrelation(new double[][] {{1, 0.5}, {0.4, 2}}).build());
    assertEquals(List.of("name 'a' is used twice (parameter 0 and parameter 1)",
        "rank correlation: not symmetric: [0][1] = 0.5 but [1][0] = 0.4 (tolerance 1.0E-12)",
        "rank correlation: diagonal entry [1][1] = 2.0 is not 1"), messages(e));
  }

  private static void assertProblems(ParameterSpace.Builder builder, String... expected) {
    InvalidModelException e = assertThrows(InvalidModelException.class, builder::build);
    assertEquals(List.of(expected), messages(e));
  }

  private static List<String> messages(InvalidModelException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }
}
