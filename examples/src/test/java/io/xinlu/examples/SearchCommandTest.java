package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import io.xinlu.io.ScenarioFiles;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenarios.SyntheticCity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xinlu search}: its files, resumption, threads, the infeasible case and every kind of bad input (exit 2,
 * nothing written).
 */
class SearchCommandTest {
  private static final List<String> FILES = List.of("pareto.csv", "convergence.csv", "robustness.csv",
      "pareto-parallel.png", "pareto-tradeoff.png", "plan.yaml");

  private static Cli.Result search(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "search";
    System.arraycopy(args, 0, all, 1, args.length);
    return Cli.run(all);
  }

  private static void ok(Cli.Result r) {
    assertEquals(0, r.code(), r.out() + r.err());
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void a_short_synthetic_search_prints_the_pareto_set_and_writes_every_file(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Cli.Result r = search("--city", "synthetic", "--evaluations", "300", "--population", "20", "--out",
        out.toString(), "--no-progress");
    ok(r);
    assertTrue(r.out().contains("stopped after 15 generations and 300 evaluations because it reached --evaluations "
        + "300"), r.out());
    assertTrue(r.out().contains("Pareto set: "), r.out());
    assertTrue(r.out().contains("all-projects  p0:scale  p1:scale  p2:scale"), r.out());
    for (String f : FILES) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    List<String> convergence = Files.readAllLines(out.resolve("convergence.csv")).stream()
        .filter(l -> !l.startsWith("#")).toList();
    assertEquals("generation,evaluations,hypervolume,epsilon_progress,archive_size,feasible", convergence.get(0));
    assertEquals(16, convergence.size(), "a header and 15 generations of 20");
    assertTrue(convergence.get(15).startsWith("15,300,"), convergence.get(15));
    String robustness = Files.readString(out.resolve("robustness.csv"));
    for (String metric : List.of(",mean,", ",worst,", ",regret1,", ",mean-regret1,", ",regret2,")) {
      assertTrue(robustness.contains(metric), metric);
    }
    byte[] png = Files.readAllBytes(out.resolve("pareto-tradeoff.png"));
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
  }

  @Test
  void with_format_json_every_table_is_also_written_as_json(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Cli.Result r = search("--city", "synthetic", "--evaluations", "40", "--population", "20", "--out",
        out.toString(), "--format", "json");
    ok(r);
    assertTrue(r.out().startsWith("{"), r.out());
    assertTrue(r.out().contains("\"pareto_set\" : [") && r.out().contains("\"convergence\" : ["), r.out());
    for (String f : List.of("pareto.json", "convergence.json", "robustness.json")) {
      assertTrue(Files.readString(out.resolve(f)).contains("\"xinlu-version\""), f);
    }
    assertEquals(FILES.size() + 3, names(out).size(), names(out).toString());
  }

  @Test
  void the_exported_plan_runs_as_a_scenario_with_the_levers_of_its_row(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    ok(search("--city", "synthetic", "--evaluations", "200", "--population", "20", "--out", out.toString(),
        "--export-plan", "2"));
    // plan 2's lever rows of pareto.csv (plan, kind, name, value, note): the intensity, then three scales
    List<String> levers = Files.readAllLines(out.resolve("pareto.csv")).stream()
        .filter(l -> l.startsWith("plan-2,lever,")).toList();
    assertEquals(4, levers.size(), levers.toString());
    assertTrue(levers.get(0).startsWith("plan-2,lever,strategy/all-projects/intensity,"), levers.get(0));
    String[] cells = new String[levers.size() + 1];
    for (int k = 0; k < levers.size(); k++) {
      cells[k + 1] = levers.get(k).split(",")[3];
    }
    String row = levers.toString();
    CityModel model = ScenarioFiles.load(List.of(out.resolve("plan.yaml"))).model();
    assertTrue(model.scenarioNames().contains(SearchCommand.PLAN_SCENARIO), model.scenarioNames().toString());
    Run plan = Engine.run(model, SearchCommand.PLAN_SCENARIO);
    // the same levers written by hand as a scenario of the city: adopt the strategy at the row's intensity, scale
    // each project by the row's scale
    double intensity = Double.parseDouble(cells[1]);
    assertTrue(intensity >= 0.2 && intensity <= 1.0, row);
    Scenario.Builder hand = Scenario.builder().name("by-hand").parent("all")
        .adopt(SyntheticCity.STRATEGY, intensity, 0.0);
    for (int k = 0; k < 3; k++) {
      hand.override("p" + k, ProjectOverride.none().withScale(Double.parseDouble(cells[2 + k])));
    }
    CityModel byHand = CityModel.builder().from(SyntheticCity.model(5, 3, 2035)).addScenarios(hand.build()).build();
    Run expected = Engine.run(byHand, "by-hand");
    for (int y : new int[] {2025, 2030, 2035}) {
      assertEquals(Indicators.co2().value(expected, y), Indicators.co2().value(plan, y), "co2 " + y);
      assertEquals(Indicators.gdp().value(expected, y), Indicators.gdp().value(plan, y), "gdp " + y);
    }
    Cli.Result compare = Cli.run("compare", "--model", out.resolve("plan.yaml").toString(), "--format", "csv");
    ok(compare);
    assertTrue(compare.out().contains(SearchCommand.PLAN_SCENARIO), compare.out());
  }

  @Test
  void resumed_from_a_checkpoint_equals_a_run_that_went_through(@TempDir Path dir) throws IOException {
    Path through = dir.resolve("through");
    Path first = dir.resolve("first");
    Path resumed = dir.resolve("resumed");
    Path checkpoint = dir.resolve("search.ckpt");
    ok(search("--city", "synthetic", "--evaluations", "400", "--population", "20", "--out", through.toString()));
    ok(search("--city", "synthetic", "--evaluations", "200", "--population", "20", "--out", first.toString(),
        "--checkpoint", checkpoint.toString(), "--checkpoint-every", "3"));
    assertTrue(Files.size(checkpoint) > 0);
    Cli.Result r = search("--city", "synthetic", "--evaluations", "400", "--population", "20", "--out",
        resumed.toString(), "--resume", checkpoint.toString(), "--threads", "1");
    ok(r);
    for (String f : List.of("pareto.csv", "convergence.csv", "robustness.csv", "plan.yaml")) {
      assertArrayEquals(Files.readAllBytes(through.resolve(f)), Files.readAllBytes(resumed.resolve(f)), f);
    }
    assertFalse(java.util.Arrays.equals(Files.readAllBytes(first.resolve("convergence.csv")),
        Files.readAllBytes(resumed.resolve("convergence.csv"))), "the first part stopped earlier");
  }

  @Test
  void one_and_two_threads_give_the_same_pareto_set(@TempDir Path dir) throws IOException {
    ok(search("--city", "synthetic", "--evaluations", "300", "--population", "20", "--threads", "1", "--out",
        dir.resolve("t1").toString()));
    ok(search("--city", "synthetic", "--evaluations", "300", "--population", "20", "--threads", "2", "--out",
        dir.resolve("t2").toString()));
    assertArrayEquals(Files.readAllBytes(dir.resolve("t1/pareto.csv")), Files.readAllBytes(dir.resolve(
        "t2/pareto.csv")));
  }

  @Test
  void a_short_yangquan_search_writes_its_files(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("yq");
    Cli.Result r = search("--futures", "8", "--evaluations", "48", "--population", "8", "--out", out.toString());
    ok(r);
    assertTrue(r.out().startsWith("yangquan seed-plan: 12 levers, 8 futures, epsilon-nsga2, population 8"),
        r.out());
    assertTrue(r.out().contains("coal-power-retirement:start"), r.out());
    assertEquals(FILES.stream().sorted().toList(), names(out));
    List<String> named = Files.readAllLines(out.resolve("pareto.csv")).stream().filter(l -> l.startsWith("plan-1,"))
        .map(l -> String.join(",", java.util.Arrays.copyOf(l.split(","), 3))).toList();
    assertEquals(12 + 7 + 2 + 2, named.size(), named.toString());
    assertEquals("plan-1,lever,strategy/industrial-empowerment/intensity", named.get(0));
    assertEquals("plan-1,lever,project/intercity-rail/start", named.get(11));
    assertEquals(List.of("plan-1,robustness,co2@2030/mean", "plan-1,robustness,co2@2030/p90",
        "plan-1,robustness,gdp@2035/mean", "plan-1,robustness,gdp@2035/p90",
        "plan-1,robustness,peak(displaced-workers)/mean", "plan-1,robustness,peak(displaced-workers)/p90",
        "plan-1,satisficing,satisficing", "plan-1,violation,prerequisites/coal-power-retirement",
        "plan-1,violation,prerequisites/coal-capacity-exit", "plan-1,total-violation,total",
        "plan-1,feasible,feasible"), named.subList(12, named.size()));
    Cli.Result compare = Cli.run("compare", "--model", out.resolve("plan.yaml").toString(), "--format", "csv");
    ok(compare);
  }

  @Test
  void constraints_no_plan_meets_end_with_the_closest_plans(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Cli.Result r = search("--city", "synthetic", "--evaluations", "100", "--population", "20", "--annual-budget",
        "0.0001", "--out", out.toString());
    ok(r);
    assertTrue(r.out().contains("no feasible plan was found; the closest plans are:"), r.out());
    assertTrue(r.out().contains("violation  budget/annual"), r.out());
    assertEquals(List.of("closest.csv", "convergence.csv"), names(out));
  }

  // --- bad input: exit 2, a message that says what is wrong, nothing written

  private static void badInput(Path dir, String expected, String... args) throws IOException {
    Path out = dir.resolve("out");
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--out";
    all[args.length + 1] = out.toString();
    Cli.Result r = search(all);
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(expected), "'" + expected + "' in: " + r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(Files.exists(out), "nothing written: " + out);
  }

  @Test
  void an_unknown_algorithm_lists_the_known_ones(@TempDir Path dir) throws IOException {
    badInput(dir, "unknown algorithm 'borg'; known algorithms: nsga2, nsga3, epsilon-moea, epsilon-nsga2",
        "--city", "synthetic", "--algorithm", "borg");
  }

  @Test
  void a_population_too_small_says_the_least(@TempDir Path dir) throws IOException {
    badInput(dir, "--population must be at least 4, got 3", "--city", "synthetic", "--population", "3");
  }

  @Test
  void a_population_too_large_says_the_most(@TempDir Path dir) throws IOException {
    badInput(dir, "--population must be at most 10000 (sorting a generation is quadratic in it), got 2000000000",
        "--city", "synthetic", "--population", "2000000000");
  }

  @Test
  void epsilons_of_the_wrong_count_name_the_objectives(@TempDir Path dir) throws IOException {
    badInput(dir, "--epsilons: 2 values given, the problem has 3 objectives (co2@2030/mean, gdp@2035/mean, "
        + "peak(displaced-workers)/mean)", "--city", "synthetic", "--epsilons", "0.1,0.1");
    badInput(dir, "the epsilon of objective 'gdp@2035/mean' must be a finite number above 0, got 0.0", "--city",
        "synthetic", "--epsilons", "0.1,0,0.1");
  }

  @Test
  void no_stopping_rule_and_bad_counts_are_refused(@TempDir Path dir) throws IOException {
    badInput(dir, "a search needs a stopping rule", "--city", "synthetic", "--evaluations", "0");
    badInput(dir, "--futures must be 1 to 100000, got 0", "--city", "synthetic", "--futures", "0");
    badInput(dir, "--export-plan is a plan's number in the Pareto set, from 1, got 0", "--city", "synthetic",
        "--export-plan", "0");
    badInput(dir, "--checkpoint-every must be at least 1", "--city", "synthetic", "--checkpoint-every", "0");
  }

  @Test
  void a_plan_beyond_the_pareto_set_is_refused_and_leaves_no_folder(@TempDir Path dir) throws IOException {
    // a population of 8 over 40 evaluations cannot find 1000 plans: refused after the search, the --out folder
    // (created before the search to fail fast) removed again
    badInput(dir, "--export-plan 1000: the Pareto set has ", "--city", "synthetic", "--evaluations", "40",
        "--population", "8", "--export-plan", "1000");
  }

  @Test
  void a_scenario_without_the_strategy_cannot_be_searched(@TempDir Path dir) throws IOException {
    badInput(dir, "cannot search scenario 'baseline' of synthetic(5, 3, 2035)", "--city", "synthetic",
        "--scenario", "baseline");
    badInput(dir, "the yangquan search varies the levers of scenario seed-plan, not 'delayed'", "--scenario",
        "delayed");
  }

  @Test
  void a_checkpoint_of_another_specification_is_refused(@TempDir Path dir) throws IOException {
    Path checkpoint = dir.resolve("search.ckpt");
    ok(search("--city", "synthetic", "--evaluations", "40", "--population", "20", "--checkpoint",
        checkpoint.toString()));
    byte[] before = Files.readAllBytes(checkpoint);
    badInput(dir, "cannot resume from '" + checkpoint + "': ", "--city", "synthetic", "--evaluations", "80",
        "--population", "20", "--futures", "10", "--resume", checkpoint.toString(), "--checkpoint",
        checkpoint.toString());
    badInput(dir, "cannot resume from '" + checkpoint + "': ", "--city", "synthetic", "--evaluations", "80",
        "--population", "24", "--resume", checkpoint.toString());
    assertArrayEquals(before, Files.readAllBytes(checkpoint), "the checkpoint is left as it was");
  }

  @Test
  void a_corrupt_or_missing_checkpoint_is_refused(@TempDir Path dir) throws IOException {
    Path corrupt = dir.resolve("corrupt.ckpt");
    Files.writeString(corrupt, "not a checkpoint at all");
    badInput(dir, "cannot resume from '" + corrupt + "': not a search checkpoint", "--city", "synthetic",
        "--resume", corrupt.toString());
    badInput(dir, "cannot resume from '" + dir.resolve("missing.ckpt") + "': no such file", "--city", "synthetic",
        "--resume", dir.resolve("missing.ckpt").toString());
    Path checkpoint = dir.resolve("search.ckpt");
    ok(search("--city", "synthetic", "--evaluations", "40", "--population", "20", "--checkpoint",
        checkpoint.toString()));
    byte[] bytes = Files.readAllBytes(checkpoint);
    Files.write(checkpoint, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    badInput(dir, "cannot resume from '" + checkpoint + "': not a search checkpoint", "--city", "synthetic",
        "--evaluations", "80", "--population", "20", "--resume", checkpoint.toString());
  }

  @Test
  void an_unwritable_out_folder_is_refused_before_the_search(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plain-file");
    Files.writeString(file, "x");
    Cli.Result r = search("--city", "synthetic", "--evaluations", "40", "--population", "20", "--out",
        file.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("it is a file, not a folder"), r.err());
    assertFalse(r.out().contains("Pareto set"), "no search ran: " + r.out());
    assertEquals("x", Files.readString(file));
    Cli.Result c = search("--city", "synthetic", "--evaluations", "40", "--population", "20", "--checkpoint",
        file.resolve("c.ckpt").toString());
    assertEquals(2, c.code(), c.out() + c.err());
    assertTrue(c.err().contains("--checkpoint: "), c.err());
  }
}
