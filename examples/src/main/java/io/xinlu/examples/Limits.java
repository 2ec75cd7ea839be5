package io.xinlu.examples;

import io.xinlu.scenarios.SyntheticCity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongUnaryOperator;

/**
 * What a request on the command line may ask for: hard caps where time is the bound, and estimates of the memory
 * a request needs, checked against the heap before anything is allocated, so that a request too large ends in exit
 * 2 and the largest size that fits, never in an {@link OutOfMemoryError} or a run of hours.
 *
 * <p>The estimates follow what the code allocates (see each method) and are meant to be on the safe side; the
 * figures in the README were measured against them with {@code -Xmx512m}. Stateless and thread-safe.
 */
final class Limits {
  /**
   * Sectors of the synthetic city: building and compiling it inverts an N x N Leontief matrix more than once, in
   * time that grows with N^3 (1000 sectors took about 3 s on two cores, 2000 sectors 30 s).
   */
  static final int MAX_SECTORS = 1000;
  /** Projects of the synthetic city: 100,000 took about 3 s to build and run. */
  static final int MAX_PROJECTS = 100_000;
  /** Worker threads: more only add threads waiting for the same cores ({@link ThreadsOption}). */
  static final int MAX_THREADS = 256;
  /** Bootstrap resamples: 1,000 to 10,000 are usual; see also {@link #MAX_BOOTSTRAP_WORK}. */
  static final int MAX_BOOTSTRAP = 100_000;
  /**
   * The bootstrap's work, resamples x base points x (k + 2): each resample passes over the base points and their k + 2
   * outcomes on one thread. 4 x 10^9 ({@code sensitivity --city synthetic --base 5714 --bootstrap 100000}) took 16 to
   * 24 s in all on two shared cores, 2 to 3 s of it the runs.
   */
  static final long MAX_BOOTSTRAP_WORK = 4_000_000_000L;
  /** Fewest bootstrap resamples for a 95 % interval: each 2.5 % tail needs a resample (core's {@code Bootstrap}). */
  static final int MIN_BOOTSTRAP = 40;
  /** Memory kept free for everything not estimated (the JVM's own, the output text): 32 MiB. */
  static final long RESERVE = 32L << 20;
  /** Bytes per cell of a quantile sketch of one indicator in one year (about 2,000 buckets of 8 bytes). */
  static final long SKETCH_BYTES = 16_384;
  /** Bytes of one reference and of an array's header (on the safe side: without compressed pointers). */
  private static final long REF = 8;
  private static final long HEADER = 16;

  private Limits() {}

  /**
   * The bytes a request may use: the heap's maximum less what is in use now (after a collection, so that garbage
   * does not count) and a {@link #RESERVE}, of which 80 % (a collector needs room to move large arrays).
   */
  static long available() {
    Runtime rt = Runtime.getRuntime();
    rt.gc();
    long used = rt.totalMemory() - rt.freeMemory();
    return Math.max(0, (long) (0.8 * (rt.maxMemory() - used - RESERVE)));
  }

  /** The heap's maximum in MiB, for messages. */
  static long maxHeapMiB() {
    return Runtime.getRuntime().maxMemory() >> 20;
  }

  /** A {@code double[k]} as an object: header and values, rounded up to 8 bytes, and the reference to it. */
  static long row(long k) {
    return align(HEADER + 8 * k) + REF;
  }

  private static long align(long bytes) {
    return (bytes + 7) / 8 * 8;
  }

  /**
   * A built, compiled synthetic city (or any model of that size) and one run of it: N x N matrices (the input-output
   * coefficients, their copies and the Leontief inverse, six in all), the yearly arrays per sector, and per project
   * its objects and its ramp over the years. Measured: synthetic(1000, 3, 2035) needs 51 MB of heap in all,
   * synthetic(5, 100000, 2035) 75 MB, synthetic(5, 10000, 3020) 123 MB.
   */
  static long modelBytes(long sectors, long projects, long years) {
    return 48 * sectors * sectors + 64 * sectors * years + projects * (700 + 16 * years) + (1L << 20);
  }

  /** One run in flight on a worker thread: its yearly arrays per sector and per project. */
  static long runBytes(long sectors, long projects, long years) {
    return 128 * sectors * years + 32 * projects * years + 65_536;
  }

  /**
   * The scenario files that {@code export} writes of a synthetic city: the input-output table as text and as the
   * tree it is written from, about 200 bytes per coefficient (measured: 191 MB of heap for 1000 sectors).
   */
  static long exportBytes(long sectors, long projects, long years) {
    return modelBytes(sectors, projects, years) + 200 * sectors * sectors + 2_000 * projects;
  }

  /**
   * Bytes per run of an ensemble's held design on the command line: core materialises the design (the unit-cube
   * matrix, {@code 8k} bytes a run), maps it to a {@code double[runs][k]} and the ensemble's builder copies that (two
   * rows a run). A design worked out run by run (Sobol) holds nothing per run: {@code k = 0}.
   */
  static long ensembleBytesPerRun(int k) {
    return k == 0 ? 0 : 8L * k + 2 * row(k);
  }

  /**
   * An ensemble of {@code runs} runs over {@code k} held parameters (0 for a design worked out run by run): the design ({@link #ensembleBytesPerRun}), one run in
   * flight per busy thread, and the quantile sketches of every indicator and year in each block summary in flight
   * (two per thread and the merged one).
   */
  static long ensembleBytes(long runs, int k, long cells, int threads, long runBytes) {
    long busy = Math.min(threads, (runs + 255) / 256);
    return runs * ensembleBytesPerRun(k) + busy * runBytes + cells * (2L * threads + 2) * SKETCH_BYTES;
  }

  /**
   * A Sobol analysis with a Saltelli design of {@code base} points over {@code k} parameters, {@code base (k + 2)}
   * runs: the Sobol points of 2k dimensions (flat and as rows), the base samples A and B (as rows and flat), the
   * design's points as rows, the kept outcome of every run (four arrays: the whole part, the first block's, the
   * result's copy and the copy handed out), one run in flight per busy thread, and the bootstrap's 2k replicates per
   * resample and a sorted copy.
   */
  static long sensitivityBytes(long base, int k, long bootstrap, int threads, long runBytes) {
    long runs = base * (k + 2);
    long busy = Math.min(threads, (runs + 255) / 256);
    long design = base * (16L * k + row(2L * k) + 2 * row(k) + 16L * k + 4) + runs * (row(k) + 4 * 8);
    return design + busy * runBytes + bootstrap * (16L * k + 8);
  }

  /**
   * The largest {@code x} in {@code [lo, hi]} whose need fits the budget, or {@code lo - 1} if none does; the need
   * must not decrease as {@code x} grows.
   */
  static long largest(LongUnaryOperator need, long lo, long hi, long budget) {
    if (need.applyAsLong(lo) > budget) {
      return lo - 1;
    }
    long a = lo;
    long b = hi;
    while (a < b) {
      long mid = a + (b - a + 1) / 2;
      if (need.applyAsLong(mid) <= budget) {
        a = mid;
      } else {
        b = mid - 1;
      }
    }
    return a;
  }

  /** Megabytes, for messages: {@code 1,234 MB}. */
  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", (bytes + 999_999) / 1_000_000);
  }

  /** What to say after a refusal: how to give Java more memory. */
  static String moreMemory() {
    return "or give Java more memory (the maximum heap is now " + maxHeapMiB() + " MiB), such as JAVA_OPTS=-Xmx8g "
        + "./xinlu ...";
  }

  /**
   * Checks the size of a synthetic city against the caps and the memory: {@code need} gives the bytes of a city of
   * N sectors, M projects and Y years.
   *
   * @param what how the size was given, such as {@code --size 5,3,2035}
   * @throws BadInputException if N or M is above its cap, or the city does not fit the budget; the message names
   *     the largest N (and M) that fit
   */
  static void checkSynthetic(String what, int sectors, int projects, int endYear, long budget, Need need) {
    if (sectors > MAX_SECTORS) {
      throw new BadInputException(String.format(Locale.ROOT, "%s asks for %d sectors: at most %d (building the "
          + "city inverts an N x N matrix in time that grows with N^3: %d sectors take about 3 s)", what, sectors,
          MAX_SECTORS, MAX_SECTORS));
    }
    if (projects > MAX_PROJECTS) {
      throw new BadInputException(String.format(Locale.ROOT, "%s asks for %d projects: at most %d (%d projects "
          + "take about 3 s to build and run)", what, projects, MAX_PROJECTS, MAX_PROJECTS));
    }
    long years = Math.max(1, (long) endYear - SyntheticCity.BASE_YEAR + 1);
    long bytes = need.bytes(sectors, projects, years);
    if (bytes <= budget) {
      return;
    }
    long n = largest(x -> need.bytes(x, projects, years), 1, sectors, budget);
    long m = largest(x -> need.bytes(sectors, x, years), 0, projects, budget);
    StringBuilder fit = new StringBuilder();
    if (n >= 1) {
      fit.append("the largest N that fits with M = ").append(projects).append(" is ").append(n);
    }
    if (m >= 0) {
      fit.append(fit.length() > 0 ? "; " : "").append("the largest M that fits with N = ").append(sectors)
          .append(" is ").append(m);
    }
    if (fit.length() == 0) {
      fit.append("a smaller end year T may fit");
    }
    throw new BadInputException(String.format(Locale.ROOT, "%s needs about %s of memory, more than the %s "
        + "available: %s; %s", what, mb(bytes), mb(budget), fit, moreMemory()));
  }

  /**
   * Checks a count option against a hard maximum and against the memory it needs.
   *
   * @param option the option as typed, such as {@code --runs}
   * @param value its value
   * @param min the smallest valid value (checked by the caller; the search for the largest that fits starts here)
   * @param max the largest value the code can take whatever the memory (an array's length), with {@code why}
   * @param need the bytes a value needs; must not decrease as the value grows
   * @throws BadInputException naming the option, the memory needed and available, and the largest value that fits
   */
  static void checkCount(String option, long value, long min, long max, String why, LongUnaryOperator need,
      long budget) {
    if (value <= max && need.applyAsLong(value) <= budget) {
      return;
    }
    List<String> reasons = new ArrayList<>();
    if (value > max) {
      reasons.add("at most " + max + " " + why);
    }
    long bytes = need.applyAsLong(value);
    if (bytes > budget) {
      reasons.add("it needs about " + mb(bytes) + " of memory, more than the " + mb(budget) + " available");
    }
    long fits = largest(need, min, Math.min(value, max), budget);
    throw new BadInputException(String.format(Locale.ROOT, "%s %d is too large: %s; %s; %s", option, value,
        String.join(", and ", reasons), fits >= min ? "the largest " + option + " that fits is " + fits
            : "not even " + option + " " + min + " fits", moreMemory()));
  }

  /** The bytes of a synthetic city of a given size. */
  @FunctionalInterface
  interface Need {
    long bytes(long sectors, long projects, long years);
  }
}
