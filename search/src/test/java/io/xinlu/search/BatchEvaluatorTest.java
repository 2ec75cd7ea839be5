package io.xinlu.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.xinlu.decision.SearchProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The batch seam: a {@link BatchEvaluator} that gives the problem's numbers yields the local search's result bit for
 * bit (Pareto set, history, evaluations, reference point and checkpoint bytes), whatever order and thread it computes
 * them on; one that changes a single bit does not; bad batches are refused with a message.
 */
class BatchEvaluatorTest {
  /**
   * Computes the batch backwards on a thread of its own, as a remote evaluator would (other thread, other order),
   * and records the batch sizes.
   */
  static final class Elsewhere implements BatchEvaluator {
    private final SearchProblem problem;
    final List<Integer> sizes = new ArrayList<>();
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "elsewhere");
      t.setDaemon(true);
      return t;
    });

    Elsewhere(SearchProblem problem) {
      this.problem = problem;
    }

    @Override
    public List<Evaluation> evaluate(List<double[]> xs) {
      sizes.add(xs.size());
      Future<List<Evaluation>> f = pool.submit(() -> {
        Evaluation[] out = new Evaluation[xs.size()];
        for (int i = xs.size() - 1; i >= 0; i--) {
          double[] fv = new double[problem.objectives().size()];
          double[] gv = new double[problem.constraints().size()];
          problem.evaluate(xs.get(i), fv, gv);
          out[i] = Evaluation.of(fv, gv);
        }
        return Arrays.asList(out);
      });
      try {
        return f.get();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        if (sizes.size() > 10_000) {
          pool.shutdown();
        }
      }
    }
  }

  private static Search.Builder search(SearchProblem p, Algorithm a, int population, long evaluations, long seed) {
    return Search.builder(p).algorithm(a).populationSize(population).epsilons(0.01, 0.01)
        .maxEvaluations(evaluations).seed(seed);
  }

  static void assertSameBits(SearchResult expected, SearchResult actual, String what) {
    assertEquals(expected.paretoSet(), actual.paretoSet(), what);
    assertEquals(expected.feasible(), actual.feasible(), what);
    assertEquals(expected.history(), actual.history(), what);
    assertEquals(expected.evaluations(), actual.evaluations(), what);
    assertEquals(expected.stopReason(), actual.stopReason(), what);
    assertEquals(expected.referencePoint(), actual.referencePoint(), what);
    assertArrayEquals(expected.checkpoint().toBytes(), actual.checkpoint().toBytes(), what);
  }

  @Test
  void a_batch_evaluator_giving_the_same_numbers_gives_the_same_result_bit_for_bit_with_every_algorithm() {
    for (SearchProblem p : List.of(TestProblems.ZDT1, TestProblems.SRN)) {
      for (Algorithm a : Algorithm.values()) {
        SearchResult local = search(p, a, 20, 600, 11).build().run();
        SearchResult threaded = search(p, a, 20, 600, 11).threads(2).build().run();
        Elsewhere elsewhere = new Elsewhere(p);
        SearchResult batched = search(p, a, 20, 600, 11).batchEvaluator(elsewhere).build().run();
        assertTrue(local.generations() >= 20, a + ": " + local.generations());
        assertSameBits(local, batched, p.identity() + " " + a);
        assertSameBits(threaded, batched, p.identity() + " " + a);
        // every evaluation went through the batch evaluator
        assertEquals(local.evaluations(), elsewhere.sizes.stream().mapToLong(Integer::longValue).sum(), a.toString());
        if (a != Algorithm.EPSILON_MOEA) {
          // a generational algorithm hands over whole generations (epsilon-NSGA-II's restarts add larger ones)
          assertEquals(20, elsewhere.sizes.get(0), a.toString());
          assertTrue(elsewhere.sizes.stream().allMatch(s -> s >= 20), a + ": " + elsewhere.sizes);
        } else {
          assertEquals(20, elsewhere.sizes.get(0));
          assertTrue(elsewhere.sizes.subList(1, elsewhere.sizes.size()).stream().allMatch(s -> s == 1));
        }
      }
    }
  }

  @Test
  void the_same_bits_for_any_seed_and_population() {
    qt().withExamples(12).forAll(longs().all(), integers().between(Search.MIN_POPULATION, 40))
        .checkAssert((seed, population) -> {
          SearchResult local = search(TestProblems.SRN, Algorithm.NSGA2, population, 5L * population, seed)
              .build().run();
          SearchResult batched = search(TestProblems.SRN, Algorithm.NSGA2, population, 5L * population, seed)
              .batchEvaluator(new Elsewhere(TestProblems.SRN)).build().run();
          assertSameBits(local, batched, "seed " + seed + ", population " + population);
        });
  }

  @Test
  void one_bit_of_difference_in_every_evaluation_changes_the_result() {
    SearchResult local = search(TestProblems.ZDT1, Algorithm.NSGA2, 20, 400, 3).build().run();
    SearchProblem off = new SearchTest.Renamed(TestProblems.ZDT1, TestProblems.ZDT1.objectives(), "ZDT1");
    SearchResult changed = search(TestProblems.ZDT1, Algorithm.NSGA2, 20, 400, 3).batchEvaluator(xs -> {
      List<Evaluation> out = new ArrayList<>();
      for (double[] x : xs) {
        double[] f = new double[2];
        off.evaluate(x, f, new double[0]);
        f[1] = Math.nextUp(f[1]);
        out.add(Evaluation.of(f, new double[0]));
      }
      return out;
    }).build().run();
    assertNotEquals(local.paretoSet(), changed.paretoSet());
    assertThrows(AssertionError.class, () -> assertArrayEquals(local.checkpoint().toBytes(),
        changed.checkpoint().toBytes()));
    assertThrows(AssertionError.class, () -> assertSameBits(local, changed, "one ulp"));
  }

  @Test
  void a_search_stopped_locally_resumes_with_a_batch_evaluator_as_if_run_through() {
    SearchResult through = search(TestProblems.ZDT1, Algorithm.EPSILON_NSGA2, 20, 1_000, 5).build().run();
    SearchResult first = search(TestProblems.ZDT1, Algorithm.EPSILON_NSGA2, 20, 400, 5).build().run();
    SearchResult resumed = search(TestProblems.ZDT1, Algorithm.EPSILON_NSGA2, 20, 1_000, 5)
        .resume(SearchCheckpoint.fromBytes(first.checkpoint().toBytes()))
        .batchEvaluator(new Elsewhere(TestProblems.ZDT1)).build().run();
    assertSameBits(through, resumed, "resumed");
  }

  @Test
  void a_failed_evaluation_names_the_candidate_as_the_local_search_does() {
    SearchProblem throwing = new SearchTest.Renamed(TestProblems.SRN, TestProblems.SRN.objectives(), "throwing") {
      @Override
      public void evaluate(double[] x, double[] f, double[] v) {
        throw new IllegalArgumentException("no model for x = " + x[0]);
      }
    };
    SearchException local = assertThrows(SearchException.class,
        () -> search(throwing, Algorithm.NSGA2, 8, 100, 1).build().run());
    SearchException batched = assertThrows(SearchException.class, () -> search(throwing, Algorithm.NSGA2, 8, 100, 1)
        .batchEvaluator(xs -> xs.stream().map(x -> Evaluation.of(throwing, x)).toList()).build().run());
    assertEquals(local.getMessage(), batched.getMessage());
    assertArrayEquals(local.x(), batched.x());
    assertTrue(local.getMessage().contains("failed: java.lang.IllegalArgumentException: no model for x = "),
        local.getMessage());
    // a failure made elsewhere carries its reason, not the exception
    SearchException remote = assertThrows(SearchException.class, () -> search(throwing, Algorithm.NSGA2, 8, 100, 1)
        .batchEvaluator(xs -> xs.stream().map(x -> Evaluation.failed("executor 3: out of memory")).toList())
        .build().run());
    assertTrue(remote.getMessage().endsWith("failed: executor 3: out of memory"), remote.getMessage());
    assertNull(remote.getCause());
  }

  @Test
  void bad_batches_are_refused_with_a_message() {
    String fewer = assertThrows(IllegalStateException.class, () -> search(TestProblems.SRN, Algorithm.NSGA2, 8, 100, 1)
        .batchEvaluator(xs -> xs.subList(1, xs.size()).stream().map(x -> Evaluation.of(TestProblems.SRN, x)).toList())
        .build().run()).getMessage();
    assertEquals("the batch evaluator returned 7 evaluations for 8 candidates", fewer);
    String nan = assertThrows(SearchException.class, () -> search(TestProblems.SRN, Algorithm.NSGA2, 8, 100, 1)
        .batchEvaluator(xs -> xs.stream().map(x -> Evaluation.of(new double[] {1, Double.NaN}, new double[2]))
            .toList()).build().run()).getMessage();
    assertTrue(nan.endsWith("failed: objective 'f2' is NaN"), nan);
    String negative = assertThrows(SearchException.class, () -> search(TestProblems.SRN, Algorithm.NSGA2, 8, 100, 1)
        .batchEvaluator(xs -> xs.stream().map(x -> Evaluation.of(new double[] {1, 2}, new double[] {0, -1}))
            .toList()).build().run()).getMessage();
    assertTrue(negative.endsWith("the violation of constraint 'line' must be finite and >= 0, was -1.0"), negative);
    String shape = assertThrows(SearchException.class, () -> search(TestProblems.SRN, Algorithm.NSGA2, 8, 100, 1)
        .batchEvaluator(xs -> xs.stream().map(x -> Evaluation.of(new double[] {1}, new double[2])).toList())
        .build().run()).getMessage();
    assertTrue(shape.endsWith("the evaluation has 1 objectives and 2 violations, the problem has 2 objectives "
        + "[f1, f2] and 2 constraints [circle, line]"), shape);
    // the search's arrays are its own: an evaluator that scribbles on them changes nothing
    SearchResult clean = search(TestProblems.SRN, Algorithm.NSGA2, 8, 100, 1).build().run();
    SearchResult scribbled = search(TestProblems.SRN, Algorithm.NSGA2, 8, 100, 1).batchEvaluator(xs -> {
      List<Evaluation> out = xs.stream().map(x -> Evaluation.of(TestProblems.SRN, x)).toList();
      xs.forEach(x -> Arrays.fill(x, 99));
      return out;
    }).build().run();
    assertSameBits(clean, scribbled, "scribbled");
  }

  @Test
  void a_batch_evaluator_conflicts_with_threads_and_executors() {
    BatchEvaluator e = xs -> List.of();
    String threads = assertThrows(IllegalArgumentException.class,
        () -> search(TestProblems.SRN, Algorithm.NSGA2, 8, 100, 1).threads(2).batchEvaluator(e).build()).getMessage();
    assertEquals("a batch evaluator evaluates every candidate: it conflicts with 2 threads", threads);
    String executor = assertThrows(IllegalArgumentException.class,
        () -> search(TestProblems.SRN, Algorithm.NSGA2, 8, 100, 1).executor(Runnable::run, 1).batchEvaluator(e)
            .build()).getMessage();
    assertEquals("a batch evaluator evaluates every candidate: it conflicts with an executor", executor);
  }

  @Test
  void an_evaluation_copies_its_arrays_and_compares_by_bits() {
    double[] f = {1, 2};
    Evaluation e = Evaluation.of(f, new double[] {0});
    f[0] = 5;
    assertArrayEquals(new double[] {1, 2}, e.objectives());
    e.objectives()[1] = 7;
    assertArrayEquals(new double[] {1, 2}, e.objectives());
    assertEquals(Evaluation.of(new double[] {1, 2}, new double[] {0}), e);
    assertNotEquals(Evaluation.of(new double[] {1, Math.nextUp(2.0)}, new double[] {0}), e);
    assertNotEquals(Evaluation.of(new double[] {0.0}, new double[0]), Evaluation.of(new double[] {-0.0}, new double[0]));
    assertThrows(IllegalArgumentException.class, () -> Evaluation.failed(""));
  }
}
