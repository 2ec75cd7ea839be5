package io.xinlu.uncertainty.discovery;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One run of PRIM on one data set: the cases {@link #active} of a {@link PrimCases} (all of them, or those outside
 * the earlier boxes of a covering). Peels, pastes and measures boxes. Package-private; immutable, so a
 * {@link PrimResult} may keep it to paste other boxes later.
 */
final class PrimSearch {
  private final PrimCases cases;
  private final int[] active;
  private final Prim prim;

  PrimSearch(PrimCases cases, int[] active, Prim prim) {
    this.cases = cases;
    this.active = active;
    this.prim = prim;
  }

  PrimCases cases() {
    return cases;
  }

  /** The number of cases in this data set. */
  int size() {
    return active.length;
  }

  /** The number of cases of interest in this data set. */
  int interesting() {
    int h = 0;
    for (int i : active) {
      if (cases.interesting[i]) {
        h++;
      }
    }
    return h;
  }

  /** The active cases within the limits. */
  int[] inside(double[] lower, double[] upper) {
    int[] in = new int[active.length];
    int m = 0;
    for (int i : active) {
      if (cases.inside(i, lower, upper, -1)) {
        in[m++] = i;
      }
    }
    return Arrays.copyOf(in, m);
  }

  /** Measures the box with these limits: counts, coverage, density, mass, restrictions and quasi-p-values. */
  PrimBox box(double[] lower, double[] upper, int index, boolean pasted) {
    int t = 0;
    int h = 0;
    for (int i : active) {
      if (cases.inside(i, lower, upper, -1)) {
        t++;
        if (cases.interesting[i]) {
          h++;
        }
      }
    }
    ImmutableList.Builder<PrimRestriction> restrictions = ImmutableList.builder();
    for (int j = 0; j < cases.k; j++) {
      boolean lo = lower[j] > cases.min[j];
      boolean hi = upper[j] < cases.max[j];
      if (lo || hi) {
        int tj = 0;
        int hj = 0;
        for (int i : active) {
          if (cases.inside(i, lower, upper, j)) {
            tj++;
            if (cases.interesting[i]) {
              hj++;
            }
          }
        }
        double qp = cases.binomialUpperTail(t, h, (double) hj / tj);
        restrictions.add(new PrimRestriction(cases.names.get(j), j, lower[j], upper[j], lo, hi, qp));
      }
    }
    return new PrimBox(cases.names, lower, upper, index, pasted, t, h, (double) h / cases.totalInteresting,
        (double) h / t, (double) t / cases.n, restrictions.build());
  }

  /** A candidate peel or paste: a new limit on one side of one dimension, and the counts it leads to. */
  private static final class Move {
    final int dimension;
    final boolean lowerSide;
    final double limit;
    final int count;
    final int interesting;

    Move(int dimension, boolean lowerSide, double limit, int count, int interesting) {
      this.dimension = dimension;
      this.lowerSide = lowerSide;
      this.limit = limit;
      this.count = count;
      this.interesting = interesting;
    }

    /** Higher density wins, then more cases; ties keep the earlier move (lower dimension, lower side first). */
    boolean beats(Move other) {
      long a = (long) interesting * other.count;
      long b = (long) other.interesting * count;
      return a != b ? a > b : count > other.count;
    }
  }

  /**
   * Top-down peeling from the box spanning the data: every step removes, from one side of one dimension, the
   * {@code peelingAlpha} share of the box's cases (at least one case; all cases at the boundary value when ties
   * make a smaller peel impossible), choosing the peel that leaves the highest density, as long as the remaining
   * box keeps a mass of at least {@code minimumMass}.
   */
  ImmutableList<PrimBox> peel() {
    double[] lower = cases.min.clone();
    double[] upper = cases.max.clone();
    int[] members = inside(lower, upper);
    List<PrimBox> trajectory = new ArrayList<>();
    trajectory.add(box(lower, upper, 0, false));
    double minimumCount = prim.minimumMass() * cases.n;
    while (members.length >= 2) {
      int nb = members.length;
      int m = Math.max(1, (int) Math.floor(prim.peelingAlpha() * nb));
      @Nullable Move best = null;
      double[] v = new double[nb];
      for (int j = 0; j < cases.k; j++) {
        double[] column = cases.columns[j];
        for (int r = 0; r < nb; r++) {
          v[r] = column[members[r]];
        }
        Arrays.sort(v);
        // lower side: the new lower limit is the smallest value kept
        int a = m;
        while (a < nb && v[a] == v[0]) {
          a++;
        }
        if (a < nb) {
          best = consider(best, peelMove(members, j, true, v[a]), minimumCount);
        }
        int b = nb - 1 - m;
        while (b >= 0 && v[b] == v[nb - 1]) {
          b--;
        }
        if (b >= 0) {
          best = consider(best, peelMove(members, j, false, v[b]), minimumCount);
        }
      }
      if (best == null) {
        break;
      }
      if (best.lowerSide) {
        lower[best.dimension] = best.limit;
      } else {
        upper[best.dimension] = best.limit;
      }
      members = inside(lower, upper);
      trajectory.add(box(lower, upper, trajectory.size(), false));
    }
    return ImmutableList.copyOf(trajectory);
  }

  private static @Nullable Move consider(@Nullable Move best, Move candidate, double minimumCount) {
    if (candidate.count < minimumCount) {
      return best;
    }
    return best == null || candidate.beats(best) ? candidate : best;
  }

  private Move peelMove(int[] members, int j, boolean lowerSide, double limit) {
    double[] column = cases.columns[j];
    int t = 0;
    int h = 0;
    for (int i : members) {
      double x = column[i];
      if (lowerSide ? x >= limit : x <= limit) {
        t++;
        if (cases.interesting[i]) {
          h++;
        }
      }
    }
    return new Move(j, lowerSide, limit, t, h);
  }

  /**
   * Bottom-up pasting: every step widens one side of one dimension to take in the {@code pastingAlpha} share of
   * the box's count (at least one case, and every case tied at the new limit) from the cases just beyond that side
   * that lie within the other limits, choosing the widening that gives the highest density, as long as the density
   * does not decrease. A widening that takes in every case beyond a side moves that limit to the parameter's
   * smallest or largest value in the data, so the side is no longer restricted; a restricted side with no case
   * beyond it is released at no cost, since releasing it changes no count.
   */
  PrimBox paste(PrimBox peeled) {
    double[] lower = peeled.lower();
    double[] upper = peeled.upper();
    int k = cases.k;
    boolean changed = false;
    while (true) {
      int t = 0;
      int h = 0;
      // for each case outside the box in exactly one dimension: that dimension and side
      List<List<Integer>> beyond = new ArrayList<>(2 * k);
      for (int s = 0; s < 2 * k; s++) {
        beyond.add(new ArrayList<>());
      }
      for (int i : active) {
        int outside = -1;
        int sides = 0;
        for (int j = 0; j < k && sides < 2; j++) {
          double x = cases.columns[j][i];
          if (x < lower[j]) {
            outside = 2 * j;
            sides++;
          } else if (x > upper[j]) {
            outside = 2 * j + 1;
            sides++;
          }
        }
        if (sides == 0) {
          t++;
          if (cases.interesting[i]) {
            h++;
          }
        } else if (sides == 1) {
          beyond.get(outside).add(i);
        }
      }
      int m = Math.max(1, (int) Math.floor(prim.pastingAlpha() * t));
      @Nullable Move best = null;
      for (int s = 0; s < 2 * k; s++) {
        List<Integer> list = beyond.get(s);
        int j = s / 2;
        boolean lowerSide = s % 2 == 0;
        if (list.isEmpty()) {
          // no case lies beyond this side within the other limits: releasing it changes no count
          boolean restricted = lowerSide ? lower[j] > cases.min[j] : upper[j] < cases.max[j];
          if (restricted) {
            Move free = new Move(j, lowerSide, lowerSide ? cases.min[j] : cases.max[j], t, h);
            if (best == null || free.beats(best)) {
              best = free;
            }
          }
          continue;
        }
        double[] column = cases.columns[j];
        double[] v = new double[list.size()];
        for (int r = 0; r < v.length; r++) {
          v[r] = column[list.get(r)];
        }
        Arrays.sort(v);
        int c = v.length;
        // the m-th nearest value beyond the side; everything at least as near joins
        double limit = lowerSide ? v[Math.max(0, c - m)] : v[Math.min(c - 1, m - 1)];
        int added = 0;
        int addedInteresting = 0;
        for (int i : list) {
          double x = column[i];
          if (lowerSide ? x >= limit : x <= limit) {
            added++;
            if (cases.interesting[i]) {
              addedInteresting++;
            }
          }
        }
        if (added == c) {
          limit = lowerSide ? cases.min[j] : cases.max[j];
        }
        Move move = new Move(j, lowerSide, limit, t + added, h + addedInteresting);
        if (best == null || move.beats(best)) {
          best = move;
        }
      }
      if (best == null || (long) best.interesting * t < (long) h * best.count) {
        break;
      }
      if (best.lowerSide) {
        lower[best.dimension] = best.limit;
      } else {
        upper[best.dimension] = best.limit;
      }
      changed = true;
    }
    return changed ? box(lower, upper, peeled.index(), true) : peeled;
  }
}
