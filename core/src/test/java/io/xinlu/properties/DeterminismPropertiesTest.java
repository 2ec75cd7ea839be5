package io.xinlu.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.xinlu.properties.Theories.qt;

import io.xinlu.engine.CompiledScenario;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs are pure functions of their compiled scenario, whatever the threads. */
class DeterminismPropertiesTest {
  private static final int THREADS = 8;
  private static final int RUNS = 48;

  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopPool() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  /**
   * Property 6. The same {@link CompiledScenario} run {@value #RUNS} times on {@value #THREADS} threads at once
   * (half of the tasks compiling the scenario afresh on their thread, half sharing one compiled instance) gives
   * results bit-identical to a single-threaded run: every series of every quantity by {@code Arrays.equals}, and
   * the same events.
   */
  @Test
  void runs_on_eight_threads_are_bit_identical_to_a_single_threaded_run() {
    qt().withExamples(30).forAll(ModelGen.models()).checkAssert(g -> {
      CompiledScenario compiled = Engine.compile(g.model(), ModelGen.POLICY);
      Run reference = compiled.run();
      CountDownLatch ready = new CountDownLatch(THREADS);
      List<Callable<Run>> tasks = new ArrayList<>();
      for (int k = 0; k < RUNS; k++) {
        boolean fresh = k % 2 == 1;
        boolean gate = k < THREADS;
        tasks.add(() -> {
          if (gate) { // the first wave starts together, to overlap as much as possible
            ready.countDown();
            ready.await(5, TimeUnit.SECONDS);
          }
          return fresh ? Engine.compile(g.model(), ModelGen.POLICY).run() : compiled.run();
        });
      }
      List<Future<Run>> results;
      try {
        results = pool.invokeAll(tasks);
        for (int k = 0; k < results.size(); k++) {
          Run run = results.get(k).get();
          RunValues.assertBitIdentical(reference, run, "run " + k);
          assertEquals(reference.events(), run.events(), "run " + k + ": events");
        }
      } catch (InterruptedException | ExecutionException e) {
        throw new AssertionError(e);
      }
    });
  }

  /**
   * A run works its labour series out at the first request of one of them. One {@link Run}, its labour not yet
   * asked for, read by {@value #THREADS} threads at once (each asking for every quantity, labour first or last by
   * turns) gives every thread the numbers of a run read on one thread, bit for bit.
   */
  @Test
  void one_run_read_on_eight_threads_at_once_gives_every_thread_the_same_numbers() {
    qt().withExamples(30).forAll(ModelGen.models()).checkAssert(g -> {
      CompiledScenario compiled = Engine.compile(g.model(), ModelGen.POLICY);
      Run reference = compiled.run();
      Run shared = compiled.run();
      CountDownLatch ready = new CountDownLatch(THREADS);
      List<Callable<Map<Quantity, double[]>>> tasks = new ArrayList<>();
      for (int k = 0; k < THREADS; k++) {
        boolean labourFirst = k % 2 == 0;
        tasks.add(() -> {
          ready.countDown();
          ready.await(5, TimeUnit.SECONDS);
          Map<Quantity, double[]> out = new EnumMap<>(Quantity.class);
          if (labourFirst && shared.has(Quantity.JOBS_LOST)) {
            out.put(Quantity.JOBS_LOST, shared.totalSeries(Quantity.JOBS_LOST));
          }
          out.putAll(RunValues.of(shared));
          return out;
        });
      }
      try {
        Map<Quantity, double[]> expected = RunValues.of(reference);
        for (Future<Map<Quantity, double[]>> f : pool.invokeAll(tasks)) {
          Map<Quantity, double[]> got = f.get();
          assertEquals(expected.keySet(), got.keySet());
          for (Quantity q : expected.keySet()) {
            assertTrue(Arrays.equals(expected.get(q), got.get(q)), q + " differs");
          }
        }
      } catch (InterruptedException | ExecutionException e) {
        throw new AssertionError(e);
      }
    });
  }
}
