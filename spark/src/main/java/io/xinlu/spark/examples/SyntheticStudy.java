package io.xinlu.spark.examples;

import io.xinlu.indicator.Indicators;
import io.xinlu.indicator.Target;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.spark.SparkStudy;
import io.xinlu.spark.Study;
import io.xinlu.spark.StudyResult;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A national-style study in miniature: {@code cities} synthetic cities that differ in size ({@code synthetic(n, m,
 * 2035)} with 6 to 24 sectors and 2 to 10 projects), each with a lever grid of 3 strategy intensities by 2
 * re-employment rates and a Latin hypercube of {@code samples} draws of three uncertain parameters, summarising CO2,
 * GDP and displaced workers in 2025, 2030 and 2035 and the probability that CO2 peaks by 2030. It runs the study on Spark, then (with
 * {@code --compare}) on this machine with core's ensemble on 2 threads, checks that the two agree bit for bit and
 * prints both throughputs; {@code --rounds N} repeats both N times in the same JVM, so that later rounds run on a
 * warm JIT and warm executor caches.
 *
 * <pre>
 * SyntheticStudy [--master local[2]] [--cities 50] [--samples 256] [--partitions 8] [--block 128] [--compare]
 *                [--rounds 1]
 * </pre>
 *
 * <p>Under {@code spark-submit} the master comes from {@code --master} of spark-submit and {@code --master} here may
 * be left out. See {@code docs/SPARK.md}.
 *
 * @since 0.1.0
 */
public final class SyntheticStudy {
  /** The horizon's end of every city. */
  public static final int END_YEAR = 2035;

  /** The first Latin hypercube's seed; city {@code i} uses {@code SEED + i}. */
  public static final long SEED = 20261128L;

  private SyntheticStudy() {}

  /** The id of city {@code i}: {@code synthetic-<n>-<m>}. */
  public static String cityId(int i) {
    return "synthetic-" + sectors(i) + "-" + projects(i);
  }

  private static int sectors(int i) {
    return 6 + 2 * (i % 10);
  }

  private static int projects(int i) {
    return 2 + 2 * ((i / 10) % 5);
  }

  /** The levers and uncertain parameters, the same for every city. */
  public static ParameterSpace space() {
    return ParameterSpace.builder()
        .lever("strategy/all-projects/intensity", 0.0, 0.5, 1.0)
        .lever("reemployment-rate", 0.3, 0.7)
        .parameter("macro-shock", Distribution.uniform(-0.005, 0.005))
        .parameter("sector/s0/growth", Distribution.triangular(0.0, 0.02, 0.04))
        .parameter("sector/s1/intensity-decline", Distribution.triangular(0.0, 0.02, 0.05))
        .build();
  }

  /**
   * The study: {@code cities} cities (at most 50 different sizes, then they repeat with other seeds), 6 lever
   * combinations each, {@code samples} runs per combination, blocks of {@code blockSize} runs.
   */
  public static Study study(int cities, int samples, int blockSize) {
    ParameterSpace space = space();
    Study.Builder b = Study.builder();
    for (int i = 0; i < cities; i++) {
      int n = sectors(i);
      int m = projects(i);
      String id = i < 50 ? cityId(i) : cityId(i) + "-" + i;
      b.city(id, () -> SyntheticCity.model(n, m, END_YEAR), "all", space,
          Designs.latinHypercube(space.parameters().size(), samples, SEED + i));
    }
    return b.setup(sb -> sb.indicators(Indicators.co2(), Indicators.gdp(), Indicators.displacedWorkers()).years(2025, 2030, END_YEAR)
            .targets(Target.peakBy(Indicators.co2(), 2030)))
        .blockSize(blockSize)
        .build();
  }

  /**
   * Runs the study as {@link #main} does, printing to {@code out}: {@code rounds} times on Spark and, with
   * {@code compare}, as often on this machine; returns whether Spark and this machine agree.
   */
  public static boolean run(JavaSparkContext sc, int cities, int samples, int partitions, int blockSize,
      boolean compare, int rounds, PrintStream out) {
    Study study = study(cities, samples, blockSize);
    out.printf(Locale.ROOT, "%s: %d cities x 6 lever settings x %d samples = %,d runs in %d cells, blocks of %d,"
        + " %d partitions on %s%n", "Synthetic study", cities, samples, study.runCount(), study.cellCount(), blockSize,
        partitions, sc.master());
    StudyResult spark = null;
    StudyResult local = null;
    for (int round = 1; round <= rounds; round++) {
      long t0 = System.nanoTime();
      long c0 = cpuNanos();
      spark = SparkStudy.run(sc, study, partitions);
      double sparkSeconds = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "round %d  Spark:          %7.2f s, %,9.0f runs/s, %6.1f s CPU (%.1f us per run)%n",
          round, sparkSeconds, study.runCount() / sparkSeconds, (cpuNanos() - c0) / 1e9,
          (cpuNanos() - c0) / 1e3 / study.runCount());
      if (compare) {
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        local = study.runLocally(2);
        double localSeconds = (System.nanoTime() - t1) / 1e9;
        out.printf(Locale.ROOT, "round %d  single machine: %7.2f s, %,9.0f runs/s, %6.1f s CPU (%.1f us per run; "
            + "core Ensemble, 2 threads)%n", round, localSeconds, study.runCount() / localSeconds,
            (cpuNanos() - c1) / 1e9, (cpuNanos() - c1) / 1e3 / study.runCount());
      }
    }
    boolean same = true;
    if (local != null) {
      for (int c = 0; c < spark.cells().size(); c++) {
        same &= spark.cells().get(c).result().rows().equals(local.cells().get(c).result().rows())
            && spark.cells().get(c).result().targetMet(0) == local.cells().get(c).result().targetMet(0);
      }
      out.println(same ? "Spark and single machine agree bit for bit in every cell"
          : "Spark and single machine DIFFER");
    }
    out.printf(Locale.ROOT, "%n%-16s %9s %8s %13s %12s %13s%n", "city", "intensity", "re-empl.", "CO2 2035 mean",
        "CO2 2035 q95", "displaced 2035");
    for (int i = 0; i < Math.min(cities, 2); i++) {
      for (StudyResult.Cell cell : spark.cells(study.cities().get(i))) {
        EnsembleResult r = cell.result();
        out.printf(Locale.ROOT, "%-16s %9.1f %8.1f %13.1f %12.1f %13.1f%n", cell.city(), cell.levers().get(0),
            cell.levers().get(1), r.summary("co2", END_YEAR).mean(), r.summary("co2", END_YEAR).quantile(0.95),
            r.summary("displaced-workers", END_YEAR).mean());
      }
    }
    return same;
  }

  /** The CPU time of this JVM (every thread, the JIT and the garbage collector included), or 0 if unknown. */
  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** See the class description. Exits with 1 if {@code --compare} finds a difference. */
  public static void main(String[] args) {
    String master = null;
    int cities = 50;
    int samples = 256;
    int partitions = 8;
    int block = 128;
    boolean compare = false;
    int rounds = 1;
    for (int a = 0; a < args.length; a++) {
      switch (args[a]) {
        case "--master" -> master = args[++a];
        case "--cities" -> cities = Integer.parseInt(args[++a]);
        case "--samples" -> samples = Integer.parseInt(args[++a]);
        case "--partitions" -> partitions = Integer.parseInt(args[++a]);
        case "--block" -> block = Integer.parseInt(args[++a]);
        case "--compare" -> compare = true;
        case "--rounds" -> rounds = Integer.parseInt(args[++a]);
        default -> throw new IllegalArgumentException("unknown argument '" + args[a] + "'; arguments: --master M, "
            + "--cities N, --samples N, --partitions N, --block N, --compare, --rounds N");
      }
    }
    SparkConf conf = new SparkConf().setAppName("xinlu-synthetic-study").setIfMissing("spark.master", "local[2]")
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
      same = run(sc, cities, samples, partitions, block, compare, rounds, System.out);
    }
    if (!same) {
      System.exit(1);
    }
  }
}
