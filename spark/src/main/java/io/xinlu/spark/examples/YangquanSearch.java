package io.xinlu.spark.examples;

import io.xinlu.decision.Candidate;
import io.xinlu.scenarios.YangquanDecisions;
import io.xinlu.search.Algorithm;
import io.xinlu.search.Search;
import io.xinlu.search.SearchResult;
import io.xinlu.spark.ProblemSource;
import io.xinlu.spark.SparkSearch;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Yangquan's robust search ({@link YangquanDecisions#robustProblem(int)}: twelve levers of the seed plan, CO2 in 2030,
 * GDP in 2035 and the peak of displaced workers by mean and 90th percentile, and the share of futures in which CO2
 * peaks by 2030) with epsilon-NSGA-II, its evaluations on Spark; with {@code --compare}, the same search on this
 * machine (2 threads), checked against the Spark search bit for bit (Pareto set, history, final checkpoint bytes),
 * and the time per generation of both. {@code --rounds N} runs both N times in the same JVM (later rounds on a warm
 * JIT and warm executor caches).
 *
 * <pre>
 * YangquanSearch [--master local[2]] [--futures 20] [--population 12] [--generations 4] [--partitions 4]
 *                [--seed 20261206] [--compare] [--rounds 1]
 * </pre>
 *
 * <p>See {@code docs/SPARK.md}, "Searching on Spark".
 *
 * @since 0.1.0
 */
public final class YangquanSearch {
  /** The epsilons of the seven objectives, in their units (Mt CO2, billion CNY, thousand workers, share). */
  static final double[] EPSILONS = {0.01, 0.01, 0.1, 0.1, 0.01, 0.01, 0.01};

  private YangquanSearch() {}

  private static Search.Builder settings(Search.Builder b, int population, int generations, long seed,
      List<Long> times) {
    long[] last = {System.nanoTime()};
    return b.algorithm(Algorithm.EPSILON_NSGA2).populationSize(population).epsilons(EPSILONS)
        .maxEvaluations((long) population * generations).seed(seed)
        .listener(p -> {
          long now = System.nanoTime();
          times.add(now - last[0]);
          last[0] = now;
        });
  }

  /**
   * Runs the search as {@link #main} does, printing to {@code out}; returns whether Spark and this machine agree
   * (true without {@code compare}).
   */
  public static boolean run(JavaSparkContext sc, int futures, int population, int generations, int partitions,
      long seed, boolean compare, int rounds, PrintStream out) {
    ProblemSource source = () -> YangquanDecisions.robustProblem(futures);
    out.printf(Locale.ROOT, "Yangquan robust search: 12 levers x %d futures, epsilon-NSGA-II, population %d, "
        + "%d generations, seed %d, %d partitions on %s%n", futures, population, generations, seed, partitions,
        sc.master());
    SearchResult spark = null;
    SearchResult local = null;
    for (int round = 1; round <= rounds; round++) {
      List<Long> sparkTimes = new ArrayList<>();
      spark = settings(SparkSearch.builder(sc, source, partitions), population, generations, seed, sparkTimes)
          .build().run();
      out.printf(Locale.ROOT, "round %d  Spark:          %s%n", round, describe(sparkTimes));
      if (compare) {
        List<Long> localTimes = new ArrayList<>();
        local = settings(Search.builder(YangquanDecisions.robustProblem(futures)), population, generations, seed,
            localTimes).threads(2).build().run();
        out.printf(Locale.ROOT, "round %d  single machine: %s (2 threads)%n", round, describe(localTimes));
        out.printf(Locale.ROOT, "round %d  overhead per generation after the first: %.1f ms%n", round,
            (mean(sparkTimes) - mean(localTimes)) / 1e6);
      }
    }
    boolean same = true;
    if (local != null) {
      same = spark.paretoSet().equals(local.paretoSet()) && spark.history().equals(local.history())
          && Arrays.equals(spark.checkpoint().toBytes(), local.checkpoint().toBytes());
      out.println(same ? "Spark and single machine agree bit for bit (Pareto set, history, checkpoint bytes)"
          : "Spark and single machine DIFFER");
    }
    out.printf(Locale.ROOT, "%d plans in the Pareto set (%s), %d evaluations%n", spark.paretoSet().size(),
        spark.feasible() ? "feasible" : "none feasible: the closest", spark.evaluations());
    for (Candidate c : spark.paretoSet().subList(0, Math.min(3, spark.paretoSet().size()))) {
      out.printf(Locale.ROOT, "  CO2 2030 mean %.3f Mt, GDP 2035 mean %.1f bn CNY, displaced peak mean %.2f k%n",
          c.objectives().get(0), -c.objectives().get(2), c.objectives().get(4));
    }
    return same;
  }

  /** Generation 1's time, and the mean of the others, in milliseconds. */
  private static String describe(List<Long> nanos) {
    return String.format(Locale.ROOT, "generation 1 %8.1f ms, later generations %7.1f ms each (mean of %d)",
        nanos.get(0) / 1e6, mean(nanos) / 1e6, nanos.size() - 1);
  }

  /** The mean of the times after the first (the first includes building the problem); 0 if there are none. */
  private static double mean(List<Long> nanos) {
    return nanos.size() < 2 ? 0 : nanos.subList(1, nanos.size()).stream().mapToLong(Long::longValue).average()
        .orElse(0);
  }

  /** See the class description. Exits with 1 if {@code --compare} finds a difference. */
  public static void main(String[] args) {
    String master = null;
    int futures = 20;
    int population = 12;
    int generations = 4;
    int partitions = 4;
    long seed = 20261206L;
    boolean compare = false;
    int rounds = 1;
    for (int a = 0; a < args.length; a++) {
      switch (args[a]) {
        case "--master" -> master = args[++a];
        case "--futures" -> futures = Integer.parseInt(args[++a]);
        case "--population" -> population = Integer.parseInt(args[++a]);
        case "--generations" -> generations = Integer.parseInt(args[++a]);
        case "--partitions" -> partitions = Integer.parseInt(args[++a]);
        case "--seed" -> seed = Long.parseLong(args[++a]);
        case "--compare" -> compare = true;
        case "--rounds" -> rounds = Integer.parseInt(args[++a]);
        default -> throw new IllegalArgumentException("unknown argument '" + args[a] + "'; arguments: --master M, "
            + "--futures N, --population N, --generations N, --partitions N, --seed S, --compare, --rounds N");
      }
    }
    SparkConf conf = new SparkConf().setAppName("xinlu-yangquan-search").setIfMissing("spark.master", "local[2]")
        .setIfMissing("spark.ui.showConsoleProgress", "false");
    if (master != null) {
      conf.setMaster(master);
    }
    boolean same;
    long start = System.nanoTime();
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("WARN");
      System.out.printf(Locale.ROOT, "Spark %s context started in %.2f s%n", sc.version(),
          (System.nanoTime() - start) / 1e9);
      same = run(sc, futures, population, generations, partitions, seed, compare, rounds, System.out);
    }
    if (!same) {
      System.exit(1);
    }
  }
}
