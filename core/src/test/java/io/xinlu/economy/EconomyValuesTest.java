package io.xinlu.economy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a profile, its sectors, its input-output table and its resource stocks answer once built: lookups by id and
 * tag, the derived base-year intensities, copies, equality and text forms.
 *
 * <p>Three sectors in this order: {@code coal} (resource, value added 180, 95 thousand jobs, 4.1 Mtce),
 * {@code power} (energy-intensive, 60, 20, 9.0) and {@code services} (digital, 300, 400, 1.5).
 */
class EconomyValuesTest {
  private static Sector coal() {
    return Sector.builder().id("coal").group(SectorGroup.SECONDARY).addTag("resource").valueAdded(180).employment(95)
        .energy(4.1).resource(ResourceStock.of(1500, 0.4)).build();
  }

  private static CityProfile city() {
    return CityProfile.builder().name("values").baseYear(2020)
        .addSectors(coal(),
            Sector.builder().id("power").group(SectorGroup.SECONDARY).addTag("energy-intensive").valueAdded(60)
                .employment(20).energy(9.0).build(),
            Sector.builder().id("services").group(SectorGroup.TERTIARY).addTags("digital", "resource-free")
                .valueAdded(300).employment(400).energy(1.5).build())
        .build();
  }

  @Test
  void sectors_are_found_by_id_in_declaration_order() {
    CityProfile c = city();
    assertEquals(List.of("coal", "power", "services"), c.sectorIds());
    assertEquals(0, c.indexOf("coal"));
    assertEquals(2, c.indexOf("services"));
    assertEquals(-1, c.indexOf("steel"));
    assertTrue(c.hasSector("power"));
    assertFalse(c.hasSector("steel"));
    assertEquals("power", c.sector("power").id());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.sector("steel"));
    assertEquals("profile 'values' has no sector 'steel'; known sectors: [coal, power, services]", e.getMessage());
  }

  @Test
  void tags_are_collected_in_order_and_select_sectors() {
    CityProfile c = city();
    assertEquals(List.of("resource", "energy-intensive", "digital", "resource-free"), c.tags().asList());
    assertEquals(List.of(c.sector("coal")), c.sectorsTagged("resource"));
    assertEquals(List.of(), c.sectorsTagged("steel"));
    assertTrue(c.sector("services").hasTag("digital"));
    assertFalse(c.sector("services").hasTag("resource"));
  }

  @Test
  void totals_and_employment_data_of_a_profile() {
    assertEquals(540.0, city().totalValueAdded());
    assertTrue(city().hasEmployment());
    CityProfile noJobs = CityProfile.builder().name("no-jobs").baseYear(2020)
        .addSectors(Sector.builder().id("a").group(SectorGroup.PRIMARY).valueAdded(10).build()).build();
    assertFalse(noJobs.hasEmployment());
    assertEquals(0.0, noJobs.populationGrowth());
    assertTrue(noJobs.population().isEmpty());
  }

  @Test
  void base_year_intensities_follow_from_the_data_or_are_given_for_a_new_sector() {
    Sector c = coal();
    assertEquals(4.1 / 180, c.baseEnergyIntensity());
    assertEquals(180.0 / 95, c.baseLabourProductivity());
    Sector noJobs = Sector.builder().id("a").group(SectorGroup.PRIMARY).valueAdded(10).energy(2).build();
    assertTrue(Double.isNaN(noJobs.baseLabourProductivity()));
    assertEquals(0.2, noJobs.baseEnergyIntensity());
    Sector fresh = Sector.builder().id("new").group(SectorGroup.SECONDARY).valueAdded(0).employment(0)
        .energyIntensity(0.3).labourProductivity(0.8).build();
    assertEquals(0.3, fresh.baseEnergyIntensity());
    assertEquals(0.8, fresh.baseLabourProductivity());
    Sector bare = Sector.builder().id("bare").group(SectorGroup.SECONDARY).valueAdded(0).build();
    assertEquals(0.0, bare.baseEnergyIntensity());
    assertTrue(Double.isNaN(bare.baseLabourProductivity()));
    assertEquals("coal", c.name());
    assertEquals(0.0, c.growth());
    assertEquals(0.0, c.emissionFactor());
  }

  @Test
  void an_input_output_table_answers_by_sector_id_and_returns_copies() {
    double[][] a = {{0.1, 0.2}, {0.3, 0.0}};
    double[] v = {0.5, 0.6};
    InputOutputTable t = InputOutputTable.of(List.of("x", "y"), a, v);
    assertEquals(2, t.size());
    assertEquals(List.of("x", "y"), t.sectorIds());
    assertEquals(0.2, t.coefficient("x", "y"));
    assertEquals(0.3, t.coefficient("y", "x"));
    assertEquals(0.6, t.valueAddedRatio("y"));
    assertArrayEquals(a, t.coefficients());
    assertArrayEquals(v, t.valueAddedRatios());
    a[0][0] = 9;
    v[0] = 9;
    t.coefficients()[0][1] = 9;
    t.valueAddedRatios()[1] = 9;
    assertEquals(0.1, t.coefficient("x", "x"), "the table copied its input");
    assertEquals(0.2, t.coefficient("x", "y"), "coefficients() returns a copy");
    assertEquals(0.6, t.valueAddedRatio("y"), "valueAddedRatios() returns a copy");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.valueAddedRatio("z"));
    assertEquals("input-output table has no sector 'z'; it has [x, y]", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> t.coefficient("x", "z"));
    assertEquals("InputOutputTable{[x, y]}", t.toString());
  }

  @Test
  void tables_are_equal_when_ids_coefficients_and_ratios_are() {
    InputOutputTable t = InputOutputTable.of(List.of("x", "y"), new double[][] {{0.1, 0.2}, {0.3, 0}},
        new double[] {0.5, 0.6});
    InputOutputTable same = InputOutputTable.of(List.of("x", "y"), new double[][] {{0.1, 0.2}, {0.3, 0}},
        new double[] {0.5, 0.6});
    assertEquals(t, same);
    assertEquals(t.hashCode(), same.hashCode());
    assertNotEquals(t, InputOutputTable.of(List.of("x", "z"), new double[][] {{0.1, 0.2}, {0.3, 0}},
        new double[] {0.5, 0.6}));
    assertNotEquals(t, InputOutputTable.of(List.of("x", "y"), new double[][] {{0.1, 0.2}, {0.3, 0.1}},
        new double[] {0.5, 0.6}));
    InputOutputTable otherRatios = InputOutputTable.of(List.of("x", "y"), new double[][] {{0.1, 0.2}, {0.3, 0}},
        new double[] {0.5, 0.7});
    assertNotEquals(t, otherRatios);
    assertNotEquals(t.hashCode(), otherRatios.hashCode());
    assertNotEquals(t, (Object) "table");
  }

  @Test
  void hash_codes_distinguish_tables_that_differ_in_ids_coefficients_or_ratios() {
    // equal tables have equal hash codes (above); these differ in one part each, and a hash code that ignored a
    // part, or mixed the parts so that one dominates, would make some of them collide
    Set<Integer> codes = new java.util.HashSet<>();
    for (String id : List.of("x", "y", "z")) {
      for (double aij : new double[] {0.0, 0.1, 0.2}) {
        for (double vj : new double[] {0.5, 0.6, 0.7}) {
          codes.add(InputOutputTable.of(List.of(id, "w"), new double[][] {{aij, 0.2}, {0.3, 0}},
              new double[] {vj, 0.6}).hashCode());
        }
      }
    }
    assertEquals(27, codes.size(), "distinct hash codes of 27 different tables");
  }

  @Test
  void a_resource_stock_keeps_its_numbers_and_unit() {
    ResourceStock mt = ResourceStock.of(1500, 0.4);
    assertEquals(1500.0, mt.stock());
    assertEquals(0.4, mt.extractionIntensity());
    assertEquals("Mt", mt.unit());
    ResourceStock gas = ResourceStock.of(80, 0.02, "bn m3");
    assertEquals("bn m3", gas.unit());
    assertEquals("ResourceStock{1500.0 Mt, 0.4 Mt per bn CNY}", mt.toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResourceStock.of(1, 1, " "));
    assertEquals("a resource stock needs a unit", e.getMessage());
  }

  @Test
  void resource_stocks_are_equal_when_numbers_and_unit_are() {
    ResourceStock mt = ResourceStock.of(1500, 0.4);
    assertEquals(mt, ResourceStock.of(1500, 0.4, "Mt"));
    assertEquals(mt.hashCode(), ResourceStock.of(1500, 0.4, "Mt").hashCode());
    assertNotEquals(mt, ResourceStock.of(1501, 0.4));
    assertNotEquals(mt, ResourceStock.of(1500, 0.5));
    assertNotEquals(mt, ResourceStock.of(1500, 0.4, "bn m3"));
    assertNotEquals(mt, (Object) 1500.0);
    assertEquals(3, Set.of(mt.hashCode(), ResourceStock.of(1501, 0.4).hashCode(),
        ResourceStock.of(1500, 0.4, "bn m3").hashCode()).size());
  }
}
