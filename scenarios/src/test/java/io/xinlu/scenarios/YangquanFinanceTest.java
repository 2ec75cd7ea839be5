package io.xinlu.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.TaxRates;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import org.junit.jupiter.api.Test;

/** Yangquan's budget and coal price: the calibration to the official 2022 revenue and the rates' derivation. */
class YangquanFinanceTest {
  private static final Run BASELINE = Engine.run(Yangquan.model(), Yangquan.BASELINE);

  @Test
  void the_2022_revenue_equals_the_official_figure() {
    // the 2023 government work report: 81.97 亿元 = 8.197 billion CNY
    assertEquals(81.97, YangquanFinance.REVENUE_2022.value(), 0.0);
    assertEquals("亿元", YangquanFinance.REVENUE_2022.unit());
    assertTrue(YangquanFinance.REVENUE_2022.isOfficial());
    assertEquals(81.97 / 10.0, BASELINE.budgetRevenue(2022), 0.0);
    assertEquals(81.97 / 10.0, Indicators.budgetRevenue().value(BASELINE, 2022), 0.0);
    for (String scenario : Yangquan.SCENARIOS) {
      assertEquals(8.197, Engine.run(Yangquan.model(), scenario).budgetRevenue(2022), 1e-15, scenario);
    }
  }

  @Test
  void the_parts_of_the_2022_revenue_add_up_to_the_official_figure() {
    double parts = BASELINE.otherRevenue(2022);
    for (String s : BASELINE.sectorIds()) {
      parts += BASELINE.sectorTaxes(2022, s);
    }
    assertEquals(8.197, parts, 1e-12);
    assertTrue(BASELINE.otherRevenue(2022) > 0, "the other revenue is positive: " + BASELINE.otherRevenue(2022));
  }

  @Test
  void coal_mining_pays_resource_tax_on_its_sales_and_shares_of_vat_and_income_tax() {
    // resource tax 0.08 x 0.5 = 0.04 of sales; VAT 0.06 x 0.5 x 0.5 = 0.015; income tax 0.25 x 0.30 x 0.4 x 0.5 =
    // 0.015 of value added; coalbed methane 0.015 x 0.5 = 0.0075; others 0.015 and 0.25 x 0.10 x 0.4 x 0.5 = 0.005
    TaxRates coal = YangquanFinance.rates().get(Yangquan.COAL);
    assertEquals(0.04, coal.resourceTax(), 1e-15);
    assertEquals(0.015, coal.vat(), 1e-15);
    assertEquals(0.015, coal.incomeTax(), 1e-15);
    assertEquals(0.0075, YangquanFinance.rates().get("coalbed-methane").resourceTax(), 1e-15);
    assertEquals(0.005, YangquanFinance.rates().get("digital").incomeTax(), 1e-15);
    assertTrue(!YangquanFinance.rates().containsKey("public-services"));
    double x = BASELINE.value(Quantity.GROSS_OUTPUT, 2022, Yangquan.COAL);
    double va = BASELINE.value(Quantity.VALUE_ADDED, 2022, Yangquan.COAL);
    assertEquals(0.04 * x + 0.03 * va, BASELINE.sectorTaxes(2022, Yangquan.COAL), 1e-12);
  }

  @Test
  void the_coal_price_falls_by_the_2023_producer_price_and_is_held() {
    // 1 - 0.099 = 0.901 from 2023 on; coal power and the rest keep 1
    assertEquals(0.901, BASELINE.priceIndex(2023, Yangquan.COAL), 1e-15);
    assertEquals(0.901, BASELINE.priceIndex(2035, Yangquan.COAL), 1e-15);
    assertEquals(1.0, BASELINE.priceIndex(2030, "coal-power"), 0.0);
    assertEquals(0.901 * BASELINE.value(Quantity.VALUE_ADDED, 2030, Yangquan.COAL),
        BASELINE.valueAddedCurrent(2030, Yangquan.COAL), 1e-12);
    assertTrue(BASELINE.gdpDeflator(2030) < 1.0);
  }

  @Test
  void the_constant_price_results_do_not_move() {
    // the price path and the budget are read only by the new accounts: GDP at constant prices is unchanged
    assertEquals(YangquanData.GDP_2022.billionCny(), BASELINE.total(Quantity.VALUE_ADDED, 2022), 1e-9);
    double share = Indicators.coalRevenueShare().value(BASELINE, 2022);
    assertTrue(share > 0 && share < 1, "coal's share of revenue in 2022: " + share);
  }
}
