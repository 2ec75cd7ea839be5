package io.xinlu.internal;

import com.google.common.collect.ImmutableList;
import io.xinlu.InvalidModelException;
import io.xinlu.PathSegment;
import io.xinlu.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects validation problems under a path. {@link #at(PathSegment)} returns a view that shares the same list and
 * adds a segment to the path, so nested validators report full paths. The methods that take a {@code String field}
 * add a {@link PathSegment.Field} of that label. Mutable; used by one thread during validation.
 *
 * @since 0.1.0
 */
public final class Problems {
  private final List<Problem> found;
  private final ImmutableList<PathSegment> path;

  private Problems(List<Problem> found, ImmutableList<PathSegment> path) {
    this.found = found;
    this.path = path;
  }

  /** A new, empty collector at the root path. */
  public static Problems collector() {
    return new Problems(new ArrayList<>(), ImmutableList.of());
  }

  /** A view one segment deeper that adds to the same list. */
  public Problems at(PathSegment segment) {
    return new Problems(found, ImmutableList.<PathSegment>builder().addAll(path).add(segment).build());
  }

  /** A view one field deeper that adds to the same list. */
  public Problems at(String field) {
    return at(PathSegment.field(field));
  }

  /** A view at an object named by its id, not in a list: {@code at(PathSegment.named(kind, id))}. */
  public Problems at(PathSegment.Kind kind, String id) {
    return at(PathSegment.named(kind, id));
  }

  /** A view at an object named by its id at a place of its list (from 0). */
  public Problems at(PathSegment.Kind kind, String id, int index) {
    return at(PathSegment.named(kind, id, index));
  }

  /** Records a problem at this path. */
  public void add(String message) {
    found.add(Problem.of(path, message));
  }

  /** Records a problem found elsewhere, with its own full path. */
  public void add(Problem problem) {
    found.add(problem);
  }

  /** Records a problem at this path plus {@code field}. */
  public void add(String field, String message) {
    at(field).add(message);
  }

  /** Records a problem at this path plus {@code segment}. */
  public void add(PathSegment segment, String message) {
    at(segment).add(message);
  }

  /** Checks that {@code value} is finite; returns whether it is. */
  public boolean finite(String field, double value) {
    return finite(PathSegment.field(field), value);
  }

  /** Checks that {@code value} is finite; returns whether it is. */
  public boolean finite(PathSegment segment, double value) {
    if (Double.isNaN(value)) {
      add(segment, "NaN is not a number");
      return false;
    }
    if (Double.isInfinite(value)) {
      add(segment, value + " is not a finite number");
      return false;
    }
    return true;
  }

  /** Checks that {@code value} is finite and at least 0. */
  public boolean nonNegative(String field, double value) {
    return nonNegative(PathSegment.field(field), value);
  }

  /** Checks that {@code value} is finite and at least 0. */
  public boolean nonNegative(PathSegment segment, double value) {
    if (!finite(segment, value)) {
      return false;
    }
    if (!(value >= 0)) {
      add(segment, "must not be negative, was " + value);
      return false;
    }
    return true;
  }

  /** Checks that {@code value} is finite and greater than 0. */
  public boolean positive(String field, double value) {
    return positive(PathSegment.field(field), value);
  }

  /** Checks that {@code value} is finite and greater than 0. */
  public boolean positive(PathSegment segment, double value) {
    if (!finite(segment, value)) {
      return false;
    }
    if (!(value > 0)) {
      add(segment, "must be positive, was " + value);
      return false;
    }
    return true;
  }

  /** Checks that {@code value} lies in [0, 1]. */
  public boolean fraction(String field, double value) {
    return fraction(PathSegment.field(field), value);
  }

  /** Checks that {@code value} lies in [0, 1]. */
  public boolean fraction(PathSegment segment, double value) {
    if (!finite(segment, value)) {
      return false;
    }
    if (!(value >= 0 && value <= 1)) {
      add(segment, "must lie in [0, 1], was " + value);
      return false;
    }
    return true;
  }

  /** Whether no problem was found so far (in the whole shared list). */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems found so far (in the whole shared list). */
  public ImmutableList<Problem> all() {
    return ImmutableList.copyOf(found);
  }

  /** Throws an {@link InvalidModelException} about {@code subject} if any problem was found. */
  public void throwIfAny(String subject) {
    if (!found.isEmpty()) {
      throw new InvalidModelException(subject, found);
    }
  }
}
