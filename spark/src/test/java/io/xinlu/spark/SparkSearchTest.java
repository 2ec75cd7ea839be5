package io.xinlu.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.xinlu.decision.SearchProblem;
import io.xinlu.decision.Variable;
import io.xinlu.decision.city.CityProblem;
import io.xinlu.scenarios.Yangquan;
import io.xinlu.scenarios.YangquanDecisions;
import io.xinlu.search.Algorithm;
import io.xinlu.search.Search;
import io.xinlu.search.SearchCheckpoint;
import io.xinlu.search.SearchException;
import io.xinlu.search.SearchResult;
import org.junit.jupiter.api.Test;

/**
 * A robust search of Yangquan whose evaluations run on Spark in {@code local[2]} gives the local search's Pareto set,
 * history and final checkpoint bytes with the same seed, bit for bit, on 1, 3 and 5 partitions; an executor whose
 * problem is not the driver's, a failing evaluation and a bad partition count each give a clear message.
 */
class SparkSearchTest {
  /** The futures of the robust problem in these tests (the published problem has 200). */
  static final int FUTURES = 20;

  /**
   * Epsilons of the seven objectives (CO2 2030 mean and p90 in Mt, GDP 2035 mean and p90 in billion CNY negated,
   * displaced workers' peak mean and p90 in thousands, the satisficing share negated).
   */
  static final double[] EPSILONS = {0.01, 0.01, 0.1, 0.1, 0.01, 0.01, 0.01};

  static final ProblemSource YANGQUAN = () -> YangquanDecisions.robustProblem(FUTURES);

  private static Search.Builder settings(Search.Builder b, long evaluations) {
    return b.algorithm(Algorithm.EPSILON_NSGA2).populationSize(12).epsilons(EPSILONS).maxEvaluations(evaluations)
        .seed(20261206L);
  }

  static void assertSameBits(SearchResult expected, SearchResult actual, String what) {
    assertEquals(expected.paretoSet(), actual.paretoSet(), what);
    assertEquals(expected.history(), actual.history(), what);
    assertEquals(expected.evaluations(), actual.evaluations(), what);
    assertEquals(expected.referencePoint(), actual.referencePoint(), what);
    assertArrayEquals(expected.checkpoint().toBytes(), actual.checkpoint().toBytes(), what);
  }

  @Test
  void yangquan_robust_search_on_spark_equals_the_local_search_bit_for_bit_on_1_3_and_5_partitions() {
    CityProblem problem = YangquanDecisions.robustProblem(FUTURES);
    SearchResult local = settings(Search.builder(problem), 48).build().run();
    assertEquals(4, local.generations());
    assertEquals(48, local.evaluations());
    assertTrue(local.paretoSet().size() >= 2, "a Pareto set of " + local.paretoSet().size());
    assertEquals(12, local.paretoSet().get(0).x().length());
    for (int partitions : new int[] {1, 3, 5}) {
      SearchResult spark = settings(SparkSearch.builder(LocalSpark.context(), YANGQUAN, partitions), 48).build().run();
      assertSameBits(local, spark, partitions + " partitions");
    }
  }

  @Test
  void a_spark_search_stopped_and_resumed_equals_the_search_that_ran_through_bit_for_bit() {
    CityProblem problem = YangquanDecisions.robustProblem(FUTURES);
    SearchResult through = settings(Search.builder(problem), 48).build().run();
    SearchResult localFirst = settings(Search.builder(problem), 24).build().run();
    SearchResult localResumed = settings(Search.builder(problem), 48)
        .resume(SearchCheckpoint.fromBytes(localFirst.checkpoint().toBytes())).build().run();
    SearchResult first = settings(SparkSearch.builder(LocalSpark.context(), YANGQUAN, 2), 24).build().run();
    assertEquals(2, first.generations());
    SearchResult resumed = settings(SparkSearch.builder(LocalSpark.context(), YANGQUAN, 2), 48)
        .resume(SearchCheckpoint.fromBytes(first.checkpoint().toBytes())).build().run();
    assertArrayEquals(localFirst.checkpoint().toBytes(), first.checkpoint().toBytes());
    // resumed on Spark or on this machine, the search is the one that ran through: its Pareto set, history and final
    // checkpoint, byte for byte (an algorithm state read back shares the run-through's attribute names and boxes)
    assertSameBits(through, resumed, "resumed on Spark");
    assertSameBits(through, localResumed, "resumed locally");
  }

  @Test
  void a_problem_from_a_model_source_equals_the_local_one() {
    ProblemSource source = ProblemSource.of(Yangquan::model, m -> YangquanDecisions.robustProblem(m, 8));
    SearchResult local = settings(Search.builder(YangquanDecisions.robustProblem(8)), 24).build().run();
    SearchResult spark = settings(SparkSearch.builder(LocalSpark.context(), source, 2), 24).build().run();
    assertSameBits(local, spark, "model source");
  }

  @Test
  void an_executor_whose_problem_is_not_the_drivers_stops_the_search_and_shows_both_identities() {
    CityProblem driver = YangquanDecisions.robustProblem(FUTURES);
    CityProblem other = YangquanDecisions.robustProblem(FUTURES + 1);
    String m = assertThrows(IllegalStateException.class, () -> settings(SparkSearch.builder(LocalSpark.context(),
        driver, () -> YangquanDecisions.robustProblem(FUTURES + 1), 2), 24).build().run()).getMessage();
    assertEquals("the problem built on an executor is not the driver's: identity '" + other.identity()
        + "' there, '" + driver.identity() + "' on the driver; a ProblemSource must build the same problem on every "
        + "machine", m);
    // the same identity with other names: the names are shown
    String names = assertThrows(IllegalStateException.class, () -> settings(Search.builder(new Failing("a"))
        .batchEvaluator(SparkSearch.evaluator(LocalSpark.context(), new Failing("a"), () -> new Failing("b"), 2)), 8)
        .epsilons(1).build().run()).getMessage();
    assertTrue(names.startsWith("the problem built on an executor is not the driver's: there [Variable[name=b, "),
        names);
    assertTrue(names.contains(", on the driver [Variable[name=a, "), names);
  }

  /** One real variable {@code name} in [0, 1]; its one objective is x, and x above 0.5 throws. */
  static final class Failing implements SearchProblem {
    private final String name;

    Failing(String name) {
      this.name = name;
    }

    @Override
    public ImmutableList<Variable> variables() {
      return ImmutableList.of(Variable.real(name, 0, 1));
    }

    @Override
    public ImmutableList<String> objectives() {
      return ImmutableList.of("f");
    }

    @Override
    public ImmutableList<String> constraints() {
      return ImmutableList.of();
    }

    @Override
    public void evaluate(double[] x, double[] f, double[] v) {
      if (x[0] > 0.5) {
        throw new IllegalArgumentException("no plan above 0.5, got " + x[0]);
      }
      f[0] = x[0];
    }
  }

  @Test
  void a_failing_evaluation_on_an_executor_gives_the_local_searchs_message() {
    SearchException local = assertThrows(SearchException.class,
        () -> Search.builder(new Failing("x")).populationSize(8).epsilons(0.1).maxEvaluations(40).seed(1).build().run());
    SearchException spark = assertThrows(SearchException.class,
        () -> SparkSearch.builder(LocalSpark.context(), () -> new Failing("x"), 3).populationSize(8).epsilons(0.1)
            .maxEvaluations(40).seed(1).build().run());
    assertEquals(local.getMessage(), spark.getMessage());
    assertTrue(spark.getMessage().contains("failed: java.lang.IllegalArgumentException: no plan above 0.5, got 0."),
        spark.getMessage());
    assertNull(spark.getCause());
  }

  @Test
  void bad_partitions_and_threads_are_refused() {
    String m = assertThrows(IllegalArgumentException.class,
        () -> SparkSearch.builder(LocalSpark.context(), () -> new Failing("x"), 0)).getMessage();
    assertEquals("the number of partitions must be at least 1, got 0", m);
    String t = assertThrows(IllegalArgumentException.class,
        () -> SparkSearch.builder(LocalSpark.context(), () -> new Failing("x"), 2).epsilons(0.1).maxEvaluations(8)
            .threads(2).build()).getMessage();
    assertEquals("a batch evaluator evaluates every candidate: it conflicts with 2 threads", t);
  }
}
