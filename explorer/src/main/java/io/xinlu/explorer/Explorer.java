package io.xinlu.explorer;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.math.Quantiles;
import io.xinlu.decision.Robustness.Sense;
import io.xinlu.decision.Variable;
import io.xinlu.decision.city.CityProblem;
import io.xinlu.decision.city.Decision;
import io.xinlu.decision.city.Objective;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.indicator.Indicators;
import io.xinlu.indicator.Target;
import io.xinlu.indicator.TargetCheck;
import io.xinlu.io.FileFormat;
import io.xinlu.io.ScenarioDocument;
import io.xinlu.io.ScenarioFiles;
import io.xinlu.io.results.CsvExport;
import io.xinlu.io.results.Metadata;
import io.xinlu.io.results.Table;
import io.xinlu.policy.Project;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectPlan;
import io.xinlu.scenario.ResolvedScenario;
import io.xinlu.uncertainty.sampling.Design;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sampling.UncertainParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The computations behind the explorer's JSON API: a run of the city's scenario with its levers and uncertain
 * parameters set, beside the reference scenario; an ensemble over the uncertain parameters; the settings as a
 * scenario file; the results as CSV. Every value is validated first, with messages that name the lever or parameter
 * and what it takes ({@link ExplorerException}).
 *
 * <p><b>How the values reach the engine.</b> One {@link Parameterization} of the city's scenario holds every lever and
 * every uncertain parameter (compiled once; each run reuses the Leontief inverse and the base-year arrays), as
 * {@link CityProblem} does for a search: an intensity lever sets {@code strategy/<id>/intensity}; a start lever sets
 * {@code project/<id>/delay = year - s_k - shift} (the project starts, before any deferral after its prerequisites, in
 * the year chosen; {@code s_k} its planned start, {@code shift} its strategy's start shift); a scale lever sets
 * {@code project/<id>/scale}; carried-out 0 sets the scale 0. An uncertain delay of a project whose start is a lever
 * is added to the decided delay, an uncertain scale of a project whose scale is a lever multiplies it; every other
 * uncertain parameter sets its path. With the uncertain parameters at their starting values (the scenario's own
 * values, or 0 and 1 for an added delay and a multiplied scale) a run equals an {@link Engine} run of the plan's
 * scenario ({@link #scenarioFile}) bit for bit.
 *
 * <p>Immutable and thread-safe: any number of requests may run at once.
 */
public final class Explorer {
  /** The most runs an ensemble request may ask for. */
  public static final int MAX_ENSEMBLE_RUNS = 500;
  /** The ensemble's runs when a request gives none. */
  public static final int DEFAULT_ENSEMBLE_RUNS = 100;
  /** The seed of the ensemble's Latin hypercube: the same request gives the same fan. */
  public static final long ENSEMBLE_SEED = 20261206L;
  /** The name of the scenario a scenario file holds the settings in. */
  public static final String SCENARIO_NAME = "explorer";
  /** The percentiles of an ensemble's fan. */
  public static final ImmutableList<Integer> PERCENTILES = ImmutableList.of(5, 25, 50, 75, 95);

  /** The indicators the page draws, when the city's runs can give them. */
  static final ImmutableList<String> SERIES = ImmutableList.of("gdp", "co2", "energy", "employment",
      "displaced-workers", "share:group:primary", "share:group:secondary", "share:group:tertiary");
  /** The indicators an ensemble summarises, when available. */
  static final ImmutableList<String> FAN_SERIES = ImmutableList.of("co2", "gdp", "employment", "displaced-workers");

  private enum Merge { SET, ADD, MULTIPLY }

  private final ExplorerCity city;
  private final CityProblem problem;
  private final Parameterization parameterization;
  private final double[] baseValues;
  private final int[] leverSlot;
  private final double[] leverOffset;
  private final int[] uncertainSlot;
  private final Merge[] uncertainMerge;
  private final double[] uncertainDefaults;
  private final double[] uncertainLower;
  private final double[] uncertainUpper;
  private final Run reference;
  private final ImmutableList<Indicator> series;
  private final ImmutableList<Indicator> fanSeries;

  /**
   * Prepares the explorer of a city: checks the levers against the model (as a search does), compiles the
   * parameterization once and runs the reference scenario.
   *
   * @throws IllegalArgumentException naming the lever or parameter at fault, if a lever is unknown or its window
   *     leaves the run, a lever and an uncertain parameter set the same intensity, or a path is repeated
   */
  public Explorer(ExplorerCity city) {
    this.city = city;
    CityModel model = city.model();
    ResolvedScenario resolved = model.resolve(city.scenario());
    int end = resolved.endYear();
    CityProblem.Builder b = CityProblem.builder(model, city.scenario());
    city.levers().forEach(b::decision);
    b.objective(Objective.inYear(Indicators.co2(), end, Sense.MINIMISE));
    this.problem = b.build();

    List<String> paths = new ArrayList<>();
    int n = city.levers().size();
    this.leverSlot = new int[n];
    this.leverOffset = new double[n];
    for (int i = 0; i < n; i++) {
      Decision d = city.levers().get(i);
      String path;
      if (d instanceof Decision.Intensity) {
        path = d.path();
      } else if (d instanceof Decision.StartYear) {
        path = "project/" + d.id() + "/delay";
        Project p = model.project(d.id()).orElseThrow();
        ProjectPlan plan = resolved.plan(model.strategyOf(d.id()).orElseThrow(), p);
        leverOffset[i] = p.start() + plan.startShift();
      } else {
        path = "project/" + d.id() + "/scale";
      }
      leverSlot[i] = slot(paths, path);
    }
    int u = city.uncertain().size();
    this.uncertainSlot = new int[u];
    this.uncertainMerge = new Merge[u];
    this.uncertainDefaults = new double[u];
    this.uncertainLower = new double[u];
    this.uncertainUpper = new double[u];
    int leverPaths = paths.size();
    for (int k = 0; k < u; k++) {
      UncertainParameter p = city.uncertain().get(k);
      int existing = paths.indexOf(p.name());
      if (existing >= 0 && existing < leverPaths) {
        if (p.name().endsWith("/delay")) {
          uncertainMerge[k] = Merge.ADD;
        } else if (p.name().endsWith("/scale")) {
          uncertainMerge[k] = Merge.MULTIPLY;
        } else {
          throw new IllegalArgumentException("uncertain parameter '" + p.name() + "' is also decided by a lever; "
              + "remove it from the uncertain parameters or from the levers");
        }
        uncertainSlot[k] = existing;
      } else {
        if (existing >= 0) {
          throw new IllegalArgumentException("uncertain parameter '" + p.name() + "' is given twice");
        }
        uncertainMerge[k] = Merge.SET;
        uncertainSlot[k] = slot(paths, p.name());
      }
    }
    this.parameterization = Parameterization.of(model, city.scenario(), paths);
    this.baseValues = parameterization.baseValues();
    for (int k = 0; k < u; k++) {
      UncertainParameter p = city.uncertain().get(k);
      double given = switch (uncertainMerge[k]) {
        case ADD -> 0.0;
        case MULTIPLY -> 1.0;
        case SET -> baseValues[uncertainSlot[k]];
      };
      uncertainDefaults[k] = given;
      double[] range = range(p);
      uncertainLower[k] = Math.min(range[0], given);
      uncertainUpper[k] = Math.max(range[1], given);
    }
    this.reference = Engine.run(model, city.reference());
    Run probe = engineRun(city.defaults(), uncertainDefaults);
    this.series = available(SERIES, probe);
    this.fanSeries = available(FAN_SERIES, probe);
  }

  private static int slot(List<String> paths, String path) {
    int i = paths.indexOf(path);
    if (i >= 0) {
      return i;
    }
    paths.add(path);
    return paths.size() - 1;
  }

  /** An uncertain parameter's range: its distribution's support, or its 0.5th to 99.5th percentile if unbounded. */
  private static double[] range(UncertainParameter p) {
    var support = p.distribution().support();
    double lo = support.hasLowerBound() ? support.lowerEndpoint() : p.distribution().inverseCdf(0.005);
    double hi = support.hasUpperBound() ? support.upperEndpoint() : p.distribution().inverseCdf(0.995);
    return new double[] {lo, hi};
  }

  private static ImmutableList<Indicator> available(List<String> ids, Run probe) {
    IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    ImmutableList.Builder<Indicator> b = ImmutableList.builder();
    for (String id : ids) {
      Indicator i = catalogue.get(id);
      if (i.unavailableReason(probe).isEmpty()) {
        b.add(i);
      }
    }
    return b.build();
  }

  /** The city explored. */
  public ExplorerCity city() {
    return city;
  }

  /** The indicators a run's answer carries, in order. */
  public ImmutableList<Indicator> series() {
    return series;
  }

  /** The indicators an ensemble summarises, in order. */
  public ImmutableList<Indicator> fanSeries() {
    return fanSeries;
  }

  /** The reference scenario's run, as given. */
  public Run reference() {
    return reference;
  }

  /** The uncertain parameters' starting values, one per {@link ExplorerCity#uncertain()} parameter. */
  public double[] uncertainDefaults() {
    return uncertainDefaults.clone();
  }

  /** The least value an uncertain parameter takes: its range's, or its starting value if lower. */
  public double uncertainLower(int k) {
    return uncertainLower[k];
  }

  /** The greatest value an uncertain parameter takes: its range's, or its starting value if higher. */
  public double uncertainUpper(int k) {
    return uncertainUpper[k];
  }

  /** Whether an uncertain parameter is added to a lever's delay ({@code "add"}), multiplies its scale or sets it. */
  public String uncertainMerge(int k) {
    return uncertainMerge[k].name().toLowerCase(Locale.ROOT);
  }

  /**
   * The lever values a request gives, over the starting values: each path must be a lever and each value one it
   * takes.
   *
   * @throws ExplorerException naming the lever and its range
   */
  public double[] levers(Map<String, Double> given) {
    double[] x = city.defaults();
    List<String> names = city.levers().stream().map(Decision::path).toList();
    for (Map.Entry<String, Double> e : given.entrySet()) {
      int i = names.indexOf(e.getKey());
      if (i < 0) {
        throw new ExplorerException("unknown lever '" + e.getKey() + "'; levers: " + String.join(", ", names));
      }
      Variable v = city.levers().get(i).variable();
      double value = e.getValue();
      if (!v.accepts(value)) {
        throw new ExplorerException("lever '" + v.name() + "' does not take " + value + "; it takes "
            + (v.type() == Variable.Type.REAL ? "a number" : "a whole number") + " in [" + bound(v, v.lower()) + ", "
            + bound(v, v.upper()) + "]");
      }
      x[i] = value;
    }
    return x;
  }

  private static String bound(Variable v, double b) {
    return v.type() == Variable.Type.REAL ? Double.toString(b) : Long.toString(Math.round(b));
  }

  /**
   * The uncertain parameters' values a request gives, over the starting values: each path must be an uncertain
   * parameter and each value finite and in its range.
   *
   * @throws ExplorerException naming the parameter and its range
   */
  public double[] uncertain(Map<String, Double> given) {
    double[] u = uncertainDefaults.clone();
    List<String> names = city.uncertain().stream().map(UncertainParameter::name).toList();
    for (Map.Entry<String, Double> e : given.entrySet()) {
      int k = names.indexOf(e.getKey());
      if (k < 0) {
        throw new ExplorerException("unknown uncertain parameter '" + e.getKey() + "'; uncertain parameters: "
            + (names.isEmpty() ? "none" : String.join(", ", names)));
      }
      double value = e.getValue();
      if (!(value >= uncertainLower[k] && value <= uncertainUpper[k])) {
        throw new ExplorerException("uncertain parameter '" + names.get(k) + "' does not take " + value
            + "; it takes a number in [" + uncertainLower[k] + ", " + uncertainUpper[k] + "]");
      }
      u[k] = value;
    }
    return u;
  }

  /** The parameterization's values for lever values and uncertain values. */
  private double[] values(double[] x, double[] u) {
    double[] v = baseValues.clone();
    for (int i = 0; i < x.length; i++) {
      Decision d = city.levers().get(i);
      if (d instanceof Decision.StartYear) {
        v[leverSlot[i]] = x[i] - leverOffset[i];
      } else if (!(d instanceof Decision.CarriedOut)) {
        v[leverSlot[i]] = x[i];
      }
    }
    for (int i = 0; i < x.length; i++) {
      if (city.levers().get(i) instanceof Decision.CarriedOut && x[i] == 0) {
        v[leverSlot[i]] = 0.0;
      }
    }
    for (int k = 0; k < u.length; k++) {
      int s = uncertainSlot[k];
      switch (uncertainMerge[k]) {
        case ADD -> v[s] += u[k];
        case MULTIPLY -> v[s] *= u[k];
        case SET -> v[s] = u[k];
      }
    }
    return v;
  }

  /**
   * The run of the scenario with these lever and uncertain values (already validated by {@link #levers} and
   * {@link #uncertain}).
   *
   * @throws ExplorerException if the engine refuses the values (its message names each parameter and value) or an
   *     indicator of {@link #series()} is not finite
   */
  public Run run(double[] x, double[] u) {
    Run run = engineRun(x, u);
    // what the answers carry must be finite (JSON has no NaN): the indicators drawn, checked year by year
    for (Indicator i : series) {
      double[] s = i.series(run);
      for (int k = 0; k < s.length; k++) {
        if (!Double.isFinite(s[k])) {
          throw new ExplorerException("these values give a run whose " + i.id() + " in " + run.years()[k]
              + " is not finite (" + s[k] + "); move the levers or uncertain parameters back towards their "
              + "starting values");
        }
      }
    }
    return run;
  }

  /** The engine's run for these values, its refusals as {@link ExplorerException}s. */
  private Run engineRun(double[] x, double[] u) {
    try {
      return parameterization.run(values(x, u));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new ExplorerException(e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /** The targets' checks on a run, in the city's order. */
  public ImmutableList<TargetCheck> targets(Run run) {
    ImmutableList.Builder<TargetCheck> b = ImmutableList.builder();
    for (Target t : city.targets()) {
      b.add(t.check(run));
    }
    return b.build();
  }

  /**
   * An ensemble of the scenario with these lever values: {@code runs} runs over a Latin hypercube of the uncertain
   * parameters from {@link #ENSEMBLE_SEED}, each drawn from its distribution (independently); per indicator of
   * {@link #fanSeries()} and year, the {@link #PERCENTILES} of the runs' values (Guava's {@link Quantiles}, linear
   * interpolation between order statistics).
   *
   * @return per indicator id, one row per percentile, one value per year
   * @throws ExplorerException if the city has no uncertain parameters, {@code runs} is outside
   *     [2, {@value #MAX_ENSEMBLE_RUNS}] or a run fails
   */
  public ImmutableMap<String, double[][]> ensemble(double[] x, int runs) {
    if (city.uncertain().isEmpty()) {
      throw new ExplorerException("city " + city.name() + " has no uncertain parameters: an ensemble needs them");
    }
    if (runs < 2 || runs > MAX_ENSEMBLE_RUNS) {
      throw new ExplorerException("runs: " + runs + " is outside [2, " + MAX_ENSEMBLE_RUNS + "]");
    }
    ParameterSpace space = ParameterSpace.of(city.uncertain());
    Design design = Designs.latinHypercube(city.uncertain().size(), runs, ENSEMBLE_SEED);
    double[][] points = design.values(space);
    int years = reference.years().length;
    double[][][] values = new double[fanSeries.size()][years][runs];
    for (int r = 0; r < runs; r++) {
      Run run = run(x, points[r]);
      for (int s = 0; s < fanSeries.size(); s++) {
        double[] series = fanSeries.get(s).series(run);
        for (int t = 0; t < years; t++) {
          values[s][t][r] = series[t];
        }
      }
    }
    ImmutableMap.Builder<String, double[][]> out = ImmutableMap.builder();
    int[] ps = PERCENTILES.stream().mapToInt(Integer::intValue).toArray();
    for (int s = 0; s < fanSeries.size(); s++) {
      double[][] rows = new double[ps.length][years];
      for (int t = 0; t < years; t++) {
        Map<Integer, Double> q = Quantiles.percentiles().indexes(ps).compute(values[s][t]);
        for (int p = 0; p < ps.length; p++) {
          rows[p][t] = q.get(ps[p]);
        }
      }
      out.put(fanSeries.get(s).id(), rows);
    }
    return out.build();
  }

  /**
   * The settings as a scenario file ({@code xinlu/1} YAML, as {@link ScenarioFiles#write} writes it): the city's
   * profile, strategies, scenarios and targets and a scenario {@value #SCENARIO_NAME} with the scenario as parent and
   * the lever values (as a search exports a plan). Run it with {@code ./xinlu run --scenarios FILE --scenario
   * explorer}. The uncertain parameters are not part of a scenario in this format: those set to other than their
   * starting values are listed in comment lines at the top.
   */
  public String scenarioFile(double[] x, double[] u) {
    CityModel model = problem.plan(x).modelWith(SCENARIO_NAME);
    ScenarioDocument doc = ScenarioDocument.builder().model(model).targets(city.targets()).build();
    StringBuilder head = new StringBuilder("# settings of the explorer: scenario '" + SCENARIO_NAME + "' holds the "
        + "levers; run it with ./xinlu run --scenarios FILE --scenario " + SCENARIO_NAME + "\n");
    for (int k = 0; k < u.length; k++) {
      if (Double.compare(u[k], uncertainDefaults[k]) != 0) {
        head.append("# uncertain parameter set in the explorer (not part of the scenario): ")
            .append(city.uncertain().get(k).name()).append(" = ").append(u[k]).append('\n');
      }
    }
    return head + ScenarioFiles.write(doc, FileFormat.YAML);
  }

  /**
   * The results as tidy CSV with the metadata header of the command line's files: {@code scenario, year, indicator,
   * value, unit}, the scenario with the settings (named {@value #SCENARIO_NAME}) then the reference, every indicator
   * of {@link #series()} in every year.
   */
  public String csv(Run run) {
    Table t = new Table("explorer", "scenario", "year", "indicator", "value", "unit");
    Map<String, Run> runs = new LinkedHashMap<>();
    runs.put(SCENARIO_NAME, run);
    runs.put(city.reference(), reference);
    runs.forEach((name, r) -> {
      for (Indicator i : series) {
        double[] s = i.series(r);
        int[] years = r.years();
        for (int k = 0; k < years.length; k++) {
          t.add(name, years[k], i.id(), s[k], i.unit());
        }
      }
    });
    return CsvExport.toCsv(Metadata.of(city.model().profile().name(), List.copyOf(runs.keySet())), t);
  }
}
