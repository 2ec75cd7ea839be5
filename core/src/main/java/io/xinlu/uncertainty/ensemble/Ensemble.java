package io.xinlu.uncertainty.ensemble;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Target;
import io.xinlu.internal.LinearAlgebra;
import io.xinlu.internal.SobolSequence;
import io.xinlu.uncertainty.sampling.Design;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sensitivity.SaltelliDesign;
import io.xinlu.uncertainty.sensitivity.SobolAnalysis;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.jspecify.annotations.Nullable;

/**
 * Runs a scenario over a design of parameter values, in parallel, and summarises indicators and targets as the runs
 * come in: mean, standard deviation, extremes and quantiles of every indicator in every chosen year, and the
 * probability of meeting every target, in memory that does not grow with the number of runs. Keeping each run's
 * outcomes is opt-in ({@link Builder#keep}).
 *
 * <pre>{@code
 * Parameterization p = Parameterization.of(model, "plan", List.of("sector/coal/growth", "project/btr/delay"));
 * double[][] values = {{-0.03, 0}, {-0.05, 2}, {-0.01, 1}};   // one row per run, one column per parameter
 * EnsembleResult r = Ensemble.builder(p)
 *     .design(values)
 *     .indicators(Indicators.co2(), Indicators.gdp())
 *     .targets(Target.peakBy(Indicators.co2(), 2030))
 *     .threads(2)
 *     .build()
 *     .run();
 * Summary co2In2035 = r.summary("co2", 2035);
 * double pPeak = r.targetProbability(0);
 * }</pre>
 *
 * <p><b>Determinism.</b> Runs are split into fixed blocks by index; each block is summarised on one thread in index
 * order, and blocks are merged in block order. The result is therefore bit-identical whatever the number of threads
 * or the executor. The same blocks are open to other engines: {@link #runBlock(int)} summarises one block into an
 * {@link EnsemblePart}, and parts appended in block order to {@link #emptyPart()} give, through
 * {@link #result(EnsemblePart)}, the bits of {@link #run()}, wherever the blocks ran. Runs themselves are pure
 * ({@link io.xinlu.engine.CompiledScenario#run()}); randomness lives only in the design, which is a function of its
 * seed.
 *
 * <p>An ensemble is immutable and may be {@link #run()} several times; each call is independent.
 *
 * @since 0.1.0
 */
public final class Ensemble {
  /** The quantile levels summarised when none are given. */
  public static final double[] DEFAULT_QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.95};

  private final Parameterization parameterization;
  private final Rows design;
  private final ImmutableList<Indicator> indicators;
  private final int[] years;
  private final ImmutableList<Target> targets;
  private final ImmutableList<Kept> kept;
  private final double[] quantiles;
  private final double accuracy;
  private final int threads;
  private final @Nullable ExecutorService executor;
  private final int blockSize;
  private final ProgressListener listener;
  private final Cancellation cancellation;

  /** An indicator and year whose outcome is kept for every run. */
  record Kept(Indicator indicator, int year) {}

  /** The design's rows: held in memory, or worked out run by run. Immutable and thread-safe. */
  private interface Rows {
    /** The number of runs. */
    int size();

    /** The parameter values of run {@code i}; the caller does not change them. */
    double[] row(int i);
  }

  /** A design held in memory, one row per run. */
  private record Held(double[][] rows) implements Rows {
    @Override
    public int size() {
      return rows.length;
    }

    @Override
    public double[] row(int i) {
      return rows[i];
    }
  }

  /**
   * Points {@code skip .. skip + n - 1} of the Sobol sequence mapped through the distributions, each worked out when
   * its run starts: the coordinates of point {@code i} are the XOR of the direction integers for the bits of
   * {@code i ^ (i >> 1)}, which are the bits {@link Designs#sobol(int, int, long)} gets by updating the previous
   * point, and each is mapped as {@link Design#values} maps it. Holds the direction integers only.
   */
  private static final class StreamedSobol implements Rows {
    private final int n;
    private final long skip;
    private final long[][] directions;
    private final Distribution[] distributions;

    StreamedSobol(ParameterSpace space, int n, long skip) {
      this.n = n;
      this.skip = skip;
      int k = space.parameters().size();
      directions = new long[k][];
      distributions = new Distribution[k];
      for (int j = 0; j < k; j++) {
        directions[j] = SobolSequence.directions(j);
        distributions[j] = space.parameters().get(j).distribution();
      }
    }

    @Override
    public int size() {
      return n;
    }

    @Override
    public double[] row(int i) {
      long index = skip + i;
      long gray = index ^ (index >>> 1);
      double[] out = new double[directions.length];
      for (int j = 0; j < out.length; j++) {
        long[] v = directions[j];
        long x = 0;
        for (int b = 0; b < SobolSequence.BITS; b++) {
          if ((gray >>> b & 1) != 0) {
            x ^= v[b];
          }
        }
        out[j] = distributions[j].inverseCdf(x * 0x1.0p-52);
      }
      return out;
    }
  }

  private Ensemble(Builder b) {
    this.parameterization = b.parameterization;
    this.design = checkNotNull(b.design, "design"); // build() checked it
    this.indicators = ImmutableList.copyOf(b.indicators);
    this.years = b.years;
    this.targets = ImmutableList.copyOf(b.targets);
    this.kept = ImmutableList.copyOf(b.kept);
    this.quantiles = b.quantiles;
    this.accuracy = b.accuracy;
    this.threads = b.threads;
    this.executor = b.executor;
    this.blockSize = b.blockSize;
    this.listener = b.listener;
    this.cancellation = b.cancellation;
  }

  /** A builder for an ensemble of a parameterised scenario. */
  public static Builder builder(Parameterization parameterization) {
    return new Builder(parameterization);
  }

  /** The number of runs. */
  public int size() {
    return design.size();
  }

  /**
   * Runs the ensemble: the blocks in parallel, appended in block order to {@link #emptyPart()}, then
   * {@link #result(EnsemblePart)}.
   *
   * @throws EnsembleException if a run fails: the first failing run in index order, with its parameter values
   * @throws CancellationException if the {@link Cancellation} was set
   */
  public EnsembleResult run() {
    int n = design.size();
    int blocks = blockCount();
    EnsemblePart whole = emptyPart();
    ExecutorService exec = executor != null ? executor : Executors.newFixedThreadPool(threads, daemons());
    int window = 2 * (executor != null ? Math.max(threads, 1) : threads);
    Deque<Future<EnsemblePart>> pending = new ArrayDeque<>();
    try {
      int next = 0;
      while (next < blocks && pending.size() < window) {
        int b = next++;
        pending.add(exec.submit(() -> block(b)));
      }
      while (!pending.isEmpty()) {
        EnsemblePart done = await(pending.poll(), pending);
        whole.append(done);
        listener.progress(whole.runs(), n);
        if (cancellation.isCancelled()) {
          pending.forEach(f -> f.cancel(true));
          throw new CancellationException("ensemble cancelled after " + whole.runs() + " of " + n + " runs");
        }
        if (next < blocks) {
          int b = next++;
          pending.add(exec.submit(() -> block(b)));
        }
      }
    } finally {
      if (executor == null) {
        exec.shutdownNow();
      }
    }
    return result(whole);
  }

  /** The number of blocks: the runs divided by the block size, rounded up (0 for an empty design). */
  public int blockCount() {
    // in long: the runs plus a block less one may pass the largest int
    return (int) ((design.size() + (long) blockSize - 1) / blockSize);
  }

  /** The number of runs per block (the last block may have fewer): the unit of parallel work and of merging. */
  public int blockSize() {
    return blockSize;
  }

  /**
   * Runs one block on the calling thread: runs {@code block * blockSize()} to {@code (block + 1) * blockSize() - 1}
   * (fewer in the last block), in index order. This is what {@link #run()} does on its threads; a distributed engine
   * calls it on its workers, brings the parts back and appends them in block order to {@link #emptyPart()}.
   *
   * @throws IndexOutOfBoundsException if {@code block} is not in {@code [0, blockCount())}
   * @throws EnsembleException if a run fails, naming its index and parameter values
   */
  public EnsemblePart runBlock(int block) {
    if (block < 0 || block >= blockCount()) {
      throw new IndexOutOfBoundsException("block " + block + " is not in [0, " + blockCount() + ") (" + design.size()
          + " runs in blocks of " + blockSize + ")");
    }
    return block(block);
  }

  /** An empty part at block 0, to which the parts of blocks 0, 1, 2, ... are appended in order. */
  public EnsemblePart emptyPart() {
    return newPart(0, 0);
  }

  /**
   * The result of the whole ensemble from a part that covers every block, as {@link #run()} returns it.
   *
   * @throws IllegalArgumentException if the part does not cover blocks {@code [0, blockCount())} or comes from an
   *     ensemble of another shape
   */
  public EnsembleResult result(EnsemblePart whole) {
    checkArgument(whole.firstBlock() == 0 && whole.endBlock() == blockCount(),
        "the result needs a part that covers every block [0, %s); this one covers [%s, %s)", blockCount(),
        whole.firstBlock(), whole.endBlock());
    checkArgument(whole.runsInEnsemble() == design.size() && whole.blockSize() == blockSize
        && whole.summaries().length == indicators.size() * years.length && whole.met().length == targets.size()
        && whole.outcomes().length == kept.size(),
        "the part comes from another ensemble (%s runs in blocks of %s, %s summaries, %s targets, %s kept outcomes)",
        whole.runsInEnsemble(), whole.blockSize(), whole.summaries().length, whole.met().length,
        whole.outcomes().length);
    double[][] outcomes = new double[kept.size()][];
    for (int k = 0; k < outcomes.length; k++) {
      outcomes[k] = whole.outcomes()[k].clone();
    }
    return new EnsembleResult(parameterization, design.size(), indicators, years, targets, kept, quantiles,
        whole.summaries(), whole.met(), outcomes);
  }

  /** A part of blocks [first, end) with empty summaries; kept outcomes sized for every run when it starts at 0. */
  private EnsemblePart newPart(int first, int end) {
    long from = (long) first * blockSize;
    long to = Math.min(design.size(), (long) end * blockSize);
    int room = first == 0 ? design.size() : (int) (to - from);
    return new EnsemblePart(design.size(), blockSize, first, end, newSummaries(indicators.size() * years.length),
        new long[targets.size()], new double[kept.size()][room]);
  }

  private EnsemblePart block(int b) {
    int from = (int) ((long) b * blockSize);
    int to = (int) Math.min(design.size(), (long) from + blockSize);
    EnsemblePart acc = newPart(b, b + 1);
    StreamingSummary[] summaries = acc.summaries();
    long[] met = acc.met();
    double[][] outcomes = acc.outcomes();
    for (int i = from; i < to; i++) {
      if (cancellation.isCancelled()) {
        break;
      }
      double[] values = design.row(i);
      try {
        Run run = parameterization.run(values);
        int c = 0;
        for (Indicator ind : indicators) {
          for (int y : years) {
            summaries[c++].add(ind.value(run, y));
          }
        }
        for (int t = 0; t < targets.size(); t++) {
          if (targets.get(t).check(run).met()) {
            met[t]++;
          }
        }
        for (int k = 0; k < kept.size(); k++) {
          outcomes[k][b == 0 ? i : i - from] = kept.get(k).indicator().value(run, kept.get(k).year());
        }
        acc.countRun();
      } catch (RuntimeException e) {
        throw new EnsembleException(i, parameterization.describe(values), e);
      }
    }
    return acc;
  }

  private EnsemblePart await(Future<EnsemblePart> f, Deque<Future<EnsemblePart>> rest) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      rest.forEach(x -> x.cancel(true));
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException("an ensemble run failed", cause);
    } catch (InterruptedException e) {
      rest.forEach(x -> x.cancel(true));
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for ensemble runs");
    }
  }

  private StreamingSummary[] newSummaries(int cells) {
    StreamingSummary[] s = new StreamingSummary[cells];
    for (int c = 0; c < cells; c++) {
      s[c] = new StreamingSummary(accuracy);
    }
    return s;
  }

  private static ThreadFactory daemons() {
    return r -> {
      Thread t = new Thread(r, "xinlu-ensemble");
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Configures an ensemble. Mutable, not thread-safe. Conflicting options fail in {@link #build()} with a message
   * that says what conflicts.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Parameterization parameterization;
    private @Nullable Rows design;
    private final List<Indicator> indicators = new ArrayList<>();
    private int[] years = new int[0];
    private final List<Target> targets = new ArrayList<>();
    private final List<Kept> kept = new ArrayList<>();
    private double[] quantiles = DEFAULT_QUANTILES.clone();
    private double accuracy = QuantileSketch.DEFAULT_ALPHA;
    private int threads = 0;
    private @Nullable ExecutorService executor;
    private int blockSize = 256;
    private ProgressListener listener = (done, total) -> { };
    private Cancellation cancellation = new Cancellation();

    private Builder(Parameterization parameterization) {
      this.parameterization = parameterization;
    }

    /** The parameter values: one row per run, one column per parameter of the parameterisation. */
    public Builder design(double[][] values) {
      this.design = new Held(LinearAlgebra.copy(values));
      return this;
    }

    /**
     * The design in a parameter space's units ({@link Design#values}); the space's parameter names must be the
     * parameterisation's paths, in the same order.
     *
     * @throws IllegalArgumentException if the names differ, naming both lists
     */
    public Builder design(Design design, ParameterSpace space) {
      checkNames(space);
      return design(design.values(space));
    }

    /**
     * The points of a Saltelli design (unit cube, in its fixed layout) mapped through the space's distributions,
     * so that the kept outcomes line up with the design for {@link SobolAnalysis}.
     *
     * @throws IllegalArgumentException if the space's names differ from the parameterisation's paths or from the
     *     design's factor names
     */
    public Builder design(SaltelliDesign design, ParameterSpace space) {
      checkNames(space);
      checkArgument(design.names().equals(space.parameterNames()),
          "the Saltelli design's factors %s are not the space's parameters %s", design.names(),
          space.parameterNames());
      double[][] points = design.points();
      for (double[] row : points) {
        for (int j = 0; j < row.length; j++) {
          row[j] = space.parameters().get(j).distribution().inverseCdf(row[j]);
        }
      }
      this.design = new Held(points);
      return this;
    }

    /**
     * Points {@code skip, ..., skip + n - 1} of the Sobol sequence mapped through the space's distributions: the
     * values of {@code design(Designs.sobol(k, n, skip), space)}, bit for bit, but each run's point is worked out
     * when the run starts instead of the whole design being held. The memory of the ensemble then does not grow with
     * its runs at all: a held design of 10 million runs of 5 parameters takes 400 MB as a {@link Design} and as much
     * again as rows of values, which a 256 MB heap cannot hold.
     *
     * @throws IllegalArgumentException if the space's names differ from the parameterisation's paths, or for the
     *     sizes {@link Designs#sobol(int, int, long)} rejects
     */
    public Builder sobol(ParameterSpace space, int n, long skip) {
      checkNames(space);
      int k = space.parameters().size();
      checkArgument(n >= 1, "sobol: n (the number of points) must be at least 1, got %s", n);
      checkArgument(k <= Designs.SOBOL_MAX_DIMENSION,
          "sobol: k = %s exceeds the %s dimensions embedded (Joe and Kuo's new-joe-kuo-6.21201, first %s)", k,
          Designs.SOBOL_MAX_DIMENSION, Designs.SOBOL_MAX_DIMENSION);
      checkArgument(skip >= 1, "sobol: skip must be at least 1 (point 0 is the all-zero corner), got %s", skip);
      checkArgument(skip <= SobolSequence.MAX_INDEX - n + 1,
          "sobol: skip + n - 1 = %s exceeds the last point of the sequence, 2^52 - 1", skip + n - 1);
      this.design = new StreamedSobol(space, n, skip);
      return this;
    }

    private void checkNames(ParameterSpace space) {
      List<String> paths = parameterization.parameters().stream().map(Object::toString).toList();
      checkArgument(paths.equals(space.parameterNames()),
          "the space's parameters %s are not the parameterisation's %s (same names, same order)",
          space.parameterNames(), paths);
    }

    /** Indicators to summarise. */
    public Builder indicators(Indicator... more) {
      indicators.addAll(Arrays.asList(more));
      return this;
    }

    /** Indicators to summarise. */
    public Builder indicators(Iterable<Indicator> more) {
      more.forEach(indicators::add);
      return this;
    }

    /** The years to summarise; every year of the scenario when not given. */
    public Builder years(int... chosen) {
      this.years = chosen.clone();
      return this;
    }

    /** Targets whose probability of being met to estimate. */
    public Builder targets(Target... more) {
      targets.addAll(Arrays.asList(more));
      return this;
    }

    /** Targets whose probability of being met to estimate. */
    public Builder targets(Iterable<? extends Target> more) {
      more.forEach(targets::add);
      return this;
    }

    /** Keeps an indicator's outcome of every run in the given years (memory grows with the runs). */
    public Builder keep(Indicator indicator, int... inYears) {
      for (int y : inYears) {
        kept.add(new Kept(indicator, y));
      }
      return this;
    }

    /** The quantile levels to summarise; 0.05, 0.25, 0.5, 0.75 and 0.95 when not given. */
    public Builder quantiles(double... levels) {
      this.quantiles = levels.clone();
      return this;
    }

    /**
     * The relative accuracy of the quantiles, in [{@link QuantileSketch#MIN_ALPHA}, 1); 0.001 (0.1 %) when not
     * given.
     */
    public Builder quantileAccuracy(double alpha) {
      this.accuracy = alpha;
      return this;
    }

    /** Runs on this many threads of a pool the ensemble owns; the processors available when not given. */
    public Builder threads(int count) {
      this.threads = count;
      return this;
    }

    /** Runs on the caller's executor (not shut down by the ensemble); conflicts with {@link #threads}. */
    public Builder executor(ExecutorService exec) {
      this.executor = exec;
      return this;
    }

    /** Runs per block: the unit of parallel work and of ordered merging; 256 when not given. */
    public Builder blockSize(int runs) {
      this.blockSize = runs;
      return this;
    }

    /** Told of progress after each block. */
    public Builder listener(ProgressListener progress) {
      this.listener = progress;
      return this;
    }

    /** A flag that stops the ensemble. */
    public Builder cancellation(Cancellation flag) {
      this.cancellation = flag;
      return this;
    }

    /**
     * Checks the configuration and builds the ensemble.
     *
     * @throws IllegalStateException if no design was given, or neither an indicator, a target nor a kept outcome
     * @throws IllegalArgumentException for conflicting or invalid options, naming them: threads and an executor
     *     both given, fewer than one thread, a block size below 1, a design row of the wrong length, a year outside
     *     the scenario, a quantile level outside [0, 1], an indicator listed twice or one the scenario cannot give
     */
    public Ensemble build() {
      checkState(design != null, "an ensemble needs a design: call design(values)");
      checkState(!indicators.isEmpty() || !targets.isEmpty() || !kept.isEmpty(),
          "an ensemble needs an indicator, a target or a kept outcome");
      checkArgument(!(executor != null && threads != 0),
          "threads(%s) and executor(...) both given: the ensemble either owns a pool of that size or runs on the "
              + "caller's executor; choose one", threads);
      if (executor == null) {
        checkArgument(threads >= 0, "threads must be at least 1, was %s", threads);
        if (threads == 0) {
          threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        }
      }
      checkArgument(blockSize >= 1, "block size must be at least 1, was %s", blockSize);
      int k = parameterization.parameters().size();
      if (design instanceof Held held) {
        double[][] rows = held.rows();
        for (int i = 0; i < rows.length; i++) {
          checkArgument(rows[i].length == k, "design row %s has %s values for %s parameters %s", i, rows[i].length,
              k, parameterization.parameters());
        }
      }
      Run reference = parameterization.baseline().run();
      if (years.length == 0) {
        years = reference.years();
      }
      for (int y : years) {
        checkArgument(y >= reference.baseYear() && y <= reference.endYear(),
            "year %s is outside scenario '%s' (%s..%s)", y, reference.scenarioName(), reference.baseYear(),
            reference.endYear());
      }
      for (double q : quantiles) {
        checkArgument(q >= 0 && q <= 1, "quantile level must lie in [0, 1], was %s", q);
      }
      new QuantileSketch(accuracy); // checks the accuracy
      Set<String> ids = new HashSet<>();
      for (Indicator i : indicators) {
        checkArgument(ids.add(i.id()), "indicator '%s' is listed twice", i.id());
        i.checkAvailable(reference);
      }
      for (Kept kk : kept) {
        kk.indicator().checkAvailable(reference);
        checkArgument(kk.year() >= reference.baseYear() && kk.year() <= reference.endYear(),
            "kept year %s is outside scenario '%s' (%s..%s)", kk.year(), reference.scenarioName(),
            reference.baseYear(), reference.endYear());
      }
      for (Target t : targets) {
        t.check(reference); // fails early, naming the target, if it cannot be checked on this scenario
      }
      return new Ensemble(this);
    }
  }
}
