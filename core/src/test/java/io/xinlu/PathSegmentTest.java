package io.xinlu;

import static io.xinlu.PathSegment.field;
import static io.xinlu.PathSegment.named;
import static io.xinlu.PathSegment.numbered;
import static io.xinlu.PathSegment.unnamed;
import static io.xinlu.PathSegment.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.xinlu.PathSegment.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The text of every kind of path segment, as the messages of docs/FILE-FORMAT.md and the validation tests show it;
 * what a segment refuses; and, over generated ids (quotes, {@code " > "}, the word "duplicate", any characters),
 * that a segment's kind, id and place, not its text, make it what it is.
 */
class PathSegmentTest {
  /** Pieces that make ids awkward for text: quotes, the path separator, the word the old placing looked for. */
  private static final List<String> AWKWARD =
      List.of("duplicate", "'", "\"", " > ", ">", ": ", "strategy '", "coal", "煤", " ", "\\", "?", "[", "]", "#");

  /** Ids made of awkward pieces, mixed with strings of any characters. */
  static Gen<String> ids() {
    Gen<String> awkward = lists().of(arbitrary().pick(AWKWARD)).ofSizeBetween(1, 6).map(l -> String.join("", l));
    return awkward.mix(strings().allPossible().ofLengthBetween(0, 12), 30);
  }

  @Test
  void every_kind_reads_as_the_messages_show_it() {
    assertEquals("model 'yangquan'", named(Kind.MODEL, "yangquan").toString());
    assertEquals("profile 'yangquan'", named(Kind.PROFILE, "yangquan").toString());
    assertEquals("sector 'coal'", named(Kind.SECTOR, "coal", 0).toString());
    assertEquals("tag 'resource'", named(Kind.TAG, "resource").toString());
    assertEquals("strategy 'digital'", named(Kind.STRATEGY, "digital", 4).toString());
    assertEquals("project '5g-mines'", named(Kind.PROJECT, "5g-mines").toString());
    assertEquals("prerequisite 'wind'", named(Kind.PREREQUISITE, "wind", 1).toString());
    assertEquals("scenario 'green'", named(Kind.SCENARIO, "green").toString());
    assertEquals("column 'coal'", named(Kind.COLUMN, "coal", 0).toString());
    assertEquals("row 'hydrogen'", named(Kind.ROW, "hydrogen").toString());
    assertEquals("A[coal]", named(Kind.INPUT, "coal").toString());
    assertEquals("Z[coal]", named(Kind.TRANSACTION, "coal").toString());
    assertEquals("parameter 'sector/coal/growth'", named(Kind.PARAMETER, "sector/coal/growth").toString());
    assertEquals("sector/coal/growth", named(Kind.PARAMETER_VALUE, "sector/coal/growth", 0).toString());
    assertEquals("lever 'price'", named(Kind.LEVER, "price").toString());
    assertEquals("target 'co2'", named(Kind.TARGET, "co2", 0).toString());
    assertEquals("effect 2", numbered(Kind.EFFECT, 2).toString());
    assertEquals("row 3", numbered(Kind.ROW, 3).toString());
    assertEquals("pair 1", numbered(Kind.PAIR, 1).toString());
    assertEquals("strategy 7", numbered(Kind.STRATEGY, 7).toString());
    assertEquals("4", numbered(Kind.ITEM, 4).toString());
    assertEquals("sector ?", unnamed(Kind.SECTOR).toString());
    assertEquals("selector ?", unnamed(Kind.SELECTOR).toString());
    assertEquals("end year", field("end year").toString());
    assertEquals("2030", year(2030).toString());
    assertEquals("-5", year(-5).toString());
  }

  @Test
  void each_segment_has_its_kind() {
    assertEquals(Kind.STRATEGY, named(Kind.STRATEGY, "x").kind());
    assertEquals(Kind.EFFECT, numbered(Kind.EFFECT, 1).kind());
    assertEquals(Kind.SECTOR, unnamed(Kind.SECTOR).kind());
    assertEquals(Kind.FIELD, field("start").kind());
    assertEquals(Kind.YEAR, year(2030).kind());
    assertEquals(OptionalInt.of(3), named(Kind.STRATEGY, "x", 3).index());
    assertEquals(OptionalInt.empty(), named(Kind.STRATEGY, "x").index());
    assertEquals(named(Kind.STRATEGY, "x"), named(Kind.STRATEGY, "x", 3).withoutIndex());
  }

  @Test
  void impossible_segments_are_refused() {
    assertEquals("a list's index is at least 0, was -1",
        assertThrows(IllegalArgumentException.class, () -> named(Kind.STRATEGY, "x", -1)).getMessage());
    assertEquals("a FIELD is not named by an id",
        assertThrows(IllegalArgumentException.class, () -> named(Kind.FIELD, "start")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> named(Kind.YEAR, "2030"));
    assertThrows(IllegalArgumentException.class, () -> named(Kind.ITEM, "1"));
    assertEquals("an item's number is at least 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> numbered(Kind.EFFECT, 0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> numbered(Kind.FIELD, 1));
    assertThrows(IllegalArgumentException.class, () -> unnamed(Kind.YEAR));
    assertEquals("a field needs a label", assertThrows(IllegalArgumentException.class, () -> field("")).getMessage());
  }

  @Test
  void segments_of_other_kinds_differ_even_when_their_text_is_the_same() {
    assertEquals(named(Kind.SECTOR, "coal").toString(), field("sector 'coal'").toString());
    assertNotEquals(named(Kind.SECTOR, "coal"), field("sector 'coal'"));
    assertEquals(numbered(Kind.ITEM, 2030).toString(), year(2030).toString());
    assertNotEquals(numbered(Kind.ITEM, 2030), year(2030));
    assertEquals(numbered(Kind.EFFECT, 2).toString(), field("effect 2").toString());
    assertNotEquals(numbered(Kind.EFFECT, 2), field("effect 2"));
  }

  @Test
  void an_id_stands_in_its_quotes_verbatim_whatever_it_holds() {
    qt().forAll(ids(), arbitrary().enumValues(Kind.class).assuming(PathSegmentTest::quoted))
        .checkAssert((id, kind) -> assertEquals(kind.word() + " '" + id + "'", named(kind, id).toString()));
  }

  @Test
  void the_place_and_the_id_tell_segments_apart_and_the_text_never_shows_the_place() {
    qt().forAll(ids(), ids(), integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert((a, b, i, j) -> {
          PathSegment x = named(Kind.STRATEGY, a, i);
          PathSegment y = named(Kind.STRATEGY, b, j);
          assertEquals(a.equals(b) && i.equals(j), x.equals(y));
          assertEquals(a.equals(b), x.toString().equals(y.toString()));
        });
  }

  @Test
  void a_paths_length_is_its_segment_count_whatever_its_ids_hold() {
    qt().forAll(lists().of(ids()).ofSizeBetween(0, 5)).checkAssert(ids -> {
      List<PathSegment> path = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < ids.size(); i++) {
        path.add(named(i % 2 == 0 ? Kind.STRATEGY : Kind.PROJECT, ids.get(i), i));
        text.append(i == 0 ? "" : " > ").append(i % 2 == 0 ? "strategy '" : "project '").append(ids.get(i))
            .append('\'');
      }
      Problem p = Problem.of(path, "m");
      assertEquals(ids.size(), p.path().size());
      assertEquals(path, p.path());
      assertEquals(text.toString(), p.pathString());
      assertEquals(ids.isEmpty() ? "m" : text + ": m", p.toString());
    });
  }

  private static boolean quoted(Kind k) {
    return switch (k) {
      case INPUT, TRANSACTION, PARAMETER_VALUE, ITEM, FIELD, YEAR -> false;
      default -> true;
    };
  }
}
