package io.xinlu.examples;

import io.xinlu.engine.Parameterization;
import io.xinlu.indicator.Indicators;
import io.xinlu.indicator.Target;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.uncertainty.ensemble.Ensemble;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.ensemble.Summary;
import io.xinlu.uncertainty.sampling.Design;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sensitivity.Bootstrap;
import io.xinlu.uncertainty.sensitivity.SaltelliDesign;
import io.xinlu.uncertainty.sensitivity.SobolAnalysis;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The uncertainty study of {@code docs/UNCERTAINTY.md}: the synthetic city {@code synthetic(40, 20, 2050)}, scenario
 * {@code all}, five uncertain parameters; a 10,000-run Latin-hypercube ensemble gives the fan of CO2 by year and the
 * probability of a CO2 target, and a Saltelli design on a Sobol sequence gives the Sobol indices of
 * CO2 in 2050. Everything printed is a function of the seeds below.
 */
public final class EnsembleStudy {
  /** The seed of the Latin hypercube. */
  public static final long SEED = 20261128L;

  private EnsembleStudy() {}

  /** The five uncertain parameters ({@link SyntheticCity#uncertainty}). */
  public static ParameterSpace space() {
    return SyntheticCity.uncertainty(40, 20);
  }

  /** The target whose probability is estimated: CO2 at most 1,350 Mt in 2035. */
  public static Target target() {
    return Target.atMost(Indicators.co2(), 1350, 2035);
  }

  /** Runs the study with {@code runs} ensemble runs and {@code base} Saltelli base points, printing to {@code out}. */
  public static void run(int runs, int base, int threads, PrintStream out) {
    CityModel city = SyntheticCity.model(40, 20, 2050);
    ParameterSpace space = space();
    Parameterization p = Parameterization.of(city, "all", space.parameterNames());

    Design lhs = Designs.latinHypercube(space.parameters().size(), runs, SEED);
    EnsembleResult fan = Ensemble.builder(p).design(lhs, space).threads(threads)
        .indicators(Indicators.co2()).years(2020, 2025, 2030, 2035, 2040, 2045, 2050).targets(target())
        .build().run();
    out.printf(Locale.ROOT, "CO2 of synthetic(40, 20, 2050), scenario all, %d runs (Mt CO2)%n", fan.runs());
    out.printf(Locale.ROOT, "%6s %9s %9s %9s %9s %9s %9s%n", "year", "mean", "q05", "q25", "median", "q75", "q95");
    for (int y : fan.years()) {
      Summary s = fan.summary("co2", y);
      out.printf(Locale.ROOT, "%6d %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f%n", y, s.mean(), s.quantile(0.05),
          s.quantile(0.25), s.median(), s.quantile(0.75), s.quantile(0.95));
    }
    out.printf(Locale.ROOT, "P(%s) = %.4f%n", target().id(), fan.targetProbability(0));

    SaltelliDesign saltelli = SaltelliDesign.sobol(space.parameterNames(), base);
    EnsembleResult s = Ensemble.builder(p).design(saltelli, space).threads(threads)
        .keep(Indicators.co2(), 2050).build().run();
    SobolAnalysis indices = SobolAnalysis.of(saltelli, s.outcomes("co2", 2050), Bootstrap.of(200, SEED));
    out.printf(Locale.ROOT, "Sobol indices of CO2 in 2050 (%d base points, %d runs; 95 %% bootstrap intervals)%n",
        base, s.runs());
    out.printf(Locale.ROOT, "%-32s %8s %19s %8s %19s%n", "parameter", "S1", "S1 interval", "ST", "ST interval");
    for (SobolAnalysis.Index i : indices.indices()) {
      out.printf(Locale.ROOT, "%-32s %8.3f [%8.3f, %8.3f] %8.3f [%8.3f, %8.3f]%n", i.factor(), i.firstOrder(),
          i.firstOrderInterval().orElseThrow().lower(), i.firstOrderInterval().orElseThrow().upper(), i.total(),
          i.totalInterval().orElseThrow().lower(),
          i.totalInterval().orElseThrow().upper());
    }
  }

  /** {@code EnsembleStudy [runs] [base] [threads]}: defaults 10,000 runs, 2,048 base points, 2 threads. */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int base = args.length > 1 ? Integer.parseInt(args[1]) : 2048;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    long start = System.nanoTime();
    run(runs, base, threads, System.out);
    System.err.printf(Locale.ROOT, "study took %.2f s%n", (System.nanoTime() - start) / 1e9);
  }
}
