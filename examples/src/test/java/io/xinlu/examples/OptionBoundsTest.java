package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every numeric option's real bounds: a request too large for the memory or time it needs is refused before anything
 * is allocated, with exit 2, a message that names the option and the largest value that fits, in seconds; a value
 * below what the design needs is refused with the option's name, not a library's; an empty list item is bad input.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OptionBoundsTest {
  private static void refused(Cli.Result r, String... expected) {
    assertEquals(2, r.code(), r.out() + r.err());
    for (String e : expected) {
      assertTrue(r.err().contains(e), "'" + e + "' in: " + r.err());
    }
    assertFalse(r.err().contains("\tat "), "a stack trace: " + r.err());
    assertFalse(r.err().contains("Exception"), "an exception's name: " + r.err());
  }

  @Test
  void too_many_runs_are_refused_with_the_largest_number_that_fits() {
    refused(Cli.run("ensemble", "--city", "synthetic", "--runs", "2000000000"), "--runs 2000000000",
        "largest --runs that fits");
    refused(Cli.run("ensemble", "--city", "yangquan", "--runs", "2000000000", "--design", "mc"), "--runs",
        "largest --runs that fits");
  }

  @Test
  void an_export_that_could_not_be_read_back_is_refused_and_writes_nothing(@TempDir Path dir) {
    // 1,001 projects in one strategy: a list longer than the reader takes
    Path out = dir.resolve("big");
    refused(Cli.run("export", "synthetic", "--size", "5,1001,2035", "--out", out.toString()), "too large to export",
        "a list has at most 1000", "nothing was written");
    assertFalse(Files.exists(out), "the folder was created");
  }

  @Test
  void a_sobol_ensemble_holds_nothing_per_run() {
    // the Sobol design is worked out run by run: its memory does not grow with the runs, a held design's does
    long run = 100_000;
    assertEquals(Limits.ensembleBytes(1000, 0, 12, 2, run), Limits.ensembleBytes(2_000_000_000L, 0, 12, 2, run));
    assertTrue(Limits.ensembleBytes(2_000_000_000L, 19, 12, 2, run) > 2_000_000_000L * 19 * 8);
  }

  @Test
  void too_many_bootstrap_resamples_or_base_points_are_refused() {
    refused(Cli.run("sensitivity", "--city", "synthetic", "--bootstrap", "100000000"), "--bootstrap 100000000",
        "at most 100000");
    refused(Cli.run("sensitivity", "--city", "synthetic", "--base", "2000000000"), "--base 2000000000",
        "largest --base that fits");
    // each resample passes over every base point: 100,000 x 100,000 x 7 is hours of work
    refused(Cli.run("sensitivity", "--city", "synthetic", "--base", "100000", "--bootstrap", "100000"),
        "too much work", "the largest --bootstrap for this --base is 5714");
  }

  @Test
  void a_synthetic_city_too_large_to_build_in_seconds_is_refused() {
    refused(Cli.run("synthetic", "1000000", "3", "2035"), "1000000 sectors", "at most 1000");
    refused(Cli.run("synthetic", "10000", "3", "2035"), "10000 sectors", "at most 1000");
    refused(Cli.run("run", "--city", "synthetic", "--size", "100000,3,2035"), "--size", "at most 1000");
    refused(Cli.run("synthetic", "5", "10000000", "2035"), "10000000 projects", "at most 100000");
    refused(Cli.run("export", "synthetic", "--size", "100000,3,2035", "--out", "never-written"), "at most 1000");
  }

  @Test
  void runs_below_what_the_design_needs_name_the_option_and_the_design() {
    refused(Cli.run("ensemble", "--city", "synthetic", "--runs", "1"), "--runs must be at least 2 for the lhs "
        + "design");
    refused(Cli.run("ensemble", "--city", "synthetic", "--runs", "0", "--design", "mc"), "--runs must be at least 1");
    for (String design : List.of("mc", "sobol")) {
      Cli.Result r = Cli.run("ensemble", "--city", "synthetic", "--runs", "1", "--design", design, "-i", "co2");
      assertEquals(0, r.code(), design + ": " + r.err());
      assertTrue(r.out().contains("1 runs, " + design + " design"), r.out());
    }
  }

  @Test
  void threads_and_bootstrap_have_bounds_that_say_what_is_valid() {
    refused(Cli.run("ensemble", "--city", "synthetic", "--runs", "8", "--threads", "0"), "--threads");
    refused(Cli.run("ensemble", "--city", "synthetic", "--runs", "8", "--threads", "100000"), "--threads 100000",
        "at most 256");
    refused(Cli.run("sensitivity", "--city", "synthetic", "--base", "8", "--threads", "100000"), "at most 256");
    refused(Cli.run("sensitivity", "--city", "synthetic", "--base", "8", "--bootstrap", "1"), "--bootstrap 1",
        "0 (no intervals) or at least 40");
    Cli.Result ok = Cli.run("sensitivity", "--city", "synthetic", "--base", "8", "--bootstrap", "40");
    assertEquals(0, ok.code(), ok.err());
  }

  @Test
  void an_empty_list_item_is_bad_input_not_the_defaults() {
    refused(Cli.run("run", "--city", "synthetic", "-i", ",,,"), "-i", "empty item");
    refused(Cli.run("run", "--city", "synthetic", "-i", "gdp,,co2"), "empty item");
    refused(Cli.run("run", "--city", "synthetic", "-y", "2020,"), "empty item");
    refused(Cli.run("compare", "--city", "synthetic", "-s", ",all"), "empty item");
    refused(Cli.run("run", "--city", "synthetic", "--size", "5,,2035"), "'' is not an int");
    refused(Cli.run("ensemble", "--city", "synthetic", "--runs", "8", "-i", ""), "empty item");
  }

  @ParameterizedTest
  @ValueSource(strings = {"report", "run", "compare", "ensemble", "sensitivity", "synthetic", "export"})
  void help_prints_no_picocli_warning(String subcommand) {
    // picocli prints its warnings on System.err, not on the command line's error writer
    PrintStream old = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Cli.Result r;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      r = Cli.run(subcommand, "--help");
    } finally {
      System.setErr(old);
    }
    assertEquals(0, r.code(), r.err());
    String all = captured.toString(StandardCharsets.UTF_8) + r.err() + r.out();
    assertFalse(all.contains("[picocli WARN]"), all);
    assertFalse(r.out().contains("%n") || r.out().contains("%%"), "an unformatted description: " + r.out());
  }
}
