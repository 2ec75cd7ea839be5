package io.xinlu.examples;

import io.xinlu.decision.Candidate;
import io.xinlu.decision.Robustness.Sense;
import io.xinlu.decision.city.CityProblem;
import io.xinlu.decision.city.Decision;
import io.xinlu.decision.city.Objective;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.examples.charts.ChartFiles;
import io.xinlu.examples.charts.ChartLabels;
import io.xinlu.examples.charts.ParetoCharts;
import io.xinlu.io.AtomicFiles;
import io.xinlu.io.FileFormat;
import io.xinlu.io.ScenarioDocument;
import io.xinlu.io.LoadedModel;
import io.xinlu.io.ScenarioFiles;
import io.xinlu.io.SearchSpec;
import io.xinlu.io.results.CsvExport;
import io.xinlu.io.results.JsonExport;
import io.xinlu.io.results.Metadata;
import io.xinlu.io.results.Table;
import io.xinlu.io.results.Tables;
import io.xinlu.scenarios.YangquanDecisions;
import io.xinlu.search.Algorithm;
import io.xinlu.search.Search;
import io.xinlu.search.SearchCheckpoint;
import io.xinlu.search.SearchProgress;
import io.xinlu.search.SearchResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code xinlu search}: a robust many-objective search over a city's levers (docs/DECISIONS.md), with a progress bar
 * per generation, checkpoints and resumption; prints the Pareto set and why the search stopped, and with
 * {@code --out} writes the Pareto set, the convergence history, the robustness table, two charts and a chosen plan as
 * a scenario file, all or none.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Searches a city's levers for the plans that do best over an ensemble of futures (robust "
        + "many-objective search, docs/DECISIONS.md) and prints the Pareto set: each plan's levers, its objectives "
        + "in their units (maximised ones as they are, the satisficing share in %%) and its constraint violations.",
        "yangquan: the twelve levers of seed-plan (six strategy intensities in [0.5, 1], six project starts), "
            + "objectives CO2 in 2030, GDP in 2035 and the peak of displaced workers by mean and p90 over 200 "
            + "futures, and the share of futures in which CO2 peaks by 2030 (YangquanDecisions); synthetic: the "
            + "intensity of the strategy in [0.2, 1] and each project's scale in [0.5, 1.5] of scenario all, "
            + "objectives CO2 in 2030, GDP in the last year and the peak of displaced workers by mean over 20 "
            + "futures.",
        "--model FILE (or --profile FILE --scenarios FILE...): the search section of scenario files "
            + "(docs/FILE-FORMAT.md): its scenario, levers, objectives, constraints, robustness metrics and futures, "
            + "and its algorithm settings, each of which --algorithm, --population, --epsilons, --evaluations, "
            + "--stall-generations, --seed and --checkpoint-every override when given; the files' own scenarios are "
            + "marked on the trade-off chart.",
        "With --out FOLDER it writes, all or none: pareto.csv, convergence.csv, robustness.csv (and .json with "
            + "--format json), pareto-parallel.png, pareto-tradeoff.png and plan.yaml, the chosen plan as scenario "
            + "'search-plan' in a scenario file that ./xinlu compare --model runs. When no plan meets the "
            + "constraints it says so, prints the closest plans with their violations and writes closest.csv and "
            + "convergence.csv; the exit code is still 0.",
        "--worst-future (yangquan, or a search file of kind worst-future): searches the uncertain parameters, each "
            + "in its range, for the futures in which a fixed plan does worst (the seed plan's lever values, or "
            + "--plan) and prints them with the plan's outcomes there; --out writes worst-futures.csv, "
            + "convergence.csv and worst-futures-parallel.png: no plan to export, no robustness table. "
            + "--reference-future (yangquan, or a search file of kind reference): searches the levers in the model "
            + "as given, "
            + "one future; --out writes pareto.csv, convergence.csv, the two charts and plan.yaml, no robustness "
            + "table."})
final class SearchCommand implements Callable<Integer> {
  /** The algorithms by their names on the command line. */
  static final Map<String, Algorithm> ALGORITHMS = algorithms();
  /** The name of the exported plan's scenario. */
  static final String PLAN_SCENARIO = "search-plan";
  /** The largest checkpoint file read by {@code --resume}: 64 MiB (a Yangquan search's is some 60 KB). */
  static final long MAX_CHECKPOINT_BYTES = 64L << 20;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin CityOptions cityOptions;
  @Mixin ScenarioOption scenario;
  @Mixin OutputOptions output;
  @Mixin OutFolderOption out;

  @Option(names = {"-a", "--algorithm"}, defaultValue = "epsilon-nsga2", paramLabel = "ALGORITHM",
      description = "nsga2, nsga3, epsilon-moea or epsilon-nsga2 (default: ${DEFAULT-VALUE}, or a search file's)")
  String algorithm;

  @Option(names = {"-p", "--population"}, defaultValue = "100", paramLabel = "SIZE",
      description = "the population size, at least " + Search.MIN_POPULATION
          + " (default: ${DEFAULT-VALUE}, or a search file's)")
  int population;

  @Option(names = {"-e", "--evaluations"}, paramLabel = "N",
      description = "stop after N evaluations of a plan (each over every future), at the end of that generation "
          + "(default: 2000, or a search file's); 0 for no such limit, with --stall-generations")
  Long evaluations;

  @Option(names = "--stall-generations", defaultValue = "0", paramLabel = "G",
      description = "stop when epsilon progress has not changed for G generations (default: 0, no such rule; or a "
          + "search file's)")
  int stallGenerations;

  @Option(names = "--futures", paramLabel = "N",
      description = "the futures every plan is evaluated in, a Latin hypercube of the city's uncertain parameters "
          + "(default: 200 for yangquan, 20 for synthetic); a search file gives its own, in 'futures'")
  Integer futures;

  @Option(names = "--epsilons", split = ",", paramLabel = "E1,E2,...",
      description = "the epsilon of each objective in its units, the archive's box sizes (default for yangquan: "
          + "0.2,0.2,1,1,1,1,0.02; for synthetic: 0.5,0.25,1; of a search file: its algorithm's epsilons)")
  List<Double> epsilons;

  @Option(names = "--annual-budget", paramLabel = "BN",
      description = "a capital budget in every year, billion CNY, as a constraint the plans must meet (a catalogue "
          + "city; a search file gives its budgets in 'constraints')")
  Double annualBudget;

  @Option(names = "--checkpoint", paramLabel = "FILE",
      description = "write the search's state to FILE (atomically) every --checkpoint-every generations and at the "
          + "end, to continue it later with --resume")
  Path checkpoint;

  @Option(names = "--checkpoint-every", defaultValue = "10", paramLabel = "G",
      description = "generations between checkpoints (default: ${DEFAULT-VALUE}, or a search file's "
          + "checkpoint-every)")
  int checkpointEvery;

  @Option(names = "--resume", paramLabel = "FILE",
      description = "continue the search saved in FILE by --checkpoint; the city, levers, objectives, futures, "
          + "algorithm, population, epsilons and seed must be the same (the stopping rules and threads may differ)")
  Path resume;

  @Option(names = "--export-plan", paramLabel = "K",
      description = "with --out: the plan of the Pareto set (its number in the table) to write as plan.yaml and "
          + "highlight in the charts (default: the plan with the highest satisficing share, then the best mean "
          + "GDP)")
  Integer exportPlan;

  @Option(names = "--worst-future",
      description = "search the uncertain parameters for the worst futures of a fixed plan (yangquan: the seed "
          + "plan's lever values, or --plan), not the levers")
  boolean worstFuture;

  @Option(names = "--plan", split = ",", paramLabel = "V1,V2,...",
      description = "with --worst-future: the plan's lever values, one per lever in their order (yangquan: the six "
          + "intensities, then the starts of green-power-base, cbm-expansion, coal-power-retirement, "
          + "coal-capacity-exit, btr-anode-50kt and intercity-rail)")
  List<Double> plan;

  @Option(names = "--reference-future",
      description = "search the levers in the model as given (one reference future, no robustness metrics)")
  boolean reference;

  @Mixin SeedOption seed;
  @Mixin ThreadsOption threadsOption;
  @Mixin ProgressOption progress;

  @Override
  public Integer call() {
    if (ALGORITHMS.get(algorithm.toLowerCase(Locale.ROOT)) == null) {
      throw new BadInputException("unknown algorithm '" + algorithm + "'; known algorithms: "
          + String.join(", ", ALGORITHMS.keySet()));
    }
    if (population < Search.MIN_POPULATION) {
      throw new BadInputException("--population must be at least " + Search.MIN_POPULATION + ", got " + population);
    }
    if (population > Search.MAX_POPULATION) {
      throw new BadInputException("--population must be at most " + Search.MAX_POPULATION + " (sorting a generation "
          + "is quadratic in it), got " + population);
    }
    if (evaluations != null && evaluations < 0) {
      throw new BadInputException("--evaluations must be at least 0, got " + evaluations);
    }
    if (stallGenerations < 0) {
      throw new BadInputException("--stall-generations must be at least 0, got " + stallGenerations);
    }
    if (checkpointEvery < 1) {
      throw new BadInputException("--checkpoint-every must be at least 1 generation, got " + checkpointEvery);
    }
    if (futures != null && (futures < 1 || futures > 100_000)) {
      throw new BadInputException("--futures must be 1 to 100000, got " + futures);
    }
    if (annualBudget != null && !(annualBudget >= 0 && Double.isFinite(annualBudget))) {
      throw new BadInputException("--annual-budget must be a finite number of billion CNY, at least 0, got "
          + annualBudget);
    }
    if (exportPlan != null && exportPlan < 1) {
      throw new BadInputException("--export-plan is a plan's number in the Pareto set, from 1, got " + exportPlan);
    }
    int threads = threadsOption.value();
    output.check();
    SearchSetup setup = setup();
    CityProblem problem = setup.problem();
    // a search file's algorithm settings, each overridden by its option when that is given
    Optional<SearchSpec.AlgorithmSettings> fromFile = setup.settings();
    String algorithmName = fromFile.isPresent() && !given("--algorithm") ? fromFile.get().name()
        : algorithm.toLowerCase(Locale.ROOT);
    Algorithm algo = ALGORITHMS.get(algorithmName);
    int population = fromFile.isPresent() && !given("--population") ? fromFile.get().population()
        : this.population;
    int stallGenerations = fromFile.isPresent() && !given("--stall-generations")
        ? fromFile.get().stallGenerations() : this.stallGenerations;
    long seedValue = fromFile.isPresent() && !given("--seed") ? fromFile.get().seed() : seed.value();
    int checkpointEvery = fromFile.isPresent() && !given("--checkpoint-every")
        && fromFile.get().checkpointEvery() > 0 ? fromFile.get().checkpointEvery() : this.checkpointEvery;
    double[] eps = epsilons(setup);
    long maxEvaluations = evaluations == null ? setup.evaluations() : evaluations;
    if (maxEvaluations == 0 && stallGenerations == 0) {
      throw new BadInputException("a search needs a stopping rule: --evaluations N (N > 0) or "
          + "--stall-generations G (G > 0)");
    }
    Search.Builder b = Search.builder(problem).algorithm(algo).populationSize(population).epsilons(eps)
        .maxEvaluations(maxEvaluations).stallGenerations(stallGenerations).seed(seedValue).threads(threads);
    PrintWriter err = spec.commandLine().getErr();
    Optional<SearchProgressBar> bar = progress.searchBar(err, maxEvaluations);
    bar.ifPresent(b::listener);
    if (checkpoint != null) {
      checkWritable(checkpoint, "--checkpoint");
      Path file = checkpoint;
      b.checkpoints(checkpointEvery, cp -> writeCheckpoint(file, cp));
    }
    if (resume != null) {
      b.resume(readCheckpoint(resume));
    }
    Search search;
    try {
      search = b.build();
    } catch (IllegalArgumentException e) {
      throw new BadInputException((resume != null ? "cannot resume from '" + resume + "': " : "") + e.getMessage());
    }
    Path folder = out.folder(null);
    // created here before the search so that an unwritable folder fails fast; removed again (when still empty) if
    // the command then fails, e.g. on an --export-plan beyond the Pareto set
    boolean created = folder != null && !Files.exists(folder);
    if (folder != null) {
      out.prepare(folder);
    }
    try {
      return searchAndWrite(search, problem, setup, folder, algorithmName, population, seedValue, maxEvaluations,
          bar);
    } catch (BadInputException e) {
      if (created) {
        removeIfEmpty(folder);
      }
      throw e;
    }
  }

  /** Removes a folder this command created if nothing was written into it; a failure to do so is left silent. */
  private static void removeIfEmpty(Path folder) {
    try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
      if (entries.findAny().isEmpty()) {
        Files.delete(folder);
      }
    } catch (IOException e) {
      // the folder stays; the command's own error is the one to report
    }
  }

  private int searchAndWrite(Search search, CityProblem problem, SearchSetup setup, Path folder,
      String algorithmName, int population, long seedValue, long maxEvaluations,
      Optional<SearchProgressBar> bar) {
    SearchResult r = search.run();
    bar.ifPresent(SearchProgressBar::done);

    // the Pareto set in a fixed order; the closest plans as the search gives them, by increasing total violation
    List<Candidate> plans = r.feasible() ? sorted(r.paretoSet()) : r.paretoSet();
    StringBuilder text = new StringBuilder(switch (problem.kind()) {
      case WORST_FUTURE -> String.format(Locale.ROOT, "%s: the worst futures of the plan %s, %d uncertain "
          + "parameters, %s, population %d, seed %d%n", setup.label(), planText(setup), problem.variables().size(),
          algorithmName, population, seedValue);
      case REFERENCE -> String.format(Locale.ROOT, "%s: %d levers in the reference future, %s, population %d, seed "
          + "%d%n", setup.label(), problem.variables().size(), algorithmName, population, seedValue);
      case ROBUST -> String.format(Locale.ROOT, "%s: %d levers, %d futures, %s, population %d, seed %d%n",
          setup.label(), problem.variables().size(), problem.futures().length, algorithmName, population,
          seedValue);
    });
    text.append(stopText(r, maxEvaluations)).append('\n');
    Metadata m = Metadata.of(setup.profile(), List.of(problem.scenarioName())).withSeed(seedValue);
    Table convergence = convergence(r.history());
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<Table> tables = new ArrayList<>();
    if (problem.kind() == CityProblem.Kind.WORST_FUTURE) {
      // no constraints: every future is feasible; the objectives are the plan's outcomes there
      text.append(String.format(Locale.ROOT, "%nWorst futures: %d%n", plans.size()));
      text.append(futureTable(setup, plans)).append('\n');
      text.append(objectiveTable(setup, plans, false, "future"));
      text.append(String.format(Locale.ROOT, "%nEach row is a future in which no other found is worse for the plan "
          + "in every objective; the plan is fixed, so there is no plan to export and no robustness table.%n"));
      Table futuresTable = Tables.paretoSet(problem, plans);
      tables.add(futuresTable);
      tables.add(convergence);
      if (folder != null) {
        putTable(files, m, "worst-futures", futuresTable);
        putTable(files, m, "convergence", convergence);
        files.put("worst-futures-parallel.png", worstFutureChart(setup, plans));
      }
    } else if (r.feasible()) {
      int chosen = chosen(setup, plans);
      text.append(String.format(Locale.ROOT, "%nPareto set: %d plans%n", plans.size()));
      text.append(leverTable(setup, plans, "plan")).append('\n');
      text.append(objectiveTable(setup, plans, false, "plan"));
      text.append(String.format(Locale.ROOT, "%nChosen plan: %d (%s)%n", chosen + 1, exportPlan != null
          ? "--export-plan" : (problem.objectives().contains(CityProblem.SATISFICING)
              ? "the highest satisficing share, then the best " : "the best ")
              + problem.objectives().get(setup.preferred())));
      if (problem.kind() == CityProblem.Kind.REFERENCE) {
        text.append(String.format(Locale.ROOT, "A reference search scores each plan in one future: no robustness "
            + "table.%n"));
      }
      Table pareto = Tables.paretoSet(problem, plans);
      tables.add(pareto);
      tables.add(convergence);
      if (folder != null) {
        putTable(files, m, "pareto", pareto);
        putTable(files, m, "convergence", convergence);
        if (problem.kind() == CityProblem.Kind.ROBUST) {
          putTable(files, m, "robustness", robustness(problem, plans));
        }
        files.putAll(charts(setup, plans, chosen));
        files.put("plan.yaml", utf8(ScenarioFiles.write(ScenarioDocument.of(
            problem.plan(plans.get(chosen).x().toArray()).modelWith(PLAN_SCENARIO)), FileFormat.YAML)));
      }
    } else {
      text.append(String.format(Locale.ROOT, "%nno feasible plan was found; the closest plans are:%n"));
      text.append(leverTable(setup, plans, "plan")).append('\n');
      text.append(objectiveTable(setup, plans, true, "plan"));
      Table closest = Tables.paretoSet(problem, plans);
      tables.add(closest);
      tables.add(convergence);
      if (folder != null) {
        putTable(files, m, "closest", closest);
        putTable(files, m, "convergence", convergence);
      }
    }
    output.emit(spec.commandLine().getOut(), text.toString(), m, tables);
    if (folder != null) {
      Map<Path, byte[]> byPath = new LinkedHashMap<>();
      files.forEach((name, bytes) -> byPath.put(folder.resolve(name), bytes));
      out.writeAll(byPath);
      PrintWriter o = spec.commandLine().getOut();
      o.println("Wrote " + byPath.size() + " files into " + folder.toAbsolutePath().normalize() + ":");
      for (Path p : byPath.keySet()) {
        o.println("  " + folder.relativize(p));
      }
      o.flush();
    }
    return 0;
  }

  /** Whether an option was given on the command line (not its default). */
  private boolean given(String option) {
    return spec.commandLine().getParseResult() != null
        && spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  /** The problem: of a catalogue city, or the {@code search} section of scenario files. */
  private SearchSetup setup() {
    if (!cityOptions.files().isEmpty()) {
      LoadedModel loaded = cityOptions.load();
      String names = cityOptions.files().stream().map(Path::toString).collect(Collectors.joining(", "));
      List<String> kindOptions = givenOf("--worst-future", "--reference-future", "--plan");
      if (!kindOptions.isEmpty()) {
        throw new BadInputException(String.join(", ", kindOptions) + ": a search file says what it searches in "
            + "'kind' (reference, worst-future or robust) and gives a worst-future search's plan in 'plan' of its "
            + "search section (docs/FILE-FORMAT.md); leave out " + String.join(", ", kindOptions));
      }
      if (loaded.search().isPresent() && loaded.search().get().kind() == SearchSpec.Kind.WORST_FUTURE) {
        refuseForWorstFuture();
      }
      for (String option : List.of("--futures", "--annual-budget")) {
        if (given(option)) {
          throw new BadInputException(option + " applies to a catalogue city; a search file sets "
              + (option.equals("--futures") ? "its futures in 'futures: {count, seed}'" : "its budgets in "
                  + "'constraints' ({budget: annual, limit: BN})") + " of its search section (docs/FILE-FORMAT.md)");
        }
      }
      SearchSetup setup = SearchSetup.fromFiles(loaded, names);
      if (given("--scenario")) {
        String sc = scenario.of(loaded.model().scenarioNames(), setup.problem().scenarioName());
        if (!sc.equals(setup.problem().scenarioName())) {
          throw new BadInputException("the search section of " + names + " varies the levers of scenario "
              + setup.problem().scenarioName() + ", not '" + sc + "'; leave out --scenario or change 'scenario' "
              + "in the search section");
        }
      }
      return setup;
    }
    // the city options are checked as every subcommand checks them (missing files, --city with files, ...) first
    City city = cityOptions.resolve();
    OptionalDouble budget = annualBudget == null ? OptionalDouble.empty() : OptionalDouble.of(annualBudget);
    if (worstFuture && reference) {
      throw new BadInputException("--worst-future and --reference-future are two kinds of search: give one of "
          + "them (or "
          + "neither, for the robust search)");
    }
    if (plan != null && !worstFuture) {
      throw new BadInputException("--plan gives the fixed plan of a worst-future search: give --worst-future with "
          + "it");
    }
    if ((worstFuture || reference) && !city.name().equals("yangquan")) {
      throw new BadInputException((worstFuture ? "--worst-future" : "--reference-future") + " searches Yangquan's "
          + "problem (--city yangquan); for " + city.label() + " write a search section of that kind in a scenario "
          + "file (docs/FILE-FORMAT.md) and give it with --model");
    }
    if (worstFuture) {
      refuseForWorstFuture();
    }
    if (reference && futures != null) {
      throw new BadInputException("--futures: a reference search scores each plan in the model as given, one "
          + "future; leave out --futures (or --reference-future, for the robust search over futures)");
    }
    if (city.name().equals("yangquan")) {
      String sc = scenario.of(city);
      if (!sc.equals(city.policy())) {
        throw new BadInputException("the yangquan search varies the levers of scenario " + city.policy()
            + ", not '" + sc + "'; leave out --scenario or give --scenario " + city.policy());
      }
      if (worstFuture) {
        double[] values = plan == null ? YangquanDecisions.seedPlanLevers()
            : plan.stream().mapToDouble(Double::doubleValue).toArray();
        return SearchSetup.yangquanWorstFuture(values);
      }
      if (reference) {
        return SearchSetup.yangquanReference(budget);
      }
      return SearchSetup.yangquan(futures == null ? SearchSetup.YANGQUAN_FUTURES : futures, budget);
    }
    String sc = scenario.of(city);
    try {
      return SearchSetup.synthetic(city, sc, futures == null ? SearchSetup.SYNTHETIC_FUTURES : futures,
          seed.value(), budget);
    } catch (BadInputException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new BadInputException("cannot search scenario '" + sc + "' of " + city.label() + ": " + e.getMessage()
          + (sc.equals(city.policy()) ? "" : "; the search needs a scenario that adopts the strategy, such as "
              + city.policy()));
    }
  }

  /** The options among {@code options} given on the command line, in that order. */
  private List<String> givenOf(String... options) {
    return Arrays.stream(options).filter(this::given).toList();
  }

  /**
   * Refuses the options a worst-future search has no use for: it fixes the plan (nothing to export), searches the
   * futures itself (no ensemble of futures) and has no constraints (no budget).
   */
  private void refuseForWorstFuture() {
    List<String> bad = givenOf("--export-plan", "--annual-budget", "--futures");
    if (!bad.isEmpty()) {
      throw new BadInputException(String.join(", ", bad) + (bad.size() == 1 ? " makes" : " make") + " no sense for "
          + "a worst-future search: it fixes the plan (no plan to export), has no constraints (no budget) and "
          + "searches the futures itself (no ensemble of futures); leave out " + String.join(", ", bad));
    }
  }

  /** A worst-future problem's fixed plan as the command line prints it: {@code [v1, v2, ...]}. */
  private static String planText(SearchSetup setup) {
    List<Decision> ds = setup.problem().decisions();
    double[] x = setup.fixedPlan();
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < x.length; k++) {
      parts.add(leverText(ds.get(k), x[k]));
    }
    return "[" + String.join(", ", parts) + "]";
  }

  private double[] epsilons(SearchSetup setup) {
    List<String> names = setup.problem().objectives();
    if (epsilons == null) {
      return setup.epsilons().clone();
    }
    if (epsilons.size() != names.size()) {
      throw new BadInputException("--epsilons: " + epsilons.size() + " values given, the problem has "
          + names.size() + " objectives (" + String.join(", ", names) + "): give one epsilon each, in its units");
    }
    double[] eps = new double[names.size()];
    for (int i = 0; i < eps.length; i++) {
      double e = epsilons.get(i);
      if (!(e > 0) || !Double.isFinite(e)) {
        throw new BadInputException("--epsilons: the epsilon of objective '" + names.get(i) + "' must be a finite "
            + "number above 0, got " + e);
      }
      eps[i] = e;
    }
    return eps;
  }

  private static void checkWritable(Path file, String option) {
    try {
      AtomicFiles.destination(file);
    } catch (IOException e) {
      throw new BadInputException(option + ": " + e.getMessage() + "; give a file in a folder that exists and that "
          + "you can write to");
    }
  }

  private static void writeCheckpoint(Path file, SearchCheckpoint cp) {
    try {
      AtomicFiles.write(file, cp.toBytes());
    } catch (IOException e) {
      throw new BadInputException("--checkpoint: cannot write '" + file + "': " + e.getMessage());
    }
  }

  private static SearchCheckpoint readCheckpoint(Path file) {
    byte[] bytes;
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw new BadInputException("cannot resume from '" + file + "': not a regular file (a folder, a device or a "
            + "FIFO); give the checkpoint file that --checkpoint wrote");
      }
      if (Files.size(file) > MAX_CHECKPOINT_BYTES) {
        throw new BadInputException("cannot resume from '" + file + "': larger than "
            + (MAX_CHECKPOINT_BYTES >> 20) + " MiB, not a checkpoint this command writes");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException("cannot resume from '" + file + "': no such file");
    } catch (IOException | OutOfMemoryError e) {
      throw new BadInputException("cannot resume from '" + file + "': " + e);
    }
    try {
      return SearchCheckpoint.fromBytes(bytes);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("cannot resume from '" + file + "': " + e.getMessage());
    }
  }

  private static String stopText(SearchResult r, long maxEvaluations) {
    SearchProgress last = r.history().get(r.history().size() - 1);
    String why = switch (r.stopReason()) {
      case EVALUATIONS -> "it reached --evaluations " + maxEvaluations;
      case STALLED -> "epsilon progress did not change for " + "the last --stall-generations generations";
      case CANCELLED -> "it was cancelled";
    };
    return String.format(Locale.ROOT, "stopped after %d generations and %d evaluations because %s; hypervolume "
        + "%s, epsilon progress %d, archive %d plans%s", r.generations(), r.evaluations(), why,
        TextTable.number(last.hypervolume()), last.epsilonProgress(), last.archiveSize(),
        r.feasible() ? "" : " (none feasible)");
  }

  /** The plans in a fixed order: by their objectives, then by their levers. */
  static List<Candidate> sorted(List<Candidate> set) {
    Comparator<Candidate> c = (a, b) -> {
      int k = Arrays.compare(a.objectives().toArray(), b.objectives().toArray());
      return k != 0 ? k : Arrays.compare(a.x().toArray(), b.x().toArray());
    };
    List<Candidate> out = new ArrayList<>(set);
    out.sort(c);
    return out;
  }

  /**
   * The chosen plan's index: {@code --export-plan}, or the plan with the highest satisficing share (if the problem
   * has one), then the best value of the setup's preferred objective, then the first in the table.
   */
  int chosen(SearchSetup setup, List<Candidate> plans) {
    if (exportPlan != null) {
      if (exportPlan > plans.size()) {
        throw new BadInputException("--export-plan " + exportPlan + ": the Pareto set has " + plans.size()
            + " plans; give 1 to " + plans.size());
      }
      return exportPlan - 1;
    }
    int sat = setup.problem().objectives().indexOf(CityProblem.SATISFICING);
    int best = 0;
    for (int i = 1; i < plans.size(); i++) {
      double[] a = plans.get(i).objectives().toArray();
      double[] bb = plans.get(best).objectives().toArray();
      int k = sat < 0 ? 0 : Double.compare(a[sat], bb[sat]);
      if (k == 0) {
        k = Double.compare(a[setup.preferred()], bb[setup.preferred()]);
      }
      if (k < 0) {
        best = i;
      }
    }
    return best;
  }

  /** The objective definition an objective of the search scores, or empty for the satisficing share. */
  static Optional<Objective> definition(CityProblem problem, String objective) {
    String base = objective.contains("/") ? objective.substring(0, objective.lastIndexOf('/')) : objective;
    return problem.objectiveDefinitions().stream().filter(o -> o.name().equals(base)).findFirst();
  }

  /**
   * An objective's value as a reader expects it, in its natural sign: maximised ones not negated, the satisficing
   * share positive; of a worst-future problem, whose directions are reversed, the minimised ones not negated.
   */
  static double natural(CityProblem problem, int j, double v) {
    Optional<Objective> d = definition(problem, problem.objectives().get(j));
    boolean maximised = d.map(o -> o.sense() == Sense.MAXIMISE).orElse(true);
    boolean negated = problem.kind() == CityProblem.Kind.WORST_FUTURE ? !maximised : maximised;
    return negated ? -v : v;
  }

  /** An objective's unit: its indicator's, or {@code share} for the satisficing share. */
  static String unit(CityProblem problem, int j) {
    return definition(problem, problem.objectives().get(j)).map(o -> o.indicator().unit()).orElse("share");
  }

  private static String leverUnit(Decision d) {
    return d instanceof Decision.StartYear ? "year" : "1";
  }

  private static String leverText(Decision d, double v) {
    return d instanceof Decision.StartYear || d instanceof Decision.CarriedOut
        ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.3f", v);
  }

  /**
   * The variables of each row: a plan's levers, or a worst future's uncertain parameters (to four decimals).
   *
   * @param rowName the first column's name: {@code plan} or {@code future}
   */
  static String leverTable(SearchSetup setup, List<Candidate> plans, String rowName) {
    List<String> header = new ArrayList<>(List.of(rowName));
    header.addAll(setup.shortNames());
    TextTable t = new TextTable(header);
    List<Decision> ds = setup.problem().decisions();
    boolean worst = setup.problem().kind() == CityProblem.Kind.WORST_FUTURE;
    for (int i = 0; i < plans.size(); i++) {
      List<Object> row = new ArrayList<>(List.of(Integer.toString(i + 1)));
      double[] x = plans.get(i).x().toArray();
      for (int k = 0; k < x.length; k++) {
        row.add(worst ? String.format(Locale.ROOT, "%.4f", x[k]) : leverText(ds.get(k), x[k]));
      }
      t.row(row);
    }
    return t.toString();
  }

  /**
   * The worst futures' uncertain parameters: a key {@code u1}, {@code u2}, ... per parameter with its path and range,
   * then one row per future with each parameter's value (four decimals) under its key, so that the table stays
   * narrow for many parameters.
   */
  static String futureTable(SearchSetup setup, List<Candidate> futures) {
    List<io.xinlu.decision.Variable> vs = setup.problem().variables();
    TextTable key = new TextTable(List.of("key", "uncertain parameter", "range"));
    List<String> header = new ArrayList<>(List.of("future"));
    for (int k = 0; k < vs.size(); k++) {
      io.xinlu.decision.Variable v = vs.get(k);
      key.row("u" + (k + 1), v.name(), "[" + TextTable.number(v.lower()) + ", " + TextTable.number(v.upper()) + "]");
      header.add("u" + (k + 1));
    }
    TextTable t = new TextTable(header);
    for (int i = 0; i < futures.size(); i++) {
      List<Object> row = new ArrayList<>(List.of(Integer.toString(i + 1)));
      for (double x : futures.get(i).x().toArray()) {
        row.add(String.format(Locale.ROOT, "%.4f", x));
      }
      t.row(row);
    }
    return key + "\n" + t;
  }

  static String objectiveTable(SearchSetup setup, List<Candidate> plans, boolean violations, String rowName) {
    CityProblem p = setup.problem();
    List<String> header = new ArrayList<>(List.of(rowName));
    for (int j = 0; j < p.objectives().size(); j++) {
      String u = unit(p, j);
      header.add(p.objectives().get(j) + (u.equals("share") ? " (%)" : " (" + TextTable.shownUnit(u) + ")"));
    }
    boolean worst = p.kind() == CityProblem.Kind.WORST_FUTURE;
    if (!worst) {
      header.add("violation");
    }
    if (violations) {
      header.addAll(p.constraints());
    }
    TextTable t = new TextTable(header);
    for (int i = 0; i < plans.size(); i++) {
      Candidate c = plans.get(i);
      List<Object> row = new ArrayList<>(List.of(Integer.toString(i + 1)));
      for (int j = 0; j < p.objectives().size(); j++) {
        double v = natural(p, j, c.objectives().get(j));
        row.add(unit(p, j).equals("share") ? String.format(Locale.ROOT, "%.1f", 100 * v)
            : String.format(Locale.ROOT, "%.3f", v));
      }
      if (!worst) {
        row.add(TextTable.number(c.totalViolation()));
      }
      if (violations) {
        for (int k = 0; k < c.violations().length(); k++) {
          row.add(TextTable.number(c.violations().get(k)));
        }
      }
      t.row(row);
    }
    return t.toString();
  }

  /** The convergence history as io's table ({@link Tables#convergence}). */
  static Table convergence(List<SearchProgress> history) {
    return Tables.convergence(history.stream().map(g -> new Tables.Generation(g.generation(), g.evaluations(),
        g.hypervolume(), g.epsilonProgress(), g.archiveSize(), g.feasible())).toList());
  }

  /**
   * The robustness table of the Pareto set ({@link CityProblem#robustnessTable}) as io's table
   * ({@link Tables#robustness}), the plans named as in the Pareto-set table ({@code plan-1}, ...).
   */
  static Table robustness(CityProblem problem, List<Candidate> plans) {
    List<double[]> xs = plans.stream().map(c -> c.x().toArray()).toList();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      names.add("plan-" + (i + 1));
    }
    return Tables.robustness(problem.robustnessTable(xs), names);
  }

  private void putTable(Map<String, byte[]> files, Metadata m, String name, Table table) {
    files.put(name + ".csv", utf8(CsvExport.toCsv(m, table)));
    if (output.format == OutputOptions.Format.json) {
      files.put(name + ".json", utf8(JsonExport.toJson(m, List.of(table))));
    }
  }

  /**
   * The two charts as PNG: parallel coordinates of the plans' levers and objectives, and the trade-off of the first
   * two objective definitions (CO2 in 2030 against GDP) in the reference future, with the hand-written scenarios
   * evaluated by the same objectives; the chosen plan highlighted in both.
   */
  static Map<String, byte[]> charts(SearchSetup setup, List<Candidate> plans, int chosen) {
    CityProblem p = setup.problem();
    List<ParetoCharts.Axis> axes = new ArrayList<>();
    List<Decision> ds = p.decisions();
    for (int k = 0; k < ds.size(); k++) {
      axes.add(ParetoCharts.Axis.lever(setup.shortNames().get(k), leverUnit(ds.get(k))));
    }
    List<Integer> shown = new ArrayList<>();
    for (int j = 0; j < p.objectives().size(); j++) {
      String name = p.objectives().get(j);
      String u = unit(p, j);
      boolean max = definition(p, name).map(o -> o.sense() == Sense.MAXIMISE).orElse(true);
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (Candidate c : plans) {
        lo = Math.min(lo, c.objectives().get(j));
        hi = Math.max(hi, c.objectives().get(j));
      }
      shown.add(j);
      String unit = u.equals("share") ? "%" : TextTable.shownUnit(u);
      axes.add(max ? ParetoCharts.Axis.maximised(name, unit) : ParetoCharts.Axis.minimised(name, unit));
    }
    List<double[]> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      Candidate c = plans.get(i);
      double[] row = new double[axes.size()];
      double[] x = c.x().toArray();
      System.arraycopy(x, 0, row, 0, x.length);
      for (int s = 0; s < shown.size(); s++) {
        int j = shown.get(s);
        double v = natural(p, j, c.objectives().get(j));
        row[x.length + s] = unit(p, j).equals("share") ? 100 * v : v;
      }
      rows.add(row);
      labels.add("plan " + (i + 1));
    }
    Objective ox = p.objectiveDefinitions().get(setup.tradeOff()[0]);
    Objective oy = p.objectiveDefinitions().get(setup.tradeOff()[1]);
    double[][] xy = new double[plans.size()][];
    for (int i = 0; i < plans.size(); i++) {
      Run run = p.referenceRun(plans.get(i).x().toArray());
      xy[i] = new double[] {ox.value(run), oy.value(run)};
    }
    Map<String, double[]> marked = new LinkedHashMap<>();
    for (String s : setup.marked()) {
      Run run = Engine.run(p.model(), s);
      marked.put(s, new double[] {ox.value(run), oy.value(run)});
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    try {
      files.put("pareto-parallel.png", ChartFiles.png(ParetoCharts.parallelCoordinates(axes, rows, labels,
          Optional.of(labels.get(chosen)), ChartLabels.english())));
      // the axes name the objectives alone; the title says once that the values are the reference future's
      XYChart tradeOff = ParetoCharts.tradeOff(ox.name(), TextTable.shownUnit(ox.indicator().unit()), oy.name(),
          TextTable.shownUnit(oy.indicator().unit()), xy, marked, OptionalInt.of(chosen), ChartLabels.english());
      tradeOff.setTitle(tradeOff.getTitle() + ", reference future");
      files.put("pareto-tradeoff.png", ChartFiles.png(tradeOff));
    } catch (IOException e) {
      throw new IllegalStateException("cannot render the search's charts: " + e.getMessage(), e);
    }
    return files;
  }

  /**
   * Parallel coordinates of the worst futures as PNG: one axis per uncertain parameter, then one per objective in its
   * natural sign and direction (better end at the top, so the worst futures lie low), no future highlighted.
   */
  static byte[] worstFutureChart(SearchSetup setup, List<Candidate> futures) {
    CityProblem p = setup.problem();
    List<ParetoCharts.Axis> axes = new ArrayList<>();
    for (String name : setup.shortNames()) {
      axes.add(ParetoCharts.Axis.lever(name, "1"));
    }
    for (int j = 0; j < p.objectives().size(); j++) {
      Objective o = p.objectiveDefinitions().get(j);
      String unit = TextTable.shownUnit(o.indicator().unit());
      axes.add(o.sense() == Sense.MAXIMISE ? ParetoCharts.Axis.maximised(o.name(), unit)
          : ParetoCharts.Axis.minimised(o.name(), unit));
    }
    List<double[]> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      Candidate c = futures.get(i);
      double[] x = c.x().toArray();
      double[] row = Arrays.copyOf(x, axes.size());
      for (int j = 0; j < p.objectives().size(); j++) {
        row[x.length + j] = natural(p, j, c.objectives().get(j));
      }
      rows.add(row);
      labels.add("future " + (i + 1));
    }
    try {
      XYChart chart = ParetoCharts.parallelCoordinates(axes, rows, labels, ChartLabels.english());
      chart.setTitle("Worst futures of the plan (" + setup.label() + ")");
      return ChartFiles.png(chart);
    } catch (IOException e) {
      throw new IllegalStateException("cannot render the worst futures' chart: " + e.getMessage(), e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, Algorithm> algorithms() {
    Map<String, Algorithm> m = new LinkedHashMap<>();
    m.put("nsga2", Algorithm.NSGA2);
    m.put("nsga3", Algorithm.NSGA3);
    m.put("epsilon-moea", Algorithm.EPSILON_MOEA);
    m.put("epsilon-nsga2", Algorithm.EPSILON_NSGA2);
    return java.util.Collections.unmodifiableMap(m);
  }
}
