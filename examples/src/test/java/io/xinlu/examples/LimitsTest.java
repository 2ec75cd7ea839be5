package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The memory estimates that refuse a request before anything is allocated, the largest size that fits, and the
 * top-level handler: no stack trace ever reaches a user, whatever is thrown (an in-process test cannot run with a
 * small heap, so the estimates are tested as functions and the refusal with a given budget).
 */
class LimitsTest {
  private static final long MIB = 1L << 20;

  @Test
  void an_ensembles_design_costs_what_core_allocates_per_run() {
    // k = 5: the unit-cube matrix 5 x 8 = 40 bytes; two double[5] rows (16 + 40 = 56 bytes, and an 8-byte reference)
    assertEquals(40 + 2 * (56 + 8), Limits.ensembleBytesPerRun(5));
    // k = 1: 8 + 2 * (16 + 8 = 24, and 8)
    assertEquals(8 + 2 * (24 + 8), Limits.ensembleBytesPerRun(1));
    // k = 2: rows of 16 + 16 = 32 bytes
    assertEquals(16 + 2 * (32 + 8), Limits.ensembleBytesPerRun(2));
  }

  @Test
  void fifty_million_runs_are_refused_in_512_mb_with_the_largest_number_that_fits() {
    long budget = 512 * MIB;
    // synthetic(5, 3, 2035): 5 parameters, 3 indicators x 4 years, 2 threads; a run in flight: 128 x 5 x 16 +
    // 32 x 3 x 16 + 65,536 = 77,312 bytes; sketches 12 x 6 x 16,384 = 1,179,648 bytes
    long run = Limits.runBytes(5, 3, 16);
    assertEquals(77_312, run);
    assertEquals(168L * 1_000_000 + 2 * 77_312 + 1_179_648, Limits.ensembleBytes(1_000_000, 5, 12, 2, run));
    BadInputException e = assertThrows(BadInputException.class, () -> Limits.checkCount("--runs", 50_000_000, 2,
        Integer.MAX_VALUE, "", n -> Limits.ensembleBytes(n, 5, 12, 2, run), budget));
    // (536,870,912 - 154,624 - 1,179,648) / 168 = 3,187,718.09; 50,000,000 runs: 8,401,334,272 bytes
    assertTrue(e.getMessage().contains("the largest --runs that fits is 3187718"), e.getMessage());
    assertTrue(e.getMessage().contains("--runs 50000000 is too large: it needs about 8,402 MB of memory, more "
        + "than the 537 MB available"), e.getMessage());
  }

  @Test
  void the_largest_size_that_fits_fits_and_one_more_does_not() {
    qt().forAll(integers().between(1, 200), longs().between(1, 64L << 30), integers().between(1, 64))
        .checkAssert((k, budget, threads) -> {
          long run = Limits.runBytes(17, 25, 14);
          long fits = Limits.largest(n -> Limits.ensembleBytes(n, k, 24, threads, run), 1, Integer.MAX_VALUE,
              budget);
          if (fits >= 1) {
            assertTrue(Limits.ensembleBytes(fits, k, 24, threads, run) <= budget);
          }
          if (fits < Integer.MAX_VALUE) {
            assertTrue(Limits.ensembleBytes(fits + 1, k, 24, threads, run) > budget);
          }
        });
  }

  @Test
  void estimates_grow_with_every_dimension() {
    qt().forAll(integers().between(1, 999), integers().between(0, 99_999), integers().between(1, 1000))
        .checkAssert((n, m, y) -> {
          assertTrue(Limits.modelBytes(n + 1, m, y) > Limits.modelBytes(n, m, y));
          assertTrue(Limits.modelBytes(n, m + 1, y) > Limits.modelBytes(n, m, y));
          assertTrue(Limits.modelBytes(n, m, y + 1) > Limits.modelBytes(n, m, y));
          assertTrue(Limits.exportBytes(n, m, y) > Limits.modelBytes(n, m, y));
        });
    qt().forAll(integers().between(2, 10_000_000), integers().between(1, 500), integers().between(0, 100_000))
        .checkAssert((base, k, b) -> assertTrue(Limits.sensitivityBytes(base + 1, k, b, 2, 0)
            > Limits.sensitivityBytes(base, k, b, 2, 0)));
  }

  @Test
  void a_synthetic_city_that_does_not_fit_names_the_largest_n_and_m_that_do() {
    // measured: synthetic(1000, 3, 2035) needed 51 MB of heap and synthetic(5, 3, 2035) 11 MB, so about 40 MB for
    // the city itself; the estimate is on the safe side of it
    assertTrue(Limits.modelBytes(1000, 3, 16) >= 40_000_000);
    BadInputException e = assertThrows(BadInputException.class, () -> Limits.checkSynthetic("--size 1000,3,2035",
        1000, 3, 2035, 20 * MIB, Limits::modelBytes));
    // 48 n^2 + 64 x 16 n + 3 (700 + 16 x 16) + 1 MiB <= 20 MiB: 48 n^2 + 1024 n <= 19,920,076; n = 633 gives
    // 19,881,264, n = 634 gives 19,943,104
    assertTrue(e.getMessage().contains("the largest N that fits with M = 3 is 633"), e.getMessage());
    assertTrue(e.getMessage().contains("--size 1000,3,2035 needs about 51 MB of memory"), e.getMessage());
    assertThrows(BadInputException.class, () -> Limits.checkSynthetic("x", 1001, 0, 2030, Long.MAX_VALUE,
        Limits::modelBytes));
    assertThrows(BadInputException.class, () -> Limits.checkSynthetic("x", 5, 100_001, 2030, Long.MAX_VALUE,
        Limits::modelBytes));
  }

  // ---- the top-level handler

  private record Result(int code, String err) {}

  private static Result run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = XinluCommand.execute(command, args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, err.toString());
  }

  @Command(name = "throwing")
  static final class Throwing implements Callable<Integer> {
    private final Throwable thrown;

    Throwing(Throwable thrown) {
      this.thrown = thrown;
    }

    @Override
    public Integer call() throws Exception {
      if (thrown instanceof Error e) {
        throw e;
      }
      throw (Exception) thrown;
    }
  }

  /** An option whose conversion throws an error, as picocli's own conversion might on hostile input. */
  @Command(name = "converting")
  static final class Converting implements Callable<Integer> {
    @Option(names = "--x", converter = Overflowing.class)
    Object x;

    @Override
    public Integer call() {
      return 0;
    }
  }

  static final class Overflowing implements CommandLine.ITypeConverter<Object> {
    @Override
    public Object convert(String value) {
      throw new StackOverflowError();
    }
  }

  private static void oneLine(Result r, int code, String expected) {
    assertEquals(code, r.code(), r.err());
    assertTrue(r.err().startsWith("xinlu: "), r.err());
    assertTrue(r.err().contains(expected), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    assertFalse(r.err().contains("\tat ") || r.err().contains("Caused by"), r.err());
  }

  @Test
  void an_out_of_memory_error_is_one_line_and_exit_1() {
    oneLine(run(new Throwing(new OutOfMemoryError("Java heap space"))), 1, "out of memory (Java heap space");
  }

  @Test
  void a_stack_overflow_is_one_line_and_exit_1() {
    oneLine(run(new Throwing(new StackOverflowError())), 1, "the stack overflowed");
  }

  @Test
  void an_error_thrown_while_converting_a_parameter_is_one_line() {
    oneLine(run(new Converting(), "--x", "1"), 1, "the stack overflowed");
  }

  @Test
  void any_other_failure_is_one_line_and_exit_1_and_bad_input_exit_2() {
    oneLine(run(new Throwing(new IllegalStateException("broken\nsecond line"))), 1,
        "unexpected failure: java.lang.IllegalStateException: broken ...");
    oneLine(run(new Throwing(new AssertionError("assertion"))), 1, "unexpected failure: java.lang.AssertionError");
    oneLine(run(new Throwing(new BadInputException("no such city"))), 2, "no such city");
    oneLine(run(new Throwing(new java.io.IOException("disk"))), 1, "java.io.IOException: disk");
  }

  @Test
  void at_files_are_not_expanded() {
    // picocli would read @FILE (such as @/dev/zero) whole as more arguments
    Cli.Result r = Cli.run("@/nonexistent-args-file");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("@/nonexistent-args-file"), r.err());
  }
}
