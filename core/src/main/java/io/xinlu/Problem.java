package io.xinlu;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem found while validating a model: where it is (a path of segments from the outermost object, such as
 * {@code [scenario 'green', strategy 'digital', project '5g-mines', effect 2]}) and what is wrong.
 *
 * <p>Immutable and thread-safe.
 */
public final class Problem {
  private final ImmutableList<String> path;
  private final String message;

  private Problem(ImmutableList<String> path, String message) {
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
  public static Problem of(Iterable<String> path, String message) {
    checkArgument(!message.isEmpty(), "a problem needs a message");
    return new Problem(ImmutableList.copyOf(path), message);
  }

  /** The segments of the path, outermost first. */
  public ImmutableList<String> path() {
    return path;
  }

  /** What is wrong, without the path. */
  public String message() {
    return message;
  }

  /** The path as one string, segments joined by {@code " > "}. */
  public String pathString() {
    return String.join(" > ", path);
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
