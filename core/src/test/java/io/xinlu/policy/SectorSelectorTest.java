package io.xinlu.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Selectors of sectors by id or tag: parsing, their text form, equality and order. */
class SectorSelectorTest {
  @Test
  void parse_reads_a_hash_or_tag_prefix_as_a_tag_and_anything_else_as_a_sector_id() {
    assertEquals(SectorSelector.tag("resource"), SectorSelector.parse("#resource"));
    assertEquals(SectorSelector.tag("resource"), SectorSelector.parse("tag:resource"));
    SectorSelector coal = SectorSelector.parse("coal");
    assertFalse(coal.isTag());
    assertEquals("coal", coal.name());
    assertTrue(SectorSelector.parse("#resource").isTag());
    assertEquals("resource", SectorSelector.parse("tag:resource").name());
  }

  @Test
  void the_text_form_is_what_parse_reads() {
    assertEquals("coal", SectorSelector.sector("coal").toString());
    assertEquals("#resource", SectorSelector.tag("resource").toString());
    for (SectorSelector s : List.of(SectorSelector.sector("coal"), SectorSelector.tag("resource"))) {
      assertEquals(s, SectorSelector.parse(s.toString()));
    }
  }

  @Test
  void describe_names_the_kind_of_selector_for_messages() {
    assertEquals("sector 'coal'", SectorSelector.sector("coal").describe());
    assertEquals("tag 'resource'", SectorSelector.tag("resource").describe());
  }

  @Test
  void a_blank_id_or_tag_is_refused_with_a_message_saying_which() {
    IllegalArgumentException sector = assertThrows(IllegalArgumentException.class, () -> SectorSelector.sector(" "));
    assertEquals("a sector selector needs a sector id", sector.getMessage());
    IllegalArgumentException tag = assertThrows(IllegalArgumentException.class, () -> SectorSelector.tag(""));
    assertEquals("a sector selector needs a tag", tag.getMessage());
    IllegalArgumentException parsed = assertThrows(IllegalArgumentException.class, () -> SectorSelector.parse("#"));
    assertEquals("a sector selector needs a tag", parsed.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SectorSelector.parse("tag:"));
    assertThrows(IllegalArgumentException.class, () -> SectorSelector.parse("  "));
  }

  @Test
  void a_sector_and_a_tag_of_the_same_name_differ() {
    SectorSelector sector = SectorSelector.sector("digital");
    SectorSelector tag = SectorSelector.tag("digital");
    assertNotEquals(sector, tag);
    assertNotEquals(tag, sector);
    assertNotEquals(SectorSelector.sector("coal"), SectorSelector.sector("power"));
    assertNotEquals(SectorSelector.sector("coal"), (Object) "coal");
    assertEquals(SectorSelector.sector("coal"), SectorSelector.sector("coal"));
    assertEquals(SectorSelector.sector("coal").hashCode(), SectorSelector.sector("coal").hashCode());
    assertEquals(SectorSelector.tag("resource").hashCode(), SectorSelector.parse("#resource").hashCode());
  }

  @Test
  void hash_codes_spread_over_distinct_selectors() {
    // a constant hash code keeps the contract but turns every hash map keyed by selectors into a list
    Set<Integer> codes = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      codes.add(SectorSelector.sector("s" + i).hashCode());
      codes.add(SectorSelector.tag("s" + i).hashCode());
    }
    assertTrue(codes.size() > 90, () -> "only " + codes.size() + " distinct hash codes for 100 selectors");
  }

  @Test
  void selectors_sort_sectors_first_then_by_name() {
    List<SectorSelector> all = new ArrayList<>(List.of(SectorSelector.tag("b"), SectorSelector.sector("b"),
        SectorSelector.tag("a"), SectorSelector.sector("a")));
    TreeSet<SectorSelector> sorted = new TreeSet<>(all);
    assertEquals(List.of(SectorSelector.sector("a"), SectorSelector.sector("b"), SectorSelector.tag("a"),
        SectorSelector.tag("b")), new ArrayList<>(sorted));
    assertTrue(SectorSelector.sector("z").compareTo(SectorSelector.tag("a")) < 0);
    assertTrue(SectorSelector.tag("a").compareTo(SectorSelector.sector("z")) > 0);
    assertTrue(SectorSelector.sector("a").compareTo(SectorSelector.sector("b")) < 0);
    assertEquals(0, SectorSelector.tag("a").compareTo(SectorSelector.tag("a")));
  }
}
