package io.xinlu.io;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one or more files. Mutable; used by one thread while reading. */
final class Issues {
  private final List<FileProblem> found = new ArrayList<>();

  void add(Loc loc, List<String> path, String message) {
    found.add(FileProblem.at(loc, path, message));
  }

  void add(FileProblem p) {
    found.add(p);
  }

  int size() {
    return found.size();
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  ImmutableList<FileProblem> all() {
    return ImmutableList.copyOf(found);
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ScenarioFileException(found);
    }
  }
}
