package io.xinlu.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Event;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import org.junit.jupiter.api.Test;

/**
 * The synthetic reference city against checksums computed by an implementation of MODEL.md independent of this
 * code (the figures are those the foundation issue publishes for {@code synthetic 5 3 2035}).
 */
class SyntheticCityTest {
  private static void assertRelative(double expected, double actual, String what) {
    double rel = Math.abs(actual - expected) / Math.abs(expected);
    assertTrue(rel < 1e-9, what + ": expected " + expected + ", got " + actual + " (relative error " + rel + ")");
  }

  @Test
  void synthetic_5_3_2035_reproduces_the_published_checksums() {
    Run run = Engine.run(SyntheticCity.model(5, 3, 2035), "all");
    assertRelative(166.719956408, run.total(Quantity.VALUE_ADDED, 2035), "V");
    assertRelative(73.1481204393, run.total(Quantity.ENERGY, 2035), "E");
    assertRelative(151.771163376, run.total(Quantity.CO2, 2035), "C");
    assertRelative(2448.92484541, run.total(Quantity.EMPLOYMENT, 2035), "N");
    assertRelative(411.680337962, run.total(Quantity.DISPLACED_WORKERS, 2035), "U");
  }

  @Test
  void the_resource_sector_runs_out_in_2033_and_stays_at_zero() {
    Run run = Engine.run(SyntheticCity.model(5, 3, 2035), "all");
    Event.Depletion d = run.events().stream().filter(e -> e instanceof Event.Depletion)
        .map(e -> (Event.Depletion) e).findFirst().orElseThrow();
    assertEquals("s1", d.sectorId());
    assertEquals(2033, d.year());
    assertEquals(0.0, run.value(Quantity.RESOURCE_STOCK, 2033, "s1"));
    assertEquals(0.0, run.value(Quantity.RESOURCE_STOCK, 2035, "s1"));
    assertEquals(0.0, run.value(Quantity.GROSS_OUTPUT, 2035, "s1"), 1e-9);
  }

  @Test
  void baseline_has_no_investment_and_all_has_the_capital_of_every_project() {
    Run baseline = Engine.run(SyntheticCity.model(5, 3, 2035), "baseline");
    Run all = Engine.run(SyntheticCity.model(5, 3, 2035), "all");
    double b = 0;
    double a = 0;
    for (int t = 2020; t <= 2035; t++) {
      b += baseline.total(Quantity.INVESTMENT, t);
      a += all.total(Quantity.INVESTMENT, t);
    }
    assertEquals(0.0, b);
    assertEquals(2 + 3 + 4, a, 1e-12); // capital 2 + (k mod 3) for k = 0, 1, 2
  }

  @Test
  void bad_sizes_are_rejected() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticCity.model(0, 3, 2035));
    assertThrows(IllegalArgumentException.class, () -> SyntheticCity.model(5, -1, 2035));
    assertThrows(IllegalArgumentException.class, () -> SyntheticCity.model(5, 3, 2020));
  }

  @Test
  void the_study_space_names_parameters_the_city_has() {
    assertEquals(java.util.List.of("sector/s6/growth", "sector/s0/intensity-decline", "macro-shock",
        "strategy/all-projects/intensity", "reemployment-rate"), SyntheticCity.uncertainty(40, 20).parameterNames());
    // a city of 3 sectors has no s6, and one without projects no strategy intensity to vary
    assertEquals(java.util.List.of("sector/s2/growth", "sector/s0/intensity-decline", "macro-shock",
        "reemployment-rate"), SyntheticCity.uncertainty(3, 0).parameterNames());
    assertEquals(0.03, SyntheticCity.uncertainty(40, 20).parameters().get(0).distribution().mean(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> SyntheticCity.uncertainty(0, 1));
    assertThrows(IllegalArgumentException.class, () -> SyntheticCity.uncertainty(5, -1));
  }
}
