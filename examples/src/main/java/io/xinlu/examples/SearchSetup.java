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
 */
record SearchSetup(String label, String profile, CityProblem problem, List<String> shortNames, double[] epsilons,
    long evaluations, List<String> marked, int[] tradeOff, int preferred,
    Optional<SearchSpec.AlgorithmSettings> settings) {
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
            "accelerated", "delayed"), new int[] {0, 1}, 2, Optional.empty());
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
            scenario), new int[] {0, 1}, 1, Optional.empty());
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
   * @throws BadInputException if the files have no {@code search} section, or a worst-future one (the command searches
   *     plans)
   * @throws io.xinlu.io.ScenarioFileException with every problem of the section, each at its file, line and column
   */
  static SearchSetup fromFiles(LoadedModel loaded, String files) {
    SearchSpec spec = loaded.search().orElseThrow(() -> new BadInputException("the scenario files " + files
        + " have no 'search' section: add one with the scenario, the levers (decisions), the objectives, the "
        + "robustness metrics and futures, and the algorithm (docs/FILE-FORMAT.md, section search), or search a "
        + "catalogue city (--city yangquan or --city synthetic)"));
    if (spec.kind() == SearchSpec.Kind.WORST_FUTURE) {
      throw new BadInputException("the search section of " + files + " is of kind worst-future, a search over the "
          + "uncertain parameters; ./xinlu search searches plans: give kind robust or reference");
    }
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
      if (marked.size() < MAX_MARKED && scorable(problem, s)) {
        marked.add(s);
      }
    }
    return new SearchSetup(loaded.model().profile().name() + " " + spec.scenario(),
        loaded.model().profile().name(), problem, shortNames(problem.decisions()), a.epsilons().toArray(),
        a.evaluations(), List.copyOf(marked), new int[] {0, Math.min(1, defs.size() - 1)}, preferred,
        Optional.of(a));
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

  /** The epsilons as the command line prints them: {@code name=value, ...}. */
  String epsilonText(double[] eps) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < eps.length; i++) {
      parts.add(problem.objectives().get(i) + "=" + String.format(Locale.ROOT, "%s", eps[i]));
    }
    return String.join(", ", parts);
  }
}
