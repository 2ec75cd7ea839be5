package io.xinlu.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Target;
import io.xinlu.indicator.TargetCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scenarios side by side: for each run, indicator and year, the value, the reference run's value, the difference
 * and the ratio against it; and every target checked on every run.
 *
 * <pre>{@code
 * ScenarioComparison c = ScenarioComparison.builder()
 *     .add(baselineRun).add(planRun).reference("baseline")
 *     .indicators(Indicators.gdp(), Indicators.co2(), Indicators.groupShare(SectorGroup.TERTIARY))
 *     .years(2025, 2030, 2035)
 *     .targets(Target.peakBy(Indicators.co2(), 2030))
 *     .build();
 * double extraGdp = c.difference("plan", "gdp", 2035);
 * out.print(c.table().wide());
 * }</pre>
 *
 * <p>Immutable and thread-safe. The builder is mutable.
 *
 * @since 0.1.0
 */
public final class ScenarioComparison {
  /**
   * One comparison cell.
   *
   * <p>Immutable and thread-safe.
   *
   * @param scenario the scenario
   * @param run the run's label
   * @param indicator the indicator's id
   * @param unit its display unit
   * @param year the year
   * @param value the run's value
   * @param reference the reference run's value
   * @param difference {@code value - reference}
   * @param ratio {@code value / reference}; NaN where the reference is 0
   * @since 0.1.0
   */
  public record Entry(String scenario, String run, String indicator, String unit, int year, double value,
      double reference, double difference, double ratio) {}

  private final ImmutableList<Run> runs;
  private final ImmutableList<String> labels;
  private final Run reference;
  private final ImmutableList<Indicator> indicators;
  private final ImmutableList<Entry> entries;
  private final IndicatorTable table;
  private final ImmutableList<Target> targets;
  private final ImmutableList<TargetCheck> checks;

  private ScenarioComparison(Builder b, Run reference, int[] years) {
    this.runs = ImmutableList.copyOf(b.runs);
    this.labels = ImmutableList.copyOf(b.labels);
    this.reference = reference;
    this.indicators = ImmutableList.copyOf(b.indicators);
    ImmutableList.Builder<IndicatorTable.Row> rows = ImmutableList.builder();
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    for (int r = 0; r < runs.size(); r++) {
      Run run = runs.get(r);
      int[] ys = years.length == 0 ? run.years() : years;
      IndicatorTable.add(rows, run, labels.get(r), indicators, ys);
      for (Indicator i : indicators) {
        for (int y : ys) {
          double v = i.value(run, y);
          double ref = i.value(reference, y);
          entries.add(new Entry(run.scenarioName(), labels.get(r), i.id(), i.unit(), y, v, ref, v - ref,
              ref == 0 ? Double.NaN : v / ref));
        }
      }
    }
    this.entries = entries.build();
    this.table = IndicatorTable.ofRows(rows.build());
    this.targets = ImmutableList.copyOf(b.targets);
    ImmutableList.Builder<TargetCheck> checks = ImmutableList.builder();
    for (Run run : runs) {
      checks.addAll(Target.checkAll(targets, run));
    }
    this.checks = checks.build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The runs compared, in the order added. */
  public ImmutableList<Run> runs() {
    return runs;
  }

  /** The reference run. */
  public Run reference() {
    return reference;
  }

  /** The indicators compared. */
  public ImmutableList<Indicator> indicators() {
    return indicators;
  }

  /** The targets checked. */
  public ImmutableList<Target> targets() {
    return targets;
  }

  /** Every target checked on every run: by run, then target, in the order added. */
  public ImmutableList<TargetCheck> checks() {
    return checks;
  }

  /** The checks of one scenario's runs. */
  public ImmutableList<TargetCheck> checks(String scenario) {
    return checks.stream().filter(c -> c.scenarioName().equals(scenario)).collect(ImmutableList.toImmutableList());
  }

  /** Every comparison cell: by run, indicator and year. */
  public ImmutableList<Entry> entries() {
    return entries;
  }

  /** The values as a tidy long table (scenario, run, year, indicator, value, unit). */
  public IndicatorTable table() {
    return table;
  }

  /**
   * The cell of a scenario's run (the first run added for it), indicator and year.
   *
   * @throws IllegalArgumentException if there is none
   */
  public Entry entry(String scenario, String indicatorId, int year) {
    for (Entry e : entries) {
      if (e.scenario().equals(scenario) && e.indicator().equals(indicatorId) && e.year() == year) {
        return e;
      }
    }
    throw new IllegalArgumentException("the comparison has no cell for scenario '" + scenario + "', indicator '"
        + indicatorId + "', year " + year + "; scenarios: " + table.scenarios() + ", indicators: "
        + table.indicators());
  }

  /** The value of a scenario's indicator in a year. */
  public double value(String scenario, String indicatorId, int year) {
    return entry(scenario, indicatorId, year).value();
  }

  /** The difference from the reference run. */
  public double difference(String scenario, String indicatorId, int year) {
    return entry(scenario, indicatorId, year).difference();
  }

  /** The ratio to the reference run. */
  public double ratio(String scenario, String indicatorId, int year) {
    return entry(scenario, indicatorId, year).ratio();
  }

  /**
   * Collects runs, a reference, indicators and years. Mutable, not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<Run> runs = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private int[] years = new int[0];
    private String referenceScenario = "";

    private Builder() {}

    /** Adds a run, labelled {@value IndicatorTable#SINGLE_RUN}. */
    public Builder add(Run run) {
      return add(run, IndicatorTable.SINGLE_RUN);
    }

    /** Adds a run with a label (for several runs of one scenario). */
    public Builder add(Run run, String label) {
      runs.add(run);
      labels.add(label);
      return this;
    }

    /** Adds runs. */
    public Builder addAll(Iterable<Run> more) {
      more.forEach(this::add);
      return this;
    }

    /** The reference scenario; the first run added when not given. */
    public Builder reference(String scenario) {
      this.referenceScenario = scenario;
      return this;
    }

    /** Adds indicators. */
    public Builder indicators(Indicator... more) {
      indicators.addAll(List.of(more));
      return this;
    }

    /** Adds indicators. */
    public Builder indicators(Iterable<Indicator> more) {
      more.forEach(indicators::add);
      return this;
    }

    /** Adds targets to check on every run. */
    public Builder targets(Target... more) {
      targets.addAll(List.of(more));
      return this;
    }

    /** Adds targets to check on every run. */
    public Builder targets(Iterable<? extends Target> more) {
      more.forEach(targets::add);
      return this;
    }

    /** The years compared; every year of each run when not given. */
    public Builder years(int... chosen) {
      this.years = chosen.clone();
      return this;
    }

    /**
     * Builds the comparison, evaluating every indicator.
     *
     * @throws IllegalStateException if there is no run, or neither an indicator nor a target
     * @throws IllegalArgumentException if the reference scenario is unknown, runs of one scenario share a label,
     *     indicator ids repeat, a year is outside a run, or an indicator cannot be computed on a run (the message
     *     names the indicator and the run)
     */
    public ScenarioComparison build() {
      checkState(!runs.isEmpty(), "a comparison needs at least one run");
      checkState(!indicators.isEmpty() || !targets.isEmpty(), "a comparison needs an indicator or a target");
      Set<String> keys = new HashSet<>();
      for (int r = 0; r < runs.size(); r++) {
        checkArgument(keys.add(runs.get(r).scenarioName() + "\u0000" + labels.get(r)),
            "two runs of scenario '%s' have the label '%s'", runs.get(r).scenarioName(), labels.get(r));
      }
      Set<String> ids = new HashSet<>();
      for (Indicator i : indicators) {
        checkArgument(ids.add(i.id()), "indicator '%s' is listed twice", i.id());
      }
      Run ref = runs.get(0);
      if (!referenceScenario.isEmpty()) {
        ref = runs.stream().filter(r -> r.scenarioName().equals(referenceScenario)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("reference scenario '" + referenceScenario
                + "' is not among the runs: " + runs.stream().map(Run::scenarioName).toList()));
      }
      for (int y : years) {
        for (Run r : runs) {
          checkArgument(y >= r.baseYear() && y <= r.endYear(), "year %s is outside run '%s' (%s..%s)", y,
              r.scenarioName(), r.baseYear(), r.endYear());
        }
      }
      return new ScenarioComparison(this, ref, years);
    }
  }
}
