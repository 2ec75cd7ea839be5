package io.xinlu.examples;

import io.xinlu.decision.Robustness.Sense;
import io.xinlu.decision.RobustnessMetric;
import io.xinlu.decision.city.CityProblem;
import io.xinlu.decision.city.Constraint;
import io.xinlu.decision.city.Decision;
import io.xinlu.decision.city.Objective;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import io.xinlu.io.LoadedModel;
import io.xinlu.io.SearchSpec;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.scenarios.Yangquan;
import io.xinlu.scenarios.YangquanDecisions;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@code xinlu search} searches: the problem, the labels of its levers and the defaults of its settings. The
 * catalogue cities give one each ({@link #yangquan}, {@link #synthetic}), and so does the {@code search} section of
 * scenario files ({@link #fromFiles}), so the command does not depend on where the problem came from.
 *
 * @param label the problem's label for the terminal and the files' metadata, such as {@code yangquan seed-plan}
 * @param profile the city profile's name (for the files' metadata)
 * @param problem the robust problem
 * @param shortNames one short name per lever, in the order of the problem's variables, for tables and charts
 * @param epsilons the default epsilon of each of the problem's objectives, in its units
 * @param evaluations the default number of evaluations
 * @param marked the hand-written scenarios to mark on the trade-off chart
 * @param tradeOff the indices, among the problem's objective definitions, of the trade-off chart's x and y
 * @param preferred the index, among the problem's objectives, of the objective the chosen plan is best in after the
 *     satisficing share (see {@link SearchCommand#chosen})
 * @param settings the algorithm's settings of a search file, which the command's options override one by one; empty
 *     for a catalogue city (the options' defaults apply)
 * @param fixedPlan a worst-future problem's plan, one value per lever of {@code problem.decisions()}; empty for the
 *     other kinds
 */
record SearchSetup(String label, String profile, CityProblem problem, List<String> shortNames, double[] epsilons,
    long evaluations, List<String> marked, int[] tradeOff, int preferred,
    Optional<SearchSpec.AlgorithmSettings> settings, double[] fixedPlan) {
  /** The futures of a Yangquan search when none are given: the count the robust problem is published with. */
  static final int YANGQUAN_FUTURES = 200;
  /** The futures of a synthetic search when none are given. */
  static final int SYNTHETIC_FUTURES = 20;
  /** The most projects of a synthetic city whose scales a search decides (one lever each). */
  static final int MAX_SYNTHETIC_LEVERS = 40;

  /**
   * Yangquan's robust problem ({@link YangquanDecisions#robustProblem}): its twelve levers of seed-plan, CO2 in 2030,
   * GDP in 2035 and the peak of displaced workers by mean and p90, and the share of futures in which CO2 peaks by
   * 2030; with a capital budget per year when one is given.
   */
  static SearchSetup yangquan(int futures, OptionalDouble annualBudget) {
    CityProblem problem;
    if (annualBudget.isEmpty()) {
      problem = YangquanDecisions.robustProblem(futures);
    } else {
      CityProblem.Builder b = CityProblem.builder(Yangquan.model(), Yangquan.SEED_PLAN);
      YangquanDecisions.levers().forEach(b::decision);
      YangquanDecisions.objectives().forEach(b::objective);
      b.constraint(Constraint.annualBudget(annualBudget.getAsDouble()));
      problem = b.futures(YangquanDecisions.uncertaintySpace(), futures, YangquanDecisions.FUTURES_SEED)
          .metrics(RobustnessMetric.mean(), RobustnessMetric.percentile(0.9))
          .satisficing(Yangquan.targets().stream().filter(t -> t.id().equals("co2-peak-2030")).findFirst()
              .orElseThrow())
          .build();
    }
    // co2@2030 (Mt), gdp@2035 (billion CNY), peak displaced workers (thousand people), each by mean and p90; the
    // satisficing share
    double[] eps = {0.2, 0.2, 1.0, 1.0, 1.0, 1.0, 0.02};
    return new SearchSetup("yangquan " + Yangquan.SEED_PLAN, Yangquan.model().profile().name(), problem,
        shortNames(problem.decisions()), eps, 2_000, List.of(Yangquan.BASELINE, Yangquan.SEED_PLAN,
            "accelerated", "delayed"), new int[] {0, 1}, 2, Optional.empty(), new double[0]);
  }

  /**
   * Yangquan's worst-future problem: the worst futures of a plan of the twelve levers of seed-plan
   * ({@link YangquanDecisions#levers()}, by default {@link YangquanDecisions#seedPlanLevers()}) over the case's
   * uncertain parameters ({@link YangquanDecisions#uncertaintySpace()}, each in its range), for CO2 in 2030, GDP in
   * 2035 and the peak of displaced workers, each in its worse direction.
   *
   * @param plan the plan's lever values, one per lever in their order
   * @throws BadInputException if the plan has the wrong count or a value a lever does not take, naming the lever and
   *     its range
   */
  static SearchSetup yangquanWorstFuture(double[] plan) {
    List<Decision> levers = YangquanDecisions.levers();
    if (plan.length != levers.size()) {
      throw new BadInputException("--plan: " + plan.length + " values given, the yangquan plan has "
          + levers.size() + " levers (" + String.join(", ", shortNames(levers)) + "): give one value each, in "
          + "this order");
    }
    for (int k = 0; k < plan.length; k++) {
      io.xinlu.decision.Variable v = levers.get(k).variable();
      if (!v.accepts(plan[k])) {
        throw new BadInputException("--plan: lever " + (k + 1) + " '" + v.name() + "' does not take " + plan[k]
            + "; it takes " + (v.type() == io.xinlu.decision.Variable.Type.REAL ? "a number" : "a whole number")
            + " in [" + bound(v, v.lower()) + ", " + bound(v, v.upper()) + "]");
      }
    }
    CityProblem.Builder b = CityProblem.builder(Yangquan.model(), Yangquan.SEED_PLAN);
    levers.forEach(b::decision);
    YangquanDecisions.objectives().forEach(b::objective);
    CityProblem problem = b.worstFutureOf(YangquanDecisions.uncertaintySpace(), plan).build();
    // co2@2030 (Mt), gdp@2035 (billion CNY), peak displaced workers (thousand people)
    return new SearchSetup("yangquan " + Yangquan.SEED_PLAN, Yangquan.model().profile().name(), problem,
        uncertaintyNames(problem), new double[] {0.2, 1.0, 1.0}, 2_000, List.of(), new int[] {0, 1}, 0,
        Optional.empty(), plan.clone());
  }

  /** A variable's bound as a message shows it: a whole number for an integer or binary variable. */
  private static String bound(io.xinlu.decision.Variable v, double b) {
    return v.type() == io.xinlu.decision.Variable.Type.REAL ? Double.toString(b) : Long.toString(Math.round(b));
  }

  /**
   * Yangquan's reference problem: the twelve levers of seed-plan, CO2 in 2030, GDP in 2035 and the peak of displaced
   * workers in the model as given (one future, no robustness metrics); with a capital budget per year when one is
   * given.
   */
  static SearchSetup yangquanReference(OptionalDouble annualBudget) {
    CityProblem.Builder b = CityProblem.builder(Yangquan.model(), Yangquan.SEED_PLAN);
    YangquanDecisions.levers().forEach(b::decision);
    YangquanDecisions.objectives().forEach(b::objective);
    annualBudget.ifPresent(v -> b.constraint(Constraint.annualBudget(v)));
    CityProblem problem = b.build();
    return new SearchSetup("yangquan " + Yangquan.SEED_PLAN, Yangquan.model().profile().name(), problem,
        shortNames(problem.decisions()), new double[] {0.2, 1.0, 1.0}, 2_000, List.of(Yangquan.BASELINE,
            Yangquan.SEED_PLAN, "accelerated", "delayed"), new int[] {0, 1}, 1, Optional.empty(), new double[0]);
  }

  /**
   * A small robust problem on {@code synthetic(n, m, T)}, scenario {@code scenario} (which must adopt the strategy
   * {@value SyntheticCity#STRATEGY}): levers the strategy's intensity in [0.2, 1] and each project's scale in
   * [0.5, 1.5]; objectives CO2 in 2030 (min), GDP in the last year (max) and the peak of displaced workers (min),
   * each by its mean over the futures; futures a Latin hypercube of the city's uncertain parameters other than the
   * intensity (which is decided here), from {@code seed}.
   *
   * @throws BadInputException if the city has no projects or more than {@value #MAX_SYNTHETIC_LEVERS}
   */
  static SearchSetup synthetic(City city, String scenario, int futures, long seed, OptionalDouble annualBudget) {
    int m = city.model().projects().size();
    if (m < 1 || m > MAX_SYNTHETIC_LEVERS) {
      throw new BadInputException("a search of the synthetic city decides the scale of each project: give 1 to "
          + MAX_SYNTHETIC_LEVERS + " projects (--size N,M,T with M from 1 to " + MAX_SYNTHETIC_LEVERS + "), got "
          + m);
    }
    int end = city.run(scenario).endYear();
    if (end < 2030) {
      throw new BadInputException("a search of the synthetic city minimises CO2 in 2030: give an end year T of at "
          + "least 2030 (--size N,M,T), got " + end);
    }
    CityProblem.Builder b = CityProblem.builder(city.model(), scenario);
    b.lever("strategy/" + SyntheticCity.STRATEGY + "/intensity", 0.2, 1.0);
    for (int k = 0; k < m; k++) {
      b.lever("project/p" + k + "/scale", 0.5, 1.5);
    }
    b.objective(Objective.inYear(Indicators.co2(), 2030, Sense.MINIMISE));
    b.objective(Objective.inYear(Indicators.gdp(), end, Sense.MAXIMISE));
    b.objective(Objective.peak(Indicators.displacedWorkers(), Sense.MINIMISE));
    annualBudget.ifPresent(v -> b.constraint(Constraint.annualBudget(v)));
    ParameterSpace all = city.space();
    ParameterSpace.Builder space = ParameterSpace.builder();
    all.parameters().stream().filter(p -> !p.name().endsWith("/intensity"))
        .forEach(p -> space.parameter(p.name(), p.distribution()));
    CityProblem problem = b.futures(space.build(), futures, seed).metrics(RobustnessMetric.mean()).build();
    return new SearchSetup(city.label() + " " + scenario, city.model().profile().name(), problem,
        shortNames(problem.decisions()), new double[] {0.5, 0.25, 1.0}, 2_000, List.of(city.reference(),
            scenario), new int[] {0, 1}, 1, Optional.empty(), new double[0]);
  }

  /**
   * The problem of the {@code search} section of scenario files ({@link SearchSpec#problem}): the label is the
   * profile's name and the base scenario, the defaults are the file's algorithm settings, the trade-off chart shows
   * the first two objectives (the first against itself when there is one) with the files' own scenarios marked (each
   * that the objectives can score, at most {@value #MAX_MARKED}), and the chosen plan is the best, after the
   * satisficing share, in the first maximised objective (else the first objective).
   *
   * @param loaded the loaded files
   * @param files the files' names, for messages
   * @throws BadInputException if the files have no {@code search} section
   * @throws io.xinlu.io.ScenarioFileException with every problem of the section, each at its file, line and column
   */
  static SearchSetup fromFiles(LoadedModel loaded, String files) {
    SearchSpec spec = loaded.search().orElseThrow(() -> new BadInputException("the scenario files " + files
        + " have no 'search' section: add one with the scenario, the levers (decisions), the objectives, the "
        + "robustness metrics and futures, and the algorithm (docs/FILE-FORMAT.md, section search), or search a "
        + "catalogue city (--city yangquan or --city synthetic)"));
    CityProblem problem = spec.problem(loaded);
    SearchSpec.AlgorithmSettings a = spec.algorithm();
    List<Objective> defs = problem.objectiveDefinitions();
    int preferred = 0;
    for (int j = 0; j < problem.objectives().size(); j++) {
      String name = problem.objectives().get(j);
      boolean max = SearchCommand.definition(problem, name).map(o -> o.sense() == Sense.MAXIMISE).orElse(false);
      if (max) {
        preferred = j;
        break;
      }
    }
    List<String> marked = new ArrayList<>();
    for (String s : loaded.model().scenarioNames()) {
      if (problem.kind() != CityProblem.Kind.WORST_FUTURE && marked.size() < MAX_MARKED && scorable(problem, s)) {
        marked.add(s);
      }
    }
    return new SearchSetup(loaded.model().profile().name() + " " + spec.scenario(),
        loaded.model().profile().name(), problem, problem.kind() == CityProblem.Kind.WORST_FUTURE
            ? uncertaintyNames(problem) : shortNames(problem.decisions()), a.epsilons().toArray(),
        a.evaluations(), List.copyOf(marked), new int[] {0, Math.min(1, defs.size() - 1)}, preferred,
        Optional.of(a), spec.plan().map(v -> v.toArray()).orElse(new double[0]));
  }

  /** The most scenarios of a file marked on the trade-off chart. */
  static final int MAX_MARKED = 8;

  /** Whether every objective definition gives a finite value on a run of the scenario. */
  private static boolean scorable(CityProblem problem, String scenario) {
    try {
      Run run = Engine.run(problem.model(), scenario);
      for (Objective o : problem.objectiveDefinitions()) {
        if (!Double.isFinite(o.value(run))) {
          return false;
        }
      }
      return true;
    } catch (IllegalArgumentException | IllegalStateException e) {
      return false;
    }
  }

  /**
   * Short lever names: {@code <id>} for an intensity, {@code <id>:start}, {@code <id>:scale} and {@code <id>:on} for
   * a project's start, scale and whether it is carried out.
   */
  static List<String> shortNames(List<Decision> decisions) {
    List<String> names = new ArrayList<>();
    for (Decision d : decisions) {
      String name;
      if (d instanceof Decision.Intensity) {
        name = d.id();
      } else if (d instanceof Decision.StartYear) {
        name = d.id() + ":start";
      } else if (d instanceof Decision.Scale) {
        name = d.id() + ":scale";
      } else {
        name = d.id() + ":on";
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  /**
   * Short names of a worst-future problem's uncertain parameters: the path without its first part when it has three
   * or more ({@code coal-mining/growth} for {@code sector/coal-mining/growth}), else the path.
   */
  static List<String> uncertaintyNames(CityProblem problem) {
    List<String> names = new ArrayList<>();
    for (io.xinlu.decision.Variable v : problem.variables()) {
      String[] parts = v.name().split("/", -1);
      names.add(parts.length >= 3 ? v.name().substring(parts[0].length() + 1) : v.name());
    }
    if (names.stream().distinct().count() < names.size()) {
      return problem.variables().stream().map(io.xinlu.decision.Variable::name).toList();
    }
    return List.copyOf(names);
  }

  /** The epsilons as the command line prints them: {@code name=value, ...}. */
  String epsilonText(double[] eps) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < eps.length; i++) {
      parts.add(problem.objectives().get(i) + "=" + String.format(Locale.ROOT, "%s", eps[i]));
    }
    return String.join(", ", parts);
  }
}
