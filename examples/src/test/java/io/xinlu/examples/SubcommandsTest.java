package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Run;
import io.xinlu.io.results.CsvExport;
import io.xinlu.scenarios.YangquanReport;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every subcommand on the synthetic city, and the report on Yangquan. */
class SubcommandsTest {
  @ParameterizedTest
  @ValueSource(strings = {"report", "run", "compare", "ensemble", "sensitivity", "synthetic", "export", "iamc", "calibrate", "match"})
  void every_subcommand_has_help(String name) {
    Cli.Result r = Cli.run(name, "--help");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Usage: xinlu " + name), r.out());
  }

  @Test
  void help_lists_every_subcommand() {
    Cli.Result r = Cli.run("--help");
    for (String s : List.of("report", "run", "compare", "ensemble", "sensitivity", "synthetic", "export", "iamc", "calibrate", "match")) {
      assertTrue(r.out().contains(s), r.out());
    }
  }

  @Test
  void run_prints_an_aligned_table_of_the_chosen_indicators() {
    Cli.Result r = Cli.run("run", "--city", "synthetic", "--size", "5,3,2035", "--scenario", "all",
        "--indicators", "gdp,co2", "--years", "2020,2035");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("synthetic(5, 3, 2035), scenario all"), r.out());
    // value added in 2035 is the published checksum V 166.719956408
    assertTrue(r.out().lines().anyMatch(l -> l.matches("gdp\\s+billion CNY\\s+100\\.0\\s+166\\.7")), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("co2\\s+Mt CO2\\s+131\\.2\\s+151\\.8")), r.out());
  }

  @Test
  void run_as_csv_is_tidy_and_carries_its_metadata() throws IOException {
    Cli.Result r = Cli.run("run", "--city", "synthetic", "-i", "gdp", "-y", "2035", "--format", "csv");
    assertEquals(0, r.code(), r.err());
    List<CSVRecord> rows = parse(new StringReader(r.out()));
    assertEquals(1, rows.size());
    assertEquals("gdp", rows.get(0).get("indicator"));
    assertEquals(166.719956408, Double.parseDouble(rows.get(0).get("value")), 1e-9);
    assertTrue(r.out().startsWith("# xinlu-version: "), r.out());
  }

  @Test
  void compare_shows_every_scenario_against_the_reference() {
    Cli.Result r = Cli.run("compare", "--city", "synthetic", "--reference", "baseline", "-i", "co2,gdp");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("scenarios compared with baseline"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("indicator\\s+unit\\s+year\\s+baseline\\s+all\\s+all - baseline")), r.out());
  }

  @Test
  void compare_on_yangquan_checks_the_targets() {
    Cli.Result r = Cli.run("compare", "-i", "co2", "-y", "2035");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("co2-peak-2030"), r.out());
  }

  @Test
  void ensemble_prints_ordered_quantiles_and_is_the_same_on_one_and_two_threads() {
    Cli.Result one = Cli.run("ensemble", "--city", "synthetic", "--runs", "64", "--threads", "1", "-i", "co2");
    Cli.Result two = Cli.run("ensemble", "--city", "synthetic", "--runs", "64", "--threads", "2", "-i", "co2");
    assertEquals(0, one.code(), one.err());
    assertEquals(one.out(), two.out());
    assertTrue(one.out().contains("64 runs, lhs design, 5 uncertain parameters, seed 20261128"), one.out());
    assertFalse(one.err().contains("runs"), "no progress bar without a console: " + one.err());
  }

  @Test
  void ensemble_designs_and_progress_bar() {
    for (String design : List.of("mc", "sobol")) {
      Cli.Result r = Cli.run("ensemble", "--city", "synthetic", "--runs", "32", "--design", design, "--progress");
      assertEquals(0, r.code(), r.err());
      assertTrue(r.err().contains("100% 32/32 runs"), r.err());
    }
  }

  @Test
  void sensitivity_prints_the_indices_of_every_parameter() {
    Cli.Result r = Cli.run("sensitivity", "--city", "synthetic", "--base", "32", "--bootstrap", "40");
    assertEquals(0, r.code(), r.err());
    for (String p : List.of("sector/s4/growth", "sector/s0/intensity-decline", "macro-shock",
        "strategy/all-projects/intensity", "reemployment-rate")) {
      assertTrue(r.out().contains(p), r.out());
    }
    assertTrue(r.out().contains("32 base points, 224 runs"), r.out());
  }

  @Test
  void report_prints_the_sections_and_writes_the_csv_files_and_charts(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report");
    Cli.Result r = Cli.run("report", "--out", out.toString(), "--lang", "zh");
    assertEquals(0, r.code(), r.err());
    for (String section : List.of("Industrial mix", "Headline indicators", "Targets", "CO2 gap between seed-plan "
        + "and baseline in 2035", "Jobs and the budget (就业与财政)", "Budget revenue, coal's share of it",
        "Displaced workers of the cohort account by age band", "Wages of the jobs lost", "Stranded value:",
        "Wrote 29 files into")) {
      assertTrue(r.out().contains(section), section + " in\n" + r.out());
    }
    for (String f : List.of("runs.csv", "comparison.csv", "targets.csv", "decomposition.csv", "jobs-budget.csv")) {
      Path p = out.resolve(f);
      assertTrue(Files.isRegularFile(p), f);
      try (Reader reader = Files.newBufferedReader(p)) {
        assertFalse(parse(reader).isEmpty(), f);
      }
    }
    for (String chart : List.of("mix-seed-plan", "co2-lines", "co2-fan", "tornado-co2", "lmdi-waterfall",
        "jobs-budget")) {
      assertTrue(Files.size(out.resolve(chart + ".png")) > 0, chart + ".png");
      assertTrue(Files.size(out.resolve(chart + ".svg")) > 0, chart + ".svg");
    }
    long charts;
    try (Stream<Path> files = Files.list(out)) {
      charts = files.filter(p -> p.toString().endsWith(".png")).count();
    }
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(5 + 2 * charts, files.count(), "five CSV files and each chart as PNG and SVG, no temporary files");
    }
    assertEquals(12, charts);
    // the README states these counts: keep it true
    String readme = Files.readString(Path.of("..", "README.md"));
    assertTrue(readme.contains(charts + " charts, each as PNG and SVG"), "README: number of charts");
    assertTrue(readme.contains("Wrote " + (5 + 2 * charts) + " files into"), "README: number of files");
    // the section's file holds the runs' values: each budget revenue equals the run's own, run again here
    List<Run> runs = YangquanReport.runs();
    int revenues = 0;
    try (Reader reader = Files.newBufferedReader(out.resolve("jobs-budget.csv"))) {
      for (CSVRecord rec : parse(reader)) {
        if (rec.get("measure").equals("budget-revenue")) {
          Run run = runs.stream().filter(x -> x.scenarioName().equals(rec.get("scenario"))).findFirst().orElseThrow();
          assertEquals(run.budgetRevenue(Integer.parseInt(rec.get("year"))), Double.parseDouble(rec.get("value")),
              rec.toString());
          revenues++;
        }
      }
    }
    assertEquals(16, revenues, "4 scenarios x 2022, 2025, 2030, 2035");
    // the decomposition adds up: the factors' effects sum to the gap
    try (Reader reader = Files.newBufferedReader(out.resolve("decomposition.csv"))) {
      double change = 0;
      double effects = 0;
      for (CSVRecord rec : parse(reader)) {
        if (!rec.get("sector").equals("total")) {
          continue;
        }
        switch (rec.get("factor")) {
          case "start", "end" -> { }
          case "change" -> change = Double.parseDouble(rec.get("effect"));
          default -> effects += Double.parseDouble(rec.get("effect"));
        }
      }
      assertEquals(change, effects, 1e-9);
    }
  }

  static List<CSVRecord> parse(Reader reader) throws IOException {
    try (CSVParser p = CsvExport.READ_FORMAT.parse(reader)) {
      return p.getRecords();
    }
  }
}
