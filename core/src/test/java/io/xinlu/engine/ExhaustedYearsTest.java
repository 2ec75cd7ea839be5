package io.xinlu.engine;

import static io.xinlu.engine.TestModels.T0;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.properties.Choices;
import io.xinlu.properties.Theories;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Once every stock that can run out has, a run takes each year's output and the capped sectors' final demand from
 * one product with fixed matrices ({@link ResourceCaps.Exhausted}) instead of capping year by year. The two must
 * agree up to rounding, and the fixed caps must keep the accounting identity {@code (I - A) x = y} and the exhausted
 * sectors' output at exactly 0.
 */
class ExhaustedYearsTest {
  /** More choices than a model reads (at most 2 + 7 x 16 + 7 x 2 + 3 x 3 + 1 = 138). */
  private static final int CHOICES = 160;

  /**
   * A random productive economy of 2 to 7 sectors, of which 1 to 3 hold a stock that runs out after 1 to 40 years
   * of base-year extraction (one in five with no extraction at all), growing for 10 to 50 years.
   */
  private static CityModel model(Choices choices, double[][] aOut) {
    Choices.Cursor rnd = choices.cursor();
    int n = 2 + rnd.nextInt(6);
    int r = 1 + rnd.nextInt(Math.min(3, n));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("s" + i);
    }
    double[][] a = new double[n][n];
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      double budget = 0.8 * rnd.nextDouble();
      double[] w = new double[n];
      double total = 0;
      for (int i = 0; i < n; i++) {
        w[i] = rnd.nextDouble() < 0.3 ? 0 : rnd.nextDouble();
        total += w[i];
      }
      double sum = 0;
      for (int i = 0; i < n; i++) {
        a[i][j] = total == 0 ? 0 : budget * w[i] / total;
        sum += a[i][j];
      }
      v[j] = (1 - sum) * (0.5 + 0.5 * rnd.nextDouble());
    }
    CityProfile.Builder city = CityProfile.builder().name("random").baseYear(T0)
        .inputOutputTable(InputOutputTable.of(ids, a, v));
    for (int i = 0; i < n; i++) {
      double va = 10 + 90 * rnd.nextDouble();
      Sector.Builder s = sector(ids.get(i), va).growth(0.05 * rnd.nextDouble() - 0.01);
      if (i < r) {
        double phi = rnd.nextDouble() < 0.2 ? 0 : 0.5 + 1.5 * rnd.nextDouble();
        double years = 1 + 39 * rnd.nextDouble();
        s.resource(ResourceStock.of(Math.max(phi, 1) * va * years, phi));
      }
      city.addSectors(s.build());
    }
    for (int i = 0; i < n; i++) {
      aOut[i] = a[i];
    }
    return CityModel.builder().profile(city.build()).addStrategy(strategy("none"))
        .addScenario(Scenario.baseline("baseline", T0 + 10 + rnd.nextInt(41))).build();
  }

  @Test
  void fixed_caps_give_what_year_by_year_caps_give() {
    AtomicInteger reached = new AtomicInteger();
    AtomicInteger cases = new AtomicInteger();
    Theories.qt().withExamples(300).forAll(Choices.of(CHOICES)).checkAssert(choices -> {
      CityModel model = model(choices, new double[7][]);
      String described = "\n" + model;
      CompiledScenario c = Engine.compile(model, "baseline");
      Simulation fixed = new Simulation(c, true);
      Run a = fixed.run();
      Run b = new Simulation(c, false).run();
      cases.incrementAndGet();
      if (fixed.exhaustedFrom() >= 0) {
        reached.incrementAndGet();
      }
      for (Quantity q : Quantity.values()) {
        if (!a.has(q)) {
          continue;
        }
        double[] sa = a.totalSeries(q);
        double[] sb = b.totalSeries(q);
        double scale = 1;
        for (double x : sa) {
          scale = Math.max(scale, Math.abs(x));
        }
        for (int k = 0; k < sa.length; k++) {
          assertEquals(sb[k], sa[k], 1e-11 * scale, () -> q + " total, model" + described);
        }
        if (q.isPerSector()) {
          for (String id : a.sectorIds()) {
            if ((q == Quantity.RESOURCE_STOCK || q == Quantity.EXTRACTION) && !a.resourceSectorIds().contains(id)) {
              continue;
            }
            double[] xa = a.series(q, id);
            double[] xb = b.series(q, id);
            for (int k = 0; k < xa.length; k++) {
              assertEquals(xb[k], xa[k], 1e-11 * scale, () -> q + " of " + id + ", model" + described);
            }
          }
        }
      }
      assertEquals(b.events().size(), a.events().size(), () -> "events, model" + described);
      for (int i = 0; i < a.events().size(); i++) {
        Event ea = a.events().get(i);
        Event eb = b.events().get(i);
        assertEquals(eb.year(), ea.year());
        assertEquals(eb.getClass(), ea.getClass());
      }
    });
    // the property is only worth something if many examples reach the fixed caps
    assertTrue(reached.get() > cases.get() / 5, reached + " of " + cases + " examples reached the fixed caps");
  }

  @Test
  void with_fixed_caps_exhausted_sectors_produce_exactly_nothing_and_the_accounts_balance() {
    Theories.qt().withExamples(200).forAll(Choices.of(CHOICES)).checkAssert(choices -> {
      double[][] a = new double[7][];
      CityModel model = model(choices, a);
      String described = "\n" + model;
      CompiledScenario c = Engine.compile(model, "baseline");
      Simulation fixed = new Simulation(c, true);
      Run run = fixed.run();
      if (fixed.exhaustedFrom() < 0) {
        return;
      }
      int n = run.sectorIds().size();
      for (int k = fixed.exhaustedFrom(); k < run.years().length; k++) {
        int year = T0 + k;
        double[] x = run.sectorValues(Quantity.GROSS_OUTPUT, year);
        double[] y = run.sectorValues(Quantity.FINAL_DEMAND, year);
        double scale = 1;
        for (double xi : x) {
          scale = Math.max(scale, xi);
        }
        for (String id : run.resourceSectorIds()) {
          int i = run.sectorIds().indexOf(id);
          if (run.value(Quantity.EXTRACTION, T0, id) > 0) {
            assertEquals(0.0, x[i], () -> id + " in " + year + ", model" + described);
            assertEquals(0.0, run.value(Quantity.RESOURCE_STOCK, year, id));
          }
        }
        for (int i = 0; i < n; i++) {
          assertTrue(x[i] >= 0, "output >= 0");
          double lhs = x[i];
          for (int j = 0; j < n; j++) {
            lhs -= a[i][j] * x[j];
          }
          assertEquals(y[i], lhs, 1e-11 * scale, "row " + i + " of (I - A) x = y in " + year + ", model" + described);
        }
      }
    });
  }
}
