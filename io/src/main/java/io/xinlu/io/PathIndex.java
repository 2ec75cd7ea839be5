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
  /** A path's place, or the list of its places if it was written more than once (rare: a repeated id). */
  private final Map<List<String>, Object> places = new HashMap<>();

  void put(List<String> path, Loc loc) {
    places.merge(ImmutableList.copyOf(path), loc, PathIndex::join);
  }

  void putAll(PathIndex other) {
    other.places.forEach((k, v) -> places.merge(k, v, PathIndex::join));
  }

  /** One index of the places of several: the index itself when there is one (a file read alone), else a merge. */
  static PathIndex of(List<PathIndex> indexes) {
    if (indexes.size() == 1) {
      return indexes.get(0);
    }
    PathIndex all = new PathIndex();
    indexes.forEach(all::putAll);
    return all;
  }

  private static Object join(Object before, Object added) {
    List<Loc> all = new ArrayList<>(places(before));
    all.addAll(places(added));
    return all;
  }

  @SuppressWarnings("unchecked")
  private static List<Loc> places(Object o) {
    return o instanceof Loc l ? List.of(l) : (List<Loc>) o;
  }

  /**
   * The place of the longest prefix of {@code path} that was written; for a repeated path the last place if
   * {@code last}, else the first.
   */
  Optional<Loc> find(List<String> path, boolean last) {
    for (int n = path.size(); n >= 0; n--) {
      Object at = places.get(path.subList(0, n));
      if (at != null) {
        List<Loc> all = places(at);
        return Optional.of(last ? all.get(all.size() - 1) : all.get(0));
      }
    }
    return Optional.empty();
  }
}
