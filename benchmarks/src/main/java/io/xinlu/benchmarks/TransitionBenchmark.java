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
 * What the just-transition accounts cost ({@code docs/MODEL.md}, sections 20 to 22): a run of the plain
 * {@code synthetic(n, 20, endYear)}, scenario {@code all}, as {@link RunBenchmark#run} measures it
 * ({@link #plainRun}); a run of {@link SyntheticCity#withTransition} (the same city with price paths, public
 * finance, a labour market with wages and closure projects) whose accounts are not asked for ({@link #transitionRun});
 * and one that asks for every account in every year ({@link #transitionRunWithAccounts}): GDP at current prices
 * (prices), budget revenue (budget), stranded value (stranded assets), the cohorts' pool of displaced workers
 * (cohorts) and the wage bill (wages), so that each account is worked out. Both scenarios are compiled once in the
 * setup. The accounts one at a time ({@link #transitionRunWithPrices}, {@link #transitionRunWithBudget},
 * {@link #transitionRunWithStranded}, {@link #transitionRunWithCohorts}) show where the time goes. Like for like,
 * {@link #plainRunWithResults} and {@link #transitionRunWithResultsAndAccounts} time each run with everything it
 * gives read in every year: the plain city's five published results, and the transition city's same five results
 * and every account. With {@code -prof gc}, {@code gc.alloc.rate.norm} gives the bytes allocated per run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TransitionBenchmark {
  /** Sectors; 40 is the reference of {@code docs/PERFORMANCE.md}. */
  @Param({"40"})
  public int n;

  /** The horizon's end; 2050 is the reference. */
  @Param({"2050"})
  public int endYear;

  private CompiledScenario plain;
  private CompiledScenario transition;

  /** Compiles both scenarios once. */
  @Setup
  public void compile() {
    plain = Engine.compile(SyntheticCity.model(n, 20, endYear), "all");
    transition = Engine.compile(SyntheticCity.withTransition(n, 20, endYear), "all");
  }

  /** One run of the plain city, as {@link RunBenchmark#run}; the run is returned so that it is not eliminated. */
  @Benchmark
  public Run plainRun() {
    return plain.run();
  }

  /** One run of the city with the transition inputs, no account asked for; the run is returned. */
  @Benchmark
  public Run transitionRun() {
    return transition.run();
  }

  /**
   * One run of the city with the transition inputs, reading GDP at current prices, budget revenue, stranded value,
   * the cohorts' pool and the wage bill in every year; their sum is returned so that nothing is eliminated.
   */
  @Benchmark
  public double transitionRunWithAccounts() {
    Run run = transition.run();
    return readAccounts(run);
  }

  /** One run of the city with the transition inputs and its GDP at current prices in every year: the prices. */
  @Benchmark
  public double transitionRunWithPrices() {
    Run run = transition.run();
    double sum = 0;
    for (int t = run.baseYear(); t <= run.endYear(); t++) {
      sum += run.gdpCurrent(t);
    }
    return sum;
  }

  /** One run and its budget revenue in every year: the budget, which needs the prices. */
  @Benchmark
  public double transitionRunWithBudget() {
    Run run = transition.run();
    double sum = 0;
    for (int t = run.baseYear(); t <= run.endYear(); t++) {
      sum += run.budgetRevenue(t);
    }
    return sum;
  }

  /** One run and its stranded value in every year: the stranded-asset account. */
  @Benchmark
  public double transitionRunWithStranded() {
    Run run = transition.run();
    double sum = 0;
    for (int t = run.baseYear(); t <= run.endYear(); t++) {
      sum += run.strandedValue(t);
    }
    return sum;
  }

  /** One run and its cohorts' pool and wage bill in every year: the cohort account, wages included. */
  @Benchmark
  public double transitionRunWithCohorts() {
    Run run = transition.run();
    double sum = 0;
    for (int t = run.baseYear(); t <= run.endYear(); t++) {
      sum += run.cohortPool(t) + run.wageBill(t);
    }
    return sum;
  }

  /**
   * One run of the plain city, reading in every year the five results it publishes (the checksums of
   * {@code xinlu synthetic}): value added, energy, CO2, employment and displaced workers, city totals. The plain run
   * with its results, the reference of the like-for-like comparison with {@link #transitionRunWithResultsAndAccounts}.
   */
  @Benchmark
  public double plainRunWithResults() {
    return readResults(plain.run());
  }

  /**
   * One run of the city with the transition inputs, reading in every year the same five results and every account
   * as {@link #transitionRunWithAccounts} reads them: the run with everything it gives, against
   * {@link #plainRunWithResults}.
   */
  @Benchmark
  public double transitionRunWithResultsAndAccounts() {
    Run run = transition.run();
    return readResults(run) + readAccounts(run);
  }

  /** The sum of every year's value added, energy, CO2, employment and displaced workers (city totals). */
  static double readResults(Run run) {
    double sum = 0;
    for (int t = run.baseYear(); t <= run.endYear(); t++) {
      sum += run.total(Quantity.VALUE_ADDED, t) + run.total(Quantity.ENERGY, t) + run.total(Quantity.CO2, t)
          + run.total(Quantity.EMPLOYMENT, t) + run.total(Quantity.DISPLACED_WORKERS, t);
    }
    return sum;
  }

  /** The sum of every year's GDP at current prices, revenue, stranded value, cohorts' pool and wage bill. */
  static double readAccounts(Run run) {
    double sum = 0;
    for (int t = run.baseYear(); t <= run.endYear(); t++) {
      sum += run.gdpCurrent(t) + run.budgetRevenue(t) + run.strandedValue(t) + run.cohortPool(t) + run.wageBill(t);
    }
    return sum;
  }
}
