package io.xinlu.io;

import com.google.common.collect.ImmutableList;
import io.xinlu.PathSegment;
import io.xinlu.Problem;
import java.util.Objects;

/**
 * One problem of a scenario file: the file (as it was named to the reader), the line and column where the problem
 * is (1-based), the model path of what is wrong (typed segments, shown as {@code scenario 'green' > project
 * 'btr-anode'}; empty for a problem of the file as a whole) and what is wrong.
 *
 * <p>{@link #toString()} gives the form compilers and editors understand:
 * {@code plan.yaml:42:7 scenario 'green' > project 'btr-anode' > delay: NaN is not a number}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FileProblem {
  private final String file;
  private final int line;
  private final int column;
  private final ImmutableList<PathSegment> path;
  private final String message;

  private FileProblem(String file, int line, int column, ImmutableList<PathSegment> path, String message) {
    this.file = file;
    this.line = line;
    this.column = column;
    this.path = path;
    this.message = message;
  }

  /**
   * Returns a problem.
   *
   * @param file the file's name as given to the reader
   * @param line the 1-based line
   * @param column the 1-based column
   * @param path the model path, outermost segment first; may be empty
   * @param message what is wrong, without the path
   */
  public static FileProblem of(String file, int line, int column, Iterable<? extends PathSegment> path,
      String message) {
    return new FileProblem(file, line, column, ImmutableList.copyOf(path), message);
  }

  static FileProblem at(Loc loc, Iterable<? extends PathSegment> path, String message) {
    return of(loc.file(), loc.line(), loc.column(), path, message);
  }

  /** The file's name, as given to the reader. */
  public String file() {
    return file;
  }

  /** The 1-based line. */
  public int line() {
    return line;
  }

  /** The 1-based column. */
  public int column() {
    return column;
  }

  /** The model path, outermost first; empty for a problem of the file as a whole. */
  public ImmutableList<PathSegment> path() {
    return path;
  }

  /** The model path as text, its segments joined by {@code " > "}. */
  public String pathString() {
    return Problem.pathString(path);
  }

  /** What is wrong, without the location and path. */
  public String message() {
    return message;
  }

  /** {@code file:line:column path: message}, or {@code file:line:column message} without a path. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + " " + (path.isEmpty() ? message : pathString() + ": " + message);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FileProblem p && p.file.equals(file) && p.line == line && p.column == column
        && p.path.equals(path) && p.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, path, message);
  }
}
