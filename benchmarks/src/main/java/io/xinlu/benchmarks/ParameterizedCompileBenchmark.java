package io.xinlu.benchmarks;

import io.xinlu.engine.CompiledScenario;
import io.xinlu.engine.Parameterization;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.ParameterSpace;
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
 * What an ensemble does per run before running: {@link Parameterization#compile(double[])} of
 * {@code synthetic(n, 20, 2050)}, scenario {@code all}, with the five uncertain parameters of the ensemble benchmark,
 * cycling through 1,024 points of a Latin hypercube drawn in the setup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParameterizedCompileBenchmark {
  private static final int POINTS = 1024;

  /** Sectors. */
  @Param({"40"})
  public int n;

  private Parameterization parameterization;
  private double[][] points;
  private int next;

  /** Opens the scenario for the parameters and draws the points. */
  @Setup
  public void build() {
    ParameterSpace space = EnsembleBenchmark.space();
    parameterization = Parameterization.of(SyntheticCity.model(n, 20, 2050), "all", space.parameterNames());
    points = Designs.latinHypercube(space.parameters().size(), POINTS, EnsembleBenchmark.SEED).values(space);
  }

  /** One compilation with the next point's values; returned so that it is not eliminated. */
  @Benchmark
  public CompiledScenario compile() {
    double[] values = points[next];
    next = (next + 1) % POINTS;
    return parameterization.compile(values);
  }
}
