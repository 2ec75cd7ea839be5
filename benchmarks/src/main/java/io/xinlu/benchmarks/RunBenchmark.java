package io.xinlu.benchmarks;

import io.xinlu.engine.CompiledScenario;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.scenarios.SyntheticCity;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One run of a compiled {@code synthetic(n, 20, endYear)}, scenario {@code all}: the time of
 * {@link CompiledScenario#run()} alone (compiling happens once in the setup), and of a run whose labour transition
 * is then asked for ({@link #runWithLabour}), which a run works out at the first request of a labour quantity, and
 * of a run whose CO2 totals are read ({@link #runWithCo2}). With
 * {@code -prof gc}, {@code gc.alloc.rate.norm} gives the bytes allocated per run; comparing {@code endYear} 2030 and
 * 2050 shows how allocation grows with the horizon.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RunBenchmark {
  /** Sectors. */
  @Param({"10", "40", "100", "200"})
  public int n;

  /** The horizon's end; 2050 is the reference, 2030 shows allocation versus horizon. */
  @Param({"2030", "2050"})
  public int endYear;

  private CompiledScenario compiled;

  /** Compiles the scenario once. */
  @Setup
  public void compile() {
    compiled = Engine.compile(SyntheticCity.model(n, 20, endYear), "all");
  }

  /** One run; the run is returned so that it is not eliminated. */
  @Benchmark
  public Run run() {
    return compiled.run();
  }

  /** One run and its jobs lost by year, which works out the labour transition; the series is returned. */
  @Benchmark
  public double[] runWithLabour() {
    return compiled.run().totalSeries(Quantity.JOBS_LOST);
  }

  /**
   * One run and its CO2 total in every year, read as an ensemble summarising CO2 reads it (each value derived and
   * checked on access); the series is returned.
   */
  @Benchmark
  public double[] runWithCo2() {
    return compiled.run().totalSeries(Quantity.CO2);
  }
}
