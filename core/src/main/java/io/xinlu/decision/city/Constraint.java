package io.xinlu.decision.city;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Indicators;
import io.xinlu.indicator.Target;
import io.xinlu.indicator.TargetCheck;

/**
 * A condition a plan must meet, measured on its run as a violation: 0 when met, else how far it is broken (always
 * at least 0). A search ranks infeasible plans by their total violation.
 *
 * <table>
 * <caption>Constraints and their violations</caption>
 * <tr><th>kind</th><th>violation</th><th>unit</th></tr>
 * <tr><td>{@link OfTarget}</td><td>{@code max(0, gap)} of {@link Target#check}: how far the indicator is from the
 *     threshold (for a {@link Target.Change}, the relative change's shortfall; for a {@link Target.Peak}, the
 *     largest rise after the deadline); infinite when the indicator is undefined (NaN)</td><td>the indicator's
 *     (a fraction for a change target)</td></tr>
 * <tr><td>{@link AnnualBudget}</td><td>{@code sum_y max(0, I(y) - B)} over the budget's years, with {@code I}
 *     {@link Indicators#investment()} (the projects' capital schedules)</td><td>billion CNY</td></tr>
 * <tr><td>{@link TotalBudget}</td><td>{@code max(0, sum_y I(y) - B)} over the budget's years</td>
 *     <td>billion CNY</td></tr>
 * </table>
 *
 * <p>Prerequisites are constraints too; {@link CityProblem} derives them from the model for the projects its
 * decisions touch (see there). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Constraint {
  /** A target as a constraint. */
  static Constraint of(Target target) {
    return new OfTarget(target);
  }

  /** A capital budget in every year of the run after the base year, billion CNY a year. */
  static Constraint annualBudget(double billionCnyPerYear) {
    return new AnnualBudget(billionCnyPerYear, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** A capital budget over the whole run, billion CNY. */
  static Constraint totalBudget(double billionCny) {
    return new TotalBudget(billionCny, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** The name for tables. */
  String name();

  /**
   * The violation on a run: 0 when met, else positive.
   *
   * @throws IllegalArgumentException if a year lies outside the run or the run cannot give the indicator
   */
  double violation(Run run);

  /** The years the constraint reads, {@code [first, last]}, for checking against a horizon. */
  int[] span(int baseYear, int endYear);

  /**
   * A target as a constraint.
   *
   * @param target the target
   */
  record OfTarget(Target target) implements Constraint {
    @Override
    public String name() {
      return target.id();
    }

    @Override
    public double violation(Run run) {
      TargetCheck c = target.check(run);
      double gap = c.gap();
      return Double.isNaN(gap) ? Double.POSITIVE_INFINITY : Math.max(0.0, gap);
    }

    @Override
    public int[] span(int baseYear, int endYear) {
      int first = target.targetYear();
      if (target instanceof Target.Change change) {
        first = change.baseYear();
      } else if (target instanceof Target.Cap cap) {
        first = cap.fromYear();
      }
      return new int[] {first, target.targetYear()};
    }
  }

  /**
   * A budget on the capital spent in each year.
   *
   * @param billionCnyPerYear the budget, finite and at least 0
   * @param from the first year ({@link Integer#MIN_VALUE}: the year after the base year)
   * @param to the last year ({@link Integer#MAX_VALUE}: the end of the run)
   */
  record AnnualBudget(double billionCnyPerYear, int from, int to) implements Constraint {
    /**
     * Validates the budget.
     *
     * @throws IllegalArgumentException if it is negative or not finite, or the span is empty
     */
    public AnnualBudget {
      checkArgument(billionCnyPerYear >= 0 && Double.isFinite(billionCnyPerYear),
          "annual capital budget: must be a finite number >= 0, was %s", billionCnyPerYear);
      checkArgument(from <= to, "annual capital budget: empty span of years [%s, %s]", from, to);
    }

    @Override
    public String name() {
      return "budget/annual";
    }

    @Override
    public double violation(Run run) {
      Indicator inv = Indicators.investment();
      int[] s = span(run.baseYear(), run.endYear());
      double v = 0;
      for (int y = s[0]; y <= s[1]; y++) {
        v += Math.max(0.0, inv.value(run, y) - billionCnyPerYear);
      }
      return v;
    }

    @Override
    public int[] span(int baseYear, int endYear) {
      return budgetSpan(from, to, baseYear, endYear);
    }
  }

  /**
   * A budget on the capital spent over a span of years.
   *
   * @param billionCny the budget, finite and at least 0
   * @param from the first year ({@link Integer#MIN_VALUE}: the year after the base year)
   * @param to the last year ({@link Integer#MAX_VALUE}: the end of the run)
   */
  record TotalBudget(double billionCny, int from, int to) implements Constraint {
    /**
     * Validates the budget.
     *
     * @throws IllegalArgumentException if it is negative or not finite, or the span is empty
     */
    public TotalBudget {
      checkArgument(billionCny >= 0 && Double.isFinite(billionCny),
          "total capital budget: must be a finite number >= 0, was %s", billionCny);
      checkArgument(from <= to, "total capital budget: empty span of years [%s, %s]", from, to);
    }

    @Override
    public String name() {
      return "budget/total";
    }

    @Override
    public double violation(Run run) {
      Indicator inv = Indicators.investment();
      int[] s = span(run.baseYear(), run.endYear());
      double v = 0;
      for (int y = s[0]; y <= s[1]; y++) {
        v += inv.value(run, y);
      }
      return Math.max(0.0, v - billionCny);
    }

    @Override
    public int[] span(int baseYear, int endYear) {
      return budgetSpan(from, to, baseYear, endYear);
    }
  }

  /**
   * A budget's span of years in a run from {@code baseYear} to {@code endYear}: {@code from}, or the year after the
   * base year for {@link Integer#MIN_VALUE}, to {@code to}, or the end of the run for {@link Integer#MAX_VALUE}.
   */
  private static int[] budgetSpan(int from, int to, int baseYear, int endYear) {
    return new int[] {from == Integer.MIN_VALUE ? baseYear + 1 : from, to == Integer.MAX_VALUE ? endYear : to};
  }
}
