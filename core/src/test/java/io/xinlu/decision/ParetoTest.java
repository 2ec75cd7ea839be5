package io.xinlu.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoTest {
  private static Candidate c(double f1, double f2, double... violations) {
    return Candidate.of(new double[] {f1}, new double[] {f1, f2}, violations);
  }

  @Test
  void pareto_dominance_needs_one_strictly_better_objective() {
    assertTrue(Pareto.dominates(new double[] {1, 2}, new double[] {1, 3}));
    assertFalse(Pareto.dominates(new double[] {1, 2}, new double[] {1, 2}));
    assertFalse(Pareto.dominates(new double[] {1, 3}, new double[] {2, 2}));
    assertThrows(IllegalArgumentException.class, () -> Pareto.dominates(new double[] {1}, new double[] {1, 2}));
  }

  @Test
  void constrained_dominance_follows_deb() {
    // a feasible candidate beats an infeasible one however good the infeasible one's objectives
    assertEquals(-1, Pareto.compare(c(9, 9, 0), c(0, 0, 0.1)));
    assertEquals(1, Pareto.compare(c(0, 0, 0.1), c(9, 9, 0)));
    // two infeasible: the smaller total violation wins, objectives do not matter
    assertTrue(Pareto.compare(c(9, 9, 0.5, 0.5), c(0, 0, 2, 0)) < 0);
    assertEquals(0, Pareto.compare(c(9, 9, 1, 0), c(0, 0, 0, 1)));
    // two feasible: Pareto dominance
    assertEquals(-1, Pareto.compare(c(1, 1, 0), c(1, 2, 0)));
    assertEquals(0, Pareto.compare(c(1, 2, 0), c(2, 1, 0)));
  }

  @Test
  void nondominated_and_sorted_fronts() {
    Candidate a = c(1, 3);
    Candidate b = c(2, 2);
    Candidate d = c(2, 3);
    Candidate e = c(3, 3);
    Candidate bad = c(0, 0, 1);
    List<Candidate> all = List.of(e, a, bad, d, b);
    assertEquals(List.of(a, b), Pareto.nondominated(all));
    assertEquals(List.of(List.of(a, b), List.of(d), List.of(e), List.of(bad)), Pareto.sort(all));
  }

  @Test
  void a_candidate_rejects_nan_objectives_and_negative_violations() {
    assertThrows(IllegalArgumentException.class, () -> c(Double.NaN, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c(1, 1, -0.5));
    assertTrue(e.getMessage().contains("violation 0"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> c(1, 1, Double.POSITIVE_INFINITY));
    assertEquals(1.5, c(1, 1, 0.5, 1).totalViolation());
    assertFalse(c(1, 1, 0.5).feasible());
    assertTrue(c(1, 1, 0, 0).feasible());
  }
}
