package io.xinlu.io;

import static io.xinlu.PathSegment.Kind.PROJECT;
import static io.xinlu.PathSegment.Kind.SCENARIO;
import static io.xinlu.PathSegment.Kind.STRATEGY;
import static io.xinlu.PathSegment.field;
import static io.xinlu.PathSegment.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.xinlu.PathSegment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the index of a file's places answers for a typed path: by segments, by place in a list, by longest prefix. */
class PathIndexTest {
  private static final Loc A = new Loc("a.yaml", 3, 5);
  private static final Loc B = new Loc("a.yaml", 9, 5);
  private static final Loc C = new Loc("b.yaml", 2, 5);
  private static final Loc START = new Loc("a.yaml", 11, 16);

  @Test
  void an_object_is_found_by_its_place_in_its_list_and_without_a_place_the_first_of_its_id() {
    PathIndex index = new PathIndex();
    index.put(List.of(named(STRATEGY, "x", 0)), A);
    index.put(List.of(named(STRATEGY, "x", 1)), B);
    assertEquals(Optional.of(A), index.find(List.of(named(STRATEGY, "x", 0))));
    assertEquals(Optional.of(B), index.find(List.of(named(STRATEGY, "x", 1))));
    assertEquals(Optional.of(A), index.find(List.of(named(STRATEGY, "x"))));
    assertEquals(Optional.empty(), index.find(List.of(named(STRATEGY, "x", 2))), "no third 'x' was written");
    assertEquals(Optional.empty(), index.find(List.of(named(STRATEGY, "y", 0))));
    assertEquals(Optional.empty(), index.find(List.of(named(SCENARIO, "x", 0))), "another kind with the same id");
    assertEquals(Optional.empty(), index.find(List.of(field("strategy 'x'"))), "a field that reads the same");
  }

  @Test
  void an_object_written_without_a_place_answers_for_any_place() {
    PathIndex index = new PathIndex();
    index.put(List.of(named(SCENARIO, "s", 0), named(PROJECT, "p")), A);
    assertEquals(Optional.of(A), index.find(List.of(named(SCENARIO, "s", 0), named(PROJECT, "p", 3))));
    assertEquals(Optional.of(A), index.find(List.of(named(SCENARIO, "s", 0), named(PROJECT, "p"))));
  }

  @Test
  void the_longest_written_prefix_answers_and_a_path_keeps_its_first_place() {
    PathIndex index = new PathIndex();
    index.put(List.of(), C);
    index.put(List.of(named(STRATEGY, "x", 1)), B);
    index.put(List.of(named(STRATEGY, "x", 1), named(PROJECT, "p", 0), field("start")), START);
    index.put(List.of(named(STRATEGY, "x", 1)), A);
    assertEquals(Optional.of(B), index.find(List.of(named(STRATEGY, "x", 1))));
    assertEquals(Optional.of(START), index.find(List.of(named(STRATEGY, "x", 1), named(PROJECT, "p", 0),
        field("start"))));
    assertEquals(Optional.of(B), index.find(List.of(named(STRATEGY, "x", 1), named(PROJECT, "p", 0))),
        "the project itself was not written: its strategy answers");
    assertEquals(Optional.of(C), index.find(List.of(named(SCENARIO, "s", 0))), "nothing of it written: the root");
  }

  @Test
  void the_lists_of_later_files_continue_after_those_of_earlier_ones() {
    PathIndex first = new PathIndex();
    first.put(List.of(named(STRATEGY, "x", 0)), A);
    first.put(List.of(field("uncertainty")), A);
    PathIndex second = new PathIndex();
    second.put(List.of(named(STRATEGY, "x", 0)), C);
    second.put(List.of(named(STRATEGY, "x", 0), named(PROJECT, "p", 0), field("start")), START);
    second.put(List.of(field("uncertainty")), C);
    PathIndex all = PathIndex.of(List.of(first, second),
        List.of(Map.of(STRATEGY, 0), Map.of(STRATEGY, 1)));
    assertEquals(Optional.of(A), all.find(List.of(named(STRATEGY, "x", 0))));
    assertEquals(Optional.of(C), all.find(List.of(named(STRATEGY, "x", 1))));
    assertEquals(Optional.of(START), all.find(List.of(named(STRATEGY, "x", 1), named(PROJECT, "p", 0),
        field("start"))));
    assertEquals(Optional.of(A), all.find(List.of(named(STRATEGY, "x"))), "without a place: the first file's");
    assertEquals(Optional.of(A), all.find(List.of(field("uncertainty"))), "a path of both files: the first place");
    // the files' own indexes are unchanged
    assertEquals(Optional.of(C), second.find(List.of(named(STRATEGY, "x", 0))));
    assertEquals(Optional.empty(), second.find(List.of(named(STRATEGY, "x", 1))));
    PathIndex alone = PathIndex.of(List.of(first), List.of(Map.of(STRATEGY, 0)));
    assertSame(first, alone, "a file read alone answers from its own index");
  }

  @Test
  void without_a_place_the_lowest_place_answers_whatever_order_the_places_were_written_in() {
    PathIndex index = new PathIndex();
    for (int i = 20; i >= 0; i--) {
      index.put(List.<PathSegment>of(named(STRATEGY, "x", i)), new Loc("a.yaml", 100 + i, 5));
    }
    assertEquals(Optional.of(new Loc("a.yaml", 100, 5)), index.find(List.of(named(STRATEGY, "x"))));
  }
}
