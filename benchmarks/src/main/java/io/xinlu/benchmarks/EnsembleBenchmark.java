package io.xinlu.benchmarks;

import io.xinlu.engine.Parameterization;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.uncertainty.ensemble.Ensemble;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.sampling.Design;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An ensemble of {@code runs} (100,000 unless set) runs of {@code synthetic(40, 20, 2050)}, scenario {@code all},
 * over a Latin hypercube of the five uncertain parameters of the uncertainty study
 * ({@code SyntheticCity.uncertainty(40, 20)}), summarising CO2 in every year of the horizon. The design is drawn in the setup; the measured time is {@link Ensemble#run()}: for each run,
 * applying the parameters, compiling, running and summarising. Meant to run with {@code -jvmArgsAppend -Xmx256m}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class EnsembleBenchmark {
  /** Runs in the ensemble; other counts show how time and heap scale with the runs. */
  @Param({"100000"})
  public int runs;

  /** The seed of the Latin hypercube (the study's seed). */
  public static final long SEED = 20261128L;

  /** Worker threads of the ensemble. */
  @Param({"1", "2"})
  public int threads;

  private Ensemble ensemble;

  /** The five uncertain parameters of the uncertainty study. */
  static ParameterSpace space() {
    return SyntheticCity.uncertainty(40, 20);
  }

  /** Builds the ensemble: the model, its parameterisation and the Latin hypercube. */
  @Setup
  public void build() {
    CityModel city = SyntheticCity.model(40, 20, 2050);
    ParameterSpace space = space();
    Parameterization p = Parameterization.of(city, "all", space.parameterNames());
    Design lhs = Designs.latinHypercube(space.parameters().size(), runs, SEED);
    ensemble = Ensemble.builder(p).design(lhs, space).threads(threads).indicators(Indicators.co2()).build();
  }

  /** The whole ensemble; the result (streaming summaries) is returned so that it is not eliminated. */
  @Benchmark
  public EnsembleResult ensemble() {
    return ensemble.run();
  }
}
