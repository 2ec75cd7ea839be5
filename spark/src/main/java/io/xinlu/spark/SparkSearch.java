package io.xinlu.spark;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.decision.SearchProblem;
import io.xinlu.search.BatchEvaluator;
import io.xinlu.search.Evaluation;
import io.xinlu.search.Search;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A {@link Search} whose evaluations run on Spark: each generation's candidates are one Spark job. The search itself
 * (the algorithm, its random stream, the archive, checkpoints) stays on the driver; the problem is rebuilt on the
 * executors from a {@link ProblemSource}, once per executor JVM and search, and the batch is cut into
 * {@code partitions} contiguous slices whose results are collected in slice order. Each candidate is evaluated by the
 * same code as on one machine ({@link Evaluation#of(SearchProblem, double[])}), so the Pareto set, history and
 * checkpoints equal the local search's with the same settings, bit for bit, on any number of partitions.
 *
 * <pre>{@code
 * ProblemSource source = () -> YangquanDecisions.robustProblem(200);
 * SearchResult r = SparkSearch.builder(sc, source, 8)
 *     .algorithm(Algorithm.EPSILON_NSGA2).populationSize(100).epsilons(eps)
 *     .maxEvaluations(10_000).seed(1)
 *     .build().run();
 * }</pre>
 *
 * <p>Every slice reports the names and {@link SearchProblem#identity()} of the problem its executor built; if they
 * are not the driver's, the search stops with an {@link IllegalStateException} that shows both. A failing
 * evaluation ends the search with the {@link io.xinlu.search.SearchException} the local search would throw (the same
 * message; its cause stays on the executor). A Spark job that fails otherwise ends it with a
 * {@link StudyException} whose cause is Spark's exception.
 *
 * <p>Stateless and thread-safe; the evaluators it makes are used by one search at a time.
 *
 * @since 0.1.0
 */
public final class SparkSearch {
  private SparkSearch() {}

  /**
   * A search builder for the problem {@code source} builds (built once on the driver as well), whose evaluations run
   * on {@code partitions} partitions. Set the algorithm, epsilons, stopping rules and the rest on it as on
   * {@link Search#builder}; not its threads or executor.
   *
   * @throws IllegalArgumentException if {@code partitions < 1}
   */
  public static Search.Builder builder(JavaSparkContext sc, ProblemSource source, int partitions) {
    return builder(sc, source.build(), source, partitions);
  }

  /**
   * A search builder for {@code onDriver}, whose evaluations run on {@code partitions} partitions with the problem
   * {@code source} builds on the executors, which must be the same problem (the same names and identity).
   *
   * @throws IllegalArgumentException if {@code partitions < 1}
   */
  public static Search.Builder builder(JavaSparkContext sc, SearchProblem onDriver, ProblemSource source,
      int partitions) {
    return Search.builder(onDriver).batchEvaluator(evaluator(sc, onDriver, source, partitions));
  }

  /**
   * The batch evaluator of {@link #builder(JavaSparkContext, SearchProblem, ProblemSource, int)}: each batch one
   * Spark job of up to {@code partitions} contiguous slices, with the problem from {@code source} cached per executor
   * JVM for the evaluator's lifetime.
   *
   * @throws IllegalArgumentException if {@code partitions < 1}
   */
  public static BatchEvaluator evaluator(JavaSparkContext sc, SearchProblem onDriver, ProblemSource source,
      int partitions) {
    checkArgument(partitions >= 1, "the number of partitions must be at least 1, got %s", partitions);
    return new OnSpark(sc, signature(onDriver), onDriver.identity(), source, partitions);
  }

  /** What must be the same on the driver and an executor: the names, ranges and identity. */
  static String signature(SearchProblem p) {
    return p.variables() + " -> " + p.objectives() + " subject to " + p.constraints() + ", identity '" + p.identity()
        + "'";
  }

  /** A contiguous slice of a batch, as it travels to an executor. */
  record Slice(String key, ProblemSource source, double[][] xs) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A slice's results, with the signature and identity of the problem the executor evaluated them with. */
  record Results(String signature, String identity, Evaluation[] evaluations) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Evaluates a slice on an executor (or anywhere): the problem from the JVM's cache, each candidate in order. */
  static Results evaluate(Slice slice) {
    SearchProblem problem = WorkerCache.PROBLEMS.get(slice.key(), slice.source()::build);
    Evaluation[] out = new Evaluation[slice.xs().length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Evaluation.of(problem, slice.xs()[i]);
    }
    return new Results(signature(problem), problem.identity(), out);
  }

  private static final class OnSpark implements BatchEvaluator {
    private final JavaSparkContext sc;
    private final String signature;
    private final String identity;
    private final ProblemSource source;
    private final int partitions;
    /** The executors' cache key of this evaluator's problem. */
    private final String key = "search-" + UUID.randomUUID();

    OnSpark(JavaSparkContext sc, String signature, String identity, ProblemSource source, int partitions) {
      this.sc = sc;
      this.signature = signature;
      this.identity = identity;
      this.source = source;
      this.partitions = partitions;
    }

    @Override
    public List<Evaluation> evaluate(List<double[]> xs) {
      int n = xs.size();
      int parts = Math.max(1, Math.min(partitions, n));
      List<Slice> slices = new ArrayList<>(parts);
      for (int p = 0; p < parts; p++) {
        int from = p * n / parts;
        int to = (p + 1) * n / parts;
        slices.add(new Slice(key, source, xs.subList(from, to).toArray(new double[0][])));
      }
      List<Results> results;
      try {
        results = sc.parallelize(slices, parts).map(SparkSearch::evaluate).collect();
      } catch (Exception e) { // SparkException is checked in Java's eyes, though Scala throws it undeclared
        throw new StudyException("the Spark job of a search's generation failed: " + e.getMessage(), e);
      }
      List<Evaluation> out = new ArrayList<>(n);
      for (Results r : results) {
        if (!r.signature().equals(signature)) {
          throw new IllegalStateException("the problem built on an executor is not the driver's: "
              + (r.identity().equals(identity) ? "there " + r.signature() + ", on the driver " + signature
                  : "identity '" + r.identity() + "' there, '" + identity + "' on the driver")
              + "; a ProblemSource must build the same problem on every machine");
        }
        out.addAll(List.of(r.evaluations()));
      }
      return out;
    }
  }
}
