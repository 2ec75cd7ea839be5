package io.xinlu.examples.charts;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.analysis.lmdi.LmdiForm;
import io.xinlu.analysis.lmdi.LmdiResult;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.ensemble.Summary;
import io.xinlu.uncertainty.sensitivity.ConfidenceInterval;
import io.xinlu.uncertainty.sensitivity.SobolAnalysis;
import io.xinlu.uncertainty.sensitivity.Tornado;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.AnnotationText;
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
      new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
      new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf),
      new Color(0xaec7e8), new Color(0xffbb78), new Color(0x98df8a), new Color(0xff9896), new Color(0xc5b0d5),
      new Color(0xc49c94), new Color(0xf7b6d2), new Color(0xc7c7c7), new Color(0xdbdb8d), new Color(0x9edae5)};
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
   * A stacked area chart of value-added shares (% of GDP) over the run's years, by sector or by sector group: the
   * sectors in profile order from the bottom, each a band (a polygon series) from the cumulative share below it to
   * the cumulative share including it. Series are added top first, so the legend reads like the stack. Long sector
   * names lose a trailing parenthesis.
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
        names.add(shorten(labels.sector(sector)));
        shares.add(percentOf(run.series(Quantity.VALUE_ADDED, sector.id()), gdp));
      }
    }
    XYChart chart = xy(labels, labels.mixTitle(run.scenarioName(), run.profileName()), labels.year(),
        labels.shareOfGdp());
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0).setYAxisDecimalPattern("0");
    double[] x = toDouble(years);
    double[][] bounds = new double[names.size() + 1][];
    bounds[0] = new double[years.length];
    for (int i = 0; i < names.size(); i++) {
      double[] s = shares.get(i);
      bounds[i + 1] = bounds[i].clone();
      for (int k = 0; k < years.length; k++) {
        bounds[i + 1][k] += Double.isNaN(s[k]) ? 0 : s[k];
      }
    }
    for (int i = names.size() - 1; i >= 0; i--) {
      band(chart, names.get(i), x, bounds[i], bounds[i + 1], PALETTE[i % PALETTE.length]);
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

  /** Adds a filled band from {@code lo} to {@code hi} over {@code x}, as a closed polygon, in colour {@code c}. */
  static void band(XYChart chart, String name, double[] x, double[] lo, double[] hi, Color c) {
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
    b.setFillColor(PALETTE[1]);
    chart.getStyler().setErrorBarsColor(Color.BLACK).setYAxisDecimalPattern("0.00");
    chart.getStyler().setXAxisLabelRotation(names.size() > 5 ? 30 : 0);
    return chart;
  }

  private static double halfWidth(double estimate, Optional<ConfidenceInterval> ci) {
    return ci.filter(ConfidenceInterval::isDefined)
        .map(c -> Math.max(Math.abs(c.upper() - estimate), Math.abs(estimate - c.lower()))).orElse(0.0);
  }

  /**
   * What a tornado's base, low and high values are, for its title and legend: either generic ("every factor at its
   * base value", "factor at its low value") or quantiles of each parameter's distribution, with the base at every
   * parameter's median.
   *
   * <p>Immutable and thread-safe.
   *
   * @param low the quantile level of the low values, or NaN for generic words
   * @param high the quantile level of the high values, or NaN for generic words
   */
  public record TornadoLevels(double low, double high) {
    /** Generic words: base, low and high values. */
    public static final TornadoLevels GENERIC = new TornadoLevels(Double.NaN, Double.NaN);

    /** Checks that both levels are NaN, or that {@code 0 < low < 0.5 < high < 1}. */
    public TornadoLevels {
      boolean generic = Double.isNaN(low) && Double.isNaN(high);
      checkArgument(generic || (low > 0 && low < 0.5 && high > 0.5 && high < 1),
          "tornado levels must be quantile levels with 0 < low < 0.5 < high < 1, got %s and %s", low, high);
    }

    /** Each parameter at these quantiles of its distribution, the others (and the base) at their medians. */
    public static TornadoLevels quantiles(double low, double high) {
      return new TornadoLevels(low, high);
    }

    /** Whether the levels are quantiles (else generic words). */
    public boolean isQuantiles() {
      return !Double.isNaN(low);
    }

    /** The low level in percent, as printed: {@code 5} for 0.05. */
    public String lowPercent() {
      return percent(low);
    }

    /** The high level in percent, as printed: {@code 95} for 0.95. */
    public String highPercent() {
      return percent(high);
    }

    private static String percent(double level) {
      String s = String.format(Locale.ROOT, "%.4f", 100 * level);
      return s.replaceAll("\\.?0+$", "");
    }
  }

  /**
   * A tornado with generic words for its levels: {@link #tornado(Tornado, String, String, int, ChartLabels,
   * TornadoLevels) tornado(..., TornadoLevels.GENERIC)}.
   */
  public static CategoryChart tornado(Tornado tornado, String output, String unit, int maxBars, ChartLabels labels) {
    return tornado(tornado, output, unit, maxBars, labels, TornadoLevels.GENERIC);
  }

  /**
   * A tornado: for each factor (sorted by swing, largest left), the change of the output from the base output with
   * the factor at its low and at its high value. At most {@code maxBars} factors are shown. The title gives the base
   * output and says what it is (every factor at its base value; with quantile levels, every parameter at its median),
   * and the legend what the bars are (the factor at its low or high value, or at which quantile), so that the base in
   * the title is explained on the chart.
   */
  public static CategoryChart tornado(Tornado tornado, String output, String unit, int maxBars, ChartLabels labels,
      TornadoLevels levels) {
    checkArgument(maxBars > 0, "maxBars must be positive, got %s", maxBars);
    List<Tornado.Bar> bars = tornado.bars().subList(0, Math.min(maxBars, tornado.bars().size()));
    String base = String.format(Locale.ROOT, "%.3g %s", tornado.baseOutput(), unit);
    CategoryChart chart = category(labels, labels.tornadoTitle(output, base, levels), labels.parameter(),
        labels.tornadoAxis(output, unit));
    List<String> names = new ArrayList<>();
    List<Double> low = new ArrayList<>();
    List<Double> high = new ArrayList<>();
    for (Tornado.Bar b : bars) {
      names.add(b.factor());
      low.add(b.outputAtLow() - tornado.baseOutput());
      high.add(b.outputAtHigh() - tornado.baseOutput());
    }
    chart.addSeries(labels.atLow(levels), names, low).setFillColor(PALETTE[0]);
    chart.addSeries(labels.atHigh(levels), names, high).setFillColor(PALETTE[1]);
    chart.getStyler().setOverlapped(true).setXAxisLabelRotation(30).setYAxisDecimalPattern("0.00");
    return chart;
  }

  // ---- LMDI waterfall ------------------------------------------------------------------------------------

  /**
   * An additive LMDI waterfall: the start total, each factor's effect as a floating bar (red up, green down) and the
   * end total, each bar labelled above with its name and (signed) value. Bars are rectangles (polygon series) at x =
   * 0, 1, 2, ... (the x axis has no tick labels; the annotations name the bars): the series
   * named "total", "increase" and "decrease" (in the chart's language) carry the legend, further bars of the same
   * kind are unlisted series. The y axis starts at 0 (or below the lowest level, if negative), so that the total bars are
   * whole and an effect is drawn in its true proportion to the totals; the labels give each value.
   *
   * @throws IllegalArgumentException if the decomposition is not additive
   */
  public static XYChart waterfall(LmdiResult result, String title, String unit, ChartLabels labels) {
    checkArgument(result.form() == LmdiForm.ADDITIVE, "a waterfall needs an additive decomposition, got %s",
        result.form().label());
    List<String> cats = new ArrayList<>();
    List<double[]> spans = new ArrayList<>(); // {from, to}
    cats.add(result.startPeriod());
    spans.add(new double[] {0, result.startTotal()});
    double level = result.startTotal();
    for (String f : result.factors()) {
      double next = level + result.effect(f);
      cats.add(labels.factor(f));
      spans.add(new double[] {level, next});
      level = next;
    }
    cats.add(result.endPeriod());
    spans.add(new double[] {0, result.endTotal()});
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < spans.size(); i++) {
      double[] sp = spans.get(i);
      boolean isTotal = i == 0 || i == spans.size() - 1;
      lowest = Math.min(lowest, isTotal ? sp[1] : Math.min(sp[0], sp[1]));
      highest = Math.max(highest, Math.max(sp[0], sp[1]));
    }
    // the y axis always includes 0, so the totals are drawn whole and the effects keep their true proportion to them
    lowest = Math.min(lowest, 0);
    highest = Math.max(highest, 0);
    double pad = Math.max(highest - lowest, 1e-9);
    double yMin = lowest < 0 ? lowest - 0.1 * pad : 0;
    XYChart chart = xy(labels, title, labels.effect(), unit);
    AxesChartStyler st = chart.getStyler();
    st.setXAxisMin(-0.6).setXAxisMax(cats.size() - 0.4).setYAxisMin(yMin).setYAxisMax(highest + 0.3 * pad);
    st.setYAxisDecimalPattern("0.0");
    st.setPlotGridVerticalLinesVisible(false);
    st.setLegendPosition(Styler.LegendPosition.OutsideE);
    st.setXAxisTicksVisible(false);
    boolean[] shown = new boolean[3];
    for (int i = 0; i < spans.size(); i++) {
      double[] sp = spans.get(i);
      boolean isTotal = i == 0 || i == spans.size() - 1;
      int kind = isTotal ? 0 : (sp[1] >= sp[0] ? 1 : 2);
      String name = kind == 0 ? labels.total() : kind == 1 ? labels.increase() : labels.decrease();
      Color c = kind == 0 ? TOTAL : kind == 1 ? UP : DOWN;
      // a total is a bar from 0 to its level
      double lo = isTotal ? Math.min(0, sp[1]) : Math.min(sp[0], sp[1]);
      double hi = isTotal ? Math.max(0, sp[1]) : Math.max(sp[0], sp[1]);
      XYSeries bar = chart.addSeries(shown[kind] ? name + " " + i : name,
          new double[] {i - 0.35, i + 0.35, i + 0.35, i - 0.35}, new double[] {lo, lo, hi, hi});
      bar.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
      bar.setMarker(SeriesMarkers.NONE);
      bar.setFillColor(c);
      bar.setLineColor(c);
      bar.setShowInLegend(!shown[kind]);
      shown[kind] = true;
      String value = String.format(Locale.ROOT, isTotal ? "%.2f" : "%+.2f", isTotal ? sp[1] : sp[1] - sp[0]);
      chart.addAnnotation(new AnnotationText(value, i, hi + 0.05 * pad, false));
      chart.addAnnotation(new AnnotationText(cats.get(i), i, hi + 0.13 * pad, false));
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

  static String shorten(String label) {
    int paren = label.indexOf(" (");
    return label.length() > 28 && paren > 0 ? label.substring(0, paren) : label;
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
