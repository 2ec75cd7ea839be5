package io.xinlu.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Lookup by id, custom indicators, and the errors indicators raise on runs that cannot give them. */
class IndicatorCatalogueTest {
  private static final IndicatorCatalogue STANDARD = IndicatorCatalogue.standard();

  /** The hand city of {@link IndicatorsTest}: run {@code plan} of profile {@code handcity}, 2020..2021. */
  private static final Run RUN = IndicatorsTest.run();

  /** Family ids with arguments the hand city has (and a tag it lacks, which is still a valid tag). */
  static final List<String> FAMILY_IDS = List.of("share:sector:coal", "share:group:primary",
      "share:group:secondary", "share:group:tertiary", "share:tag:resource", "share:tag:tourism", "va:sector:farm",
      "energy:tag:energy-intensive", "co2:tag:digital", "employment:sector:newmat", "employment:group:tertiary",
      "employment:tag:resource", "stock:coal", "reserve-life:coal", "energy-intensity-change:2020",
      "energy-intensity-change:2021", "stranded-value:sector:coal", "displaced:age:young", "displaced:skill:all");

  private static IllegalArgumentException assertIae(Executable e) {
    return assertThrows(IllegalArgumentException.class, e);
  }

  private static void assertMentions(String message, String... parts) {
    for (String p : parts) {
      assertTrue(message.contains(p), "expected '" + p + "' in: " + message);
    }
  }

  // ---- lookup ------------------------------------------------------------------------------------------------

  @Test
  void every_fixed_id_resolves_to_an_indicator_with_that_id() {
    assertEquals(IndicatorsTest.FIXED_IDS, STANDARD.ids());
    for (String id : STANDARD.ids()) {
      assertTrue(STANDARD.contains(id), id);
      assertEquals(id, STANDARD.get(id).id());
      assertEquals(id, STANDARD.find(id).orElseThrow().id());
      assertFalse(STANDARD.get(id).name().isBlank(), id);
      assertFalse(STANDARD.get(id).unit().isBlank(), id);
    }
  }

  @Test
  void families_resolve_with_their_argument() {
    for (String id : FAMILY_IDS) {
      assertTrue(STANDARD.contains(id), id);
      Indicator i = STANDARD.get(id);
      assertEquals(id, i.id());
      assertTrue(i.isAvailable(RUN), id);
    }
    // any sector, tag or year parses; whether the run has it is checked when the indicator is used
    assertEquals("share:sector:anything", STANDARD.get("share:sector:anything").id());
    assertEquals("energy-intensity-change:1990", STANDARD.get("energy-intensity-change:1990").id());
    assertEquals(40.0 / 100.0, STANDARD.get("share:sector:coal").value(RUN, 2020), 1e-12);
  }

  @Test
  void family_patterns_name_every_family() {
    List<String> patterns = STANDARD.familyPatterns();
    for (String prefix : List.of("share:sector:", "share:group:", "share:tag:", "va:sector:", "energy:tag:",
        "co2:tag:", "employment:sector:", "employment:group:", "employment:tag:", "stock:", "reserve-life:",
        "energy-intensity-change:", "stranded-value:sector:")) {
      assertTrue(patterns.stream().anyMatch(p -> p.startsWith(prefix)), prefix);
    }
    assertTrue(patterns.contains("share:group:<primary|secondary|tertiary>"));
  }

  @Test
  void unknown_ids_throw_listing_the_known_ids_and_families() {
    for (String id : List.of("gpd", "", "GDP", "share:group:quaternary", "share:group:", "share:sector:",
        "energy-intensity-change:abc", "energy-intensity-change:", "energy-intensity-change:2020.5",
        "employment:group:services", "share", "reserve-life")) {
      assertFalse(STANDARD.contains(id), id);
      assertEquals(Optional.empty(), STANDARD.find(id), id);
      IllegalArgumentException e = assertIae(() -> STANDARD.get(id));
      assertMentions(e.getMessage(), "unknown indicator '" + id + "'", "known indicators:", "gdp",
          "energy-intensity", "theil-structure", "cumulative-investment", "share:group:<primary|secondary|tertiary>",
          "energy-intensity-change:<year>");
    }
  }

  // ---- custom indicators -------------------------------------------------------------------------------------

  private static Indicator jobsPerMtce() {
    return Indicator.of("jobs-per-mtce", "Jobs per Mtce", "thousand persons per Mtce", Direction.HIGHER_IS_BETTER,
        (run, year) -> run.total(Quantity.EMPLOYMENT, year) / run.total(Quantity.ENERGY, year));
  }

  @Test
  void with_makes_a_custom_indicator_findable_and_leaves_the_original_alone() {
    Indicator custom = jobsPerMtce();
    IndicatorCatalogue c = STANDARD.with(custom);
    assertSame(custom, c.get("jobs-per-mtce"));
    assertSame(custom, c.find("jobs-per-mtce").orElseThrow());
    assertTrue(c.contains("jobs-per-mtce"));
    assertTrue(c.ids().contains("jobs-per-mtce"));
    assertEquals(70.0 / 14.0, c.get("jobs-per-mtce").value(RUN, 2020), 1e-12);
    // built-ins still resolve in the extended catalogue
    assertEquals("gdp", c.get("gdp").id());
    assertEquals("share:tag:digital", c.get("share:tag:digital").id());
    // the standard catalogue is immutable
    assertFalse(STANDARD.contains("jobs-per-mtce"));
    assertSame(STANDARD, IndicatorCatalogue.standard());
    String m = assertIae(() -> STANDARD.get("jobs-per-mtce")).getMessage();
    assertFalse(m.substring(m.indexOf("known indicators:")).contains("jobs-per-mtce"), m);
    // an unknown id in the extended catalogue lists the custom id too
    assertMentions(assertIae(() -> c.get("nope")).getMessage(), "jobs-per-mtce", "gdp");
    // several custom indicators
    Indicator other = Indicator.of("other", "Other", "index", Direction.NEUTRAL, (run, year) -> 1.0);
    IndicatorCatalogue two = c.with(other);
    assertSame(other, two.get("other"));
    assertSame(custom, two.get("jobs-per-mtce"));
    assertFalse(c.contains("other"));
  }

  @Test
  void duplicate_ids_are_rejected() {
    IndicatorCatalogue c = STANDARD.with(jobsPerMtce());
    assertMentions(assertIae(() -> c.with(jobsPerMtce())).getMessage(), "'jobs-per-mtce'", "already");
    Indicator fakeGdp = Indicator.of("gdp", "Fake GDP", "billion CNY", Direction.NEUTRAL, (run, year) -> 0.0);
    assertMentions(assertIae(() -> STANDARD.with(fakeGdp)).getMessage(), "'gdp'", "already");
    // an id a family already answers is taken too
    Indicator fakeShare = Indicator.of("share:sector:coal", "Fake", "share", Direction.NEUTRAL, (run, year) -> 0.0);
    assertMentions(assertIae(() -> STANDARD.with(fakeShare)).getMessage(), "'share:sector:coal'", "already");
  }

  @Test
  void blank_ids_and_names_are_rejected() {
    assertIae(() -> Indicator.of(" ", "Name", "unit", Direction.NEUTRAL, (run, year) -> 0.0));
    assertMentions(assertIae(() -> Indicator.of("x", "", "unit", Direction.NEUTRAL, (run, year) -> 0.0))
        .getMessage(), "'x'");
  }

  // ---- years outside the run ---------------------------------------------------------------------------------

  @Test
  void a_year_outside_the_run_names_the_indicator_the_run_and_the_range() {
    for (String id : List.of("gdp", "energy-intensity", "share:sector:coal", "reserve-life:coal", "employment")) {
      for (int year : new int[] {2019, 2022, 0}) {
        IllegalArgumentException e = assertIae(() -> STANDARD.get(id).value(RUN, year));
        assertMentions(e.getMessage(), "'" + id + "'", "'plan'", String.valueOf(year), "2020..2021");
      }
    }
  }

  @Test
  void a_custom_indicator_checks_the_year_too() {
    IndicatorCatalogue c = STANDARD.with(jobsPerMtce());
    assertMentions(assertIae(() -> c.get("jobs-per-mtce").value(RUN, 2030)).getMessage(), "'jobs-per-mtce'",
        "'plan'", "2030", "2020..2021");
  }

  /** The reference year of an energy-intensity change must lie in the run; the error names this indicator. */
  @Test
  void a_reference_year_outside_the_run_names_the_indicator_the_run_and_the_range() {
    for (String id : List.of("energy-intensity-change:2019", "energy-intensity-change:2030")) {
      Indicator i = STANDARD.get(id);
      IllegalArgumentException e = assertIae(() -> i.value(RUN, 2021));
      assertMentions(e.getMessage(), "'" + id + "'", "'plan'", id.substring(id.indexOf(':') + 1), "2020..2021");
    }
  }

  /**
   * A run that does not contain the reference year cannot give the change in any year, so the indicator is not
   * available on it ({@link Indicator#isAvailable}: "whether the run can give this indicator"), and
   * {@link Indicator#checkAvailable} and {@link Indicator#series} report that up front, naming the indicator.
   */
  @Test
  void a_reference_year_outside_the_run_makes_the_change_unavailable() {
    Indicator i = STANDARD.get("energy-intensity-change:2019");
    assertFalse(i.isAvailable(RUN));
    assertMentions(assertIae(() -> i.checkAvailable(RUN)).getMessage(), "'energy-intensity-change:2019'", "'plan'",
        "2019");
    assertTrue(STANDARD.get("energy-intensity-change:2020").isAvailable(RUN));
  }

  // ---- runs that cannot give an indicator --------------------------------------------------------------------

  /** The hand city without employment data or population, as run {@code baseline}. */
  private static Run runWithoutEmployment() {
    CityProfile.Builder b = CityProfile.builder().name("no-jobs-data").baseYear(2020);
    for (Sector s : IndicatorsTest.profile().sectors()) {
      b.addSector(Sector.builder().from(s).employment(OptionalDouble.empty()).build());
    }
    return Engine.run(CityModel.builder().profile(b.build())
        .addScenario(Scenario.baseline("baseline", 2021)).build(), "baseline");
  }

  @Test
  void an_employment_indicator_without_employment_data_names_the_indicator_the_run_and_the_missing_data() {
    Run r = runWithoutEmployment();
    assertFalse(r.hasEmployment());
    for (String id : List.of("employment", "labour-productivity", "jobs-lost", "jobs-created", "displaced-workers",
        "theil-structure", "employment:sector:coal", "employment:group:secondary", "employment:tag:digital")) {
      Indicator i = STANDARD.get(id);
      assertFalse(i.isAvailable(r), id);
      assertTrue(i.unavailableReason(r).isPresent(), id);
      for (Executable call : List.<Executable>of(() -> i.value(r, 2020), () -> i.series(r),
          () -> i.checkAvailable(r))) {
        IllegalArgumentException e = assertIae(call);
        assertMentions(e.getMessage(), "'" + id + "'", "'baseline'", "'no-jobs-data'", "no employment data");
      }
    }
    // the rest still works on that run
    assertEquals(100.0, STANDARD.get("gdp").value(r, 2020), 1e-12);
    assertTrue(STANDARD.get("hhi").isAvailable(r));
  }

  @Test
  void a_per_capita_indicator_without_population_names_the_indicator_the_run_and_the_missing_data() {
    Run r = runWithoutEmployment(); // has no population either
    for (String id : List.of("population", "gdp-per-capita", "co2-per-capita")) {
      Indicator i = STANDARD.get(id);
      assertFalse(i.isAvailable(r), id);
      assertMentions(assertIae(() -> i.value(r, 2021)).getMessage(), "'" + id + "'", "'baseline'",
          "no population");
    }
  }

  @Test
  void a_reserve_life_of_a_sector_without_a_stock_names_the_indicator_the_run_and_the_resource_sectors() {
    for (String id : List.of("reserve-life:farm", "stock:farm", "reserve-life:nope", "stock:digital")) {
      Indicator i = STANDARD.get(id);
      assertFalse(i.isAvailable(RUN), id);
      IllegalArgumentException e = assertIae(() -> i.value(RUN, 2020));
      assertMentions(e.getMessage(), "'" + id + "'", "'plan'", "has no resource stock", "[coal]");
      assertMentions(assertIae(() -> i.series(RUN)).getMessage(), "'" + id + "'", "'plan'");
    }
  }

  @Test
  void a_reserve_life_on_a_city_without_resource_sectors_says_there_are_none() {
    CityProfile p = CityProfile.builder().name("no-mines").baseYear(2020)
        .addSectors(IndicatorsTest.farm().build(), IndicatorsTest.digital().build()).build();
    Run r = Engine.run(CityModel.builder().profile(p).addScenario(Scenario.baseline("baseline", 2021)).build(),
        "baseline");
    IllegalArgumentException e = assertIae(() -> STANDARD.get("reserve-life:coal").value(r, 2020));
    assertMentions(e.getMessage(), "'reserve-life:coal'", "'baseline'", "resource sectors: []");
  }

  @Test
  void a_sector_indicator_for_an_unknown_sector_names_the_indicator_the_run_and_the_sectors() {
    for (String id : List.of("share:sector:nope", "va:sector:nope", "employment:sector:nope")) {
      Indicator i = STANDARD.get(id);
      assertFalse(i.isAvailable(RUN), id);
      assertMentions(assertIae(() -> i.value(RUN, 2020)).getMessage(), "'" + id + "'", "'plan'",
          "no sector 'nope'", "coal", "digital");
    }
  }

  @Test
  void a_custom_requirement_is_reported_like_a_built_in_one() {
    Indicator needsCoal = Indicator.of("coal-jobs", "Coal jobs", "thousand persons", Direction.NEUTRAL,
        (run, year) -> run.value(Quantity.EMPLOYMENT, year, "coal"),
        run -> run.sectorIds().contains("coal") ? Optional.empty() : Optional.of("no coal sector"));
    CityProfile p = CityProfile.builder().name("no-mines").baseYear(2020)
        .addSector(Sector.builder().id("farm").group(SectorGroup.PRIMARY).valueAdded(1).employment(1).build())
        .build();
    Run r = Engine.run(CityModel.builder().profile(p).addScenario(Scenario.baseline("baseline", 2021)).build(),
        "baseline");
    assertMentions(assertIae(() -> STANDARD.with(needsCoal).get("coal-jobs").value(r, 2020)).getMessage(),
        "'coal-jobs'", "'baseline'", "no coal sector");
    assertEquals(20.0, needsCoal.value(RUN, 2020), 0.0);
  }
}
