package io.xinlu.examples;

import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.io.results.Metadata;
import io.xinlu.io.results.Tables;
import io.xinlu.indicator.Indicator;
import io.xinlu.uncertainty.ensemble.Ensemble;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sensitivity.Bootstrap;
import io.xinlu.uncertainty.sensitivity.SaltelliDesign;
import io.xinlu.uncertainty.sensitivity.SobolAnalysis;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xinlu sensitivity}: Sobol indices of an indicator in a year, Saltelli design on a Sobol sequence. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = {"Estimates the first-order (S1) and total (ST) Sobol indices of an indicator in a year over the "
        + "city's uncertain parameters (the same as the ensemble command's), with a Saltelli design on a Sobol "
        + "sequence of N base points (N(k + 2) runs for k parameters) and bootstrap intervals."})
final class SensitivityCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin CityOptions cityOptions;
  @Mixin OutputOptions output;

  @Mixin ScenarioOption scenario;

  @Option(names = {"-i", "--indicator"}, defaultValue = "co2", paramLabel = "ID",
      description = "the indicator id (default: ${DEFAULT-VALUE})")
  String indicator;

  @Option(names = {"-y", "--year"}, paramLabel = "YEAR", description = "the year (default: the end year)")
  Integer year;

  @Option(names = {"-b", "--base"}, defaultValue = "512", paramLabel = "N",
      description = "Saltelli base points N, at least 2 (default: ${DEFAULT-VALUE})")
  int base;

  @Option(names = "--bootstrap", defaultValue = "200", paramLabel = "B",
      description = "bootstrap resamples for the 95 %% intervals: 0 for none, else 40 to 100000 "
          + "(default: ${DEFAULT-VALUE})")
  int bootstrap;

  @Mixin SeedOption seed;
  @Mixin ThreadsOption threadsOption;
  @Mixin ProgressOption progress;

  @Override
  public Integer call() {
    if (base < 2) {
      throw new BadInputException("--base must be at least 2, got " + base);
    }
    if (bootstrap != 0 && (bootstrap < Limits.MIN_BOOTSTRAP || bootstrap > Limits.MAX_BOOTSTRAP)) {
      throw new BadInputException("--bootstrap " + bootstrap + ": give 0 (no intervals) or at least "
          + Limits.MIN_BOOTSTRAP + " (each 2.5 % tail of a 95 % interval needs a resample) and at most "
          + Limits.MAX_BOOTSTRAP + " resamples (each is a pass over the base points; 1,000 to 10,000 are usual)");
    }
    int threads = threadsOption.value();
    output.check();
    City city = cityOptions.resolve();
    String sc = scenario.of(city);
    Run probe = city.run(sc);
    Indicator ind = city.indicators(List.of(indicator), probe).get(0);
    int y = City.years(year == null ? null : new int[] {year}, new int[] {probe.endYear()}, probe)[0];
    ParameterSpace space = city.space();
    Parameterization p = EnsembleCommand.parameterization(city, sc, space);
    int k = space.parameters().size();
    if (2 * k > Designs.SOBOL_MAX_DIMENSION) {
      throw new BadInputException("sensitivity needs a Sobol sequence of 2k dimensions, at most "
          + Designs.SOBOL_MAX_DIMENSION + "; city " + city.name() + " has k = " + k + " uncertain parameters, give "
          + "at most " + Designs.SOBOL_MAX_DIMENSION / 2);
    }
    long runBytes = city.runBytes(probe);
    Limits.checkCount("--base", base, 2, (Integer.MAX_VALUE - 8) / (2L * k + 2), "for " + k + " uncertain "
        + "parameters (the design is one array of N(k + 2) runs)",
        n -> Limits.sensitivityBytes(n, k, bootstrap, threads, runBytes), Limits.available());
    long work = (long) bootstrap * base * (k + 2);
    if (work > Limits.MAX_BOOTSTRAP_WORK) {
      long b = Limits.MAX_BOOTSTRAP_WORK / ((long) base * (k + 2));
      throw new BadInputException(String.format(Locale.ROOT, "--bootstrap %d with --base %d and %d uncertain "
          + "parameters is too much work: resamples x base points x (k + 2) = %,d, at most %,d (about 20 s); %s",
          bootstrap, base, k, work, Limits.MAX_BOOTSTRAP_WORK, b >= Limits.MIN_BOOTSTRAP
              ? "the largest --bootstrap for this --base is " + b
              : "with --bootstrap " + bootstrap + " the largest --base is " + Limits.MAX_BOOTSTRAP_WORK
                  / ((long) bootstrap * (k + 2)) + ", or give --bootstrap 0 for no intervals"));
    }
    SaltelliDesign saltelli = SaltelliDesign.sobol(space.parameterNames(), base);
    Ensemble.Builder eb = Ensemble.builder(p).design(saltelli, space).threads(threads).keep(ind, y);
    progress.bar(spec.commandLine().getErr(), "sensitivity").ifPresent(eb::listener);
    EnsembleResult r = eb.build().run();
    double[] outcomes = r.outcomes(ind.id(), y);
    SobolAnalysis s = bootstrap > 0 ? SobolAnalysis.of(saltelli, outcomes, Bootstrap.of(bootstrap, seed.value()))
        : SobolAnalysis.of(saltelli, outcomes);

    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "Sobol indices of %s (%s) in %d, %s scenario %s: %d base points, %d runs%s%n", ind.id(), ind.unit(), y,
        city.label(), sc, base, r.runs(), bootstrap > 0 ? ", 95 % bootstrap intervals (" + bootstrap + ")" : ""));
    TextTable t = new TextTable("parameter", "S1", "S1 low", "S1 high", "ST", "ST low", "ST high");
    for (SobolAnalysis.Index i : s.indices()) {
      t.row(i.factor(), fixed(i.firstOrder()), i.firstOrderInterval().map(c -> fixed(c.lower())).orElse("-"),
          i.firstOrderInterval().map(c -> fixed(c.upper())).orElse("-"), fixed(i.total()),
          i.totalInterval().map(c -> fixed(c.lower())).orElse("-"),
          i.totalInterval().map(c -> fixed(c.upper())).orElse("-"));
    }
    text.append(t);
    Metadata m = Metadata.of(probe.profileName(), List.of(sc)).withSeed(seed.value());
    output.emit(spec.commandLine().getOut(), text.toString(), m, List.of(Tables.sobol(s)));
    return 0;
  }

  private static String fixed(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
