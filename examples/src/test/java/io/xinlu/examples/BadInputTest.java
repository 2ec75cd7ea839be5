package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: exit code 2, a message that says what is wrong and what is valid, nothing half-written. */
class BadInputTest {
  private static void usageError(Cli.Result r, String... expected) {
    assertEquals(2, r.code(), r.out() + r.err());
    for (String e : expected) {
      assertTrue(r.err().contains(e), "'" + e + "' in: " + r.err());
    }
  }

  @Test
  void an_unknown_city_lists_the_cities() {
    usageError(Cli.run("run", "--city", "datong"), "unknown city 'datong'; known cities: yangquan, synthetic");
  }

  @Test
  void an_unknown_scenario_lists_the_scenarios() {
    usageError(Cli.run("run", "--scenario", "green"),
        "unknown scenario 'green' of city yangquan; known scenarios: baseline, seed-plan, accelerated, delayed");
    usageError(Cli.run("compare", "--city", "synthetic", "--reference", "green"),
        "unknown scenario 'green'", "known scenarios: baseline, all");
    usageError(Cli.run("ensemble", "--city", "synthetic", "-s", "green", "--runs", "4"), "known scenarios");
  }

  @Test
  void an_unknown_indicator_lists_the_known_ids() {
    usageError(Cli.run("run", "--city", "synthetic", "--indicators", "gdp,happiness"),
        "unknown indicator 'happiness'; known indicators: gdp, ", "families: share:sector:<sector>");
    usageError(Cli.run("sensitivity", "--city", "synthetic", "-i", "happiness", "--base", "4"),
        "unknown indicator 'happiness'");
  }

  @Test
  void an_indicator_of_a_sector_the_city_lacks_names_the_sectors() {
    usageError(Cli.run("run", "--city", "synthetic", "-i", "share:sector:coal-mining"),
        "indicator 'share:sector:coal-mining' cannot be computed", "sectors: s0, s1");
  }

  @Test
  void invalid_numbers_say_what_is_valid() {
    usageError(Cli.run("run", "--city", "synthetic", "--years", "2030,20x5"), "'20x5' is not an int");
    usageError(Cli.run("run", "--city", "synthetic", "--years", "2050"), "year 2050 is outside the run; valid "
        + "years: 2020 to 2035");
    usageError(Cli.run("run", "--city", "synthetic", "--size", "5,three,2035"), "'three' is not an int");
    usageError(Cli.run("run", "--city", "synthetic", "--size", "0,3,2035"), "N (sectors) must be at least 1");
    usageError(Cli.run("run", "--city", "synthetic", "--size", "5,3"), "three whole numbers N,M,T");
    usageError(Cli.run("ensemble", "--city", "synthetic", "--runs", "many"), "'many' is not an int");
    usageError(Cli.run("ensemble", "--city", "synthetic", "--runs", "0"), "--runs must be at least 2 for the lhs "
        + "design");
    usageError(Cli.run("sensitivity", "--city", "synthetic", "--base", "1"), "--base must be at least 2");
    usageError(Cli.run("run", "--size", "5,3,2035"), "--size applies to the synthetic city only");
  }

  @Test
  void bad_choices_list_the_valid_ones() {
    usageError(Cli.run("run", "--city", "synthetic", "--format", "bad"), "[table, csv, json]");
    usageError(Cli.run("ensemble", "--city", "synthetic", "--design", "grid"), "[lhs, mc, sobol]");
    usageError(Cli.run("report", "--lang", "fr"), "[en, zh]");
  }

  @Test
  void an_unwritable_output_file_writes_nothing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plain-file");
    Files.writeString(file, "x");
    usageError(Cli.run("run", "--city", "synthetic", "--format", "csv", "--output",
        file.resolve("out.csv").toString()), "cannot write", "plain-file' is not a folder");
    usageError(Cli.run("run", "--city", "synthetic", "--output", dir.toString()), "it is a folder");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void an_output_that_cannot_be_written_is_refused_before_any_work(@TempDir Path dir) {
    // checked before the runs: the message is about the output, not about the (too many) runs
    Path missing = dir.resolve("missing").resolve("out.csv");
    for (String command : List.of("run", "compare", "ensemble", "sensitivity")) {
      Cli.Result r = Cli.run(command, "--city", "synthetic", "--output", missing.toString());
      usageError(r, "the folder '" + dir.resolve("missing") + "' does not exist");
    }
    usageError(Cli.run("ensemble", "--city", "synthetic", "--runs", "2000000000", "--output", missing.toString()),
        "does not exist");
  }

  @Test
  void an_unwritable_report_folder_writes_nothing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plain-file");
    Files.writeString(file, "x");
    usageError(Cli.run("report", "--out", file.toString()), "it is a file, not a folder");
    usageError(Cli.run("report", "--out", file.resolve("sub").toString()), "cannot create the report folder");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
    assertEquals("x", Files.readString(file));
  }

  @Test
  void a_good_output_file_is_written_whole(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("co2.json");
    Cli.Result r = Cli.run("run", "--city", "synthetic", "-i", "co2", "--format", "json", "--output", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(out).contains("\"metadata\""));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList());
    }
  }
}
