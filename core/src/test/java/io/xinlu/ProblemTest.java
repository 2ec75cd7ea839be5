package io.xinlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A problem's path and message, and the exception that lists problems, as their Javadoc shows them. */
class ProblemTest {
  private static final Problem UNKNOWN =
      Problem.of(List.of("scenario 'green'", "strategy 'digital'", "project '5g-mines'", "effect 2"),
          "unknown sector 'coal-mine'");

  @Test
  void a_problem_shows_its_path_and_message() {
    assertEquals("scenario 'green' > strategy 'digital' > project '5g-mines' > effect 2", UNKNOWN.pathString());
    assertEquals("unknown sector 'coal-mine'", UNKNOWN.message());
    assertEquals(4, UNKNOWN.path().size());
    assertEquals("scenario 'green' > strategy 'digital' > project '5g-mines' > effect 2: unknown sector 'coal-mine'",
        UNKNOWN.toString());
    Problem modelWide = Problem.of(List.of(), "no scenario");
    assertEquals("", modelWide.pathString());
    assertEquals("no scenario", modelWide.toString());
  }

  @Test
  void a_problem_needs_a_message() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Problem.of(List.of("a"), ""));
    assertEquals("a problem needs a message", e.getMessage());
  }

  @Test
  void problems_are_equal_when_path_and_message_are() {
    Problem same = Problem.of(List.of("scenario 'green'", "strategy 'digital'", "project '5g-mines'", "effect 2"),
        "unknown sector 'coal-mine'");
    assertEquals(UNKNOWN, same);
    assertEquals(UNKNOWN.hashCode(), same.hashCode());
    assertNotEquals(UNKNOWN, Problem.of(UNKNOWN.path(), "unknown sector 'coal'"));
    assertNotEquals(UNKNOWN, Problem.of(List.of("scenario 'green'"), UNKNOWN.message()));
    assertNotEquals(UNKNOWN, (Object) UNKNOWN.toString());
    assertNotEquals(UNKNOWN.hashCode(), Problem.of(UNKNOWN.path(), "unknown sector 'coal'").hashCode());
  }

  @Test
  void the_exception_lists_every_problem_one_per_line() {
    Problem nan = Problem.of(List.of("profile 'yangquan'", "sector 'coal'", "value added"), "NaN is not a number");
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
