package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input gives a {@link ScenarioFileException} whose problems name the file, the line and column
 * (found here by searching the test's own text for the offending value) and the model path; all problems come at
 * once.
 */
class BadInputTest {
  /** A valid combined model file: a town, a strategy with one project, a baseline and a plan. */
  static final String MODEL = """
      format: xinlu/1
      profile:
        name: town
        base-year: 2022
        sectors:
          - id: coal
            group: secondary
            tags: [resource]
            value-added: 30.0
            energy: 3.0
            emission-factor: 2.6
          - id: materials
            group: secondary
            value-added: 2.0
            energy: 0.4
      strategies:
        - id: industry
          projects:
            - id: btr-anode
              start: 2023
              full-effect: 2026
              effects:
                - kind: new-capacity
                  sector: materials
                  size: 5.0
      scenarios:
        - name: baseline
          end-year: 2035
        - name: green
          parent: baseline
          adoptions:
            - strategy: industry
      """;

  // ---- helpers -----------------------------------------------------------------------------------------------

  private static ScenarioFileException parseFails(String name, String text) {
    return assertThrows(ScenarioFileException.class,
        () -> ScenarioFiles.parse(text, name, FileFormat.of(Path.of(name))));
  }

  private static ScenarioFileException loadFails(String name, String text) {
    return assertThrows(ScenarioFileException.class, () -> ScenarioFiles.combine(
        List.of(ScenarioFiles.parse(text, name, FileFormat.of(Path.of(name))))));
  }

  /** The problem with this path whose message contains {@code part}; fails listing every problem otherwise. */
  private static FileProblem problem(ScenarioFileException e, String path, String part) {
    for (FileProblem p : e.problems()) {
      if (p.pathString().equals(path) && p.message().contains(part)) {
        return p;
      }
    }
    return fail("no problem at '" + path + "' saying '" + part + "' in:\n" + e.getMessage());
  }

  /** Asserts that a problem stands at the {@code n}-th (1-based) occurrence of {@code needle} in the text. */
  private static void at(FileProblem p, String file, String text, String needle, int n) {
    int i = -1;
    for (int k = 0; k < n; k++) {
      i = text.indexOf(needle, i + 1);
      assertTrue(i >= 0, "'" + needle + "' occurs " + k + " times");
    }
    int line = 1;
    for (int k = 0; k < i; k++) {
      if (text.charAt(k) == '\n') {
        line++;
      }
    }
    int column = i - text.lastIndexOf('\n', i - 1);
    assertEquals(file + ":" + line + ":" + column, p.file() + ":" + p.line() + ":" + p.column(), p.toString());
    String expected = file + ":" + line + ":" + column + " " + (p.path().isEmpty() ? "" : p.pathString() + ": ");
    assertTrue(p.toString().startsWith(expected), p + " starts with " + expected);
  }

  private static void at(FileProblem p, String file, String text, String needle) {
    at(p, file, text, needle, 1);
  }

  // ---- syntax ------------------------------------------------------------------------------------------------

  @Test
  void malformed_yaml_is_one_problem_at_its_line() {
    String text = "format: xinlu/1\nprofile:\n  name: town\n   base-year: 2022\n";
    ScenarioFileException e = parseFails("city.yaml", text);
    assertEquals(1, e.problems().size(), e.getMessage());
    FileProblem p = e.problems().get(0);
    assertEquals("city.yaml", p.file());
    assertEquals(4, p.line(), p.toString());
    assertTrue(p.message().startsWith("not valid YAML: mapping values are not allowed here"), p.toString());
  }

  @Test
  void malformed_json_is_one_problem_at_its_line_and_column() {
    String text = "{\n  \"format\": \"xinlu/1\",\n  \"profile\": {\"name\": \"town\",}\n}\n";
    FileProblem p = parseFails("city.json", text).problems().get(0);
    at(p, "city.json", text, "}\n}");
    assertTrue(p.message().startsWith("not valid JSON: Unexpected character ('}'"), p.toString());
  }

  @Test
  void an_empty_file_a_list_and_a_second_document_are_reported() {
    assertTrue(parseFails("a.yaml", "").getMessage().contains("a.yaml:1:1 the file is empty"));
    assertTrue(parseFails("a.yaml", "- format: xinlu/1\n").getMessage()
        .contains("a.yaml:1:1 a Xinlu file is a mapping whose first key is 'format: xinlu/1', got a list"));
    String two = "format: xinlu/1\n---\nformat: xinlu/1\n";
    assertTrue(parseFails("a.yaml", two).getMessage().contains("a.yaml:3:1 a second document"),
        parseFails("a.yaml", two).getMessage());
  }

  // ---- format ------------------------------------------------------------------------------------------------

  @Test
  void an_unknown_format_version_a_missing_and_a_foreign_format_say_what_is_read() {
    String v2 = MODEL.replace("xinlu/1", "xinlu/2");
    FileProblem p = problem(parseFails("plan.yaml", v2), "format", "unknown format version 'xinlu/2'");
    at(p, "plan.yaml", v2, "xinlu/2");
    assertTrue(p.message().endsWith("this version of Xinlu reads xinlu/1 only"), p.toString());
    assertEquals(1, parseFails("plan.yaml", v2).problems().size(), "nothing else is read under an unknown version");

    String none = MODEL.replace("format: xinlu/1\n", "");
    p = problem(parseFails("plan.yaml", none), "", "missing key 'format'");
    assertEquals(1, p.line());

    String number = MODEL.replace("format: xinlu/1", "format: 1");
    at(problem(parseFails("plan.yaml", number), "format", "must be the string 'xinlu/1', got the number 1"),
        "plan.yaml", number, "1\n");
    String foreign = MODEL.replace("format: xinlu/1", "format: leap/3");
    problem(parseFails("plan.yaml", foreign), "format", "'leap/3' is not a Xinlu format");
  }

  // ---- keys --------------------------------------------------------------------------------------------------

  @Test
  void unknown_keys_are_errors_with_the_known_keys_and_a_suggestion() {
    String text = MODEL.replace("end-year: 2035", "endyear: 2035");
    FileProblem p = problem(parseFails("plan.yaml", text), "scenario 'baseline'", "unknown key 'endyear'");
    at(p, "plan.yaml", text, "endyear");
    assertTrue(p.message().contains("(did you mean 'end-year'?)"), p.toString());
    assertTrue(p.message().contains("known keys: name, description, parent, end-year, adoptions"), p.toString());

    String top = MODEL + "extras: 1\n";
    at(problem(parseFails("plan.yaml", top), "", "unknown key 'extras' in a Xinlu file"), "plan.yaml", top,
        "extras");
  }

  @Test
  void duplicate_keys_are_errors_naming_both_places_in_yaml_and_json() {
    String text = MODEL.replace("      energy: 0.4\n", "      energy: 0.4\n      energy: 0.5\n");
    FileProblem p = problem(parseFails("city.yaml", text), "", "duplicate key 'energy'");
    at(p, "city.yaml", text, "energy: 0.5");
    assertTrue(p.message().contains("(first given at line "), p.toString());

    String json = "{\n  \"format\": \"xinlu/1\",\n  \"format\": \"xinlu/1\"\n}\n";
    at(problem(parseFails("city.json", json), "", "duplicate key 'format' (first given at line 2, column 3)"),
        "city.json", json, "\"format\"", 2);
  }

  @Test
  void a_missing_key_names_the_key_and_what_it_holds() {
    String text = MODEL.replace("      value-added: 2.0\n", "");
    FileProblem p = problem(parseFails("city.yaml", text), "profile 'town' > sector 'materials'",
        "missing key 'value-added' (a number, billion CNY)");
    at(p, "city.yaml", text, "id: materials");
  }

  // ---- values ------------------------------------------------------------------------------------------------

  @Test
  void a_number_with_a_unit_in_a_string_says_to_write_the_number_alone() {
    String text = MODEL.replace("value-added: 30.0", "value-added: 30 bn CNY");
    FileProblem p = problem(parseFails("city.yaml", text), "profile 'town' > sector 'coal' > value added",
        "'30 bn CNY' is a number with a unit in a string: write the number alone, 30 (the unit is billion CNY)");
    at(p, "city.yaml", text, "30 bn CNY");
    String json = "{\"format\": \"xinlu/1\", \"profile\": {\"name\": \"t\", \"base-year\": 2022, \"sectors\": [\n"
        + "  {\"id\": \"coal\", \"group\": \"secondary\", \"value-added\": 30, \"resource\": {\"stock\": \"12 Mt\", "
        + "\"extraction-intensity\": 0.1}}]}}";
    at(problem(parseFails("city.json", json), "profile 't' > sector 'coal' > resource > stock",
        "'12 Mt' is a number with a unit"), "city.json", json, "\"12 Mt\"");
  }

  @Test
  void wrong_types_say_what_was_expected_and_what_was_found() {
    String text = MODEL.replace("energy: 3.0", "energy: high").replace("group: secondary\n      value-added: 2.0",
        "group: [secondary]\n      value-added: 2.0").replace("- id: btr-anode", "- id: 42")
        .replace("start: 2023", "start: \"2023\"").replace("    - strategy: industry", "    - industry");
    ScenarioFileException e = parseFails("plan.yaml", text);
    at(problem(e, "profile 'town' > sector 'coal' > energy", "expected a number (Mtce), got the string 'high'"),
        "plan.yaml", text, "high");
    at(problem(e, "profile 'town' > sector 'materials' > group",
        "expected one of primary, secondary, tertiary, got a list"), "plan.yaml", text, "[secondary]");
    at(problem(e, "strategy 'industry' > project 1 > id", "expected a string, got the number 42; put it in quotes"),
        "plan.yaml", text, "42");
    at(problem(e, "strategy 'industry' > project 1 > start",
        "'2023' is a string: write the year without quotes"), "plan.yaml", text, "\"2023\"");
    at(problem(e, "scenario 'green' > strategy ?", "expected an entry of adoptions (a mapping of strategy, "
        + "intensity, start-shift), got the string 'industry'"), "plan.yaml", text, "industry", 2);
  }

  @Test
  void a_quoted_number_an_empty_value_and_non_finite_numbers_are_reported() {
    String text = MODEL.replace("energy: 3.0", "energy: \"3.0\"").replace("energy: 0.4", "energy:")
        .replace("emission-factor: 2.6", "emission-factor: .nan");
    ScenarioFileException e = parseFails("city.yaml", text);
    at(problem(e, "profile 'town' > sector 'coal' > energy", "'3.0' is a string: write the number without quotes"),
        "city.yaml", text, "\"3.0\"");
    at(problem(e, "profile 'town' > sector 'materials' > energy", "no value: give a number (Mtce)"), "city.yaml",
        text.replace("energy:\n", "energy:@\n"), "@");
    at(problem(e, "profile 'town' > sector 'coal' > emission factor", "not a finite number"), "city.yaml", text,
        ".nan");
  }

  @Test
  void every_problem_of_a_file_comes_at_once_sorted_by_line() {
    String text = MODEL.replace("energy: 3.0", "energy: three").replace("end-year: 2035", "endyear: 2035")
        .replace("size: 5.0", "size: 5 bn").replace("strategy: industry", "strategy: industry\n        intensity: x");
    ScenarioFileException e = parseFails("plan.yaml", text);
    assertEquals(4, e.problems().size(), e.getMessage());
    for (int i = 1; i < e.problems().size(); i++) {
      assertTrue(e.problems().get(i - 1).line() <= e.problems().get(i).line(), e.getMessage());
    }
    assertTrue(e.getMessage().startsWith("4 problems in scenario files:\nplan.yaml:"), e.getMessage());
  }

  // ---- the core's checks, placed ------------------------------------------------------------------------------

  @Test
  void a_project_starting_before_the_base_year_is_placed_at_its_start() {
    String text = MODEL.replace("start: 2023", "start: 2019");
    FileProblem p = problem(loadFails("plan.yaml", text), "strategy 'industry' > project 'btr-anode' > start",
        "2019 is before the base year 2022");
    at(p, "plan.yaml", text, "2019");
    assertEquals("plan.yaml:" + p.line() + ":" + p.column()
        + " strategy 'industry' > project 'btr-anode' > start: 2019 is before the base year 2022", p.toString());
  }

  @Test
  void a_scenario_that_moves_a_project_before_the_base_year_is_placed_at_its_override() {
    String text = MODEL.replace("    - strategy: industry\n", "    - strategy: industry\n"
        + "    project-overrides:\n      - project: btr-anode\n        delay: -5\n");
    FileProblem p = problem(loadFails("plan.yaml", text), "scenario 'green' > project 'btr-anode'",
        "start shift and delay move its start from 2023 to 2018.0, before the base year 2022");
    at(p, "plan.yaml", text, "project: btr-anode");
  }

  @Test
  void unknown_ids_in_a_scenario_and_an_effect_are_placed_where_they_are_named() {
    String text = MODEL.replace("- strategy: industry", "- strategy: industri")
        .replace("sector: materials", "sector: material").replace("parent: baseline", "parent: base");
    ScenarioFileException e = loadFails("plan.yaml", text);
    at(problem(e, "scenario 'green' > strategy 'industri'", "unknown strategy; known strategies: [industry]"),
        "plan.yaml", text, "strategy: industri");
    at(problem(e, "strategy 'industry' > project 'btr-anode' > effect 1", "unknown sector 'material'"),
        "plan.yaml", text, "kind: new-capacity");
    at(problem(e, "scenario 'green' > parent", "unknown scenario 'base'"), "plan.yaml", text, "base\n");
  }

  @Test
  void profile_problems_are_placed_at_the_value_and_the_table_column() {
    String text = MODEL.replace("value-added: 2.0", "value-added: -2.0").replace("strategies:",
        "  input-output-table:\n    - sector: coal\n      value-added-ratio: 0.5\n      inputs: {coal: 0.6}\n"
            + "    - sector: materials\n      value-added-ratio: 0.5\n      inputs: {mining: 0.1}\nstrategies:");
    ScenarioFileException e = parseFails("plan.yaml", text);
    at(problem(e, "profile 'town' > input-output table > column 'materials'", "inputs from unknown sector 'mining'"),
        "plan.yaml", text, "mining");
    String fixed = text.replace("{mining: 0.1}", "{coal: 0.1}");
    e = parseFails("plan.yaml", fixed);
    at(problem(e, "profile 'town' > sector 'materials' > value added", "must not be negative, was -2.0"),
        "plan.yaml", fixed, "-2.0");
    at(problem(e, "profile 'town' > input-output table > column 'coal'", "unproductive: inputs 0.6 plus value added "
        + "0.5 exceed 1"), "plan.yaml", fixed, "sector: coal");
  }

  @Test
  void a_duplicate_id_is_placed_at_its_second_occurrence() {
    String text = MODEL.replace("- id: materials", "- id: coal");
    at(problem(parseFails("plan.yaml", text), "profile 'town' > sector 'coal'", "duplicate sector id"),
        "plan.yaml", text, "id: coal", 2);
  }

  // ---- several files -----------------------------------------------------------------------------------------

  @Test
  void files_combine_and_report_a_second_profile_or_none(@TempDir Path dir) throws IOException {
    int split = MODEL.indexOf("strategies:");
    Path city = dir.resolve("city.yaml");
    Path plan = dir.resolve("plan.json");
    Files.writeString(city, MODEL.substring(0, split));
    LoadedModel both = ScenarioFiles.load(List.of(city, writeJson(plan, MODEL.substring(split))));
    assertEquals(List.of("baseline", "green"), both.model().scenarioNames());

    ScenarioFileException twice = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(List.of(city,
        city)));
    assertTrue(twice.getMessage().contains(city + ":2:1 a second profile: the profile is already given in " + city),
        twice.getMessage());
    ScenarioFileException none = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(List.of(plan)));
    assertTrue(none.getMessage().contains(plan + ":1:1 no profile"), none.getMessage());
  }

  @Test
  void a_profile_problem_found_in_the_whole_model_is_placed_in_the_profile_file(@TempDir Path dir)
      throws IOException {
    // a value added of 4.9e-324 is a valid number in the file, but gives an infinite energy intensity: the model's
    // check finds it, and it stands at the sector's energy in the profile's file, not in the scenarios' file
    String text = MODEL.replace("value-added: 30.0", "value-added: 4.9e-324");
    int split = text.indexOf("strategies:");
    Path city = dir.resolve("city.yaml");
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(city, text.substring(0, split));
    Files.writeString(plan, "format: xinlu/1\n" + text.substring(split));
    ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(List.of(city, plan)));
    FileProblem p = problem(e, "profile 'town' > sector 'coal' > energy", "energy intensity of Infinity");
    at(p, city.toString(), text.substring(0, split), "3.0");
  }

  /** Writes the YAML sections after the profile as a JSON file, through the reader and writer. */
  private static Path writeJson(Path file, String yamlSections) throws IOException {
    ScenarioDocument d = ScenarioFiles.parse("format: xinlu/1\n" + yamlSections, "x.yaml", FileFormat.YAML);
    ScenarioFiles.write(file, d);
    return file;
  }

  @Test
  void a_file_that_is_not_utf8_is_reported_at_the_first_byte_that_is_not(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("latin1.yaml");
    Files.write(f, "format: xinlu/1\nprofile:\n  name: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(f));
    assertEquals(f + ":3:12 not UTF-8 text; save the file as UTF-8", e.problems().get(0).toString());
  }

  // ---- targets and uncertainty -------------------------------------------------------------------------------

  @Test
  void targets_with_unknown_indicators_or_the_wrong_shape_are_placed() {
    String text = MODEL + """
        targets:
          - id: peak
            kind: peak
            indicator: co3
            year: 2030
          - id: share
            kind: level
            indicator: share:sector:steel
            at-least: 0.1
            year: 2030
          - id: both
            kind: level
            indicator: gdp
            at-least: 1
            at-most: 2
            year: 2030
          - id: late
            kind: change
            indicator: gdp
            at-least: 0.1
            base-year: 2030
            year: 2025
          - id: cap
            kind: cap
            indicator: co2
            at-most: 30
            year: 2030
        """;
    ScenarioFileException e = parseFails("plan.yaml", text);
    at(problem(e, "target 'peak' > indicator", "unknown indicator 'co3'"), "plan.yaml", text, "co3");
    FileProblem both = problem(e, "target 'both'", "give 'at-least' or 'at-most', not both");
    at(both, "plan.yaml", text.replace("at-most: 2", "at-most: @"), "@");
    at(problem(e, "target 'late'", "the base year 2030 must be before the target year 2025"), "plan.yaml", text,
        "id: late");
    int last = text.lastIndexOf("year: 2030");
    at(problem(e, "target 'cap'", "unknown key 'year' in a cap target"), "plan.yaml",
        text.substring(0, last) + "@@@@" + text.substring(last + 4), "@@@@");
    String fixed = text.substring(0, text.indexOf("  - id: peak")) + text.substring(text.indexOf("  - id: share"),
        text.indexOf("  - id: both"));
    at(problem(loadFails("plan.yaml", fixed), "target 'share' > indicator",
        "indicator 'share:sector:steel' names unknown sector 'steel'"), "plan.yaml", fixed, "share:sector:steel");
  }

  @Test
  void uncertainty_problems_are_placed_at_the_parameter() {
    String text = MODEL + """
        uncertainty:
          parameters:
            - parameter: sector/coal/growht
              distribution: uniform
              lo: 0
              hi: 1
            - parameter: project/btr-anod/delay
              distribution: triangular
              lo: 4
              mode: 2
              hi: 1
            - parameter: macro-shock
              distribution: normal
              mean: 0
              sd: 0.01
              lo: -1
          levers:
            - lever: policy/price
              values: [1, 2, 2]
        """;
    ScenarioFileException e = parseFails("plan.yaml", text);
    at(problem(e, "parameter 'sector/coal/growht'", "'sector/coal/growht' is not a parameter path"), "plan.yaml",
        text, "sector/coal/growht");
    at(problem(e, "parameter 'project/btr-anod/delay'", "triangular: lo (4) must be less than hi (1)"),
        "plan.yaml", text, "parameter: project/btr-anod/delay");
    at(problem(e, "parameter 'macro-shock'", "unknown key 'lo' in a parameter with a normal distribution"),
        "plan.yaml", text, "lo: -1");
    at(problem(e, "lever 'policy/price'", "value 2 appears twice"), "plan.yaml", text, "lever: policy/price");

    String unknownProject = MODEL + """
        uncertainty:
          parameters:
            - parameter: project/btr-anod/delay
              distribution: uniform
              lo: 0
              hi: 2
        """;
    at(problem(loadFails("plan.yaml", unknownProject), "parameter 'project/btr-anod/delay'",
        "unknown project 'btr-anod'; known projects: [btr-anode]"), "plan.yaml", unknownProject,
        "project/btr-anod/delay");
  }

  /**
   * The model with a second project, a closure of coal capacity whose closed assets are the lines {@code assets}
   * (each written at the indentation of the mapping's keys).
   */
  private static String closure(String... assets) {
    StringBuilder b = new StringBuilder("      - id: coal-exit\n        start: 2025\n        effects:\n"
        + "          - kind: scale-demand\n            sector: coal\n            size: -0.2\n"
        + "        closed-assets:\n");
    for (String line : assets) {
      b.append("          ").append(line).append('\n');
    }
    return MODEL.replace("scenarios:\n", b + "scenarios:\n");
  }

  @Test
  void closed_assets_out_of_range_are_placed_at_their_values() {
    String text = closure("capital: -3.0", "built: 2030", "life: -4.5", "sector: materials");
    ScenarioFileException e = loadFails("plan.yaml", text);
    String at = "strategy 'industry' > project 'coal-exit' > closed assets";
    at(problem(e, at + " > capital", "must not be negative, was -3.0"), "plan.yaml", text, "-3.0");
    at(problem(e, at + " > built year", "2030 is after the closure starts in 2025: capacity cannot close before it "
        + "is built"), "plan.yaml", text, "2030");
    at(problem(e, at + " > life", "must be positive, was -4.5"), "plan.yaml", text, "-4.5");
    at(problem(e, at + " > sector", "the project does not cut sector 'materials'; it cuts [coal]"), "plan.yaml",
        text, "materials\n", 3);
    assertEquals(4, e.problems().size(), e.getMessage());
  }

  @Test
  void closed_assets_on_a_project_that_closes_nothing_are_an_error() {
    String text = MODEL.replace("            size: 5.0\n", "            size: 5.0\n"
        + "        closed-assets: {capital: 1.0, built: 2000, life: 30}\n");
    FileProblem p = problem(loadFails("plan.yaml", text), "strategy 'industry' > project 'btr-anode' > closed assets",
        "the project closes nothing: closed assets need a scale-demand effect with a negative size");
    at(p, "plan.yaml", text, "{capital");
  }

  @Test
  void closed_assets_of_the_wrong_shape_say_what_is_expected() {
    String text = closure("capital: 3 bn", "built: '2001'", "age: 20");
    ScenarioFileException e = parseFails("plan.yaml", text);
    String at = "strategy 'industry' > project 'coal-exit' > closed assets";
    at(problem(e, at + " > capital", "billion CNY"), "plan.yaml", text, "3 bn");
    at(problem(e, at + " > built year", "'2001' is a string: write the year without quotes"), "plan.yaml", text,
        "'2001'");
    at(problem(e, at, "unknown key 'age' in closed assets; known keys: capital, built, life, sector"), "plan.yaml",
        text, "age: 20");
    problem(e, at, "missing key 'life' (a number, years)");
    String list = MODEL.replace("            size: 5.0\n", "            size: 5.0\n"
        + "        closed-assets: [1.0, 2000, 30]\n");
    at(problem(parseFails("plan.yaml", list), "strategy 'industry' > project 'btr-anode' > closed assets",
        "expected a mapping"), "plan.yaml", list, "[1.0");
  }

  @Test
  void asset_parameters_need_a_project_that_describes_its_closed_assets() {
    String text = closure("capital: 3.0", "built: 2001", "life: 30") + """
        uncertainty:
          parameters:
            - parameter: project/btr-anode/asset-life
              distribution: uniform
              lo: 20
              hi: 40
            - parameter: project/coal-exit/asset-capital
              distribution: uniform
              lo: 2
              hi: 4
        """;
    ScenarioFileException e = loadFails("plan.yaml", text);
    at(problem(e, "parameter 'project/btr-anode/asset-life'", "project 'btr-anode' describes no closed assets; "
        + "projects that do: [coal-exit]"), "plan.yaml", text, "project/btr-anode/asset-life");
    assertEquals(1, e.problems().size(), e.getMessage());
  }

  @Test
  void a_rank_correlation_that_is_not_a_correlation_is_placed_at_its_key() {
    String text = MODEL + """
        uncertainty:
          parameters:
            - parameter: macro-shock
              distribution: uniform
              lo: 0
              hi: 1
            - parameter: reemployment-rate
              distribution: uniform
              lo: 0
              hi: 1
          rank-correlation:
            matrix: [[1, 2], [2, 1]]
        """;
    FileProblem p = problem(parseFails("plan.yaml", text), "rank correlation", "outside [-1, 1]");
    at(p, "plan.yaml", text, "matrix");
  }
}
