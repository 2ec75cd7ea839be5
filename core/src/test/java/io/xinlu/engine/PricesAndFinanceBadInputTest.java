package io.xinlu.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.InvalidModelException;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.PublicFinance;
import io.xinlu.economy.TaxRates;
import io.xinlu.policy.SectorSelector;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad prices and budgets: each a clear error naming the scenario or profile, the selector or sector, and the year. */
class PricesAndFinanceBadInputTest {
  private static String modelProblem(YearPath path, SectorSelector selector) {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> CityModel.builder()
        .profile(PricesAndFinanceTest.profile(Optional.empty()))
        .addScenarios(Scenario.builder().name("base").endYear(2024).build())
        .addScenarios(Scenario.builder().name("prices").parent("base").pricePath(selector, path).build())
        .build());
    return e.getMessage();
  }

  private static void contains(String message, String... parts) {
    for (String p : parts) {
      assertTrue(message.contains(p), "expected '" + p + "' in: " + message);
    }
  }

  @Test
  void a_negative_or_zero_price_is_refused_with_scenario_selector_and_year() {
    contains(modelProblem(YearPath.linear(Map.of(2022, -1.0)), SectorSelector.sector("coal")),
        "scenario 'prices'", "price path", "sector 'coal'", "2022", "must be positive, was -1.0");
    contains(modelProblem(YearPath.stepwise(Map.of(2023, 0.0)), SectorSelector.tag("coal")),
        "tag 'coal'", "2023", "must be positive, was 0.0");
  }

  @Test
  void a_non_finite_price_is_refused() {
    contains(modelProblem(YearPath.linear(Map.of(2022, Double.NaN)), SectorSelector.sector("coal")),
        "2022", "NaN");
    contains(modelProblem(YearPath.linear(Map.of(2022, Double.POSITIVE_INFINITY)), SectorSelector.sector("coal")),
        "2022", "Infinity is not a finite number");
  }

  @Test
  void a_base_year_value_other_than_one_is_refused() {
    contains(modelProblem(YearPath.linear(Map.of(2020, 1.1, 2022, 1.2)), SectorSelector.sector("coal")),
        "2020", "is 1 in the base year 2020, was 1.1");
  }

  @Test
  void an_exact_path_with_gaps_is_refused_naming_the_missing_years() {
    contains(modelProblem(YearPath.exact(Map.of(2021, 1.1, 2024, 1.2)), SectorSelector.sector("coal")),
        "scenario 'prices'", "sector 'coal'", "exact price path", "missing 2 years: [2022, 2023]");
  }

  @Test
  void years_outside_the_horizon_and_unknown_selectors_are_refused() {
    contains(modelProblem(YearPath.linear(Map.of(2030, 1.2)), SectorSelector.sector("coal")),
        "2030 is after the horizon's end 2024");
    contains(modelProblem(YearPath.linear(Map.of(2019, 1.2)), SectorSelector.sector("coal")),
        "2019 is before the base year 2020");
    contains(modelProblem(YearPath.linear(Map.of(2022, 1.2)), SectorSelector.sector("steel")),
        "unknown sector 'steel'");
  }

  private static String profileProblem(PublicFinance f) {
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> PricesAndFinanceTest.profile(Optional.of(f)));
    return e.getMessage();
  }

  @Test
  void rates_outside_zero_one_are_refused_with_sector_and_rate() {
    contains(profileProblem(PublicFinance.of(30, Map.of("coal", TaxRates.of(1.2, 0.0, 0.0)))),
        "profile 'two'", "public finance", "sector 'coal'", "resource tax", "must lie in [0, 1], was 1.2");
    contains(profileProblem(PublicFinance.of(30, Map.of("services", TaxRates.of(0.0, -0.01, Double.NaN)))),
        "sector 'services'", "vat", "was -0.01", "income tax", "NaN");
  }

  @Test
  void an_unknown_sector_and_a_bad_revenue_are_refused() {
    contains(profileProblem(PublicFinance.of(30, Map.of("steel", TaxRates.of(0.1, 0.0, 0.0)))),
        "sector 'steel'", "unknown sector");
    contains(profileProblem(PublicFinance.of(-1, Map.of())), "base-year revenue", "must not be negative");
    contains(profileProblem(PublicFinance.of(Double.NaN, Map.of())), "base-year revenue", "NaN");
  }

  @Test
  void taxes_above_the_official_revenue_are_refused() {
    // 0.1 x 200 + 0.05 x 100 + 0.05 x 50 = 27.5 > 20
    contains(profileProblem(PricesAndFinanceTest.finance(20)), "base-year revenue",
        "20.0 billion CNY is less than the base year's modelled taxes, 27.5 billion CNY");
  }

  @Test
  void a_valid_budget_builds() {
    CityProfile p = PricesAndFinanceTest.profile(Optional.of(PricesAndFinanceTest.finance(27.5)));
    assertTrue(p.publicFinance().isPresent());
  }
}
