package io.xinlu.examples.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.analysis.lmdi.LmdiForm;
import io.xinlu.analysis.lmdi.LmdiIdentity;
import io.xinlu.analysis.lmdi.LmdiMethod;
import io.xinlu.analysis.lmdi.LmdiResult;
import io.xinlu.analysis.lmdi.RunDecomposition;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.Yangquan;
import io.xinlu.uncertainty.ensemble.Ensemble;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sensitivity.Bootstrap;
import io.xinlu.uncertainty.sensitivity.SaltelliDesign;
import io.xinlu.uncertainty.sensitivity.SobolAnalysis;
import io.xinlu.uncertainty.sensitivity.Tornado;
import io.xinlu.engine.Parameterization;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;

class ChartsTest {
  static CityModel model;
  static List<Run> runs;

  @BeforeAll
  static void runYangquan() {
    model = Yangquan.model();
    runs = new ArrayList<>();
    for (String s : Yangquan.SCENARIOS) {
      runs.add(Engine.compile(model, s).run());
    }
  }

  static Run run(String name) {
    return runs.stream().filter(r -> r.scenarioName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void industrial_mix_stacks_every_sector_to_one_hundred_percent() {
    Run r = run(Yangquan.SEED_PLAN);
    XYChart c = Charts.industrialMix(r, ChartLabels.english());
    assertEquals(r.sectorIds().size(), c.getSeriesMap().size());
    assertTrue(c.getSeriesMap().containsKey("Coal mining and washing"));
    assertTrue(c.getSeriesMap().containsKey("New materials"), "long names lose their parenthesis");
    assertEquals("Year", c.getXAxisTitle());
    assertEquals("Share of GDP (%)", c.getYAxisTitle());
    assertTrue(c.getTitle().contains("seed-plan"));
    assertEquals(Charts.WIDTH, c.getWidth());
    assertEquals(Charts.HEIGHT, c.getHeight());
    // the top band (added first) reaches 100 % in every year
    double[] top = c.getSeriesMap().values().iterator().next().getYData();
    for (int k = 0; k < r.yearCount(); k++) {
      assertEquals(100.0, top[k], 1e-9);
    }
  }

  @Test
  void industrial_mix_by_group_has_three_bands() {
    XYChart c = Charts.industrialMix(run(Yangquan.BASELINE), ChartLabels.english(), true);
    assertEquals(Set.of("Primary", "Secondary", "Tertiary"), c.getSeriesMap().keySet());
  }

  @Test
  void year_axis_has_no_grouping_separator() {
    XYChart c = Charts.indicatorLines(runs, Indicators.co2(), ChartLabels.english());
    String pattern = c.getStyler().getXAxisDecimalPattern();
    assertEquals(Charts.YEAR_PATTERN, pattern);
    assertEquals("2022", new DecimalFormat(pattern).format(2022.0));
    assertFalse(new DecimalFormat(pattern).format(2035.0).contains(","));
  }

  @Test
  void indicator_lines_have_one_series_per_scenario_and_the_unit() {
    XYChart c = Charts.indicatorLines(runs, Indicators.co2(), ChartLabels.english());
    assertEquals(Set.copyOf(Yangquan.SCENARIOS), c.getSeriesMap().keySet());
    assertEquals("CO2 emissions (" + Indicators.co2().unit() + ")", c.getYAxisTitle());
    XYChart share = Charts.indicatorLines(runs, Indicators.groupShare(io.xinlu.economy.SectorGroup.TERTIARY),
        ChartLabels.english());
    assertTrue(share.getYAxisTitle().endsWith("(%)"), share.getYAxisTitle());
    double first = share.getSeriesMap().get("baseline").getYData()[0];
    assertTrue(first > 1 && first < 100, "shares shown in %: " + first);
  }

  @Test
  void fan_has_two_bands_and_a_median() {
    ParameterSpace space = ParameterSpace.builder()
        .parameter("sector/coal-mining/growth", Distribution.triangular(-0.03, 0.0, 0.04)).build();
    Parameterization p = Parameterization.of(model, Yangquan.SEED_PLAN, space.parameterNames());
    EnsembleResult e = Ensemble.builder(p).design(Designs.latinHypercube(1, 20, 1), space)
        .indicators(Indicators.co2()).build().run();
    XYChart c = Charts.fan(e, "co2", ChartLabels.english());
    assertEquals(List.of("5–95 % range", "25–75 % range", "median"), List.copyOf(c.getSeriesMap().keySet()));
    assertTrue(c.getTitle().contains("20 runs"));
    assertEquals("CO2 emissions (" + Indicators.co2().unit() + ")", c.getYAxisTitle());
    assertThrows(IllegalArgumentException.class, () -> Charts.fan(e, "gdp", ChartLabels.english()));
  }

  @Test
  void sobol_bars_have_first_order_and_total_with_error_bars() {
    SaltelliDesign d = SaltelliDesign.random(List.of("a", "b"), 64, 7);
    double[][] x = d.points();
    double[] y = new double[x.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = x[i][0] + 0.3 * x[i][1];
    }
    SobolAnalysis a = SobolAnalysis.of(d, y, Bootstrap.of(100, 3));
    CategoryChart c = Charts.sobolBars(a, "y", ChartLabels.english());
    assertEquals(Set.of("S1 first order", "ST total"), c.getSeriesMap().keySet());
    assertTrue(c.getSeriesMap().get("ST total").getExtraValues() != null, "error bars");
    assertEquals("Parameter", c.getXAxisTitle());
  }

  @Test
  void tornado_sorts_by_swing_and_limits_the_bars() {
    Tornado t = Tornado.compute(List.of("a", "b", "c"), new double[] {0, 0, 0}, new double[] {-1, -1, -1},
        new double[] {1, 1, 1}, v -> v[0] + 3 * v[1] + 2 * v[2]);
    CategoryChart c = Charts.tornado(t, "y", "units", 2, ChartLabels.english());
    assertEquals(2, c.getSeriesMap().size());
    List<?> factors = List.copyOf(c.getSeriesMap().values().iterator().next().getXData());
    assertEquals(List.of("b", "c"), factors);
    assertTrue(c.getYAxisTitle().contains("(units)"));
  }

  @Test
  void a_tornado_title_says_what_the_base_is_and_the_legend_what_the_bars_are() {
    Tornado t = Tornado.compute(List.of("a", "b"), new double[] {0, 0}, new double[] {-1, -1},
        new double[] {1, 1}, v -> 6 + v[0] + 3 * v[1]);
    CategoryChart c = Charts.tornado(t, "y", "units", 2, ChartLabels.english());
    assertTrue(c.getTitle().contains("base 6.00 units = every factor at its base value"), c.getTitle());
    assertEquals(Set.of("factor at its low value", "factor at its high value"), c.getSeriesMap().keySet());
  }

  @Test
  void a_tornado_of_quantiles_says_the_base_is_every_parameter_at_its_median() {
    Tornado t = Tornado.compute(List.of("a", "b"), new double[] {0, 0}, new double[] {-1, -1},
        new double[] {1, 1}, v -> 29.5 + v[0] + 3 * v[1]);
    CategoryChart c = Charts.tornado(t, "CO2 2035", "Mt", 2, ChartLabels.english(),
        Charts.TornadoLevels.quantiles(0.05, 0.95));
    assertEquals("Tornado of CO2 2035: base 29.5 Mt = every parameter at its median", c.getTitle());
    assertEquals(Set.of("parameter at its 5 % quantile, others at median",
        "parameter at its 95 % quantile, others at median"), c.getSeriesMap().keySet());
    assertEquals("2.5", Charts.TornadoLevels.quantiles(0.025, 0.975).lowPercent());
    assertThrows(IllegalArgumentException.class, () -> Charts.TornadoLevels.quantiles(0.6, 0.9));
  }

  @Test
  void the_waterfalls_axis_starts_at_zero_so_the_totals_are_whole() {
    LmdiResult gap = RunDecomposition.of(LmdiIdentity.CO2, LmdiMethod.LMDI_I, LmdiForm.ADDITIVE)
        .gap(run(Yangquan.BASELINE), run(Yangquan.SEED_PLAN), Yangquan.END_YEAR);
    XYChart c = Charts.waterfall(gap, "gap", "CO2 (Mt)", ChartLabels.english());
    assertEquals(0.0, c.getStyler().getYAxisMin(), 0.0, "the y axis must start at 0, not cut the totals");
    double[] start = c.getSeriesMap().get("total").getYData();
    assertEquals(0.0, start[0], 0.0, "the start total is drawn from 0");
    assertEquals(gap.startTotal(), start[2], 1e-9);
  }

  @Test
  void waterfall_runs_from_reference_through_each_factor_to_policy() {
    int year = Yangquan.END_YEAR;
    LmdiResult gap = RunDecomposition.of(LmdiIdentity.CO2, LmdiMethod.LMDI_I, LmdiForm.ADDITIVE)
        .gap(run(Yangquan.BASELINE), run(Yangquan.SEED_PLAN), year);
    XYChart c = Charts.waterfall(gap, "gap", "CO2 (Mt)", ChartLabels.english());
    assertEquals("CO2 (Mt)", c.getYAxisTitle());
    // two totals and one bar per factor
    assertEquals(2 + LmdiIdentity.CO2.factors().size(), c.getSeriesMap().size());
    assertTrue(c.getSeriesMap().containsKey("total"));
    double[] end = c.getSeriesMap().values().stream().reduce((a, b) -> b).orElseThrow().getYData();
    assertEquals(gap.endTotal(), end[2], 1e-9);
    LmdiResult multiplicative = RunDecomposition.of(LmdiIdentity.CO2, LmdiMethod.LMDI_I, LmdiForm.MULTIPLICATIVE)
        .gap(run(Yangquan.BASELINE), run(Yangquan.SEED_PLAN), year);
    assertThrows(IllegalArgumentException.class,
        () -> Charts.waterfall(multiplicative, "gap", "Mt", ChartLabels.english()));
  }

  @Test
  void chinese_labels_when_a_font_is_available() {
    List<String> warnings = new ArrayList<>();
    ChartLabels zh = ChartLabels.of(ChartLanguage.CHINESE, () -> Optional.of("Some CJK Font"), warnings::add);
    assertEquals(ChartLanguage.CHINESE, zh.language());
    assertEquals(Optional.of("Some CJK Font"), zh.fontFamily());
    assertTrue(warnings.isEmpty());
    XYChart c = Charts.industrialMix(run(Yangquan.SEED_PLAN), zh);
    assertTrue(c.getSeriesMap().containsKey("煤炭开采和洗选"));
    assertEquals("年份", c.getXAxisTitle());
    assertEquals("Some CJK Font", c.getStyler().getChartTitleFont().getName());
  }

  @Test
  void chinese_falls_back_to_english_with_a_warning_without_a_font() {
    List<String> warnings = new ArrayList<>();
    ChartLabels labels = ChartLabels.of(ChartLanguage.CHINESE, Optional::empty, warnings::add);
    assertEquals(ChartLanguage.ENGLISH, labels.language());
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).toLowerCase(Locale.ROOT).contains("english"), warnings.get(0));
    XYChart c = Charts.industrialMix(run(Yangquan.SEED_PLAN), labels);
    assertTrue(c.getSeriesMap().containsKey("Coal mining and washing"));
  }

  @Test
  void english_never_probes_fonts() {
    List<String> warnings = new ArrayList<>();
    ChartLabels labels = ChartLabels.of(ChartLanguage.ENGLISH, () -> {
      throw new AssertionError("probed");
    }, warnings::add);
    assertEquals(ChartLanguage.ENGLISH, labels.language());
    assertTrue(warnings.isEmpty());
  }

  @Test
  void system_probe_answers_consistently() {
    Optional<String> family = ChartLabels.systemFonts().cjkFontFamily();
    family.ifPresent(f -> assertEquals(-1, new java.awt.Font(f, java.awt.Font.PLAIN, 12)
        .canDisplayUpTo(ChartLabels.CJK_SAMPLE)));
  }
}
