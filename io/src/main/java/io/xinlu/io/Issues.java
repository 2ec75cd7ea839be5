package io.xinlu.io;

import com.google.common.collect.ImmutableList;
import io.xinlu.PathSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the problems of one or more files: the first {@link ReadLimits#PROBLEMS}, and a count of the others (a
 * hostile file can hold a problem per value). Mutable; used by one thread while reading.
 */
final class Issues {
  private final List<FileProblem> found = new ArrayList<>();
  private int unlisted;

  void add(Loc loc, List<PathSegment> path, String message) {
    add(FileProblem.at(loc, path, message));
  }

  /** Adds a problem whose message is worked out only if it will be listed. */
  void add(Loc loc, List<PathSegment> path, Supplier<String> message) {
    if (found.size() < ReadLimits.PROBLEMS) {
      found.add(FileProblem.at(loc, path, message.get()));
    } else {
      unlisted++;
    }
  }

  void add(FileProblem p) {
    if (found.size() < ReadLimits.PROBLEMS) {
      found.add(p);
    } else {
      unlisted++;
    }
  }

  /** How many problems were added, listed or not. */
  int size() {
    return found.size() + unlisted;
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  ImmutableList<FileProblem> all() {
    return ImmutableList.copyOf(found);
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ScenarioFileException(found, unlisted);
    }
  }
}
