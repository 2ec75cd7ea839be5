package io.xinlu.analysis.mcda;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Direction;
import io.xinlu.indicator.Indicator;
import io.xinlu.internal.LinearAlgebra;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Alternatives by criteria: the input of {@link Normalization}, {@link Weights}, {@link CompositeIndex},
 * {@link Topsis} and {@link WeightSensitivity}. Every alternative and criterion has a name, and every criterion a
 * {@link CriterionType} (benefit or cost).
 *
 * <p>From plain numbers, one criterion (column) at a time:
 * <pre>{@code
 * DecisionMatrix m = DecisionMatrix.builder()
 *     .alternatives("A1", "A2", "A3")
 *     .benefit("gdp", 101, 101, 99.5)
 *     .cost("co2", 30.7, 16.45, 20.0)
 *     .build();
 * }</pre>
 *
 * <p>From runs and indicators, where the alternatives are scenarios in one year, the years of one run, or every
 * scenario in every year ({@link Layout}); an indicator's {@link Direction direction} gives the
 * criterion's type (higher is better: benefit; lower is better: cost), and a neutral indicator needs an explicit
 * type:
 * <pre>{@code
 * DecisionMatrix byScenario = DecisionMatrix.fromRuns()
 *     .add(baselineRun).add(planRun)
 *     .year(2030)
 *     .indicators(Indicators.gdp(), Indicators.co2())
 *     .indicator(Indicators.population(), CriterionType.BENEFIT)
 *     .build();                                    // alternatives "baseline", "plan"
 * DecisionMatrix byYear = DecisionMatrix.fromRuns().add(planRun).years(2025, 2030, 2035)
 *     .indicators(Indicators.gdp(), Indicators.co2()).build();   // alternatives "2025", "2030", "2035"
 * }</pre>
 *
 * <p>Rules, checked when the matrix is built (an {@link IllegalArgumentException} lists every problem found): at
 * least 2 alternatives and 1 criterion, names neither blank nor repeated, every row as long as the criteria list,
 * every value finite (no NaN, no infinity).
 *
 * <p>Immutable and thread-safe; array accessors return copies. The builders are mutable.
 *
 * @since 0.1.0
 */
public final class DecisionMatrix {
  /**
   * What the alternatives of a matrix are. Immutable and thread-safe.
   *
   * @since 0.1.0
   */
  public enum Layout {
    /** Given directly, as numbers. */
    GIVEN,
    /** Scenarios (runs) in one year; alternatives are named by the runs' labels (by default the scenario names). */
    SCENARIOS,
    /** The years of one run; alternatives are named by the year, such as {@code "2030"}. */
    YEARS,
    /** Every run in every year; alternatives are named {@code label@year}, such as {@code "plan@2030"}. */
    SCENARIO_YEARS
  }

  private final ImmutableList<String> alternatives;
  private final ImmutableList<String> criteria;
  private final ImmutableList<CriterionType> types;
  private final double[][] values;
  private final Layout layout;

  private DecisionMatrix(ImmutableList<String> alternatives, ImmutableList<String> criteria,
      ImmutableList<CriterionType> types, double[][] values, Layout layout) {
    this.alternatives = alternatives;
    this.criteria = criteria;
    this.types = types;
    this.values = values;
    this.layout = layout;
  }

  /**
   * A matrix from rows: {@code values[i][j]} is alternative {@code i} on criterion {@code j}.
   *
   * @throws IllegalArgumentException listing every problem: fewer than 2 alternatives or no criterion, blank or
   *     repeated names, as many types as criteria, a row of the wrong length, a value that is NaN or infinite
   */
  public static DecisionMatrix of(List<String> alternatives, List<String> criteria, List<CriterionType> types,
      double[][] values) {
    return of(alternatives, criteria, types, values, Layout.GIVEN);
  }

  static DecisionMatrix of(List<String> alternatives, List<String> criteria, List<CriterionType> types,
      double[][] values, Layout layout) {
    List<String> problems = new ArrayList<>();
    if (alternatives.size() < 2) {
      problems.add("a decision matrix needs at least 2 alternatives, got " + alternatives.size() + " "
          + alternatives);
    }
    if (criteria.isEmpty()) {
      problems.add("a decision matrix needs at least 1 criterion, got none");
    }
    checkNames("alternative", alternatives, problems);
    checkNames("criterion", criteria, problems);
    if (types.size() != criteria.size()) {
      problems.add(types.size() + " criterion types for " + criteria.size() + " criteria " + criteria);
    }
    if (values.length != alternatives.size()) {
      problems.add(values.length + " rows of values for " + alternatives.size() + " alternatives "
          + alternatives);
    }
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      String alt = i < alternatives.size() ? "'" + alternatives.get(i) + "'" : "row " + i;
      copy[i] = values[i].clone();
      if (copy[i].length != criteria.size()) {
        problems.add("alternative " + alt + " has " + copy[i].length + " values for " + criteria.size()
            + " criteria " + criteria);
        continue;
      }
      for (int j = 0; j < copy[i].length; j++) {
        if (!Double.isFinite(copy[i][j])) {
          problems.add("alternative " + alt + ", criterion '" + criteria.get(j) + "': " + copy[i][j]
              + " is not a finite number");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid decision matrix: " + String.join("; ", problems));
    }
    return new DecisionMatrix(ImmutableList.copyOf(alternatives), ImmutableList.copyOf(criteria),
        ImmutableList.copyOf(types), copy, layout);
  }

  private static void checkNames(String what, List<String> names, List<String> problems) {
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new LinkedHashSet<>();
    for (int k = 0; k < names.size(); k++) {
      String name = names.get(k);
      if (name.isBlank()) {
        problems.add(what + " " + k + " has a blank name");
      } else if (!seen.add(name)) {
        repeated.add(name);
      }
    }
    if (!repeated.isEmpty()) {
      problems.add(what + " names repeat: " + repeated);
    }
  }

  /** A builder for a matrix given column by column. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder for a matrix of indicators evaluated on runs. */
  public static RunsBuilder fromRuns() {
    return new RunsBuilder();
  }

  /** The alternatives' names, in row order. */
  public ImmutableList<String> alternatives() {
    return alternatives;
  }

  /** The criteria's names, in column order. */
  public ImmutableList<String> criteria() {
    return criteria;
  }

  /** The criteria's types, in column order. */
  public ImmutableList<CriterionType> types() {
    return types;
  }

  /** The type of criterion {@code j}. */
  public CriterionType type(int j) {
    return types.get(j);
  }

  /** What the alternatives are. */
  public Layout layout() {
    return layout;
  }

  /** The number of alternatives (rows), at least 2. */
  public int alternativeCount() {
    return alternatives.size();
  }

  /** The number of criteria (columns), at least 1. */
  public int criterionCount() {
    return criteria.size();
  }

  /** The value of alternative {@code i} on criterion {@code j}. */
  public double value(int i, int j) {
    return values[i][j];
  }

  /**
   * The value of an alternative on a criterion, by name.
   *
   * @throws IllegalArgumentException for an unknown name, listing the valid ones
   */
  public double value(String alternative, String criterion) {
    return values[alternativeIndex(alternative)][criterionIndex(criterion)];
  }

  /** Criterion {@code j}'s values, one per alternative. */
  public double[] column(int j) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i][j];
    }
    return out;
  }

  /** Alternative {@code i}'s values, one per criterion. */
  public double[] row(int i) {
    return values[i].clone();
  }

  /** Every value, by alternative then criterion: a copy. */
  public double[][] values() {
    return LinearAlgebra.copy(values);
  }

  /**
   * The row of an alternative.
   *
   * @throws IllegalArgumentException for an unknown name, listing the valid ones
   */
  public int alternativeIndex(String alternative) {
    int i = alternatives.indexOf(alternative);
    checkArgument(i >= 0, "no alternative '%s'; alternatives: %s", alternative, alternatives);
    return i;
  }

  /**
   * The column of a criterion.
   *
   * @throws IllegalArgumentException for an unknown name, listing the valid ones
   */
  public int criterionIndex(String criterion) {
    int j = criteria.indexOf(criterion);
    checkArgument(j >= 0, "no criterion '%s'; criteria: %s", criterion, criteria);
    return j;
  }

  /** Values live in a private array; package code reads it without copying. */
  double[][] raw() {
    return values;
  }

  /** Matrices are equal when their names, types, layout and values are. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof DecisionMatrix)) {
      return false;
    }
    DecisionMatrix m = (DecisionMatrix) o;
    return m.alternatives.equals(alternatives) && m.criteria.equals(criteria) && m.types.equals(types)
        && m.layout == layout && Arrays.deepEquals(m.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * alternatives.hashCode() + criteria.hashCode()) + Arrays.deepHashCode(values);
  }

  /** An aligned text table: one row per alternative, one column per criterion (marked {@code +} or {@code -}). */
  @Override
  public String toString() {
    List<String> header = new ArrayList<>();
    header.add("");
    for (int j = 0; j < criteria.size(); j++) {
      header.add(criteria.get(j) + (types.get(j) == CriterionType.BENEFIT ? " (+)" : " (-)"));
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < alternatives.size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(alternatives.get(i));
      for (double v : values[i]) {
        row.add(String.format(Locale.ROOT, "%.6g", v));
      }
      rows.add(row);
    }
    return Ranking.table(header, rows);
  }

  /**
   * Builds a matrix column by column. Mutable, not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<String> alternatives = new ArrayList<>();
    private final List<String> criteria = new ArrayList<>();
    private final List<CriterionType> types = new ArrayList<>();
    private final List<double[]> columns = new ArrayList<>();

    private Builder() {}

    /** Adds alternatives (rows), in order. */
    public Builder alternatives(String... names) {
      alternatives.addAll(List.of(names));
      return this;
    }

    /** Adds alternatives (rows), in order. */
    public Builder alternatives(Iterable<String> names) {
      names.forEach(alternatives::add);
      return this;
    }

    /** Adds a benefit criterion (more is better) with one value per alternative. */
    public Builder benefit(String name, double... column) {
      return criterion(name, CriterionType.BENEFIT, column);
    }

    /** Adds a cost criterion (less is better) with one value per alternative. */
    public Builder cost(String name, double... column) {
      return criterion(name, CriterionType.COST, column);
    }

    /** Adds a criterion with one value per alternative. */
    public Builder criterion(String name, CriterionType type, double... column) {
      criteria.add(name);
      types.add(type);
      columns.add(column.clone());
      return this;
    }

    /**
     * Builds the matrix.
     *
     * @throws IllegalArgumentException listing every problem, including a column whose length differs from the
     *     number of alternatives
     */
    public DecisionMatrix build() {
      List<String> problems = new ArrayList<>();
      for (int j = 0; j < columns.size(); j++) {
        if (columns.get(j).length != alternatives.size()) {
          problems.add("criterion '" + criteria.get(j) + "' has " + columns.get(j).length + " values for "
              + alternatives.size() + " alternatives " + alternatives);
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("invalid decision matrix: " + String.join("; ", problems));
      }
      double[][] rows = new double[alternatives.size()][columns.size()];
      for (int j = 0; j < columns.size(); j++) {
        for (int i = 0; i < alternatives.size(); i++) {
          rows[i][j] = columns.get(j)[i];
        }
      }
      return of(alternatives, criteria, types, rows);
    }
  }

  /**
   * Builds a matrix of indicators evaluated on runs. The alternatives are the runs in one year
   * ({@link Layout#SCENARIOS}), the years of one run ({@link Layout#YEARS}) or every run in every year
   * ({@link Layout#SCENARIO_YEARS}). Without {@link #layout}, one year means scenarios, else one run means years,
   * else scenario-years; with it, a layout that does not fit the runs and years fails at {@link #build}.
   *
   * <p>Each indicator is a criterion named by its id; its type follows its direction unless given. Mutable, not
   * thread-safe.
   *
   * @since 0.1.0
   */
  public static final class RunsBuilder {
    private final List<Run> runs = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<Integer> years = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Optional<CriterionType>> types = new ArrayList<>();
    private Optional<Layout> layout = Optional.empty();

    private RunsBuilder() {}

    /** Adds a run, labelled by its scenario's name. */
    public RunsBuilder add(Run run) {
      return add(run, run.scenarioName());
    }

    /** Adds a run with a label (to tell apart runs of one scenario). */
    public RunsBuilder add(Run run, String label) {
      runs.add(run);
      labels.add(label);
      return this;
    }

    /** Adds runs, each labelled by its scenario's name. */
    public RunsBuilder addAll(Iterable<Run> more) {
      more.forEach(this::add);
      return this;
    }

    /** Adds a year. */
    public RunsBuilder year(int year) {
      years.add(year);
      return this;
    }

    /** Adds years, in order. */
    public RunsBuilder years(int... more) {
      for (int y : more) {
        years.add(y);
      }
      return this;
    }

    /** Adds an indicator as a criterion whose type follows its direction (a neutral one fails at build). */
    public RunsBuilder indicator(Indicator indicator) {
      indicators.add(indicator);
      types.add(Optional.empty());
      return this;
    }

    /** Adds an indicator as a criterion of the given type, whatever its direction. */
    public RunsBuilder indicator(Indicator indicator, CriterionType type) {
      indicators.add(indicator);
      types.add(Optional.of(type));
      return this;
    }

    /** Adds indicators whose types follow their directions. */
    public RunsBuilder indicators(Indicator... more) {
      for (Indicator i : more) {
        indicator(i);
      }
      return this;
    }

    /** Adds indicators whose types follow their directions. */
    public RunsBuilder indicators(Iterable<? extends Indicator> more) {
      more.forEach(this::indicator);
      return this;
    }

    /**
     * What the alternatives are; inferred when not given.
     *
     * @throws IllegalStateException if a layout was already set
     */
    public RunsBuilder layout(Layout chosen) {
      checkState(layout.isEmpty(), "the layout was already set to %s", layout.orElse(chosen));
      checkArgument(chosen != Layout.GIVEN, "layout GIVEN is for matrices of plain numbers; for runs choose "
          + "SCENARIOS, YEARS or SCENARIO_YEARS");
      this.layout = Optional.of(chosen);
      return this;
    }

    /**
     * Evaluates every indicator and builds the matrix.
     *
     * @throws IllegalStateException if there is no run, year or indicator, or the layout conflicts with the number
     *     of runs or years (the message says which and what to do)
     * @throws IllegalArgumentException listing every problem with the data: repeated labels, years or indicator
     *     ids, neutral indicators without a type, values that are NaN or infinite (naming indicator, run and
     *     year); and for an indicator a run cannot give or a year outside a run (from {@link Indicator#value})
     */
    public DecisionMatrix build() {
      checkState(!runs.isEmpty(), "no run: add(run) at least once");
      checkState(!years.isEmpty(), "no year: call year(...) or years(...)");
      checkState(!indicators.isEmpty(), "no indicator: call indicator(...) or indicators(...)");
      Layout chosen = layout.orElse(years.size() == 1 ? Layout.SCENARIOS
          : runs.size() == 1 ? Layout.YEARS : Layout.SCENARIO_YEARS);
      checkState(chosen != Layout.SCENARIOS || years.size() == 1,
          "layout SCENARIOS compares runs in one year, but %s years were given %s: give one year, or use "
              + "SCENARIO_YEARS to compare every run in every year", years.size(), years);
      checkState(chosen != Layout.YEARS || runs.size() == 1,
          "layout YEARS compares the years of one run, but %s runs were given %s: give one run, or use "
              + "SCENARIO_YEARS to compare every run in every year", runs.size(), labels);

      List<String> problems = new ArrayList<>();
      repeated("run labels", labels, problems);
      repeated("years", years, problems);
      List<String> ids = new ArrayList<>();
      List<CriterionType> criterionTypes = new ArrayList<>();
      List<String> neutral = new ArrayList<>();
      for (int k = 0; k < indicators.size(); k++) {
        Indicator ind = indicators.get(k);
        ids.add(ind.id());
        if (types.get(k).isPresent()) {
          criterionTypes.add(types.get(k).get());
        } else if (ind.direction() == Direction.NEUTRAL) {
          neutral.add(ind.id());
          criterionTypes.add(CriterionType.BENEFIT);
        } else {
          criterionTypes.add(CriterionType.of(ind.direction()));
        }
      }
      repeated("indicator ids", ids, problems);
      if (!neutral.isEmpty()) {
        problems.add("indicators " + neutral + " are NEUTRAL, neither a benefit nor a cost: add them with "
            + "indicator(indicator, CriterionType.BENEFIT) or CriterionType.COST");
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("invalid decision matrix: " + String.join("; ", problems));
      }

      List<String> names = new ArrayList<>();
      List<double[]> rows = new ArrayList<>();
      for (int r = 0; r < runs.size(); r++) {
        for (int y : years) {
          Run run = runs.get(r);
          names.add(chosen == Layout.SCENARIOS ? labels.get(r)
              : chosen == Layout.YEARS ? Integer.toString(y) : labels.get(r) + "@" + y);
          double[] row = new double[indicators.size()];
          for (int k = 0; k < indicators.size(); k++) {
            row[k] = indicators.get(k).value(run, y);
            if (!Double.isFinite(row[k])) {
              problems.add("indicator '" + indicators.get(k).id() + "' is " + row[k] + " on run '" + labels.get(r)
                  + "' in " + y);
            }
          }
          rows.add(row);
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("invalid decision matrix: " + String.join("; ", problems));
      }
      return of(names, ids, criterionTypes, rows.toArray(new double[0][]), chosen);
    }

    private static <T> void repeated(String what, List<T> items, List<String> problems) {
      Set<T> seen = new HashSet<>();
      Set<T> twice = new LinkedHashSet<>();
      for (T t : items) {
        if (!seen.add(t)) {
          twice.add(t);
        }
      }
      if (!twice.isEmpty()) {
        problems.add(what + " repeat: " + twice);
      }
    }
  }
}
