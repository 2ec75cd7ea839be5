package io.xinlu.decision;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * Robustness metrics over plain numbers: how one objective of a plan fares across an ensemble of futures. Each
 * method takes the values of one objective, for one plan (a row {@code double[F]}) or for several plans
 * ({@code double[P][F]}, row {@code p} plan {@code p}, column {@code f} future {@code f}), and a {@link Sense}
 * saying whether the objective is minimised or maximised. Scores are in the objective's own units, except
 * satisficing, a share in [0, 1].
 *
 * <p>The metrics follow McPhail, Maier, Kwakkel, Giuliani, Castelletti and Westra (2018), "Robustness metrics: how
 * are they calculated, when should they be used and why do they give different results?", Earth's Future 6,
 * 169-191, and their implementation in Rhodium (Hadka et al.). For a minimised objective with values
 * {@code x[p][f]}:
 *
 * <table>
 * <caption>Robustness metrics (minimisation; for maximisation swap max and min and the sign of each deviation)</caption>
 * <tr><th>metric</th><th>formula</th><th>source</th></tr>
 * <tr><td>{@link #mean}</td><td>{@code (1/F) sum_f x[p][f]}</td><td>Laplace's principle of insufficient reason
 *     (McPhail et al. 2018, table 1)</td></tr>
 * <tr><td>{@link #percentile}</td><td>the type 7 sample quantile (Hyndman and Fan 1996, R's default) of the row at
 *     level {@code q}: sort the row, {@code h = (F - 1) q}, value {@code x(floor h) + (h - floor h)
 *     (x(floor h + 1) - x(floor h))} with 0-based order statistics {@code x(i)}</td><td>percentile-based
 *     metrics, McPhail et al. 2018</td></tr>
 * <tr><td>{@link #worstCase}</td><td>{@code max_f x[p][f]} ({@code min_f} when maximised)</td><td>Wald's maximin
 *     (McPhail et al. 2018)</td></tr>
 * <tr><td>{@link #regretFromBest} (regret type 1)</td><td>{@code max_f (x[p][f] - min_q x[q][f])}: the largest
 *     shortfall from the best plan of the set in each future; 0 for a plan that is best in every future</td>
 *     <td>Savage's minimax regret; McPhail et al. 2018, regret from the best alternative</td></tr>
 * <tr><td>{@link #meanRegretFromBest}</td><td>{@code (1/F) sum_f (x[p][f] - min_q x[q][f])}</td><td>as above,
 *     averaged</td></tr>
 * <tr><td>{@link #regretFromReference} (regret type 2)</td><td>{@code max_f (x[p][f] - r[p])}, where {@code r[p]}
 *     is the plan's value in its reference future (for a city, the model as given); not clamped at 0: negative
 *     when every future is better than the reference</td><td>McPhail et al. 2018, regret from the alternative's
 *     performance in a baseline future (Kasprzyk et al. 2013)</td></tr>
 * <tr><td>{@link #satisficing}</td><td>{@code (1/F) |{f : every threshold is met in f}|}</td><td>Starr's domain
 *     criterion (Starr 1963; McPhail et al. 2018, satisficing metrics)</td></tr>
 * </table>
 *
 * <p>NaN values propagate: a row holding NaN scores NaN (a satisficing predicate decides for itself). Stateless and
 * thread-safe; no method changes its arguments.
 *
 * @since 0.1.0
 */
public final class Robustness {
  private Robustness() {}

  /**
   * Whether smaller or larger values of an objective are better. Immutable and thread-safe.
   *
   * @since 0.1.0
   */
  public enum Sense {
    /** Smaller is better. */
    MINIMISE,
    /** Larger is better. */
    MAXIMISE;

    /** {@code +1} for {@link #MINIMISE}, {@code -1} for {@link #MAXIMISE}: multiplying by it makes "smaller is better". */
    public double sign() {
      return this == MINIMISE ? 1.0 : -1.0;
    }
  }

  /**
   * A test of one future's objective values (one value per objective, in the caller's order) against targets.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface FuturePredicate {
    /** Whether every target is met by these values of one plan in one future. */
    boolean met(double[] objectivesInFuture);
  }

  /**
   * The mean of a row.
   *
   * @throws IllegalArgumentException if the row is empty
   */
  public static double mean(double[] row) {
    checkRow(row);
    double s = 0;
    for (double v : row) {
      s += v;
    }
    return s / row.length;
  }

  /**
   * The type 7 sample quantile (Hyndman and Fan 1996) of a row at {@code level} in [0, 1]: level 0 is the least
   * value, 1 the greatest, 0.5 the median. The level is of the raw values: for a minimised objective the
   * pessimistic percentile is a high level (0.9), for a maximised one a low level (0.1).
   *
   * @throws IllegalArgumentException if the row is empty or the level is outside [0, 1]
   */
  public static double percentile(double[] row, double level) {
    checkRow(row);
    checkArgument(level >= 0 && level <= 1, "percentile: the level must lie in [0, 1], was %s", level);
    double[] s = row.clone();
    for (double v : s) {
      if (Double.isNaN(v)) {
        return Double.NaN;
      }
    }
    Arrays.sort(s);
    double h = (s.length - 1) * level;
    int lo = (int) Math.floor(h);
    if (lo >= s.length - 1) {
      return s[s.length - 1];
    }
    return s[lo] + (h - lo) * (s[lo + 1] - s[lo]);
  }

  /**
   * The worst value of a row: its maximum when minimised, its minimum when maximised.
   *
   * @throws IllegalArgumentException if the row is empty
   */
  public static double worstCase(double[] row, Sense sense) {
    checkRow(row);
    double w = row[0];
    for (double v : row) {
      if (Double.isNaN(v)) {
        return Double.NaN;
      }
      w = sense == Sense.MINIMISE ? Math.max(w, v) : Math.min(w, v);
    }
    return w;
  }

  /**
   * Regret type 2: the largest deviation, towards worse, of the plan's value in a future from its value in its own
   * reference future: {@code max_f (x[f] - reference)} when minimised, {@code max_f (reference - x[f])} when
   * maximised. Not clamped at 0.
   *
   * @throws IllegalArgumentException if the row is empty
   */
  public static double regretFromReference(double[] row, double reference, Sense sense) {
    checkRow(row);
    double s = sense.sign();
    double r = Double.NEGATIVE_INFINITY;
    for (double v : row) {
      double d = s * (v - reference);
      if (Double.isNaN(d)) {
        return Double.NaN;
      }
      r = Math.max(r, d);
    }
    return r;
  }

  /**
   * Regret type 1 for every plan: {@code max_f (x[p][f] - best_f)} with {@code best_f} the best value among the
   * plans in future {@code f} (minimised; mirrored when maximised). At least 0.
   *
   * @param values {@code [plan][future]}, at least one plan, every row the same non-zero length
   * @return one regret per plan
   * @throws IllegalArgumentException if there is no plan or the rows are empty or of different lengths
   */
  public static double[] regretFromBest(double[][] values, Sense sense) {
    double[][] r = regretsFromBest(values, sense);
    double[] out = new double[r.length];
    for (int p = 0; p < r.length; p++) {
      out[p] = worstCase(r[p], Sense.MINIMISE);
    }
    return out;
  }

  /**
   * The mean, over futures, of each plan's regret from the best plan of the future (see {@link #regretFromBest}).
   *
   * @throws IllegalArgumentException as {@link #regretFromBest}
   */
  public static double[] meanRegretFromBest(double[][] values, Sense sense) {
    double[][] r = regretsFromBest(values, sense);
    double[] out = new double[r.length];
    for (int p = 0; p < r.length; p++) {
      out[p] = mean(r[p]);
    }
    return out;
  }

  /**
   * The regret of each plan in each future, {@code x[p][f] - best_f} (minimised; mirrored when maximised): the
   * matrix behind {@link #regretFromBest}.
   *
   * @throws IllegalArgumentException as {@link #regretFromBest}
   */
  public static double[][] regretsFromBest(double[][] values, Sense sense) {
    checkArgument(values.length > 0, "regret from the best plan: no plan given");
    int futures = values[0].length;
    checkArgument(futures > 0, "regret from the best plan: plan 0 has no future");
    for (int p = 0; p < values.length; p++) {
      checkArgument(values[p].length == futures, "regret from the best plan: plan %s has %s futures, plan 0 has %s",
          p, values[p].length, futures);
    }
    double s = sense.sign();
    double[][] r = new double[values.length][futures];
    for (int f = 0; f < futures; f++) {
      double best = Double.POSITIVE_INFINITY;
      for (double[] row : values) {
        best = Math.min(best, s * row[f]);
      }
      for (int p = 0; p < values.length; p++) {
        r[p][f] = s * values[p][f] - best;
      }
    }
    return r;
  }

  /**
   * Satisficing (Starr's domain criterion): the share of futures in which every target is met.
   *
   * @param met one entry per future: whether the plan meets every target in it
   * @throws IllegalArgumentException if there is no future
   */
  public static double satisficing(boolean[] met) {
    checkArgument(met.length > 0, "satisficing: no future given");
    int k = 0;
    for (boolean b : met) {
      k += b ? 1 : 0;
    }
    return (double) k / met.length;
  }

  /**
   * Satisficing over several objectives of one plan: the share of futures {@code f} for which {@code predicate}
   * accepts the vector {@code (values[0][f], values[1][f], ...)}.
   *
   * @param values {@code [objective][future]}, at least one objective, rows of the same non-zero length
   * @throws IllegalArgumentException if there is no objective or no future or the rows differ in length
   */
  public static double satisficing(double[][] values, FuturePredicate predicate) {
    checkArgument(values.length > 0, "satisficing: no objective given");
    int futures = values[0].length;
    for (int j = 0; j < values.length; j++) {
      checkArgument(values[j].length == futures, "satisficing: objective %s has %s futures, objective 0 has %s", j,
          values[j].length, futures);
    }
    boolean[] met = new boolean[futures];
    double[] v = new double[values.length];
    for (int f = 0; f < futures; f++) {
      for (int j = 0; j < values.length; j++) {
        v[j] = values[j][f];
      }
      met[f] = predicate.met(v);
    }
    return satisficing(met);
  }

  private static void checkRow(double[] row) {
    checkArgument(row.length > 0, "a robustness metric needs at least one future, got none");
  }
}
