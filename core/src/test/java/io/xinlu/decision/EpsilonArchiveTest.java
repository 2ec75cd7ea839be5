package io.xinlu.decision;

import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpsilonArchiveTest {
  private static Candidate c(double f1, double f2, double... violations) {
    return Candidate.of(new double[] {f1, f2}, new double[] {f1, f2}, violations);
  }

  @Test
  void one_candidate_per_box_and_progress_only_for_new_boxes() {
    EpsilonArchive a = new EpsilonArchive(new double[] {1, 1}, 3);
    assertTrue(a.add(c(0.5, 2.5)));
    assertEquals(1, a.progress());
    // same box [0,1)x[2,3), dominates: replaces, no progress
    assertTrue(a.add(c(0.4, 2.4)));
    assertEquals(1, a.progress());
    // same box, dominated: rejected
    assertFalse(a.add(c(0.45, 2.45)));
    // same box, non-dominated, nearer the corner (0,2): (0.1, 2.6) has distance 0.37 against 0.32: rejected
    assertFalse(a.add(c(0.1, 2.6)));
    // nearer: (0.3, 2.3) -> 0.18 dominates anyway; (0.5, 2.1) -> 0.26 < 0.32 replaces
    assertTrue(a.add(c(0.5, 2.1)));
    assertEquals(List.of(c(0.5, 2.1)), a.members());
    // a new box, non-dominated: progress
    assertTrue(a.add(c(2.5, 0.5)));
    assertEquals(2, a.progress());
    // a box that dominates both boxes: both go, progress
    assertTrue(a.add(c(0.5, 0.5)));
    assertEquals(List.of(c(0.5, 0.5)), a.members());
    assertEquals(3, a.progress());
    // a box the member's box dominates: rejected even though its point is not dominated
    assertFalse(a.add(c(1.2, 0.2 + 1)));
  }

  @Test
  void infeasible_candidates_are_kept_by_least_violation_until_one_is_feasible() {
    EpsilonArchive a = new EpsilonArchive(new double[] {1, 1}, 2);
    assertTrue(a.add(c(0, 0, 3)));
    assertTrue(a.add(c(0, 0, 2)));
    assertTrue(a.add(c(5, 5, 1)));
    assertFalse(a.add(c(0, 0, 2.5)));
    assertFalse(a.feasible());
    assertEquals(List.of(c(5, 5, 1), c(0, 0, 2)), a.members());
    assertEquals(3, a.progress()); // 3, then 2, then 1 each lowered the least violation
    assertTrue(a.add(c(9, 9, 0)));
    assertTrue(a.feasible());
    assertEquals(List.of(c(9, 9, 0)), a.members());
    assertFalse(a.add(c(0, 0, 0.001)));
  }

  @Test
  void bad_input() {
    assertThrows(IllegalArgumentException.class, () -> new EpsilonArchive(new double[0], 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new EpsilonArchive(new double[] {0.1, 0}, 1));
    assertTrue(e.getMessage().contains("epsilon 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new EpsilonArchive(new double[] {0.1}, 0));
    EpsilonArchive a = new EpsilonArchive(new double[] {0.1}, 1);
    assertThrows(IllegalArgumentException.class, () -> a.add(c(1, 1)));
    assertThrows(IllegalArgumentException.class,
        () -> a.add(Candidate.of(new double[0], new double[] {Double.POSITIVE_INFINITY}, new double[0])));
  }

  /**
   * For any sequence of feasible points: no member's box dominates another's, no two share a box, every offered
   * point is weakly box-dominated by some member (nothing is lost), and restoring the snapshot gives the same archive.
   */
  @Test
  void members_cover_every_offered_point_and_restore_exactly() {
    qt().forAll(lists().of(doubles().between(0, 1)).ofSizeBetween(2, 120)).checkAssert(values -> {
      double[] eps = {0.05, 0.1};
      EpsilonArchive a = new EpsilonArchive(eps, 1);
      List<Candidate> offered = new ArrayList<>();
      for (int i = 0; i + 1 < values.size(); i += 2) {
        Candidate c = c(values.get(i), 1 - Math.sqrt(values.get(i)) + values.get(i + 1) / 4);
        offered.add(c);
        a.add(c);
      }
      List<Candidate> m = a.members();
      for (int i = 0; i < m.size(); i++) {
        for (int j = 0; j < m.size(); j++) {
          if (i != j) {
            long[] bi = box(m.get(i), eps);
            long[] bj = box(m.get(j), eps);
            assertFalse(bi[0] == bj[0] && bi[1] == bj[1], "two members in one box");
            assertFalse(bi[0] <= bj[0] && bi[1] <= bj[1], "box of " + m.get(i) + " dominates " + m.get(j));
          }
        }
      }
      for (Candidate c : offered) {
        long[] bc = box(c, eps);
        assertTrue(m.stream().map(x -> box(x, eps)).anyMatch(b -> b[0] <= bc[0] && b[1] <= bc[1]),
            "lost " + c);
      }
      EpsilonArchive r = EpsilonArchive.restore(eps, 1, m, a.progress());
      assertEquals(m, r.members());
      assertEquals(a.progress(), r.progress());
    });
  }

  private static long[] box(Candidate c, double[] eps) {
    return new long[] {(long) Math.floor(c.objectives().get(0) / eps[0]),
        (long) Math.floor(c.objectives().get(1) / eps[1])};
  }
}
