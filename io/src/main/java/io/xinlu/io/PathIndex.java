package io.xinlu.io;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each model path was written: filled while a file is read, asked when the core reports a problem at a path,
 * so that the problem can be shown at its line and column. A path given more than once (a repeated id) keeps every
 * place. Mutable while one file is read, then only read.
 */
final class PathIndex {
  private final Map<List<String>, List<Loc>> places = new HashMap<>();

  void put(List<String> path, Loc loc) {
    places.computeIfAbsent(ImmutableList.copyOf(path), k -> new ArrayList<>()).add(loc);
  }

  void putAll(PathIndex other) {
    other.places.forEach((k, v) -> places.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
  }

  /**
   * The place of the longest prefix of {@code path} that was written; for a repeated path the last place if
   * {@code last}, else the first.
   */
  Optional<Loc> find(List<String> path, boolean last) {
    for (int n = path.size(); n >= 0; n--) {
      List<Loc> at = places.get(path.subList(0, n));
      if (at != null) {
        return Optional.of(last ? at.get(at.size() - 1) : at.get(0));
      }
    }
    return Optional.empty();
  }
}
