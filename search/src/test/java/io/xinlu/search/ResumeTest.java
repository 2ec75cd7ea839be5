package io.xinlu.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.xinlu.decision.SearchProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A search stopped and resumed from its checkpoint (through its bytes) equals the search that ran through: the same
 * Pareto set, history and evaluations, and the same final checkpoint byte for byte, so the same future; for every
 * algorithm, seed and stop point, on a problem with integer and binary variables and constraints.
 */
class ResumeTest {
  private static Search.Builder search(SearchProblem problem, Algorithm algorithm, int population, long evaluations,
      long seed) {
    return Search.builder(problem).algorithm(algorithm).populationSize(population).epsilons(0.5, 0.5)
        .maxEvaluations(evaluations).seed(seed);
  }

  private static SearchResult resume(SearchProblem problem, Algorithm algorithm, int population, long evaluations,
      long seed, SearchCheckpoint from) {
    return search(problem, algorithm, population, evaluations, seed)
        .resume(SearchCheckpoint.fromBytes(from.toBytes())).build().run();
  }

  static void assertSameBits(SearchResult expected, SearchResult actual, String what) {
    assertEquals(expected.paretoSet(), actual.paretoSet(), what);
    assertEquals(expected.history(), actual.history(), what);
    assertEquals(expected.evaluations(), actual.evaluations(), what);
    assertEquals(expected.referencePoint(), actual.referencePoint(), what);
    assertArrayEquals(expected.checkpoint().toBytes(), actual.checkpoint().toBytes(), what);
  }

  /**
   * Over seeds, algorithms, population sizes and stop points: stopped after {@code stop} generations' worth of
   * evaluations and resumed to {@code stop + more}, the search equals the one that ran through, checkpoint bytes
   * included; and the stopped search's checkpoint is the run-through's periodic checkpoint at that generation.
   */
  @Test
  void stopped_and_resumed_equals_run_through_bit_for_bit_for_every_algorithm_seed_and_stop_point() {
    qt().withExamples(60).forAll(longs().all(), integers().between(0, Algorithm.values().length - 1),
        integers().between(1, 6), integers().between(1, 8)).checkAssert((seed, a, stop, more) -> {
          Algorithm algorithm = Algorithm.values()[a];
          int population = 12;
          long total = (long) population * (stop + more);
          String what = algorithm + ", seed " + seed + ", stop after " + stop + ", then " + more + " more";
          List<SearchCheckpoint> periodic = new ArrayList<>();
          SearchResult through = search(TestProblems.PLAN, algorithm, population, total, seed)
              .checkpoints(1, periodic::add).build().run();
          SearchResult first = search(TestProblems.PLAN, algorithm, population, (long) population * stop, seed)
              .build().run();
          assertTrue(first.generations() < through.generations(), what);
          assertArrayEquals(periodic.get(first.generations() - 1).toBytes(), first.checkpoint().toBytes(), what);
          SearchResult resumed = resume(TestProblems.PLAN, algorithm, population, total, seed, first.checkpoint());
          assertSameBits(through, resumed, what);
        });
  }

  /**
   * Resumed twice (after 2 and after 5 generations) and then run 40 more: still the run-through, bit for bit, so no
   * difference that a checkpoint carries grows with the generations that follow it.
   */
  @Test
  void resumed_twice_and_run_long_after_still_equals_run_through() {
    for (Algorithm algorithm : Algorithm.values()) {
      int population = 12;
      long total = 47L * population;
      SearchResult through = search(TestProblems.PLAN, algorithm, population, total, 11).build().run();
      SearchResult first = search(TestProblems.PLAN, algorithm, population, 2L * population, 11).build().run();
      SearchResult second = resume(TestProblems.PLAN, algorithm, population, 5L * population, 11, first.checkpoint());
      SearchResult resumed = resume(TestProblems.PLAN, algorithm, population, total, 11, second.checkpoint());
      assertTrue(resumed.feasible(), algorithm.toString());
      assertSameBits(through, resumed, algorithm.toString());
    }
  }

  /**
   * What the fix rests on: an algorithm's state is read back with the string constants and cached boxes that a
   * search which never stopped shares with the solutions it makes later.
   */
  @Test
  void a_read_state_shares_interned_strings_and_cached_boxes() throws Exception {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(b)) {
      o.writeObject(new ArrayList<>(List.of(new String("rank".toCharArray()), 0, 1000, 7L, true, 1.5)));
    }
    List<?> plain;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(b.toByteArray()))) {
      plain = (List<?>) in.readObject();
    }
    // read plainly, they are copies
    assertNotSame("rank", plain.get(0));
    assertNotSame(Integer.valueOf(0), plain.get(1));
    List<?> read;
    try (java.io.ObjectInputStream in = new Search.Canonical(new java.io.ByteArrayInputStream(b.toByteArray()))) {
      read = (List<?>) in.readObject();
    }
    assertSame("rank", read.get(0));
    assertSame(Integer.valueOf(0), read.get(1));
    assertEquals(1000, read.get(2));
    assertSame(Long.valueOf(7), read.get(3));
    assertSame(Boolean.TRUE, read.get(4));
    assertEquals(1.5, read.get(5));
  }
}
