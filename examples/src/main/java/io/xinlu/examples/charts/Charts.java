package io.xinlu.examples.charts;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.analysis.LmdiForm;
import io.xinlu.analysis.LmdiResult;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.uncertainty.ConfidenceInterval;
import io.xinlu.uncertainty.EnsembleResult;
import io.xinlu.uncertainty.SobolAnalysis;
import io.xinlu.uncertainty.Summary;
import io.xinlu.uncertainty.Tornado;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds XChart charts of runs, ensembles, sensitivity analyses and LMDI decompositions; writes no files (see
 * {@link ChartFiles}). Every chart has a title, axis titles with units, a legend and the size
 * {@value #WIDTH} x {@value #HEIGHT} pixels; years print without a grouping separator ({@value #YEAR_PATTERN}).
 *
 * <p>Stateless and thread-safe; each call returns a new chart, which is mutable and belongs to the caller.
 */
public final class Charts {
  /** Chart width in pixels. */
  public static final int WIDTH = 900;
  /** Chart height in pixels. */
  public static final int HEIGHT = 550;
  /** The decimal pattern of year axes: no grouping, so 2022 prints as "2022", not "2,022". */
  public static final String YEAR_PATTERN = "0";
  /** Above this many sectors, {@link #industrialMix(Run, ChartLabels)} stacks the three groups instead. */
  public static final int MAX_MIX_SECTORS = 20;

  /** 20 distinguishable colours (Tableau 20), opaque. */
  private static final Color[] PALETTE = {
      new Color(0x1f77b4), new Color(0xaec7e8), new Color(0xff7f0e), new Color(0xffbb78), new Color(0x2ca02c),
      new Color(0x98df8a), new Color(0xd62728), new Color(0xff9896), new Color(0x9467bd), new Color(0xc5b0d5),
      new Color(0x8c564b), new Color(0xc49c94), new Color(0xe377c2), new Color(0xf7b6d2), new Color(0x7f7f7f),
      new Color(0xc7c7c7), new Color(0xbcbd22), new Color(0xdbdb8d), new Color(0x17becf), new Color(0x9edae5)};
  private static final Color BAND_OUTER = new Color(0xc6dbef);
  private static final Color BAND_INNER = new Color(0x6baed6);
  private static final Color MEDIAN = new Color(0x08306b);
  private static final Color UP = new Color(0xd62728);
  private static final Color DOWN = new Color(0x2ca02c);
  private static final Color TOTAL = new Color(0x7f7f7f);
  private static final Color INVISIBLE = new Color(0, 0, 0, 0);

  private Charts() {}

  // ---- industrial mix ------------------------------------------------------------------------------------

  /** {@link #industrialMix(Run, ChartLabels, boolean)} by sector, or by group above {@value #MAX_MIX_SECTORS} sectors. */
  public static XYChart industrialMix(Run run, ChartLabels labels) {
    return industrialMix(run, labels, run.sectorIds().size() > MAX_MIX_SECTORS);
  }

  /**
   * A stacked area chart of value-added shares (% of GDP) over the run's years, by sector or by sector group. The
   * series are drawn top first: each series' y values are the cumulative share up to and including it (the
   * sectors in profile order from the bottom), so the band between a series and the next one down is its share.
   */
  public static XYChart industrialMix(Run run, ChartLabels labels, boolean byGroup) {
    int[] years = run.years();
    List<String> names = new ArrayList<>();
    List<double[]> shares = new ArrayList<>();
    double[] gdp = run.totalSeries(Quantity.VALUE_ADDED);
    if (byGroup) {
      for (SectorGroup g : SectorGroup.values()) {
        double[] s = new double[years.length];
        boolean any = false;
        for (Sector sector : run.profile().sectors()) {
          if (sector.group() == g) {
            any = true;
            double[] va = run.series(Quantity.VALUE_ADDED, sector.id());
            for (int k = 0; k < s.length; k++) {
              s[k] += va[k];
            }
          }
        }
        if (any) {
          names.add(labels.group(g));
          shares.add(percentOf(s, gdp));
        }
      }
    } else {
      for (Sector sector : run.profile().sectors()) {
        names.add(labels.sector(sector));
        shares.add(percentOf(run.series(Quantity.VALUE_ADDED, sector.id()), gdp));
      }
    }
    XYChart chart = xy(labels, labels.mixTitle(run.scenarioName(), run.profileName()), labels.year(),
        labels.shareOfGdp());
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0).setYAxisDecimalPattern("0");
    double[] x = toDouble(years);
    double[][] cumulative = new double[names.size()][];
    double[] acc = new double[years.length];
    for (int i = 0; i < names.size(); i++) {
      double[] s = shares.get(i);
      for (int k = 0; k < acc.length; k++) {
        acc[k] += Double.isNaN(s[k]) ? 0 : s[k];
      }
      cumulative[i] = acc.clone();
    }
    for (int i = names.size() - 1; i >= 0; i--) {
      XYSeries series = chart.addSeries(names.get(i), x, cumulative[i]);
      Color c = PALETTE[i % PALETTE.length];
      series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
      series.setMarker(SeriesMarkers.NONE);
      series.setFillColor(c);
      series.setLineColor(c.darker());
      series.setLineWidth(0.5f);
    }
    return chart;
  }

  // ---- indicator lines -----------------------------------------------------------------------------------

  /**
   * One line per run (scenario) of an indicator over the years; shares and fractions are shown in %. Runs on which
   * the indicator is not available are left out.
   *
   * @throws IllegalArgumentException if no run has the indicator
   */
  public static XYChart indicatorLines(List<Run> runs, Indicator indicator, ChartLabels labels) {
    checkArgument(!runs.isEmpty(), "no runs to chart");
    boolean percent = isFraction(indicator.unit());
    String unit = percent ? "%" : indicator.unit();
    String name = labels.indicator(indicator);
    XYChart chart = xy(labels, labels.linesTitle(name), labels.year(), name + " (" + unit + ")");
    int count = 0;
    for (Run run : runs) {
      if (!indicator.isAvailable(run)) {
        continue;
      }
      double[] y = indicator.series(run);
      if (percent) {
        for (int k = 0; k < y.length; k++) {
          y[k] *= 100;
        }
      }
      XYSeries s = chart.addSeries(run.scenarioName(), toDouble(run.years()), y);
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setLineWidth(2.5f);
      count++;
    }
    checkArgument(count > 0, "indicator '%s' is not available on any of the runs", indicator.id());
    return chart;
  }

  // ---- ensemble fan --------------------------------------------------------------------------------------

  /**
   * A fan of an indicator over the ensemble's summarised years: the 5-95 % and 25-75 % quantile bands and the median.
   *
   * @throws IllegalArgumentException if the indicator was not summarised, or the summaries lack the 5, 25, 50, 75
   *     and 95 % quantiles
   */
  public static XYChart fan(EnsembleResult result, String indicatorId, ChartLabels labels) {
    Indicator indicator = result.indicators().stream().filter(i -> i.id().equals(indicatorId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("indicator '" + indicatorId + "' was not summarised; "
            + "summarised: " + result.indicators().stream().map(Indicator::id).toList()));
    List<Summary> summaries = result.summaries(indicatorId);
    int[] years = result.years();
    boolean percent = isFraction(indicator.unit());
    double scale = percent ? 100 : 1;
    double[][] q = new double[5][years.length];
    double[] levels = {0.05, 0.25, 0.5, 0.75, 0.95};
    for (int k = 0; k < years.length; k++) {
      for (int j = 0; j < levels.length; j++) {
        q[j][k] = scale * summaries.get(k).quantile(levels[j]);
      }
    }
    String name = labels.indicator(indicator);
    String unit = percent ? "%" : indicator.unit();
    XYChart chart = xy(labels, labels.fanTitle(name, result.scenario(), result.runs()), labels.year(),
        name + " (" + unit + ")");
    double[] x = toDouble(years);
    band(chart, labels.band(5, 95), x, q[0], q[4], BAND_OUTER);
    band(chart, labels.band(25, 75), x, q[1], q[3], BAND_INNER);
    XYSeries m = chart.addSeries(labels.median(), x, q[2]);
    m.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    m.setMarker(SeriesMarkers.NONE);
    m.setLineColor(MEDIAN);
    m.setLineWidth(2.5f);
    return chart;
  }

  private static void band(XYChart chart, String name, double[] x, double[] lo, double[] hi, Color c) {
    int n = x.length;
    double[] px = new double[2 * n];
    double[] py = new double[2 * n];
    for (int k = 0; k < n; k++) {
      px[k] = x[k];
      py[k] = hi[k];
      px[2 * n - 1 - k] = x[k];
      py[2 * n - 1 - k] = lo[k];
    }
    XYSeries s = chart.addSeries(name, px, py);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    s.setMarker(SeriesMarkers.NONE);
    s.setFillColor(c);
    s.setLineColor(c);
    s.setLineWidth(0.5f);
  }

  // ---- sensitivity ---------------------------------------------------------------------------------------

  /**
   * Bars of the first-order and total Sobol' indices per parameter, in the analysis' order. With bootstrap intervals,
   * each bar carries a symmetric error bar whose half-width is the larger distance from the estimate to an end of
   * its interval (XChart draws symmetric error bars only), so the bar covers the interval.
   */
  public static CategoryChart sobolBars(SobolAnalysis analysis, String output, ChartLabels labels) {
    CategoryChart chart = category(labels, labels.sobolTitle(output), labels.parameter(), labels.sobolAxis());
    List<String> names = analysis.names();
    List<Double> s1 = new ArrayList<>();
    List<Double> st = new ArrayList<>();
    List<Double> e1 = new ArrayList<>();
    List<Double> et = new ArrayList<>();
    boolean intervals = analysis.bootstrap().isPresent();
    for (String f : names) {
      s1.add(analysis.firstOrder(f));
      st.add(analysis.total(f));
      e1.add(halfWidth(analysis.firstOrder(f), analysis.firstOrderInterval(f)));
      et.add(halfWidth(analysis.total(f), analysis.totalInterval(f)));
    }
    CategorySeries a = intervals ? chart.addSeries(labels.firstOrder(), names, s1, e1)
        : chart.addSeries(labels.firstOrder(), names, s1);
    CategorySeries b = intervals ? chart.addSeries(labels.totalOrder(), names, st, et)
        : chart.addSeries(labels.totalOrder(), names, st);
    a.setFillColor(PALETTE[0]);
    b.setFillColor(PALETTE[2]);
    chart.getStyler().setErrorBarsColor(Color.BLACK).setYAxisDecimalPattern("0.00");
    chart.getStyler().setXAxisLabelRotation(names.size() > 5 ? 30 : 0);
    return chart;
  }

  private static double halfWidth(double estimate, Optional<ConfidenceInterval> ci) {
    return ci.filter(ConfidenceInterval::isDefined)
        .map(c -> Math.max(Math.abs(c.upper() - estimate), Math.abs(estimate - c.lower()))).orElse(0.0);
  }

  /**
   * A tornado: for each factor (sorted by swing, largest left), the change of the output from the base output with
   * the factor at its low and at its high value. At most {@code maxBars} factors are shown.
   */
  public static CategoryChart tornado(Tornado tornado, String output, String unit, int maxBars, ChartLabels labels) {
    checkArgument(maxBars > 0, "maxBars must be positive, got %s", maxBars);
    List<Tornado.Bar> bars = tornado.bars().subList(0, Math.min(maxBars, tornado.bars().size()));
    String base = String.format(Locale.ROOT, "%.3g %s", tornado.baseOutput(), unit);
    CategoryChart chart = category(labels, labels.tornadoTitle(output, base), labels.parameter(),
        labels.tornadoAxis(output, unit));
    List<String> names = new ArrayList<>();
    List<Double> low = new ArrayList<>();
    List<Double> high = new ArrayList<>();
    for (Tornado.Bar b : bars) {
      names.add(b.factor());
      low.add(b.outputAtLow() - tornado.baseOutput());
      high.add(b.outputAtHigh() - tornado.baseOutput());
    }
    chart.addSeries(labels.atLow(), names, low).setFillColor(PALETTE[0]);
    chart.addSeries(labels.atHigh(), names, high).setFillColor(PALETTE[2]);
    chart.getStyler().setOverlapped(true).setXAxisLabelRotation(30).setYAxisDecimalPattern("0.00");
    return chart;
  }

  // ---- LMDI waterfall ------------------------------------------------------------------------------------

  /**
   * An additive LMDI waterfall: the start total, each factor's effect as a floating bar (red up, green down) and the
   * end total. The y axis starts below the lowest level so that small effects remain visible.
   *
   * @throws IllegalArgumentException if the decomposition is not additive
   */
  public static CategoryChart waterfall(LmdiResult result, String title, String unit, ChartLabels labels) {
    checkArgument(result.form() == LmdiForm.ADDITIVE, "a waterfall needs an additive decomposition, got %s",
        result.form().label());
    List<String> cats = new ArrayList<>();
    List<Double> hidden = new ArrayList<>();
    List<Double> totals = new ArrayList<>();
    List<Double> ups = new ArrayList<>();
    List<Double> downs = new ArrayList<>();
    cats.add(result.startPeriod());
    hidden.add(0.0);
    totals.add(result.startTotal());
    ups.add(0.0);
    downs.add(0.0);
    double level = result.startTotal();
    double lowest = Math.min(result.startTotal(), result.endTotal());
    for (String f : result.factors()) {
      double e = result.effect(f);
      double next = level + e;
      cats.add(labels.factor(f));
      hidden.add(Math.min(level, next));
      totals.add(0.0);
      ups.add(e > 0 ? e : 0.0);
      downs.add(e < 0 ? -e : 0.0);
      lowest = Math.min(lowest, Math.min(level, next));
      level = next;
    }
    cats.add(result.endPeriod());
    hidden.add(0.0);
    totals.add(result.endTotal());
    ups.add(0.0);
    downs.add(0.0);
    CategoryChart chart = category(labels, title, labels.effect(), unit);
    CategorySeries h = chart.addSeries(" ", cats, hidden);
    h.setFillColor(INVISIBLE);
    h.setLineColor(INVISIBLE);
    h.setShowInLegend(false);
    chart.addSeries(labels.total(), cats, totals).setFillColor(TOTAL);
    chart.addSeries(labels.increase(), cats, ups).setFillColor(UP);
    chart.addSeries(labels.decrease(), cats, downs).setFillColor(DOWN);
    chart.getStyler().setStacked(true).setShowStackSum(false).setYAxisDecimalPattern("0.0");
    double highest = Math.max(result.startTotal(), Math.max(result.endTotal(), level));
    for (int i = 0; i < hidden.size(); i++) {
      highest = Math.max(highest, hidden.get(i) + ups.get(i) + downs.get(i));
    }
    if (lowest > 0) {
      double span = highest - lowest;
      chart.getStyler().setYAxisMin(Math.max(0, lowest - 0.5 * span));
    }
    return chart;
  }

  // ---- shared styling ------------------------------------------------------------------------------------

  static XYChart xy(ChartLabels labels, String title, String xTitle, String yTitle) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
        .yAxisTitle(yTitle).build();
    style(chart.getStyler(), labels);
    chart.getStyler().setXAxisDecimalPattern(YEAR_PATTERN);
    return chart;
  }

  static CategoryChart category(ChartLabels labels, String title, String xTitle, String yTitle) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
        .yAxisTitle(yTitle).build();
    style(chart.getStyler(), labels);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    return chart;
  }

  private static void style(AxesChartStyler s, ChartLabels labels) {
    String family = labels.fontFamily().orElse(Font.SANS_SERIF);
    s.setChartTitleFont(new Font(family, Font.BOLD, 16));
    s.setLegendFont(new Font(family, Font.PLAIN, 12));
    s.setAxisTitleFont(new Font(family, Font.PLAIN, 13));
    s.setAxisTickLabelsFont(new Font(family, Font.PLAIN, 12));
    s.setAnnotationTextFont(new Font(family, Font.PLAIN, 12));
    s.setBaseFont(new Font(family, Font.PLAIN, 12));
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotGridLinesColor(new Color(0xdddddd));
    s.setPlotGridLinesStroke(new BasicStroke(1f));
    s.setLegendPosition(Styler.LegendPosition.OutsideE);
    s.setLegendBorderColor(new Color(0xcccccc));
    s.setChartTitleBoxVisible(false);
    s.setPlotBorderVisible(false);
    s.setAntiAlias(true);
  }

  private static boolean isFraction(String unit) {
    return unit.equals("share") || unit.equals("fraction");
  }

  private static double[] percentOf(double[] part, double[] whole) {
    double[] out = new double[part.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = whole[k] == 0 ? Double.NaN : 100 * part[k] / whole[k];
    }
    return out;
  }

  private static double[] toDouble(int[] a) {
    double[] out = new double[a.length];
    for (int k = 0; k < a.length; k++) {
      out[k] = a[k];
    }
    return out;
  }
}
