package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --output}, {@code report --out} and {@code export} never replace a symbolic link, a FIFO or a device by a
 * regular file: a link is written through to its target, a FIFO (standing in for a device: tests never write to a
 * real one) is written directly; the report's files are all written or none; no message names a temporary file.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SpecialFilesTest {
  /** The report's 29 files: five tables and 12 charts, each as PNG and SVG. */
  static final List<String> REPORT_FILES;

  static {
    List<String> names = new ArrayList<>(List.of("runs.csv", "comparison.csv", "targets.csv", "decomposition.csv",
        "jobs-budget.csv"));
    for (String chart : List.of("mix-baseline", "mix-seed-plan", "mix-accelerated", "mix-delayed", "co2-lines",
        "energy-intensity-lines", "share-group-tertiary-lines", "employment-lines", "co2-fan", "tornado-co2",
        "lmdi-waterfall", "jobs-budget")) {
      names.add(chart + ".png");
      names.add(chart + ".svg");
    }
    REPORT_FILES = List.copyOf(names);
  }

  @TempDir
  Path dir;

  static Path fifo(Path f) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", f.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available: " + e.getMessage());
      throw e;
    }
    assumeTrue(p.waitFor() == 0 && Files.exists(f, LinkOption.NOFOLLOW_LINKS), "mkfifo failed");
    return f;
  }

  static boolean isFifo(Path p) throws IOException {
    return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
  }

  private static void noTemporaryName(Cli.Result r) {
    assertFalse((r.out() + r.err()).contains(".tmp"), "a temporary file name in: " + r.err());
  }

  private List<String> hidden(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  @Test
  void output_through_a_symbolic_link_writes_its_target_and_keeps_the_link() throws IOException {
    Path target = Files.writeString(dir.resolve("target.csv"), "stale\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("target.csv"));
    Cli.Result r = Cli.run("run", "--city", "synthetic", "-i", "gdp", "-y", "2035", "--format", "csv", "--output",
        link.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
    assertTrue(Files.readString(target).contains("gdp"), "the link's target is stale");
    assertTrue(r.out().contains("target.csv"), "says where the data went: " + r.out());
    assertEquals(List.of(), hidden(dir));
  }

  @Test
  void output_into_a_fifo_streams_into_it_and_keeps_it_a_fifo() throws Exception {
    Path fifo = fifo(dir.resolve("out.fifo"));
    CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new RuntimeException(e);
      }
    });
    Cli.Result r = Cli.run("run", "--city", "synthetic", "-i", "gdp", "-y", "2035", "--format", "csv", "--output",
        fifo.toString());
    assertEquals(0, r.code(), r.err());
    String got = new String(read.get(60, TimeUnit.SECONDS), StandardCharsets.UTF_8);
    assertTrue(got.startsWith("# xinlu-version") && got.contains("gdp"), got);
    assertTrue(isFifo(fifo), "the FIFO was replaced by a regular file");
    assertFalse(r.out().contains("wrote"), "nothing about the stream on standard output: " + r.out());
  }

  @Test
  void a_fifo_whose_reader_leaves_is_an_error_with_exit_2_and_nothing_else_written() throws Exception {
    Path fifo = fifo(dir.resolve("out.fifo"));
    CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return in.read(); // one byte, then the reader leaves: a broken pipe, as a full device would fail
      } catch (IOException e) {
        throw new RuntimeException(e);
      }
    });
    // the comparison of every year (about 125 kB) is larger than a pipe's buffer (64 kB)
    Cli.Result r = Cli.run("compare", "--city", "yangquan", "--format", "json",
        "-y", "2023,2024,2025,2026,2027,2028,2029,2030,2031,2032,2033,2034,2035", "--output", fifo.toString());
    read.get(60, TimeUnit.SECONDS);
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("out.fifo"), r.err());
    noTemporaryName(r);
    assertTrue(isFifo(fifo));
    assertEquals(List.of(), hidden(dir));
  }

  @Test
  void report_is_all_or_nothing_when_one_chart_cannot_be_written() throws IOException {
    Path out = Files.createDirectory(dir.resolve("report"));
    for (String f : REPORT_FILES) {
      if (f.equals("tornado-co2.svg")) {
        Files.writeString(Files.createDirectory(out.resolve(f)).resolve("keep"), "x");
      } else {
        Files.writeString(out.resolve(f), "old " + f);
      }
    }
    Cli.Result r = Cli.run("report", "--out", out.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("tornado-co2.svg") && r.err().contains("folder"), r.err());
    noTemporaryName(r);
    for (String f : REPORT_FILES) {
      if (!f.equals("tornado-co2.svg")) {
        assertEquals("old " + f, Files.readString(out.resolve(f)), f + " was replaced though the report failed");
      }
    }
    assertEquals(List.of(), hidden(out));
  }

  @Test
  void report_writes_through_links_in_its_folder() throws IOException {
    Path out = Files.createDirectory(dir.resolve("report"));
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    Path target = Files.writeString(elsewhere.resolve("runs.csv"), "stale\n");
    Path link = Files.createSymbolicLink(out.resolve("runs.csv"), target);
    Cli.Result r = Cli.run("report", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(target).startsWith("# xinlu-version"), "the link's target is stale");
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(REPORT_FILES.size(), s.count());
    }
  }

  @Test
  void export_writes_through_links_and_never_names_a_temporary_file() throws IOException {
    Path out = Files.createDirectory(dir.resolve("city"));
    Path target = Files.writeString(dir.resolve("kept-profile.yaml"), "stale\n");
    Path link = Files.createSymbolicLink(out.resolve("profile.yaml"), target);
    Cli.Result r = Cli.run("export", "synthetic", "--out", out.toString(), "--force");
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(target).contains("format: xinlu/1"), "the link's target is stale");
    // a folder where a file should go: exit 2, the message names it, nothing else written
    Path other = Files.createDirectory(dir.resolve("other"));
    Files.writeString(Files.createDirectory(other.resolve("scenarios.yaml")).resolve("keep"), "x");
    Cli.Result bad = Cli.run("export", "synthetic", "--out", other.toString(), "--force");
    assertEquals(2, bad.code(), bad.out() + bad.err());
    assertTrue(bad.err().contains("scenarios.yaml"), bad.err());
    noTemporaryName(bad);
    assertFalse(Files.exists(other.resolve("profile.yaml")), "profile.yaml written though the export failed");
    assertEquals(List.of(), hidden(other));
  }
}
