package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenarios.Yangquan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xinlu search} of the two kinds besides the robust one: the worst futures of a fixed plan
 * ({@code --worst-future}, a search file of kind worst-future) and the levers in one reference future
 * ({@code --reference-future}, a search file of kind reference): their files, what they print, resumption and
 * threads, and the options each has no use for (exit 2, nothing written).
 */
class SearchKindsCommandTest {
  private static final Path CASES = Path.of("cases", "yangquan");
  private static final Path PROFILE = CASES.resolve("profile.yaml");
  private static final Path SCENARIOS = CASES.resolve("scenarios.yaml");
  private static final Path SEARCH = CASES.resolve("search.yaml");
  private static final List<String> WORST_FILES = List.of("convergence.csv", "worst-futures-parallel.png",
      "worst-futures.csv");

  private static Cli.Result search(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--no-progress"));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }

  private static void ok(Cli.Result r) {
    assertEquals(0, r.code(), r.out() + r.err());
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The values of one objective over every future of a worst-futures.csv, as written (natural sign). */
  private static List<Double> objective(Path csv, String name) throws IOException {
    return Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#"))
        .map(l -> l.split(",", -1)).filter(f -> f.length >= 4 && f[1].equals("objective") && f[2].equals(name))
        .map(f -> Double.parseDouble(f[3])).toList();
  }

  @Test
  void the_worst_futures_of_the_seed_plan_are_at_least_as_bad_as_its_reference_future(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("wf");
    Cli.Result r = search("--worst-future", "--evaluations", "400", "--population", "20", "--out", out.toString());
    ok(r);
    assertTrue(r.out().startsWith("yangquan seed-plan: the worst futures of the plan [1.000, 1.000, 1.000, 1.000, "
        + "1.000, 1.000, 2023, 2023, 2030, 2030, 2023, 2027], 19 uncertain parameters, epsilon-nsga2, population 20"),
        r.out());
    assertTrue(r.out().contains("u18  macro-shock"), r.out());
    assertTrue(r.out().contains("future  co2@2030 (Mt CO2)  gdp@2035 (billion CNY)"), r.out());
    assertTrue(r.out().contains("no plan to export and no robustness table"), r.out());
    assertFalse(r.out().contains("Chosen plan"), r.out());
    assertEquals(WORST_FILES, names(out));
    // the seed plan as written in the case, run in the model as given (the reference future), read by the
    // indicators directly: the search over the uncertain ranges must find futures at least as bad in each objective
    Run seed = Engine.run(Yangquan.model(), Yangquan.SEED_PLAN);
    double co2 = Indicators.co2().value(seed, 2030);
    double gdp = Indicators.gdp().value(seed, 2035);
    double displaced = 0;
    for (int y = seed.baseYear(); y <= seed.endYear(); y++) {
      displaced = Math.max(displaced, Indicators.displacedWorkers().value(seed, y));
    }
    Path csv = out.resolve("worst-futures.csv");
    List<Double> co2s = objective(csv, "co2@2030");
    List<Double> gdps = objective(csv, "gdp@2035");
    List<Double> peaks = objective(csv, "peak(displaced-workers)");
    assertFalse(co2s.isEmpty());
    assertEquals(co2s.size(), gdps.size());
    assertEquals(co2s.size(), peaks.size());
    double worstCo2 = co2s.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    double worstGdp = gdps.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double worstPeak = peaks.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    assertTrue(worstCo2 >= co2, "worst CO2 2030 " + worstCo2 + " >= the seed plan's " + co2);
    assertTrue(worstGdp <= gdp, "worst GDP 2035 " + worstGdp + " <= the seed plan's " + gdp);
    assertTrue(worstPeak >= displaced, "worst peak of displaced workers " + worstPeak + " >= the seed plan's "
        + displaced);
    // the table holds each future's uncertain parameters and no lever
    String text = Files.readString(csv);
    assertTrue(text.contains("plan-1,uncertainty,sector/coal-mining/growth,"), text);
    assertFalse(text.contains(",lever,"), text);
  }

  @Test
  void a_worst_future_search_of_another_plan_starts_from_its_lever_values(@TempDir Path dir) {
    Cli.Result r = search("--worst-future", "--plan", "0.5,0.5,0.5,0.5,0.5,0.5,2027,2027,2032,2034,2026,2031",
        "--evaluations", "40", "--population", "20");
    ok(r);
    assertTrue(r.out().startsWith("yangquan seed-plan: the worst futures of the plan [0.500, 0.500, 0.500, 0.500, "
        + "0.500, 0.500, 2027, 2027, 2032, 2034, 2026, 2031]"), r.out());
    Cli.Result json = search("--worst-future", "--evaluations", "40", "--population", "20", "--format", "json",
        "--out", dir.resolve("j").toString());
    ok(json);
    assertTrue(Files.exists(dir.resolve("j/worst-futures.json")));
    assertTrue(Files.exists(dir.resolve("j/convergence.json")));
  }

  @Test
  void a_worst_future_search_resumed_equals_one_that_ran_through_on_any_threads(@TempDir Path dir)
      throws IOException {
    Path through = dir.resolve("through");
    Path resumed = dir.resolve("resumed");
    Path two = dir.resolve("two");
    Path checkpoint = dir.resolve("wf.ckpt");
    ok(search("--worst-future", "--evaluations", "200", "--population", "20", "--threads", "1", "--out",
        through.toString()));
    ok(search("--worst-future", "--evaluations", "100", "--population", "20", "--checkpoint",
        checkpoint.toString(), "--checkpoint-every", "2"));
    ok(search("--worst-future", "--evaluations", "200", "--population", "20", "--resume", checkpoint.toString(),
        "--threads", "2", "--out", resumed.toString()));
    ok(search("--worst-future", "--evaluations", "200", "--population", "20", "--threads", "2", "--out",
        two.toString()));
    for (String f : List.of("worst-futures.csv", "convergence.csv")) {
      assertArrayEquals(Files.readAllBytes(through.resolve(f)), Files.readAllBytes(resumed.resolve(f)), f);
      assertArrayEquals(Files.readAllBytes(through.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
    }
    // a checkpoint of the worst-future search does not resume the robust one
    Path out = dir.resolve("out");
    Cli.Result r = search("--futures", "8", "--evaluations", "200", "--population", "20", "--resume",
        checkpoint.toString(), "--out", out.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("cannot resume from '"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void a_reference_search_writes_its_files_without_a_robustness_table(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("ref");
    Cli.Result r = search("--reference-future", "--evaluations", "100", "--population", "20", "--out", out.toString());
    ok(r);
    assertTrue(r.out().startsWith("yangquan seed-plan: 12 levers in the reference future, epsilon-nsga2"), r.out());
    assertTrue(r.out().contains("A reference search scores each plan in one future: no robustness table."),
        r.out());
    assertEquals(List.of("convergence.csv", "pareto-parallel.png", "pareto-tradeoff.png", "pareto.csv",
        "plan.yaml"), names(out));
    String pareto = Files.readString(out.resolve("pareto.csv"));
    assertTrue(pareto.contains("plan-1,objective,co2@2030,"), pareto);
    assertFalse(pareto.contains(",robustness,"), pareto);
    ok(Cli.run("compare", "--model", out.resolve("plan.yaml").toString(), "--format", "csv"));
  }

  /** The example search file turned into one of kind {@code kind}, in {@code dir}. */
  private static Path ofKind(Path dir, String kind) throws IOException {
    String text = Files.readString(SEARCH).replaceAll("  robustness: .*\n  futures: .*\n", "")
        .replace("epsilons: [0.2, 0.2, 1.0, 1.0, 1.0, 1.0, 0.02]", "epsilons: [0.2, 1.0, 1.0]");
    text = kind.equals("reference") ? text.replace("kind: robust", "kind: reference")
        : text.replace("kind: robust", "kind: worst-future\n  plan: [1, 1, 1, 1, 1, 1, 2023, 2023, 2030, 2030, "
            + "2023, 2027]");
    Path file = dir.resolve(kind + ".yaml");
    Files.writeString(file, text);
    return file;
  }

  private static Cli.Result searchFile(Path file, String... args) {
    List<String> all = new ArrayList<>(List.of("--profile", PROFILE.toString(), "--scenarios", SCENARIOS.toString(),
        "--scenarios", file.toString()));
    all.addAll(List.of(args));
    return search(all.toArray(String[]::new));
  }

  @Test
  void search_files_of_the_other_kinds_run_and_equal_the_catalogue_options(@TempDir Path dir) throws IOException {
    Path worst = ofKind(dir, "worst-future");
    Cli.Result r = searchFile(worst, "--evaluations", "60", "--population", "20", "--out",
        dir.resolve("wf-file").toString());
    ok(r);
    assertTrue(r.out().contains("the worst futures of the plan [1.000, 1.000, 1.000, 1.000, 1.000, 1.000, 2023, "
        + "2023, 2030, 2030, 2023, 2027], 19 uncertain parameters"), r.out());
    assertEquals(WORST_FILES, names(dir.resolve("wf-file")));
    Path reference = ofKind(dir, "reference");
    Cli.Result ref = searchFile(reference, "--evaluations", "60", "--population", "20", "--out",
        dir.resolve("ref-file").toString());
    ok(ref);
    assertTrue(ref.out().contains("no robustness table"), ref.out());
    assertFalse(Files.exists(dir.resolve("ref-file/robustness.csv")));
    assertTrue(Files.exists(dir.resolve("ref-file/plan.yaml")));
    // the file's problems are the catalogue's: the same settings give the same futures and plans
    ok(search("--worst-future", "--evaluations", "60", "--population", "20", "--seed", "20261128", "--out",
        dir.resolve("wf-cli").toString()));
    ok(search("--reference-future", "--evaluations", "60", "--population", "20", "--seed", "20261128", "--out",
        dir.resolve("ref-cli").toString()));
    assertEquals(body(dir.resolve("wf-cli/worst-futures.csv")), body(dir.resolve("wf-file/worst-futures.csv")));
    assertEquals(body(dir.resolve("ref-cli/pareto.csv")), body(dir.resolve("ref-file/pareto.csv")));
  }

  /** A CSV file without its comment lines (the metadata names the files). */
  private static List<String> body(Path csv) throws IOException {
    return Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#")).toList();
  }

  // --- bad input: exit 2, a message naming the options at fault, nothing written

  private static void badInput(Path dir, String expected, String... args) {
    Path out = dir.resolve("out");
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--out", out.toString()));
    Cli.Result r = search(all.toArray(String[]::new));
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(expected), "'" + expected + "' in: " + r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.out().contains("Worst futures") || r.out().contains("Pareto set"), "no search ran: " + r.out());
    assertFalse(Files.exists(out), "nothing written: " + out);
  }

  @Test
  void options_a_worst_future_search_has_no_use_for_are_named(@TempDir Path dir) {
    badInput(dir, "--export-plan makes no sense for a worst-future search", "--worst-future", "--export-plan", "1");
    badInput(dir, "--annual-budget makes no sense for a worst-future search", "--worst-future", "--annual-budget",
        "5");
    badInput(dir, "--futures makes no sense for a worst-future search", "--worst-future", "--futures", "10");
    badInput(dir, "--export-plan, --annual-budget, --futures make no sense for a worst-future search",
        "--worst-future", "--futures", "10", "--annual-budget", "5", "--export-plan", "2");
  }

  @Test
  void bad_kinds_and_plans_are_refused(@TempDir Path dir) {
    badInput(dir, "--worst-future and --reference-future are two kinds of search: give one", "--worst-future",
        "--reference-future");
    badInput(dir, "--plan gives the fixed plan of a worst-future search: give --worst-future with it", "--plan",
        "1,1");
    badInput(dir, "--plan: 2 values given, the yangquan plan has 12 levers (industrial-empowerment, ",
        "--worst-future", "--plan", "1,1");
    badInput(dir, "--plan: lever 9 'project/coal-power-retirement/start' does not take 2040.0; it takes a whole "
        + "number in [2024, 2032]", "--worst-future", "--plan", "1,1,1,1,1,1,2023,2023,2040,2030,2023,2027");
    badInput(dir, "--plan: lever 1 'strategy/industrial-empowerment/intensity' does not take 0.2; it takes a number "
        + "in [0.5, 1.0]", "--worst-future", "--plan", "0.2,1,1,1,1,1,2023,2023,2030,2030,2023,2027");
    badInput(dir, "--plan: lever 7 'project/green-power-base/start' does not take 2023.5", "--worst-future",
        "--plan", "1,1,1,1,1,1,2023.5,2023,2030,2030,2023,2027");
    badInput(dir, "--worst-future searches Yangquan's problem (--city yangquan)", "--city", "synthetic",
        "--worst-future");
    badInput(dir, "--reference-future searches Yangquan's problem (--city yangquan)", "--city", "synthetic",
        "--reference-future");
    badInput(dir, "--futures: a reference search scores each plan in the model as given", "--reference-future",
        "--futures", "10");
  }
}
