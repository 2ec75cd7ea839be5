package io.xinlu.scenarios;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.economy.InputOutputTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Yangquan's official yearly figures for 2010-2024, as code: each value a {@link Figure} with an
 * {@link Provenance.Official official} provenance naming the document it was read in and the year it describes.
 * Nothing here is estimated, interpolated or derived; a year without a figure is simply absent. The series are
 * keyed by the id of the engine's indicator where one exists ({@code gdp}, {@code gdp-growth},
 * {@code gdp-per-capita}, {@code population}) and by a descriptive key otherwise; each series keeps the unit of its
 * documents (GDP in {@code 亿元}, GDP per capita and incomes in CNY per person, population in thousand persons,
 * growth rates as fractions: real for GDP and value added, as published for incomes, sales, prices and budgets),
 * which need not be the indicator's display unit.
 *
 * <p>Beside the city's own totals, the series hold the 2022 figures of the Mining District and the Suburban
 * District, the 2019-20 figures of Yu County, and the populations of the five districts and counties in the 2010
 * census and at the end of 2022, all parts of the city, keyed with the area as a prefix
 * ({@code mining-district.gdp}, {@code pingding-county.population}). Figures already recorded in
 * {@link YangquanData} are reused, not copied.
 *
 * <pre>{@code
 * YangquanHistory.Series pop = YangquanHistory.series("population");
 * OptionalDouble p2020 = pop.value(2020);                 // 1318.505 thousand persons
 * int n = YangquanHistory.figures().size();              // every official figure of the series
 * long official = YangquanHistory.profileNumbers().values().stream().filter(Provenance::isOfficial).count();
 * }</pre>
 *
 * <p>Immutable and thread-safe; no I/O.
 *
 * @since 0.1.0
 */
public final class YangquanHistory {
  /** The first year a series may cover. */
  public static final int FIRST_YEAR = 2010;
  /** The last year a series may cover. */
  public static final int LAST_YEAR = 2024;

  // ---- documents -------------------------------------------------------------------------------------------

  /** Shanxi's 2016 population sample survey bulletin (city resident populations at the end of 2016). */
  public static final String DOC_SX_POPULATION_2016 =
      "Shanxi 2016 population sample survey bulletin (山西省人口变动情况抽样调查主要数据公报), reported 2017-03-16";
  /** Shanxi's 2018 population sample survey bulletin. */
  public static final String DOC_SX_POPULATION_2018 =
      "Shanxi 2018 population sample survey bulletin (Shanxi Statistics Bureau, 2019-01-29)";
  /** Shanxi's seventh census bulletin no. 2 (city resident populations on 1 November 2020). */
  public static final String DOC_SX_CENSUS_2020 =
      "Shanxi seventh national census bulletin no. 2 (Shanxi Statistics Bureau, 2021-05-26)";
  /** Shanxi's 2021 population sample survey bulletin. */
  public static final String DOC_SX_POPULATION_2021 =
      "Shanxi 2021 population sample survey bulletin (Shanxi Daily, 2022-03-22)";
  /** The 2017 ranking of Shanxi's cities by GDP, as quoted in the press. */
  public static final String DOC_SX_GDP_RANKING_2017 =
      "2017 GDP ranking of Shanxi's cities (February 2018), quoted by zqsxnews.com, 2018-06-19";
  /** Yangquan's 2019 statistical communiqué as reported in English. */
  public static final String DOC_COMMUNIQUE_2019 =
      "Yangquan 2019 statistical communiqué (released 2020-03-16), reported by goshanxi.com.cn, 2020-03-30";
  /** The Yangquan statistics bureau's 2022 figures as reported in English. */
  public static final String DOC_CHINA_DAILY_2022 =
      "Yangquan statistics bureau's 2022 figures, reported by China Daily Shanxi, 2023-02-09";
  /** Yangquan's 2020 GDP growth as quoted in the encyclopedia entry on the city. */
  public static final String DOC_GDP_GROWTH_2020 =
      "Yangquan 2020 GDP growth, quoted in the encyclopedia entry 阳泉市 (9aivip.com)";
  /** A reading of the 2021 GDP of Shanxi's eleven cities, in English. */
  public static final String DOC_SX_CITIES_GDP_2021 =
      "Interpretation of 2021 GDP data of 11 cities in the province (qrcwhw.cn, 2022-07-13)";
  /** Yangquan's 2023 government work report (on 2022). */
  public static final String DOC_WORK_REPORT_2023 =
      "Yangquan 2023 government work report (Mayor Liu Wenhua, 2023-02-21; bkwu.com.cn, 2023-03-07)";
  /** The Mining District's 2022 statistical communiqué, read in full. */
  public static final String DOC_MINING_DISTRICT_2022 =
      "Yangquan Mining District (矿区) 2022 statistical communiqué (tjgb.hongheiku.com)";
  /** The Suburban District's 2022 statistical communiqué. */
  public static final String DOC_SUBURBAN_DISTRICT_2022 =
      "Yangquan Suburban District (郊区) 2022 statistical communiqué (ilynn.cn)";
  /** Yu County's 2020 statistical communiqué. */
  public static final String DOC_YU_COUNTY_2020 =
      "Yu County (盂县) 2020 statistical communiqué (Yu County Statistics Bureau)";
  /** Yu County's 2019 GDP as reported in the press. */
  public static final String DOC_YU_COUNTY_2019 = "Yu County (盂县) 2019 GDP, reported by shijiejingji.cn, 2020-10-16";

  /** The sixth national census (1 November 2010) for the city and its five districts and counties. */
  public static final String DOC_CENSUS_2010 =
      "Sixth national census (1 November 2010), Yangquan and its districts and counties, as given in the English "
          + "Wikipedia article Yangquan (infobox and administrative divisions table)";
  /** Shanxi's 2017 population sample survey bulletin. */
  public static final String DOC_SX_POPULATION_2017 =
      "Shanxi 2017 population sample survey bulletin (山西省人口变动情况抽样调查主要数据公报), reported by tftnews.com";
  /** The Yangquan statistics bureau's resident population and urbanisation by district and county, end of 2022. */
  public static final String DOC_COUNTY_POPULATION_2022 =
      "Yangquan statistics bureau's resident population and urbanisation by district and county, end of 2022, "
          + "reported by hbzqbyyxgs.com";

  private static final String FRACTION = "fraction";
  private static final String THOUSAND = "thousand persons";

  // ---- the series ------------------------------------------------------------------------------------------

  private static final ImmutableList<Series> SERIES = build();

  /**
   * The profile's population growth ({@code populationGrowth}, fraction per year) with its provenance: derived from
   * two official populations, the census of 1 November 2020 and the end of 2022, as the constant yearly rate over
   * the 26 months between them (see {@link #officialPopulationGrowth2020to2022()}), about -0.00261 a year. It
   * replaces the first profile's assumption of -0.001 a year, which had no source.
   */
  public static final Figure POPULATION_GROWTH = Figure.estimate("yq.est.population-growth",
      "Resident population growth", officialPopulationGrowth(1318505, 1311061), "fraction per year",
      "derived from two official populations, the census (1 November 2020: 1,318,505) and the end of 2022 "
          + "(1,311,061), as the constant yearly rate over the 26 months between them: "
          + "(1311061 / 1318505)^(12/26) - 1 = -0.00261 a year",
      "yq.history.population.2020", YangquanData.POPULATION_2022.id());

  private YangquanHistory() {}

  /**
   * One official yearly series.
   *
   * @param key the indicator id ({@code gdp}, {@code population}, ...) or a descriptive key, not blank
   * @param label a readable label
   * @param unit the unit of every value, not blank
   * @param figures the official figures in increasing year order, at most one a year, each in {@code unit}
   * @since 0.1.0
   */
  public record Series(String key, String label, String unit, ImmutableList<Figure> figures) {
    /** Validates the series: official figures, one unit, strictly increasing years within 2010-2024. */
    public Series {
      checkArgument(!key.isBlank(), "a series needs a key");
      checkArgument(!unit.isBlank(), "series '%s' needs a unit", key);
      checkArgument(!figures.isEmpty(), "series '%s' has no figure", key);
      int last = Integer.MIN_VALUE;
      for (Figure f : figures) {
        checkArgument(f.provenance() instanceof Provenance.Official,
            "series '%s': figure '%s' is not official", key, f.id());
        checkArgument(f.unit().equals(unit), "series '%s': figure '%s' is in %s, not %s", key, f.id(), f.unit(), unit);
        int y = year(f);
        checkArgument(y >= FIRST_YEAR && y <= LAST_YEAR, "series '%s': figure '%s' is for %s, outside %s-%s",
            key, f.id(), y, FIRST_YEAR, LAST_YEAR);
        checkArgument(y > last, "series '%s': figure '%s' for %s is not after the previous year %s", key, f.id(),
            y, last);
        last = y;
      }
    }

    /** The years covered, increasing. */
    public ImmutableList<Integer> years() {
      return figures.stream().map(YangquanHistory::year).collect(ImmutableList.toImmutableList());
    }

    /** The value of a year, or empty when no document gives it. */
    public OptionalDouble value(int year) {
      for (Figure f : figures) {
        if (year(f) == year) {
          return OptionalDouble.of(f.value());
        }
      }
      return OptionalDouble.empty();
    }

    /** The documents the series was read in, without repetition, in year order. */
    public ImmutableList<String> documents() {
      return figures.stream().map(f -> ((Provenance.Official) f.provenance()).document()).distinct()
          .collect(ImmutableList.toImmutableList());
    }
  }

  /** Every series, city totals first, then the districts and the county. */
  public static ImmutableList<Series> series() {
    return SERIES;
  }

  /**
   * The series with this key.
   *
   * @throws IllegalArgumentException if there is none; the message lists the keys
   */
  public static Series series(String key) {
    for (Series s : SERIES) {
      if (s.key().equals(key)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no Yangquan series '" + key + "'; series: "
        + SERIES.stream().map(Series::key).toList());
  }

  /** Every official figure of every series, in series order. */
  public static ImmutableList<Figure> figures() {
    return SERIES.stream().flatMap(s -> s.figures().stream()).collect(ImmutableList.toImmutableList());
  }

  /** The year an official figure describes. */
  public static int year(Figure f) {
    checkArgument(f.provenance() instanceof Provenance.Official, "figure '%s' is not official", f.id());
    return ((Provenance.Official) f.provenance()).year();
  }

  /**
   * The population growth the official figures imply between the census (1 November 2020) and the end of 2022, as
   * the constant yearly rate over the 26 months between them: {@code (P2022 / P2020)^(12/26) - 1}, fraction per
   * year (about -0.00261). The profile's {@link #POPULATION_GROWTH} is this value.
   */
  public static double officialPopulationGrowth2020to2022() {
    Series p = series("population");
    return officialPopulationGrowth(p.value(2020).orElseThrow(), p.value(2022).orElseThrow());
  }

  /** {@code (end / census)^(12/26) - 1}: the census of 1 November 2020 lies 26 months before the end of 2022. */
  private static double officialPopulationGrowth(double census2020, double end2022) {
    return Math.pow(end2022 / census2020, 12.0 / 26.0) - 1.0;
  }

  /**
   * Every number of the Yangquan profile ({@link Yangquan#profile()}) with its provenance, by a stable name: the
   * eight figures of each sector, each non-zero input-output coefficient ({@code io:<from>-><to>}), the coal
   * stock and its extraction intensity, the population and its growth. The official share is the count of
   * official provenances over the size of this map.
   */
  public static ImmutableMap<String, Provenance> profileNumbers() {
    Map<String, Provenance> m = new LinkedHashMap<>();
    for (SectorFigures s : YangquanData.sectors()) {
      for (Figure f : s.figures()) {
        m.put(f.id(), f.provenance());
      }
    }
    InputOutputTable io = YangquanData.inputOutputTable();
    for (String from : io.sectorIds()) {
      for (String to : io.sectorIds()) {
        if (io.coefficient(from, to) != 0.0) {
          m.put("io:" + from + "->" + to, YangquanData.INPUT_OUTPUT_PROVENANCE);
        }
      }
    }
    for (Figure f : List.of(YangquanData.COAL_STOCK_2022, YangquanData.COAL_EXTRACTION_INTENSITY,
        YangquanData.POPULATION_2022, POPULATION_GROWTH)) {
      m.put(f.id(), f.provenance());
    }
    return ImmutableMap.copyOf(m);
  }

  // ---- construction ----------------------------------------------------------------------------------------

  private static ImmutableList<Series> build() {
    List<Series> out = new ArrayList<>();
    // city totals
    out.add(series("gdp", "GDP (current prices)", Figure.YI_YUAN,
        off("gdp", 672, Figure.YI_YUAN, DOC_SX_GDP_RANKING_2017, 2017),
        off("gdp", 718.9, Figure.YI_YUAN, DOC_COMMUNIQUE_2019, 2019),
        YangquanData.GDP_2020, YangquanData.GDP_2021, YangquanData.GDP_2022));
    out.add(series("gdp-growth", "Real GDP growth", FRACTION,
        off("gdp-growth", 0.063, FRACTION, DOC_SX_GDP_RANKING_2017, 2017),
        off("gdp-growth", 0.050, FRACTION, DOC_COMMUNIQUE_2019, 2019),
        off("gdp-growth", 0.036, FRACTION, DOC_GDP_GROWTH_2020, 2020),
        off("gdp-growth", 0.067, FRACTION, DOC_SX_CITIES_GDP_2021, 2021),
        YangquanData.GDP_GROWTH_2022));
    out.add(series("gdp-per-capita", "GDP per capita", "CNY per person",
        off("gdp-per-capita", 50775, "CNY per person", DOC_COMMUNIQUE_2019, 2019)));
    out.add(series("primary-va", "Primary industry value added", Figure.YI_YUAN, YangquanData.PRIMARY_2022));
    out.add(series("secondary-va", "Secondary industry value added", Figure.YI_YUAN, YangquanData.SECONDARY_2022));
    out.add(series("tertiary-va", "Tertiary industry value added", Figure.YI_YUAN, YangquanData.TERTIARY_2022));
    out.add(series("primary-va-growth", "Primary industry real growth", FRACTION,
        off("primary-va-growth", 0.043, FRACTION, DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("secondary-va-growth", "Secondary industry real growth", FRACTION,
        off("secondary-va-growth", 0.059, FRACTION, DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("tertiary-va-growth", "Tertiary industry real growth", FRACTION,
        off("tertiary-va-growth", 0.056, FRACTION, DOC_COMMUNIQUE_2019, 2019),
        off("tertiary-va-growth", 0.013, FRACTION, DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("industrial-va-growth", "Industrial value added growth (enterprises above designated size)",
        FRACTION,
        off("industrial-va-growth", 0.034, FRACTION, DOC_COMMUNIQUE_2019, 2019),
        off("industrial-va-growth", 0.121, FRACTION, YangquanData.DOC_COMMUNIQUE_2021, 2021),
        off("industrial-va-growth", 0.087, FRACTION, DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("coal-industry-va-growth", "Coal industry value added growth (above designated size)", FRACTION,
        off("coal-industry-va-growth", 0.001, FRACTION, DOC_COMMUNIQUE_2019, 2019),
        off("coal-industry-va-growth", 0.133, FRACTION, YangquanData.DOC_COMMUNIQUE_2021, 2021)));
    out.add(series("manufacturing-va-growth", "Manufacturing value added growth", FRACTION,
        off("manufacturing-va-growth", 0.206, FRACTION, DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("sei-va-growth", "Strategic emerging industries' value added growth", FRACTION,
        off("sei-va-growth", 0.293, FRACTION, DOC_COMMUNIQUE_2019, 2019),
        off("sei-va-growth", 0.160, FRACTION, YangquanData.DOC_COMMUNIQUE_2021, 2021)));
    out.add(series("population", "Resident population", THOUSAND,
        off("population", 1368.502, THOUSAND, DOC_CENSUS_2010, 2010),
        off("population", 1403.6, THOUSAND, DOC_SX_POPULATION_2016, 2016),
        off("population", 1408.8, THOUSAND, DOC_SX_POPULATION_2017, 2017),
        off("population", 1414.4, THOUSAND, DOC_SX_POPULATION_2018, 2018),
        off("population", 1318.505, THOUSAND, DOC_SX_CENSUS_2020, 2020),
        off("population", 1311.0, THOUSAND, DOC_SX_POPULATION_2021, 2021),
        YangquanData.POPULATION_2022));
    out.add(series("urbanisation", "Urbanisation rate", FRACTION, YangquanData.URBANISATION_2022));
    out.add(series("urban-population", "Urban resident population, end of year", THOUSAND,
        off("urban-population", 947.711, THOUSAND, DOC_COUNTY_POPULATION_2022, 2022)));
    out.add(series("new-urban-jobs", "New urban employment", "persons",
        off("new-urban-jobs", 29795, "persons", DOC_COMMUNIQUE_2019, 2019),
        off("new-urban-jobs", 19610, "persons", DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("urban-disposable-income", "Per capita disposable income of urban residents", "CNY per person",
        off("urban-disposable-income", 33582, "CNY per person", DOC_COMMUNIQUE_2019, 2019),
        off("urban-disposable-income", 39300, "CNY per person", DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("rural-disposable-income", "Per capita disposable income of rural residents", "CNY per person",
        off("rural-disposable-income", 15390, "CNY per person", DOC_COMMUNIQUE_2019, 2019),
        off("rural-disposable-income", 19057, "CNY per person", DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("urban-disposable-income-growth", "Growth of urban residents' disposable income (as published)",
        FRACTION,
        off("urban-disposable-income-growth", 0.067, FRACTION, DOC_COMMUNIQUE_2019, 2019),
        off("urban-disposable-income-growth", 0.049, FRACTION, DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("rural-disposable-income-growth", "Growth of rural residents' disposable income (as published)",
        FRACTION,
        off("rural-disposable-income-growth", 0.093, FRACTION, DOC_COMMUNIQUE_2019, 2019),
        off("rural-disposable-income-growth", 0.057, FRACTION, DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("general-budget-revenue", "General public budget revenue", Figure.YI_YUAN,
        off("general-budget-revenue", 57.4, Figure.YI_YUAN, DOC_COMMUNIQUE_2019, 2019),
        off("general-budget-revenue", 81.97, Figure.YI_YUAN, DOC_WORK_REPORT_2023, 2022)));
    out.add(series("general-budget-revenue-growth", "General public budget revenue growth", FRACTION,
        off("general-budget-revenue-growth", -0.004, FRACTION, DOC_COMMUNIQUE_2019, 2019),
        off("general-budget-revenue-growth", 0.459, FRACTION, DOC_WORK_REPORT_2023, 2022)));
    out.add(series("tax-revenue", "Tax revenue", Figure.YI_YUAN,
        off("tax-revenue", 39.6, Figure.YI_YUAN, DOC_COMMUNIQUE_2019, 2019)));
    out.add(series("tax-revenue-growth", "Tax revenue growth", FRACTION,
        off("tax-revenue-growth", -0.061, FRACTION, DOC_COMMUNIQUE_2019, 2019)));
    out.add(series("general-budget-expenditure", "General public budget expenditure", Figure.YI_YUAN,
        off("general-budget-expenditure", 132.3, Figure.YI_YUAN, DOC_COMMUNIQUE_2019, 2019),
        off("general-budget-expenditure", 158.5, Figure.YI_YUAN, DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("general-budget-expenditure-growth", "General public budget expenditure growth", FRACTION,
        off("general-budget-expenditure-growth", 0.071, FRACTION, DOC_COMMUNIQUE_2019, 2019),
        off("general-budget-expenditure-growth", 0.227, FRACTION, DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("fixed-asset-investment-growth", "Fixed-asset investment growth", FRACTION,
        off("fixed-asset-investment-growth", 0.077, FRACTION, DOC_COMMUNIQUE_2019, 2019),
        off("fixed-asset-investment-growth", 0.045, FRACTION, DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("retail-sales", "Retail sales of consumer goods", Figure.YI_YUAN,
        off("retail-sales", 371.9, Figure.YI_YUAN, DOC_COMMUNIQUE_2019, 2019),
        off("retail-sales", 324.5, Figure.YI_YUAN, DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("retail-sales-growth", "Retail sales of consumer goods, growth", FRACTION,
        off("retail-sales-growth", 0.072, FRACTION, DOC_COMMUNIQUE_2019, 2019),
        off("retail-sales-growth", -0.011, FRACTION, DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("cpi-change", "Change of consumer prices", FRACTION,
        off("cpi-change", 0.028, FRACTION, DOC_COMMUNIQUE_2019, 2019),
        off("cpi-change", 0.018, FRACTION, DOC_CHINA_DAILY_2022, 2022)));
    out.add(series("non-coal-industry-va-growth", "Non-coal industry value added growth (above designated size)",
        FRACTION, off("non-coal-industry-va-growth", 0.10, FRACTION, DOC_COMMUNIQUE_2019, 2019)));
    out.add(series("traditional-industries-va-growth", "Traditional industries' value added growth (above size)",
        FRACTION, off("traditional-industries-va-growth", 0.149, FRACTION, YangquanData.DOC_COMMUNIQUE_2021, 2021)));
    out.add(series("emerging-industries-va-growth", "Emerging industries' value added growth (above size)",
        FRACTION, off("emerging-industries-va-growth", 0.030, FRACTION, YangquanData.DOC_COMMUNIQUE_2021, 2021)));
    out.add(series("raw-coal", "Raw coal output", "Mt", YangquanData.RAW_COAL_2021));
    out.add(series("raw-coal-growth", "Raw coal output growth", FRACTION,
        off("raw-coal-growth", 0.202, FRACTION, YangquanData.DOC_COMMUNIQUE_2021, 2021)));
    out.add(series("washed-coal", "Washed coal output", "Mt", YangquanData.WASHED_COAL_2021));
    out.add(series("washed-coal-growth", "Washed coal output growth", FRACTION,
        off("washed-coal-growth", 0.233, FRACTION, YangquanData.DOC_COMMUNIQUE_2021, 2021)));
    out.add(series("aluminium", "Primary aluminium output", "kt", YangquanData.ALUMINIUM_2021));
    out.add(series("aluminium-growth", "Primary aluminium output growth", FRACTION,
        off("aluminium-growth", 0.193, FRACTION, YangquanData.DOC_COMMUNIQUE_2021, 2021)));
    out.add(series("refractories", "Refractory materials output", "Mt", YangquanData.REFRACTORIES_2021));
    out.add(series("refractories-growth", "Refractory materials output growth", FRACTION,
        off("refractories-growth", 0.287, FRACTION, YangquanData.DOC_COMMUNIQUE_2021, 2021)));
    out.add(series("sei-share", "Strategic emerging industries' share of industrial value added", FRACTION,
        YangquanData.SEI_SHARE_2021));
    // the Mining District, 2022
    String md = "mining-district.";
    String mdDoc = DOC_MINING_DISTRICT_2022;
    out.add(series(md + "gdp", "Mining District GDP", Figure.YI_YUAN, YangquanData.MINING_DISTRICT_GDP_2022));
    out.add(series(md + "gdp-growth", "Mining District real GDP growth", FRACTION,
        off(md + "gdp-growth", 0.065, FRACTION, mdDoc, 2022)));
    out.add(series(md + "primary-va", "Mining District primary value added", Figure.YI_YUAN,
        off(md + "primary-va", 0.14, Figure.YI_YUAN, mdDoc, 2022)));
    out.add(series(md + "secondary-va", "Mining District secondary value added", Figure.YI_YUAN,
        off(md + "secondary-va", 218.91, Figure.YI_YUAN, mdDoc, 2022)));
    out.add(series(md + "tertiary-va", "Mining District tertiary value added", Figure.YI_YUAN,
        off(md + "tertiary-va", 47.81, Figure.YI_YUAN, mdDoc, 2022)));
    out.add(series(md + "primary-va-growth", "Mining District primary industry real growth", FRACTION,
        off(md + "primary-va-growth", 0.037, FRACTION, mdDoc, 2022)));
    out.add(series(md + "secondary-va-growth", "Mining District secondary industry real growth", FRACTION,
        off(md + "secondary-va-growth", 0.102, FRACTION, mdDoc, 2022)));
    out.add(series(md + "tertiary-va-growth", "Mining District tertiary industry real growth", FRACTION,
        off(md + "tertiary-va-growth", -0.039, FRACTION, mdDoc, 2022)));
    out.add(series(md + "coal-industry-va-growth", "Mining District coal industry value added growth", FRACTION,
        off(md + "coal-industry-va-growth", 0.151, FRACTION, mdDoc, 2022)));
    out.add(series(md + "non-coal-industry-va-growth", "Mining District non-coal industry value added growth",
        FRACTION, off(md + "non-coal-industry-va-growth", -0.144, FRACTION, mdDoc, 2022)));
    out.add(series(md + "sei-va-growth", "Mining District strategic emerging industries' value added growth",
        FRACTION, off(md + "sei-va-growth", -0.112, FRACTION, mdDoc, 2022)));
    out.add(series(md + "sei-share", "Mining District strategic emerging industries' share of industrial value added",
        FRACTION, off(md + "sei-share", 0.023, FRACTION, mdDoc, 2022)));
    out.add(series(md + "population", "Mining District resident population", THOUSAND,
        off(md + "population", 242.994, THOUSAND, DOC_CENSUS_2010, 2010),
        off(md + "population", 227.928, THOUSAND, DOC_COUNTY_POPULATION_2022, 2022)));
    out.add(series(md + "urbanisation", "Mining District urbanisation rate", FRACTION,
        off(md + "urbanisation", 0.9945, FRACTION, DOC_COUNTY_POPULATION_2022, 2022)));
    out.add(series(md + "industrial-va-growth", "Mining District industrial value added growth (above size)",
        FRACTION, off(md + "industrial-va-growth", 0.13, FRACTION, mdDoc, 2022)));
    out.add(series(md + "raw-coal", "Mining District raw coal output", "Mt",
        YangquanData.MINING_DISTRICT_RAW_COAL_2022));
    out.add(series(md + "raw-coal-growth", "Mining District raw coal output growth", FRACTION,
        off(md + "raw-coal-growth", -0.0224, FRACTION, mdDoc, 2022)));
    out.add(series(md + "washed-coal", "Mining District washed coal output", "Mt",
        off(md + "washed-coal", 10.02, "Mt", mdDoc, 2022)));
    out.add(series(md + "washed-coal-growth", "Mining District washed coal output growth", FRACTION,
        off(md + "washed-coal-growth", 0.0902, FRACTION, mdDoc, 2022)));
    out.add(series(md + "electricity", "Mining District electricity generation", "TWh",
        off(md + "electricity", 1.114, "TWh", mdDoc, 2022)));
    out.add(series(md + "electricity-growth", "Mining District electricity generation growth", FRACTION,
        off(md + "electricity-growth", 0.0305, FRACTION, mdDoc, 2022)));
    out.add(series(md + "cbm", "Mining District coalbed methane output", "bn m3",
        YangquanData.MINING_DISTRICT_CBM_2022));
    out.add(series(md + "cbm-growth", "Mining District coalbed methane output growth", FRACTION,
        off(md + "cbm-growth", 0.035, FRACTION, mdDoc, 2022)));
    // the Suburban District, 2022
    String sd = "suburban-district.";
    String sdDoc = DOC_SUBURBAN_DISTRICT_2022;
    out.add(series(sd + "gdp", "Suburban District GDP", Figure.YI_YUAN,
        off(sd + "gdp", 172.97, Figure.YI_YUAN, sdDoc, 2022)));
    out.add(series(sd + "gdp-growth", "Suburban District real GDP growth", FRACTION,
        off(sd + "gdp-growth", 0.038, FRACTION, sdDoc, 2022)));
    out.add(series(sd + "primary-va", "Suburban District primary value added", Figure.YI_YUAN,
        off(sd + "primary-va", 3.05, Figure.YI_YUAN, sdDoc, 2022)));
    out.add(series(sd + "secondary-va", "Suburban District secondary value added", Figure.YI_YUAN,
        off(sd + "secondary-va", 98.74, Figure.YI_YUAN, sdDoc, 2022)));
    out.add(series(sd + "tertiary-va", "Suburban District tertiary value added", Figure.YI_YUAN,
        off(sd + "tertiary-va", 71.18, Figure.YI_YUAN, sdDoc, 2022)));
    out.add(series(sd + "primary-va-growth", "Suburban District primary industry real growth", FRACTION,
        off(sd + "primary-va-growth", 0.059, FRACTION, sdDoc, 2022)));
    out.add(series(sd + "secondary-va-growth", "Suburban District secondary industry real growth", FRACTION,
        off(sd + "secondary-va-growth", 0.054, FRACTION, sdDoc, 2022)));
    out.add(series(sd + "tertiary-va-growth", "Suburban District tertiary industry real growth", FRACTION,
        off(sd + "tertiary-va-growth", 0.022, FRACTION, sdDoc, 2022)));
    out.add(series(sd + "gdp-per-capita", "Suburban District GDP per capita", "CNY per person",
        off(sd + "gdp-per-capita", 62721, "CNY per person", sdDoc, 2022)));
    out.add(series(sd + "population", "Suburban District resident population (census 2010, end of 2022)", THOUSAND,
        off(sd + "population", 286.055, THOUSAND, DOC_CENSUS_2010, 2010),
        off(sd + "population", 275.9, THOUSAND, sdDoc, 2022)));
    out.add(series(sd + "urbanisation", "Suburban District urbanisation rate", FRACTION,
        off(sd + "urbanisation", 0.7118, FRACTION, sdDoc, 2022)));
    out.add(series(sd + "new-urban-jobs", "Suburban District new urban jobs", "persons",
        off(sd + "new-urban-jobs", 2007, "persons", sdDoc, 2022)));
    // Yu County, 2019-20 (published in 万元; 1 亿元 = 10,000 万元)
    String yu = "yu-county.";
    out.add(series(yu + "gdp", "Yu County GDP", Figure.YI_YUAN,
        off(yu + "gdp", 129.8065, Figure.YI_YUAN, DOC_YU_COUNTY_2019, 2019),
        off(yu + "gdp", 131.1934, Figure.YI_YUAN, DOC_YU_COUNTY_2020, 2020)));
    out.add(series(yu + "gdp-growth", "Yu County real GDP growth", FRACTION,
        off(yu + "gdp-growth", 0.060, FRACTION, DOC_YU_COUNTY_2019, 2019),
        off(yu + "gdp-growth", 0.026, FRACTION, DOC_YU_COUNTY_2020, 2020)));
    out.add(series(yu + "primary-va", "Yu County primary value added", Figure.YI_YUAN,
        off(yu + "primary-va", 3.8422, Figure.YI_YUAN, DOC_YU_COUNTY_2020, 2020)));
    out.add(series(yu + "secondary-va", "Yu County secondary value added", Figure.YI_YUAN,
        off(yu + "secondary-va", 68.8506, Figure.YI_YUAN, DOC_YU_COUNTY_2020, 2020)));
    out.add(series(yu + "tertiary-va", "Yu County tertiary value added", Figure.YI_YUAN,
        off(yu + "tertiary-va", 58.5006, Figure.YI_YUAN, DOC_YU_COUNTY_2020, 2020)));
    out.add(series(yu + "primary-va-growth", "Yu County primary industry real growth", FRACTION,
        off(yu + "primary-va-growth", 0.016, FRACTION, DOC_YU_COUNTY_2020, 2020)));
    out.add(series(yu + "secondary-va-growth", "Yu County secondary industry real growth", FRACTION,
        off(yu + "secondary-va-growth", 0.030, FRACTION, DOC_YU_COUNTY_2020, 2020)));
    out.add(series(yu + "tertiary-va-growth", "Yu County tertiary industry real growth", FRACTION,
        off(yu + "tertiary-va-growth", 0.021, FRACTION, DOC_YU_COUNTY_2020, 2020)));
    out.add(series(yu + "population", "Yu County resident population", THOUSAND,
        off(yu + "population", 311.082, THOUSAND, DOC_CENSUS_2010, 2010),
        off(yu + "population", 279.151, THOUSAND, DOC_COUNTY_POPULATION_2022, 2022)));
    out.add(series(yu + "urbanisation", "Yu County urbanisation rate", FRACTION,
        off(yu + "urbanisation", 0.5021, FRACTION, DOC_COUNTY_POPULATION_2022, 2022)));
    out.add(series(yu + "new-urban-jobs", "Yu County new urban jobs", "persons",
        off(yu + "new-urban-jobs", 5277, "persons", DOC_YU_COUNTY_2020, 2020)));
    out.add(series(yu + "registered-unemployment", "Yu County registered urban unemployment rate", FRACTION,
        off(yu + "registered-unemployment", 0.034, FRACTION, DOC_YU_COUNTY_2020, 2020)));
    // the Urban District (城区) and Pingding County: the 2010 census and the bureau's 2022 table
    String ud = "urban-district.";
    out.add(series(ud + "population", "Urban District (城区) resident population", THOUSAND,
        off(ud + "population", 193.106, THOUSAND, DOC_CENSUS_2010, 2010),
        off(ud + "population", 224.5, THOUSAND, DOC_COUNTY_POPULATION_2022, 2022)));
    out.add(series(ud + "urbanisation", "Urban District (城区) urbanisation rate", FRACTION,
        off(ud + "urbanisation", 1.0, FRACTION, DOC_COUNTY_POPULATION_2022, 2022)));
    String pd = "pingding-county.";
    out.add(series(pd + "population", "Pingding County resident population", THOUSAND,
        off(pd + "population", 335.265, THOUSAND, DOC_CENSUS_2010, 2010),
        off(pd + "population", 303.592, THOUSAND, DOC_COUNTY_POPULATION_2022, 2022)));
    out.add(series(pd + "urbanisation", "Pingding County urbanisation rate", FRACTION,
        off(pd + "urbanisation", 0.5269, FRACTION, DOC_COUNTY_POPULATION_2022, 2022)));
    checkDistinct(out);
    return ImmutableList.copyOf(out);
  }

  private static Series series(String key, String label, String unit, Figure... figures) {
    List<Figure> sorted = new ArrayList<>(List.of(figures));
    sorted.sort(Comparator.comparingInt(YangquanHistory::year));
    return new Series(key, label, unit, ImmutableList.copyOf(sorted));
  }

  private static Figure off(String key, double value, String unit, String document, int year) {
    return Figure.official("yq.history." + key + "." + year, key, value, unit, document, year);
  }

  private static void checkDistinct(List<Series> all) {
    Set<String> keys = new HashSet<>();
    for (Series s : all) {
      checkArgument(keys.add(s.key()), "series '%s' is declared twice", s.key());
    }
  }
}
