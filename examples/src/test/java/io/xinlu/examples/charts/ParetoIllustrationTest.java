package io.xinlu.examples.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xinlu.examples.charts.ParetoCharts.Axis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/**
 * The illustration of docs/CHARTS.md: a small made-up Pareto set (not a search result) drawn as parallel coordinates
 * and as a trade-off. The test renders both into a temporary folder; with the system property
 * {@code xinlu.paretoImages} set to a folder (e.g. {@code docs/images}, relative to the examples module's parent)
 * it writes {@code pareto-parallel.png}/{@code .svg} and {@code pareto-tradeoff.png}/{@code .svg} there.
 */
class ParetoIllustrationTest {
  static final List<Axis> AXES = List.of(
      Axis.lever("intensity:coal-exit", "1"),
      Axis.lever("intensity:new-materials", "1"),
      Axis.lever("start:coal-power-retirement", "year"),
      Axis.minimised("co2@2030", "Mt"),
      Axis.maximised("gdp@2035", "bn yuan"),
      Axis.minimised("peak(displaced)", "thousand"));

  /** Made up: eight plans that trade CO2 against GDP and displaced workers. */
  static final double[][] PLANS = {
      {1.0, 0.4, 2026, 27.1, 1402, 38.0},
      {0.9, 0.6, 2027, 27.8, 1431, 33.5},
      {0.8, 0.8, 2027, 28.4, 1455, 29.0},
      {0.7, 1.0, 2028, 29.0, 1478, 26.2},
      {0.6, 1.2, 2028, 29.6, 1496, 23.9},
      {0.5, 1.3, 2029, 30.2, 1510, 21.0},
      {0.4, 1.5, 2030, 30.9, 1521, 18.7},
      {0.3, 1.6, 2030, 31.6, 1529, 17.5}};

  static XYChart parallel() {
    List<double[]> rows = new ArrayList<>(List.of(PLANS));
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < PLANS.length; i++) {
      labels.add("plan " + i);
    }
    return ParetoCharts.parallelCoordinates(AXES, rows, labels, Optional.of("plan 3"), ChartLabels.english());
  }

  static XYChart tradeOff() {
    double[][] xy = new double[PLANS.length][];
    for (int i = 0; i < PLANS.length; i++) {
      xy[i] = new double[] {PLANS[i][3], PLANS[i][4]};
    }
    Map<String, double[]> marked = new LinkedHashMap<>();
    marked.put("baseline", new double[] {32.2, 1505});
    marked.put("seed-plan", new double[] {30.4, 1480});
    marked.put("coal-exit", new double[] {28.3, 1420});
    return ParetoCharts.tradeOff("co2@2030", "Mt", "gdp@2035", "bn yuan", xy, marked, OptionalInt.of(3),
        ChartLabels.english());
  }

  @Test
  void the_illustration_renders(@TempDir Path dir) throws IOException {
    String target = System.getProperty("xinlu.paretoImages");
    Path folder = target == null || target.isBlank() ? dir : Path.of(target);
    List<Path> files = new ArrayList<>(ChartFiles.write(parallel(), folder, "pareto-parallel"));
    files.addAll(ChartFiles.write(tradeOff(), folder, "pareto-tradeoff"));
    assertEquals(4, files.size());
    for (Path f : files) {
      assertEquals(true, Files.size(f) > 1000, f.toString());
    }
  }
}
