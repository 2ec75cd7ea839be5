package io.xinlu.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.policy.Project;
import io.xinlu.scenario.CityModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The synthetic city with the inputs of the just-transition accounts ({@link SyntheticCity#withTransition}): it
 * builds at several sizes, every indicator of the accounts has a finite value in every year of both scenarios, its
 * hand-derived figures hold, and the plain synthetic city keeps its inputs and results.
 */
class SyntheticTransitionTest {
  /** The indicators of the accounts (sections 20 to 22 of docs/MODEL.md), fixed and by family, for a run. */
  private static List<Indicator> accountIndicators(Run run) {
    IndicatorCatalogue c = IndicatorCatalogue.standard();
    List<Indicator> out = new ArrayList<>();
    for (String id : List.of("gdp-current", "gdp-deflator", "budget-revenue", "coal-revenue-share",
        "revenue-per-resident", "stranded-value", "cumulative-stranded-value", "long-term-unemployed",
        "retired-from-pool", "out-migrated", "wage-bill", "wage-bill-lost", "wage-bill-regained",
        "wage-income-per-resident")) {
      out.add(c.get(id));
    }
    for (String s : run.sectorIds()) {
      out.add(c.get("va-current:sector:" + s));
      out.add(c.get("stranded-value:sector:" + s));
    }
    for (String band : SyntheticCity.AGE_BANDS) {
      out.add(c.get("displaced:age:" + band));
    }
    for (String level : SyntheticCity.SKILL_LEVELS) {
      out.add(c.get("displaced:skill:" + level));
    }
    return out;
  }

  @Test
  void the_variant_builds_at_several_sizes_and_every_account_indicator_is_finite() {
    int[][] sizes = {{2, 0, 2021}, {5, 3, 2035}, {13, 7, 2030}, {40, 20, 2050}, {100, 20, 2050}};
    for (int[] size : sizes) {
      CityModel model = SyntheticCity.withTransition(size[0], size[1], size[2]);
      for (String scenario : List.of("baseline", "all")) {
        Run run = Engine.run(model, scenario).requireFinite();
        String where = "synthetic-transition(" + size[0] + ", " + size[1] + ", " + size[2] + ") " + scenario;
        assertTrue(run.hasPublicFinance() && run.hasStrandedAssets() && run.hasCohorts() && run.hasWages(), where);
        List<Indicator> indicators = accountIndicators(run);
        assertEquals(14 + 2 * size[0] + 4 + 3, indicators.size());
        for (Indicator i : indicators) {
          assertTrue(i.isAvailable(run), where + ": " + i.id() + " " + i.unavailableReason(run));
          double[] series = i.series(run);
          assertEquals(run.yearCount(), series.length);
          for (int k = 0; k < series.length; k++) {
            assertTrue(Double.isFinite(series[k]), where + ": " + i.id() + " in " + (run.baseYear() + k) + " is "
                + series[k]);
          }
        }
        for (int t = run.baseYear(); t <= run.endYear(); t++) {
          assertTrue(Double.isFinite(run.cohortPool(t)) && Double.isFinite(run.reemployedFromPool(t)), where);
        }
      }
    }
  }

  @Test
  void the_base_year_revenue_is_a_fifth_of_gdp_and_the_closure_of_s1_strands_what_its_book_value_says() {
    // synthetic-transition(2, 0, 2030): value added 10 (s0) and 15 (s1), so GDP 25 and revenue 0.2 x 25 = 5
    Run run = Engine.run(SyntheticCity.withTransition(2, 0, 2030), "all");
    assertEquals(5.0, run.budgetRevenue(2020), 1e-12);
    assertEquals(25.0, run.gdpCurrent(2020), 1e-12);
    // the one closure, close-s1 (j = 0): capital 1.5 x 15 = 22.5, built 2000, life 30, linear from 2023 to 2025;
    // closed share 0 (2023), 0.5 (2024), 1 (2025); book value left 1 - 24/30 = 0.2 and 1 - 25/30 = 1/6:
    // S(2024) = 0.5 x 22.5 x 0.2 = 2.25, S(2025) = 0.5 x 22.5 / 6 = 1.875, their sum 4.125
    assertEquals(0.0, run.strandedValue(2023), 1e-12);
    assertEquals(2.25, run.strandedValue(2024), 1e-12);
    assertEquals(1.875, run.strandedValue(2025, "s1"), 1e-12);
    assertEquals(0.0, run.strandedValue(2025, "s0"), 1e-12);
    assertEquals(4.125, run.cumulativeStrandedValue(2030), 1e-12);
    // the price paths: resource sectors 1.2 in 2021, s0 1.0 in 2021 and 1.08 in 2030, linear between
    assertEquals(1.2, run.priceIndex(2021, "s1"), 1e-12);
    assertEquals(1.0 + 0.08 * 4 / 9, run.priceIndex(2025, "s0"), 1e-12); // 4 of the 9 years from 2021 to 2030
    // 12 cohorts: 4 age bands by 3 skill levels
    assertEquals(12, run.cohortIds().size());
    // the baseline closes nothing
    assertEquals(0.0, Engine.run(SyntheticCity.withTransition(2, 0, 2030), "baseline")
        .cumulativeStrandedValue(2030));
  }

  @Test
  void the_plain_city_is_unchanged_and_the_variant_only_adds_to_it() {
    CityModel plain = SyntheticCity.model(40, 20, 2050);
    CityModel variant = SyntheticCity.withTransition(40, 20, 2050);
    assertTrue(plain.profile().publicFinance().isEmpty() && plain.profile().labourMarket().isEmpty()
        && plain.profile().population().isEmpty());
    Run run = Engine.run(plain, "all");
    assertFalse(run.hasPublicFinance() || run.hasStrandedAssets() || run.hasCohorts());
    assertEquals("synthetic-40", plain.profile().name());
    // every sector's numbers are the plain city's; only the resource sectors' tag coal is new
    for (int i = 0; i < 40; i++) {
      var p = plain.profile().sectors().get(i);
      var v = variant.profile().sectors().get(i);
      assertEquals(p.valueAdded(), v.valueAdded());
      assertEquals(p.employment(), v.employment());
      assertEquals(p.growth(), v.growth());
      assertEquals(p.resource(), v.resource());
      assertEquals(i % 6 == 1, v.hasTag("coal"));
      assertFalse(p.hasTag("coal"));
    }
    // the projects p0..p19 are the plain city's, followed by one closure per resource sector (s1, s7, ..., s37)
    List<Project> plainProjects = plain.strategies().get(0).projects();
    List<Project> variantProjects = variant.strategies().get(0).projects();
    assertEquals(plainProjects, variantProjects.subList(0, 20));
    assertEquals(20 + 7, variantProjects.size());
    assertEquals("close-s37", variantProjects.get(26).id());
    // and the plain city's published checksums (also pinned by SyntheticCityTest)
    Run published = Engine.run(SyntheticCity.model(5, 3, 2035), "all");
    assertEquals(166.719956408, published.total(Quantity.VALUE_ADDED, 2035), 166.719956408 * 1e-9);
    assertEquals(411.680337962, published.total(Quantity.DISPLACED_WORKERS, 2035), 411.680337962 * 1e-9);
  }

  @Test
  void runs_of_one_compilation_share_its_price_wage_and_stranded_rows_with_the_bits_of_a_fresh_compilation() {
    CityModel model = SyntheticCity.withTransition(13, 7, 2040);
    io.xinlu.engine.CompiledScenario compiled = Engine.compile(model, "all");
    Run first = compiled.run();
    Run second = compiled.run();
    Run fresh = Engine.run(model, "all");
    // the second run reads its accounts before the first, so each order of first use is met
    double[] b = accounts(second);
    double[] a = accounts(first);
    double[] f = accounts(fresh);
    for (int k = 0; k < f.length; k++) {
      assertEquals(Double.doubleToRawLongBits(f[k]), Double.doubleToRawLongBits(a[k]), "value " + k);
      assertEquals(Double.doubleToRawLongBits(f[k]), Double.doubleToRawLongBits(b[k]), "value " + k);
    }
  }

  /** Every year's price index of s1 and s0, GDP at current prices, revenue, stranded value and wage bill. */
  private static double[] accounts(Run run) {
    List<Double> out = new ArrayList<>();
    for (int t = run.baseYear(); t <= run.endYear(); t++) {
      out.add(run.priceIndex(t, "s1"));
      out.add(run.priceIndex(t, "s0"));
      out.add(run.gdpCurrent(t));
      out.add(run.budgetRevenue(t));
      out.add(run.strandedValue(t));
      out.add(run.cohortPool(t));
      out.add(run.wageBill(t));
      out.add(run.wageBillLost(t));
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Test
  void bad_sizes_are_rejected() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticCity.withTransition(1, 3, 2035));
    assertThrows(IllegalArgumentException.class, () -> SyntheticCity.withTransition(5, -1, 2035));
    assertThrows(IllegalArgumentException.class, () -> SyntheticCity.withTransition(5, 3, 2020));
  }
}
