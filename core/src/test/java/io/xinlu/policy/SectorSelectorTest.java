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
  void a_selector_keeps_its_kind_and_name() {
    SectorSelector coal = SectorSelector.sector("coal");
    assertFalse(coal.isTag());
    assertEquals("coal", coal.name());
    assertTrue(SectorSelector.tag("resource").isTag());
    assertEquals("resource", SectorSelector.tag("resource").name());
  }

  @Test
  void the_text_form_marks_a_tag_with_a_hash() {
    assertEquals("coal", SectorSelector.sector("coal").toString());
    assertEquals("#resource", SectorSelector.tag("resource").toString());
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
    assertEquals(SectorSelector.tag("resource").hashCode(), SectorSelector.tag("resource").hashCode());
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
