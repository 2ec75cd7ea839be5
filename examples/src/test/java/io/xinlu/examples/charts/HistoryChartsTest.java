package io.xinlu.examples.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.history.HistoryComparison;
import io.xinlu.history.SeriesFit;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenarios.Yangquan;
import io.xinlu.scenarios.YangquanBackcast;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The backcast's charts: a PNG and a well-formed SVG per series, the observed points drawn as markers where the
 * observations put them (the published real growth of 2019-2022 and the populations of 2020-2022), years on the x
 * axis without grouping.
 */
class HistoryChartsTest {
  private static final YangquanBackcast FROM_2017 = YangquanBackcast.builder().baseYear(2017).build();
  /** The observed markers' fill in the SVG (the chart's colour for observations, 0xd62728). */
  private static final String OBSERVED_FILL = "fill:rgb(214,39,40)";
  private static final Pattern VERTEX = Pattern.compile("[ML]([-0-9.]+),([-0-9.]+)");

  private static Map<String, byte[]> render() throws IOException {
    return HistoryCharts.renderAll(FROM_2017.run(), FROM_2017.comparison(), FROM_2017.catalogue(),
        ChartLabels.english());
  }

  @Test
  void every_series_gets_a_png_and_a_well_formed_svg() throws Exception {
    Map<String, byte[]> files = render();
    List<String> expected = new ArrayList<>();
    for (SeriesFit f : FROM_2017.comparison().fits()) {
      expected.add(HistoryCharts.fileName(f.indicator()) + ".png");
      expected.add(HistoryCharts.fileName(f.indicator()) + ".svg");
    }
    assertEquals(expected, new ArrayList<>(files.keySet()));
    assertTrue(files.containsKey("backcast-gdp-growth.svg") && files.containsKey("backcast-population.png"));
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      if (e.getKey().endsWith(".png")) {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(e.getValue()));
        assertEquals(Charts.WIDTH, img.getWidth(), e.getKey());
        assertEquals(Charts.HEIGHT, img.getHeight(), e.getKey());
      } else {
        Document svg = parse(e.getValue());
        assertEquals("svg", svg.getDocumentElement().getTagName(), e.getKey());
      }
    }
  }

  @Test
  void the_svg_draws_each_published_growth_rate_as_a_marker_at_its_year_and_height() throws Exception {
    // real growth 2019 5.0 %, 2020 3.6 %, 2021 6.7 %, 2022 3.5 % (YangquanHistory's documents)
    List<double[]> centres = markers(parse(render().get("backcast-gdp-growth.svg")));
    assertEquals(4 + 1, centres.size(), "four observed points and the legend's marker");
    centres.sort(Comparator.comparingDouble(c -> c[0]));
    List<double[]> points = centres.subList(0, 4); // the legend stands right of the plot
    double step = points.get(1)[0] - points.get(0)[0];
    assertTrue(step > 0);
    for (int i = 2; i < 4; i++) {
      assertEquals(step, points.get(i)[0] - points.get(i - 1)[0], 0.01, "one year apart");
    }
    // SVG's y grows downwards: the higher the rate, the smaller y; 6.7 > 5.0 > 3.6 > 3.5
    double[] y = {points.get(0)[1], points.get(1)[1], points.get(2)[1], points.get(3)[1]};
    assertTrue(y[2] < y[0] && y[0] < y[1] && y[1] < y[3], java.util.Arrays.toString(y));
    // and to scale: (5.0 - 3.6) / (6.7 - 3.5) of the span between the highest and lowest
    assertEquals((5.0 - 3.6) / (6.7 - 3.5), (y[1] - y[0]) / (y[3] - y[2]), 1e-3);
  }

  @Test
  void the_chart_holds_the_observations_as_markers_and_the_run_as_a_line() {
    SeriesFit pop = FROM_2017.comparison().fit("population");
    XYChart chart = HistoryCharts.observedOverModelled(FROM_2017.run(), pop, Indicators.population(),
        ChartLabels.english());
    XYSeries observed = chart.getSeriesMap().get("observed");
    assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, observed.getXYSeriesRenderStyle());
    assertArrayEquals(java.util.Arrays.stream(pop.observed().years()).asDoubleStream().toArray(),
        observed.getXData());
    int census = java.util.Arrays.binarySearch(observed.getXData(), 2020);
    assertEquals(1318.505, observed.getYData()[census], 1e-9, "the 2020 census");
    XYSeries model = chart.getSeriesMap().get("model");
    assertEquals(XYSeries.XYSeriesRenderStyle.Line, model.getXYSeriesRenderStyle());
    assertEquals(2017, model.getXData()[0]);
    assertEquals(2022, model.getXData()[model.getXData().length - 1]);
    assertEquals(Charts.YEAR_PATTERN, chart.getStyler().getXAxisDecimalPattern(), "2022, not 2,022");
    // a growth rate has no value in the base year: the line starts a year later, in percent
    SeriesFit g = FROM_2017.comparison().fit("gdp-growth");
    XYChart growth = HistoryCharts.observedOverModelled(FROM_2017.run(), g, Indicators.gdpGrowth(),
        ChartLabels.english());
    assertEquals(2018, growth.getSeriesMap().get("model").getXData()[0]);
    assertEquals(5.0, growth.getSeriesMap().get("observed").getYData()[0], 1e-9);
  }

  @Test
  void a_chart_of_another_indicator_or_another_run_is_refused_by_name() {
    SeriesFit pop = FROM_2017.comparison().fit("population");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HistoryCharts.observedOverModelled(FROM_2017.run(), pop, Indicators.gdp(), ChartLabels.english()));
    assertTrue(e.getMessage().contains("series 'population'") && e.getMessage().contains("'gdp'"), e.getMessage());
    Run other = Engine.run(Yangquan.model(), Yangquan.BASELINE);
    HistoryComparison c = FROM_2017.comparison();
    IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
        () -> HistoryCharts.renderAll(other, c, FROM_2017.catalogue(), ChartLabels.english()));
    assertTrue(e2.getMessage().contains("'backcast'") && e2.getMessage().contains("'baseline'"), e2.getMessage());
  }

  @Test
  void file_names_write_a_colon_as_a_dash() {
    assertEquals("backcast-share-group-tertiary", HistoryCharts.fileName("share:group:tertiary"));
  }

  static Document parse(byte[] svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    // the SVG names the W3C DTD: never fetch it
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
  }

  /** The centres of the paths filled with the observations' colour. */
  static List<double[]> markers(Document svg) {
    List<double[]> out = new ArrayList<>();
    NodeList paths = svg.getElementsByTagNameNS("*", "path");
    for (int i = 0; i < paths.getLength(); i++) {
      Element p = (Element) paths.item(i);
      if (!p.getAttribute("style").contains(OBSERVED_FILL)) {
        continue;
      }
      Matcher m = VERTEX.matcher(p.getAttribute("d"));
      double sx = 0;
      double sy = 0;
      int n = 0;
      while (m.find()) {
        sx += Double.parseDouble(m.group(1));
        sy += Double.parseDouble(m.group(2));
        n++;
      }
      assertTrue(n >= 3, p.getAttribute("d"));
      out.add(new double[] {sx / n, sy / n});
    }
    return out;
  }
}
