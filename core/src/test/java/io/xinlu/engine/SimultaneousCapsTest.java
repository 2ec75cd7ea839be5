package io.xinlu.engine;

import static io.xinlu.engine.TestModels.sector;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.ResourceStock;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Five resource stocks that run out in the same year (MODEL.md, section 11): each capped sector's output meets its
 * cap exactly, the other sector keeps its final demand, and {@code (I - A) x = y} holds in every row, in the year
 * the caps first bind and once they are fixed.
 *
 * <p>Sectors {@code r0..r4} (value added 10 + 5 i, value-added ratio 0.5, {@code phi} 1, a stock of 1.5 years of
 * base-year extraction) and {@code manu} (value added 100, ratio 0.6); every sector buys 0.05 of each resource
 * sector's output per unit of its own, and the resource sectors buy 0.1 of manu's. No growth: each stock covers
 * 2021 and leaves half a year's extraction for 2022, when all five caps bind at {@code 0.5 V / (phi v)}.
 */
class SimultaneousCapsTest {
  private static final int R = 5;
  private static final double EPS = 1e-9;

  private static double[][] coefficients() {
    double[][] a = new double[R + 1][R + 1];
    for (int j = 0; j <= R; j++) {
      for (int i = 0; i < R; i++) {
        a[i][j] = 0.05;
      }
      a[R][j] = j < R ? 0.1 : 0.0;
    }
    return a;
  }

  private static CityModel model() {
    List<String> ids = new ArrayList<>();
    double[] v = new double[R + 1];
    CityProfile.Builder city = CityProfile.builder().name("five").baseYear(2020);
    for (int i = 0; i < R; i++) {
      ids.add("r" + i);
      v[i] = 0.5;
      double va = 10 + 5 * i;
      city.addSectors(sector("r" + i, va).resource(ResourceStock.of(1.5 * va, 1.0)).build());
    }
    ids.add("manu");
    v[R] = 0.6;
    city.addSectors(sector("manu", 100).build());
    city.inputOutputTable(InputOutputTable.of(ids, coefficients(), v));
    return CityModel.builder().profile(city.build()).addScenario(Scenario.baseline("baseline", 2024)).build();
  }

  @Test
  void every_cap_is_met_exactly_and_the_accounts_balance() {
    Run run = Engine.run(model(), "baseline");
    double[][] a = coefficients();
    double manuDemand = run.value(Quantity.FINAL_DEMAND, 2020, "manu");
    for (int year = 2021; year <= 2024; year++) {
      double[] x = run.sectorValues(Quantity.GROSS_OUTPUT, year);
      double[] y = run.sectorValues(Quantity.FINAL_DEMAND, year);
      for (int i = 0; i <= R; i++) {
        double row = x[i];
        for (int j = 0; j <= R; j++) {
          row -= a[i][j] * x[j];
        }
        assertEquals(y[i], row, EPS, "row " + i + " of (I - A) x = y in " + year);
      }
      assertEquals(manuDemand, y[R], EPS, "manu keeps its final demand in " + year);
    }
    for (int i = 0; i < R; i++) {
      double va = 10 + 5 * i;
      assertEquals(va / 0.5, run.value(Quantity.GROSS_OUTPUT, 2021, "r" + i), EPS);
      // half a year's extraction is left: the cap is 0.5 va / (1 * 0.5)
      assertEquals(0.5 * va / 0.5, run.value(Quantity.GROSS_OUTPUT, 2022, "r" + i), EPS);
      assertEquals(0.5 * va, run.value(Quantity.EXTRACTION, 2022, "r" + i), EPS);
      assertEquals(0.0, run.value(Quantity.RESOURCE_STOCK, 2022, "r" + i));
      assertEquals(0.0, run.value(Quantity.GROSS_OUTPUT, 2023, "r" + i));
      Event.Depletion d = (Event.Depletion) run.events().get(i);
      assertEquals("r" + i, d.sectorId());
      assertEquals(2022, d.year());
      assertEquals(0.5 * va, d.remainingStock(), EPS);
    }
    assertEquals(R, run.events().size());
  }
}
