package io.xinlu;

import static io.xinlu.PathSegment.Kind.EFFECT;
import static io.xinlu.PathSegment.Kind.PROFILE;
import static io.xinlu.PathSegment.Kind.PROJECT;
import static io.xinlu.PathSegment.Kind.SCENARIO;
import static io.xinlu.PathSegment.Kind.SECTOR;
import static io.xinlu.PathSegment.Kind.STRATEGY;
import static io.xinlu.PathSegment.field;
import static io.xinlu.PathSegment.named;
import static io.xinlu.PathSegment.numbered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A problem's path and message, and the exception that lists problems, as their Javadoc shows them. */
class ProblemTest {
  private static final Problem UNKNOWN =
      Problem.of(List.of(named(SCENARIO, "green"), named(STRATEGY, "digital"), named(PROJECT, "5g-mines"),
          numbered(EFFECT, 2)), "unknown sector 'coal-mine'");

  @Test
  void a_problem_shows_its_path_and_message() {
    assertEquals("scenario 'green' > strategy 'digital' > project '5g-mines' > effect 2", UNKNOWN.pathString());
    assertEquals("unknown sector 'coal-mine'", UNKNOWN.message());
    assertEquals(4, UNKNOWN.path().size());
    assertEquals(named(PROJECT, "5g-mines"), UNKNOWN.path().get(2));
    assertEquals("scenario 'green' > strategy 'digital' > project '5g-mines' > effect 2: unknown sector 'coal-mine'",
        UNKNOWN.toString());
    Problem modelWide = Problem.of(List.of(), "no scenario");
    assertEquals("", modelWide.pathString());
    assertEquals("no scenario", modelWide.toString());
  }

  @Test
  void a_problem_needs_a_message() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Problem.of(List.of(field("a")), ""));
    assertEquals("a problem needs a message", e.getMessage());
  }

  @Test
  void problems_are_equal_when_path_and_message_are() {
    Problem same = Problem.of(List.of(named(SCENARIO, "green"), named(STRATEGY, "digital"),
        named(PROJECT, "5g-mines"), numbered(EFFECT, 2)), "unknown sector 'coal-mine'");
    assertEquals(UNKNOWN, same);
    assertEquals(UNKNOWN.hashCode(), same.hashCode());
    assertNotEquals(UNKNOWN, Problem.of(UNKNOWN.path(), "unknown sector 'coal'"));
    assertNotEquals(UNKNOWN, Problem.of(List.of(named(SCENARIO, "green")), UNKNOWN.message()));
    assertNotEquals(UNKNOWN, (Object) UNKNOWN.toString());
    assertNotEquals(UNKNOWN.hashCode(), Problem.of(UNKNOWN.path(), "unknown sector 'coal'").hashCode());
    // the same text, other segments: a field labelled like a named segment, or the same strategy at another place
    Problem asField = Problem.of(List.of(field("scenario 'green'"), named(STRATEGY, "digital"),
        named(PROJECT, "5g-mines"), numbered(EFFECT, 2)), UNKNOWN.message());
    assertEquals(UNKNOWN.toString(), asField.toString());
    assertNotEquals(UNKNOWN, asField);
    Problem first = Problem.of(List.of(named(STRATEGY, "digital", 0)), "duplicate strategy id");
    Problem second = Problem.of(List.of(named(STRATEGY, "digital", 1)), "duplicate strategy id");
    assertEquals(first.toString(), second.toString());
    assertNotEquals(first, second);
  }

  @Test
  void the_exception_lists_every_problem_one_per_line() {
    Problem nan = Problem.of(List.of(named(PROFILE, "yangquan"), named(SECTOR, "coal"), field("value added")),
        "NaN is not a number");
    InvalidModelException two = new InvalidModelException("model 'yangquan'", List.of(UNKNOWN, nan));
    assertEquals("""
        2 problems in model 'yangquan':
          - scenario 'green' > strategy 'digital' > project '5g-mines' > effect 2: unknown sector 'coal-mine'
          - profile 'yangquan' > sector 'coal' > value added: NaN is not a number""", two.getMessage());
    assertEquals("model 'yangquan'", two.subject());
    assertEquals(List.of(UNKNOWN, nan), two.problems());
    InvalidModelException one = new InvalidModelException("profile 'x'", List.of(nan));
    assertEquals("1 problem in profile 'x':\n  - " + nan, one.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> new InvalidModelException("model 'x'", List.of()));
    assertEquals("an InvalidModelException needs at least one problem", none.getMessage());
  }
}
