package io.xinlu.engine;

import static io.xinlu.engine.TestModels.EPS;
import static io.xinlu.engine.TestModels.events;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.ResourceStock;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Resource depletion (MODEL.md, "Resource depletion"): {@code Q_i = phi_i V_i}, {@code R_i(t) = R_i(t-1) - Q_i(t)};
 * when the stock cannot cover a year's extraction, gross output is capped at {@code R_i(t-1) / (phi_i v_i)}, the
 * capped sectors' own final demand is lowered so that {@code x = L y} meets the caps exactly, the stock is left at
 * 0 and one depletion event is recorded in the first year the cap binds.
 */
class DepletionTest {
  private static CityModel baseline(CityProfile city, int end) {
    return CityModel.builder().profile(city).addStrategy(strategy("none"))
        .addScenario(Scenario.baseline("baseline", end)).build();
  }

  /**
   * One resource sector without a table ({@code v = 1}): coal with value added 100, stock 130 and {@code phi = 0.5},
   * so it extracts 0.5 * 100 = 50 a year: R = 130, 80 (2021), 30 (2022); in 2023 it would need 50 but has 30.
   */
  private static Run oneSector() {
    CityProfile city = CityProfile.builder().name("one").baseYear(2020)
        .addSectors(
            sector("coal", 100).resource(ResourceStock.of(130, 0.5)).build(),
            sector("services", 50).build())
        .build();
    return Engine.run(baseline(city, 2025), "baseline");
  }

  @Test
  void the_stock_falls_by_the_extraction_of_each_year() {
    Run run = oneSector();
    assertEquals(130, run.value(Quantity.RESOURCE_STOCK, 2020, "coal"), EPS);
    assertEquals(0.5 * 100, run.value(Quantity.EXTRACTION, 2020, "coal"), EPS);
    assertEquals(130 - 50, run.value(Quantity.RESOURCE_STOCK, 2021, "coal"), EPS);
    assertEquals(130 - 50 - 50, run.value(Quantity.RESOURCE_STOCK, 2022, "coal"), EPS);
    assertEquals(100, run.value(Quantity.GROSS_OUTPUT, 2022, "coal"), EPS);
    assertEquals(List.of("coal"), run.resourceSectorIds());
  }

  @Test
  void output_is_capped_to_exactly_stock_over_phi_times_v_in_the_binding_year() {
    Run run = oneSector();
    // 2023: cap = R(2022) / (phi v) = 30 / (0.5 * 1) = 60 < 100
    assertEquals(30 / (0.5 * 1.0), run.value(Quantity.GROSS_OUTPUT, 2023, "coal"));
    assertEquals(60, run.value(Quantity.VALUE_ADDED, 2023, "coal"), EPS);
    assertEquals(60, run.value(Quantity.FINAL_DEMAND, 2023, "coal"), EPS); // A = 0: y = x
    assertEquals(30, run.value(Quantity.EXTRACTION, 2023, "coal"), EPS); // what was left
    assertEquals(0.0, run.value(Quantity.RESOURCE_STOCK, 2023, "coal"));
    assertEquals(50, run.value(Quantity.VALUE_ADDED, 2023, "services"), EPS); // untouched
  }

  @Test
  void the_stock_stays_at_zero_and_output_at_zero_after_depletion() {
    Run run = oneSector();
    for (int t = 2024; t <= 2025; t++) {
      assertEquals(0.0, run.value(Quantity.RESOURCE_STOCK, t, "coal"));
      assertEquals(0.0, run.value(Quantity.GROSS_OUTPUT, t, "coal"), EPS);
      assertEquals(0.0, run.value(Quantity.EXTRACTION, t, "coal"), EPS);
      assertEquals(50, run.value(Quantity.VALUE_ADDED, t, "services"), EPS);
    }
  }

  @Test
  void one_depletion_event_is_recorded_in_the_first_year_the_cap_binds() {
    Run run = oneSector();
    assertEquals(List.of(new Event.Depletion("coal", 2023, 30.0)), events(run, Event.Depletion.class));
    assertEquals(1, run.events().size(), run.events()::toString);
  }

  @Test
  void a_stock_that_exactly_covers_the_extraction_is_not_capped_that_year() {
    CityProfile city = CityProfile.builder().name("exact").baseYear(2020)
        .addSectors(sector("coal", 100).resource(ResourceStock.of(100, 0.5)).build())
        .build();
    Run run = Engine.run(baseline(city, 2024), "baseline");
    // R: 100, 50 (2021), 0 (2022: the 50 needed are exactly there); 2023 the cap 0 / 0.5 binds
    assertEquals(100, run.value(Quantity.GROSS_OUTPUT, 2022, "coal"), EPS);
    assertEquals(0.0, run.value(Quantity.RESOURCE_STOCK, 2022, "coal"), EPS);
    assertEquals(0.0, run.value(Quantity.GROSS_OUTPUT, 2023, "coal"), EPS);
    List<Event.Depletion> d = events(run, Event.Depletion.class);
    assertEquals(1, d.size(), d::toString);
    assertEquals(2023, d.get(0).year());
    assertEquals(0.0, d.get(0).remainingStock(), EPS);
  }

  /**
   * Two capped sectors at once, with a table.
   * <pre>
   *        coal  iron  manu
   * coal   0.1   0.2   0.1
   * iron   0.0   0.1   0.2        A (column sums 0.2, 0.4, 0.4)
   * manu   0.1   0.1   0.1
   * v      0.5   0.4   0.5        (column sums plus v: 0.7, 0.8, 0.9)
   * V(t0)  50    40    100    ->  x(t0) = V / v = (100, 100, 200)
   * </pre>
   * {@code y(t0) = (I - A) x(t0)}: coal 100 - 10 - 20 - 20 = 50, iron 100 - 0 - 10 - 40 = 50,
   * manu 200 - 10 - 10 - 20 = 160. No growth. Coal: stock 80, {@code phi} 1, extracts 1 * 50 = 50 a year;
   * iron: stock 100, {@code phi} 2, extracts 2 * 40 = 80 a year. After 2021 coal has 30 and iron 20 left: in 2022
   * both caps bind: coal at 30 / (1 * 0.5) = 60, iron at 20 / (2 * 0.4) = 25.
   */
  private static Run twoCapped() {
    InputOutputTable table = InputOutputTable.of(List.of("coal", "iron", "manu"),
        new double[][] {{0.1, 0.2, 0.1}, {0.0, 0.1, 0.2}, {0.1, 0.1, 0.1}},
        new double[] {0.5, 0.4, 0.5});
    CityProfile city = CityProfile.builder().name("two").baseYear(2020)
        .addSectors(
            sector("coal", 50).resource(ResourceStock.of(80, 1.0)).build(),
            sector("iron", 40).resource(ResourceStock.of(100, 2.0)).build(),
            sector("manu", 100).build())
        .inputOutputTable(table)
        .build();
    return Engine.run(baseline(city, 2024), "baseline");
  }

  private static final double[][] A = {{0.1, 0.2, 0.1}, {0.0, 0.1, 0.2}, {0.1, 0.1, 0.1}};
  private static final String[] IDS = {"coal", "iron", "manu"};

  /** Checks {@code (I - A) x = y} row by row, which is {@code x = L y}. */
  private static void assertLeontief(Run run, int year) {
    double[] x = run.sectorValues(Quantity.GROSS_OUTPUT, year);
    double[] y = run.sectorValues(Quantity.FINAL_DEMAND, year);
    for (int i = 0; i < 3; i++) {
      double lhs = x[i];
      for (int j = 0; j < 3; j++) {
        lhs -= A[i][j] * x[j];
      }
      assertEquals(y[i], lhs, EPS, "row " + IDS[i] + " of (I - A) x = y in " + year);
    }
  }

  @Test
  void before_depletion_the_table_economy_stays_at_its_base_year() {
    Run run = twoCapped();
    assertEquals(50, run.value(Quantity.FINAL_DEMAND, 2020, "coal"), EPS);
    assertEquals(50, run.value(Quantity.FINAL_DEMAND, 2020, "iron"), EPS);
    assertEquals(160, run.value(Quantity.FINAL_DEMAND, 2020, "manu"), EPS);
    assertEquals(100, run.value(Quantity.GROSS_OUTPUT, 2021, "coal"), EPS);
    assertEquals(100, run.value(Quantity.GROSS_OUTPUT, 2021, "iron"), EPS);
    assertEquals(200, run.value(Quantity.GROSS_OUTPUT, 2021, "manu"), EPS);
    assertEquals(80 - 50, run.value(Quantity.RESOURCE_STOCK, 2021, "coal"), EPS);
    assertEquals(100 - 80, run.value(Quantity.RESOURCE_STOCK, 2021, "iron"), EPS);
  }

  @Test
  void several_capped_sectors_each_meet_their_cap_exactly() {
    Run run = twoCapped();
    assertEquals(30 / (1.0 * 0.5), run.value(Quantity.GROSS_OUTPUT, 2022, "coal"), EPS);
    assertEquals(20 / (2.0 * 0.4), run.value(Quantity.GROSS_OUTPUT, 2022, "iron"), EPS);
    assertEquals(0.5 * 60, run.value(Quantity.VALUE_ADDED, 2022, "coal"), EPS);
    assertEquals(0.4 * 25, run.value(Quantity.VALUE_ADDED, 2022, "iron"), EPS);
    assertEquals(30, run.value(Quantity.EXTRACTION, 2022, "coal"), EPS);
    assertEquals(20, run.value(Quantity.EXTRACTION, 2022, "iron"), EPS);
    assertEquals(0.0, run.value(Quantity.RESOURCE_STOCK, 2022, "coal"));
    assertEquals(0.0, run.value(Quantity.RESOURCE_STOCK, 2022, "iron"));
  }

  @Test
  void with_several_caps_the_uncapped_sector_follows_the_leontief_solution() {
    Run run = twoCapped();
    // manu keeps its final demand 160; its row of (I - A) x = y with x_coal = 60, x_iron = 25:
    // x_manu = 0.1 * 60 + 0.1 * 25 + 0.1 * x_manu + 160  ->  x_manu = 168.5 / 0.9
    double xManu = (0.1 * 60 + 0.1 * 25 + 160) / 0.9;
    assertEquals(160, run.value(Quantity.FINAL_DEMAND, 2022, "manu"), EPS);
    assertEquals(xManu, run.value(Quantity.GROSS_OUTPUT, 2022, "manu"), EPS);
    assertEquals(0.5 * xManu, run.value(Quantity.VALUE_ADDED, 2022, "manu"), EPS);
    // the capped sectors' final demand is what is left of their capped output after intermediate use
    assertEquals(60 - 0.1 * 60 - 0.2 * 25 - 0.1 * xManu, run.value(Quantity.FINAL_DEMAND, 2022, "coal"), EPS);
    // iron: 25 - 0.1 * 25 - 0.2 * 187.2 = -14.9: negative, i.e. net imports
    double yIron = 25 - 0.0 * 60 - 0.1 * 25 - 0.2 * xManu;
    assertTrue(yIron < 0);
    assertEquals(yIron, run.value(Quantity.FINAL_DEMAND, 2022, "iron"), EPS);
    assertLeontief(run, 2021);
    assertLeontief(run, 2022);
  }

  @Test
  void after_depletion_both_capped_sectors_produce_nothing_and_no_new_event_is_recorded() {
    Run run = twoCapped();
    for (int t = 2023; t <= 2024; t++) {
      assertEquals(0.0, run.value(Quantity.GROSS_OUTPUT, t, "coal"), EPS);
      assertEquals(0.0, run.value(Quantity.GROSS_OUTPUT, t, "iron"), EPS);
      assertEquals(0.0, run.value(Quantity.RESOURCE_STOCK, t, "coal"));
      assertEquals(0.0, run.value(Quantity.RESOURCE_STOCK, t, "iron"));
      // x_manu = 0.1 x_manu + 160
      assertEquals(160 / 0.9, run.value(Quantity.GROSS_OUTPUT, t, "manu"), EPS);
      assertLeontief(run, t);
    }
    List<Event.Depletion> d = events(run, Event.Depletion.class);
    assertEquals(2, d.size(), d::toString);
    assertEquals("coal", d.get(0).sectorId());
    assertEquals(2022, d.get(0).year());
    assertEquals(30, d.get(0).remainingStock(), EPS);
    assertEquals("iron", d.get(1).sectorId());
    assertEquals(2022, d.get(1).year());
    assertEquals(20, d.get(1).remainingStock(), EPS);
  }
  @Test
  void an_uncapped_resource_sector_extracts_what_its_output_needs_after_the_others_are_capped() {
    InputOutputTable table = InputOutputTable.of(List.of("coal", "iron", "manu"), A, new double[] {0.5, 0.4, 0.5});
    CityProfile city = CityProfile.builder().name("one-of-two").baseYear(2020)
        .addSectors(
            sector("coal", 50).resource(ResourceStock.of(80, 1.0)).build(),
            sector("iron", 40).resource(ResourceStock.of(1000, 2.0)).build(),
            sector("manu", 100).build())
        .inputOutputTable(table)
        .build();
    Run run = Engine.run(baseline(city, 2022), "baseline");
    // 2022: coal capped at 60; iron and manu keep final demand 50 and 160:
    //   0.9 x_iron - 0.2 x_manu = 0.0 * 60 + 50,   -0.1 x_iron + 0.9 x_manu = 0.1 * 60 + 160
    //   -> x_iron = (0.9 * 50 + 0.2 * 166) / (0.81 - 0.02) = 78.2 / 0.79
    double xIron = (0.9 * 50 + 0.2 * 166) / (0.9 * 0.9 - 0.2 * 0.1);
    double xManu = (166 + 0.1 * xIron) / 0.9;
    assertEquals(60, run.value(Quantity.GROSS_OUTPUT, 2022, "coal"), EPS);
    assertEquals(xIron, run.value(Quantity.GROSS_OUTPUT, 2022, "iron"), EPS);
    assertEquals(xManu, run.value(Quantity.GROSS_OUTPUT, 2022, "manu"), EPS);
    // iron extracts phi v x of its lowered output: 1000 - 80 (2021) - 2 * 0.4 * x_iron
    assertEquals(2 * 0.4 * xIron, run.value(Quantity.EXTRACTION, 2022, "iron"), EPS);
    assertEquals(1000 - 80 - 2 * 0.4 * xIron, run.value(Quantity.RESOURCE_STOCK, 2022, "iron"), EPS);
    assertEquals(List.of(new Event.Depletion("coal", 2022, run.value(Quantity.RESOURCE_STOCK, 2021, "coal"))),
        events(run, Event.Depletion.class));
    assertLeontief(run, 2022);
  }
}
