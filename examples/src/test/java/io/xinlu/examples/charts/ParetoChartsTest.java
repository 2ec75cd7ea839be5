package io.xinlu.examples.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.examples.charts.ParetoCharts.Axis;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;

class ParetoChartsTest {
  /** Three plans on four axes; the positions below are computed by hand from these numbers. */
  static final List<Axis> AXES = List.of(
      Axis.minimised("co2@2030", "Mt"),
      Axis.maximised("gdp@2035", "bn yuan"),
      Axis.lever("intensity:coal-exit", "1"),
      Axis.lever("start:coal-power-retirement", "year"));
  static final List<double[]> ROWS = List.of(
      new double[] {10, 200, 0.2, 2027},
      new double[] {14, 260, 0.8, 2027},
      new double[] {11, 215, 0.35, 2027});
  static final List<String> PLANS = List.of("plan 0", "plan 1", "plan 2");

  @Test
  void normalisation_matches_the_hand_computed_positions() {
    // co2 minimised, range 10..14: (14 - v) / 4 -> 10: 1, 14: 0, 11: 0.75
    // gdp maximised, range 200..260: (v - 200) / 60 -> 200: 0, 260: 1, 215: 0.25
    // lever, range 0.2..0.8: (v - 0.2) / 0.6 -> 0.2: 0, 0.8: 1, 0.35: 0.25
    // start year constant 2027: the middle, 0.5
    double[][] p = ParetoCharts.normalised(AXES, ROWS);
    assertArrayEquals(new double[] {1, 0, 0, 0.5}, p[0], 1e-12);
    assertArrayEquals(new double[] {0, 1, 1, 0.5}, p[1], 1e-12);
    assertArrayEquals(new double[] {0.75, 0.25, 0.25, 0.5}, p[2], 1e-12);
  }

  @Test
  void a_constant_axis_is_drawn_in_the_middle_not_nan() {
    double[][] p = ParetoCharts.normalised(List.of(Axis.minimised("co2", "Mt")),
        List.of(new double[] {7}, new double[] {7}));
    assertEquals(0.5, p[0][0]);
    assertEquals(0.5, p[1][0]);
    XYChart c = ParetoCharts.parallelCoordinates(List.of(Axis.minimised("co2", "Mt")),
        List.of(new double[] {7}, new double[] {7}), List.of("a", "b"), ChartLabels.english());
    assertArrayEquals(new double[] {0.5}, c.getSeriesMap().get("a").getYData());
  }

  @Test
  void parallel_coordinates_have_one_series_per_plan_and_per_axis() {
    XYChart c = ParetoCharts.parallelCoordinates(AXES, ROWS, PLANS, ChartLabels.english());
    assertEquals(3 + 4, c.getSeriesMap().size());
    for (Axis a : AXES) {
      XYSeries s = c.getSeriesMap().get(ParetoCharts.AXIS_PREFIX + a.name());
      assertArrayEquals(new double[] {0, 1}, s.getYData());
      assertFalse(s.isShowInLegend());
    }
    XYSeries p2 = c.getSeriesMap().get("plan 2");
    assertArrayEquals(new double[] {0, 1, 2, 3}, p2.getXData());
    assertArrayEquals(new double[] {0.75, 0.25, 0.25, 0.5}, p2.getYData(), 1e-12);
    assertTrue(p2.isShowInLegend(), "few plans each have a legend entry");
    assertEquals("Pareto set: 3 plans in parallel coordinates", c.getTitle());
    assertTrue(c.getXAxisTitle().contains("Lever or objective (unit)"), c.getXAxisTitle());
    assertTrue(c.getYAxisTitle().contains("top = better"), c.getYAxisTitle());
    assertEquals(Charts.WIDTH, c.getWidth());
    assertEquals(Charts.HEIGHT, c.getHeight());
  }

  @Test
  void axis_names_units_and_end_values_are_printed_on_the_chart() throws IOException {
    XYChart c = ParetoCharts.parallelCoordinates(AXES, ROWS, PLANS, ChartLabels.english());
    List<String> texts = texts(c);
    for (String text : List.of("co2@2030 (Mt)", "gdp@2035 (bn yuan)", "intensity:coal-exit (1)",
        "start:coal-power-retirement (year)", "minimised", "maximised", "lever", "2027", "0.8", "260")) {
      assertTrue(texts.contains(text), "missing on the chart: " + text + " in " + texts);
    }
    // each axis: its better (top) and worse (bottom) value, its name and its direction
    assertEquals(4 * AXES.size(), texts.size());
    assertEquals(List.of("10", "14", "co2@2030 (Mt)", "minimised"), texts.subList(0, 4));
    assertEquals(List.of("260", "200", "gdp@2035 (bn yuan)", "maximised"), texts.subList(4, 8));
    assertEquals(List.of("0.8", "0.2"), texts.subList(8, 10));
    assertEquals(List.of("2027", "2027"), texts.subList(12, 14));
  }

  @Test
  void end_values_print_years_without_grouping_and_trim_decimals() {
    assertEquals("2027", ParetoCharts.number(2027));
    assertEquals("0.35", ParetoCharts.number(0.35));
    assertEquals("12.35", ParetoCharts.number(12.345678));
    assertEquals("-3", ParetoCharts.number(-3));
  }

  @Test
  void a_chosen_plan_is_drawn_last_in_a_strong_colour_and_the_others_share_one_legend_entry() {
    XYChart c = ParetoCharts.parallelCoordinates(AXES, ROWS, PLANS, Optional.of("plan 0"), ChartLabels.english());
    assertEquals(7, c.getSeriesMap().size());
    List<String> names = new ArrayList<>(c.getSeriesMap().keySet());
    assertEquals("plan 0", names.get(names.size() - 1), "the chosen plan is drawn on top");
    XYSeries chosen = c.getSeriesMap().get("plan 0");
    assertEquals("chosen: plan 0", chosen.getLabel());
    assertTrue(chosen.isShowInLegend());
    XYSeries p1 = c.getSeriesMap().get("plan 1");
    XYSeries p2 = c.getSeriesMap().get("plan 2");
    assertEquals("other plans of the Pareto set (2)", p1.getLabel());
    assertTrue(p1.isShowInLegend());
    assertFalse(p2.isShowInLegend());
    assertEquals(p1.getLineColor(), p2.getLineColor());
    assertFalse(chosen.getLineColor().equals(p1.getLineColor()));
    assertTrue(chosen.getLineStyle().getLineWidth() > 3 * p1.getLineStyle().getLineWidth());
    assertEquals(0, chosen.getLineStyle().getDashArray() == null ? 0 : 1, "lines are solid");
  }

  @Test
  void many_plans_share_one_legend_entry() {
    List<double[]> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < ParetoCharts.MAX_LEGEND_PLANS + 1; i++) {
      rows.add(new double[] {i, 2 * i});
      labels.add("p" + i);
    }
    XYChart c = ParetoCharts.parallelCoordinates(List.of(Axis.minimised("a", "Mt"), Axis.maximised("b", "%")),
        rows, labels, ChartLabels.english());
    long listed = c.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend).count();
    assertEquals(1, listed);
    assertEquals("Pareto set (13 plans)", c.getSeriesMap().get("p0").getLabel());
  }

  @Test
  void trade_off_marks_every_scenario_and_the_chosen_plan() throws IOException {
    double[][] pareto = {{30.1, 410}, {29.0, 402}, {28.2, 390}};
    Map<String, double[]> marked = new LinkedHashMap<>();
    marked.put("baseline", new double[] {32.6, 415});
    marked.put("seed-plan", new double[] {30.4, 405});
    XYChart c = ParetoCharts.tradeOff("co2@2030", "Mt", "gdp@2035", "bn yuan", pareto, marked, OptionalInt.of(1),
        ChartLabels.english());
    assertEquals(Set.of("Pareto set (3 plans)", "baseline", "seed-plan", "chosen plan"), c.getSeriesMap().keySet());
    assertArrayEquals(new double[] {30.1, 29.0, 28.2}, c.getSeriesMap().get("Pareto set (3 plans)").getXData());
    assertArrayEquals(new double[] {410, 402, 390}, c.getSeriesMap().get("Pareto set (3 plans)").getYData());
    assertArrayEquals(new double[] {32.6}, c.getSeriesMap().get("baseline").getXData());
    assertArrayEquals(new double[] {405}, c.getSeriesMap().get("seed-plan").getYData());
    assertArrayEquals(new double[] {29.0}, c.getSeriesMap().get("chosen plan").getXData());
    assertArrayEquals(new double[] {402}, c.getSeriesMap().get("chosen plan").getYData());
    assertFalse(c.getSeriesMap().get("baseline").getMarker().equals(c.getSeriesMap().get("seed-plan").getMarker()),
        "each scenario has its own marker");
    assertEquals("co2@2030 (Mt)", c.getXAxisTitle());
    assertEquals("gdp@2035 (bn yuan)", c.getYAxisTitle());
    assertEquals("Trade-off of the Pareto set: gdp@2035 against co2@2030", c.getTitle());
    assertFalse(new DecimalFormat(ParetoCharts.PATTERN).format(2035.0).contains(","));
    assertEquals(List.of("baseline", "seed-plan", "chosen plan"), texts(c), "the names are written beside the marks");
  }

  @Test
  void trade_off_without_scenarios_or_choice_has_one_series() {
    XYChart c = ParetoCharts.tradeOff("co2@2030", "Mt", "peak(displaced)", "thousand people",
        new double[][] {{1, 2}}, Map.of(), OptionalInt.empty(), ChartLabels.english());
    assertEquals(Set.of("Pareto set (1 plans)"), c.getSeriesMap().keySet());
  }

  @Test
  void both_charts_render_to_png_and_svg() throws IOException {
    XYChart pc = ParetoCharts.parallelCoordinates(AXES, ROWS, PLANS, Optional.of("plan 2"), ChartLabels.english());
    XYChart to = ParetoCharts.tradeOff("co2@2030", "Mt", "gdp@2035", "bn yuan",
        new double[][] {{10, 200}, {14, 260}}, Map.of("baseline", new double[] {15, 250}), OptionalInt.of(0),
        ChartLabels.english());
    for (XYChart c : List.of(pc, to)) {
      byte[] png = ChartFiles.png(c);
      assertEquals((byte) 0x89, png[0]);
      assertEquals('P', png[1]);
      assertTrue(new String(ChartFiles.svg(c), StandardCharsets.UTF_8).contains("<svg"));
    }
  }

  @Test
  void chinese_labels_change_the_words_not_the_data() {
    ChartLabels zh = ChartLabels.of(ChartLanguage.CHINESE, () -> Optional.of("Noto Sans CJK SC"), w -> { });
    XYChart c = ParetoCharts.parallelCoordinates(AXES, ROWS, PLANS, Optional.of("plan 1"), zh);
    assertTrue(c.getTitle().contains("帕累托"), c.getTitle());
    assertEquals("选定方案：plan 1", c.getSeriesMap().get("plan 1").getLabel());
    XYChart t = ParetoCharts.tradeOff("co2@2030", "Mt", "gdp@2035", "bn yuan", new double[][] {{1, 2}},
        Map.of(), OptionalInt.of(0), zh);
    assertTrue(t.getSeriesMap().containsKey("选定方案"), t.getSeriesMap().keySet().toString());
  }

  /** The texts of a chart's annotations, in the order added (XChart keeps them private). */
  static List<String> texts(XYChart chart) {
    try {
      Field list = Chart.class.getDeclaredField("annotations");
      list.setAccessible(true);
      Field text = AnnotationText.class.getDeclaredField("text");
      text.setAccessible(true);
      List<String> out = new ArrayList<>();
      for (Object a : (List<?>) list.get(chart)) {
        out.add((String) text.get(a));
      }
      return out;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("XChart's annotations cannot be read", e);
    }
  }

  // ---- bad input ---------------------------------------------------------------------------------------

  static String badParallel(List<Axis> axes, List<double[]> rows, List<String> labels, Optional<String> chosen) {
    return assertThrows(IllegalArgumentException.class,
        () -> ParetoCharts.parallelCoordinates(axes, rows, labels, chosen, ChartLabels.english())).getMessage();
  }

  @Test
  void empty_sets_are_refused() {
    assertTrue(badParallel(List.of(), ROWS, PLANS, Optional.empty()).contains("no axes"));
    assertTrue(badParallel(AXES, List.of(), List.of(), Optional.empty()).contains("Pareto set to chart is empty"));
    String m = assertThrows(IllegalArgumentException.class, () -> ParetoCharts.tradeOff("x", "1", "y", "1",
        new double[0][], Map.of(), OptionalInt.empty(), ChartLabels.english())).getMessage();
    assertTrue(m.contains("Pareto set to chart is empty"), m);
  }

  @Test
  void a_row_of_the_wrong_length_is_named() {
    List<double[]> rows = List.of(ROWS.get(0), new double[] {1, 2, 3}, ROWS.get(2));
    String m = badParallel(AXES, rows, PLANS, Optional.empty());
    assertTrue(m.contains("row 1 has 3 values, expected 4"), m);
  }

  @Test
  void a_value_that_is_not_finite_is_named_by_row_and_column() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      List<double[]> rows = List.of(ROWS.get(0), ROWS.get(1), new double[] {11, bad, 0.35, 2027});
      String m = badParallel(AXES, rows, PLANS, Optional.empty());
      assertTrue(m.contains("row 2, column 1 (axis 'gdp@2035')") && m.contains(String.valueOf(bad)), m);
    }
    String m = assertThrows(IllegalArgumentException.class, () -> ParetoCharts.tradeOff("co2@2030", "Mt", "gdp",
        "bn yuan", new double[][] {{1, 2}, {3, Double.NaN}}, Map.of(), OptionalInt.empty(), ChartLabels.english()))
        .getMessage();
    assertTrue(m.contains("plan 1, column 1 (gdp)"), m);
    m = assertThrows(IllegalArgumentException.class, () -> ParetoCharts.tradeOff("co2@2030", "Mt", "gdp",
        "bn yuan", new double[][] {{1, 2}}, Map.of("baseline", new double[] {Double.POSITIVE_INFINITY, 2}),
        OptionalInt.empty(), ChartLabels.english())).getMessage();
    assertTrue(m.contains("scenario 'baseline', column 0 (co2@2030)"), m);
  }

  @Test
  void trade_off_points_need_two_values() {
    String m = assertThrows(IllegalArgumentException.class, () -> ParetoCharts.tradeOff("x", "1", "y", "1",
        new double[][] {{1, 2}, {1, 2, 3}}, Map.of(), OptionalInt.empty(), ChartLabels.english())).getMessage();
    assertTrue(m.contains("plan 1 has 3 values, expected 2"), m);
    m = assertThrows(IllegalArgumentException.class, () -> ParetoCharts.tradeOff("x", "1", "y", "1",
        new double[][] {{1, 2}}, Map.of("seed-plan", new double[] {1}), OptionalInt.empty(), ChartLabels.english()))
        .getMessage();
    assertTrue(m.contains("scenario 'seed-plan' has 1 values, expected 2"), m);
  }

  @Test
  void labels_and_choices_must_match_the_rows() {
    assertTrue(badParallel(AXES, ROWS, List.of("a", "b"), Optional.empty()).contains("2 row labels for 3 rows"));
    assertTrue(badParallel(AXES, ROWS, List.of("a", "b", "a"), Optional.empty())
        .contains("row 2 has the label 'a' of an earlier row"));
    assertTrue(badParallel(AXES, ROWS, List.of("a", " ", "c"), Optional.empty()).contains("row 1 has a blank label"));
    assertTrue(badParallel(AXES, ROWS, PLANS, Optional.of("plan 9")).contains("chosen plan 'plan 9' is not among"));
    assertTrue(badParallel(List.of(Axis.lever("a", "1"), Axis.lever("a", "1")), List.of(new double[] {1, 2}),
        List.of("p"), Optional.empty()).contains("two axes are named 'a'"));
    String m = assertThrows(IllegalArgumentException.class, () -> ParetoCharts.tradeOff("x", "1", "y", "1",
        new double[][] {{1, 2}}, Map.of(), OptionalInt.of(1), ChartLabels.english())).getMessage();
    assertTrue(m.contains("chosen plan 1 is outside the Pareto set of 1 plans"), m);
    m = assertThrows(IllegalArgumentException.class, () -> Axis.minimised("co2", " ")).getMessage();
    assertTrue(m.contains("axis 'co2' needs a unit"), m);
  }
}
