package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.io.LoadedModel;
import io.xinlu.io.ScenarioFiles;
import io.xinlu.scenarios.YangquanDecisions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xinlu search} on the {@code search} section of scenario files: the example file
 * {@code cases/yangquan/search.yaml} is the catalogue's robust problem (the same identity, the same files written),
 * the command's options override the file's settings, and every kind of bad file input exits 2 with its located
 * message and writes nothing.
 */
class SearchFileCommandTest {
  private static final Path CASES = Path.of("cases", "yangquan");
  private static final Path PROFILE = CASES.resolve("profile.yaml");
  private static final Path SCENARIOS = CASES.resolve("scenarios.yaml");
  private static final Path SEARCH = CASES.resolve("search.yaml");

  private static Cli.Result search(Path searchFile, String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--profile", PROFILE.toString(), "--scenarios",
        SCENARIOS.toString(), "--scenarios", searchFile.toString(), "--no-progress"));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }

  private static void ok(Cli.Result r) {
    assertEquals(0, r.code(), r.out() + r.err());
  }

  @Test
  void the_example_file_is_the_catalogue_problem_and_gives_the_same_files(@TempDir Path dir) throws IOException {
    LoadedModel loaded = ScenarioFiles.load(List.of(PROFILE, SCENARIOS, SEARCH));
    SearchSetup fromFile = SearchSetup.fromFiles(loaded, SEARCH.toString());
    assertEquals(YangquanDecisions.robustProblem(200).identity(), fromFile.problem().identity(),
        "the file's problem evaluates as YangquanDecisions.robustProblem(200)");
    assertEquals(SearchSetup.yangquan(200, java.util.OptionalDouble.empty()).problem().identity(),
        fromFile.problem().identity());
    Path a = dir.resolve("file");
    Path b = dir.resolve("city");
    Cli.Result r = search(SEARCH, "--evaluations", "40", "--population", "8", "--out", a.toString());
    ok(r);
    assertTrue(r.out().startsWith("yangquan seed-plan: 12 levers, 200 futures, epsilon-nsga2, population 8, seed "
        + "20261128"), r.out());
    assertTrue(r.out().contains("Pareto set: "), r.out());
    ok(Cli.run("search", "--city", "yangquan", "--evaluations", "40", "--population", "8", "--no-progress",
        "--out", b.toString()));
    for (String f : List.of("pareto.csv", "convergence.csv", "robustness.csv", "plan.yaml", "pareto-tradeoff.png")) {
      assertArrayEquals(Files.readAllBytes(b.resolve(f)), Files.readAllBytes(a.resolve(f)), f);
    }
  }

  @Test
  void the_file_gives_the_settings_and_options_override_them(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("search.yaml");
    Files.writeString(file, Files.readString(SEARCH).replace("population: 100", "population: 6")
        .replace("evaluations: 2000", "evaluations: 12").replace("seed: 20261128", "seed: 5")
        .replace("name: epsilon-nsga2", "name: nsga2"));
    Cli.Result r = search(file);
    ok(r);
    assertTrue(r.out().startsWith("yangquan seed-plan: 12 levers, 200 futures, nsga2, population 6, seed 5\n"),
        r.out());
    assertTrue(r.out().contains("because it reached --evaluations 12;"), r.out());
    Cli.Result o = search(file, "--population", "4", "--seed", "9", "--algorithm", "epsilon-moea", "--evaluations",
        "8");
    ok(o);
    assertTrue(o.out().startsWith("yangquan seed-plan: 12 levers, 200 futures, epsilon-moea, population 4, seed 9\n"),
        o.out());
    assertTrue(o.out().contains("because it reached --evaluations 8;"), o.out());
  }

  @Test
  void a_checkpoint_of_a_search_with_another_file_is_refused(@TempDir Path dir) throws IOException {
    Path checkpoint = dir.resolve("s.ckpt");
    ok(search(SEARCH, "--evaluations", "8", "--population", "4", "--checkpoint", checkpoint.toString()));
    byte[] before = Files.readAllBytes(checkpoint);
    Path other = dir.resolve("other.yaml");
    Files.writeString(other, Files.readString(SEARCH).replace(
        "project/intercity-rail/start, lo: 2025, hi: 2031", "project/intercity-rail/start, lo: 2025, hi: 2030"));
    badInput(dir, other, "cannot resume from '" + checkpoint + "': ", "--evaluations", "16", "--population", "4",
        "--resume", checkpoint.toString(), "--checkpoint", checkpoint.toString());
    assertArrayEquals(before, Files.readAllBytes(checkpoint), "the checkpoint is left as it was");
    // the same file resumes
    ok(search(SEARCH, "--evaluations", "16", "--population", "4", "--resume", checkpoint.toString()));
  }

  // --- bad input: exit 2, the located message, nothing written

  private static void badInput(Path dir, Path file, String expected, String... args) {
    Path out = dir.resolve("out");
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--out", out.toString()));
    Cli.Result r = search(file, all.toArray(String[]::new));
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(expected), "'" + expected + "' in: " + r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.out().contains("Pareto set"), "no search ran: " + r.out());
    assertFalse(Files.exists(out), "nothing written: " + out);
  }

  /** The example file with one text replaced, in {@code dir} as {@code search.yaml}. */
  private static Path broken(Path dir, String from, String to) throws IOException {
    String text = Files.readString(SEARCH);
    assertTrue(text.contains(from), from);
    Path file = dir.resolve("search.yaml");
    Files.writeString(file, text.replace(from, to));
    return file;
  }

  @Test
  void every_kind_of_bad_search_section_is_located(@TempDir Path dir) throws IOException {
    // line 12 holds the first lever, 21 the first objective, line 29 futures, 32 the algorithm's name
    badInput(dir, broken(dir, "strategy/industrial-empowerment/intensity", "strategy/industrial-empowerment"),
        "search.yaml:12:15 search > decisions[1] > lever: ");
    badInput(dir, broken(dir, "project/green-power-base/start", "project/ruby-plant/start"),
        "search.yaml:18:15 search > decisions[7] > lever: lever 'project/ruby-plant/start': unknown project "
            + "'ruby-plant'");
    badInput(dir, broken(dir, "intensity, lo: 0.5, hi: 1.0}\n    - {lever: strategy/services",
        "intensity, lo: 0.9, hi: 0.6}\n    - {lever: strategy/services"),
        "search > decisions[1] > hi: empty range: lo 0.9 is above hi 0.6");
    badInput(dir, broken(dir, "coal-power-retirement/start, lo: 2024", "coal-power-retirement/start, lo: 2019"),
        "search.yaml:20:15 search > decisions[9] > lever: lever 'project/coal-power-retirement/start': the start "
            + "window [2019, 2032] begins before the base year 2022");
    badInput(dir, broken(dir, "{indicator: co2, year: 2030", "{indicator: co3, year: 2030"),
        "search.yaml:25:19 search > objectives[1] > indicator: unknown indicator 'co3'");
    badInput(dir, broken(dir, "{indicator: gdp, year: 2035", "{indicator: gdp, year: 2040"),
        "search > objectives[2] > year: 2040 lies outside the run 2022-2035 of scenario 'seed-plan'");
    badInput(dir, broken(dir, "satisficing: [co2-peak-2030]", "satisficing: [co2-peak-2029]"),
        "search > robustness > satisficing[1]: unknown target 'co2-peak-2029'");
    badInput(dir, broken(dir, "  robustness:", "  constraints:\n    - {target: co2-peak-2029}\n  robustness:"),
        "search > constraints[1] > target: unknown target 'co2-peak-2029'");
    badInput(dir, broken(dir, "  robustness:", "  constraints:\n    - {budget: annual, limit: -5.0}\n  robustness:"),
        "search > constraints[1] > limit: a capital budget is at least 0 billion CNY, was -5.0");
    badInput(dir, broken(dir, "name: epsilon-nsga2", "name: nsga4"),
        "search > algorithm > name: expected one of nsga2, nsga3, epsilon-moea, epsilon-nsga2, got the string "
            + "'nsga4'");
    badInput(dir, broken(dir, "epsilons: [0.2, 0.2, 1.0, 1.0, 1.0, 1.0, 0.02]", "epsilons: [0.2, 0.2]"),
        "search > algorithm > epsilons: 2 epsilons for 7 objectives");
    badInput(dir, broken(dir, "  scenario: seed-plan", "  scenaro: seed-plan"),
        "unknown key 'scenaro' in the search specification (did you mean 'scenario'?)");
    badInput(dir, broken(dir, "count: 200", "count: many"),
        "search > futures > count: expected a whole number (the number of futures), got the string 'many'");
    badInput(dir, broken(dir, "scenario: seed-plan", "scenario: hurried"),
        "search > scenario: unknown scenario 'hurried'");
  }

  @Test
  void futures_without_an_uncertainty_section_are_located(@TempDir Path dir) throws IOException {
    String scenarios = Files.readString(SCENARIOS);
    Path cut = dir.resolve("scenarios.yaml");
    Files.writeString(cut, scenarios.substring(0, scenarios.indexOf("\nuncertainty:") + 1));
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("search", "--profile", PROFILE.toString(), "--scenarios", cut.toString(), "--scenarios",
        SEARCH.toString(), "--out", out.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("search.yaml:29:12 search > futures: futures are drawn from the file's "
        + "'uncertainty' parameters, and there are none"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void files_without_a_search_section_say_what_to_add(@TempDir Path dir) {
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("search", "--profile", PROFILE.toString(), "--scenarios", SCENARIOS.toString(), "--out",
        out.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("have no 'search' section: add one with the scenario, the levers (decisions), the "
        + "objectives"), r.err());
    assertTrue(r.err().contains("docs/FILE-FORMAT.md, section search"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void options_a_file_sets_itself_and_other_kinds_are_refused(@TempDir Path dir) throws IOException {
    badInput(dir, SEARCH, "--futures applies to a catalogue city; a search file sets its futures in 'futures: "
        + "{count, seed}'", "--futures", "10");
    badInput(dir, SEARCH, "--annual-budget applies to a catalogue city", "--annual-budget", "5");
    badInput(dir, SEARCH, "varies the levers of scenario seed-plan, not 'delayed'", "--scenario", "delayed");
    badInput(dir, SEARCH, "give either a catalogue city (--city yangquan) or scenario files", "--city",
        "yangquan");
    String text = Files.readString(SEARCH);
    Path worst = dir.resolve("worst.yaml");
    Files.writeString(worst, text.replace("kind: robust", "kind: worst-future\n  plan: [1, 1, 1, 1, 1, 1, 2023, "
        + "2023, 2030, 2030, 2023, 2027]").replaceAll("  robustness: .*\n  futures: .*\n", "")
        .replace("epsilons: [0.2, 0.2, 1.0, 1.0, 1.0, 1.0, 0.02]", "epsilons: [0.2, 0.2, 1.0]"));
    badInput(dir, worst, "--export-plan makes no sense for a worst-future search", "--export-plan", "1");
    badInput(dir, worst, "--futures makes no sense for a worst-future search", "--futures", "10");
    badInput(dir, SEARCH, "--worst-future: a search file says what it searches in 'kind'", "--worst-future");
    badInput(dir, SEARCH, "--reference-future, --plan: a search file says what it searches in 'kind'",
        "--reference-future", "--plan", "1");
  }
}
