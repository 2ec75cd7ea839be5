package io.xinlu.decision;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import java.util.ArrayList;
import java.util.List;

/**
 * Pareto dominance for minimised objectives, with constraints as Deb (2000) handles them ("An efficient constraint
 * handling method for genetic algorithms", Comput. Methods Appl. Mech. Engrg. 186): a feasible candidate beats an
 * infeasible one, two infeasible candidates compare by total violation, two feasible candidates by Pareto dominance.
 *
 * <p>Static functions of their arguments; thread-safe.
 *
 * @since 0.1.0
 */
public final class Pareto {
  private Pareto() {}

  /**
   * Whether {@code a} Pareto-dominates {@code b}: no worse in every objective and better in at least one (all
   * minimised).
   *
   * @throws IllegalArgumentException if the lengths differ
   */
  public static boolean dominates(double[] a, double[] b) {
    checkArgument(a.length == b.length, "objective vectors of different lengths: %s and %s", a.length, b.length);
    boolean better = false;
    for (int i = 0; i < a.length; i++) {
      if (a[i] > b[i]) {
        return false;
      }
      if (a[i] < b[i]) {
        better = true;
      }
    }
    return better;
  }

  /** {@link #dominates(double[], double[])} over immutable arrays. */
  public static boolean dominates(ImmutableDoubleArray a, ImmutableDoubleArray b) {
    return dominates(a.toArray(), b.toArray());
  }

  /**
   * Constrained dominance: negative if {@code a} dominates {@code b}, positive if {@code b} dominates {@code a}, 0 if
   * neither does.
   *
   * @throws IllegalArgumentException if the candidates have different numbers of objectives
   */
  public static int compare(Candidate a, Candidate b) {
    boolean fa = a.feasible();
    boolean fb = b.feasible();
    if (fa && !fb) {
      return -1;
    }
    if (fb && !fa) {
      return 1;
    }
    if (!fa) {
      return Double.compare(a.totalViolation(), b.totalViolation());
    }
    if (dominates(a.objectives(), b.objectives())) {
      return -1;
    }
    if (dominates(b.objectives(), a.objectives())) {
      return 1;
    }
    return 0;
  }

  /** Whether {@code a} dominates {@code b} under {@link #compare constrained dominance}. */
  public static boolean dominates(Candidate a, Candidate b) {
    return compare(a, b) < 0;
  }

  /**
   * The candidates no other candidate dominates (constrained dominance), in their given order. Equal candidates do
   * not dominate each other, so duplicates stay.
   */
  public static ImmutableList<Candidate> nondominated(List<Candidate> candidates) {
    ImmutableList.Builder<Candidate> front = ImmutableList.builder();
    for (Candidate c : candidates) {
      boolean dominated = false;
      for (Candidate other : candidates) {
        if (other != c && dominates(other, c)) {
          dominated = true;
          break;
        }
      }
      if (!dominated) {
        front.add(c);
      }
    }
    return front.build();
  }

  /**
   * Non-dominated sorting (constrained dominance): the first front is {@link #nondominated}, the second the
   * non-dominated of the rest, and so on. Within a front the candidates keep their given order. Takes
   * O(n<sup>2</sup>) comparisons per front.
   */
  public static ImmutableList<ImmutableList<Candidate>> sort(List<Candidate> candidates) {
    ImmutableList.Builder<ImmutableList<Candidate>> fronts = ImmutableList.builder();
    List<Candidate> rest = new ArrayList<>(candidates);
    while (!rest.isEmpty()) {
      ImmutableList<Candidate> front = nondominated(rest);
      fronts.add(front);
      List<Candidate> next = new ArrayList<>(rest.size() - front.size());
      for (Candidate c : rest) {
        boolean inFront = false;
        for (Candidate f : front) {
          if (f == c) {
            inFront = true;
            break;
          }
        }
        if (!inFront) {
          next.add(c);
        }
      }
      rest = next;
    }
    return fronts.build();
  }
}
