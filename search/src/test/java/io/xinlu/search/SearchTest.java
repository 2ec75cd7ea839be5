package io.xinlu.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.xinlu.decision.Candidate;
import io.xinlu.decision.Hypervolume;
import io.xinlu.decision.SearchProblem;
import io.xinlu.decision.Variable;
import io.xinlu.uncertainty.ensemble.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SearchTest {
  static double hypervolume(List<Candidate> set, double[] reference) {
    double[][] p = set.stream().map(c -> c.objectives().toArray()).toArray(double[][]::new);
    return Hypervolume.of(p, reference);
  }

  private static Search.Builder zdt1(Algorithm algorithm, long evaluations, long seed) {
    return Search.builder(TestProblems.ZDT1).algorithm(algorithm).populationSize(100).epsilons(0.002, 0.002)
        .maxEvaluations(evaluations).seed(seed).referencePoint(1, 1);
  }

  /** ZDT1's front f2 = 1 - sqrt(f1) has hypervolume 2/3 against (1, 1); 30,000 evaluations reach 99 %. */
  @Test
  void zdt1_reaches_99_percent_of_the_true_hypervolume() {
    for (long seed : new long[] {1, 2}) {
      SearchResult r = zdt1(Algorithm.NSGA2, 30_000, seed).build().run();
      double ratio = hypervolume(r.paretoSet(), new double[] {1, 1}) / (2.0 / 3);
      assertTrue(ratio >= 0.99 && ratio <= 1, "seed " + seed + ": " + ratio);
      assertTrue(r.feasible());
      assertEquals(StopReason.EVALUATIONS, r.stopReason());
      assertEquals(30_000, r.evaluations());
      // the last history row reports the same hypervolume
      assertEquals(hypervolume(r.paretoSet(), new double[] {1, 1}), r.history().get(r.generations() - 1).hypervolume());
    }
  }

  @Test
  void zdt1_with_the_epsilon_algorithms() {
    SearchResult moea = zdt1(Algorithm.EPSILON_MOEA, 30_000, 1).build().run();
    assertTrue(hypervolume(moea.paretoSet(), new double[] {1, 1}) / (2.0 / 3) >= 0.99);
    SearchResult ensga = zdt1(Algorithm.EPSILON_NSGA2, 30_000, 1).build().run();
    assertTrue(hypervolume(ensga.paretoSet(), new double[] {1, 1}) / (2.0 / 3) >= 0.985);
  }

  private static ImmutableList<Candidate> run(int threads, Algorithm algorithm) {
    return zdt1(algorithm, 3_000, 7).threads(threads).build().run().paretoSet();
  }

  @Test
  void the_same_pareto_set_bit_for_bit_on_1_2_and_4_threads() {
    for (Algorithm a : Algorithm.values()) {
      ImmutableList<Candidate> one = run(1, a);
      assertFalse(one.isEmpty());
      assertEquals(one, run(2, a), a.toString());
      assertEquals(one, run(4, a), a.toString());
    }
  }

  @Test
  void two_searches_at_once_do_not_disturb_each_other() throws Exception {
    ImmutableList<Candidate> alone = run(1, Algorithm.NSGA2);
    AtomicReference<ImmutableList<Candidate>> other = new AtomicReference<>();
    Thread t = new Thread(() -> other.set(run(1, Algorithm.NSGA2)));
    t.start();
    ImmutableList<Candidate> here = run(1, Algorithm.NSGA2);
    t.join();
    assertEquals(alone, here);
    assertEquals(alone, other.get());
  }

  @Test
  void stopped_and_resumed_equals_run_through() {
    for (Algorithm a : Algorithm.values()) {
      SearchResult through = zdt1(a, 4_000, 3).build().run();
      SearchResult first = zdt1(a, 1_500, 3).build().run();
      SearchCheckpoint cp = SearchCheckpoint.fromBytes(first.checkpoint().toBytes());
      SearchResult resumed = zdt1(a, 4_000, 3).resume(cp).threads(2).build().run();
      assertEquals(through.paretoSet(), resumed.paretoSet(), a.toString());
      assertEquals(through.history(), resumed.history(), a.toString());
      assertEquals(through.evaluations(), resumed.evaluations());
      assertEquals(through.checkpoint(), resumed.checkpoint(), a.toString());
    }
  }

  @Test
  void resumed_from_a_periodic_checkpoint_equals_run_through() {
    List<SearchCheckpoint> saved = new ArrayList<>();
    SearchResult through = zdt1(Algorithm.EPSILON_NSGA2, 5_000, 5).checkpoints(7, saved::add).build().run();
    assertTrue(saved.size() >= 3, "checkpoints every 7 generations and at the end: " + saved.size());
    SearchCheckpoint mid = saved.get(1);
    assertEquals(14, mid.generations());
    SearchResult resumed = zdt1(Algorithm.EPSILON_NSGA2, 5_000, 5)
        .resume(SearchCheckpoint.fromBytes(mid.toBytes())).build().run();
    assertEquals(through.paretoSet(), resumed.paretoSet());
    assertEquals(through.history(), resumed.history());
  }

  @Test
  void no_feasible_point_gives_the_closest_candidates_with_their_violations() {
    SearchResult r = Search.builder(TestProblems.NONE_FEASIBLE).algorithm(Algorithm.NSGA2).populationSize(20)
        .epsilons(1, 1).maxEvaluations(2_000).seed(1).build().run();
    assertFalse(r.feasible());
    assertFalse(r.paretoSet().isEmpty());
    assertTrue(r.paretoSet().size() <= Search.CLOSEST);
    // the least violation is 20 - 10 - 1 = 9, at a = 10, b = 1
    Candidate best = r.paretoSet().get(0);
    assertEquals(9.0, best.totalViolation());
    assertArrayEquals(new double[] {10, 1}, best.x().toArray());
    for (int i = 1; i < r.paretoSet().size(); i++) {
      assertTrue(r.paretoSet().get(i - 1).totalViolation() <= r.paretoSet().get(i).totalViolation());
    }
    // integer and binary variables come out whole and in range
    for (Candidate c : r.paretoSet()) {
      double a = c.x().get(0);
      double b = c.x().get(1);
      assertTrue(a == Math.rint(a) && a >= 0 && a <= 10 && (b == 0 || b == 1), c.toString());
    }
    assertTrue(r.history().stream().allMatch(p -> !p.feasible() && p.hypervolume() == 0));
    assertEquals(0, r.referencePoint().length());
  }

  /** SRN: the feasible set is a part of the plane; the search finds it and keeps only feasible candidates. */
  @Test
  void a_constrained_problem_ends_with_feasible_candidates_only() {
    SearchResult r = Search.builder(TestProblems.SRN).algorithm(Algorithm.NSGA2).populationSize(40)
        .epsilons(1, 1).maxEvaluations(4_000).seed(2).build().run();
    assertTrue(r.feasible());
    assertTrue(r.paretoSet().size() > 10);
    for (Candidate c : r.paretoSet()) {
      assertTrue(c.feasible(), c.toString());
      double x = c.x().get(0);
      double y = c.x().get(1);
      assertTrue(x * x + y * y <= 225 && x - 3 * y + 10 <= 0, c.toString());
    }
    // the reference point was derived from the first feasible archive and kept
    assertEquals(2, r.referencePoint().length());
  }

  @Test
  void cancellation_ends_cleanly_with_the_result_so_far() {
    Cancellation cancel = new Cancellation();
    List<SearchProgress> seen = new ArrayList<>();
    SearchResult r = zdt1(Algorithm.NSGA2, 1_000_000, 1).cancellation(cancel).listener(p -> {
      seen.add(p);
      if (p.generation() == 5) {
        cancel.cancel();
      }
    }).build().run();
    assertTrue(r.cancelled());
    assertEquals(5, r.generations());
    assertEquals(500, r.evaluations());
    assertEquals(seen, r.history());
    assertFalse(r.paretoSet().isEmpty());
  }

  @Test
  void a_stalled_search_stops() {
    SearchResult r = Search.builder(TestProblems.NONE_FEASIBLE).algorithm(Algorithm.NSGA2).populationSize(20)
        .epsilons(1, 1).stallGenerations(5).seed(1).build().run();
    assertEquals(StopReason.STALLED, r.stopReason());
    List<SearchProgress> h = r.history();
    assertEquals(h.get(h.size() - 1).epsilonProgress(), h.get(h.size() - 6).epsilonProgress());
    assertTrue(h.size() == 6 || h.get(h.size() - 6).epsilonProgress() != h.get(h.size() - 7).epsilonProgress());
  }

  @Test
  void the_history_has_one_row_per_generation_and_never_loses_hypervolume_on_a_fixed_reference() {
    SearchResult r = zdt1(Algorithm.NSGA2, 2_000, 4).build().run();
    assertEquals(20, r.generations());
    for (int i = 0; i < r.generations(); i++) {
      SearchProgress p = r.history().get(i);
      assertEquals(i + 1, p.generation());
      assertEquals(100L * (i + 1), p.evaluations());
      if (i > 0) {
        assertTrue(p.epsilonProgress() >= r.history().get(i - 1).epsilonProgress());
      }
    }
  }

  // ---- bad input ----

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void bad_settings_say_what_is_wrong() {
    assertTrue(message(() -> zdt1(Algorithm.NSGA2, 100, 1).populationSize(2).build())
        .contains("population size must be at least 4, was 2"));
    assertTrue(message(() -> zdt1(Algorithm.NSGA2, 100, 1).populationSize(10_001).build())
        .contains("population size must be at most 10000, was 10001"));
    assertTrue(message(() -> zdt1(Algorithm.NSGA2, 100, 1).epsilons(0.1).build())
        .contains("1 epsilons given, the problem has 2 objectives [f1, f2]"));
    assertTrue(message(() -> zdt1(Algorithm.NSGA2, 100, 1).epsilons(0.1, 0).build())
        .contains("epsilon of objective 'f2' must be > 0, was 0.0"));
    assertTrue(message(() -> Search.builder(TestProblems.ZDT1).maxEvaluations(100).build())
        .contains("epsilons are required"));
    assertTrue(message(() -> zdt1(Algorithm.NSGA2, 0, 1).build()).contains("a search needs a stopping rule"));
    assertTrue(message(() -> zdt1(Algorithm.NSGA2, 100, 1).referencePoint(1, 1, 1).build())
        .contains("the reference point has 3 values, the problem has 2 objectives"));
    assertTrue(message(() -> zdt1(Algorithm.NSGA2, 100, 1).threads(0).build()).contains("threads must be at least 1"));
  }

  @Test
  void a_checkpoint_of_another_problem_or_settings_is_refused() {
    SearchCheckpoint cp = zdt1(Algorithm.NSGA2, 300, 1).build().run().checkpoint();
    assertTrue(message(() -> zdt1(Algorithm.NSGA2, 600, 2).resume(cp).build())
        .contains("the checkpoint was written with seed 1, this search has 2"));
    assertTrue(message(() -> zdt1(Algorithm.NSGA3, 600, 1).resume(cp).build())
        .contains("the checkpoint was written by algorithm NSGA2, this search uses NSGA3"));
    assertTrue(message(() -> zdt1(Algorithm.NSGA2, 600, 1).epsilons(0.01, 0.01).resume(cp).build())
        .contains("the checkpoint was written with epsilons [0.002, 0.002], this search has [0.01, 0.01]"));
    assertTrue(message(() -> zdt1(Algorithm.NSGA2, 600, 1).populationSize(50).resume(cp).build())
        .contains("population size 100, this search has 50"));
    SearchProblem renamed = new Renamed(TestProblems.ZDT1, ImmutableList.of("f1", "cost"), "ZDT1");
    assertTrue(message(() -> Search.builder(renamed).populationSize(100).epsilons(0.002, 0.002).maxEvaluations(600)
        .seed(1).algorithm(Algorithm.NSGA2).resume(cp).build())
        .contains("the checkpoint was written for objectives [f1, f2], this search has [f1, cost]"));
    SearchProblem other = new Renamed(TestProblems.ZDT1, ImmutableList.of("f1", "f2"), "ZDT1 scaled");
    assertTrue(message(() -> Search.builder(other).populationSize(100).epsilons(0.002, 0.002).maxEvaluations(600)
        .seed(1).algorithm(Algorithm.NSGA2).resume(cp).build())
        .contains("identity 'ZDT1', this problem's is 'ZDT1 scaled'"));
  }

  @Test
  void a_truncated_corrupted_or_foreign_file_is_not_a_checkpoint() {
    byte[] bytes = zdt1(Algorithm.NSGA2, 300, 1).build().run().checkpoint().toBytes();
    for (int cut : new int[] {10, 40, bytes.length / 2, bytes.length - 1}) {
      String m = message(() -> SearchCheckpoint.fromBytes(java.util.Arrays.copyOf(bytes, cut)));
      assertTrue(m.startsWith("not a search checkpoint (truncated"), cut + ": " + m);
    }
    assertTrue(message(() -> SearchCheckpoint.fromBytes("{\"format\": \"xinlu/1\"}".getBytes()))
        .startsWith("not a search checkpoint"));
    assertTrue(message(() -> SearchCheckpoint.fromBytes(new byte[0])).startsWith("not a search checkpoint"));
    // a damaged algorithm state: flip bytes near the end, where the serialised state lies
    byte[] damaged = bytes.clone();
    for (int i = damaged.length - 200; i < damaged.length - 100; i++) {
      damaged[i] ^= 0x5a;
    }
    SearchCheckpoint cp = SearchCheckpoint.fromBytes(damaged);
    String m = message(() -> zdt1(Algorithm.NSGA2, 600, 1).resume(cp).build().run());
    assertTrue(m.startsWith("not a search checkpoint"), m);
  }

  @Test
  void a_checkpoint_smuggling_another_class_is_refused_by_the_filter() throws Exception {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(b)) {
      o.writeObject(new java.io.File("/"));
    }
    java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(b.toByteArray()));
    in.setObjectInputFilter(Search.FILTER);
    assertThrows(java.io.InvalidClassException.class, in::readObject);
  }

  @Test
  void an_evaluation_that_throws_names_the_candidate() {
    SearchProblem failing = new Renamed(TestProblems.ZDT1, ImmutableList.of("f1", "f2"), "") {
      @Override
      public void evaluate(double[] x, double[] f, double[] v) {
        if (x[0] > 0.9) {
          throw new IllegalStateException("the model broke");
        }
        super.evaluate(x, f, v);
      }
    };
    for (int threads : new int[] {1, 2}) {
      SearchException e = assertThrows(SearchException.class, () -> Search.builder(failing)
          .algorithm(Algorithm.NSGA2).epsilons(0.01, 0.01).maxEvaluations(5_000).threads(threads).seed(1).build()
          .run());
      assertTrue(e.x()[0] > 0.9);
      assertTrue(e.getMessage().contains("evaluating candidate x = [" + e.x()[0] + ", "), e.getMessage());
      assertTrue(e.getMessage().contains("the model broke"), e.getMessage());
    }
  }

  @Test
  void a_nan_objective_names_the_candidate_and_the_objective() {
    SearchProblem nan = new Renamed(TestProblems.ZDT1, ImmutableList.of("f1", "f2"), "") {
      @Override
      public void evaluate(double[] x, double[] f, double[] v) {
        super.evaluate(x, f, v);
        f[1] = Double.NaN;
      }
    };
    SearchException e = assertThrows(SearchException.class, () -> Search.builder(nan).epsilons(0.01, 0.01)
        .maxEvaluations(500).build().run());
    assertTrue(e.getMessage().contains("objective 'f2' is NaN"), e.getMessage());
  }

  /** A problem with other objective names or identity, evaluating as another. */
  static class Renamed implements SearchProblem {
    private final SearchProblem inner;
    private final ImmutableList<String> objectives;
    private final String identity;

    Renamed(SearchProblem inner, ImmutableList<String> objectives, String identity) {
      this.inner = inner;
      this.objectives = objectives;
      this.identity = identity;
    }

    @Override
    public ImmutableList<Variable> variables() {
      return inner.variables();
    }

    @Override
    public ImmutableList<String> objectives() {
      return objectives;
    }

    @Override
    public ImmutableList<String> constraints() {
      return inner.constraints();
    }

    @Override
    public void evaluate(double[] x, double[] f, double[] v) {
      inner.evaluate(x, f, v);
    }

    @Override
    public String identity() {
      return identity;
    }
  }
}
