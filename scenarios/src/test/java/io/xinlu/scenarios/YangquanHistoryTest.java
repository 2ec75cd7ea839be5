package io.xinlu.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.indicator.IndicatorCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** Yangquan's official series: provenance of every figure, values against their sources, the official share. */
class YangquanHistoryTest {
  private static final Path DATA_MD = Path.of("..", "docs", "DATA.md");

  private static QuickTheory qt() {
    QuickTheory qt = QuickTheory.qt();
    qt = System.getProperty("QT_EXAMPLES") == null ? qt.withExamples(200) : qt;
    return System.getProperty("QT_SHRINKS") == null ? qt.withShrinkCycles(200) : qt;
  }

  private static double value(String key, int year) {
    return YangquanHistory.series(key).value(year).orElseThrow(() -> new AssertionError(key + " " + year));
  }

  @Test
  void every_figure_is_official_with_a_document_and_a_year_in_2010_2024_and_a_finite_value() {
    Set<String> seriesYears = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (YangquanHistory.Series s : YangquanHistory.series()) {
      for (Figure f : s.figures()) {
        assertTrue(f.provenance() instanceof Provenance.Official, f.id());
        Provenance.Official o = (Provenance.Official) f.provenance();
        assertFalse(o.document().isBlank(), f.id());
        assertTrue(o.year() >= 2010 && o.year() <= 2024, f.id() + " " + o.year());
        assertTrue(Double.isFinite(f.value()), f.id());
        assertEquals(s.unit(), f.unit(), f.id());
        assertTrue(seriesYears.add(s.key() + "@" + o.year()), "duplicate (series, year): " + s.key() + " " + o.year());
        assertTrue(ids.add(f.id()), "duplicate figure id " + f.id());
      }
    }
  }

  @Test
  void at_least_forty_official_figures_as_docs_data_md_states() throws IOException {
    int n = YangquanHistory.figures().size();
    System.out.println("official figures in the series: " + n + " in " + YangquanHistory.series().size()
        + " series");
    assertTrue(n >= 40, "only " + n + " official figures");
    String line = "There are " + n + " official figures in " + YangquanHistory.series().size() + " series";
    assertTrue(Files.readString(DATA_MD, StandardCharsets.UTF_8).contains(line), "docs/DATA.md should state: " + line);
  }

  @Test
  void series_named_after_indicators_use_the_catalogue_ids() {
    IndicatorCatalogue c = IndicatorCatalogue.standard();
    for (String id : List.of("gdp", "gdp-growth", "gdp-per-capita", "population")) {
      assertTrue(c.contains(id), id);
      YangquanHistory.series(id);
    }
    // the catalogue's population is in thousand persons, as the series
    assertEquals("thousand persons", YangquanHistory.series("population").unit());
  }

  @Test
  void values_match_the_text_of_their_sources() {
    // Shanxi seventh census bulletin no. 2: "……朔州市1593444人、阳泉市1318505人。"
    assertEquals(1318.505, value("population", 2020), 1e-9);
    // Shanxi 2016 population sample survey bulletin: "陽泉市 140.36萬人"
    assertEquals(1403.6, value("population", 2016), 1e-9);
    // Shanxi 2018 population sample survey bulletin: "阳泉市 141.44万人"
    assertEquals(1414.4, value("population", 2018), 1e-9);
    // Shanxi 2021 population sample survey bulletin: "陽泉市 131.10萬人"
    assertEquals(1311.0, value("population", 2021), 1e-9);
    // Yangquan 2023 work report: "一般公共預算收入完成81.97億元,增長45.9%"
    assertEquals(81.97, value("general-budget-revenue", 2022), 1e-9);
    assertEquals(0.459, value("general-budget-revenue-growth", 2022), 1e-12);
    // Yangquan 2023 work report: "地區生產總值歷史性邁上千億臺階、達到1012.9億元"
    assertEquals(1012.9, value("gdp", 2022), 1e-9);
    // encyclopedia entry: "2019年,阳泉市全年实现地区生产总值718.9亿元,按可比价计算,增长5.0%"; goshanxi.com.cn,
    // 2020-03-30: "a 5 percent growth in gross domestic product (GDP) to 71.89 billion yuan ... and per capita GDP
    // of 50,775 yuan"
    assertEquals(718.9, value("gdp", 2019), 1e-9);
    assertEquals(0.050, value("gdp-growth", 2019), 1e-12);
    assertEquals(50775, value("gdp-per-capita", 2019), 0.0);
    // goshanxi.com.cn, 2020-03-30: "general public budget revenue in 2019 was 5.74 billion yuan, a decrease of 0.4
    // percent"; "a total of 29,795 people secured new jobs"; "increased 3.4 percent compared with that of 2018"
    assertEquals(57.4, value("general-budget-revenue", 2019), 1e-9);
    assertEquals(-0.004, value("general-budget-revenue-growth", 2019), 1e-12);
    assertEquals(29795, value("new-urban-jobs", 2019), 0.0);
    assertEquals(0.034, value("industrial-va-growth", 2019), 1e-12);
    // China Daily Shanxi, 2023-02-09: "primary, secondary and tertiary sectors reached 1.60 billion yuan, 56.29
    // billion yuan, and 43.40 billion yuan, respectively, up 4.3 percent, 5.9 percent and 1.3 percent"; "above
    // designated size ... increased 8.7 percent"; "39,300 yuan and 19,057 yuan"
    assertEquals(0.043, value("primary-va-growth", 2022), 1e-12);
    assertEquals(0.059, value("secondary-va-growth", 2022), 1e-12);
    assertEquals(0.013, value("tertiary-va-growth", 2022), 1e-12);
    assertEquals(0.087, value("industrial-va-growth", 2022), 1e-12);
    assertEquals(39300, value("urban-disposable-income", 2022), 0.0);
    assertEquals(19057, value("rural-disposable-income", 2022), 0.0);
    // goshanxi.com.cn, 2022-02-10: "the outputs of raw coal and washing coal were 68.25 million metric tons and
    // 21.60 million tons respectively, a year-on-year increase of 20.2 percent and 23.3 percent"
    assertEquals(68.25, value("raw-coal", 2021), 1e-9);
    assertEquals(0.202, value("raw-coal-growth", 2021), 1e-12);
    assertEquals(0.233, value("washed-coal-growth", 2021), 1e-12);
    assertEquals(0.121, value("industrial-va-growth", 2021), 1e-12);
    // encyclopedia entry: "2020年,阳泉市实现地区生产总值742.2亿元,增长3.6%"
    assertEquals(742.2, value("gdp", 2020), 1e-9);
    assertEquals(0.036, value("gdp-growth", 2020), 1e-12);
    // qrcwhw.cn, 2022-07-13: "the actual growth rate was the lowest in Yangquan city at 6.7%"
    assertEquals(0.067, value("gdp-growth", 2021), 1e-12);
    // zqsxnews.com: "2017年山西各市GDP总量排行榜,阳泉GDP总量672亿元,排名第11名,同比增长6.3%"
    assertEquals(672, value("gdp", 2017), 1e-9);
    assertEquals(0.063, value("gdp-growth", 2017), 1e-12);
    // Mining District 2022: "全年规模以上工业企业原煤产量3695.10万吨,下降2.24%;洗煤产量1002万吨,增长9.02%;
    // 发电量11.14亿千瓦时,增长3.05%;煤层气产量12.36亿立方米,增长3.50%"
    assertEquals(36.951, value("mining-district.raw-coal", 2022), 1e-9);
    assertEquals(-0.0224, value("mining-district.raw-coal-growth", 2022), 1e-12);
    assertEquals(10.02, value("mining-district.washed-coal", 2022), 1e-9);
    assertEquals(1.114, value("mining-district.electricity", 2022), 1e-9);
    assertEquals(1.236, value("mining-district.cbm", 2022), 1e-9);
    // Mining District 2022: "全年全区地区生产总值266.9亿元,按可比价计算,同比增长6.5%。其中,第一产业增加值
    // 0.14亿元……第二产业增加值218.91亿元……第三产业增加值47.81亿元"
    assertEquals(266.9, value("mining-district.gdp", 2022), 1e-9);
    assertEquals(0.14 + 218.91 + 47.81, value("mining-district.primary-va", 2022)
        + value("mining-district.secondary-va", 2022) + value("mining-district.tertiary-va", 2022), 1e-9);
    // Suburban District 2022: "生產總值172.97億元……第一產業增加值3.05億元……第二產業增加值98.74億元……
    // 第三產業增加值71.18億元" (the three add up to the total to the last digit)
    assertEquals(172.97, value("suburban-district.primary-va", 2022) + value("suburban-district.secondary-va", 2022)
        + value("suburban-district.tertiary-va", 2022), 1e-9);
    // Yu County 2020: "实现地区生产总值1311934万元……第一产业增加值38422万元……第二产业增加值688506万元……
    // 第三产业增加值585006万元" (1 亿元 = 10,000 万元)
    assertEquals(131.1934, value("yu-county.gdp", 2020), 1e-9);
    assertEquals(value("yu-county.gdp", 2020), value("yu-county.primary-va", 2020)
        + value("yu-county.secondary-va", 2020) + value("yu-county.tertiary-va", 2020), 1e-9);
  }

  @Test
  void further_figures_match_the_text_of_their_sources() {
    // English Wikipedia, Yangquan: "Population: 1368502"; divisions table, "Population (2010 Census)": Cheng
    // District 193,106; Kuang District 242,994; Jiao District 286,055; Pingding County 335,265; Yu County 311,082
    assertEquals(1368.502, value("population", 2010), 1e-9);
    assertEquals(193.106, value("urban-district.population", 2010), 1e-9);
    assertEquals(242.994, value("mining-district.population", 2010), 1e-9);
    assertEquals(286.055, value("suburban-district.population", 2010), 1e-9);
    assertEquals(335.265, value("pingding-county.population", 2010), 1e-9);
    assertEquals(311.082, value("yu-county.population", 2010), 1e-9);
    // Shanxi 2017 population sample survey bulletin (tftnews.com): "全省各市2017年底常住人口分布如下: ……陽泉市
    // 140.88萬人"
    assertEquals(1408.8, value("population", 2017), 1e-9);
    // hbzqbyyxgs.com, "據陽泉市統計局數據,截至2022年末": table "陽泉市 | 131.1061 | 94.7711 | 36.335 | 72.29";
    // "平定縣 | 30.3592 | 15.9958 | 14.3634 | 52.69"; "盂縣 | 27.9151 | 14.0165 | 13.8986 | 50.21"; "礦區 | 22.7928";
    // "城區常住人口22.45萬人"; "城區、礦區城鎮化率分別是100%、99.45%"
    assertEquals(947.711, value("urban-population", 2022), 1e-9);
    assertEquals(303.592, value("pingding-county.population", 2022), 1e-9);
    assertEquals(0.5269, value("pingding-county.urbanisation", 2022), 1e-12);
    assertEquals(279.151, value("yu-county.population", 2022), 1e-9);
    assertEquals(0.5021, value("yu-county.urbanisation", 2022), 1e-12);
    assertEquals(227.928, value("mining-district.population", 2022), 1e-9);
    assertEquals(0.9945, value("mining-district.urbanisation", 2022), 1e-12);
    assertEquals(224.5, value("urban-district.population", 2022), 1e-9);
    assertEquals(1.0, value("urban-district.urbanisation", 2022), 0.0);
    // goshanxi.com.cn, 2020-03-30 (2019): "Tax revenue hit 3.96 billion yuan, a decrease of 6.1 percent"; "general
    // public budget expenditure was 13.23 billion yuan, an increase of 7.1 percent"; "Annual investment in fixed
    // assets rose 7.7 percent last year and retail sales of consumer goods totaled 37.19 billion yuan, up 7.2
    // percent"; "consumer prices in 2019 rose 2.8 percent"; "33,582 yuan, an increase of 6.7 percent"; "15,390
    // yuan, up 9.3 percent"; "that of the non-coal industries increased by 10 percent"
    assertEquals(39.6, value("tax-revenue", 2019), 1e-9);
    assertEquals(-0.061, value("tax-revenue-growth", 2019), 1e-12);
    assertEquals(132.3, value("general-budget-expenditure", 2019), 1e-9);
    assertEquals(0.071, value("general-budget-expenditure-growth", 2019), 1e-12);
    assertEquals(0.077, value("fixed-asset-investment-growth", 2019), 1e-12);
    assertEquals(371.9, value("retail-sales", 2019), 1e-9);
    assertEquals(0.072, value("retail-sales-growth", 2019), 1e-12);
    assertEquals(0.028, value("cpi-change", 2019), 1e-12);
    assertEquals(0.067, value("urban-disposable-income-growth", 2019), 1e-12);
    assertEquals(0.093, value("rural-disposable-income-growth", 2019), 1e-12);
    assertEquals(0.10, value("non-coal-industry-va-growth", 2019), 1e-12);
    // China Daily Shanxi, 2023-02-09 (2022): "general public budget expenditure increased 22.7 percent to 15.85
    // billion yuan. The city's fixed asset investment increased 4.5 percent"; "retail sales of consumer goods in the
    // city decreased 1.1 percent year-on-year to 32.45 billion yuan"; "consumer prices saw a moderate increase of
    // 1.8 percent"; "grew 4.9 percent and 5.7 percent year-on-year, standing at 39,300 yuan and 19,057 yuan"
    assertEquals(158.5, value("general-budget-expenditure", 2022), 1e-9);
    assertEquals(0.227, value("general-budget-expenditure-growth", 2022), 1e-12);
    assertEquals(0.045, value("fixed-asset-investment-growth", 2022), 1e-12);
    assertEquals(324.5, value("retail-sales", 2022), 1e-9);
    assertEquals(-0.011, value("retail-sales-growth", 2022), 1e-12);
    assertEquals(0.018, value("cpi-change", 2022), 1e-12);
    assertEquals(0.049, value("urban-disposable-income-growth", 2022), 1e-12);
    assertEquals(0.057, value("rural-disposable-income-growth", 2022), 1e-12);
    // goshanxi.com.cn, 2022-02-10 (2021): "the industrial added value of traditional industries and emerging
    // industries grew 14.9 percent and 3.0 percent year-on-year respectively"
    assertEquals(0.149, value("traditional-industries-va-growth", 2021), 1e-12);
    assertEquals(0.030, value("emerging-industries-va-growth", 2021), 1e-12);
    // Mining District 2022: "第一产业增加值0.14亿元,增长3.7%,第二产业增加值218.91亿元,增长10.2%;第三产业增加值
    // 47.81亿元,下降3.9%"; "煤炭行业增加值增长15.1%,非煤工业增加值下降14.4%"; "战略性新兴产业增加值下降11.2%,
    // 占全区工业增加值比重2.3%"; "洗煤产量1002万吨,增长9.02%;发电量11.14亿千瓦时,增长3.05%"
    assertEquals(0.037, value("mining-district.primary-va-growth", 2022), 1e-12);
    assertEquals(0.102, value("mining-district.secondary-va-growth", 2022), 1e-12);
    assertEquals(-0.039, value("mining-district.tertiary-va-growth", 2022), 1e-12);
    assertEquals(0.151, value("mining-district.coal-industry-va-growth", 2022), 1e-12);
    assertEquals(-0.144, value("mining-district.non-coal-industry-va-growth", 2022), 1e-12);
    assertEquals(-0.112, value("mining-district.sei-va-growth", 2022), 1e-12);
    assertEquals(0.023, value("mining-district.sei-share", 2022), 1e-12);
    assertEquals(0.0902, value("mining-district.washed-coal-growth", 2022), 1e-12);
    assertEquals(0.0305, value("mining-district.electricity-growth", 2022), 1e-12);
    // Suburban District 2022: "第一產業增加值3.05億元,增長5.9%;第二產業增加值98.74億元,增長5.4%;第三產業增加值
    // 71.18億元,增長2.2%"; "人均地區生產總值62721元"
    assertEquals(0.059, value("suburban-district.primary-va-growth", 2022), 1e-12);
    assertEquals(0.054, value("suburban-district.secondary-va-growth", 2022), 1e-12);
    assertEquals(0.022, value("suburban-district.tertiary-va-growth", 2022), 1e-12);
    assertEquals(62721, value("suburban-district.gdp-per-capita", 2022), 0.0);
    // Yu County 2020: "第一产业增加值38422万元,增长1.6%;第二产业增加值688506万元,增长3.0%;第三产业增加值585006
    // 万元,增长2.1%"
    assertEquals(0.016, value("yu-county.primary-va-growth", 2020), 1e-12);
    assertEquals(0.030, value("yu-county.secondary-va-growth", 2020), 1e-12);
    assertEquals(0.021, value("yu-county.tertiary-va-growth", 2020), 1e-12);
  }

  @Test
  void the_parts_of_the_city_add_up_to_the_city_across_documents() {
    List<String> parts = List.of("urban-district", "mining-district", "suburban-district", "pingding-county",
        "yu-county");
    // 2010 census: 193,106 + 242,994 + 286,055 + 335,265 + 311,082 = 1,368,502 persons, exactly
    double sum2010 = parts.stream().mapToDouble(p -> value(p + ".population", 2010)).sum();
    assertEquals(value("population", 2010), sum2010, 1e-9);
    // end of 2022: the bureau's table (the Urban District to 0.01 万, so within 0.05 thousand) against the city's
    // communiqué, 1,311,061; the Suburban District's own communiqué gives 27.59 万 where the table gives 27.5893 万
    double sum2022 = parts.stream().mapToDouble(p -> value(p + ".population", 2022)).sum();
    assertEquals(value("population", 2022), sum2022, 0.1);
    // the urban population over the population is the published urbanisation rate, 72.29 %
    assertEquals(value("urbanisation", 2022), value("urban-population", 2022) / value("population", 2022), 5e-5);
  }

  @Test
  void population_growth_is_derived_from_the_official_populations() {
    ProfileCount n = ProfileCount.of(YangquanHistory.profileNumbers());
    Provenance p = n.all().get(YangquanHistory.POPULATION_GROWTH.id());
    assertTrue(p instanceof Provenance.Estimate, "populationGrowth must carry its provenance");
    // the anchors are figures that exist
    for (String a : ((Provenance.Estimate) p).anchors()) {
      assertTrue(YangquanHistory.figures().stream().anyMatch(f -> f.id().equals(a)), a);
    }
    // (1311061 / 1318505)^(12/26) - 1, worked by hand from the census (1 November 2020) and the 2022 communiqué:
    // ln(0.99435421) = -0.00566179; times 12/26 = -0.00261313; exp of that, minus 1 = -0.0026097
    assertEquals(-0.0026097, YangquanHistory.officialPopulationGrowth2020to2022(), 1e-7);
    // the profile uses it, no longer the first profile's -0.001 without a source
    assertEquals(YangquanHistory.officialPopulationGrowth2020to2022(), Yangquan.profile().populationGrowth(), 0.0);
  }

  @Test
  void the_official_share_of_the_profile_is_counted_from_the_code() throws IOException {
    ProfileCount n = ProfileCount.of(YangquanHistory.profileNumbers());
    String line = n.sentence();
    System.out.println(line);
    // 17 sectors x 8 figures, the 105 coefficients listed in YangquanData's COEFFICIENTS (counted in the source),
    // the coal stock, its extraction intensity, the population and its growth; without the growth, which had no
    // provenance before, these are the 244 numbers of which the population is the one official figure
    assertEquals(17 * 8 + 105 + 4, n.total());
    assertEquals(1, n.official());
    assertTrue(n.all().get(YangquanData.POPULATION_2022.id()).isOfficial());
    String table = seriesTable();
    System.out.println(table);
    String doc = Files.readString(DATA_MD, StandardCharsets.UTF_8);
    assertTrue(doc.contains(line), "docs/DATA.md should state: " + line);
    assertTrue(doc.contains(table), "docs/DATA.md does not hold the current official-series table; it should be:\n"
        + table);
  }

  @Test
  void unknown_series_and_bad_series_are_refused_with_the_name() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> YangquanHistory.series("coal-price"));
    assertTrue(e.getMessage().contains("coal-price") && e.getMessage().contains("population"), e.getMessage());
    Figure est = Figure.estimate("x.2020", "x", 1, "Mt", "guess");
    e = assertThrows(IllegalArgumentException.class,
        () -> new YangquanHistory.Series("x", "x", "Mt", ImmutableList.of(est)));
    assertTrue(e.getMessage().contains("x.2020") && e.getMessage().contains("not official"), e.getMessage());
    Figure wrongUnit = Figure.official("x.2020", "x", 1, "kt", "doc", 2020);
    e = assertThrows(IllegalArgumentException.class,
        () -> new YangquanHistory.Series("x", "x", "Mt", ImmutableList.of(wrongUnit)));
    assertTrue(e.getMessage().contains("kt"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new YangquanHistory.Series("x", "x", "Mt", ImmutableList.of()));
    assertThrows(IllegalArgumentException.class, () -> new YangquanHistory.Series(" ", "x", "Mt",
        ImmutableList.of(Figure.official("x.2020", "x", 1, "Mt", "doc", 2020))));
    assertThrows(IllegalArgumentException.class, () -> Figure.official("x.2020", "x", 1, "Mt", " ", 2020));
    assertThrows(IllegalArgumentException.class, () -> Figure.official("x.2020", "x", Double.NaN, "Mt", "d", 2020));
  }

  @Test
  void a_series_accepts_exactly_strictly_increasing_years_within_2010_2024() {
    qt().forAll(lists().of(integers().between(2005, 2030)).ofSizeBetween(1, 6)).checkAssert(years -> {
      ImmutableList<Figure> figs = years.stream()
          .map(y -> Figure.official("p." + y, "p", y, "Mt", "doc", y)).collect(ImmutableList.toImmutableList());
      boolean ok = true;
      for (int i = 0; i < years.size(); i++) {
        ok &= years.get(i) >= 2010 && years.get(i) <= 2024 && (i == 0 || years.get(i) > years.get(i - 1));
      }
      if (ok) {
        YangquanHistory.Series s = new YangquanHistory.Series("p", "p", "Mt", figs);
        assertEquals(years, s.years());
        for (int y = 2005; y <= 2030; y++) {
          assertEquals(years.contains(y), s.value(y).isPresent());
        }
      } else {
        assertThrows(IllegalArgumentException.class, () -> new YangquanHistory.Series("p", "p", "Mt", figs));
      }
    });
  }

  /** The table of docs/DATA.md's "Official series" section. */
  static String seriesTable() {
    StringBuilder b = new StringBuilder("| series | unit | years | values | documents |\n|---|---|---|---|---|\n");
    for (YangquanHistory.Series s : YangquanHistory.series()) {
      StringBuilder v = new StringBuilder();
      for (Figure f : s.figures()) {
        v.append(v.length() == 0 ? "" : "; ").append(YangquanHistory.year(f)).append(": ")
            .append(String.format(Locale.ROOT, "%s", stripped(f.value())));
      }
      b.append("| ").append(s.key()).append(" | ").append(s.unit()).append(" | ")
          .append(s.years().stream().map(String::valueOf).reduce((x, y) -> x + ", " + y).orElse(""))
          .append(" | ").append(v).append(" | ").append(String.join("; ", s.documents())).append(" |\n");
    }
    return b.toString();
  }

  private static String stripped(double x) {
    return new java.math.BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
  }

  /** The count of the profile's numbers and of the official ones. */
  record ProfileCount(ImmutableMap<String, Provenance> all) {
    static ProfileCount of(ImmutableMap<String, Provenance> all) {
      return new ProfileCount(all);
    }

    int total() {
      return all.size();
    }

    int official() {
      return (int) all.values().stream().filter(Provenance::isOfficial).count();
    }

    String sentence() {
      return String.format(Locale.ROOT, "Official numbers in the profile: %d of %d (%.1f %%).", official(), total(),
          100.0 * official() / total());
    }
  }
}
