package io.xinlu.uncertainty.ensemble;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Parameterization;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Target;

/**
 * What an {@link Ensemble} found: per indicator and year a {@link Summary}, per target the share of runs that met
 * it, and the kept outcomes if any were asked for.
 *
 * <p>Immutable and thread-safe; accessors return copies of arrays.
 *
 * @since 0.1.0
 */
public final class EnsembleResult {
  /**
   * One summary statistic, for tidy export.
   *
   * <p>Immutable and thread-safe.
   *
   * @param scenario the scenario
   * @param indicator the indicator id
   * @param unit its display unit
   * @param year the year
   * @param statistic {@code mean}, {@code sd}, {@code min}, {@code max}, {@code count} or {@code q0.05} and so on
   * @param value the statistic's value
   * @since 0.1.0
   */
  public record Row(String scenario, String indicator, String unit, int year, String statistic, double value) {}

  private final String scenario;
  private final ImmutableList<String> parameters;
  private final int runs;
  private final ImmutableList<Indicator> indicators;
  private final int[] years;
  private final ImmutableList<Target> targets;
  private final ImmutableList<Ensemble.Kept> kept;
  private final Summary[] summaries;
  private final long[] met;
  private final double[][] outcomes;

  EnsembleResult(Parameterization p, int runs, ImmutableList<Indicator> indicators, int[] years,
      ImmutableList<Target> targets, ImmutableList<Ensemble.Kept> kept, double[] quantiles,
      StreamingSummary[] totals, long[] met, double[][] outcomes) {
    this.scenario = p.scenario().name();
    this.parameters = p.parameters().stream().map(Object::toString).collect(ImmutableList.toImmutableList());
    this.runs = runs;
    this.indicators = indicators;
    this.years = years.clone();
    this.targets = targets;
    this.kept = kept;
    this.summaries = new Summary[totals.length];
    for (int c = 0; c < totals.length; c++) {
      summaries[c] = totals[c].snapshot(quantiles);
    }
    this.met = met.clone();
    this.outcomes = outcomes;
  }

  /** The scenario run. */
  public String scenario() {
    return scenario;
  }

  /** The parameter paths varied. */
  public ImmutableList<String> parameters() {
    return parameters;
  }

  /** The number of runs. */
  public int runs() {
    return runs;
  }

  /** The years summarised. */
  public int[] years() {
    return years.clone();
  }

  /** The indicators summarised. */
  public ImmutableList<Indicator> indicators() {
    return indicators;
  }

  /** The targets checked. */
  public ImmutableList<Target> targets() {
    return targets;
  }

  /**
   * The summary of an indicator in a year.
   *
   * @throws IllegalArgumentException if the indicator or year was not summarised; the message lists those that were
   */
  public Summary summary(String indicatorId, int year) {
    return summaries[cell(indicatorId, year)];
  }

  /** The summaries of an indicator, one per summarised year, in year order: a fan chart's data. */
  public ImmutableList<Summary> summaries(String indicatorId) {
    ImmutableList.Builder<Summary> b = ImmutableList.builder();
    for (int y : years) {
      b.add(summary(indicatorId, y));
    }
    return b.build();
  }

  /** The number of runs that met target {@code index} (in the order the targets were given). */
  public long targetMet(int index) {
    checkArgument(index >= 0 && index < met.length, "target %s out of range: the ensemble checked %s targets", index,
        met.length);
    return met[index];
  }

  /** The share of runs that met target {@code index}. */
  public double targetProbability(int index) {
    return (double) targetMet(index) / runs;
  }

  /**
   * The share of runs that met the target with this id.
   *
   * @throws IllegalArgumentException if no target has the id
   */
  public double targetProbability(String targetId) {
    for (int t = 0; t < targets.size(); t++) {
      if (targets.get(t).id().equals(targetId)) {
        return targetProbability(t);
      }
    }
    throw new IllegalArgumentException("the ensemble checked no target '" + targetId + "'; targets: "
        + targets.stream().map(Target::id).toList());
  }

  /**
   * The kept outcome of every run, in design order, for an indicator and year given to {@code keep}.
   *
   * @throws IllegalArgumentException if that outcome was not kept
   */
  public double[] outcomes(String indicatorId, int year) {
    for (int k = 0; k < kept.size(); k++) {
      if (kept.get(k).indicator().id().equals(indicatorId) && kept.get(k).year() == year) {
        return outcomes[k].clone();
      }
    }
    throw new IllegalArgumentException("outcomes of '" + indicatorId + "' in " + year + " were not kept; kept: "
        + kept.stream().map(x -> x.indicator().id() + "@" + x.year()).toList());
  }

  /** Every statistic as tidy rows: by indicator, year, then mean, sd, min, max, count and the quantiles. */
  public ImmutableList<Row> rows() {
    ImmutableList.Builder<Row> b = ImmutableList.builder();
    for (Indicator i : indicators) {
      for (int y : years) {
        Summary s = summary(i.id(), y);
        b.add(new Row(scenario, i.id(), i.unit(), y, "mean", s.mean()));
        b.add(new Row(scenario, i.id(), i.unit(), y, "sd", s.standardDeviation()));
        b.add(new Row(scenario, i.id(), i.unit(), y, "min", s.min()));
        b.add(new Row(scenario, i.id(), i.unit(), y, "max", s.max()));
        b.add(new Row(scenario, i.id(), i.unit(), y, "count", s.count()));
        for (double q : s.levels()) {
          b.add(new Row(scenario, i.id(), i.unit(), y, "q" + q, s.quantile(q)));
        }
      }
    }
    return b.build();
  }

  private int cell(String indicatorId, int year) {
    int i = -1;
    for (int k = 0; k < indicators.size(); k++) {
      if (indicators.get(k).id().equals(indicatorId)) {
        i = k;
      }
    }
    checkArgument(i >= 0, "indicator '%s' was not summarised; indicators: %s", indicatorId,
        indicators.stream().map(Indicator::id).toList());
    int y = -1;
    for (int k = 0; k < years.length; k++) {
      if (years[k] == year) {
        y = k;
      }
    }
    checkArgument(y >= 0, "year %s was not summarised; years: %s", year, java.util.Arrays.toString(years));
    return i * years.length + y;
  }

  @Override
  public String toString() {
    return "EnsembleResult{" + scenario + ", " + runs + " runs, " + parameters + "}";
  }
}
