package io.xinlu.decision;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An epsilon-box dominance archive (Laumanns, Thiele, Deb and Zitzler 2002, "Combining convergence and diversity in
 * evolutionary multiobjective optimization", Evol. Comput. 10(3)): objective space is cut into boxes of side
 * {@code epsilon[i]} (box index {@code floor(f[i] / epsilon[i])}); the archive keeps at most one candidate per box,
 * and no candidate whose box another's box dominates. Within one box the candidate that Pareto-dominates wins, and of
 * two mutually non-dominated ones the one nearer the box's lower corner (distance in units of epsilon); on a tie
 * the one already there stays.
 *
 * <p>Constraints: feasible candidates come first. While no feasible candidate has been seen, the archive keeps the
 * {@code closest} infeasible candidates with the least total violation (ties: the earlier stays), so a caller can
 * say which plans came nearest; the first feasible candidate clears them, and no infeasible one enters after.
 *
 * <p><b>Epsilon progress</b> counts as Borg does (Hadka and Reed 2013, "Borg: an auto-adaptive many-objective
 * evolutionary computing framework", Evol. Comput. 21(2)): an addition that occupies a new box (a box no member
 * held, including one whose box dominates and so removes members) counts one; a replacement within a box does not.
 * While every candidate is infeasible, a candidate that lowers the least total violation counts one.
 *
 * <p>A <b>mutable accumulator</b>, not thread-safe: one thread adds; {@link #members()} returns an immutable
 * snapshot. The order of the members is deterministic: the order in which they entered (a replacement takes its
 * predecessor's place).
 *
 * @since 0.1.0
 */
public final class EpsilonArchive {
  private final double[] epsilons;
  private final int closest;
  private final List<Candidate> members = new ArrayList<>();
  /** The feasible members' boxes, member k's at [k d, (k + 1) d). */
  private long[] flat = new long[0];
  /** The index of the feasible member in a box, to find it (and its neighbours) without a scan. */
  private final java.util.Map<BoxKey, Integer> byBox = new java.util.HashMap<>();
  private boolean feasible;
  private long progress;

  /**
   * An empty archive.
   *
   * @param epsilons the box side per objective, each finite and positive
   * @param closest how many infeasible candidates to keep while none is feasible, at least 1
   * @throws IllegalArgumentException if there is no epsilon, one is not finite and positive, or {@code closest < 1}
   */
  public EpsilonArchive(double[] epsilons, int closest) {
    checkArgument(epsilons.length > 0, "an epsilon archive needs one epsilon per objective, was given none");
    for (int i = 0; i < epsilons.length; i++) {
      checkArgument(Double.isFinite(epsilons[i]) && epsilons[i] > 0,
          "epsilon %s must be a finite number > 0, was %s", i, (Object) epsilons[i]);
    }
    checkArgument(closest >= 1, "the archive must keep at least 1 closest infeasible candidate, was %s", closest);
    this.epsilons = epsilons.clone();
    this.closest = closest;
  }

  /**
   * An archive rebuilt from a {@link #members() snapshot} and its {@link #progress()} count: adding the members in
   * their order gives back the same members in the same order.
   *
   * @throws IllegalArgumentException as {@link #EpsilonArchive(double[], int)}, or if the members are not an
   *     archive's (a member would be rejected or would displace another)
   */
  public static EpsilonArchive restore(double[] epsilons, int closest, List<Candidate> members, long progress) {
    checkArgument(progress >= 0, "epsilon progress must be >= 0, was %s", progress);
    EpsilonArchive archive = new EpsilonArchive(epsilons, closest);
    for (Candidate c : members) {
      archive.add(c);
    }
    checkArgument(archive.members.equals(members), "the candidates given are not the members of an epsilon archive");
    archive.progress = progress;
    return archive;
  }

  /** The box side per objective (a copy). */
  public double[] epsilons() {
    return epsilons.clone();
  }

  /** How many infeasible candidates the archive keeps while none is feasible. */
  public int closest() {
    return closest;
  }

  /**
   * Offers a candidate.
   *
   * @return whether it entered the archive
   * @throws IllegalArgumentException if its number of objectives differs from the epsilons', or an objective is not
   *     finite
   */
  public boolean add(Candidate c) {
    ImmutableDoubleArray f = c.objectives();
    checkArgument(f.length() == epsilons.length, "candidate %s has %s objectives, the archive %s epsilons", c.x(),
        f.length(), epsilons.length);
    for (int i = 0; i < f.length(); i++) {
      checkArgument(Double.isFinite(f.get(i)), "candidate %s: objective %s is %s, the archive needs finite values",
          c.x(), i, f.get(i));
    }
    return c.feasible() ? addFeasible(c) : addInfeasible(c);
  }

  private boolean addFeasible(Candidate c) {
    long[] box = box(c);
    int d = box.length;
    if (!feasible) {
      members.clear();
      feasible = true;
      append(c, box);
      progress++;
      return true;
    }
    Integer same = byBox.get(new BoxKey(box));
    if (same != null) {
      // the other members' boxes are non-dominated with this box, so only its member decides
      double[] fc = c.objectives().toArray();
      double[] fm = members.get(same).objectives().toArray();
      boolean replace;
      if (Pareto.dominates(fc, fm)) {
        replace = true;
      } else if (Pareto.dominates(fm, fc)) {
        replace = false;
      } else {
        replace = cornerDistance(fc, box) < cornerDistance(fm, box);
      }
      if (replace) {
        members.set(same, c);
      }
      return replace;
    }
    // a quick rejection: a member in a box one step below in some objective dominates this box
    for (int i = 0; i < d; i++) {
      long[] below = box.clone();
      below[i]--;
      if (byBox.containsKey(new BoxKey(below))) {
        return false;
      }
    }
    int n = members.size();
    boolean[] remove = null;
    for (int k = 0, o = 0; k < n; k++, o += d) {
      boolean mine = false;
      boolean theirs = false;
      for (int i = 0; i < d; i++) {
        long a = box[i];
        long b = flat[o + i];
        if (a < b) {
          mine = true;
        } else if (a > b) {
          theirs = true;
        }
      }
      if (theirs && !mine) {
        return false;
      }
      if (mine && !theirs) {
        if (remove == null) {
          remove = new boolean[n];
        }
        remove[k] = true;
      }
    }
    if (remove != null) {
      int kept = 0;
      for (int k = 0; k < n; k++) {
        if (!remove[k]) {
          members.set(kept, members.get(k));
          System.arraycopy(flat, k * d, flat, kept * d, d);
          kept++;
        }
      }
      members.subList(kept, n).clear();
      byBox.clear();
      for (int k = 0; k < kept; k++) {
        byBox.put(new BoxKey(Arrays.copyOfRange(flat, k * d, k * d + d)), k);
      }
    }
    append(c, box);
    progress++;
    return true;
  }

  private void append(Candidate c, long[] box) {
    int d = box.length;
    int k = members.size();
    if ((k + 1) * d > flat.length) {
      flat = Arrays.copyOf(flat, Math.max(16 * d, flat.length * 2));
    }
    System.arraycopy(box, 0, flat, k * d, d);
    members.add(c);
    byBox.put(new BoxKey(box), k);
  }

  private boolean addInfeasible(Candidate c) {
    if (feasible) {
      return false;
    }
    double v = c.totalViolation();
    int at = members.size();
    while (at > 0 && members.get(at - 1).totalViolation() > v) {
      at--;
    }
    if (at >= closest) {
      return false;
    }
    if (at == 0 && (members.isEmpty() || v < members.get(0).totalViolation())) {
      progress++;
    }
    members.add(at, c);
    if (members.size() > closest) {
      members.remove(members.size() - 1);
    }
    return true;
  }

  /** A box's indices as a hash key. */
  private record BoxKey(long[] box) {
    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
      return o instanceof BoxKey k && java.util.Arrays.equals(box, k.box);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(box);
    }

    @Override
    public String toString() {
      return java.util.Arrays.toString(box);
    }
  }

  private long[] box(Candidate c) {
    long[] box = new long[epsilons.length];
    for (int i = 0; i < box.length; i++) {
      box[i] = (long) Math.floor(c.objectives().get(i) / epsilons[i]);
    }
    return box;
  }

  private double cornerDistance(double[] f, long[] box) {
    double sum = 0;
    for (int i = 0; i < f.length; i++) {
      double d = (f[i] - box[i] * epsilons[i]) / epsilons[i];
      sum += d * d;
    }
    return sum;
  }

  /**
   * A snapshot of the members: the feasible non-dominated candidates, one per epsilon box, when any feasible
   * candidate has been added; otherwise the {@link #closest()} infeasible ones by increasing total violation.
   */
  public ImmutableList<Candidate> members() {
    return ImmutableList.copyOf(members);
  }

  /** Whether a feasible candidate has been added (and so the members are feasible). */
  public boolean feasible() {
    return feasible;
  }

  /** The epsilon progress counted so far. */
  public long progress() {
    return progress;
  }

  /** How many members the archive holds. */
  public int size() {
    return members.size();
  }
}
