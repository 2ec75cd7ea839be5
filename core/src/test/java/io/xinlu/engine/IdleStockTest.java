package io.xinlu.engine;

import static io.xinlu.engine.TestModels.sector;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.ResourceStock;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stock that nothing is extracted from stays as it is, also in the years after every other stock has run out,
 * when the run takes output from fixed matrices (MODEL.md, section 11). Sector {@code h} is a new industry (no
 * base-year value added, so no output) with a stock of 100 and an extraction intensity of 0; {@code coal}
 * (stock 80, extracting 50 a year) runs out in 2022; {@code manu} buys from coal.
 *
 * <p>A stock that nothing is drawn from cannot run out, even when it is empty: {@code quarry} (value added 20, an
 * empty stock, extraction intensity 0, selling to final demand only) keeps producing after coal has run out.
 */
class IdleStockTest {
  @Test
  void a_stock_without_extraction_keeps_its_level_after_the_others_run_out() {
    CityProfile city = CityProfile.builder().name("idle").baseYear(2020)
        .addSectors(sector("coal", 50).resource(ResourceStock.of(80, 1.0)).build(),
            sector("h", 0).energyIntensity(0.5).resource(ResourceStock.of(100, 0.0)).build(),
            sector("manu", 100).build())
        .inputOutputTable(InputOutputTable.of(List.of("coal", "h", "manu"),
            new double[][] {{0.1, 0.0, 0.1}, {0.0, 0.0, 0.0}, {0.1, 0.0, 0.1}}, new double[] {0.5, 0.5, 0.5}))
        .build();
    Run run = Engine.run(CityModel.builder().profile(city).addScenario(Scenario.baseline("base", 2026)).build(),
        "base");
    assertEquals(0.0, run.value(Quantity.RESOURCE_STOCK, 2022, "coal"));
    for (int year = 2020; year <= 2026; year++) {
      assertEquals(100.0, run.value(Quantity.RESOURCE_STOCK, year, "h"), "stock of h in " + year);
      assertEquals(0.0, run.value(Quantity.EXTRACTION, year, "h"), "extraction of h in " + year);
      assertEquals(0.0, run.value(Quantity.GROSS_OUTPUT, year, "h"));
    }
    assertEquals(0.0, run.value(Quantity.GROSS_OUTPUT, 2024, "coal"));
  }

  @Test
  void an_empty_stock_without_extraction_does_not_cap_its_sector() {
    CityProfile city = CityProfile.builder().name("quarry").baseYear(2020)
        .addSectors(sector("coal", 50).resource(ResourceStock.of(80, 1.0)).build(),
            sector("quarry", 20).resource(ResourceStock.of(0, 0.0)).build(),
            sector("manu", 100).build())
        .inputOutputTable(InputOutputTable.of(List.of("coal", "quarry", "manu"),
            new double[][] {{0.1, 0.1, 0.1}, {0.0, 0.0, 0.0}, {0.1, 0.1, 0.1}}, new double[] {0.5, 0.5, 0.5}))
        .build();
    Run run = Engine.run(CityModel.builder().profile(city).addScenario(Scenario.baseline("base", 2026)).build(),
        "base");
    assertEquals(0.0, run.value(Quantity.GROSS_OUTPUT, 2024, "coal"));
    for (int year = 2020; year <= 2026; year++) {
      assertEquals(20.0, run.value(Quantity.VALUE_ADDED, year, "quarry"), 1e-9, "value added of quarry in " + year);
      assertEquals(0.0, run.value(Quantity.RESOURCE_STOCK, year, "quarry"));
    }
    assertEquals(1, run.events().size(), () -> "only coal runs out: " + run.events());
  }
}
