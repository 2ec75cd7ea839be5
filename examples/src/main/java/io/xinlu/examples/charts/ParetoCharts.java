package io.xinlu.examples.charts;

import static com.google.common.base.Preconditions.checkArgument;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of a Pareto set found by a search: parallel coordinates of its plans (levers and objectives) and a trade-off
 * scatter of two objectives with hand-written scenarios marked. The charts take plain numbers, so that any search
 * result (or a table read from a file) can be drawn; they write no files (see {@link ChartFiles}). Like every chart
 * of {@link Charts}, they are {@value Charts#WIDTH} x {@value Charts#HEIGHT} pixels with a title, axis titles with
 * units and a legend, in the language of their {@link ChartLabels}.
 *
 * <p>XChart has no parallel-coordinates chart: {@link #parallelCoordinates} draws one on an XY chart, each axis at
 * an integer x (0, 1, ...) from y = 0 to y = 1, each plan a polyline through its {@link #normalised normalised}
 * values, with the axis' name below it and its real values printed at its ends.
 *
 * <p>Stateless and thread-safe; each call returns a new chart, which is mutable and belongs to the caller.
 */
public final class ParetoCharts {
  /** Above this many plans, the plans of a parallel-coordinates chart share one legend entry. */
  public static final int MAX_LEGEND_PLANS = 12;
  /** The y of an axis' better (or, for a lever, higher) end. */
  public static final double TOP = 1.0;
  /** The y of an axis' worse (or, for a lever, lower) end. */
  public static final double BOTTOM = 0.0;
  /** The y at which an axis whose values are all equal draws them. */
  public static final double MIDDLE = 0.5;
  /** The name of an axis' series (its vertical line) is this prefix and the axis' name. */
  static final String AXIS_PREFIX = "axis: ";

  private static final Color[] PALETTE = {
      new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0x9467bd), new Color(0x8c564b),
      new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22), new Color(0x7f7f7f), new Color(0xaec7e8),
      new Color(0xffbb78), new Color(0x98df8a)};
  /** About the width of a character of the axis names, and of the plot, in pixels: when to stagger the names. */
  private static final int CHAR_PIXELS = 7;
  private static final int PLOT_PIXELS = 780;
  private static final Color LIGHT = new Color(0x9ecae1);
  private static final Color CHOSEN = new Color(0xd62728);
  private static final Color AXIS = new Color(0x444444);
  private static final Color PARETO = new Color(0x6baed6);
  private static final Marker[] MARKS = {SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP,
      SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.TRAPEZOID, SeriesMarkers.RECTANGLE, SeriesMarkers.OVAL};
  private static final Color[] MARK_COLOURS = {new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
      new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22)};

  private ParetoCharts() {}

  /** Which end of an axis is better. */
  public enum Direction {
    /** An objective to minimise: its lowest value is drawn at the top. */
    MINIMISED,
    /** An objective to maximise: its highest value is drawn at the top. */
    MAXIMISED,
    /** A lever (or anything with no better end): its highest value is drawn at the top. */
    NEITHER
  }

  /**
   * One axis of a parallel-coordinates chart: a lever or an objective.
   *
   * <p>Immutable and thread-safe.
   *
   * @param name what the axis shows, e.g. {@code co2@2030} or {@code intensity:coal-exit}; not blank
   * @param unit its unit, e.g. {@code Mt}, {@code year} or {@code 1} for a pure number; not blank
   * @param direction which end is better
   */
  public record Axis(String name, String unit, Direction direction) {
    /** Checks that name and unit are not blank. */
    public Axis {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(direction, "direction");
      checkArgument(!name.isBlank(), "an axis needs a name, got '%s'", name);
      checkArgument(!unit.isBlank(), "axis '%s' needs a unit (use 1 for a pure number), got '%s'", name, unit);
    }

    /** An objective to minimise. */
    public static Axis minimised(String name, String unit) {
      return new Axis(name, unit, Direction.MINIMISED);
    }

    /** An objective to maximise. */
    public static Axis maximised(String name, String unit) {
      return new Axis(name, unit, Direction.MAXIMISED);
    }

    /** A lever: higher values at the top. */
    public static Axis lever(String name, String unit) {
      return new Axis(name, unit, Direction.NEITHER);
    }

    /** The axis' label: its name and unit, e.g. {@code co2@2030 (Mt)}. */
    public String label() {
      return name + " (" + unit + ")";
    }
  }

  // ---- parallel coordinates ------------------------------------------------------------------------------

  /**
   * Where each value is drawn: for axis {@code j} with smallest value {@code min} and largest {@code max} over the
   * rows, a value {@code v} goes to {@code (v - min) / (max - min)} when the axis is maximised or a lever, and to
   * {@code (max - v) / (max - min)} when it is minimised, so that the better end is always at {@link #TOP} (1) and a
   * lever's highest value too. An axis whose values are all equal draws them at {@link #MIDDLE} (0.5).
   *
   * @return one array per row, one position in [0, 1] per axis
   * @throws IllegalArgumentException as {@link #parallelCoordinates}
   */
  public static double[][] normalised(List<Axis> axes, List<double[]> rows) {
    check(axes, rows);
    double[][] range = ranges(axes, rows);
    double[][] out = new double[rows.size()][axes.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < axes.size(); j++) {
        out[i][j] = position(axes.get(j).direction(), rows.get(i)[j], range[j][0], range[j][1]);
      }
    }
    return out;
  }

  /** {@link #parallelCoordinates(List, List, List, Optional, ChartLabels)} with no plan highlighted. */
  public static XYChart parallelCoordinates(List<Axis> axes, List<double[]> rows, List<String> rowLabels,
      ChartLabels labels) {
    return parallelCoordinates(axes, rows, rowLabels, Optional.empty(), labels);
  }

  /**
   * Parallel coordinates of a Pareto set: one vertical axis per lever and objective, in the given order, each
   * normalised as {@link #normalised} does (better end at the top), its name and unit below it and its real
   * smallest and largest values printed at its ends; each plan (row) a polyline across the axes, one series named
   * by its label.
   *
   * <p>With a chosen plan, it is drawn last (on top), thick and in a strong colour, and the others thin and light;
   * the legend shows the chosen plan and one entry for the others. Without one, up to {@value #MAX_LEGEND_PLANS}
   * plans each have a colour and a legend entry; more plans are drawn in one light colour with one legend entry.
   * Besides the plans, the chart has one unlisted series per axis (its vertical line), named {@code axis: <name>}.
   *
   * @param axes the axes, left to right; at least one, names distinct
   * @param rows one array per plan, one value per axis, finite; at least one
   * @param rowLabels the plans' names, one per row, distinct and not blank (e.g. {@code plan 7})
   * @param chosen the label of the plan to highlight, if any
   * @throws IllegalArgumentException if there are no axes or no rows, a row has the wrong length (the message names
   *     the row), a value is NaN or infinite (the message names its row and column), the labels do not match the
   *     rows, or the chosen plan is not among them
   */
  public static XYChart parallelCoordinates(List<Axis> axes, List<double[]> rows, List<String> rowLabels,
      Optional<String> chosen, ChartLabels labels) {
    check(axes, rows);
    checkArgument(rowLabels.size() == rows.size(), "%s row labels for %s rows: give one label per row",
        rowLabels.size(), rows.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rowLabels.size(); i++) {
      String l = Objects.requireNonNull(rowLabels.get(i), "row label");
      checkArgument(!l.isBlank(), "row %s has a blank label", i);
      checkArgument(seen.add(l), "row %s has the label '%s' of an earlier row: labels must be distinct", i, l);
      checkArgument(!l.startsWith(AXIS_PREFIX), "row %s: label '%s' must not start with '%s'", i, l, AXIS_PREFIX);
    }
    chosen.ifPresent(c -> checkArgument(seen.contains(c), "chosen plan '%s' is not among the rows' labels", c));
    int n = axes.size();
    double[][] range = ranges(axes, rows);
    double[][] pos = normalised(axes, rows);

    XYChart chart = Charts.xy(labels, pcTitle(labels, rows.size()), pcXTitle(labels), pcYTitle(labels));
    AxesChartStyler st = chart.getStyler();
    // every axis has its own scale, printed at its ends: the shared 0..1 ticks would mislead
    st.setXAxisMin(-0.5).setXAxisMax(n - 0.5).setYAxisMin(-0.3).setYAxisMax(1.1);
    st.setXAxisTicksVisible(false).setYAxisTicksVisible(false);
    st.setPlotGridLinesVisible(false);
    st.setLegendPosition(Styler.LegendPosition.OutsideS);
    st.setLegendLayout(Styler.LegendLayout.Horizontal);

    double[] x = new double[n];
    for (int j = 0; j < n; j++) {
      x[j] = j;
      XYSeries a = chart.addSeries(AXIS_PREFIX + axes.get(j).name(), new double[] {j, j}, new double[] {0, 1});
      a.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      a.setMarker(SeriesMarkers.NONE);
      a.setLineColor(AXIS);
      a.setLineStyle(new BasicStroke(1.5f));
      a.setShowInLegend(false);
    }
    boolean few = chosen.isEmpty() && rows.size() <= MAX_LEGEND_PLANS;
    boolean othersListed = false;
    int colour = 0;
    for (int i = 0; i < rows.size(); i++) {
      String label = rowLabels.get(i);
      if (chosen.isPresent() && chosen.get().equals(label)) {
        continue;
      }
      XYSeries s = chart.addSeries(label, x, pos[i]);
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      s.setMarker(SeriesMarkers.NONE);
      if (few) {
        s.setLineColor(PALETTE[colour++ % PALETTE.length]);
        s.setLineStyle(new BasicStroke(2f));
      } else {
        s.setLineColor(LIGHT);
        s.setLineStyle(new BasicStroke(1f));
        s.setShowInLegend(!othersListed);
        s.setLabel(chosen.isPresent() ? otherPlans(labels, rows.size() - 1) : allPlans(labels, rows.size()));
        othersListed = true;
      }
    }
    if (chosen.isPresent()) {
      int i = rowLabels.indexOf(chosen.get());
      XYSeries s = chart.addSeries(chosen.get(), x, pos[i]);
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(CHOSEN);
      s.setLineColor(CHOSEN);
      s.setLineStyle(new BasicStroke(3.5f));
      s.setLabel(chosenPlan(labels, chosen.get()));
    }
    // names wider than the space between two axes alternate between two rows
    boolean stagger = n > 1 && axes.stream().mapToInt(a -> a.label().length()).max().orElse(0) * CHAR_PIXELS
        > PLOT_PIXELS / n;
    for (int j = 0; j < n; j++) {
      Axis a = axes.get(j);
      double min = range[j][0];
      double max = range[j][1];
      double top = a.direction() == Direction.MINIMISED ? min : max;
      double bottom = a.direction() == Direction.MINIMISED ? max : min;
      chart.addAnnotation(new AnnotationText(number(top), j, 1.05, false));
      chart.addAnnotation(new AnnotationText(number(bottom), j, -0.05, false));
      double y = stagger && j % 2 == 1 ? -0.215 : -0.12;
      chart.addAnnotation(new AnnotationText(a.label(), j, y, false));
      chart.addAnnotation(new AnnotationText(directionWord(labels, a.direction()), j, y - 0.045, false));
    }
    return chart;
  }

  private static void check(List<Axis> axes, List<double[]> rows) {
    Objects.requireNonNull(axes, "axes");
    Objects.requireNonNull(rows, "rows");
    checkArgument(!axes.isEmpty(), "no axes: a parallel-coordinates chart needs at least one lever or objective");
    checkArgument(!rows.isEmpty(), "no rows: the Pareto set to chart is empty");
    Set<String> names = new LinkedHashSet<>();
    for (Axis a : axes) {
      checkArgument(names.add(Objects.requireNonNull(a, "axis").name()), "two axes are named '%s'", a.name());
    }
    for (int i = 0; i < rows.size(); i++) {
      double[] r = Objects.requireNonNull(rows.get(i), "row");
      checkArgument(r.length == axes.size(), "row %s has %s values, expected %s (one per axis: %s)", i, r.length,
          axes.size(), names);
      for (int j = 0; j < r.length; j++) {
        checkArgument(Double.isFinite(r[j]), "row %s, column %s (axis '%s'): value %s is not finite", i, j,
            axes.get(j).name(), r[j]);
      }
    }
  }

  private static double[][] ranges(List<Axis> axes, List<double[]> rows) {
    double[][] range = new double[axes.size()][];
    for (int j = 0; j < axes.size(); j++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double[] r : rows) {
        min = Math.min(min, r[j]);
        max = Math.max(max, r[j]);
      }
      range[j] = new double[] {min, max};
    }
    return range;
  }

  private static double position(Direction d, double v, double min, double max) {
    if (max == min) {
      return MIDDLE;
    }
    double p = d == Direction.MINIMISED ? (max - v) / (max - min) : (v - min) / (max - min);
    return Math.min(TOP, Math.max(BOTTOM, p)); // rounding of a huge range must not leave [0, 1]
  }

  /** A value as printed at an axis' end: up to 4 significant digits, no grouping ("2030", not "2,030"). */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e7) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    String s = String.format(Locale.ROOT, "%.4g", v);
    if (s.contains("e")) {
      return s;
    }
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  // ---- trade-off scatter ---------------------------------------------------------------------------------

  /**
   * A trade-off scatter of two objectives of a Pareto set: the plans as light circles (one series), each
   * hand-written scenario as its own series with a distinct marker and its name written beside it, and the chosen
   * plan, if any, as a large red circle (series {@code chosen plan}). The axes print values without grouping.
   *
   * @param pareto one {@code {x, y}} per plan, finite; at least one
   * @param marked hand-written scenarios by name to their {@code {x, y}}, finite; names not blank; may be empty
   * @param chosen the index in {@code pareto} of the plan to highlight, if any
   * @throws IllegalArgumentException if the Pareto set is empty, a point has not two values or a value is NaN or
   *     infinite (the message names the plan or scenario and the column), a scenario's name is blank or equals a
   *     series name of the chart, or the chosen index is outside the set
   */
  public static XYChart tradeOff(String xName, String xUnit, String yName, String yUnit, double[][] pareto,
      Map<String, double[]> marked, OptionalInt chosen, ChartLabels labels) {
    Objects.requireNonNull(pareto, "pareto");
    Objects.requireNonNull(marked, "marked");
    checkArgument(pareto.length > 0, "no plans: the Pareto set to chart is empty");
    String[] columns = {xName, yName};
    for (int i = 0; i < pareto.length; i++) {
      checkPoint("plan " + i, pareto[i], columns);
    }
    String setName = allPlans(labels, pareto.length);
    String chosenName = chosenPlan(labels, "");
    for (Map.Entry<String, double[]> e : marked.entrySet()) {
      String name = Objects.requireNonNull(e.getKey(), "scenario name");
      checkArgument(!name.isBlank(), "a marked scenario has a blank name");
      checkArgument(!name.equals(setName) && !name.equals(chosenName),
          "marked scenario '%s' has the name of a series of the chart", name);
      checkPoint("scenario '" + name + "'", e.getValue(), columns);
    }
    if (chosen.isPresent()) {
      int c = chosen.getAsInt();
      checkArgument(c >= 0 && c < pareto.length, "chosen plan %s is outside the Pareto set of %s plans (0 to %s)",
          c, pareto.length, pareto.length - 1);
    }
    String xLabel = xName + " (" + xUnit + ")";
    String yLabel = yName + " (" + yUnit + ")";
    XYChart chart = Charts.xy(labels, tradeOffTitle(labels, yName, xName), xLabel, yLabel);
    AxesChartStyler st = chart.getStyler();
    st.setXAxisDecimalPattern(PATTERN).setYAxisDecimalPattern(PATTERN);
    st.setMarkerSize(9);

    double[] px = new double[pareto.length];
    double[] py = new double[pareto.length];
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < pareto.length; i++) {
      px[i] = pareto[i][0];
      py[i] = pareto[i][1];
    }
    for (double[] p : concat(pareto, marked)) {
      minX = Math.min(minX, p[0]);
      maxX = Math.max(maxX, p[0]);
      minY = Math.min(minY, p[1]);
      maxY = Math.max(maxY, p[1]);
    }
    double padX = pad(minX, maxX);
    double padY = pad(minY, maxY);
    st.setXAxisMin(minX - padX).setXAxisMax(maxX + padX).setYAxisMin(minY - padY).setYAxisMax(maxY + 2 * padY);
    XYSeries set = chart.addSeries(setName, px, py);
    set.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    set.setMarker(SeriesMarkers.CIRCLE);
    set.setMarkerColor(PARETO);
    int k = 0;
    for (Map.Entry<String, double[]> e : marked.entrySet()) {
      double[] p = e.getValue();
      XYSeries s = chart.addSeries(e.getKey(), new double[] {p[0]}, new double[] {p[1]});
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(MARKS[k % MARKS.length]);
      s.setMarkerColor(MARK_COLOURS[k % MARK_COLOURS.length]);
      chart.addAnnotation(new AnnotationText(e.getKey(), p[0], p[1] + 0.8 * padY, false));
      k++;
    }
    if (chosen.isPresent()) {
      double[] p = pareto[chosen.getAsInt()];
      XYSeries s = chart.addSeries(chosenName, new double[] {p[0]}, new double[] {p[1]});
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(CHOSEN);
      chart.addAnnotation(new AnnotationText(chosenName, p[0], p[1] - 0.8 * padY, false));
    }
    return chart;
  }

  /** The decimal pattern of a trade-off's axes: no grouping, up to three decimals. */
  static final String PATTERN = "0.###";

  private static void checkPoint(String what, double[] p, String[] columns) {
    Objects.requireNonNull(p, what);
    checkArgument(p.length == 2, "%s has %s values, expected 2 (%s, %s)", what, p.length, columns[0], columns[1]);
    for (int j = 0; j < 2; j++) {
      checkArgument(Double.isFinite(p[j]), "%s, column %s (%s): value %s is not finite", what, j, columns[j], p[j]);
    }
  }

  private static List<double[]> concat(double[][] pareto, Map<String, double[]> marked) {
    List<double[]> all = new ArrayList<>(List.of(pareto));
    all.addAll(marked.values());
    return all;
  }

  private static double pad(double min, double max) {
    double span = max - min;
    return span > 0 ? 0.08 * span : Math.max(Math.abs(min) * 0.05, 1.0);
  }

  // ---- words ---------------------------------------------------------------------------------------------

  private static String tr(ChartLabels labels, String english, String chinese) {
    return labels.language() == ChartLanguage.CHINESE ? chinese : english;
  }

  static String pcTitle(ChartLabels labels, int plans) {
    return tr(labels, "Pareto set: " + plans + " plans in parallel coordinates",
        "帕累托解集：" + plans + " 个方案的平行坐标图");
  }

  static String pcXTitle(ChartLabels labels) {
    return tr(labels, "Lever or objective (unit); its values at both ends",
        "决策变量或目标（单位）；两端为其取值");
  }

  static String pcYTitle(ChartLabels labels) {
    return tr(labels, "Position on each axis (top = better; lever: higher)",
        "各轴上的位置（上方更优；决策变量：数值更高）");
  }

  static String directionWord(ChartLabels labels, Direction d) {
    switch (d) {
      case MINIMISED:
        return tr(labels, "minimised", "越小越好");
      case MAXIMISED:
        return tr(labels, "maximised", "越大越好");
      default:
        return tr(labels, "lever", "决策变量");
    }
  }

  static String allPlans(ChartLabels labels, int plans) {
    return tr(labels, "Pareto set (" + plans + " plans)", "帕累托解集（" + plans + " 个方案）");
  }

  static String otherPlans(ChartLabels labels, int plans) {
    return tr(labels, "other plans of the Pareto set (" + plans + ")", "帕累托解集的其他方案（" + plans + " 个）");
  }

  static String chosenPlan(ChartLabels labels, String plan) {
    return tr(labels, plan.isEmpty() ? "chosen plan" : "chosen: " + plan,
        plan.isEmpty() ? "选定方案" : "选定方案：" + plan);
  }

  static String tradeOffTitle(ChartLabels labels, String y, String x) {
    return tr(labels, "Trade-off of the Pareto set: " + y + " against " + x,
        "帕累托解集的权衡：" + y + " 与 " + x);
  }
}
