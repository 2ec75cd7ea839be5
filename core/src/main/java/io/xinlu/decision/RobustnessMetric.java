package io.xinlu.decision;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * A robustness metric that scores one objective of one plan from its values across an ensemble of futures, as
 * {@link Robustness} defines them (formulas and sources there). A robust search scores every candidate by metrics
 * that need only the candidate's own values ({@link #perPlan()} true); regret from the best plan of each future needs
 * every plan and is computed after the search, over the final set.
 *
 * <pre>{@code
 * double[] row = {4, 2, 6, 8};                           // one plan's values in four futures
 * io.xinlu.decision.RobustnessMetric m = io.xinlu.decision.RobustnessMetric.percentile(0.75);
 * double score = m.score(row, 3.0, io.xinlu.decision.Robustness.Sense.MINIMISE);   // 6.5
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface RobustnessMetric {
  /** The mean over futures. */
  static RobustnessMetric mean() {
    return new Mean();
  }

  /** The type 7 quantile at a level in [0, 1] of the raw values (see {@link Robustness#percentile}). */
  static RobustnessMetric percentile(double level) {
    return new Percentile(level);
  }

  /** The worst value over futures. */
  static RobustnessMetric worstCase() {
    return new WorstCase();
  }

  /** Regret type 2: the worst deviation from the plan's value in its reference future. */
  static RobustnessMetric regretFromReference() {
    return new RegretFromReference();
  }

  /** Regret type 1: the worst shortfall from the best plan of each future (needs every plan). */
  static RobustnessMetric regretFromBest() {
    return new RegretFromBest(false);
  }

  /** Regret type 1 averaged over futures (needs every plan). */
  static RobustnessMetric meanRegretFromBest() {
    return new RegretFromBest(true);
  }

  /** A short name for tables and objective names: {@code mean}, {@code p90}, {@code worst}, {@code regret2}, ... */
  String name();

  /** Whether the metric scores a plan from its own values alone (false for regret from the best plan). */
  default boolean perPlan() {
    return true;
  }

  /**
   * Scores one plan.
   *
   * @param row the plan's values in the futures, at least one
   * @param reference the plan's value in its reference future (used by {@link RegretFromReference} only)
   * @param sense whether the objective is minimised or maximised
   * @throws UnsupportedOperationException for a metric that needs every plan ({@link #perPlan()} false)
   * @throws IllegalArgumentException if the row is empty
   */
  double score(double[] row, double reference, Robustness.Sense sense);

  /** The mean: {@link Robustness#mean}. */
  record Mean() implements RobustnessMetric {
    @Override
    public String name() {
      return "mean";
    }

    @Override
    public double score(double[] row, double reference, Robustness.Sense sense) {
      return Robustness.mean(row);
    }
  }

  /**
   * A percentile: {@link Robustness#percentile}.
   *
   * @param level in [0, 1]
   */
  record Percentile(double level) implements RobustnessMetric {
    /**
     * Validates the level.
     *
     * @throws IllegalArgumentException if the level is outside [0, 1]
     */
    public Percentile {
      checkArgument(level >= 0 && level <= 1, "percentile metric: the level must lie in [0, 1], was %s", level);
    }

    @Override
    public String name() {
      double pct = level * 100;
      return "p" + (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.format(Locale.ROOT, "%s", pct));
    }

    @Override
    public double score(double[] row, double reference, Robustness.Sense sense) {
      return Robustness.percentile(row, level);
    }
  }

  /** The worst case: {@link Robustness#worstCase}. */
  record WorstCase() implements RobustnessMetric {
    @Override
    public String name() {
      return "worst";
    }

    @Override
    public double score(double[] row, double reference, Robustness.Sense sense) {
      return Robustness.worstCase(row, sense);
    }
  }

  /** Regret type 2: {@link Robustness#regretFromReference}. */
  record RegretFromReference() implements RobustnessMetric {
    @Override
    public String name() {
      return "regret2";
    }

    @Override
    public double score(double[] row, double reference, Robustness.Sense sense) {
      return Robustness.regretFromReference(row, reference, sense);
    }
  }

  /**
   * Regret type 1, its maximum or mean over futures: {@link Robustness#regretFromBest},
   * {@link Robustness#meanRegretFromBest}.
   *
   * @param averaged whether the regrets are averaged over futures rather than their maximum taken
   */
  record RegretFromBest(boolean averaged) implements RobustnessMetric {
    @Override
    public String name() {
      return averaged ? "mean-regret1" : "regret1";
    }

    @Override
    public boolean perPlan() {
      return false;
    }

    @Override
    public double score(double[] row, double reference, Robustness.Sense sense) {
      throw new UnsupportedOperationException(name() + " needs every plan: use Robustness.regretFromBest over the "
          + "final set");
    }
  }
}
