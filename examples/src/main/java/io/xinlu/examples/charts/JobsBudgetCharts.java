package io.xinlu.examples.charts;

import static com.google.common.base.Preconditions.checkArgument;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The chart of the report's section "Jobs and the budget" (就业与财政): two panels, one above the other, each
 * {@value Charts#WIDTH} x {@value Charts#HEIGHT} pixels, in one PNG and one SVG ({@value #FILE}):
 *
 * <ol>
 *   <li>general budget revenue (bn CNY, solid lines, left axis) and coal's share of it (%, dashed lines, right axis)
 *       by scenario over the years;
 *   <li>the displaced workers of the cohort account by age band, stacked, in one scenario (thousand persons).
 * </ol>
 *
 * <p>A panel whose data the runs lack (no public finance; no labour market) is left out with a warning; with neither,
 * there is no chart. Years print without grouping ("2022"); labels follow {@link ChartLabels} (Chinese only with a
 * font that displays it).
 *
 * <p>Stateless and thread-safe.
 */
public final class JobsBudgetCharts {
  /** The base name of the chart's files. */
  public static final String FILE = "jobs-budget";

  private static final Color[] PALETTE = {
      new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
      new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};
  private static final Color[] BANDS = {
      new Color(0xc6dbef), new Color(0x9ecae1), new Color(0x6baed6), new Color(0x3182bd), new Color(0x08519c),
      new Color(0x08306b)};

  private JobsBudgetCharts() {}

  /**
   * The budget panel: revenue (solid, left axis, bn CNY) and coal's share of it (dashed, right axis, %) of each run
   * over its years, one colour per scenario.
   *
   * @throws IllegalArgumentException if there are no runs or a run has no public finance (the message says why)
   */
  public static XYChart budget(List<Run> runs, ChartLabels labels) {
    checkArgument(!runs.isEmpty(), "no runs to chart");
    boolean zh = labels.language() == ChartLanguage.CHINESE;
    String revenue = zh ? "一般公共预算收入 (亿元)" : "Budget revenue (bn CNY)";
    String share = zh ? "煤炭占预算收入比重 (%)" : "Coal's share of revenue (%)";
    XYChart chart = Charts.xy(labels, zh ? "一般公共预算收入（实线）与煤炭占比（虚线）：各情景比较"
        : "Budget revenue (solid) and coal's share of it (dashed) by scenario", labels.year(), revenue);
    chart.setYAxisGroupTitle(0, revenue);
    chart.setYAxisGroupTitle(1, share);
    chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    chart.getStyler().setYAxisDecimalPattern("0.0");
    int k = 0;
    for (Run run : runs) {
      Indicators.revenuePerResident().checkAvailable(run);
      double[] x = years(run);
      double[] rev = Indicators.budgetRevenue().series(run);
      double[] sh = Indicators.coalRevenueShare().series(run);
      for (int i = 0; i < rev.length; i++) {
        rev[i] *= zh ? 10 : 1; // 1 billion CNY = 10 亿元
        sh[i] *= 100;
      }
      Color c = PALETTE[k++ % PALETTE.length];
      XYSeries a = chart.addSeries(run.scenarioName() + (zh ? " 收入" : " revenue"), x, rev);
      a.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      a.setMarker(SeriesMarkers.NONE);
      a.setLineColor(c);
      a.setLineWidth(2.5f);
      XYSeries b = chart.addSeries(run.scenarioName() + (zh ? " 煤炭占比" : " coal share"), x, sh);
      b.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      b.setMarker(SeriesMarkers.NONE);
      b.setLineColor(c);
      b.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f},
          0f));
      b.setYAxisGroup(1);
    }
    return chart;
  }

  /**
   * The workers panel: the displaced workers of the cohort account in one run, by age band, stacked from the
   * youngest band at the bottom, in thousand persons; the top of the stack is the cohort pool.
   *
   * @throws IllegalArgumentException if the run has no labour market (the message says why)
   */
  public static XYChart displacedByAge(Run run, ChartLabels labels) {
    Indicators.longTermUnemployed().checkAvailable(run);
    boolean zh = labels.language() == ChartLanguage.CHINESE;
    XYChart chart = Charts.xy(labels, zh ? "按年龄组的下岗待业人员（情景 " + run.scenarioName() + "，堆积）"
            : "Displaced workers waiting, by age band, scenario " + run.scenarioName() + " (stacked)",
        labels.year(), zh ? "人数 (千人)" : "Workers (thousand persons)");
    chart.getStyler().setYAxisMin(0.0).setYAxisDecimalPattern("0.0");
    List<String> bands = run.ageBands();
    double[] x = years(run);
    double[][] bounds = new double[bands.size() + 1][];
    bounds[0] = new double[x.length];
    for (int i = 0; i < bands.size(); i++) {
      double[] v = Indicators.displacedByAge(bands.get(i)).series(run);
      bounds[i + 1] = bounds[i].clone();
      for (int k = 0; k < x.length; k++) {
        bounds[i + 1][k] += Double.isNaN(v[k]) ? 0 : v[k];
      }
    }
    for (int i = bands.size() - 1; i >= 0; i--) {
      Color c = BANDS[Math.min(i, BANDS.length - 1)];
      Charts.band(chart, (zh ? "年龄 " : "aged ") + bands.get(i), x, bounds[i], bounds[i + 1], c);
    }
    return chart;
  }

  /**
   * Renders the chart as {@value #FILE}{@code .png} and {@value #FILE}{@code .svg} into memory (file name to bytes):
   * the budget panel if the runs have public finance, the workers panel of {@code scenario} if its run has a labour
   * market; a panel left out is named in a warning, and with neither panel the map is empty.
   *
   * @param runs the runs, one per scenario, of one model
   * @param scenario the scenario of the workers panel; one of the runs
   * @param labels the labels' language
   * @param warnings receives a warning for each panel left out
   * @throws IllegalArgumentException if the scenario is not among the runs (the message lists the runs)
   * @throws IOException if the image cannot be encoded
   */
  public static Map<String, byte[]> render(List<Run> runs, String scenario, ChartLabels labels,
      Consumer<String> warnings) throws IOException {
    checkArgument(!runs.isEmpty(), "no runs to chart");
    Run workers = runs.stream().filter(r -> r.scenarioName().equals(scenario)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no run of scenario '" + scenario + "'; runs: "
            + runs.stream().map(Run::scenarioName).toList()));
    List<XYChart> panels = new ArrayList<>();
    Optional<String> noBudget = runs.stream().map(r -> Indicators.revenuePerResident().unavailableReason(r))
        .flatMap(Optional::stream).findFirst();
    if (noBudget.isPresent()) {
      warnings.accept("no budget panel in " + FILE + ": " + noBudget.get());
    } else {
      panels.add(budget(runs, labels));
    }
    Optional<String> noCohorts = Indicators.longTermUnemployed().unavailableReason(workers);
    if (noCohorts.isPresent()) {
      warnings.accept("no panel of displaced workers by age band in " + FILE + ": " + noCohorts.get());
    } else {
      panels.add(displacedByAge(workers, labels));
    }
    Map<String, byte[]> out = new LinkedHashMap<>();
    if (panels.isEmpty()) {
      return out;
    }
    out.put(FILE + ".png", png(panels));
    out.put(FILE + ".svg", svg(panels));
    return out;
  }

  /** The panels one above the other as a PNG image, {@value Charts#WIDTH} pixels wide. */
  static byte[] png(List<XYChart> panels) throws IOException {
    BufferedImage image = new BufferedImage(Charts.WIDTH, Charts.HEIGHT * panels.size(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      paint(g, panels);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** The panels one above the other as one SVG document (one drawing, so no two panels share an element id). */
  static byte[] svg(List<XYChart> panels) throws IOException {
    VectorGraphics2D g = new VectorGraphics2D();
    paint(g, panels);
    Document doc = Processors.get("svg").getDocument(g.getCommands(),
        new PageSize(0.0, 0.0, Charts.WIDTH, (double) Charts.HEIGHT * panels.size()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.writeTo(out);
    return out.toByteArray();
  }

  private static void paint(Graphics2D g, List<XYChart> panels) {
    for (int i = 0; i < panels.size(); i++) {
      Graphics2D p = (Graphics2D) g.create(0, i * Charts.HEIGHT, Charts.WIDTH, Charts.HEIGHT);
      try {
        panels.get(i).paint(p, Charts.WIDTH, Charts.HEIGHT);
      } finally {
        p.dispose();
      }
    }
  }

  private static double[] years(Run run) {
    int[] y = run.years();
    double[] out = new double[y.length];
    for (int k = 0; k < y.length; k++) {
      out[k] = y[k];
    }
    return out;
  }
}
