package io.xinlu.examples.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

class ChartFilesTest {
  @TempDir
  Path dir;

  static XYChart chart() {
    XYChart c = Charts.xy(ChartLabels.english(), "t", "Year", "y (Mt)");
    c.addSeries("s", new double[] {2022, 2023, 2024}, new double[] {1, 2, 3});
    return c;
  }

  @Test
  void writes_a_valid_png_and_svg() throws IOException {
    List<Path> files = ChartFiles.write(chart(), dir.resolve("out"), "test");
    assertEquals(List.of(dir.resolve("out/test.png"), dir.resolve("out/test.svg")), files);
    BufferedImage img = ImageIO.read(files.get(0).toFile());
    assertEquals(Charts.WIDTH, img.getWidth());
    assertEquals(Charts.HEIGHT, img.getHeight());
    String svg = Files.readString(files.get(1), StandardCharsets.UTF_8);
    assertTrue(svg.startsWith("<?xml") || svg.contains("<svg"), svg.substring(0, Math.min(80, svg.length())));
  }

  @Test
  void leaves_no_temporary_file_and_replaces_an_old_chart() throws IOException {
    Files.writeString(dir.resolve("test.png"), "old");
    ChartFiles.write(chart(), dir, "test");
    ChartFiles.write(chart(), dir, "test");
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of("test.png", "test.svg"), s.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertTrue(Files.size(dir.resolve("test.png")) > 1000);
  }

  @Test
  void a_file_where_the_folder_should_be_is_a_clear_error() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "x");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ChartFiles.write(chart(), file, "test"));
    assertTrue(e.getMessage().contains("is not a folder"), e.getMessage());
  }

  @Test
  void a_folder_that_cannot_be_created_is_a_clear_error() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "x");
    IOException e = assertThrows(IOException.class, () -> ChartFiles.write(chart(), file.resolve("sub"), "test"));
    assertTrue(e.getMessage().contains("cannot create chart folder"), e.getMessage());
  }

  @Test
  void a_read_only_folder_is_a_clear_error() throws IOException {
    Path ro = Files.createDirectory(dir.resolve("ro"));
    assertTrue(ro.toFile().setWritable(false, false));
    try {
      if (Files.isWritable(ro)) {
        return; // running as root: permissions do not stop writing
      }
      IOException e = assertThrows(IOException.class, () -> ChartFiles.write(chart(), ro, "test"));
      assertTrue(e.getMessage().contains("not writable"), e.getMessage());
    } finally {
      ro.toFile().setWritable(true, false);
    }
  }

  @Test
  void bad_base_names_are_rejected() {
    for (String bad : List.of("", " ", "a/b", "..", ".hidden")) {
      assertThrows(IllegalArgumentException.class, () -> ChartFiles.write(chart(), dir, bad), bad);
    }
  }
}
