package io.xinlu.benchmarks;

import io.xinlu.decision.Candidate;
import io.xinlu.decision.city.CityProblem;
import io.xinlu.search.Algorithm;
import io.xinlu.search.Search;
import io.xinlu.search.SearchResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The robust search's load check and a plain timing of its evaluations, on {@link SearchBenchmark#problem}.
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/xinlu-benchmarks.jar io.xinlu.benchmarks.SearchLoad search [evaluations] [threads]
 * java -cp benchmarks/target/xinlu-benchmarks.jar io.xinlu.benchmarks.SearchLoad evaluate [candidates] [rounds]
 * </pre>
 *
 * <p>{@code search} runs {@link SearchBenchmark#search} of {@code evaluations} candidates (10,000 unless told) on
 * {@code threads} threads (2), and prints the heap after a full collection ({@code System.gc()}, then
 * {@link MemoryMXBean#getHeapMemoryUsage()}) before the search and every tenth of its generations, the time, the
 * runs per second and the Pareto set's size. {@code evaluate} times {@link CityProblem#evaluate} on one thread for
 * {@code rounds} rounds of {@code candidates} random candidates each (a fixed seed), after one round of warm-up, and
 * prints each round's candidates and runs per second: the cost of a candidate without the algorithm.
 */
public final class SearchLoad {
  private SearchLoad() {}

  /** Runs the check; see the class description for the arguments. */
  public static void main(String[] args) {
    String what = args.length > 0 ? args[0] : "search";
    if (what.equals("evaluate")) {
      evaluate(args.length > 1 ? Integer.parseInt(args[1]) : 500, args.length > 2 ? Integer.parseInt(args[2]) : 5);
    } else {
      search(args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 10_000,
          args.length > 2 ? Integer.parseInt(args[2]) : 2);
    }
  }

  private static void evaluate(int candidates, int rounds) {
    CityProblem problem = SearchBenchmark.problem(200);
    int runsPerCandidate = problem.futures().length;
    SplittableRandom random = new SplittableRandom(1);
    double[] objectives = new double[problem.objectives().size()];
    double[] violations = new double[problem.constraints().size()];
    double check = 0;
    for (int round = 0; round <= rounds; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < candidates; i++) {
        double[] x = SearchBenchmark.randomPlan(problem, random);
        problem.evaluate(x, objectives, violations);
        check += objectives[0];
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "%s %d candidates in %.2f s: %.1f candidates/s, %.0f runs/s%n",
          round == 0 ? "warm-up" : "round " + round, candidates, seconds, candidates / seconds,
          candidates * (double) runsPerCandidate / seconds);
    }
    System.out.println("check " + check);
  }

  private static void search(int evaluations, int threads) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.out.printf(Locale.ROOT, "max heap %.1f MB, %d candidates, %d threads%n",
        Runtime.getRuntime().maxMemory() / 1e6, evaluations, threads);
    CityProblem problem = SearchBenchmark.problem(200);
    int runsPerCandidate = problem.futures().length;
    int generations = evaluations / SearchBenchmark.POPULATION;
    long[] start = new long[1];
    System.out.printf(Locale.ROOT, "generation 0, 0 candidates: heap after GC %.1f MB%n", heapAfterGc(memory) / 1e6);
    Search search = Search.builder(problem)
        .algorithm(Algorithm.NSGA2)
        .populationSize(SearchBenchmark.POPULATION)
        .epsilons(SearchBenchmark.EPSILONS)
        .maxEvaluations(evaluations)
        .seed(SearchBenchmark.SEARCH_SEED)
        .threads(threads)
        .listener(p -> {
          if (p.generation() % Math.max(1, generations / 10) == 0) {
            double seconds = (System.nanoTime() - start[0]) / 1e9;
            System.out.printf(Locale.ROOT, "generation %d, %d candidates, %.1f s: heap after GC %.1f MB, "
                + "hypervolume %.6g, archive %d%n", p.generation(), p.evaluations(), seconds,
                heapAfterGc(memory) / 1e6, p.hypervolume(), p.archiveSize());
          }
        })
        .build();
    start[0] = System.nanoTime();
    SearchResult r = search.run();
    double seconds = (System.nanoTime() - start[0]) / 1e9;
    long done = r.history().get(r.history().size() - 1).evaluations();
    System.out.printf(Locale.ROOT, "%d candidates (%d runs) in %.1f s: %.0f runs/s; Pareto set of %d%n", done,
        done * runsPerCandidate, seconds, done * runsPerCandidate / seconds, r.paretoSet().size());
    Candidate first = r.paretoSet().get(0);
    System.out.println("first plan " + first.x() + " -> "
        + first.objectives());
  }

  private static long heapAfterGc(MemoryMXBean memory) {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
