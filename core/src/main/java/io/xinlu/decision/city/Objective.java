package io.xinlu.decision.city;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.decision.Robustness.Sense;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Target;
import io.xinlu.indicator.TargetCheck;

/**
 * What a plan is judged by: an {@link Indicator} reduced to one number per run, minimised or maximised.
 *
 * <table>
 * <caption>Reductions</caption>
 * <tr><th>factory</th><th>value</th><th>default name</th></tr>
 * <tr><td>{@link #inYear}</td><td>the indicator in a year</td><td>{@code co2@2030}</td></tr>
 * <tr><td>{@link #sum}</td><td>the sum over the years {@code from..to}, both included</td>
 *     <td>{@code sum(investment)@2023-2030}</td></tr>
 * <tr><td>{@link #peak}</td><td>the largest value over the run (or a span)</td>
 *     <td>{@code peak(displaced-workers)}</td></tr>
 * <tr><td>{@link #firstYearMet}</td><td>the first year in which the target holds ({@link TargetCheck#firstYearMet});
 *     a target never met counts as the run's last year + 1</td><td>{@code first-year(<target id>)}</td></tr>
 * </table>
 *
 * <p>Years are checked against the run's horizon by {@link CityProblem.Builder#build()}. NaN values (an indicator
 * undefined in a year) propagate into the objective. Immutable and thread-safe.
 *
 * @param name the name for tables, not blank
 * @param indicator the indicator (for {@link Reduction#FIRST_YEAR_MET}, the target's)
 * @param reduction how the series is reduced
 * @param from the first year of the span (the year for {@link Reduction#IN_YEAR}); {@link Integer#MIN_VALUE} for
 *     "from the base year"
 * @param to the last year of the span; {@link Integer#MAX_VALUE} for "to the end of the run"
 * @param target the target, for {@link Reduction#FIRST_YEAR_MET} only, else null
 * @param sense minimised or maximised
 * @since 0.1.0
 */
public record Objective(String name, Indicator indicator, Reduction reduction, int from, int to,
    @org.jspecify.annotations.Nullable Target target, Sense sense) {
  /**
   * How an indicator's series becomes one number.
   *
   * @since 0.1.0
   */
  public enum Reduction {
    /** The value in one year. */
    IN_YEAR,
    /** The sum over a span of years. */
    SUM,
    /** The largest value over a span. */
    PEAK,
    /** The first year a target is met. */
    FIRST_YEAR_MET
  }

  /**
   * Validates the objective.
   *
   * @throws IllegalArgumentException if the name is blank, the span is empty or a first-year objective has no target
   */
  public Objective {
    checkArgument(!name.isBlank(), "objective on '%s': blank name", indicator.id());
    checkArgument(from <= to, "objective '%s': empty span of years [%s, %s]", name, from, to);
    checkArgument((reduction == Reduction.FIRST_YEAR_MET) == (target != null),
        "objective '%s': a target is given exactly for a first-year-met objective", name);
  }

  /** The indicator's value in a year, minimised or maximised; name {@code <indicator>@<year>}. */
  public static Objective inYear(Indicator indicator, int year, Sense sense) {
    return new Objective(indicator.id() + "@" + year, indicator, Reduction.IN_YEAR, year, year, null, sense);
  }

  /** The sum of the indicator over {@code from..to}; name {@code sum(<indicator>)@<from>-<to>}. */
  public static Objective sum(Indicator indicator, int from, int to, Sense sense) {
    return new Objective("sum(" + indicator.id() + ")@" + from + "-" + to, indicator, Reduction.SUM, from, to, null,
        sense);
  }

  /** The indicator's peak over the whole run; name {@code peak(<indicator>)}. */
  public static Objective peak(Indicator indicator, Sense sense) {
    return new Objective("peak(" + indicator.id() + ")", indicator, Reduction.PEAK, Integer.MIN_VALUE,
        Integer.MAX_VALUE, null, sense);
  }

  /** The indicator's peak over {@code from..to}; name {@code peak(<indicator>)@<from>-<to>}. */
  public static Objective peak(Indicator indicator, int from, int to, Sense sense) {
    return new Objective("peak(" + indicator.id() + ")@" + from + "-" + to, indicator, Reduction.PEAK, from, to,
        null, sense);
  }

  /**
   * The first year a target is met, minimised (sooner is better); a target never met counts as the run's last year
   * plus 1. Name {@code first-year(<target id>)}.
   */
  public static Objective firstYearMet(Target target) {
    return new Objective("first-year(" + target.id() + ")", target.indicator(), Reduction.FIRST_YEAR_MET,
        Integer.MIN_VALUE, Integer.MAX_VALUE, target, Sense.MINIMISE);
  }

  /** A copy with another name. */
  public Objective named(String newName) {
    return new Objective(newName, indicator, reduction, from, to, target, sense);
  }

  /**
   * The objective's value on a run, in the indicator's unit (a year for {@link Reduction#FIRST_YEAR_MET}).
   *
   * @throws IllegalArgumentException if a year lies outside the run or the run cannot give the indicator
   */
  public double value(Run run) {
    switch (reduction) {
      case IN_YEAR:
        return indicator.value(run, from);
      case SUM: {
        double s = 0;
        for (int y = first(run); y <= last(run); y++) {
          s += indicator.value(run, y);
        }
        return s;
      }
      case PEAK: {
        double m = Double.NEGATIVE_INFINITY;
        for (int y = first(run); y <= last(run); y++) {
          double v = indicator.value(run, y);
          if (Double.isNaN(v)) {
            return Double.NaN;
          }
          m = Math.max(m, v);
        }
        return m;
      }
      default: {
        Target t = target;
        checkArgument(t != null, "objective '%s' has no target", name);
        TargetCheck c = t.check(run);
        return c.firstYearMet().isPresent() ? c.firstYearMet().getAsInt() : run.endYear() + 1;
      }
    }
  }

  /**
   * {@link #value(Run)} with one availability check per run instead of one per year: a sum or peak over the whole
   * run reads the indicator's {@link Indicator#series series} once (the same values, each computed by the same
   * formula); every other objective is {@link #value(Run)}. The same bits and the same exceptions as
   * {@link #value(Run)}: a tested fast path for {@link CityProblem}'s evaluation.
   */
  double fastValue(Run run) {
    if ((reduction != Reduction.SUM && reduction != Reduction.PEAK) || first(run) != run.baseYear()
        || last(run) != run.endYear()) {
      return value(run);
    }
    double[] series = indicator.series(run);
    if (reduction == Reduction.SUM) {
      double s = 0;
      for (double v : series) {
        s += v;
      }
      return s;
    }
    double m = Double.NEGATIVE_INFINITY;
    for (double v : series) {
      if (Double.isNaN(v)) {
        return Double.NaN;
      }
      m = Math.max(m, v);
    }
    return m;
  }

  private int first(Run run) {
    return from == Integer.MIN_VALUE ? run.baseYear() : from;
  }

  private int last(Run run) {
    return to == Integer.MAX_VALUE ? run.endYear() : to;
  }

  /** The years this objective reads, for checking against a horizon: {@code [first, last]}, or null bounds open. */
  int[] span(int baseYear, int endYear) {
    if (reduction == Reduction.FIRST_YEAR_MET) {
      Target t = target;
      return new int[] {t == null ? baseYear : t.targetYear(), t == null ? endYear : t.targetYear()};
    }
    return new int[] {from == Integer.MIN_VALUE ? baseYear : from, to == Integer.MAX_VALUE ? endYear : to};
  }
}
