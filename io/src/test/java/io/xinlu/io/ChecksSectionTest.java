package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.xinlu.check.CheckResult;
import io.xinlu.check.ModelCheck;
import io.xinlu.check.ModelChecks;
import io.xinlu.indicator.Indicators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code checks} section: the example of {@code docs/FILE-FORMAT.md} read against the format page's model and
 * run, the exact round trip in both syntaxes, the schema, and every kind of bad input with its located message.
 */
class ChecksSectionTest {
  private static final String FILE = "checks.yaml";

  /** The format page's examples other than the search and the checks: profile, strategies, scenarios, ... */
  private static List<ScenarioDocument> model() throws IOException {
    Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(Path.of("..", "docs", "FILE-FORMAT.md")));
    List<ScenarioDocument> docs = new ArrayList<>();
    while (m.find()) {
      if (!m.group(1).startsWith("search:") && !m.group(1).startsWith("checks:")) {
        docs.add(ScenarioFiles.parse("format: xinlu/1\n" + m.group(1), "model-" + docs.size() + ".yaml",
            FileFormat.YAML));
      }
    }
    return docs;
  }

  private static String example() throws IOException {
    Matcher m = Pattern.compile("```yaml\\n(checks:.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(Path.of("..", "docs", "FILE-FORMAT.md")));
    assertTrue(m.find(), "the format page has a checks example");
    return "format: xinlu/1\n" + m.group(1);
  }

  private static LoadedModel load(String checksText) throws IOException {
    List<ScenarioDocument> docs = new ArrayList<>(model());
    docs.add(ScenarioFiles.parse(checksText, FILE, FileFormat.YAML));
    return ScenarioFiles.combine(docs);
  }

  private static List<String> problems(String checksText) {
    ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> load(checksText));
    return e.problems().stream().map(FileProblem::toString).toList();
  }

  /** One check named c of the given kind's lines (each indented under the item). */
  private static String one(String... lines) {
    StringBuilder s = new StringBuilder("format: xinlu/1\nchecks:\n  - name: c\n");
    for (String l : lines) {
      s.append("    ").append(l).append('\n');
    }
    return s.toString();
  }

  @Test
  void the_example_reads_as_three_checks_that_run_on_the_model() throws IOException {
    LoadedModel m = load(example());
    assertEquals(List.of("services-grow", "late-co2-peak", "late-no-more-gdp"),
        m.checks().stream().map(ModelCheck::name).toList());
    ModelCheck.Bound b = (ModelCheck.Bound) m.checks().get(0);
    assertEquals(Indicators.groupShare(io.xinlu.economy.SectorGroup.TERTIARY), b.indicator());
    assertEquals(List.of(2030, 2035), b.years());
    assertEquals(OptionalDouble.of(0.3), b.min());
    assertEquals(OptionalDouble.empty(), b.max());
    assertEquals(List.of(), b.scenarios());
    assertEquals("services outgrow coal in every scenario", b.note());
    ModelCheck.PeakYear p = (ModelCheck.PeakYear) m.checks().get(1);
    assertEquals(List.of("late"), p.scenarios());
    assertEquals(2022, p.from());
    assertEquals(2035, p.to());
    ModelCheck.Order o = (ModelCheck.Order) m.checks().get(2);
    assertEquals(ModelCheck.Relation.AT_MOST, o.relation());
    assertEquals("late", o.first());
    assertEquals("baseline", o.second());
    List<CheckResult> results = ModelChecks.run(m.model(), m.checks());
    assertEquals(3, results.size());
    // a peak window of the whole horizon always holds
    assertTrue(results.get(1).passed(), results.get(1).message());
  }

  @Test
  void checks_round_trip_exactly_in_both_syntaxes() throws IOException {
    ScenarioDocument read = ScenarioFiles.parse(example(), FILE, FileFormat.YAML);
    ScenarioDocument more = ScenarioDocument.builder().checks(read.checks())
        .checks(List.of(ModelCheck.bound("band", Indicators.co2(), List.of(2035, 2025), OptionalDouble.of(-0.1),
            OptionalDouble.of(1e-7)).forScenarios(List.of("late", "baseline")).withNote("a note: with \"quotes\""),
            ModelCheck.atMost("cap", Indicators.energy(), List.of(2030), 0.1 + 0.2),
            ModelCheck.order("more", Indicators.gdp(), 2030, "late", ModelCheck.Relation.AT_LEAST, "baseline")))
        .build();
    for (FileFormat f : FileFormat.values()) {
      String text = ScenarioFiles.write(more, f);
      ScenarioDocument back = ScenarioFiles.parse(text, "back", f);
      assertEquals(more, back, f + ":\n" + text);
      assertEquals(text, ScenarioFiles.write(back, f));
      assertEquals(List.of(), SchemaTest.schema().validate(RoundTripPropertiesTest.tree(text, f)), text);
    }
    String yaml = ScenarioFiles.write(read, FileFormat.YAML);
    assertTrue(yaml.contains("  - name: late-no-more-gdp\n    kind: order\n    indicator: gdp\n    year: 2035\n"
        + "    scenario: late\n    at-most: baseline\n"), yaml);
  }

  @Test
  void the_schema_refuses_checks_of_the_wrong_shape() {
    String ok = one("kind: bound", "indicator: gdp", "years: [2030]", "at-least: 1");
    assertEquals(List.of(), SchemaTest.schema().validate(RoundTripPropertiesTest.tree(ok, FileFormat.YAML)));
    for (String bad : List.of(ok.replace("at-least: 1", "at-least: baseline"), ok.replace("    years: [2030]\n", ""),
        ok.replace("    at-least: 1\n", ""), ok.replace("kind: bound", "kind: peak-year"),
        one("kind: order", "indicator: gdp", "year: 2030", "scenario: late", "at-most: 3"))) {
      assertFalse(SchemaTest.schema().validate(RoundTripPropertiesTest.tree(bad, FileFormat.YAML)).isEmpty(), bad);
    }
  }

  @Test
  void an_unknown_indicator_is_refused_at_its_place() {
    assertEquals(List.of("checks.yaml:5:16 checks > check 'c' > indicator: unknown indicator 'co3'; see "
        + "docs/INDICATORS.md for the ids, such as gdp, co2, energy-intensity, share:group:tertiary, "
        + "reserve-life:<sector>"), problems(one("kind: bound", "indicator: co3", "years: [2030]", "at-least: 1")));
    assertEquals(List.of("checks.yaml:5:16 checks > check 'c' > indicator: indicator 'share:sector:steel' names "
        + "unknown sector 'steel'; known sectors: [coal, materials, services]"),
        problems(one("kind: bound", "indicator: \"share:sector:steel\"", "years: [2030]", "at-least: 1")));
  }

  @Test
  void an_unknown_scenario_is_refused_at_its_place() {
    assertEquals(List.of("checks.yaml:6:16 checks > check 'c' > scenarios: unknown scenario 'green'; known "
        + "scenarios: baseline, late"),
        problems(one("kind: bound", "indicator: gdp", "scenarios: [green]", "years: [2030]", "at-least: 1")));
    assertEquals(List.of("checks.yaml:8:14 checks > check 'c' > at-most: unknown scenario 'green'; known "
        + "scenarios: baseline, late"),
        problems(one("kind: order", "indicator: gdp", "year: 2030", "scenario: late", "at-most: green")));
    assertEquals(List.of("checks.yaml:7:15 checks > check 'c' > scenario: unknown scenario 'green'; known "
        + "scenarios: baseline, late"),
        problems(one("kind: order", "indicator: gdp", "year: 2030", "scenario: green", "at-least: late")));
  }

  @Test
  void a_year_outside_the_horizon_is_refused_at_its_place() {
    assertEquals(List.of("checks.yaml:6:12 checks > check 'c' > years: year 2040 is outside the horizon 2022-2035 "
        + "(scenario 'baseline' ends in 2035)"),
        problems(one("kind: bound", "indicator: gdp", "years: [2040]", "at-least: 1")));
    assertEquals(List.of("checks.yaml:6:11 checks > check 'c' > from: year 2021 is outside the horizon 2022-2035 "
        + "(the profile's base year is 2022)"),
        problems(one("kind: peak-year", "indicator: co2", "from: 2021", "to: 2030")));
    assertEquals(List.of("checks.yaml:6:11 checks > check 'c' > year: year 2036 is outside the horizon 2022-2035 "
        + "(scenario 'late' ends in 2035)"),
        problems(one("kind: order", "indicator: gdp", "year: 2036", "scenario: late", "at-least: baseline")));
  }

  @Test
  void a_minimum_above_the_maximum_and_other_shapes_are_refused_at_their_place() {
    assertEquals(List.of("checks.yaml:8:14 checks > check 'c' > at-most: at-most 1.0 is below at-least 2.0 "
        + "(min > max)"), problems(one("kind: bound", "indicator: gdp", "years: [2030]", "at-least: 2",
        "at-most: 1")));
    assertEquals(List.of("checks.yaml:3:5 checks > check 'c': missing key 'at-least' or 'at-most': a bound needs a "
        + "minimum, a maximum or both"), problems(one("kind: bound", "indicator: gdp", "years: [2030]")));
    assertEquals(List.of("checks.yaml:6:12 checks > check 'c' > years: a bound needs at least one year"),
        problems(one("kind: bound", "indicator: gdp", "years: []", "at-most: 1")));
    assertEquals(List.of("checks.yaml:6:19 checks > check 'c' > years: year 2030 is given twice"),
        problems(one("kind: bound", "indicator: gdp", "years: [2030, 2030]", "at-most: 1")));
    assertEquals(List.of("checks.yaml:6:13 checks > check 'c' > years: expected a whole year, such as 2030, got "
        + "the string 'soon'"), problems(one("kind: bound", "indicator: gdp", "years: [soon]", "at-most: 1")));
    assertEquals(List.of("checks.yaml:7:9 checks > check 'c' > to: the window ends in 2025, before it starts in "
        + "2030"), problems(one("kind: peak-year", "indicator: co2", "from: 2030", "to: 2025")));
    assertEquals(List.of("checks.yaml:8:14 checks > check 'c' > at-most: scenario 'late' is compared with itself"),
        problems(one("kind: order", "indicator: gdp", "year: 2030", "scenario: late", "at-most: late")));
    assertEquals(List.of("checks.yaml:4:11 checks > check 'c' > kind: expected one of bound, peak-year, order, got "
        + "the string 'peak'"), problems(one("kind: peak", "indicator: co2", "year: 2030")));
    assertEquals(List.of("checks.yaml:4:12 checks > check 'c' > name: duplicate check name 'c': the check at line 3 "
        + "has it too"), problems("format: xinlu/1\nchecks:\n"
        + "  - {name: c, kind: bound, indicator: gdp, years: [2030], at-least: 0}\n"
        + "  - {name: c, kind: bound, indicator: gdp, years: [2031], at-least: 0}\n"));
  }

  @Test
  void a_check_without_a_section_leaves_the_checks_empty() throws IOException {
    assertEquals(ImmutableList.of(), load("format: xinlu/1\n").checks());
  }
}
