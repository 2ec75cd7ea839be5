package io.xinlu.analysis.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.xinlu.analysis.internal.Checks;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.internal.LinearAlgebra;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Markov-chain projection of structure shares (the shares of sectors in value added or employment, of energy
 * carriers, ...): a row-stochastic transition matrix {@code P}, where {@code P[i][j]} is the share of state
 * {@code i} that moves to state {@code j} in one step, applied to a share vector, and its steady state.
 *
 * <pre>
 *   s(t + 1) = s(t) P,   s(t + k) = s(t) P^k          (s a row vector of shares summing to 1)
 *   steady state pi:  pi P = pi,  sum pi = 1
 * </pre>
 *
 * <p><b>Steady state.</b> The classes of states that communicate are found from the matrix's reachability; a class
 * that no probability leaves is closed. A unique steady state exists exactly when there is one closed class; it is
 * then found by solving {@code pi (P - I) = 0} with one equation replaced by {@code sum pi = 1} (Gauss-Jordan
 * elimination with partial pivoting), and it is 0 on the transient states outside the class. With two or more
 * closed classes (a reducible chain, such as two absorbing states) every mixture of their steady states is
 * stationary: {@link #steadyState()} then throws and {@link #hasUniqueSteadyState()} is false. If the closed class
 * is periodic ({@link #period()} {@code > 1}), the steady state is still unique, but projections from other shares
 * cycle around it instead of converging to it; {@link #isConvergent()} tells.
 *
 * <pre>{@code
 * MarkovProjection m = MarkovProjection.of(new double[][] {
 *     {0.9, 0.075, 0.025}, {0.15, 0.8, 0.05}, {0.25, 0.25, 0.5}});
 * m.project(new double[] {0, 1, 0}, 3);   // {0.3575, 0.56825, 0.07425}
 * m.steadyState();                        // {0.625, 0.3125, 0.0625}
 * // a run's value-added structure in 2030, projected 5 years on with a matrix over its sectors
 * MarkovProjection.of(run.sectorIds(), p).project(run, Quantity.VALUE_ADDED, 2030, 5);
 * }</pre>
 *
 * <p><b>Bad input</b> throws {@link IllegalArgumentException} naming the row, column and value: a matrix that is not
 * square or has no states, a NaN, infinite or negative entry, a row whose sum differs from 1 by more than
 * {@value #TOLERANCE}, state names of another count or repeated; share vectors of the wrong length, with a negative
 * or non-finite share, or not summing to 1 within {@value #TOLERANCE}; a negative number of steps.
 *
 * <p>Source of the worked example the tests reproduce: the stock-market chain of the Wikipedia article "Examples of
 * Markov chains", as worked in R by M. Needham (2015) and checked in open-source code; see
 * {@code docs/analysis/FORECASTING.md}.
 *
 * <p>Immutable and thread-safe: accessors return copies.
 *
 * @since 0.1.0
 */
public final class MarkovProjection {
  /** How far a row or share sum may be from 1. */
  public static final double TOLERANCE = 1e-9;

  private final ImmutableList<String> states;
  private final double[][] p;
  private final List<Set<Integer>> closedClasses;
  private final int period;
  private final double @Nullable [] steadyState; // null when not unique

  private MarkovProjection(ImmutableList<String> states, double[][] p) {
    this.states = states;
    this.p = p;
    int n = p.length;
    boolean[][] reach = reachability(p);
    List<Set<Integer>> closed = new ArrayList<>();
    boolean[] seen = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (seen[i]) {
        continue;
      }
      Set<Integer> cls = new java.util.TreeSet<>();
      for (int j = 0; j < n; j++) {
        if (reach[i][j] && reach[j][i]) {
          cls.add(j);
          seen[j] = true;
        }
      }
      boolean isClosed = true;
      for (int u : cls) {
        for (int v = 0; v < n; v++) {
          if (p[u][v] > 0 && !cls.contains(v)) {
            isClosed = false;
          }
        }
      }
      if (isClosed) {
        closed.add(cls);
      }
    }
    this.closedClasses = closed;
    if (closed.size() == 1) {
      this.period = period(p, closed.get(0));
      this.steadyState = solveSteadyState(p);
    } else {
      this.period = 0;
      this.steadyState = null;
    }
  }

  /**
   * A Markov projection over states {@code "1"}, {@code "2"}, ... in matrix order.
   *
   * @param transitions a square, row-stochastic matrix: entries finite and not negative, each row summing to 1
   *     within {@value #TOLERANCE}
   * @throws IllegalArgumentException naming the row (and column) at fault
   */
  public static MarkovProjection of(double[][] transitions) {
    Objects.requireNonNull(transitions, "transitions");
    return of(numbered(transitions.length), transitions);
  }

  /** The state names {@code "1"} to {@code "count"}. */
  private static ImmutableList<String> numbered(int count) {
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (int i = 1; i <= count; i++) {
      ids.add(Integer.toString(i));
    }
    return ids.build();
  }

  /**
   * A Markov projection over named states, such as a run's {@link Run#sectorIds() sector ids}.
   *
   * @param states the state names, distinct, in matrix order
   * @param transitions a square, row-stochastic matrix with one row and column per state
   * @throws IllegalArgumentException naming the row (and column) at fault
   */
  public static MarkovProjection of(List<String> states, double[][] transitions) {
    Objects.requireNonNull(states, "states");
    Objects.requireNonNull(transitions, "transitions");
    ImmutableList<String> names = ImmutableList.copyOf(states);
    int n = transitions.length;
    checkArgument(n > 0, "the transition matrix has no rows; it needs at least one state");
    checkArgument(names.size() == n, "there are %s state names for a transition matrix of %s rows", names.size(), n);
    Set<String> seen = new HashSet<>();
    for (String s : names) {
      checkArgument(seen.add(s), "state '%s' appears twice in %s", s, names);
    }
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] row = transitions[i];
      Objects.requireNonNull(row, "row " + i);
      checkArgument(row.length == n, "row %s (state '%s') has %s entries; the matrix must be square, %s x %s", i,
          names.get(i), row.length, n, n);
      double sum = 0;
      for (int j = 0; j < n; j++) {
        double x = row[j];
        checkArgument(Double.isFinite(x) && x >= 0,
            "row %s (state '%s') has entry %s in column %s (state '%s'); transition probabilities must be finite "
                + "and not negative", i, names.get(i), x, j, names.get(j));
        sum += x;
      }
      checkArgument(Math.abs(sum - 1) <= TOLERANCE,
          "row %s (state '%s') sums to %s, not 1 (tolerance %s): the matrix is not row-stochastic", i,
          names.get(i), sum, TOLERANCE);
      copy[i] = row.clone();
    }
    return new MarkovProjection(names, copy);
  }

  /**
   * A Markov projection estimated from observed transitions: {@code counts[i][j]} is how often (or how much, such as
   * an area of land) state {@code i} was followed by state {@code j}, and each row is divided by its sum, the
   * maximum-likelihood estimate {@code P[i][j] = n_ij / sum_j n_ij}.
   *
   * <pre>{@code
   * MarkovProjection m = MarkovProjection.fromCounts(List.of("0", "1-5", "6+"),
   *     new long[][] {{362, 126, 60}, {136, 90, 68}, {50, 79, 124}});
   * double stay = m.transitions()[0][0];  // 362 / 548 = 0.6606
   * }</pre>
   *
   * @param states the state names, distinct, in matrix order
   * @param counts a square matrix of counts, finite and not negative, with at least one positive count per row
   * @throws IllegalArgumentException naming the row (and column) at fault; a row of zeros is refused, since a state
   *     never left in the data has no estimate (give it a row of its own, such as 1 on the diagonal, if it is
   *     absorbing)
   * @since 0.1.0
   */
  public static MarkovProjection fromCounts(List<String> states, double[][] counts) {
    Objects.requireNonNull(states, "states");
    Objects.requireNonNull(counts, "counts");
    int n = counts.length;
    checkArgument(n > 0, "the count matrix has no rows; it needs at least one state");
    checkArgument(states.size() == n, "there are %s state names for a count matrix of %s rows", states.size(), n);
    double[][] p = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] row = counts[i];
      checkArgument(row != null, "row %s (state '%s') of the counts is null", i, states.get(i));
      checkArgument(row.length == n, "row %s (state '%s') has %s counts; the matrix must be square, %s x %s", i,
          states.get(i), row.length, n, n);
      double sum = 0;
      for (int j = 0; j < n; j++) {
        double c = row[j];
        checkArgument(Double.isFinite(c) && c >= 0,
            "row %s (state '%s') has count %s in column %s (state '%s'); counts must be finite and not negative",
            i, states.get(i), c, j, states.get(j));
        sum += c;
      }
      checkArgument(sum > 0,
          "row %s (state '%s') has no transitions: every count is 0, so its probabilities are 0/0 and cannot be "
              + "estimated; if the state is absorbing, give the row its own count on the diagonal", i,
          states.get(i));
      checkArgument(sum < Double.POSITIVE_INFINITY, "row %s (state '%s'): the counts' sum overflows", i,
          states.get(i));
      p[i] = new double[n];
      for (int j = 0; j < n; j++) {
        p[i][j] = row[j] / sum;
      }
    }
    return of(states, p);
  }

  /**
   * A Markov projection estimated from whole-number transition counts; see
   * {@link #fromCounts(List, double[][])}.
   *
   * @since 0.1.0
   */
  public static MarkovProjection fromCounts(List<String> states, long[][] counts) {
    Objects.requireNonNull(counts, "counts");
    double[][] d = new double[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      long[] row = counts[i];
      checkArgument(row != null, "row %s of the counts is null", i);
      d[i] = new double[row.length];
      for (int j = 0; j < row.length; j++) {
        d[i][j] = row[j];
      }
    }
    return fromCounts(states, d);
  }

  /**
   * A Markov projection estimated from transition counts over states {@code "1"}, {@code "2"}, ... in matrix order,
   * as {@link #of(double[][])} names them; see {@link #fromCounts(List, double[][])}.
   *
   * @since 0.1.0
   */
  public static MarkovProjection fromCounts(double[][] counts) {
    Objects.requireNonNull(counts, "counts");
    return fromCounts(numbered(counts.length), counts);
  }

  /** The state names, in matrix order. */
  public ImmutableList<String> states() {
    return states;
  }

  /** The transition matrix, a copy. */
  public double[][] transitions() {
    return LinearAlgebra.copy(p);
  }

  /**
   * The shares after {@code steps} steps, {@code s P^steps}.
   *
   * @param shares one share per state, each finite and not negative, summing to 1 within {@value #TOLERANCE}
   * @param steps the number of steps, not negative (0 returns a copy of {@code shares})
   * @throws IllegalArgumentException naming the share at fault
   */
  public double[] project(double[] shares, int steps) {
    checkArgument(steps >= 0, "steps is %s; it must not be negative", steps);
    double[] s = checkShares(shares);
    for (int k = 0; k < steps; k++) {
      s = step(s);
    }
    return s;
  }

  /**
   * The shares at every step from 0 to {@code steps}: row {@code k} is {@code s P^k}.
   *
   * @throws IllegalArgumentException as {@link #project(double[], int)}
   */
  public double[][] path(double[] shares, int steps) {
    checkArgument(steps >= 0, "steps is %s; it must not be negative", steps);
    double[][] out = new double[steps + 1][];
    out[0] = checkShares(shares);
    for (int k = 1; k <= steps; k++) {
      out[k] = step(out[k - 1]);
    }
    return out;
  }

  /**
   * The shares of a run's per-sector quantity in {@code year}, projected {@code steps} steps on. The states must be
   * the run's sectors, in the run's order.
   *
   * @throws IllegalArgumentException if the states are not the run's sectors, the year lies outside the run, the
   *     quantity is city-wide, or the sectors' total in {@code year} is not positive
   */
  public double[] project(Run run, Quantity quantity, int year, int steps) {
    Objects.requireNonNull(run, "run");
    checkArgument(states.equals(run.sectorIds()), "the states %s are not the sectors %s of run '%s'", states,
        run.sectorIds(), run.scenarioName());
    return project(shares(run, quantity, year), steps);
  }

  /**
   * The shares of each sector in a run's per-sector quantity in {@code year}, in the run's sector order: a share
   * vector for {@link #project(double[], int)}.
   *
   * @throws IllegalArgumentException if the year lies outside the run, the quantity is city-wide, a sector's value
   *     is negative or not finite, or the total is not positive
   */
  public static double[] shares(Run run, Quantity quantity, int year) {
    Objects.requireNonNull(run, "run");
    Checks.perSector(quantity);
    Checks.year(run, year, "year");
    double[] v = run.sectorValues(quantity, year);
    double total = 0;
    for (int i = 0; i < v.length; i++) {
      checkArgument(Double.isFinite(v[i]) && v[i] >= 0, "run '%s': %s of sector '%s' in %s is %s; shares need "
          + "finite, non-negative values", run.scenarioName(), quantity.label(), run.sectorIds().get(i), year, v[i]);
      total += v[i];
    }
    checkArgument(total > 0, "run '%s': the sectors' %s in %s sum to %s; shares need a positive total",
        run.scenarioName(), quantity.label(), year, total);
    for (int i = 0; i < v.length; i++) {
      v[i] /= total;
    }
    return v;
  }

  /** Whether {@code pi P = pi, sum pi = 1} has exactly one solution (the chain has one closed class). */
  public boolean hasUniqueSteadyState() {
    return steadyState != null;
  }

  /**
   * The unique steady state {@code pi} with {@code pi P = pi} and {@code sum pi = 1}.
   *
   * @throws IllegalStateException if the chain is reducible with several closed classes, naming them
   */
  public double[] steadyState() {
    checkState(steadyState != null,
        "the chain has %s closed classes of states %s: it is reducible, every mixture of their steady states is "
            + "stationary, and there is no unique steady state", closedClasses.size(), closedClassNames());
    return steadyState.clone();
  }

  /** The closed (recurrent) classes of states, by name, in order of their first state. */
  public ImmutableList<ImmutableList<String>> closedClasses() {
    return closedClassNames();
  }

  /**
   * The period of the single closed class (1 if aperiodic), or 0 when there are several closed classes. A period
   * above 1 means that projections cycle rather than converge.
   */
  public int period() {
    return period;
  }

  /**
   * Whether projections from any shares converge to the steady state: one closed class, and it is aperiodic.
   */
  public boolean isConvergent() {
    return period == 1;
  }

  private ImmutableList<ImmutableList<String>> closedClassNames() {
    ImmutableList.Builder<ImmutableList<String>> b = ImmutableList.builder();
    for (Set<Integer> cls : closedClasses) {
      ImmutableList.Builder<String> names = ImmutableList.builder();
      for (int i : cls) {
        names.add(states.get(i));
      }
      b.add(names.build());
    }
    return b.build();
  }

  private double[] checkShares(double[] shares) {
    Checks.length(shares, p.length, "shares", "state");
    double sum = 0;
    for (int i = 0; i < shares.length; i++) {
      checkArgument(Double.isFinite(shares[i]) && shares[i] >= 0,
          "share of state '%s' is %s; shares must be finite and not negative", states.get(i), shares[i]);
      sum += shares[i];
    }
    checkArgument(Math.abs(sum - 1) <= TOLERANCE, "the shares %s sum to %s, not 1 (tolerance %s)",
        Arrays.toString(shares), sum, TOLERANCE);
    return shares.clone();
  }

  private double[] step(double[] s) {
    int n = p.length;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double si = s[i];
      if (si != 0) {
        double[] row = p[i];
        for (int j = 0; j < n; j++) {
          out[j] += si * row[j];
        }
      }
    }
    return out;
  }

  /** reach[i][j]: j can be reached from i in zero or more steps. */
  private static boolean[][] reachability(double[][] p) {
    int n = p.length;
    boolean[][] r = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      r[i][i] = true;
      for (int j = 0; j < n; j++) {
        if (p[i][j] > 0) {
          r[i][j] = true;
        }
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        if (r[i][k]) {
          for (int j = 0; j < n; j++) {
            if (r[k][j]) {
              r[i][j] = true;
            }
          }
        }
      }
    }
    return r;
  }

  /** The period of a closed class: the gcd of level[u] + 1 - level[v] over its edges, levels by breadth-first search. */
  private static int period(double[][] p, Set<Integer> cls) {
    int n = p.length;
    int[] level = new int[n];
    Arrays.fill(level, -1);
    int start = cls.iterator().next();
    level[start] = 0;
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    queue.add(start);
    int g = 0;
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (int v = 0; v < n; v++) {
        if (p[u][v] > 0) {
          if (level[v] < 0) {
            level[v] = level[u] + 1;
            queue.add(v);
          } else {
            g = gcd(g, Math.abs(level[u] + 1 - level[v]));
          }
        }
      }
    }
    return g == 0 ? 1 : g;
  }

  private static int gcd(int a, int b) {
    while (b != 0) {
      int t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /** Solves pi (P - I) = 0, sum pi = 1, i.e. (P^T - I) pi^T = 0 with the last equation replaced by the sum. */
  private static double[] solveSteadyState(double[][] p) {
    int n = p.length;
    double[] m = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i * n + j] = p[j][i] - (i == j ? 1 : 0);
      }
    }
    for (int j = 0; j < n; j++) {
      m[(n - 1) * n + j] = 1;
    }
    double[] pi = new double[n];
    pi[n - 1] = 1;
    boolean solved = LinearAlgebra.solveInPlace(m, pi, n);
    checkState(solved, "the steady-state system is singular although the chain has one closed class");
    double sum = 0;
    for (int i = 0; i < n; i++) {
      pi[i] = Math.max(0, pi[i]); // rounding may leave -1e-17 on a transient state
      sum += pi[i];
    }
    for (int i = 0; i < n; i++) {
      pi[i] /= sum;
    }
    return pi;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MarkovProjection)) {
      return false;
    }
    MarkovProjection m = (MarkovProjection) o;
    return states.equals(m.states) && Arrays.deepEquals(p, m.p);
  }

  @Override
  public int hashCode() {
    return 31 * states.hashCode() + Arrays.deepHashCode(p);
  }

  @Override
  public String toString() {
    return "MarkovProjection{" + states + ", " + (steadyState == null ? closedClasses.size() + " closed classes"
        : "steady state " + Arrays.toString(steadyState)) + "}";
  }
}
