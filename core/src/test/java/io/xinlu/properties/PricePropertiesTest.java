package io.xinlu.properties;

import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.PublicFinance;
import io.xinlu.economy.Sector;
import io.xinlu.economy.TaxRates;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.policy.SectorSelector;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Prices and public finance over generated models (section 20 of docs/MODEL.md): value added at current prices is
 * value added at constant prices, bit for bit, while prices stay at their base-year level, whatever the paths say
 * in form; and the budget's base year is the official revenue, its parts adding up to it.
 */
class PricePropertiesTest {
  /** A generated model with a scenario {@code flat} whose price paths (1 to 3 of them) stay at 1 in every year. */
  record Flat(ModelGen.GeneratedModel g, CityModel model) {
    @Override
    public String toString() {
      return g + " with flat price paths " + model.scenario("flat").pricePaths();
    }
  }

  static Gen<Flat> flat() {
    return in -> {
      ModelGen.GeneratedModel g = ModelGen.models(1, 40).generate(in);
      int t0 = g.baseYear();
      int end = g.endYear();
      Scenario.Builder s = Scenario.builder().name("flat").parent(ModelGen.POLICY);
      Map<SectorSelector, YearPath> paths = new LinkedHashMap<>();
      int count = ModelGen.integer(in, 1, 3);
      for (int k = 0; k < count; k++) {
        Map<Integer, Double> points = new TreeMap<>();
        int form = ModelGen.integer(in, 0, 2);
        if (form == 0) {
          for (int t = t0 + 1; t <= end; t++) {
            points.put(t, 1.0);
          }
        } else {
          int n = ModelGen.integer(in, 1, 3);
          for (int j = 0; j < n; j++) {
            points.put(ModelGen.integer(in, t0, end), 1.0);
          }
        }
        YearPath path = form == 0 ? YearPath.exact(points)
            : form == 1 ? YearPath.stepwise(points) : YearPath.linear(points);
        paths.put(ModelGen.selector(in, g.profile()), path);
      }
      paths.forEach(s::pricePath);
      return new Flat(g, g.with(java.util.List.of(), java.util.List.of(s.build())));
    };
  }

  /** Property: with every price at 1, current prices are constant prices, bit for bit, in every year and sector. */
  @Test
  void current_and_constant_prices_agree_while_prices_stay_at_the_base_year_level() {
    qt().forAll(flat()).checkAssert(f -> {
      for (String scenario : java.util.List.of(ModelGen.BASELINE, "flat")) {
        Run run = Engine.run(f.model(), scenario);
        for (int t : run.years()) {
          double gdp = run.total(Quantity.VALUE_ADDED, t);
          assertEquals(Double.doubleToLongBits(gdp), Double.doubleToLongBits(run.gdpCurrent(t)),
              scenario + " " + t + ": GDP " + gdp + " vs " + run.gdpCurrent(t));
          if (gdp > 0) {
            assertEquals(1.0, run.gdpDeflator(t), 0.0);
          }
          for (String s : run.sectorIds()) {
            assertEquals(1.0, run.priceIndex(t, s), 0.0);
            assertEquals(Double.doubleToLongBits(run.value(Quantity.VALUE_ADDED, t, s)),
                Double.doubleToLongBits(run.valueAddedCurrent(t, s)), scenario + " " + t + " " + s);
          }
        }
      }
    });
  }

  /**
   * Property: with rates drawn in [0, 0.2] and an official revenue at least the base year's taxes (worked out here
   * from value added and the value-added ratios), the base-year revenue is the official figure exactly, the parts
   * (taxes by sector plus other revenue) add up to it within rounding, and in every later year the revenue is its
   * parts and the other revenue moves with GDP at current prices.
   */
  @Test
  void the_base_year_revenue_is_the_official_figure_and_the_parts_add_up() {
    qt().forAll(ModelGen.models(1, 30), rates()).checkAssert((g, draw) -> {
      CityProfile p = g.profile();
      Map<String, TaxRates> rates = new LinkedHashMap<>();
      double taxes = 0;
      double[] ratios = p.inputOutputTable().map(t -> t.valueAddedRatios()).orElse(null);
      for (int i = 0; i < p.sectors().size(); i++) {
        Sector s = p.sectors().get(i);
        TaxRates r = TaxRates.of(draw[(3 * i) % draw.length], draw[(3 * i + 1) % draw.length],
            draw[(3 * i + 2) % draw.length]);
        rates.put(s.id(), r);
        double x = ratios == null ? s.valueAdded()
            : s.valueAdded() / ratios[p.inputOutputTable().get().sectorIds().indexOf(s.id())];
        taxes += r.resourceTax() * x + (r.vat() + r.incomeTax()) * s.valueAdded();
      }
      double official = taxes * (1 + draw[0]) + draw[1];
      CityProfile withBudget = CityProfile.builder().from(p).publicFinance(PublicFinance.of(official, rates))
          .build();
      CityModel m = CityModel.builder().from(g.model()).profile(withBudget).build();
      Run run = Engine.run(m, ModelGen.POLICY);
      int t0 = run.baseYear();
      assertEquals(official, run.budgetRevenue(t0), 0.0);
      double parts = run.otherRevenue(t0);
      for (String s : run.sectorIds()) {
        parts += run.sectorTaxes(t0, s);
      }
      RunValues.assertRelative(official, parts, 1e-12, "base year parts");
      double gdp0 = run.gdpCurrent(t0);
      for (int t = t0 + 1; t <= run.endYear(); t++) {
        double sum = run.otherRevenue(t);
        for (String s : run.sectorIds()) {
          sum += run.sectorTaxes(t, s);
        }
        RunValues.assertRelative(sum, run.budgetRevenue(t), 1e-12, t + ": revenue is its parts");
        if (gdp0 > 0) {
          RunValues.assertRelative(run.otherRevenue(t0) * run.gdpCurrent(t) / gdp0, run.otherRevenue(t), 1e-12,
              t + ": other revenue moves with GDP");
        }
      }
    });
  }

  static Gen<double[]> rates() {
    return in -> {
      double[] r = new double[7];
      for (int i = 0; i < r.length; i++) {
        r[i] = ModelGen.between(in, 0, 0.2);
      }
      return r;
    };
  }
}
