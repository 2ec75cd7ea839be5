package io.xinlu.io;

import io.xinlu.PathSegment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where each model path was written: filled while a file is read, asked when the core reports a problem at a path,
 * so that the problem can be shown at its line and column. Paths are matched by their typed segments, never by text:
 * an object of a list is registered with its place in the list ({@link PathSegment.Named#index()}), so two objects
 * with the same id (a strategy given twice) have places of their own, and a problem at the second stands at the
 * second. A segment that gives no place (a problem about a scenario by name alone) stands at the first object of that
 * kind and id, and an object written without a place (a key of a map, such as a scenario's project override) answers
 * for that kind and id at any place. A path registered twice keeps its first place. Mutable while one file is read,
 * then only read.
 */
final class PathIndex {
  /** One written path: its place, if it was registered itself, and the paths one segment longer. */
  private static final class Entry {
    /** The segment this entry was registered under; also reachable without its index. */
    final PathSegment key;
    @Nullable Loc loc;
    @Nullable Map<PathSegment, Entry> children;

    Entry(PathSegment key) {
      this.key = key;
    }

    Entry child(PathSegment segment) {
      if (children == null) {
        children = new HashMap<>(4);
      }
      Entry e = children.get(segment);
      if (e == null || !e.key.equals(segment)) {
        e = new Entry(segment);
        children.put(segment, e);
        if (segment instanceof PathSegment.Named n && n.index().isPresent()) {
          // the object without its index is the first of its kind and id in the list
          Entry first = children.get(n.withoutIndex());
          if (first == null || first.key instanceof PathSegment.Named f && f.index().isPresent()
              && f.index().getAsInt() > n.index().getAsInt()) {
            children.put(n.withoutIndex(), e);
          }
        }
      }
      return e;
    }

    /**
     * The entry of a segment: the same segment; for a segment without an index, the first object of its kind and id;
     * for one with an index, also an object of its kind and id written without one.
     */
    @Nullable Entry find(PathSegment segment) {
      if (children == null) {
        return null;
      }
      Entry e = children.get(segment);
      if (e == null && segment instanceof PathSegment.Named n && n.index().isPresent()) {
        Entry loose = children.get(n.withoutIndex());
        e = loose != null && loose.key.equals(n.withoutIndex()) ? loose : null;
      }
      return e;
    }
  }

  private final Entry root = new Entry(PathSegment.field("(root)"));

  /** Registers where a path was written; a path registered before keeps its first place. */
  void put(List<PathSegment> path, Loc loc) {
    Entry e = root;
    for (PathSegment s : path) {
      e = e.child(s);
    }
    if (e.loc == null) {
      e.loc = loc;
    }
  }

  /**
   * One index of the places of several files: the index itself when there is one (a file read alone), else a copy of
   * all, in the order given, with the places of the lists that continue from one file to the next (strategies,
   * scenarios, targets) moved on by {@code offsets}: the first segment of a path of file {@code i}, if it is an
   * object of a kind in {@code offsets.get(i)} with an index, has that offset added to its index.
   */
  static PathIndex of(List<PathIndex> indexes, List<Map<PathSegment.Kind, Integer>> offsets) {
    if (indexes.size() == 1 && offsets.get(0).values().stream().allMatch(x -> x == 0)) {
      return indexes.get(0);
    }
    PathIndex all = new PathIndex();
    for (int i = 0; i < indexes.size(); i++) {
      Map<PathSegment.Kind, Integer> shift = offsets.get(i);
      Entry from = indexes.get(i).root;
      if (from.loc != null && all.root.loc == null) {
        all.root.loc = from.loc;
      }
      if (from.children == null) {
        continue;
      }
      for (Map.Entry<PathSegment, Entry> c : from.children.entrySet()) {
        if (!c.getKey().equals(c.getValue().key)) {
          continue; // the same entry without its index
        }
        PathSegment k = c.getKey();
        if (k instanceof PathSegment.Named n && n.index().isPresent() && shift.containsKey(n.kind())) {
          k = PathSegment.named(n.kind(), n.id(), n.index().getAsInt() + shift.get(n.kind()));
        }
        copy(c.getValue(), all.root.child(k));
      }
    }
    return all;
  }

  private static void copy(Entry from, Entry to) {
    if (from.loc != null && to.loc == null) {
      to.loc = from.loc;
    }
    if (from.children == null) {
      return;
    }
    for (Map.Entry<PathSegment, Entry> c : from.children.entrySet()) {
      if (c.getKey().equals(c.getValue().key)) {
        copy(c.getValue(), to.child(c.getKey()));
      }
    }
  }

  /** The place of the longest prefix of {@code path} that was written. */
  Optional<Loc> find(List<PathSegment> path) {
    Entry e = root;
    Loc found = root.loc;
    for (PathSegment s : path) {
      e = e.find(s);
      if (e == null) {
        break;
      }
      if (e.loc != null) {
        found = e.loc;
      }
    }
    return Optional.ofNullable(found);
  }
}
