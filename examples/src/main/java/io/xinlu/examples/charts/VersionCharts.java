package io.xinlu.examples.charts;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.check.OutputMove;
import io.xinlu.check.VersionDiff;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of a comparison of two versions of a model: a bar per indicator of its largest relative move, and the old
 * and new lines of one indicator over the years. They take plain numbers (or a {@link VersionDiff}) and write no
 * files (see {@link ChartFiles}). Like every chart of {@link Charts}, they are {@value Charts#WIDTH} x
 * {@value Charts#HEIGHT} pixels with a title, axis titles with units and a legend, in the language of their
 * {@link ChartLabels}.
 *
 * <p>Stateless and thread-safe; each call returns a new chart, which is mutable and belongs to the caller.
 */
public final class VersionCharts {
  /** The most bars a chart of largest moves draws when the caller asks for more. */
  public static final int MAX_BARS = 30;

  private static final Color UP = new Color(0xd62728);
  private static final Color DOWN = new Color(0x1f77b4);
  private static final Color OLD = new Color(0x7f7f7f);
  private static final Color NEW = new Color(0xd62728);

  private VersionCharts() {}

  /**
   * For each indicator that moved, its largest relative move in percent, signed ({@code 100 (new - old) / |old|}):
   * the move of largest {@link OutputMove#relativeSize()} among its moves whose relative change is finite, in the
   * order of those sizes, largest first. Indicators whose every move is from 0 or from or to an undefined value have
   * no finite relative change and are left out.
   *
   * @return indicator id to percent, largest size first
   */
  public static Map<String, Double> largestRelativeMoves(VersionDiff diff) {
    Objects.requireNonNull(diff, "diff");
    Map<String, Double> out = new LinkedHashMap<>();
    for (OutputMove m : diff.moves()) { // already largest first
      double r = m.relativeChange();
      if (Double.isFinite(r) && !out.containsKey(m.indicator())) {
        out.put(m.indicator(), 100 * r);
      }
    }
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(out.entrySet());
    sorted.sort((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue())));
    Map<String, Double> ordered = new LinkedHashMap<>();
    sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  /**
   * Bars of the largest relative move of each indicator ({@link #largestRelativeMoves}), the largest {@code maxBars}
   * of them, left to right; increases in red, decreases in blue. The title says how many indicators moved and, when
   * some are not drawn, how many.
   *
   * @param maxBars how many bars at most, 1 to {@value #MAX_BARS}
   * @throws IllegalArgumentException if {@code maxBars} is outside 1 to {@value #MAX_BARS}, or no indicator has a
   *     move with a finite relative change (nothing moved, or only from 0 or undefined values)
   */
  public static CategoryChart largestMoves(VersionDiff diff, int maxBars, ChartLabels labels) {
    checkArgument(maxBars >= 1 && maxBars <= MAX_BARS, "maxBars must be 1 to %s, got %s", MAX_BARS, maxBars);
    Map<String, Double> all = largestRelativeMoves(diff);
    checkArgument(!all.isEmpty(), "no indicator moved by a finite relative change: nothing to chart (%s moves)",
        diff.moves().size());
    List<String> names = new ArrayList<>();
    List<Double> up = new ArrayList<>();
    List<Double> down = new ArrayList<>();
    for (Map.Entry<String, Double> e : all.entrySet()) {
      if (names.size() == maxBars) {
        break;
      }
      names.add(Charts.shorten(e.getKey()));
      up.add(e.getValue() > 0 ? e.getValue() : 0.0);
      down.add(e.getValue() < 0 ? e.getValue() : 0.0);
    }
    int moved = diff.summaries().size();
    String title = tr(labels, "Largest relative move per indicator, old to new version", "各指标的最大相对变动（旧版本到新版本）")
        + (names.size() < moved ? tr(labels, " (" + names.size() + " of " + moved + " indicators)",
            "（" + moved + " 个指标中的 " + names.size() + " 个）") : "");
    CategoryChart chart = Charts.category(labels, title, tr(labels, "indicator", "指标"),
        tr(labels, "change from the old value (%)", "相对旧值的变动（%）"));
    CategorySeries u = chart.addSeries(tr(labels, "increase", "增加"), names, up);
    CategorySeries d = chart.addSeries(tr(labels, "decrease", "减少"), names, down);
    u.setFillColor(UP);
    d.setFillColor(DOWN);
    chart.getStyler().setOverlapped(true).setYAxisDecimalPattern("0.###");
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setXAxisLabelRotation(names.size() > 5 ? 45 : 0);
    return chart;
  }

  /**
   * The old and the new version's values of one indicator over the years, two lines, for one scenario at one design
   * point: where they part is where the change acts. NaN values leave a gap.
   *
   * @param indicator the indicator's name or id, for the title and the axis
   * @param unit its unit, for the axis
   * @param where the scenario and point, for the title, such as {@code seed-plan, as given}
   * @param years the years, one per value, increasing
   * @param oldValues the old version's values
   * @param newValues the new version's values
   * @throws IllegalArgumentException if there is no year, the lengths differ, the years do not increase, or a value
   *     is infinite
   */
  public static XYChart oldAndNew(String indicator, String unit, String where, int[] years, double[] oldValues,
      double[] newValues, ChartLabels labels) {
    Objects.requireNonNull(indicator, "indicator");
    checkArgument(years.length > 0, "no years to chart");
    checkArgument(oldValues.length == years.length && newValues.length == years.length,
        "%s years but %s old and %s new values: give one value per year", years.length, oldValues.length,
        newValues.length);
    for (int k = 0; k < years.length; k++) {
      checkArgument(k == 0 || years[k] > years[k - 1], "years must increase: %s after %s", years[k],
          k == 0 ? 0 : years[k - 1]);
      checkArgument(!Double.isInfinite(oldValues[k]) && !Double.isInfinite(newValues[k]),
          "year %s: an infinite value (old %s, new %s) cannot be drawn", years[k], oldValues[k], newValues[k]);
    }
    double[] x = new double[years.length];
    for (int k = 0; k < x.length; k++) {
      x[k] = years[k];
    }
    XYChart chart = Charts.xy(labels, tr(labels, indicator + ", old and new version (" + where + ")",
        indicator + "：旧版本与新版本（" + where + "）"), labels.year(), indicator + " (" + unit + ")");
    chart.getStyler().setYAxisDecimalPattern("0.###");
    XYSeries o = chart.addSeries(tr(labels, "old version", "旧版本"), x, oldValues.clone());
    o.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    o.setMarker(SeriesMarkers.CIRCLE);
    o.setLineColor(OLD);
    o.setMarkerColor(OLD);
    o.setLineWidth(3f);
    XYSeries n = chart.addSeries(tr(labels, "new version", "新版本"), x, newValues.clone());
    n.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    n.setMarker(SeriesMarkers.DIAMOND);
    n.setLineColor(NEW);
    n.setMarkerColor(NEW);
    n.setLineWidth(1.5f);
    return chart;
  }

  private static String tr(ChartLabels labels, String english, String chinese) {
    return labels.language() == ChartLanguage.CHINESE ? chinese : english;
  }
}
