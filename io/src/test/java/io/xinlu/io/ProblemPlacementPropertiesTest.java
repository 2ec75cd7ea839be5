package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.policy.Project;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Over generated ids (quotes, {@code " > "}, the word "duplicate", any characters) and lists in which ids repeat,
 * each of the core's problems stands at the entry of the written file that its typed path names: every repeat of a
 * strategy id at that repeat, and a start before the base year at that project's start, whichever of several
 * strategies with one id holds it. The expected places are found in the written text, not by the reader.
 */
class ProblemPlacementPropertiesTest {
  private static final List<String> AWKWARD =
      List.of("duplicate", "'", "\"", " > ", ">", ": ", "strategy '", "a", "煤", " ", "\\", "?", "#", "- id: ");

  /**
   * Ids that are not blank, do not hold the year the test looks for, and are text a file can hold (no half of a
   * surrogate pair).
   */
  private static Gen<String> ids() {
    Gen<String> awkward = lists().of(arbitrary().pick(AWKWARD)).ofSizeBetween(1, 5).map(l -> String.join("", l));
    return awkward.mix(strings().allPossible().ofLengthBetween(1, 10), 30)
        .assuming(s -> !s.isBlank() && !s.contains("2019") && s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
  }

  /** A draw: strategy ids from a pool of up to three (so they repeat), and the strategy whose project starts early. */
  private record Draw(List<String> pool, List<Integer> pick, int early) {
    String strategy(int j) {
      return pool.get(pick.get(j) % pool.size());
    }

    String project(int j) {
      return pool.get((pick.get(j) + 1) % pool.size()) + " " + j;
    }
  }

  private static Gen<Draw> draws() {
    return lists().of(ids()).ofSizeBetween(1, 3).zip(lists().of(integers().between(0, 2)).ofSizeBetween(1, 6),
        integers().between(0, 5), (pool, pick, early) -> new Draw(pool, pick, early % pick.size()))
        .describedAs(d -> escaped(d.toString()));
  }

  /** The text with every character outside printable ASCII as a Java escape, for readable failures. */
  private static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
    return b.toString();
  }

  private static ScenarioDocument document(Draw d) {
    CityProfile town = CityProfile.builder().name("town").baseYear(2022)
        .addSector(Sector.builder().id("coal").group(SectorGroup.SECONDARY).valueAdded(10.0).energy(1.0).build())
        .build();
    List<Strategy> strategies = new ArrayList<>();
    for (int j = 0; j < d.pick().size(); j++) {
      int start = j == d.early() ? 2019 : 2023;
      strategies.add(Strategy.builder().id(d.strategy(j))
          .addProject(Project.builder().id(d.project(j)).start(start).fullEffect(2025).build()).build());
    }
    return ScenarioDocument.builder().profile(town).strategies(strategies)
        .scenarios(List.of(Scenario.baseline("baseline", 2035))).build();
  }

  /** Where the {@code n}-th (from 0) strategy of the written file stands: its first key. */
  private static String strategyAt(String text, int n) {
    int i = text.indexOf("\nstrategies:\n");
    for (int k = 0; k <= n; k++) {
      i = text.indexOf("\n  - ", i + 1);
    }
    return ProblemPlacementTest.place("plan.yaml", text.substring(0, i + 5) + "\u0000" + text.substring(i + 5),
        "\u0000", 1);
  }

  @Test
  void every_problem_stands_at_the_entry_its_path_names() {
    qt().forAll(draws()).checkAssert(d -> {
      String text = ScenarioFiles.write(document(d), FileFormat.YAML);
      ScenarioFileException e = assertThrows(ScenarioFileException.class,
          () -> ScenarioFiles.combine(List.of(ScenarioFiles.parse(text, "plan.yaml", FileFormat.YAML))));
      List<String> expected = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int j = 0; j < d.pick().size(); j++) {
        if (!seen.add(d.strategy(j))) {
          expected.add(strategyAt(text, j) + " strategy '" + d.strategy(j) + "': duplicate strategy id");
        }
        if (j == d.early()) {
          String start = ProblemPlacementTest.place("plan.yaml", text, "start: 2019", 1);
          String value = start.substring(0, start.lastIndexOf(':') + 1)
              + (Integer.parseInt(start.substring(start.lastIndexOf(':') + 1)) + "start: ".length());
          expected.add(value + " strategy '" + d.strategy(j) + "' > project '" + d.project(j)
              + "' > start: 2019 is before the base year 2022");
        }
      }
      List<String> found = e.problems().stream().map(FileProblem::toString).sorted().toList();
      assertEquals(escaped(String.join("\n", expected.stream().sorted().toList())), escaped(String.join("\n", found)),
          () -> escaped(e.getMessage() + "\nin\n" + text));
    });
  }
}
