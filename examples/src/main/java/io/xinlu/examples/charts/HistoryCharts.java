package io.xinlu.examples.charts;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.engine.Run;
import io.xinlu.history.HistoryComparison;
import io.xinlu.history.ObservedSeries;
import io.xinlu.history.SeriesFit;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of a run held against observations: for each observed series, the observed points as markers over the
 * run's line of the same indicator, years on the x axis (written without grouping: 2022, not 2,022). Fractions and
 * shares are shown in percent. Labels follow {@link ChartLabels}: Chinese only with a font that displays it,
 * English otherwise.
 *
 * <pre>{@code
 * Map<String, byte[]> files = HistoryCharts.renderAll(run, comparison, catalogue, ChartLabels.english());
 * // backcast-gdp-growth.png, backcast-gdp-growth.svg, ...
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class HistoryCharts {
  /** The prefix of every file name. */
  public static final String PREFIX = "backcast-";

  private static final Color MODEL = new Color(0x1f77b4);
  private static final Color OBSERVED = new Color(0xd62728);

  private HistoryCharts() {}

  /**
   * One series: the run's values of the indicator in every year of the run (a line; years where the indicator is
   * undefined, such as a growth rate in the base year, are left out) and the observed values (markers only).
   *
   * @param run the run compared
   * @param fit the fit of one observed series to the run
   * @param indicator the series' indicator, as the comparison found it
   * @param labels the labels' language
   * @throws IllegalArgumentException if the indicator is not the series' or the run cannot give it
   */
  public static XYChart observedOverModelled(Run run, SeriesFit fit, Indicator indicator, ChartLabels labels) {
    checkArgument(indicator.id().equals(fit.indicator()), "chart of series '%s': indicator '%s' is another one",
        fit.indicator(), indicator.id());
    indicator.checkAvailable(run);
    ObservedSeries o = fit.observed();
    boolean percent = isFraction(o.unit());
    double scale = percent ? 100 : 1;
    String name = labels.indicator(indicator);
    String unit = percent ? "%" : o.unit();
    boolean zh = labels.language() == ChartLanguage.CHINESE;
    String title = zh ? name + "：观测值与模型值（" + run.scenarioName() + "）"
        : name + ": observed and modelled (" + run.scenarioName() + ")";
    XYChart chart = Charts.xy(labels, title, labels.year(), name + " (" + unit + ")");
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int y = run.baseYear(); y <= run.endYear(); y++) {
      double v = indicator.value(run, y);
      if (Double.isFinite(v)) {
        xs.add((double) y);
        ys.add(scale * v);
      }
    }
    if (!xs.isEmpty()) {
      XYSeries line = chart.addSeries(zh ? "模型" : "model", toArray(xs), toArray(ys));
      line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(MODEL);
      line.setLineWidth(2.5f);
    }
    double[] ox = new double[o.size()];
    double[] oy = new double[o.size()];
    for (int i = 0; i < o.size(); i++) {
      ox[i] = o.year(i);
      oy[i] = scale * o.value(i);
    }
    XYSeries points = chart.addSeries(zh ? "观测" : "observed", ox, oy);
    points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    points.setMarker(SeriesMarkers.DIAMOND);
    points.setMarkerColor(OBSERVED);
    chart.getStyler().setMarkerSize(11);
    return chart;
  }

  /**
   * Every series of a comparison, each as PNG and SVG, into memory: file names ({@code backcast-<indicator>.png},
   * with {@code :} written {@code -}) and their bytes, in the comparison's order. Nothing is written.
   *
   * @param run the run the comparison was made of
   * @param comparison the comparison
   * @param catalogue the catalogue the comparison found its indicators in
   * @param labels the labels' language
   * @throws IllegalArgumentException if the comparison is of another run or an indicator is not in the catalogue
   * @throws IOException if a chart cannot be encoded
   */
  public static Map<String, byte[]> renderAll(Run run, HistoryComparison comparison, IndicatorCatalogue catalogue,
      ChartLabels labels) throws IOException {
    checkArgument(comparison.scenario().equals(run.scenarioName()), "the comparison is of run '%s', not of '%s'",
        comparison.scenario(), run.scenarioName());
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (SeriesFit f : comparison.fits()) {
      XYChart chart = observedOverModelled(run, f, catalogue.get(f.indicator()), labels);
      String base = fileName(f.indicator());
      out.put(base + ".png", ChartFiles.png(chart));
      out.put(base + ".svg", ChartFiles.svg(chart));
    }
    return out;
  }

  /** The base name of a series' files: {@code backcast-} and the indicator id with {@code :} written {@code -}. */
  public static String fileName(String indicator) {
    return PREFIX + indicator.replace(':', '-');
  }

  private static boolean isFraction(String unit) {
    return unit.equals("share") || unit.startsWith("fraction");
  }

  private static double[] toArray(List<Double> values) {
    double[] a = new double[values.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = values.get(i);
    }
    return a;
  }
}
