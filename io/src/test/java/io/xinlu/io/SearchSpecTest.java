package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.decision.city.CityProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code search} section: the example of {@code docs/FILE-FORMAT.md}'s model read and built into a problem, the
 * round trip, the schema, and every kind of bad input with its located message.
 */
class SearchSpecTest {
  private static final String FILE = "search.yaml";

  /** The model of the format page's examples (profile, strategies, scenarios, targets, uncertainty). */
  static List<ScenarioDocument> formatPageModel() throws IOException {
    Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(Path.of("..", "docs", "FILE-FORMAT.md")));
    List<ScenarioDocument> docs = new ArrayList<>();
    while (m.find()) {
      if (!m.group(1).startsWith("search:")) {
        docs.add(ScenarioFiles.parse("format: xinlu/1\n" + m.group(1), "model-" + docs.size() + ".yaml",
            FileFormat.YAML));
      }
    }
    return docs;
  }

  static String example() {
    try (InputStream in = SearchSpecTest.class.getResourceAsStream("search/example.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LoadedModel load(String searchText) throws IOException {
    List<ScenarioDocument> docs = new ArrayList<>(formatPageModel());
    docs.add(ScenarioFiles.parse(searchText, FILE, FileFormat.YAML));
    return ScenarioFiles.combine(docs);
  }

  /** The problems of a search file, read and then built against the format page's model. */
  private static List<String> problems(String searchText) throws IOException {
    ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> {
      LoadedModel m = load(searchText);
      m.search().orElseThrow().problem(m);
    });
    return e.problems().stream().map(FileProblem::toString).toList();
  }

  private static void assertProblem(String expected, String searchText) throws IOException {
    List<String> found = problems(searchText);
    assertEquals(List.of(expected), found);
  }

  @Test
  void the_example_builds_a_robust_problem_of_seven_objectives() throws IOException {
    LoadedModel m = load(example());
    SearchSpec spec = m.search().orElseThrow();
    assertEquals(SearchSpec.Kind.ROBUST, spec.kind());
    assertEquals(4, spec.levers().size());
    CityProblem p = spec.problem(m);
    assertEquals(CityProblem.Kind.ROBUST, p.kind());
    assertEquals(List.of("co2@2030/mean", "co2@2030/p90", "gdp@2035/mean", "gdp@2035/p90",
        "peak(displaced-workers)/mean", "peak(displaced-workers)/p90", "satisficing"), p.objectives());
    assertEquals(List.of("co2-peak-2030", "budget/annual", "budget/total", "prerequisites/close-old-mines"),
        p.constraints());
    assertEquals(200, p.futures().length);
    assertEquals("EPSILON_NSGA2", spec.algorithm().enumName());
    assertEquals(20260418L, spec.futures().orElseThrow().seed());
  }

  @Test
  void the_example_reads_back_equal_in_both_syntaxes_and_is_valid_against_the_schema() {
    ScenarioDocument d = ScenarioFiles.parse(example(), FILE, FileFormat.YAML);
    for (FileFormat f : FileFormat.values()) {
      String text = ScenarioFiles.write(d, f);
      ScenarioDocument back = ScenarioFiles.parse(text, "back" + f.extension(), f);
      assertEquals(d, back, text);
      assertEquals(text, ScenarioFiles.write(back, f));
      assertEquals(List.of(), SchemaTest.schema().validate(RoundTripPropertiesTest.tree(text, f)), text);
    }
  }

  @Test
  void the_schema_rejects_an_unknown_key_a_missing_epsilon_list_and_a_plan_in_a_robust_search() {
    assertEquals(List.of(), SchemaTest.schema().validate(RoundTripPropertiesTest.tree(example(), FileFormat.YAML)));
    for (String bad : List.of(example().replace("  kind: robust", "  kind: robust\n  seeds: 3"),
        example().replace("    epsilons: [0.1, 0.1, 1.0, 1.0, 0.5, 0.5, 0.05]\n", ""),
        example().replace("  kind: robust", "  kind: robust\n  plan: [1, 2]"),
        example().replace("{budget: annual, limit: 5.0}", "{budget: annual, limit: -5.0}"))) {
      assertFalse(SchemaTest.schema().validate(RoundTripPropertiesTest.tree(bad, FileFormat.YAML)).isEmpty(), bad);
    }
  }

  @Test
  void a_second_search_section_is_refused() throws IOException {
    List<ScenarioDocument> docs = new ArrayList<>(formatPageModel());
    docs.add(ScenarioFiles.parse(example(), "a.yaml", FileFormat.YAML));
    docs.add(ScenarioFiles.parse(example(), "b.yaml", FileFormat.YAML));
    ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.combine(docs));
    assertEquals(List.of("b.yaml:2:1 a second search specification: it is already given in a.yaml; give it in one "
        + "file only"), e.problems().stream().map(FileProblem::toString).toList());
  }

  // ---- bad input, each with its message (line 2 is 'search:'; the decisions start on line 6) ---------------

  @Test
  void an_unknown_lever_is_named_with_the_projects() throws IOException {
    assertProblem("search.yaml:9:15 search > decisions[4] > lever: lever 'project/sapphire-plant/scale': unknown "
        + "project 'sapphire-plant'; projects: [anode-plant, close-old-mines]",
        example().replace("project/anode-plant/scale", "project/sapphire-plant/scale"));
  }

  @Test
  void a_malformed_lever_path_lists_the_forms() throws IOException {
    assertProblem("search.yaml:9:15 search > decisions[4] > lever: lever 'project/anode-plant/size' is not a lever "
        + "path; the forms are: " + io.xinlu.decision.city.Decision.FORMS,
        example().replace("project/anode-plant/scale", "project/anode-plant/size"));
  }

  @Test
  void an_empty_range_is_refused_where_it_is_written() throws IOException {
    assertProblem("search.yaml:6:62 search > decisions[1] > hi: empty range: lo 0.9 is above hi 0.6",
        example().replace("lo: 0.5, hi: 1.0}", "lo: 0.9, hi: 0.6}"));
  }

  @Test
  void a_start_window_before_the_base_year_is_refused() throws IOException {
    assertProblem("search.yaml:7:15 search > decisions[2] > lever: lever 'project/close-old-mines/start': the start "
        + "window [2019, 2030] begins before the base year 2022", example().replace("lo: 2025", "lo: 2019"));
  }

  @Test
  void an_unknown_indicator_is_refused() throws IOException {
    assertProblem("search.yaml:11:19 search > objectives[1] > indicator: unknown indicator 'co3'; see "
        + "docs/INDICATORS.md for the ids, such as gdp, co2, displaced-workers, energy-intensity, "
        + "share:group:tertiary", example().replace("indicator: co2,", "indicator: co3,"));
  }

  @Test
  void an_unknown_target_is_refused_in_constraints_and_satisficing() throws IOException {
    List<String> found = problems(example().replace("co2-peak-2030", "co2-peak-2029"));
    assertEquals(List.of(
        "search.yaml:15:16 search > constraints[1] > target: unknown target 'co2-peak-2029'; the file's targets: "
            + "[co2-peak-2030, share:group:tertiary>=0.45@2030, energy-intensity:change<=-0.135@2020-2025, "
            + "energy:cap<=42@2021-2025]",
        "search.yaml:18:52 search > robustness > satisficing[1]: unknown target 'co2-peak-2029'; the file's "
            + "targets: [co2-peak-2030, share:group:tertiary>=0.45@2030, "
            + "energy-intensity:change<=-0.135@2020-2025, energy:cap<=42@2021-2025]"), found);
  }

  @Test
  void a_year_outside_the_horizon_is_refused() throws IOException {
    assertProblem("search.yaml:12:30 search > objectives[2] > year: 2040 lies outside the run 2022-2035 of "
        + "scenario 'late'", example().replace("year: 2035", "year: 2040"));
  }

  @Test
  void futures_without_an_uncertainty_section_are_refused() throws IOException {
    List<ScenarioDocument> docs = new ArrayList<>(formatPageModel());
    docs.removeIf(d -> d.uncertainty().isPresent());
    docs.add(ScenarioFiles.parse(example(), FILE, FileFormat.YAML));
    LoadedModel m = ScenarioFiles.combine(docs);
    ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> m.search().orElseThrow().problem(m));
    assertEquals(List.of("search.yaml:19:12 search > futures: futures are drawn from the file's 'uncertainty' "
        + "parameters, and there are none: add an 'uncertainty' section with parameters"),
        e.problems().stream().map(FileProblem::toString).toList());
  }

  @Test
  void an_unknown_algorithm_is_refused_with_the_names() throws IOException {
    assertProblem("search.yaml:21:11 search > algorithm > name: expected one of nsga2, nsga3, epsilon-moea, "
        + "epsilon-nsga2, got the string 'nsga4'", example().replace("name: epsilon-nsga2", "name: nsga4"));
  }

  @Test
  void a_population_above_the_search_s_bound_is_refused_where_it_is_written() throws IOException {
    List<String> found = problems(example().replace("population: 100", "population: 10001"));
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("search.yaml:") && found.get(0).contains("search > algorithm > population")
        && found.get(0).contains("10001"), found.get(0));
  }

  @Test
  void epsilons_of_the_wrong_count_are_refused_with_the_objectives() throws IOException {
    assertProblem("search.yaml:23:15 search > algorithm > epsilons: 6 epsilons for 7 objectives [co2@2030/mean, "
        + "co2@2030/p90, gdp@2035/mean, gdp@2035/p90, peak(displaced-workers)/mean, peak(displaced-workers)/p90, "
        + "satisficing]: give one per objective, in that order", example().replace(", 0.05]", "]"));
  }

  @Test
  void a_negative_budget_is_refused() throws IOException {
    assertProblem("search.yaml:16:31 search > constraints[2] > limit: a capital budget is at least 0 billion CNY, "
        + "was -5.0", example().replace("limit: 5.0", "limit: -5.0"));
  }

  @Test
  void an_unknown_key_is_refused_with_a_suggestion() throws IOException {
    assertProblem("search.yaml:3:3 search: unknown key 'scenaro' in the search specification (did you mean "
        + "'scenario'?); known keys: scenario, kind, decisions, objectives, constraints, robustness, futures, plan, "
        + "algorithm", example().replace("  scenario: late", "  scenario: late\n  scenaro: late")
        .replace("  scenario: late\n  scenaro", "  scenaro: late\n  scenario"));
  }

  @Test
  void a_wrong_type_is_refused() throws IOException {
    assertProblem("search.yaml:19:20 search > futures > count: expected a whole number (the number of futures), "
        + "got the string 'many'", example().replace("count: 200", "count: many"));
  }

  @Test
  void every_problem_of_a_file_is_listed_at_once() throws IOException {
    List<String> found = problems(example().replace("limit: 5.0", "limit: -5.0").replace("name: epsilon-nsga2",
        "name: nsga4").replace("count: 200", "count: 0"));
    assertEquals(3, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("search.yaml:16:"), found.toString());
  }

  @Test
  void a_worst_future_search_needs_one_plan_value_per_lever() throws IOException {
    String worst = example().replace("kind: robust", "kind: worst-future")
        .replace("  robustness: {metrics: [mean, p90], satisficing: [co2-peak-2030]}\n", "")
        .replace("  futures: {count: 200, seed: 20260418}\n", "  plan: [0.7, 2026, 1]\n")
        .replaceAll("(?s)  constraints:.*?(?=  plan)", "")
        .replace("[0.1, 0.1, 1.0, 1.0, 0.5, 0.5, 0.05]", "[0.1, 1.0, 0.5]");
    assertProblem("search.yaml:14:9 search > plan: the plan has 3 values for 4 levers: give one per lever, in the "
        + "order of 'decisions'", worst);
    // the format page's uncertainty has an unbounded normal parameter, which a worst-future search refuses
    List<ScenarioDocument> docs = new ArrayList<>(formatPageModel());
    docs.removeIf(d -> d.uncertainty().isPresent());
    docs.add(ScenarioFiles.parse("format: xinlu/1\nuncertainty:\n  parameters:\n    - {parameter: sector/coal/growth, "
        + "distribution: triangular, lo: -0.03, mode: 0.0, hi: 0.04}\n", "bounded.yaml", FileFormat.YAML));
    docs.add(ScenarioFiles.parse(worst.replace("[0.7, 2026, 1]", "[0.7, 2026, 1, 1.2]"), FILE, FileFormat.YAML));
    LoadedModel m = ScenarioFiles.combine(docs);
    CityProblem p = m.search().orElseThrow().problem(m);
    assertEquals(CityProblem.Kind.WORST_FUTURE, p.kind());
    assertEquals(List.of("co2@2030", "gdp@2035", "peak(displaced-workers)"), p.objectives());
  }
}
