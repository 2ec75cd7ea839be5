package io.xinlu.examples.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.Uncertainty;
import io.xinlu.scenarios.Yangquan;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportChartsTest {
  @TempDir
  Path dir;

  static ParameterSpace space() {
    ParameterSpace.Builder b = ParameterSpace.builder();
    for (Uncertainty u : Yangquan.uncertainties()) {
      b.parameter(u.path(), Distribution.triangular(u.low(), u.mode(), u.high()));
    }
    return b.build();
  }

  @Test
  void writes_every_chart_of_the_yangquan_report() throws IOException {
    CityModel model = Yangquan.model();
    List<Run> runs = new ArrayList<>();
    for (String s : Yangquan.SCENARIOS) {
      runs.add(Engine.compile(model, s).run());
    }
    List<String> warnings = new ArrayList<>();
    List<Path> files = ReportCharts.writeAll(model, runs, "baseline", "seed-plan", space(), dir.resolve("charts"),
        ChartLanguage.ENGLISH, warnings::add, 16);
    List<String> bases = List.of("mix-baseline", "mix-seed-plan", "mix-accelerated", "mix-delayed", "co2-lines",
        "energy-intensity-lines", "share-group-tertiary-lines", "employment-lines", "co2-fan", "tornado-co2",
        "lmdi-waterfall", "jobs-budget");
    List<String> expected = new ArrayList<>();
    for (String b : bases) {
      expected.add(b + ".png");
      expected.add(b + ".svg");
    }
    assertEquals(expected, files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList()));
    try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
      assertEquals(expected.size(), s.count(), "no temporary files left");
    }
    for (Path f : files) {
      if (f.toString().endsWith(".png")) {
        BufferedImage img = ImageIO.read(f.toFile());
        assertEquals(Charts.WIDTH, img.getWidth(), f.toString());
        // every chart is one panel high, but jobs-budget, which has two
        assertEquals(f.getFileName().toString().startsWith("jobs-budget") ? 2 * Charts.HEIGHT : Charts.HEIGHT,
            img.getHeight(), f.toString());
      } else {
        assertTrue(Files.readString(f).contains("<svg"), f.toString());
      }
    }
    assertTrue(warnings.isEmpty(), warnings.toString());
  }

  @Test
  void an_unknown_scenario_lists_the_runs() {
    CityModel model = Yangquan.model();
    List<Run> runs = List.of(Engine.compile(model, "baseline").run());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportCharts.writeAll(model,
        runs, "baseline", "nope", space(), dir, ChartLanguage.ENGLISH, w -> { }));
    assertTrue(e.getMessage().contains("nope") && e.getMessage().contains("[baseline]"), e.getMessage());
  }
}
