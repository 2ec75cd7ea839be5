package io.xinlu.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A tidy long table of indicator values: one {@link Row} per scenario, run, year and indicator, with the value and
 * its unit. Ready for export by callers (the core writes no files); {@link #wide} pivots it for reading.
 *
 * <pre>{@code
 * IndicatorTable t = IndicatorTable.of(List.of(baselineRun, planRun),
 *     List.of(Indicators.gdp(), Indicators.energyIntensity()), 2025, 2030, 2035);
 * for (IndicatorTable.Row r : t.rows()) {
 *   out.println(r.scenario() + " " + r.year() + " " + r.indicator() + " " + r.value() + " " + r.unit());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IndicatorTable {
  /**
   * One observation.
   *
   * <p>Immutable and thread-safe.
   *
   * @param scenario the scenario's name
   * @param run the run's label within the scenario ({@code "0"} for a single deterministic run)
   * @param year the year
   * @param indicator the indicator's id
   * @param value the value, in {@code unit}; NaN where the indicator is undefined
   * @param unit the indicator's display unit
   * @since 0.1.0
   */
  public record Row(String scenario, String run, int year, String indicator, double value, String unit) {}

  /** The label given to a single deterministic run of a scenario. */
  public static final String SINGLE_RUN = "0";

  private final ImmutableList<Row> rows;

  private IndicatorTable(ImmutableList<Row> rows) {
    this.rows = rows;
  }

  /** A table from rows. */
  public static IndicatorTable ofRows(Iterable<Row> rows) {
    return new IndicatorTable(ImmutableList.copyOf(rows));
  }

  /**
   * Evaluates indicators on runs at the given years (every year of each run when none are given). Each run is
   * labelled {@value #SINGLE_RUN}.
   *
   * @throws IllegalArgumentException if an indicator cannot be computed on a run or a year is outside a run
   */
  public static IndicatorTable of(Iterable<Run> runs, Iterable<Indicator> indicators, int... years) {
    ImmutableList.Builder<Row> b = ImmutableList.builder();
    for (Run run : runs) {
      add(b, run, SINGLE_RUN, indicators, years);
    }
    return new IndicatorTable(b.build());
  }

  static void add(ImmutableList.Builder<Row> b, Run run, String label, Iterable<Indicator> indicators, int[] years) {
    int[] ys = years.length == 0 ? run.years() : years;
    for (Indicator i : indicators) {
      i.checkAvailable(run);
      for (int y : ys) {
        b.add(new Row(run.scenarioName(), label, y, i.id(), i.value(run, y), i.unit()));
      }
    }
  }

  /** The rows, grouped by run, then indicator, then year. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /** The number of rows. */
  public int size() {
    return rows.size();
  }

  /** The rows that pass a filter, as a table. */
  public IndicatorTable filter(Predicate<Row> keep) {
    return new IndicatorTable(rows.stream().filter(keep).collect(ImmutableList.toImmutableList()));
  }

  /** The scenario names, in first-seen order. */
  public ImmutableList<String> scenarios() {
    return distinct(r -> r.scenario());
  }

  /** The indicator ids, in first-seen order. */
  public ImmutableList<String> indicators() {
    return distinct(r -> r.indicator());
  }

  /**
   * The value of one observation.
   *
   * @throws IllegalArgumentException if the table has no such row
   */
  public double value(String scenario, String indicator, int year) {
    for (Row r : rows) {
      if (r.scenario().equals(scenario) && r.indicator().equals(indicator) && r.year() == year) {
        return r.value();
      }
    }
    throw new IllegalArgumentException("no row for scenario '" + scenario + "', indicator '" + indicator
        + "', year " + year + "; scenarios " + scenarios() + ", indicators " + indicators());
  }

  /**
   * The wide view: indicators by scenarios at the chosen years (all years in the table when none are given).
   *
   * @throws IllegalArgumentException if the table has several runs for one scenario (pivot one run at a time)
   */
  public WideTable wide(int... years) {
    Set<String> seen = new LinkedHashSet<>();
    for (Row r : rows) {
      String key = r.scenario() + "\u0000" + r.indicator() + "\u0000" + r.year();
      checkArgument(seen.add(key), "scenario '%s' has several runs for indicator '%s' in %s: filter one run first",
          r.scenario(), r.indicator(), r.year());
    }
    return WideTable.pivot(this, years);
  }

  private ImmutableList<String> distinct(java.util.function.Function<Row, String> f) {
    Set<String> s = new LinkedHashSet<>();
    rows.forEach(r -> s.add(f.apply(r)));
    return ImmutableList.copyOf(s);
  }

  @Override
  public String toString() {
    return "IndicatorTable{" + rows.size() + " rows, scenarios " + scenarios() + ", indicators " + indicators() + "}";
  }
}
