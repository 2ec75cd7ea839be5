package io.xinlu.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.InvalidModelException;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.PublicFinance;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.economy.TaxRates;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.indicator.Indicators;
import io.xinlu.policy.SectorSelector;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Prices and public finance (section 20 of docs/MODEL.md) on a two-sector city whose numbers are worked out by hand
 * in the comments.
 *
 * <pre>
 * coal:     V(2020) = 100, value-added ratio 0.5 (no local inputs), so x(2020) = 200; growth 0; tag coal
 * services: V(2020) = 50, ratio 1, growth 0.10, so V = 55 in 2021 and 60.5 in 2022
 * coal price path, linear {2022: 1.2}: read from 1 in 2020, so pi = 1.1 in 2021, 1.2 in 2022 and (held) 2023
 * budget: official revenue B(2020) = 30; coal pays resource tax 0.1 on sales and 0.03 + 0.02 on value added,
 *         services 0 + 0.04 + 0.01 on value added; population 100 thousand, constant
 * </pre>
 */
class PricesAndFinanceTest {
  static final double EXACT = 0.0;

  static CityProfile profile(Optional<PublicFinance> finance) {
    CityProfile.Builder b = CityProfile.builder().name("two").baseYear(2020)
        .addSectors(Sector.builder().id("coal").group(SectorGroup.SECONDARY).addTags("coal", "resource")
            .valueAdded(100).build())
        .addSectors(Sector.builder().id("services").group(SectorGroup.TERTIARY).valueAdded(50).growth(0.10).build())
        .inputOutputTable(InputOutputTable.of(List.of("coal", "services"), new double[][] {{0, 0}, {0, 0}},
            new double[] {0.5, 1.0}))
        .population(100.0);
    finance.ifPresent(b::publicFinance);
    return b.build();
  }

  static PublicFinance finance(double revenue) {
    return PublicFinance.of(revenue, Map.of("coal", TaxRates.of(0.1, 0.03, 0.02),
        "services", TaxRates.of(0.0, 0.04, 0.01)));
  }

  static CityModel model(Optional<PublicFinance> finance, YearPath coalPrice) {
    return CityModel.builder().profile(profile(finance))
        .addScenarios(Scenario.builder().name("base").endYear(2023).build())
        .addScenarios(Scenario.builder().name("prices").parent("base")
            .pricePath(SectorSelector.sector("coal"), coalPrice).build())
        .build();
  }

  static Run run(String scenario) {
    return Engine.run(model(Optional.of(finance(30)), YearPath.linear(Map.of(2022, 1.2))), scenario);
  }

  @Test
  void value_added_at_current_prices_is_the_index_times_value_added() {
    Run run = run("prices");
    // 2021: coal 1.1 x 100 = 110, services 55 at an index of 1; GDP 165 at current and 155 at constant prices
    assertEquals(1.1, run.priceIndex(2021, "coal"), 1e-15);
    assertEquals(1.0, run.priceIndex(2021, "services"), EXACT);
    assertEquals(110.0, run.valueAddedCurrent(2021, "coal"), 1e-12);
    assertEquals(55.0, run.valueAddedCurrent(2021, "services"), 1e-12);
    assertEquals(165.0, run.gdpCurrent(2021), 1e-12);
    assertEquals(165.0 / 155.0, run.gdpDeflator(2021), 1e-15);
    // 2022: 1.2 x 100 + 60.5 = 180.5; 2023 holds the last value: 120 + 66.55 = 186.55
    assertEquals(180.5, run.gdpCurrent(2022), 1e-12);
    assertEquals(1.2, run.priceIndex(2023, "coal"), 1e-15);
    assertEquals(186.55, run.gdpCurrent(2023), 1e-12);
    // the base year is at base-year prices
    assertEquals(1.0, run.priceIndex(2020, "coal"), EXACT);
    assertEquals(150.0, run.gdpCurrent(2020), EXACT);
    assertEquals(1.0, run.gdpDeflator(2020), EXACT);
  }

  @Test
  void a_stepwise_path_holds_the_base_year_index_until_its_first_year() {
    Run run = Engine.run(model(Optional.empty(), YearPath.stepwise(Map.of(2022, 0.8))), "prices");
    // 2021: 1 (held from the base year); 2022 and 2023: 0.8, so coal's value added at current prices is 80
    assertEquals(1.0, run.priceIndex(2021, "coal"), EXACT);
    assertEquals(0.8, run.priceIndex(2022, "coal"), EXACT);
    assertEquals(80.0, run.valueAddedCurrent(2023, "coal"), 1e-12);
  }

  @Test
  void an_exact_path_gives_every_year() {
    Run run = Engine.run(model(Optional.empty(), YearPath.exact(Map.of(2021, 1.5, 2022, 0.5, 2023, 2.0))),
        "prices");
    assertEquals(150.0, run.valueAddedCurrent(2021, "coal"), 1e-12);
    assertEquals(50.0, run.valueAddedCurrent(2022, "coal"), 1e-12);
    assertEquals(200.0, run.valueAddedCurrent(2023, "coal"), 1e-12);
  }

  @Test
  void revenue_is_taxes_plus_the_calibrated_other_revenue() {
    Run run = run("prices");
    // 2020: coal 0.1 x 200 + (0.03 + 0.02) x 100 = 25; services 0.05 x 50 = 2.5; other = 30 - 27.5 = 2.5
    assertEquals(25.0, run.sectorTaxes(2020, "coal"), 1e-12);
    assertEquals(2.5, run.sectorTaxes(2020, "services"), 1e-12);
    assertEquals(2.5, run.otherRevenue(2020), 1e-12);
    assertEquals(30.0, run.budgetRevenue(2020), EXACT);
    // 2021: coal 1.1 x 25 = 27.5; services 0.05 x 55 = 2.75; other 2.5 x 165 / 150 = 2.75; B = 33
    assertEquals(27.5, run.sectorTaxes(2021, "coal"), 1e-12);
    assertEquals(2.75, run.sectorTaxes(2021, "services"), 1e-12);
    assertEquals(2.75, run.otherRevenue(2021), 1e-12);
    assertEquals(33.0, run.budgetRevenue(2021), 1e-12);
    // 2022: coal 1.2 x 25 = 30; services 0.05 x 60.5 = 3.025; other 2.5 x 180.5 / 150 = 3.008333...
    assertEquals(30.0 + 3.025 + 2.5 * 180.5 / 150, run.budgetRevenue(2022), 1e-12);
    assertEquals(36.03333333333333, run.budgetRevenue(2022), 1e-12);
  }

  @Test
  void the_indicators_give_revenue_coal_share_and_revenue_per_resident() {
    Run run = run("prices");
    IndicatorCatalogue c = IndicatorCatalogue.standard();
    assertEquals(33.0, c.get("budget-revenue").value(run, 2021), 1e-12);
    // 27.5 / 33 = 0.8333...; base year 25 / 30
    assertEquals(27.5 / 33.0, c.get("coal-revenue-share").value(run, 2021), 1e-15);
    assertEquals(25.0 / 30.0, c.get("coal-revenue-share").value(run, 2020), 1e-15);
    // 33 billion CNY over 100 thousand residents = 330,000 CNY per person
    assertEquals(330_000.0, c.get("revenue-per-resident").value(run, 2021), 1e-6);
    assertEquals(165.0, c.get("gdp-current").value(run, 2021), 1e-12);
    assertEquals(110.0, c.get("va-current:sector:coal").value(run, 2021), 1e-12);
    assertEquals(165.0 / 155.0, c.get("gdp-deflator").value(run, 2021), 1e-15);
    assertEquals("billion CNY", Indicators.budgetRevenue().unit());
  }

  @Test
  void without_price_paths_current_prices_are_constant_prices_bit_for_bit() {
    Run run = run("base");
    for (int t : run.years()) {
      assertEquals(run.total(Quantity.VALUE_ADDED, t), run.gdpCurrent(t), EXACT);
      assertEquals(1.0, run.gdpDeflator(t), EXACT);
      for (String s : run.sectorIds()) {
        assertEquals(run.value(Quantity.VALUE_ADDED, t, s), run.valueAddedCurrent(t, s), EXACT);
      }
    }
    // the other revenue moves with GDP: 2.5 x 155 / 150 in 2021
    assertEquals(2.5 * 155 / 150, run.otherRevenue(2021), 1e-12);
  }

  @Test
  void without_public_finance_the_budget_is_unavailable_and_says_why() {
    Run run = Engine.run(model(Optional.empty(), YearPath.linear(Map.of(2022, 1.2))), "prices");
    assertFalse(run.hasPublicFinance());
    assertFalse(Indicators.budgetRevenue().isAvailable(run));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Indicators.coalRevenueShare().value(run, 2021));
    assertTrue(e.getMessage().contains("gives no public finance"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> run.budgetRevenue(2021));
    assertTrue(Indicators.gdpCurrent().isAvailable(run));
  }

  @Test
  void price_parameters_scale_the_deviation_from_one() {
    CityModel m = model(Optional.of(finance(30)), YearPath.linear(Map.of(2022, 1.2)));
    Parameterization p = Parameterization.of(m, "prices", List.of("price-path", "price/coal"));
    assertEquals(1.0, p.baseValues()[0], EXACT);
    // scale 0.5 x 2 = 1: the path as given
    assertEquals(1.1, p.run(new double[] {0.5, 2.0}).priceIndex(2021, "coal"), 1e-15);
    // scale 0: prices stay at 1, so current equals constant prices
    Run flat = p.run(new double[] {0.0, 1.0});
    assertEquals(flat.total(Quantity.VALUE_ADDED, 2022), flat.gdpCurrent(2022), EXACT);
    // scale 3: 1 + 3 x 0.2 = 1.6 in 2022
    assertEquals(1.6, p.run(new double[] {3.0, 1.0}).priceIndex(2022, "coal"), 1e-12);
    // scale -6: 1 - 6 x 0.2 = -0.2, not a price
    InvalidModelException bad = assertThrows(InvalidModelException.class, () -> p.run(new double[] {-6.0, 1.0}));
    assertTrue(bad.getMessage().contains("price index") && bad.getMessage().contains("sector 'coal'"),
        bad.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> Parameterization.of(m, "base", List.of("price/coal")));
    assertTrue(none.getMessage().contains("no price path for sector 'coal'"), none.getMessage());
  }

  @Test
  void rate_parameters_replace_the_profile_rates_and_recalibrate() {
    CityModel m = model(Optional.of(finance(30)), YearPath.linear(Map.of(2022, 1.2)));
    Parameterization p = Parameterization.of(m, "prices",
        List.of("sector/coal/resource-tax", "sector/services/vat", "sector/coal/income-tax"));
    assertEquals(List.of(0.1, 0.04, 0.02), List.of(p.baseValues()[0], p.baseValues()[1], p.baseValues()[2]));
    // resource tax 0.05: coal pays 0.05 x 200 + 0.05 x 100 = 15 in 2020; other = 30 - 15 - 2.5 = 12.5
    Run r = p.run(new double[] {0.05, 0.04, 0.02});
    assertEquals(15.0, r.sectorTaxes(2020, "coal"), 1e-12);
    assertEquals(12.5, r.otherRevenue(2020), 1e-12);
    assertEquals(30.0, r.budgetRevenue(2020), EXACT);
    // 2021: 1.1 x 15 + 2.75 + 12.5 x 165 / 150 = 16.5 + 2.75 + 13.75 = 33
    assertEquals(33.0, r.budgetRevenue(2021), 1e-12);
    // a rate outside [0, 1] and rates whose base-year taxes exceed the revenue are refused, named
    InvalidModelException out = assertThrows(InvalidModelException.class,
        () -> p.run(new double[] {1.5, 0.04, 0.02}));
    assertTrue(out.getMessage().contains("sector/coal/resource-tax") && out.getMessage().contains("[0, 1]"),
        out.getMessage());
    // 0.2 x 200 + 0.05 x 100 + 2.5 = 47.5 > 30
    InvalidModelException over = assertThrows(InvalidModelException.class,
        () -> p.run(new double[] {0.2, 0.04, 0.02}));
    assertTrue(over.getMessage().contains("47.5") && over.getMessage().contains("negative"), over.getMessage());
    IllegalArgumentException noFinance = assertThrows(IllegalArgumentException.class, () -> Parameterization.of(
        model(Optional.empty(), YearPath.linear(Map.of(2022, 1.2))), "prices", List.of("sector/coal/vat")));
    assertTrue(noFinance.getMessage().contains("no public finance"), noFinance.getMessage());
  }

  /**
   * The sums of the prices and budget accounts skip the term-by-term check when one bound, the largest gross output
   * times the largest index and value-added ratio, is within the run's largest value; where it is not, the terms are
   * checked one by one and summed as before. An index of 1e200 (coal in 2022 only, by an exact path) puts the bound
   * beyond range (1e200 x 1e200 x 200 overflows) while every term stays within it (1e200 x 100 = 1e202, far below
   * the largest value of this run, Double.MAX_VALUE / (4 x 2 x 4), about 5.6e306): GDP at current prices and the
   * taxes are still the sums of the sectors' values, bit for bit, and the other years are as without the bound.
   */
  @Test
  void beyond_the_bound_the_terms_are_checked_one_by_one_and_summed_as_before() {
    Run run = Engine.run(model(Optional.of(finance(30)), YearPath.exact(Map.of(2021, 1.1, 2022, 1e200, 2023, 1.2))),
        "prices");
    for (int t : run.years()) {
      assertEquals(run.valueAddedCurrent(t, "coal") + run.valueAddedCurrent(t, "services"), run.gdpCurrent(t),
          EXACT, "GDP at current prices in " + t);
      assertEquals(run.sectorTaxes(t, "coal") + run.sectorTaxes(t, "services") + run.otherRevenue(t),
          run.budgetRevenue(t), EXACT, "revenue in " + t);
    }
    // coal: 1e200 x 100 in 2022; its taxes 1e200 x (0.1 x 200 + 0.05 x 100) = 2.5e201
    assertEquals(1e202, run.valueAddedCurrent(2022, "coal"), 1e187);
    assertEquals(2.5e201, run.sectorTaxes(2022, "coal"), 1e187);
    // 2021 and 2023 as the linear path gives them (1.1 and 1.2): 165 and 120 + 66.55
    assertEquals(165.0, run.gdpCurrent(2021), 1e-12);
    assertEquals(186.55, run.gdpCurrent(2023), 1e-12);
  }

  /**
   * A price index within range whose value added at current prices is not (1e305 x 100 = 1e307, beyond about
   * 5.6e306) is refused at the first request, naming the scenario, the sector, the year and the index.
   */
  @Test
  void a_current_price_value_beyond_the_largest_value_is_refused_naming_sector_and_year() {
    Run run = Engine.run(model(Optional.of(finance(30)), YearPath.exact(Map.of(2021, 1.0, 2022, 1e305, 2023, 1.0))),
        "prices");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run.gdpCurrent(2021));
    assertTrue(e.getMessage().contains("run 'prices'") && e.getMessage().contains("sector 'coal' in 2022")
        && e.getMessage().contains("1.0E305"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> run.budgetRevenue(2021));
  }
}
