package io.xinlu.decision;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The robustness of a set of plans: for each plan and objective, a score per metric, with the values behind them
 * (each objective's value for each plan in each future) and, when targets were given, each plan's satisficing share.
 * Scores are in the objectives' own units, not negated.
 *
 * <p>Immutable and thread-safe: the arrays are copied in and out.
 *
 * @since 0.1.0
 */
public final class RobustnessTable {
  private final ImmutableList<String> objectives;
  private final ImmutableList<String> metrics;
  private final double[][][] scores;
  private final double[][][] values;
  private final double[] satisficing;

  /**
   * A table.
   *
   * @param objectives the objectives' names
   * @param metrics the metrics' names
   * @param scores {@code [plan][objective][metric]}
   * @param values {@code [objective][plan][future]}
   * @param satisficing per plan, NaN when no satisficing targets were given
   * @throws IllegalArgumentException if the dimensions disagree
   */
  public RobustnessTable(List<String> objectives, List<String> metrics, double[][][] scores, double[][][] values,
      double[] satisficing) {
    this.objectives = ImmutableList.copyOf(objectives);
    this.metrics = ImmutableList.copyOf(metrics);
    checkArgument(values.length == objectives.size(), "robustness table: %s objectives but values for %s",
        objectives.size(), values.length);
    checkArgument(scores.length == satisficing.length, "robustness table: %s plans scored but %s satisficing shares",
        scores.length, satisficing.length);
    for (double[][] plan : scores) {
      checkArgument(plan.length == objectives.size(), "robustness table: a plan has scores for %s objectives, not %s",
          plan.length, objectives.size());
      for (double[] m : plan) {
        checkArgument(m.length == metrics.size(), "robustness table: %s scores for %s metrics", m.length,
            metrics.size());
      }
    }
    this.scores = deepCopy(scores);
    this.values = deepCopy(values);
    this.satisficing = satisficing.clone();
  }

  private static double[][][] deepCopy(double[][][] a) {
    double[][][] c = new double[a.length][][];
    for (int i = 0; i < a.length; i++) {
      c[i] = new double[a[i].length][];
      for (int j = 0; j < a[i].length; j++) {
        c[i][j] = a[i][j].clone();
      }
    }
    return c;
  }

  /** The objectives' names. */
  public ImmutableList<String> objectives() {
    return objectives;
  }

  /** The metrics' names, such as {@code mean, p90, worst, regret1, mean-regret1, regret2}. */
  public ImmutableList<String> metrics() {
    return metrics;
  }

  /** The number of plans. */
  public int plans() {
    return scores.length;
  }

  /**
   * One score.
   *
   * @throws IllegalArgumentException if the objective or metric is unknown
   * @throws IndexOutOfBoundsException if the plan is out of range
   */
  public double score(int plan, String objective, String metric) {
    int o = objectives.indexOf(objective);
    int m = metrics.indexOf(metric);
    checkArgument(o >= 0, "unknown objective '%s'; objectives: %s", objective, objectives);
    checkArgument(m >= 0, "unknown metric '%s'; metrics: %s", metric, metrics);
    return scores[plan][o][m];
  }

  /** A copy of one objective's values, {@code [plan][future]}. */
  public double[][] values(String objective) {
    int o = objectives.indexOf(objective);
    checkArgument(o >= 0, "unknown objective '%s'; objectives: %s", objective, objectives);
    double[][] c = new double[values[o].length][];
    for (int p = 0; p < c.length; p++) {
      c[p] = values[o][p].clone();
    }
    return c;
  }

  /** A plan's satisficing share, NaN when no satisficing targets were given. */
  public double satisficing(int plan) {
    return satisficing[plan];
  }
}
