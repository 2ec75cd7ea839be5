package io.xinlu.examples.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.scenarios.YangquanReport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JobsBudgetChartsTest {
  static List<Run> runs;

  @BeforeAll
  static void runYangquan() {
    runs = YangquanReport.runs();
  }

  /** The {@code style} attributes of every element of the SVG. */
  static List<String> styles(Document svg) {
    List<String> out = new ArrayList<>();
    NodeList all = svg.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      String style = ((Element) all.item(i)).getAttribute("style");
      if (!style.isEmpty()) {
        out.add(style);
      }
    }
    return out;
  }

  @Test
  void renders_two_panels_as_one_png_and_one_parsable_svg() throws Exception {
    List<String> warnings = new ArrayList<>();
    Map<String, byte[]> files = JobsBudgetCharts.render(runs, "seed-plan", ChartLabels.english(), warnings::add);
    assertEquals(List.of("jobs-budget.png", "jobs-budget.svg"), List.copyOf(files.keySet()));
    assertTrue(warnings.isEmpty(), warnings.toString());
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(files.get("jobs-budget.png")));
    assertEquals(Charts.WIDTH, png.getWidth());
    assertEquals(2 * Charts.HEIGHT, png.getHeight());
    Document svg = HistoryChartsTest.parse(files.get("jobs-budget.svg"));
    Element root = svg.getDocumentElement();
    assertEquals("svg", root.getTagName());
    assertEquals("0 0 900 1100", root.getAttribute("viewBox"));
    // XChart's SVG draws text as glyph outlines, so the test finds the series by their styles: a dashed line (the
    // coal share) in each scenario's colour, a filled band in each age band's colour, and the lower panel's
    // drawing moved down by one panel
    List<String> styles = styles(svg);
    for (String colour : List.of("31,119,180", "255,127,14", "44,160,44", "214,39,40")) {
      assertTrue(styles.stream().anyMatch(st -> st.contains("stroke:rgb(" + colour + ")")
          && st.contains("stroke-dasharray")), "dashed line rgb(" + colour + ")");
      assertTrue(styles.stream().anyMatch(st -> st.contains("stroke:rgb(" + colour + ")")
          && !st.contains("stroke-dasharray")), "solid line rgb(" + colour + ")");
    }
    for (String colour : List.of("198,219,239", "158,202,225", "107,174,214", "49,130,189")) {
      assertTrue(styles.contains("fill:rgb(" + colour + ");stroke:none;"), "age band rgb(" + colour + ")");
    }
    assertTrue(new String(files.get("jobs-budget.svg"), java.nio.charset.StandardCharsets.UTF_8)
        .contains("translate(0 550)"), "the second panel below the first");
  }

  @Test
  void the_budget_panel_plots_each_runs_revenue_and_coal_share() {
    XYChart chart = JobsBudgetCharts.budget(runs, ChartLabels.english());
    assertEquals(2 * runs.size(), chart.getSeriesMap().size());
    for (Run r : runs) {
      XYSeries revenue = chart.getSeriesMap().get(r.scenarioName() + " revenue");
      XYSeries share = chart.getSeriesMap().get(r.scenarioName() + " coal share");
      int k = 2035 - r.baseYear();
      assertEquals(2035.0, revenue.getXData()[k]);
      assertEquals(r.budgetRevenue(2035), revenue.getYData()[k], 0);
      assertEquals(100 * r.tagTaxes(2035, "coal") / r.budgetRevenue(2035), share.getYData()[k], 1e-12);
      assertEquals(1, share.getYAxisGroup(), "the share on the right axis");
    }
  }

  @Test
  void the_workers_panel_stacks_the_age_bands_up_to_the_cohort_pool() {
    Run plan = runs.stream().filter(r -> r.scenarioName().equals("seed-plan")).findFirst().orElseThrow();
    XYChart chart = JobsBudgetCharts.displacedByAge(plan, ChartLabels.english());
    // the top band (55-over) is a polygon: upper edge first, then the lower edge backwards; its upper edge in 2030 is
    // the sum of the four bands, its lower edge the sum of the three younger ones
    XYSeries top = chart.getSeriesMap().get("aged 55-over");
    int k = 2030 - plan.baseYear();
    double younger = plan.displacedInAgeBand("16-29", 2030) + plan.displacedInAgeBand("30-44", 2030)
        + plan.displacedInAgeBand("45-54", 2030);
    assertEquals(younger + plan.displacedInAgeBand("55-over", 2030), top.getYData()[k], 1e-12);
    int n = plan.years().length;
    assertEquals(younger, top.getYData()[2 * n - 1 - k], 1e-12);
  }

  @Test
  void chinese_labels_with_a_cjk_font_and_english_without_one() {
    ChartLabels zh = ChartLabels.of(ChartLanguage.CHINESE, () -> Optional.of("SansSerif"), w -> { });
    XYChart budget = JobsBudgetCharts.budget(runs, zh);
    assertTrue(budget.getTitle().startsWith("一般公共预算收入"), budget.getTitle());
    assertEquals("年份", budget.getXAxisTitle());
    // revenue in 亿元 (1 billion CNY = 10 亿元): the official 2022 revenue is 81.97 亿元
    assertEquals(81.97, budget.getSeriesMap().get("baseline 收入").getYData()[0], 1e-9);
    Run plan = runs.stream().filter(r -> r.scenarioName().equals("seed-plan")).findFirst().orElseThrow();
    XYChart workers = JobsBudgetCharts.displacedByAge(plan, zh);
    assertTrue(workers.getTitle().startsWith("按年龄组的下岗待业人员"), workers.getTitle());
    assertTrue(workers.getSeriesMap().containsKey("年龄 45-54"), workers.getSeriesMap().keySet().toString());
    List<String> warnings = new ArrayList<>();
    ChartLabels fallback = ChartLabels.of(ChartLanguage.CHINESE, Optional::empty, warnings::add);
    assertEquals(1, warnings.size(), warnings.toString());
    XYChart english = JobsBudgetCharts.budget(runs, fallback);
    assertEquals("Budget revenue (solid) and coal's share of it (dashed) by scenario", english.getTitle());
    assertEquals(8.197, english.getSeriesMap().get("baseline revenue").getYData()[0], 1e-12);
  }

  @Test
  void a_model_without_finance_or_cohorts_has_no_chart_and_says_why() throws Exception {
    CityModel model = SyntheticCity.model(5, 3, 2035);
    List<Run> synthetic = new ArrayList<>();
    for (String s : model.scenarioNames()) {
      synthetic.add(Engine.run(model, s));
    }
    List<String> warnings = new ArrayList<>();
    Map<String, byte[]> files = JobsBudgetCharts.render(synthetic, synthetic.get(0).scenarioName(),
        ChartLabels.english(), warnings::add);
    assertTrue(files.isEmpty());
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("gives no public finance"), warnings.toString());
    assertTrue(warnings.get(1).contains("gives no labour market"), warnings.toString());
  }

  @Test
  void an_unknown_scenario_lists_the_runs() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JobsBudgetCharts.render(runs, "nope", ChartLabels.english(), w -> { }));
    assertTrue(e.getMessage().contains("'nope'") && e.getMessage().contains("seed-plan"), e.getMessage());
  }
}
