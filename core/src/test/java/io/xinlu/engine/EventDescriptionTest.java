package io.xinlu.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one-line descriptions of events, as reports and the command line print them, and the year each refers to. */
class EventDescriptionTest {
  @Test
  void a_deferral_names_the_project_its_years_and_the_prerequisite() {
    Event e = new Event.Deferral("btr-anode", 2024.5, 2027.0, "wind-solar-base");
    assertEquals("project 'btr-anode' deferred from 2024.5 to 2027.0 until prerequisite 'wind-solar-base' is at "
        + "full effect", e.describe());
    assertEquals(2024, e.year());
  }

  @Test
  void a_blocked_project_names_the_missing_prerequisite() {
    Event e = new Event.Blocked("close-old-power", 2026.75, "wind-solar-base");
    assertEquals("project 'close-old-power' never starts: prerequisite 'wind-solar-base' is not carried out in "
        + "this scenario", e.describe());
    assertEquals(2026, e.year());
  }

  @Test
  void a_depletion_names_the_sector_year_and_what_was_left() {
    Event e = new Event.Depletion("coal", 2031, 12.5);
    assertEquals("resource of sector 'coal' exhausted in 2031 (12.5 left at the start of the year); output capped "
        + "from then on", e.describe());
    assertEquals(2031, e.year());
  }

  @Test
  void a_clamp_names_what_and_where_when_it_has_them() {
    assertEquals("final demand of sector 'coal' clamped in 2030",
        new Event.Clamp(2030, "final demand", "coal", "").describe());
    assertEquals("energy-intensity change of sector 'coal' from project 'retrofit' clamped in 2028",
        new Event.Clamp(2028, "energy-intensity change", "coal", "retrofit").describe());
    assertEquals("re-employment rate clamped in 2029", new Event.Clamp(2029, "re-employment rate", "", "").describe());
    assertEquals(2029, new Event.Clamp(2029, "re-employment rate", "", "").year());
  }
}
