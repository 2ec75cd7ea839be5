package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command line's output and exit codes. */
class CommandLineTest {
  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = XinluCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void synthetic_prints_the_five_published_checksums() {
    Result r = run("synthetic", "5", "3", "2035");
    assertEquals(0, r.code(), r.err());
    assertEquals(String.join(System.lineSeparator(), "V 166.719956408", "E 73.1481204393", "C 151.771163376",
        "N 2448.92484541", "U 411.680337962") + System.lineSeparator(), r.out());
  }

  @Test
  void synthetic_baseline_scenario_is_selectable() {
    Result r = run("synthetic", "5", "3", "2035", "--scenario", "baseline");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("V "));
  }

  @Test
  void invalid_sizes_exit_with_2_and_say_what_is_valid() {
    Result r = run("synthetic", "0", "3", "2035");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("N must be at least 1 (got 0)"), r.err());
  }

  @Test
  void a_number_that_is_not_a_number_exits_with_2() {
    Result r = run("synthetic", "five", "3", "2035");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("'five' is not an int"), r.err());
  }

  @Test
  void an_unknown_scenario_lists_the_known_ones() {
    Result r = run("synthetic", "5", "3", "2035", "-s", "green");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown scenario 'green'; known scenarios: baseline, all"), r.err());
  }

  @Test
  void help_lists_the_subcommands() {
    Result r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("synthetic"), r.out());
  }

  @Test
  void checksum_lines_use_twelve_significant_digits_without_grouping() {
    assertEquals("V 1234567.89012", SyntheticCommand.line("V", 1234567.890123456));
    assertEquals("U 0.00000000000", SyntheticCommand.line("U", 0.0));
  }
}
