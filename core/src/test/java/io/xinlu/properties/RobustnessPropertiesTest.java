package io.xinlu.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.xinlu.properties.Theories.qt;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long horizons stay numerically sound. */
class RobustnessPropertiesTest {
  /**
   * Property 2. Over a 100-year horizon, for any valid generated model and both scenarios: no NaN or infinite
   * value in any quantity the run has ({@link Run#has}; stocks and extraction for the resource sectors only, as
   * the others have none), and no resource stock ever below zero.
   */
  @Test
  void a_hundred_years_give_finite_values_and_no_negative_stock() {
    qt().forAll(ModelGen.models(100, 100)).checkAssert(g -> {
      for (String scenario : List.of(ModelGen.BASELINE, ModelGen.POLICY)) {
        Run run = Engine.run(g.model(), scenario);
        assertEquals(g.baseYear() + 100, run.endYear());
        for (Quantity q : Quantity.values()) {
          if (!run.has(q)) {
            continue;
          }
          for (int t : run.years()) {
            if (!q.isPerSector()) {
              assertFinite(run.total(q, t), scenario + " " + t + " " + q);
              continue;
            }
            boolean resource = q == Quantity.RESOURCE_STOCK || q == Quantity.EXTRACTION;
            for (String id : resource ? run.resourceSectorIds() : run.sectorIds()) {
              assertFinite(run.value(q, t, id), scenario + " " + t + " " + id + " " + q);
            }
          }
        }
        if (run.has(Quantity.RESOURCE_STOCK)) {
          for (String id : run.resourceSectorIds()) {
            for (int t : run.years()) {
              double r = run.value(Quantity.RESOURCE_STOCK, t, id);
              assertTrue(r >= 0, scenario + " " + t + " " + id + ": negative stock " + r);
            }
          }
        }
      }
    });
  }

  /**
   * Quantities that cannot be negative never are, in any year of either scenario: gross output, value added,
   * energy, CO2, employment, resource stock and extraction (per sector; stocks and extraction of resource sectors),
   * displaced workers, jobs lost and created, investment, the re-employment rate and population. Only final
   * demand may be negative (net imports, after a depletion cap). In exact arithmetic a capped sector's gross output
   * equals its cap (at least 0) and every other sector's output is a non-negative combination of non-negative
   * demands and capped outputs, so this holds bit for bit, not only to a tolerance.
   */
  @Test
  void quantities_that_cannot_be_negative_never_are() {
    qt().forAll(ModelGen.models()).checkAssert(g -> {
      for (String scenario : List.of(ModelGen.BASELINE, ModelGen.POLICY)) {
        Run run = Engine.run(g.model(), scenario);
        for (Quantity q : Quantity.values()) {
          if (q == Quantity.FINAL_DEMAND || !run.has(q)) {
            continue;
          }
          for (int t : run.years()) {
            if (!q.isPerSector()) {
              double x = run.total(q, t);
              assertTrue(x >= 0, scenario + " " + t + ": " + q + " is " + x);
              continue;
            }
            boolean resource = q == Quantity.RESOURCE_STOCK || q == Quantity.EXTRACTION;
            for (String id : resource ? run.resourceSectorIds() : run.sectorIds()) {
              double x = run.value(q, t, id);
              assertTrue(x >= 0, scenario + " " + t + " " + id + ": " + q + " is " + x + "; events " + run.events());
            }
          }
        }
      }
    });
  }

  private static void assertFinite(double x, String what) {
    assertTrue(Double.isFinite(x), what + " is " + x);
  }
}
