package io.xinlu.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.xinlu.InvalidModelException;
import io.xinlu.Problem;
import org.junit.jupiter.api.function.Executable;

/** Assertions on the problems an {@link InvalidModelException} lists. */
final class ProblemAssertions {
  private ProblemAssertions() {}

  /** Asserts that {@code build} throws an {@link InvalidModelException} and returns it. */
  static InvalidModelException assertInvalid(Executable build) {
    return assertThrows(InvalidModelException.class, build);
  }

  /**
   * Asserts that the exception lists a problem at exactly {@code path} (segments joined by {@code " > "}) whose
   * message contains every fragment, and that its message shows that problem as {@code path: message}.
   *
   * @return the problem found
   */
  static Problem assertProblem(InvalidModelException e, String path, String... fragments) {
    for (Problem p : e.problems()) {
      if (p.pathString().equals(path) && containsAll(p.message(), fragments)) {
        assertTrue(e.getMessage().contains("\n  - " + path + ": " + p.message()),
            () -> "the exception's message does not show " + p + ":\n" + e.getMessage());
        assertEquals(path + ": " + p.message(), p.toString());
        return p;
      }
    }
    return fail("no problem at path [" + path + "] with a message containing " + String.join(", ", quoted(fragments))
        + "; the exception lists:\n" + e.getMessage());
  }

  /** Like {@link #assertProblem} and asserts that it is the only problem listed. */
  static Problem assertOnlyProblem(InvalidModelException e, String path, String... fragments) {
    Problem p = assertProblem(e, path, fragments);
    assertEquals(1, e.problems().size(), () -> "expected exactly one problem, got:\n" + e.getMessage());
    assertTrue(e.getMessage().startsWith("1 problem in "), e::getMessage);
    return p;
  }

  /** Asserts that the exception lists exactly {@code n} problems and its message says so. */
  static void assertProblemCount(InvalidModelException e, int n) {
    assertEquals(n, e.problems().size(), () -> "expected " + n + " problems, got:\n" + e.getMessage());
    assertTrue(e.getMessage().startsWith(n + (n == 1 ? " problem in " : " problems in ")), e::getMessage);
  }

  /** How {@code Problems} renders a non-finite number in a message. */
  static String rendered(double x) {
    return Double.isNaN(x) ? "NaN is not a number" : x + " is not a finite number";
  }

  private static boolean containsAll(String message, String... fragments) {
    for (String f : fragments) {
      if (!message.contains(f)) {
        return false;
      }
    }
    return true;
  }

  private static String[] quoted(String... fragments) {
    String[] q = new String[fragments.length];
    for (int i = 0; i < fragments.length; i++) {
      q[i] = "\"" + fragments[i] + "\"";
    }
    return q;
  }
}
