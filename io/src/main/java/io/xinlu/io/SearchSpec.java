package io.xinlu.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableDoubleArray;
import io.xinlu.PathSegment;
import io.xinlu.decision.Robustness.Sense;
import io.xinlu.decision.RobustnessMetric;
import io.xinlu.decision.city.CityProblem;
import io.xinlu.decision.city.Constraint;
import io.xinlu.decision.city.Decision;
import io.xinlu.decision.city.Objective;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.indicator.Target;
import io.xinlu.scenario.CityModel;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The {@code search} section of a file in format {@code xinlu/1}: what a search over a city's plans decides
 * (levers), how it judges them (objectives, constraints, robustness metrics), over which futures, and the
 * algorithm's settings as plain values (the {@code search} module turns them into its builder's calls).
 * {@code docs/FILE-FORMAT.md}, section "search", describes every key.
 *
 * <pre>{@code
 * LoadedModel city = ScenarioFiles.load(List.of(Path.of("yangquan-search.yaml")));
 * SearchSpec spec = city.search().orElseThrow();
 * CityProblem problem = spec.problem(city);     // located problems as a ScenarioFileException
 * }</pre>
 *
 * <p>A spec read from a file remembers where each of its values stands, so that {@link #problem} reports what the
 * model refuses (an unknown lever, a year outside the run, an unknown target, epsilons of the wrong count, ...) at its
 * file, line and column, with the path {@code search > decisions[3] > lever} (lists numbered from 1). Immutable and
 * thread-safe; two specs are equal when their contents are, wherever they were read from.
 *
 * @since 0.1.0
 */
public final class SearchSpec {
  /** The file's name for a spec built in code, in problems. */
  static final String NO_FILE = "(search specification)";

  /**
   * The three kinds of search, by their names in the file.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** {@code reference}: over levers in the model as given. */
    REFERENCE("reference"),
    /** {@code worst-future}: over the uncertain parameters, for the worst future of a given plan. */
    WORST_FUTURE("worst-future"),
    /** {@code robust}: over levers, every plan scored over the same futures by robustness metrics. */
    ROBUST("robust");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The name in the file: {@code reference}, {@code worst-future} or {@code robust}. */
    public String key() {
      return key;
    }
  }

  /**
   * One lever: a lever path ({@link Decision#FORMS}) and its range.
   *
   * @param path the lever path, such as {@code project/coal-power-retirement/start}
   * @param lo the least value (a year for a start window); 0 for {@code carried-out}
   * @param hi the greatest value; 1 for {@code carried-out}
   * @since 0.1.0
   */
  public record Lever(String path, double lo, double hi) {
    /** A lever with a range. */
    public static Lever of(String path, double lo, double hi) {
      return new Lever(path, lo, hi);
    }

    /** Whether the lever is a {@code project/<id>/carried-out} lever, which has no range in the file. */
    public boolean carriedOut() {
      return path.endsWith("/carried-out");
    }
  }

  /**
   * One objective: an indicator (by its catalogue id) reduced to a number, minimised or maximised; or the first year a
   * target (by its id in the file's targets) is met.
   *
   * @param reduction how the series becomes one number
   * @param indicator the indicator's id; empty for {@link Objective.Reduction#FIRST_YEAR_MET}
   * @param year the year of {@link Objective.Reduction#IN_YEAR}
   * @param from the first year of a sum (required) or a peak (optional)
   * @param to the last year of a sum (required) or a peak (optional)
   * @param target the target's id, for {@link Objective.Reduction#FIRST_YEAR_MET} only
   * @param sense minimised or maximised (a first-year objective is minimised)
   * @since 0.1.0
   */
  public record ObjectiveSpec(Objective.Reduction reduction, Optional<String> indicator, OptionalInt year,
      OptionalInt from, OptionalInt to, Optional<String> target, Sense sense) {
    /** The indicator in a year. */
    public static ObjectiveSpec inYear(String indicator, int year, Sense sense) {
      return new ObjectiveSpec(Objective.Reduction.IN_YEAR, Optional.of(indicator), OptionalInt.of(year),
          OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), sense);
    }

    /** The sum of the indicator over {@code from..to}. */
    public static ObjectiveSpec sum(String indicator, int from, int to, Sense sense) {
      return new ObjectiveSpec(Objective.Reduction.SUM, Optional.of(indicator), OptionalInt.empty(),
          OptionalInt.of(from), OptionalInt.of(to), Optional.empty(), sense);
    }

    /** The indicator's peak over the run. */
    public static ObjectiveSpec peak(String indicator, Sense sense) {
      return new ObjectiveSpec(Objective.Reduction.PEAK, Optional.of(indicator), OptionalInt.empty(),
          OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), sense);
    }

    /** The first year a target is met, minimised. */
    public static ObjectiveSpec firstYearMet(String targetId) {
      return new ObjectiveSpec(Objective.Reduction.FIRST_YEAR_MET, Optional.empty(), OptionalInt.empty(),
          OptionalInt.empty(), OptionalInt.empty(), Optional.of(targetId), Sense.MINIMISE);
    }
  }

  /**
   * One constraint: a target of the file ({@code target}) or a capital budget ({@code budget: annual|total} with a
   * {@code limit} in billion CNY).
   *
   * @param target the target's id, or empty for a budget
   * @param budget {@code annual} or {@code total}, or empty for a target
   * @param limit the budget, billion CNY (a year for {@code annual}); empty for a target
   * @since 0.1.0
   */
  public record ConstraintSpec(Optional<String> target, Optional<String> budget, OptionalDouble limit) {
    /** A target as a constraint. */
    public static ConstraintSpec target(String targetId) {
      return new ConstraintSpec(Optional.of(targetId), Optional.empty(), OptionalDouble.empty());
    }

    /** A capital budget in every year, billion CNY a year. */
    public static ConstraintSpec annualBudget(double limit) {
      return new ConstraintSpec(Optional.empty(), Optional.of("annual"), OptionalDouble.of(limit));
    }

    /** A capital budget over the run, billion CNY. */
    public static ConstraintSpec totalBudget(double limit) {
      return new ConstraintSpec(Optional.empty(), Optional.of("total"), OptionalDouble.of(limit));
    }
  }

  /**
   * The futures of a robust search: a Latin hypercube of {@code count} points over the file's {@code uncertainty}
   * parameters.
   *
   * @param count the number of futures, in [1, {@link #MAX_FUTURES}]
   * @param seed the design's seed
   * @since 0.1.0
   */
  public record Futures(int count, long seed) {}

  /** The most futures a file may ask for. */
  public static final int MAX_FUTURES = 100_000;

  /**
   * The algorithm's settings, plain values for {@code io.xinlu.search.Search.Builder}.
   *
   * @param name {@code nsga2}, {@code nsga3}, {@code epsilon-moea} or {@code epsilon-nsga2}
   *     ({@link #enumName()} gives {@code io.xinlu.search.Algorithm}'s constant)
   * @param population the population size, at least 4 (default 100)
   * @param epsilons the archive's epsilon per objective, each positive and finite
   * @param evaluations stop after this many evaluations; 0: no such rule (default)
   * @param stallGenerations stop when epsilon progress stalls this many generations; 0: no such rule (default)
   * @param seed the search's seed (default 0)
   * @param checkpointEvery write a checkpoint every this many generations; 0: none (default)
   * @since 0.1.0
   */
  public record AlgorithmSettings(String name, int population, ImmutableDoubleArray epsilons, long evaluations,
      int stallGenerations, long seed, int checkpointEvery) {
    /** The algorithm names of the file, in order. */
    public static final ImmutableList<String> NAMES = ImmutableList.of("nsga2", "nsga3", "epsilon-moea",
        "epsilon-nsga2");

    /** Settings with the defaults: population 100, no stall rule, seed 0, no checkpoints. */
    public static AlgorithmSettings of(String name, long evaluations, double... epsilons) {
      return new AlgorithmSettings(name, 100, ImmutableDoubleArray.copyOf(epsilons), evaluations, 0, 0, 0);
    }

    /** The name of {@code io.xinlu.search.Algorithm}'s constant: {@code EPSILON_NSGA2} for {@code epsilon-nsga2}. */
    public String enumName() {
      return name.toUpperCase(Locale.ROOT).replace('-', '_');
    }
  }

  private final String scenario;
  private final Kind kind;
  private final ImmutableList<Lever> levers;
  private final ImmutableList<ObjectiveSpec> objectives;
  private final ImmutableList<ConstraintSpec> constraints;
  private final ImmutableList<String> metrics;
  private final ImmutableList<String> satisficing;
  private final Optional<Futures> futures;
  private final Optional<ImmutableDoubleArray> plan;
  private final AlgorithmSettings algorithm;
  /** Where each value stands, by its path's labels joined with " > ", if read from a file. */
  private final ImmutableMap<String, Loc> where;
  private final String file;

  private SearchSpec(Builder b, String file, Map<String, Loc> where) {
    checkArgument(b.scenario != null, "search: no scenario given");
    checkArgument(b.kind != null, "search: no kind given");
    checkArgument(b.algorithm != null, "search: no algorithm given");
    this.scenario = b.scenario;
    this.kind = b.kind;
    this.levers = ImmutableList.copyOf(b.levers);
    this.objectives = ImmutableList.copyOf(b.objectives);
    this.constraints = ImmutableList.copyOf(b.constraints);
    this.metrics = ImmutableList.copyOf(b.metrics);
    this.satisficing = ImmutableList.copyOf(b.satisficing);
    this.futures = Optional.ofNullable(b.futures);
    this.plan = Optional.ofNullable(b.plan);
    this.algorithm = b.algorithm;
    this.file = file;
    this.where = ImmutableMap.copyOf(where);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base scenario's name. */
  public String scenario() {
    return scenario;
  }

  /** The kind of search. */
  public Kind kind() {
    return kind;
  }

  /** The levers, in file order. */
  public ImmutableList<Lever> levers() {
    return levers;
  }

  /** The objectives, in file order. */
  public ImmutableList<ObjectiveSpec> objectives() {
    return objectives;
  }

  /** The constraints, in file order. */
  public ImmutableList<ConstraintSpec> constraints() {
    return constraints;
  }

  /** The robustness metrics by name ({@code mean}, {@code worst}, {@code regret2}, {@code p90}, ...); robust only. */
  public ImmutableList<String> metrics() {
    return metrics;
  }

  /** The ids of the targets whose joint satisficing share is an objective; robust only. */
  public ImmutableList<String> satisficing() {
    return satisficing;
  }

  /** The futures of a robust search. */
  public Optional<Futures> futures() {
    return futures;
  }

  /** The plan's lever values, one per lever, of a worst-future search. */
  public Optional<ImmutableDoubleArray> plan() {
    return plan;
  }

  /** The algorithm's settings. */
  public AlgorithmSettings algorithm() {
    return algorithm;
  }

  /**
   * Parses a robustness metric's name: {@code mean}, {@code worst}, {@code regret2} or {@code p<level>} with a level
   * in [0, 100], such as {@code p90}.
   *
   * @throws IllegalArgumentException naming the metric and the known names (regret type 1 needs every plan: it is in
   *     the robustness table after the search, not a metric the search scores by)
   */
  public static RobustnessMetric metric(String name) {
    switch (name) {
      case "mean":
        return RobustnessMetric.mean();
      case "worst":
        return RobustnessMetric.worstCase();
      case "regret2":
        return RobustnessMetric.regretFromReference();
      case "regret1":
      case "mean-regret1":
        throw new IllegalArgumentException("metric '" + name + "' needs every plan: it is in the robustness table "
            + "after the search; a search scores by mean, worst, regret2 or p<level>");
      default:
        if (name.matches("p\\d{1,3}(\\.\\d{1,6})?")) {
          double level = Double.parseDouble(name.substring(1));
          if (level <= 100) {
            return RobustnessMetric.percentile(level / 100);
          }
        }
        throw new IllegalArgumentException("unknown metric '" + name + "'; metrics: mean, worst, regret2, "
            + "p<level> (a percentile, level in [0, 100], such as p90)");
    }
  }

  /** The number of objectives the problem will have: one per objective and metric, plus satisficing if any. */
  int objectiveCount() {
    if (kind != Kind.ROBUST) {
      return objectives.size();
    }
    return objectives.size() * metrics.size() + (satisficing.isEmpty() ? 0 : 1);
  }

  /**
   * The problem of a loaded model, with its targets and uncertainty specification.
   *
   * @throws ScenarioFileException as {@link #problem(CityModel, List, Optional)}
   */
  public CityProblem problem(LoadedModel loaded) {
    return problem(loaded.model(), loaded.targets(), loaded.uncertainty());
  }

  /**
   * Builds the city problem this spec describes, checking it against the model: every problem found is listed, each
   * at the file, line and column of the value at fault.
   *
   * @param model the model holding the scenario, strategies and projects
   * @param targets the targets the spec names by id
   * @param uncertainty the space the futures (robust) or the worst future (worst-future) are drawn from
   * @throws ScenarioFileException listing every problem: an unknown scenario, lever, indicator or target, a lever the
   *     model refuses (an empty range, a start window before the base year, ...), a year outside the run, futures or
   *     a worst-future search without an uncertainty specification, a plan or epsilons of the wrong count
   */
  public CityProblem problem(CityModel model, List<Target> targets, Optional<ParameterSpace> uncertainty) {
    Issues issues = new Issues();
    if (!model.scenarioNames().contains(scenario)) {
      add(issues, "unknown scenario '" + scenario + "'; scenarios: " + model.scenarioNames(), "scenario");
      issues.throwIfAny();
    }
    CityProblem.Builder b = CityProblem.builder(model, scenario);
    int base = model.profile().baseYear();
    int end = model.resolve(scenario).endYear();
    Objective probe = Objective.inYear(IndicatorCatalogue.standard().get("gdp"), base, Sense.MINIMISE);
    List<Decision> decisions = new ArrayList<>();
    for (int i = 0; i < levers.size(); i++) {
      Lever l = levers.get(i);
      String at = "decisions[" + (i + 1) + "]";
      try {
        Decision d = Decision.parse(l.path(), l.lo(), l.hi());
        // the core's checks of one lever against the model, with its own messages
        CityProblem.builder(model, scenario).decision(d).objective(probe).build();
        decisions.add(d);
        b.decision(d);
      } catch (IllegalArgumentException e) {
        add(issues, e.getMessage(), at, "lever");
      }
    }
    Map<String, Target> byId = new LinkedHashMap<>();
    targets.forEach(t -> byId.putIfAbsent(t.id(), t));
    for (int i = 0; i < objectives.size(); i++) {
      objective(objectives.get(i), "objectives[" + (i + 1) + "]", byId, base, end, issues).ifPresent(b::objective);
    }
    for (int i = 0; i < constraints.size(); i++) {
      ConstraintSpec c = constraints.get(i);
      String at = "constraints[" + (i + 1) + "]";
      if (c.target().isPresent()) {
        Target t = target(c.target().get(), byId, issues, at, "target");
        if (t != null) {
          if (t.targetYear() < base || t.targetYear() > end) {
            add(issues, "target '" + t.id() + "' is for " + t.targetYear() + ", outside the run " + base + "-" + end,
                at, "target");
          } else {
            b.constraint(Constraint.of(t));
          }
        }
      } else {
        double x = c.limit().orElse(Double.NaN);
        b.constraint(c.budget().orElse("").equals("annual") ? Constraint.annualBudget(x) : Constraint.totalBudget(x));
      }
    }
    if (kind == Kind.ROBUST) {
      b.metrics(metrics.stream().map(SearchSpec::metric).toArray(RobustnessMetric[]::new));
      List<Target> sat = new ArrayList<>();
      for (int i = 0; i < satisficing.size(); i++) {
        Target t = target(satisficing.get(i), byId, issues, "robustness", "satisficing[" + (i + 1) + "]");
        if (t != null) {
          sat.add(t);
        }
      }
      b.satisficing(sat.toArray(Target[]::new));
      Futures f = futures.orElseThrow();
      if (uncertainty.isEmpty() || uncertainty.get().parameters().isEmpty()) {
        add(issues, "futures are drawn from the file's 'uncertainty' parameters, and there are none: add an "
            + "'uncertainty' section with parameters", "futures");
      } else {
        b.futures(uncertainty.get(), f.count(), f.seed());
      }
    }
    if (kind == Kind.WORST_FUTURE) {
      double[] x = plan.orElseThrow().toArray();
      if (x.length != levers.size()) {
        add(issues, "the plan has " + x.length + " values for " + levers.size() + " levers: give one per lever, in "
            + "the order of 'decisions'", "plan");
      } else if (uncertainty.isEmpty() || uncertainty.get().parameters().isEmpty()) {
        add(issues, "a worst-future search searches the file's 'uncertainty' parameters, and there are none: add an "
            + "'uncertainty' section with parameters", "kind");
      } else {
        b.worstFutureOf(uncertainty.get(), x);
      }
    }
    if (!issues.isEmpty()) {
      issues.throwIfAny();
    }
    CityProblem problem;
    try {
      problem = b.build();
    } catch (IllegalArgumentException e) {
      add(issues, e.getMessage());
      issues.throwIfAny();
      throw e;
    }
    if (algorithm.epsilons().length() != problem.objectives().size()) {
      add(issues, algorithm.epsilons().length() + " epsilons for " + problem.objectives().size() + " objectives "
          + problem.objectives() + ": give one per objective, in that order", "algorithm", "epsilons");
      issues.throwIfAny();
    }
    return problem;
  }

  private Optional<Objective> objective(ObjectiveSpec o, String at, Map<String, Target> byId, int base, int end,
      Issues issues) {
    if (o.reduction() == Objective.Reduction.FIRST_YEAR_MET) {
      Target t = target(o.target().orElse(""), byId, issues, at, "target");
      if (t == null) {
        return Optional.empty();
      }
      if (t.targetYear() < base || t.targetYear() > end) {
        add(issues, "target '" + t.id() + "' is for " + t.targetYear() + ", outside the run " + base + "-" + end, at,
            "target");
        return Optional.empty();
      }
      return Optional.of(Objective.firstYearMet(t));
    }
    String id = o.indicator().orElse("");
    Optional<Indicator> indicator = IndicatorCatalogue.standard().find(id);
    if (indicator.isEmpty()) {
      add(issues, "unknown indicator '" + id + "'; see docs/INDICATORS.md for the ids, such as gdp, co2, "
          + "displaced-workers, energy-intensity, share:group:tertiary", at, "indicator");
    }
    boolean ok = indicator.isPresent();
    for (String key : List.of("year", "from", "to")) {
      OptionalInt y = key.equals("year") ? o.year() : key.equals("from") ? o.from() : o.to();
      if (y.isPresent() && (y.getAsInt() < base || y.getAsInt() > end)) {
        add(issues, y.getAsInt() + " lies outside the run " + base + "-" + end + " of scenario '" + scenario + "'",
            at, key);
        ok = false;
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    Indicator ind = indicator.get();
    try {
      switch (o.reduction()) {
        case IN_YEAR:
          return Optional.of(Objective.inYear(ind, o.year().orElse(base), o.sense()));
        case SUM:
          return Optional.of(Objective.sum(ind, o.from().orElse(base), o.to().orElse(end), o.sense()));
        default:
          return Optional.of(o.from().isPresent() || o.to().isPresent()
              ? Objective.peak(ind, o.from().orElse(base), o.to().orElse(end), o.sense())
              : Objective.peak(ind, o.sense()));
      }
    } catch (IllegalArgumentException e) {
      add(issues, e.getMessage(), at);
      return Optional.empty();
    }
  }

  private @Nullable Target target(String id, Map<String, Target> byId, Issues issues, String... at) {
    Target t = byId.get(id);
    if (t == null) {
      add(issues, "unknown target '" + id + "'; the file's targets: " + List.copyOf(byId.keySet()), at);
    }
    return t;
  }

  /** Adds a problem at the deepest located prefix of the labels (after {@code search}). */
  private void add(Issues issues, String message, String... labels) {
    List<PathSegment> path = new ArrayList<>();
    path.add(PathSegment.field("search"));
    for (String l : labels) {
      path.add(PathSegment.field(l));
    }
    Loc loc = null;
    for (int n = labels.length; n >= 0 && loc == null; n--) {
      loc = where.get(key(List.of(labels).subList(0, n)));
    }
    issues.add(loc == null ? new Loc(file, 1, 1) : loc, path, message);
  }

  static String key(List<String> labels) {
    return String.join(" > ", labels);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SearchSpec s && s.scenario.equals(scenario) && s.kind == kind && s.levers.equals(levers)
        && s.objectives.equals(objectives) && s.constraints.equals(constraints) && s.metrics.equals(metrics)
        && s.satisficing.equals(satisficing) && s.futures.equals(futures) && s.plan.equals(plan)
        && s.algorithm.equals(algorithm);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scenario, kind, levers, objectives, constraints, metrics, satisficing, futures, plan,
        algorithm);
  }

  @Override
  public String toString() {
    return "SearchSpec{" + kind.key() + " over scenario " + scenario + ", " + levers.size() + " levers, "
        + objectives.size() + " objectives, " + constraints.size() + " constraints, " + algorithm.name() + "}";
  }

  /**
   * Builds a {@link SearchSpec}; mutable, not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String scenario;
    private @Nullable Kind kind;
    private final List<Lever> levers = new ArrayList<>();
    private final List<ObjectiveSpec> objectives = new ArrayList<>();
    private final List<ConstraintSpec> constraints = new ArrayList<>();
    private final List<String> metrics = new ArrayList<>();
    private final List<String> satisficing = new ArrayList<>();
    private @Nullable Futures futures;
    private @Nullable ImmutableDoubleArray plan;
    private @Nullable AlgorithmSettings algorithm;

    private Builder() {}

    /** The base scenario (required). */
    public Builder scenario(String name) {
      this.scenario = name;
      return this;
    }

    /** The kind (required). */
    public Builder kind(Kind k) {
      this.kind = k;
      return this;
    }

    /** Adds a lever. */
    public Builder lever(Lever lever) {
      levers.add(lever);
      return this;
    }

    /** Adds an objective. */
    public Builder objective(ObjectiveSpec objective) {
      objectives.add(objective);
      return this;
    }

    /** Adds a constraint. */
    public Builder constraint(ConstraintSpec constraint) {
      constraints.add(constraint);
      return this;
    }

    /** Adds robustness metrics by name (robust). */
    public Builder metrics(String... names) {
      metrics.addAll(List.of(names));
      return this;
    }

    /** Adds satisficing targets by id (robust). */
    public Builder satisficing(String... targetIds) {
      satisficing.addAll(List.of(targetIds));
      return this;
    }

    /** The futures (robust). */
    public Builder futures(int count, long seed) {
      this.futures = new Futures(count, seed);
      return this;
    }

    /** The plan's lever values (worst-future). */
    public Builder plan(double... values) {
      this.plan = ImmutableDoubleArray.copyOf(values);
      return this;
    }

    /** The algorithm's settings (required). */
    public Builder algorithm(AlgorithmSettings settings) {
      this.algorithm = settings;
      return this;
    }

    /**
     * The spec.
     *
     * @throws IllegalArgumentException if the scenario, kind or algorithm is missing
     */
    public SearchSpec build() {
      return new SearchSpec(this, NO_FILE, Map.of());
    }

    SearchSpec build(String file, Map<String, Loc> where) {
      return new SearchSpec(this, file, where);
    }
  }
}
