package io.xinlu.benchmarks;

import io.xinlu.decision.RobustnessMetric;
import io.xinlu.decision.Robustness.Sense;
import io.xinlu.decision.city.CityProblem;
import io.xinlu.decision.city.Objective;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.search.Algorithm;
import io.xinlu.search.Search;
import io.xinlu.search.SearchResult;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sampling.UncertainParameter;
import java.util.List;
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
 * A robust search of {@code synthetic(40, 20, 2050)}, scenario {@code all}: NSGA-II with a population of 100 for
 * {@code evaluations} candidate plans (10,000 unless set, 100 generations), each evaluated over the same 200 futures
 * (a Latin hypercube, seed {@value #FUTURES_SEED}, of the four uncertain parameters of
 * {@code SyntheticCity.uncertainty(40, 20)} that no lever sets), on {@code threads} threads. The levers and
 * objectives are {@link #problem}'s. The measured time is {@link Search#run()}: 10,000 candidates are 2,000,000 runs,
 * one per future (the problem has no constraint and no regret from the reference future, so no candidate needs its
 * reference run). Meant to run with {@code -jvmArgsAppend -Xmx256m}; runs per second are
 * {@code 200 * evaluations / seconds}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class SearchBenchmark {
  /** The seed of the futures' Latin hypercube. */
  public static final long FUTURES_SEED = 20261207L;
  /** The seed of the search. */
  public static final long SEARCH_SEED = 18L;
  /** The population of NSGA-II. */
  public static final int POPULATION = 100;
  /** The objectives' epsilons (CO2 Mt, GDP billion CNY, displaced workers thousand persons): a 1 % grid or so. */
  static final double[] EPSILONS = {1.0, 10.0, 1.0};

  /** Candidate plans evaluated by the search. */
  @Param({"10000"})
  public int evaluations;

  /** Threads evaluating candidates. */
  @Param({"1", "2"})
  public int threads;

  /** Futures per candidate. */
  @Param({"200"})
  public int futures;

  private CityProblem problem;

  /**
   * The benchmark's robust problem on {@code synthetic(40, 20, 2050)}, scenario {@code all}, with 21 levers over the
   * strategy and its projects: the intensity of {@code all-projects} in [0.5, 1]; the scale of {@code p0}..{@code p9}
   * in [0.5, 1.5]; the start of {@code p10}..{@code p14} in 2021-2030; whether {@code p15}..{@code p19} are carried
   * out. Objectives: CO2 in 2050 (minimised), GDP in 2050 (maximised) and the peak of displaced workers (minimised),
   * each by its mean over {@code n} futures of the uncertain parameters of {@link #futureSpace}.
   */
  public static CityProblem problem(int n) {
    CityModel city = SyntheticCity.model(40, 20, 2050);
    CityProblem.Builder b = CityProblem.builder(city, "all")
        .lever("strategy/" + SyntheticCity.STRATEGY + "/intensity", 0.5, 1.0);
    for (int k = 0; k < 10; k++) {
      b.lever("project/p" + k + "/scale", 0.5, 1.5);
    }
    for (int k = 10; k < 15; k++) {
      b.lever("project/p" + k + "/start", 2021, 2030);
    }
    for (int k = 15; k < 20; k++) {
      b.lever("project/p" + k + "/carried-out", 0, 1);
    }
    ParameterSpace space = futureSpace();
    return b.objective(Objective.inYear(Indicators.co2(), 2050, Sense.MINIMISE))
        .objective(Objective.inYear(Indicators.gdp(), 2050, Sense.MAXIMISE))
        .objective(Objective.peak(Indicators.displacedWorkers(), Sense.MINIMISE))
        .metrics(RobustnessMetric.mean())
        .futures(space, n, FUTURES_SEED)
        .build();
  }

  /**
   * The uncertain parameters of {@code SyntheticCity.uncertainty(40, 20)} without the strategy's intensity (a
   * lever here): the growth of {@code s6}, the intensity decline of {@code s0}, the macro shock and the
   * re-employment rate.
   */
  public static ParameterSpace futureSpace() {
    List<UncertainParameter> kept = SyntheticCity.uncertainty(40, 20).parameters().stream()
        .filter(u -> !u.name().startsWith("strategy/"))
        .toList();
    return ParameterSpace.of(kept);
  }

  /** The search of {@code evaluations} candidates on {@code threads} threads. */
  public static Search search(CityProblem problem, int evaluations, int threads) {
    return Search.builder(problem)
        .algorithm(Algorithm.NSGA2)
        .populationSize(POPULATION)
        .epsilons(EPSILONS)
        .maxEvaluations(evaluations)
        .seed(SEARCH_SEED)
        .threads(threads)
        .build();
  }

  /**
   * A random plan of a problem: each variable uniform in its range, whole numbers for integer and binary ones.
   */
  public static double[] randomPlan(CityProblem problem, java.util.SplittableRandom random) {
    List<io.xinlu.decision.Variable> vars = problem.variables();
    double[] x = new double[vars.size()];
    for (int i = 0; i < x.length; i++) {
      io.xinlu.decision.Variable v = vars.get(i);
      double u = v.lower() + random.nextDouble() * (v.upper() - v.lower());
      x[i] = v.accepts(u) ? u : Math.min(v.upper(), Math.floor(u + 0.5));
    }
    return x;
  }

  /** Builds the problem (and its futures). */
  @Setup
  public void build() {
    problem = problem(futures);
  }

  /** The whole search; its result is returned so that it is not eliminated. */
  @Benchmark
  public SearchResult search() {
    return search(problem, evaluations, threads).run();
  }
}
