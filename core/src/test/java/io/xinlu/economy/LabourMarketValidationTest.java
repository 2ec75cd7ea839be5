package io.xinlu.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.xinlu.InvalidModelException;
import io.xinlu.PathSegment;
import io.xinlu.Problem;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bad labour markets: every problem is reported at once, each with its path and the value at fault. */
class LabourMarketValidationTest {
  private static Sector sector(String id, boolean employment) {
    Sector.Builder b = Sector.builder().id(id).group(SectorGroup.SECONDARY).valueAdded(10);
    if (employment) {
      b.employment(5);
    }
    return b.build();
  }

  private static List<String> problems(LabourMarket market, boolean employment) {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> CityProfile.builder().name("c")
        .baseYear(2022).addSectors(sector("coal", employment), sector("services", employment)).labourMarket(market)
        .build());
    return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  private static LabourMarket.Builder good() {
    return LabourMarket.builder().addAgeBands("young", "old").addSkillLevels("low")
        .addCohorts(Cohort.of("young", "low", 0.5, 0.0, 0.1, 1.0), Cohort.of("old", "low", 0.5, 0.2, 0.0, 1.0));
  }

  @Test
  void a_good_labour_market_is_accepted() {
    CityProfile p = CityProfile.builder().name("c").baseYear(2022).addSectors(sector("coal", true),
        sector("services", true)).labourMarket(good().putWage("coal", 1.0).putWage("services", 2.0).build()).build();
    assertEquals(ImmutableList.of(0.5, 0.5), p.labourMarket().orElseThrow().sharesOf("coal"));
  }

  @Test
  void shares_that_do_not_sum_to_one_and_rates_outside_the_unit_interval_are_named_with_their_paths() {
    LabourMarket m = LabourMarket.builder().addAgeBands("young", "old").addSkillLevels("low")
        .addCohorts(Cohort.of("young", "low", 0.5, 1.5, -0.1, 0.0), Cohort.of("old", "low", 0.4, 0.2, 0.0, 1.0))
        .putSectorShare("coal", ImmutableList.of(0.7, 0.2))
        .putSectorShare("services", ImmutableList.of(1.2, -0.2))
        .build();
    assertEquals(List.of(
        "profile 'c' > labour market > cohort 'young/low' > retirement rate: must lie in [0, 1], was 1.5",
        "profile 'c' > labour market > cohort 'young/low' > out-migration rate: must lie in [0, 1], was -0.1",
        "profile 'c' > labour market > cohort 'young/low' > re-employment weight: must be above 0, was 0.0",
        "profile 'c' > labour market > cohorts: the cohorts' shares sum to 0.9, not 1 (within 1.0E-6)",
        "profile 'c' > labour market > sector shares > sector 'coal': the shares sum to 0.8999999999999999, not 1 "
            + "(within 1.0E-6)",
        "profile 'c' > labour market > sector shares > sector 'services' > cohort 'young/low': must lie in [0, 1], "
            + "was 1.2",
        "profile 'c' > labour market > sector shares > sector 'services' > cohort 'old/low': must lie in [0, 1], "
            + "was -0.2"), problems(m, true));
  }

  @Test
  void unknown_bands_levels_and_sectors_and_missing_or_repeated_cohorts_are_named() {
    LabourMarket m = LabourMarket.builder().addAgeBands("young", "old").addSkillLevels("low")
        .addCohorts(Cohort.of("young", "low", 0.5, 0, 0, 1), Cohort.of("young", "low", 0.25, 0, 0, 1),
            Cohort.of("middle", "high", 0.25, 0, 0, 1))
        .putSectorShare("mining", ImmutableList.of(0.5, 0.5))
        .putSectorShare("coal", ImmutableList.of(1.0))
        .putWage("coal", -5.0).putWage("steel", 1.0)
        .build();
    List<String> p = problems(m, true);
    assertEquals(List.of(
        "profile 'c' > labour market > cohort 'young/low': cohort 'young/low' is given twice (cohorts 1 and 2)",
        "profile 'c' > labour market > cohort 'middle/high' > age band: unknown age band 'middle'; age bands: "
            + "[young, old]",
        "profile 'c' > labour market > cohort 'middle/high' > skill level: unknown skill level 'high'; skill "
            + "levels: [low]",
        "profile 'c' > labour market > cohorts: no cohort for age band 'old' and skill level 'low': give every pair "
            + "once",
        "profile 'c' > labour market > sector shares > sector 'mining': unknown sector 'mining'; sectors: [coal, "
            + "services]",
        "profile 'c' > labour market > sector shares > sector 'mining': gives 2 shares for 3 cohorts "
            + "[young/low, young/low, middle/high]: give one per cohort, in their order",
        "profile 'c' > labour market > sector shares > sector 'coal': gives 1 shares for 3 cohorts "
            + "[young/low, young/low, middle/high]: give one per cohort, in their order",
        "profile 'c' > labour market > wages > sector 'coal' > wage: must not be negative, was -5.0",
        "profile 'c' > labour market > wages > sector 'steel': unknown sector 'steel'; sectors: [coal, services]",
        "profile 'c' > labour market > wages: no wage for sector 'services': give wages for every sector or for "
            + "none"), p);
  }

  @Test
  void a_labour_market_needs_employment_and_names_for_its_bands_and_levels() {
    LabourMarket m = LabourMarket.builder().addAgeBands("young", "young").addSkillLevels(" ")
        .addCohorts(Cohort.of("young", "low", 1.0, 0, 0, 1)).build();
    List<String> p = problems(m, false);
    assertTrue(p.contains("profile 'c' > labour market: a labour market needs employment data: give every "
        + "sector's employment"), p.toString());
    assertTrue(p.contains("profile 'c' > labour market > age bands: age band 'young' is given twice"), p.toString());
    assertTrue(p.contains("profile 'c' > labour market > skill levels: ' ' is not a valid skill level name: give one "
        + "that is not blank and has no '/'"), p.toString());
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> CityProfile.builder().name("c")
        .baseYear(2022).addSectors(sector("coal", true)).labourMarket(good().putWage("coal", Double.NaN).build())
        .build());
    assertEquals(List.of("profile 'c' > labour market > wages > sector 'coal' > wage: NaN is not a number"),
        e.problems().stream().map(Problem::toString).toList());
    // the path's segments are typed: a cohort is a COHORT segment
    InvalidModelException r = assertThrows(InvalidModelException.class, () -> CityProfile.builder().name("c")
        .baseYear(2022).addSectors(sector("coal", true)).labourMarket(LabourMarket.builder().addAgeBands("a")
            .addSkillLevels("b").addCohorts(Cohort.of("a", "b", 1.0, 2.0, 0, 1)).build()).build());
    assertEquals(PathSegment.named(PathSegment.Kind.COHORT, "a/b", 0), r.problems().get(0).path().get(2));
    IllegalArgumentException slash = assertThrows(IllegalArgumentException.class,
        () -> Cohort.of("16/29", "low", 1, 0, 0, 1));
    assertEquals("a cohort's age band must not be blank or contain '/', was '16/29'", slash.getMessage());
  }
}
