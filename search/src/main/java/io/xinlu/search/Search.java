package io.xinlu.search;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import io.xinlu.decision.Candidate;
import io.xinlu.decision.EpsilonArchive;
import io.xinlu.decision.Hypervolume;
import io.xinlu.decision.SearchProblem;
import io.xinlu.uncertainty.ensemble.Cancellation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A many-objective search over a {@link SearchProblem} with one of MOEA Framework's {@link Algorithm algorithms},
 * its candidates collected in an {@link EpsilonArchive}.
 *
 * <pre>{@code
 * SearchResult r = Search.builder(problem)
 *     .algorithm(Algorithm.EPSILON_NSGA2).populationSize(100).epsilons(0.01, 0.01)
 *     .maxEvaluations(20_000).seed(1).threads(2)
 *     .build().run();
 * }</pre>
 *
 * <p><b>Generations.</b> The first generation is the initial population; each later one is one step of a
 * generational algorithm (NSGA-II, NSGA-III, epsilon-NSGA-II), or a population's worth of evaluations of the
 * steady-state epsilon-MOEA. After each generation its evaluated candidates enter the archive in the order the
 * algorithm made them, a {@link SearchProgress} row is recorded and the listener told; a checkpoint is emitted every
 * {@code checkpointEvery} generations. Stopping rules are checked between generations, so a search may pass its
 * evaluation budget by up to a generation.
 *
 * <p><b>Determinism.</b> The algorithm runs on the thread that calls {@link #run()}; only the problem's evaluations
 * of a generation run in parallel (on the executor, or wherever a {@link BatchEvaluator} sends them), and their
 * results are taken in the algorithm's order. MOEA
 * Framework draws its random numbers from a static {@code PRNG}; the search installs there, once, a generator that
 * delegates to a per-thread stream, and sets the calling thread's stream to its own seeded SplitMix64 generator
 * for the run. So the same seed gives the same candidates, bit for bit, on any number of threads, and two searches
 * running at once on two threads do not disturb each other. (Code that replaces {@code PRNG}'s generator while a
 * search runs breaks this.)
 *
 * <p>A search object is run once. {@link #run()} is not thread-safe; distinct searches may run at once.
 *
 * @since 0.1.0
 */
public final class Search {
  /** Infeasible candidates kept while none is feasible. */
  static final int CLOSEST = 10;
  /** The least population size. */
  public static final int MIN_POPULATION = 4;
  /**
   * The greatest population size: non-dominated sorting is quadratic in it, so a larger population would spend
   * minutes per generation before its first result (and the file format's {@code population} has the same bound).
   */
  public static final int MAX_POPULATION = 10_000;

  private final Builder b;
  private final double[] epsilons;
  private boolean ran;

  private Search(Builder b, double[] epsilons) {
    this.b = b;
    this.epsilons = epsilons.clone();
  }

  /** A builder for a search of {@code problem}. */
  public static Builder builder(SearchProblem problem) {
    return new Builder(problem);
  }

  /**
   * Runs the search to its stopping rule or cancellation.
   *
   * @throws SearchException if the problem's evaluation of a candidate fails (the message names the candidate)
   * @throws IllegalStateException if this search has already run
   */
  public SearchResult run() {
    checkArgumentState();
    ExecutorService own = null;
    java.util.concurrent.Executor executor = b.executor;
    int threads = b.threads;
    if (executor == null && threads > 1 && b.batchEvaluator == null) {
      own = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "xinlu-search");
        t.setDaemon(true);
        return t;
      });
      executor = own;
    }
    SearchRandom random = new SearchRandom(b.seed);
    ThreadRandom.enter(random);
    try {
      return drive(random, executor, Math.max(threads, 1));
    } finally {
      ThreadRandom.leave();
      if (own != null) {
        own.shutdownNow();
      }
    }
  }

  private void checkArgumentState() {
    if (ran) {
      throw new IllegalStateException("a search runs once; build another");
    }
    ran = true;
  }

  private SearchResult drive(SearchRandom random, java.util.concurrent.@Nullable Executor executor, int threads) {
    SearchProblem problem = b.problem;
    BatchEvaluator evaluator = b.batchEvaluator != null ? b.batchEvaluator
        : new LocalEvaluator(problem, executor, threads);
    Evaluations ev = new Evaluations(new ProblemAdapter(problem), evaluator);
    org.moeaframework.core.Algorithm algorithm = Algorithms.create(b.algorithm, ev, b.populationSize, epsilons);
    EpsilonArchive archive;
    List<SearchProgress> history = new ArrayList<>();
    double[] reference = b.reference;
    SearchCheckpoint from = b.resume;
    if (from != null) {
      String[] rejected = {""};
      try (ObjectInputStream in = filtered(from.algorithmState, rejected)) {
        algorithm.loadState(in);
      } catch (IOException | ClassNotFoundException | RuntimeException e) {
        throw new IllegalArgumentException("not a search checkpoint (its algorithm state cannot be read: " + e
            + (rejected[0].isEmpty() ? "" : ", class refused: " + rejected[0]) + ")", e);
      }
      random.state(from.randomState);
      archive = EpsilonArchive.restore(epsilons, from.archiveClosest, from.archive, from.archiveProgress);
      history.addAll(from.history);
      if (from.reference != null) {
        reference = from.reference.clone();
      }
    } else {
      archive = new EpsilonArchive(epsilons, CLOSEST);
    }
    StopReason stop = null;
    while (stop == null) {
      if (b.cancellation.isCancelled()) {
        stop = StopReason.CANCELLED;
        break;
      }
      long start = algorithm.getNumberOfEvaluations();
      if (!algorithm.isInitialized()) {
        algorithm.step();
      } else if (b.algorithm == Algorithm.EPSILON_MOEA) {
        while (algorithm.getNumberOfEvaluations() - start < b.populationSize) {
          algorithm.step();
        }
      } else {
        algorithm.step();
      }
      for (Candidate c : ev.drain()) {
        archive.add(c);
      }
      ImmutableList<Candidate> members = archive.members();
      if (reference == null && archive.feasible()) {
        reference = derivedReference(members);
      }
      double hv = 0;
      if (reference != null && archive.feasible()) {
        double[][] points = new double[members.size()][];
        for (int i = 0; i < points.length; i++) {
          points[i] = members.get(i).objectives().toArray();
        }
        hv = Hypervolume.of(points, reference);
      }
      SearchProgress row = new SearchProgress(history.size() + 1, algorithm.getNumberOfEvaluations(), hv,
          archive.progress(), members.size(), archive.feasible());
      history.add(row);
      b.listener.generation(row);
      if (b.maxEvaluations > 0 && row.evaluations() >= b.maxEvaluations) {
        stop = StopReason.EVALUATIONS;
      } else if (b.stallGenerations > 0 && stalled(history, b.stallGenerations)) {
        stop = StopReason.STALLED;
      }
      if (stop == null && b.checkpointEvery > 0 && row.generation() % b.checkpointEvery == 0) {
        b.checkpoints.accept(checkpoint(algorithm, random, archive, history, reference));
      }
    }
    SearchCheckpoint end = checkpoint(algorithm, random, archive, history, reference);
    b.checkpoints.accept(end);
    return new SearchResult(archive.members(), archive.feasible(), ImmutableList.copyOf(history),
        algorithm.getNumberOfEvaluations(), stop,
        reference == null ? ImmutableDoubleArray.of() : ImmutableDoubleArray.copyOf(reference), end);
  }

  /** Whether epsilon progress has not changed over the last {@code n} generations. */
  private static boolean stalled(List<SearchProgress> history, int n) {
    if (history.size() <= n) {
      return false;
    }
    long now = history.get(history.size() - 1).epsilonProgress();
    return history.get(history.size() - 1 - n).epsilonProgress() == now;
  }

  /**
   * The reference point derived from the first feasible archive: per objective its worst value plus a tenth of its
   * range (a tenth of its magnitude, or 1, when the range is 0), so that the extreme candidates count.
   */
  static double[] derivedReference(List<Candidate> members) {
    int m = members.get(0).objectives().length();
    double[] ref = new double[m];
    for (int j = 0; j < m; j++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (Candidate c : members) {
        lo = Math.min(lo, c.objectives().get(j));
        hi = Math.max(hi, c.objectives().get(j));
      }
      double margin = hi > lo ? (hi - lo) / 10 : Math.abs(hi) > 0 ? Math.abs(hi) / 10 : 1;
      ref[j] = hi + margin;
    }
    return ref;
  }

  private SearchCheckpoint checkpoint(org.moeaframework.core.Algorithm algorithm, SearchRandom random,
      EpsilonArchive archive, List<SearchProgress> history, double @Nullable [] reference) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      algorithm.saveState(out);
    } catch (IOException e) {
      throw new UncheckedIOException("saving the algorithm's state", e);
    }
    SearchProblem p = b.problem;
    return new SearchCheckpoint(p.variables(), p.objectives(), p.constraints(), p.identity(), b.algorithm,
        b.populationSize, epsilons, b.seed, reference, random.state(), algorithm.getNumberOfEvaluations(),
        archive.members(), archive.closest(), archive.progress(), ImmutableList.copyOf(history), bytes.toByteArray());
  }

  private static final java.util.Set<String> ALLOWED = java.util.Set.of(
      "org.moeaframework.core.Solution", "org.moeaframework.core.Variable",
      "org.moeaframework.core.variable.RealVariable",
      "java.util.ArrayList", "java.util.HashMap", "java.util.Map$Entry", "java.util.LinkedHashMap", "java.util.TreeMap",
      "java.lang.Number", "java.lang.Double", "java.lang.Integer", "java.lang.Long", "java.lang.Boolean",
      "java.lang.String", "java.lang.Enum");

  /**
   * The classes a saved MOEA Framework algorithm holds: its populations and archives are lists of solutions, whose
   * variables are reals and whose attributes are boxed numbers and arrays; and arrays of these (and of primitives,
   * and the {@code Object[]} inside {@code ArrayList}). Anything else is rejected, as are graphs deeper than 20 or
   * with more than ten million references.
   */
  static final ObjectInputFilter FILTER = info -> {
    if (info.depth() > 20 || info.references() > 10_000_000) {
      return ObjectInputFilter.Status.REJECTED;
    }
    Class<?> c = info.serialClass();
    if (c == null) {
      return ObjectInputFilter.Status.UNDECIDED;
    }
    while (c.isArray()) {
      c = c.getComponentType();
      if (c.isPrimitive() || c == Object.class) {
        return ObjectInputFilter.Status.ALLOWED;
      }
    }
    return ALLOWED.contains(c.getName()) ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
  };

  private static ObjectInputStream filtered(byte[] state, String[] rejected) throws IOException {
    ObjectInputStream in = new Canonical(new ByteArrayInputStream(state));
    in.setObjectInputFilter(info -> {
      ObjectInputFilter.Status status = FILTER.checkInput(info);
      if (status == ObjectInputFilter.Status.REJECTED) {
        rejected[0] = String.valueOf(info.serialClass());
      }
      return status;
    });
    return in;
  }

  /**
   * Reads an algorithm's state with the identities a search that never stopped would have. Java serialisation keeps
   * the sharing inside the stream, but not the sharing with objects outside it: a solution's attribute names
   * ({@code "rank"}, {@code "crowdingDistance"}) are string constants, the same interned object in every solution,
   * and its small ranks are the boxes {@code Integer.valueOf} caches. Read back plainly, they become fresh copies
   * that solutions made after the resume do not share, so the next saved state writes each name and box twice
   * where the run-through writes a back-reference (16 bytes longer on a robust search of Yangquan, with the same
   * candidates). Strings are therefore interned and boxes taken from their caches as they are read.
   */
  static final class Canonical extends ObjectInputStream {
    Canonical(java.io.InputStream in) throws IOException {
      super(in);
      enableResolveObject(true);
    }

    @Override
    protected Object resolveObject(Object o) {
      return canonical(o);
    }

    /** The interned string, or the cached box, equal to {@code o}; else {@code o}. */
    static Object canonical(Object o) {
      if (o instanceof String s) {
        return s.intern();
      } else if (o instanceof Integer i) {
        return Integer.valueOf(i.intValue());
      } else if (o instanceof Long l) {
        return Long.valueOf(l.longValue());
      } else if (o instanceof Short s) {
        return Short.valueOf(s.shortValue());
      } else if (o instanceof Byte b) {
        return Byte.valueOf(b.byteValue());
      } else if (o instanceof Character c) {
        return Character.valueOf(c.charValue());
      } else if (o instanceof Boolean b) {
        return Boolean.valueOf(b.booleanValue());
      }
      return o;
    }
  }

  /**
   * Builds a {@link Search}. Required: epsilons and at least one stopping rule. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final SearchProblem problem;
    private Algorithm algorithm = Algorithm.EPSILON_NSGA2;
    private int populationSize = 100;
    private double @Nullable [] epsilons;
    private long maxEvaluations;
    private int stallGenerations;
    private long seed;
    private int threads = 1;
    private java.util.concurrent.@Nullable Executor executor;
    private @Nullable BatchEvaluator batchEvaluator;
    private SearchListener listener = p -> {};
    private Cancellation cancellation = new Cancellation();
    private double @Nullable [] reference;
    private int checkpointEvery;
    private Consumer<SearchCheckpoint> checkpoints = c -> {};
    private @Nullable SearchCheckpoint resume;

    private Builder(SearchProblem problem) {
      this.problem = problem;
    }

    /** The algorithm; default {@link Algorithm#EPSILON_NSGA2}. */
    public Builder algorithm(Algorithm algorithm) {
      this.algorithm = algorithm;
      return this;
    }

    /** The population size, from {@value #MIN_POPULATION} to {@value #MAX_POPULATION}; default 100. */
    public Builder populationSize(int populationSize) {
      this.populationSize = populationSize;
      return this;
    }

    /**
     * The epsilon per objective, in the objective's units: the box side of the archive (and of the epsilon
     * algorithms' own archives). Required; each finite and positive.
     */
    public Builder epsilons(double... epsilons) {
      this.epsilons = epsilons.clone();
      return this;
    }

    /** Stop once this many evaluations are done (at the end of that generation); 0 (default): no such limit. */
    public Builder maxEvaluations(long maxEvaluations) {
      this.maxEvaluations = maxEvaluations;
      return this;
    }

    /** Stop when epsilon progress has not changed for this many generations; 0 (default): no such rule. */
    public Builder stallGenerations(int generations) {
      this.stallGenerations = generations;
      return this;
    }

    /** The seed of the search's random stream; default 0. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Evaluate each generation on this many threads of a pool the search creates and shuts down; default 1 (the
     * calling thread). The result does not depend on it.
     */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /** Evaluate each generation on the caller's executor (which the search does not shut down). */
    public Builder executor(java.util.concurrent.Executor executor, int parallelism) {
      this.executor = executor;
      this.threads = parallelism;
      return this;
    }

    /**
     * Evaluate each generation's candidates with {@code evaluator}, as one batch in the algorithm's order, instead of
     * on this machine's threads (on a Spark cluster, for instance). The search checks the results as it checks its
     * own; if they are the problem's numbers bit for bit, the result and checkpoints are the local search's bit for
     * bit. The checkpoint does not record how candidates were evaluated: a search may resume with or without one.
     * Conflicts with {@link #threads(int) threads} above 1 and with {@link #executor}.
     */
    public Builder batchEvaluator(BatchEvaluator evaluator) {
      this.batchEvaluator = evaluator;
      return this;
    }

    /** Told about every generation. */
    public Builder listener(SearchListener listener) {
      this.listener = listener;
      return this;
    }

    /** Checked between generations: once set, the search ends with what it has, flagged cancelled. */
    public Builder cancellation(Cancellation cancellation) {
      this.cancellation = cancellation;
      return this;
    }

    /**
     * The reference point of the hypervolume, one value per objective; by default derived from the first feasible
     * archive ({@link SearchResult#referencePoint()}) and then fixed.
     */
    public Builder referencePoint(double... reference) {
      this.reference = reference.clone();
      return this;
    }

    /** Emit a checkpoint to {@code sink} every {@code generations} generations, and always at the end. */
    public Builder checkpoints(int generations, Consumer<SearchCheckpoint> sink) {
      this.checkpointEvery = generations;
      this.checkpoints = sink;
      return this;
    }

    /**
     * Continue the search a checkpoint saved. The problem and the settings that decide the candidates (algorithm,
     * population size, epsilons, seed, and the reference point if given) must be the checkpoint's; the stopping
     * rules, threads, listener and checkpoints may differ.
     */
    public Builder resume(SearchCheckpoint checkpoint) {
      this.resume = checkpoint;
      return this;
    }

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if the population is below {@value #MIN_POPULATION} or above
     *     {@value #MAX_POPULATION}, the epsilons are missing, of the wrong count or not positive, there is no stopping rule, a batch evaluator is given with an executor
     *     or more than one thread, the reference point has the wrong length or
     *     is not finite, a count is negative, or the checkpoint was written for another problem or other settings
     */
    public Search build() {
      int m = problem.objectives().size();
      checkArgument(m > 0, "the problem has no objectives");
      checkArgument(!problem.variables().isEmpty(), "the problem has no variables");
      checkArgument(populationSize >= MIN_POPULATION, "population size must be at least %s, was %s", MIN_POPULATION,
          populationSize);
      checkArgument(populationSize <= MAX_POPULATION, "population size must be at most %s, was %s", MAX_POPULATION,
          populationSize);
      checkArgument(epsilons != null, "epsilons are required: one per objective %s", problem.objectives());
      double[] eps = epsilons;
      checkArgument(eps.length == m, "%s epsilons given, the problem has %s objectives %s", eps.length, m,
          problem.objectives());
      for (int i = 0; i < eps.length; i++) {
        checkArgument(Double.isFinite(eps[i]) && eps[i] > 0, "epsilon of objective '%s' must be > 0, was %s",
            problem.objectives().get(i), eps[i]);
      }
      checkArgument(maxEvaluations > 0 || stallGenerations > 0,
          "a search needs a stopping rule: maxEvaluations or stallGenerations");
      checkArgument(maxEvaluations >= 0, "maxEvaluations must be >= 0, was %s", maxEvaluations);
      checkArgument(stallGenerations >= 0, "stallGenerations must be >= 0, was %s", stallGenerations);
      checkArgument(threads >= 1, "threads must be at least 1, was %s", threads);
      checkArgument(batchEvaluator == null || (threads == 1 && executor == null),
          "a batch evaluator evaluates every candidate: it conflicts with %s", executor != null
              ? "an executor" : threads + " threads");
      checkArgument(checkpointEvery >= 0, "checkpoints every %s generations: must be >= 0", checkpointEvery);
      if (reference != null) {
        checkArgument(reference.length == m, "the reference point has %s values, the problem has %s objectives %s",
            reference.length, m, problem.objectives());
        for (double r : reference) {
          checkArgument(Double.isFinite(r), "the reference point %s must be finite", Arrays.toString(reference));
        }
      }
      if (resume != null) {
        resume.checkMatches(problem, algorithm, populationSize, eps, seed, reference);
      }
      return new Search(this, eps);
    }
  }
}
