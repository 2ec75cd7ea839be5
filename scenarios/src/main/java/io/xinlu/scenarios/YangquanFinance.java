package io.xinlu.scenarios;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.economy.PublicFinance;
import io.xinlu.economy.TaxRates;
import io.xinlu.policy.SectorSelector;
import io.xinlu.scenario.YearPath;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Yangquan's budget and coal price (section 20 of {@code docs/MODEL.md}): the official general public budget revenue
 * of 2022 that calibrates the budget, the tax rates of the profile's sectors, and a coal price path for the
 * scenarios. The rules behind the rates are cited with their documents; every rate is an estimate whose method
 * says which part is a rule and which an assumption. Added to {@link Yangquan#profile()} and the baseline scenario
 * as new optional data: no constant-price result of the Yangquan model changes.
 *
 * <pre>{@code
 * PublicFinance budget = YangquanFinance.publicFinance();       // 8.197 billion CNY in 2022
 * double share = Indicators.coalRevenueShare().value(Engine.run(Yangquan.model(), Yangquan.BASELINE), 2022);
 * }</pre>
 *
 * <p>Stateless and thread-safe; no I/O.
 *
 * @since 0.1.0
 */
public final class YangquanFinance {
  // ---- documents -------------------------------------------------------------------------------------------

  /** The Resource Tax Law (2019, in force 1 September 2020): coal taxed on sales at 2 % to 10 %, set by provinces. */
  public static final String DOC_RESOURCE_TAX_LAW =
      "Resource Tax Law of the People's Republic of China (中华人民共和国资源税法), in force 2020-09-01: coal 2 %-10 % "
          + "of sales, the rate set by each province (reported 2020-09-03)";
  /** Shanxi's decision on the resource tax rates under the law (2020), as amended in 2024. */
  public static final String DOC_SHANXI_RESOURCE_TAX = "Decision of the Standing Committee of the Shanxi Provincial "
      + "People's Congress on the applicable resource tax rates (山西省人民代表大会常务委员会关于资源税具体适用税率等有关事项的"
      + "决定), adopted 2020-07-31: coal 8 % on raw coal, 6.5 % on washed coal, coalbed methane 1.5 %; amended "
      + "2024-03-28 to coal 10 % and 9 % and coalbed methane 2 % from 2024-04-01";
  /** The 2016 VAT sharing plan: all VAT shared 50:50 between the centre and the localities. */
  public static final String DOC_VAT_SPLIT = "State Council, Guofa [2016] No. 26 (国发〔2016〕26号), the transition "
      + "plan for the central-local division of VAT after the full replacement of business tax: VAT shared 50:50 "
      + "(previously 75:25), as quoted by Tang and Chen (handmsg.com, 2017)";
  /** The income-tax sharing rule: 60 % central, 40 % local from 2004 on (after Guofa [2001] No. 37). */
  public static final String DOC_INCOME_TAX_SPLIT = "State Council, Guofa [2003] No. 26 (国发〔2003〕26号), notice on "
      + "the central and local shares of income tax: from 2004, 60 % central and 40 % local (continuing the sharing "
      + "reform of Guofa [2001] No. 37)";
  /** The national coal-mining producer price, January to August 2023, year on year. */
  public static final String DOC_COAL_PPI_2023 = "National Bureau of Statistics, producer prices of August 2023, as "
      + "reported by China Coal News (中国煤炭报, 2023-09-12): coal mining and washing ex-factory prices, January-August "
      + "2023 average, -9.9 % year on year";

  // ---- figures ---------------------------------------------------------------------------------------------

  /** The official 2022 revenue: the {@code general-budget-revenue} series of {@link YangquanHistory}. */
  public static final Figure REVENUE_2022 = YangquanHistory.series("general-budget-revenue").figures().stream()
      .filter(f -> YangquanHistory.year(f) == 2022).findFirst().orElseThrow();

  /** Shanxi's resource tax rate on raw coal in 2022. */
  public static final Figure SHANXI_COAL_RESOURCE_TAX = Figure.official("sx.resource-tax.coal.2020",
      "Shanxi resource tax rate on raw coal (2020-09 to 2024-03)", 0.08, "fraction of sales",
      DOC_SHANXI_RESOURCE_TAX, 2020);
  /** Shanxi's resource tax rate on coalbed methane in 2022. */
  public static final Figure SHANXI_CBM_RESOURCE_TAX = Figure.official("sx.resource-tax.cbm.2020",
      "Shanxi resource tax rate on coalbed methane (2020-09 to 2024-03)", 0.015, "fraction of sales",
      DOC_SHANXI_RESOURCE_TAX, 2020);
  /** The local share of VAT. */
  public static final Figure VAT_LOCAL_SHARE = Figure.official("cn.vat.local-share", "Local share of VAT", 0.5,
      "fraction", DOC_VAT_SPLIT, 2016);
  /** The local share of enterprise income tax. */
  public static final Figure INCOME_TAX_LOCAL_SHARE = Figure.official("cn.income-tax.local-share",
      "Local share of enterprise income tax", 0.4, "fraction", DOC_INCOME_TAX_SPLIT, 2004);
  /** The standard enterprise income tax rate (Enterprise Income Tax Law 2007, art. 4). */
  public static final Figure INCOME_TAX_RATE = Figure.estimate("cn.income-tax.rate",
      "Enterprise income tax rate", 0.25, "fraction of taxable profit",
      "the standard rate of the Enterprise Income Tax Law (2007, art. 4); not read through a source here, so kept as "
          + "an estimate");
  /** The city's share of the local part of each tax. */
  public static final Figure CITY_SHARE = Figure.estimate("yq.est.city-share-of-local-taxes",
      "Yangquan's share of the local part of the resource tax, VAT and income tax", 0.5, "fraction",
      "assumption: Shanxi's division of the local part between the province, the city and the counties was not "
          + "found; half is left to the city's general budget");
  /** VAT per unit of value added. */
  public static final Figure VAT_PER_VALUE_ADDED = Figure.estimate("yq.est.vat-per-value-added",
      "VAT collected per unit of value added", 0.06, "fraction",
      "assumption: the general rate of 13 % applies to sales less purchased inputs and capital goods, with "
          + "exemptions and refunds; about 6 % of value added is put as the effective rate");
  /** Profit per unit of value added in coal mining in 2022. */
  public static final Figure COAL_PROFIT_SHARE = Figure.estimate("yq.est.coal-profit-share.2022",
      "Taxable profit per unit of coal-mining value added, 2022", 0.30, "fraction",
      "assumption for a year of high coal prices");
  /** Profit per unit of value added elsewhere. */
  public static final Figure OTHER_PROFIT_SHARE = Figure.estimate("yq.est.profit-share",
      "Taxable profit per unit of value added in other taxed sectors", 0.10, "fraction", "assumption");
  /** The national coal-mining producer price change, January to August 2023 against a year earlier. */
  public static final Figure COAL_PPI_2023 = Figure.official("cn.coal-ppi.2023-01-08",
      "Coal mining and washing ex-factory prices, January-August 2023, year on year", -0.099, "fraction",
      DOC_COAL_PPI_2023, 2023);
  /** The coal price index of 2023. */
  public static final Figure COAL_PRICE_2023 = Figure.estimate("yq.est.coal-price-index.2023",
      "Coal price index 2023 (2022 = 1)", 1 + COAL_PPI_2023.value(), "index",
      "the national coal-mining producer price, January-August 2023 average against a year earlier (-9.9 %), taken "
          + "for the year and for the city's coal; held flat after 2023 (no later figure was read)",
      "cn.coal-ppi.2023-01-08");

  /** The sectors that pay no modelled tax: farm produce and public services. */
  public static final ImmutableList<String> UNTAXED = ImmutableList.of("agriculture", "public-services");

  private YangquanFinance() {}

  /**
   * The effective resource tax of a sector: the Shanxi rate times the city's share ({@code coal-mining} 0.08 x 0.5
   * = 0.04, {@code coalbed-methane} 0.015 x 0.5 = 0.0075, others 0).
   */
  static double resourceTax(String sectorId) {
    double rate = sectorId.equals(Yangquan.COAL) ? SHANXI_COAL_RESOURCE_TAX.value()
        : sectorId.equals("coalbed-methane") ? SHANXI_CBM_RESOURCE_TAX.value() : 0.0;
    return rate * CITY_SHARE.value();
  }

  /** The rates of every taxed sector of the profile, with the method in {@link #rateMethod()}. */
  public static ImmutableMap<String, TaxRates> rates() {
    Map<String, TaxRates> m = new LinkedHashMap<>();
    double vat = VAT_PER_VALUE_ADDED.value() * VAT_LOCAL_SHARE.value() * CITY_SHARE.value();
    for (String id : YangquanData.ORDER) {
      if (UNTAXED.contains(id)) {
        continue;
      }
      double profit = id.equals(Yangquan.COAL) ? COAL_PROFIT_SHARE.value() : OTHER_PROFIT_SHARE.value();
      double eit = INCOME_TAX_RATE.value() * profit * INCOME_TAX_LOCAL_SHARE.value() * CITY_SHARE.value();
      m.put(id, TaxRates.of(resourceTax(id), vat, eit));
    }
    return ImmutableMap.copyOf(m);
  }

  /** How the rates are derived, for reports and {@code docs/DATA.md}. */
  public static String rateMethod() {
    return "resource tax = Shanxi's rate (coal 8 %, coalbed methane 1.5 %) x the city's share (0.5, assumed); "
        + "VAT = 6 % of value added (assumed effective rate) x the local share 0.5 x the city's share 0.5 = 0.015; "
        + "income tax = 25 % x taxable profit per value added (coal 0.30, others 0.10, assumed) x the local share 0.4 "
        + "x the city's share 0.5 (coal 0.015, others 0.005); agriculture and public services pay none";
  }

  /** The budget of the 2022 profile: the official revenue of 81.97 亿元 (8.197 billion CNY) and {@link #rates()}. */
  public static PublicFinance publicFinance() {
    return PublicFinance.of(REVENUE_2022.billionCny(), rates());
  }

  /** The coal selector of the price path: the {@code coal-mining} sector (coal power sells electricity). */
  public static SectorSelector coalPriceSelector() {
    return SectorSelector.sector(Yangquan.COAL);
  }

  /** The coal price path of the scenarios: 1 in 2022, {@link #COAL_PRICE_2023} from 2023 on (stepwise, held). */
  public static YearPath coalPricePath() {
    return YearPath.stepwise(Map.of(2023, COAL_PRICE_2023.value()));
  }

  /** Every figure of the budget and price, in declaration order. */
  public static ImmutableList<Figure> figures() {
    return ImmutableList.of(REVENUE_2022, SHANXI_COAL_RESOURCE_TAX, SHANXI_CBM_RESOURCE_TAX, VAT_LOCAL_SHARE,
        INCOME_TAX_LOCAL_SHARE, INCOME_TAX_RATE, CITY_SHARE, VAT_PER_VALUE_ADDED, COAL_PROFIT_SHARE,
        OTHER_PROFIT_SHARE, COAL_PPI_2023, COAL_PRICE_2023);
  }
}
