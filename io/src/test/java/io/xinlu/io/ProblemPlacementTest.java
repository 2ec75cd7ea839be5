package io.xinlu.io;

import static io.xinlu.PathSegment.Kind.EFFECT;
import static io.xinlu.PathSegment.Kind.PROJECT;
import static io.xinlu.PathSegment.Kind.STRATEGY;
import static io.xinlu.PathSegment.field;
import static io.xinlu.PathSegment.named;
import static io.xinlu.PathSegment.numbered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The core's problems stand at the place of the object their typed path names: the second and third of three
 * objects with one id each at its own entry, a problem inside the second of two strategies with one id inside that
 * second one (also when the two are in different files), and ids that hold quotes, {@code " > "} or the word
 * "duplicate" at their own values. Placing problems by the text of their path and message put the repeats of an id
 * at the last entry with that id (so that the two problems read alike and were listed as one), and a problem inside
 * the second of two strategies with one id at the first.
 */
class ProblemPlacementTest {
  private static final String PROFILE = """
      format: xinlu/1
      profile:
        name: town
        base-year: 2022
        sectors:
          - id: coal
            group: secondary
            value-added: 30.0
            energy: 3.0
          - id: materials
            group: secondary
            value-added: 2.0
            energy: 0.4
      """;

  private static ScenarioFileException fails(List<String> names, List<String> texts) {
    return assertThrows(ScenarioFileException.class, () -> ScenarioFiles.combine(
        java.util.stream.IntStream.range(0, names.size()).mapToObj(i -> ScenarioFiles.parse(texts.get(i),
            names.get(i), FileFormat.of(java.nio.file.Path.of(names.get(i))))).toList()));
  }

  private static ScenarioFileException fails(String name, String text) {
    return fails(List.of(name), List.of(text));
  }

  /** The problems whose path reads {@code path} and whose message contains {@code part}, in the exception's order. */
  private static List<FileProblem> problems(ScenarioFileException e, String path, String part) {
    List<FileProblem> found = e.problems().stream()
        .filter(p -> p.pathString().equals(path) && p.message().contains(part)).toList();
    assertTrue(!found.isEmpty(), () -> "no problem at '" + path + "' saying '" + part + "' in:\n" + e.getMessage());
    return found;
  }

  /** The place {@code file:line:column} of the {@code n}-th (1-based) occurrence of {@code needle} in the text. */
  static String place(String file, String text, String needle, int n) {
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
    return file + ":" + line + ":" + (i - text.lastIndexOf('\n', i - 1));
  }

  private static List<String> places(List<FileProblem> problems) {
    return problems.stream().map(p -> p.file() + ":" + p.line() + ":" + p.column()).collect(Collectors.toList());
  }

  @Test
  void three_sectors_with_one_id_give_two_problems_each_at_its_own_sector() {
    String text = PROFILE.replace("- id: materials", "- id: coal")
        + "    - id: coal\n      group: tertiary\n      value-added: 1.0\n";
    ScenarioFileException e = assertThrows(ScenarioFileException.class,
        () -> ScenarioFiles.parse(text, "city.yaml", FileFormat.YAML));
    assertEquals(List.of(place("city.yaml", text, "id: coal", 2), place("city.yaml", text, "id: coal", 3)),
        places(problems(e, "profile 'town' > sector 'coal'", "duplicate sector id")), e::getMessage);
    assertEquals(List.of("duplicate sector id (sector 2)", "duplicate sector id (sector 3)"),
        problems(e, "profile 'town' > sector 'coal'", "duplicate").stream().map(FileProblem::message).toList());
  }

  @Test
  void three_strategies_with_one_id_give_two_problems_each_at_its_own_strategy() {
    String text = PROFILE + """
        strategies:
          - id: x
          - id: x
          - id: y
          - id: x
        scenarios:
          - name: baseline
            end-year: 2035
        """;
    ScenarioFileException e = fails("plan.yaml", text);
    assertEquals(List.of(place("plan.yaml", text, "id: x", 2), place("plan.yaml", text, "id: x", 3)),
        places(problems(e, "strategy 'x'", "duplicate strategy id")), e::getMessage);
    assertEquals(2, e.problems().size(), e::getMessage);
  }

  @Test
  void a_problem_inside_the_second_of_two_strategies_with_one_id_stands_in_the_second() {
    String text = PROFILE + """
        strategies:
          - id: industry
            projects:
              - id: anode
                start: 2023
          - id: industry
            projects:
              - id: anode
                start: 2019
        scenarios:
          - name: baseline
            end-year: 2035
        """;
    ScenarioFileException e = fails("plan.yaml", text);
    assertEquals(List.of(place("plan.yaml", text, "2019", 1)),
        places(problems(e, "strategy 'industry' > project 'anode' > start", "2019 is before the base year 2022")),
        e::getMessage);
    assertEquals(List.of(place("plan.yaml", text, "id: industry", 2)),
        places(problems(e, "strategy 'industry'", "duplicate strategy id")));
    assertEquals(List.of(place("plan.yaml", text, "id: anode", 2)),
        places(problems(e, "strategy 'industry' > project 'anode'", "duplicate project id")));
    // the file's problem keeps the core's typed path
    assertEquals(List.of(named(STRATEGY, "industry", 1), named(PROJECT, "anode", 0), field("start")),
        problems(e, "strategy 'industry' > project 'anode' > start", "2019").get(0).path());
  }

  @Test
  void the_readers_own_problems_have_typed_paths_too() {
    String text = PROFILE + """
        strategies:
          - id: a
          - id: b
            projects:
              - id: p
                start: 2023
                effects:
                  - kind: new-capacity
                    sector: coal
                    size: 1.0
                  - kind: new-capacity
                    sector: coal
                    size: "12 Mt"
        """;
    ScenarioFileException e = assertThrows(ScenarioFileException.class,
        () -> ScenarioFiles.parse(text, "plan.yaml", FileFormat.YAML));
    FileProblem p = problems(e, "strategy 'b' > project 'p' > effect 2 > new capacity", "a number with a unit").get(0);
    assertEquals(place("plan.yaml", text, "\"12 Mt\"", 1), p.file() + ":" + p.line() + ":" + p.column());
    assertEquals(List.of(named(STRATEGY, "b", 1), named(PROJECT, "p", 0), numbered(EFFECT, 2),
        field("new capacity")), p.path());
  }

  @Test
  void the_lists_of_several_files_continue_from_one_file_to_the_next() {
    String first = PROFILE + """
        strategies:
          - id: industry
            projects:
              - id: anode
                start: 2023
        scenarios:
          - name: baseline
            end-year: 2035
          - name: green
            parent: baseline
        """;
    String second = """
        format: xinlu/1
        strategies:
          - id: industry
            projects:
              - id: anode
                start: 2019
        scenarios:
          - name: green
            parent: baseline
          - name: green
            parent: baseline
        """;
    ScenarioFileException e = fails(List.of("city.yaml", "plan.yaml"), List.of(first, second));
    assertEquals(List.of(place("plan.yaml", second, "2019", 1)),
        places(problems(e, "strategy 'industry' > project 'anode' > start", "2019 is before")), e::getMessage);
    assertEquals(List.of(place("plan.yaml", second, "name: green", 1), place("plan.yaml", second, "name: green", 2)),
        places(problems(e, "scenario 'green'", "duplicate scenario name")), e::getMessage);
    assertEquals(List.of(place("plan.yaml", second, "id: industry", 1)),
        places(problems(e, "strategy 'industry'", "duplicate strategy id")));
  }

  @Test
  void three_targets_with_one_id_give_two_problems_each_at_its_own_target() {
    String text = PROFILE + """
        scenarios:
          - name: baseline
            end-year: 2035
        targets:
          - id: co2
            kind: peak
            indicator: co2
            year: 2030
          - id: co2
            kind: peak
            indicator: co2
            year: 2031
          - id: co2
            kind: peak
            indicator: co2
            year: 2032
        """;
    ScenarioFileException e = fails("plan.yaml", text);
    assertEquals(List.of(place("plan.yaml", text, "id: co2", 2), place("plan.yaml", text, "id: co2", 3)),
        places(problems(e, "target 'co2'", "duplicate target id")), e::getMessage);
  }

  @Test
  void ids_with_quotes_the_separator_or_the_word_duplicate_stand_at_their_own_values() {
    String text = PROFILE + """
        strategies:
          - id: "duplicate"
            projects:
              - id: "it's > \\"x\\""
                start: 2023
                effects:
                  - kind: new-capacity
                    sector: mines
                    size: 1.0
              - id: "duplicate project id"
                start: 2019
        scenarios:
          - name: "duplicate scenario name"
            end-year: 2035
            reemployment-rate: 1.5
        """;
    ScenarioFileException e = fails("plan.yaml", text);
    assertEquals(List.of(place("plan.yaml", text, "kind: new-capacity", 1)),
        places(problems(e, "strategy 'duplicate' > project 'it's > \"x\"' > effect 1", "unknown sector 'mines'")),
        e::getMessage);
    assertEquals(List.of(place("plan.yaml", text, "2019", 1)),
        places(problems(e, "strategy 'duplicate' > project 'duplicate project id' > start", "before the base year")));
    assertEquals(List.of(place("plan.yaml", text, "1.5", 1)),
        places(problems(e, "scenario 'duplicate scenario name' > re-employment rate", "must lie in [0, 1]")));
    assertEquals(3, e.problems().size(), e::getMessage);
  }

  @Test
  void a_problem_that_names_a_scenario_without_its_place_stands_at_the_first_scenario_of_that_name() {
    String text = PROFILE + """
        strategies:
          - id: industry
            projects:
              - id: anode
                start: 2023
        scenarios:
          - name: baseline
            end-year: 2035
          - name: early
            parent: baseline
            adoptions:
              - strategy: industry
                start-shift: -5
            project-overrides:
              - project: anode
                delay: 1
        """;
    ScenarioFileException e = fails("plan.yaml", text);
    assertEquals(List.of(place("plan.yaml", text, "project: anode", 1)),
        places(problems(e, "scenario 'early' > project 'anode'", "start shift and delay move its start from 2023 to "
            + "2019.0, before the base year 2022")), e::getMessage);
  }

  @Test
  void json_files_are_placed_the_same_way() {
    String json = """
        {
          "format": "xinlu/1",
          "profile": {"name": "town", "base-year": 2022, "sectors": [
            {"id": "coal", "group": "secondary", "value-added": 30.0, "energy": 3.0}]},
          "strategies": [
            {"id": "x", "projects": [{"id": "p", "start": 2023}]},
            {"id": "x", "projects": [{"id": "p", "start": 2019}]},
            {"id": "x"}],
          "scenarios": [{"name": "baseline", "end-year": 2035}]
        }
        """;
    ScenarioFileException e = fails("plan.json", json);
    assertEquals(List.of(place("plan.json", json, "{\"id\": \"x\"", 2), place("plan.json", json, "{\"id\": \"x\"", 3)),
        places(problems(e, "strategy 'x'", "duplicate strategy id")), e::getMessage);
    assertEquals(List.of(place("plan.json", json, "2019", 1)),
        places(problems(e, "strategy 'x' > project 'p' > start", "2019 is before")), e::getMessage);
  }
}
