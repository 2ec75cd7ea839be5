package io.xinlu.examples;

import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.io.results.Metadata;
import io.xinlu.io.results.Table;
import io.xinlu.io.results.Tables;
import io.xinlu.indicator.Indicator;
import io.xinlu.uncertainty.ensemble.Ensemble;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.ensemble.Summary;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xinlu ensemble}: many runs of a scenario over the city's uncertain parameters, summarised. */
@Command(name = "ensemble", mixinStandardHelpOptions = true,
    description = {"Runs an ensemble of a scenario over the uncertain parameters of a catalogue city or of scenario "
        + "files (their 'uncertainty' section) and prints the mean and quantiles of indicators by year, and the "
        + "probability of each target.",
        "yangquan: the triangular ranges of Yangquan.uncertainties() on scenario seed-plan; synthetic: five "
            + "parameters (a sector's growth, sector s0's intensity decline, the macro shock, the strategy's "
            + "intensity, the re-employment rate) on scenario all."})
final class EnsembleCommand implements Callable<Integer> {
  /** Designs; lower case, as typed on the command line. */
  enum DesignKind { lhs, mc, sobol }

  /** The indicators shown when none are given. */
  static final List<String> DEFAULT_INDICATORS = List.of("co2", "gdp", "displaced-workers");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin CityOptions cityOptions;
  @Mixin OutputOptions output;

  @Mixin ScenarioOption scenario;

  @Option(names = {"-d", "--design"}, defaultValue = "lhs", paramLabel = "DESIGN",
      description = "the design: ${COMPLETION-CANDIDATES}: Latin hypercube, Monte Carlo, Sobol sequence "
          + "(default: ${DEFAULT-VALUE})")
  DesignKind design;

  @Option(names = {"-n", "--runs"}, defaultValue = "1000", paramLabel = "RUNS",
      description = "the number of runs (default: ${DEFAULT-VALUE})")
  int runs;

  @Mixin SeedOption seed;
  @Mixin ThreadsOption threadsOption;
  @Mixin IndicatorsOption indicators;
  @Mixin YearsOption years;
  @Mixin ProgressOption progress;

  @Override
  public Integer call() {
    int minRuns = design == DesignKind.lhs ? 2 : 1;
    if (runs < minRuns) {
      throw new BadInputException("--runs must be at least " + minRuns + " for the " + design + " design"
          + (design == DesignKind.lhs ? " (a Latin hypercube has one point per stratum, at least two strata)" : "")
          + ", got " + runs);
    }
    int threads = threadsOption.value();
    output.check();
    City city = cityOptions.resolve();
    String sc = scenario.of(city);
    Run probe = city.run(sc);
    List<Indicator> chosen = indicators.of(city, probe, DEFAULT_INDICATORS);
    int[] ys = years.of(probe);
    ParameterSpace space = city.space();
    Parameterization p = parameterization(city, sc, space);
    int k = space.parameters().size();
    long runBytes = city.runBytes(probe);
    long cells = (long) chosen.size() * ys.length;
    // a Sobol design is worked out run by run (nothing held per run); the other designs are held whole
    boolean held = design != DesignKind.sobol;
    Limits.checkCount("--runs", runs, minRuns, held ? (Integer.MAX_VALUE - 8) / k : Integer.MAX_VALUE,
        held ? "for " + k + " uncertain parameters (the design is one array of runs x parameters)"
            : "(the largest number of runs an ensemble counts)",
        n -> Limits.ensembleBytes(n, held ? k : 0, cells, threads, runBytes), Limits.available());
    Ensemble.Builder b = Ensemble.builder(p);
    switch (design) {
      case lhs -> b.design(Designs.latinHypercube(k, runs, seed.value()), space);
      case mc -> b.design(Designs.monteCarlo(k, runs, seed.value()), space);
      case sobol -> b.sobol(space, runs, 1);
    }
    b.threads(threads).indicators(chosen).years(ys);
    b.targets(city.targets());
    progress.bar(spec.commandLine().getErr(), "ensemble").ifPresent(b::listener);
    EnsembleResult r = b.build().run();

    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s, scenario %s: %d runs, %s design, %d "
        + "uncertain parameters%s (shares in %%)%n", city.label(), sc, r.runs(), design, k,
        design == DesignKind.sobol ? "" : ", seed " + seed.value()));
    TextTable t = new TextTable("indicator", "unit", "year", "mean", "sd", "q05", "q25", "median", "q75", "q95");
    for (Indicator i : chosen) {
      for (int y : ys) {
        Summary s = r.summary(i.id(), y);
        List<Object> row = new ArrayList<>(List.of(i.id(), TextTable.shownUnit(i.unit()), Integer.toString(y)));
        List<Double> values = new ArrayList<>();
        for (double v : List.of(s.mean(), s.standardDeviation(), s.quantile(0.05), s.quantile(0.25), s.median(),
            s.quantile(0.75), s.quantile(0.95))) {
          values.add(TextTable.shown(v, i.unit()));
        }
        row.addAll(TextTable.sameDecimals(values));
        t.row(row);
      }
    }
    text.append(t);
    Table probabilities = Tables.targetProbabilities(r);
    if (!r.targets().isEmpty()) {
      TextTable pt = new TextTable("target", "probability met");
      for (int i = 0; i < r.targets().size(); i++) {
        pt.row(r.targets().get(i).id(), String.format(Locale.ROOT, "%.3f", r.targetProbability(i)));
      }
      text.append("\nTargets\n").append(pt);
    }
    Metadata m = Metadata.of(probe.profileName(), List.of(sc)).withSeed(design == DesignKind.sobol
        ? "none (Sobol sequence)" : Long.toString(seed.value()));
    output.emit(spec.commandLine().getOut(), text.toString(), m, List.of(Tables.ensemble(r), probabilities));
    return 0;
  }

  static Parameterization parameterization(City city, String scenario, ParameterSpace space) {
    try {
      return Parameterization.of(city.model(), scenario, space.parameterNames());
    } catch (IllegalArgumentException e) {
      throw new BadInputException("the uncertain parameters of " + city.name() + " do not apply to scenario '"
          + scenario + "': " + e.getMessage() + "; use scenario " + city.policy());
    }
  }
}
