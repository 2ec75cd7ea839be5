package io.xinlu.properties;

import static io.xinlu.PathSegment.field;
import static io.xinlu.PathSegment.named;
import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.xinlu.InvalidModelException;
import io.xinlu.PathSegment;
import io.xinlu.PathSegment.Kind;
import io.xinlu.Problem;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.policy.Project;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Over generated ids (quotes, {@code " > "}, the word "duplicate", any characters), the validators report each
 * problem at the typed path of the object at fault: its kind, its id as given and its place in its list; and the
 * text of the path is the id in quotes, as docs/FILE-FORMAT.md shows it.
 */
class ProblemPathPropertiesTest {
  private static final List<String> AWKWARD =
      List.of("duplicate", "'", "\"", " > ", ">", ": ", "project '", "a", "煤", " ", "\\", "?");

  /** Ids that are not blank, made of awkward pieces or of any characters. */
  private static Gen<String> ids() {
    Gen<String> awkward = lists().of(arbitrary().pick(AWKWARD)).ofSizeBetween(1, 5).map(l -> String.join("", l));
    return awkward.mix(strings().allPossible().ofLengthBetween(1, 10), 30).assuming(s -> !s.isBlank());
  }

  private static CityProfile town() {
    return CityProfile.builder().name("town").baseYear(2020)
        .addSector(Sector.builder().id("coal").group(SectorGroup.SECONDARY).valueAdded(10.0).energy(1.0).build())
        .build();
  }

  private static Project project(String id, int start) {
    return Project.builder().id(id).start(start).fullEffect(start + 1).build();
  }

  private static InvalidModelException invalid(List<Strategy> strategies) {
    return assertThrows(InvalidModelException.class, () -> CityModel.builder().profile(town())
        .addAllStrategies(strategies).addScenario(Scenario.baseline("baseline", 2030)).build());
  }

  @Test
  void a_start_before_the_base_year_stands_at_its_strategy_project_and_field() {
    qt().forAll(ids(), ids(), integers().between(0, 3)).checkAssert((s, p, before) -> {
      List<Project> projects = new ArrayList<>();
      for (int i = 0; i < before; i++) {
        projects.add(project(p + "-ok-" + i, 2025));
      }
      projects.add(project(p, 2019));
      InvalidModelException e = invalid(List.of(Strategy.builder().id(s).addAllProjects(projects).build()));
      Problem expected = Problem.of(List.of(named(Kind.STRATEGY, s, 0), named(Kind.PROJECT, p, before),
          field("start")), "2019 is before the base year 2020");
      assertEquals(List.of(expected), e.problems());
      assertEquals("strategy '" + s + "' > project '" + p + "' > start: 2019 is before the base year 2020",
          e.problems().get(0).toString());
    });
  }

  @Test
  void every_repeat_of_a_strategy_id_is_reported_at_its_own_place() {
    qt().forAll(ids(), lists().of(arbitrary().pick(true, false)).ofSizeBetween(2, 6)).checkAssert((id, same) -> {
      // strategy i has the id when same.get(i), another id otherwise
      List<Strategy> strategies = new ArrayList<>();
      List<PathSegment> repeats = new ArrayList<>();
      int seen = 0;
      for (int i = 0; i < same.size(); i++) {
        String sid = same.get(i) ? id : id + " other " + i;
        strategies.add(Strategy.builder().id(sid).build());
        if (same.get(i) && seen++ > 0) {
          repeats.add(named(Kind.STRATEGY, id, i));
        }
      }
      if (repeats.isEmpty()) {
        CityModel.builder().profile(town()).addAllStrategies(strategies)
            .addScenario(Scenario.baseline("baseline", 2030)).build();
        return;
      }
      InvalidModelException e = invalid(strategies);
      List<PathSegment> reported = new ArrayList<>();
      for (Problem p : e.problems()) {
        assertEquals("duplicate strategy id", p.message(), p::toString);
        assertEquals(1, p.path().size(), p::toString);
        assertEquals("strategy '" + id + "'", p.pathString());
        reported.add(p.path().get(0));
      }
      assertEquals(repeats, reported);
      assertTrue(e.getMessage().contains("\n  - strategy '" + id + "': duplicate strategy id"), e::getMessage);
    });
  }
}
