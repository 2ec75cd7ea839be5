package io.xinlu.benchmarks;

import io.xinlu.engine.CompiledScenario;
import io.xinlu.engine.Engine;
import io.xinlu.scenario.CityModel;
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
 * Compiling {@code synthetic(n, 20, 2050)}, scenario {@code all}, into flat arrays (resolution, validation of the
 * scenario against the model, the Leontief inverse): {@link Engine#compile(CityModel, String)} alone; the model is
 * built once in the setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CompileBenchmark {
  /** Sectors. */
  @Param({"10", "40", "100", "200"})
  public int n;

  private CityModel model;

  /** Builds the model once. */
  @Setup
  public void build() {
    model = SyntheticCity.model(n, 20, 2050);
  }

  /** One compilation; returned so that it is not eliminated. */
  @Benchmark
  public CompiledScenario compile() {
    return Engine.compile(model, "all");
  }
}
