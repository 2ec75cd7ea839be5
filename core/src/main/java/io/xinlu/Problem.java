package io.xinlu;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem found while validating a model: where it is (a path of {@link PathSegment}s from the outermost object,
 * such as {@code [scenario 'green', strategy 'digital', project '5g-mines', effect 2]}) and what is wrong. The
 * segments are typed, so code can tell which strategy, project or field a problem is about without reading the
 * text; {@link #toString()} shows them as text: {@code scenario 'green' > strategy 'digital' > ...: message}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Problem {
  private final ImmutableList<PathSegment> path;
  private final String message;

  private Problem(ImmutableList<PathSegment> path, String message) {
    this.path = path;
    this.message = message;
  }

  /**
   * Returns a problem at the given path.
   *
   * @param path the segments from the outermost object to the offending value; may be empty for a model-wide problem
   * @param message what is wrong, without the path
   * @return the problem
   * @throws IllegalArgumentException if the message is empty
   */
  public static Problem of(Iterable<? extends PathSegment> path, String message) {
    checkArgument(!message.isEmpty(), "a problem needs a message");
    return new Problem(ImmutableList.copyOf(path), message);
  }

  /** The segments of the path, outermost first. */
  public ImmutableList<PathSegment> path() {
    return path;
  }

  /** What is wrong, without the path. */
  public String message() {
    return message;
  }

  /** The path as one string: the segments' text joined by {@code " > "}. */
  public String pathString() {
    return pathString(path);
  }

  /** The text of a path: its segments' text joined by {@code " > "}, such as {@code strategy 'x' > start}. */
  public static String pathString(Iterable<? extends PathSegment> path) {
    StringBuilder b = new StringBuilder();
    String separator = "";
    for (PathSegment s : path) {
      b.append(separator).append(s);
      separator = " > ";
    }
    return b.toString();
  }

  /** The path and the message, as {@code scenario 'green' > project 'x' > start: 2019 is before ...}. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : pathString() + ": " + message;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Problem && ((Problem) o).path.equals(path) && ((Problem) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, message);
  }
}
