package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Engine;
import io.xinlu.indicator.Indicators;
import io.xinlu.io.results.Iamc;
import io.xinlu.scenarios.Yangquan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xinlu iamc}: Yangquan's four scenarios in the IAMC format, read back under the format's rules, equal to the
 * runs; the catalogue city and its files give the same file; bad input exits 2 and writes nothing.
 */
class IamcCommandTest {
  @Test
  void yangquan_is_written_whole_and_reads_back_as_its_runs(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("yq.csv");
    Cli.Result r = Cli.run("iamc", "--city", "yangquan", "--out", file.toString(), "--model-name", "Xinlu");
    assertEquals(0, r.code(), r.out() + r.err());
    ImmutableList<Iamc.Row> rows = Iamc.read(Files.readString(file));
    Set<String> scenarios = rows.stream().map(Iamc.Row::scenario).collect(Collectors.toCollection(
        java.util.TreeSet::new));
    assertEquals(Set.of("accelerated", "baseline", "delayed", "seed-plan"), scenarios);
    assertTrue(r.out().startsWith("Wrote " + rows.size() + " rows (4 scenarios x "), r.out());
    Iamc.Row co2 = rows.stream().filter(x -> x.scenario().equals("accelerated")
        && x.variable().equals("Emissions|CO2")).findFirst().orElseThrow();
    assertEquals(List.of("Xinlu", "yangquan", "Mt CO2/yr"), List.of(co2.model(), co2.region(), co2.unit()));
    double expected = Indicators.co2().value(Engine.run(Yangquan.model(), "accelerated"), 2035);
    assertEquals(expected, co2.values().get(2035), 0.0);
    // each of the 17 sectors' value added and employment, and no indicator Yangquan cannot compute
    assertEquals(17, rows.stream().filter(x -> x.scenario().equals("baseline")
        && x.variable().startsWith("Value Added|")).count());
    assertEquals(17, rows.stream().filter(x -> x.scenario().equals("baseline")
        && x.variable().startsWith("Employment|") && !x.variable().contains("Displaced")
        && !x.variable().contains("Jobs")).count());
    // the files give the same file as the catalogue city
    Path fromFiles = dir.resolve("files.csv");
    assertEquals(0, Cli.run("iamc", "--profile", "cases/yangquan/profile.yaml", "--scenarios",
        "cases/yangquan/scenarios.yaml", "--out", fromFiles.toString(), "--model-name", "Xinlu").code());
    assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(fromFiles));
  }

  @Test
  void chosen_scenarios_indicators_and_years_go_to_standard_output() {
    Cli.Result r = Cli.run("iamc", "--city", "synthetic", "--scenario", "baseline", "--indicators", "gdp,co2",
        "--years", "2020,2035", "--region", "Testland", "--model-name", "m");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(3, lines.length, r.out());
    assertEquals("model,scenario,region,variable,unit,2020,2035", lines[0]);
    assertTrue(lines[1].startsWith("m,baseline,Testland,GDP|MER,billion CNY_2020/yr,"), lines[1]);
    assertTrue(lines[2].startsWith("m,baseline,Testland,Emissions|CO2,Mt CO2/yr,"), lines[2]);
  }

  @Test
  void bad_input_exits_2_and_writes_nothing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("x.csv");
    bad(dir, "unknown indicator 'nope'", "--city", "synthetic", "--indicators", "nope", "--out", file.toString());
    bad(dir, "year 2050 is outside the runs", "--city", "synthetic", "--years", "2050", "--out", file.toString());
    bad(dir, "unknown scenario 'nope' of city synthetic; known scenarios: baseline, all", "--city", "synthetic", "--scenario", "nope", "--out", file.toString());
    bad(dir, "the IAMC region name is blank", "--city", "synthetic", "--region", " ", "--out", file.toString());
    bad(dir, "is a folder", "--city", "synthetic", "--out", dir.toString());
    bad(dir, "the IAMC model name holds the control character U+000A", "--city", "synthetic", "--model-name",
        "a\nb", "--out", file.toString());
    bad(dir, "the IAMC model name has 100000 characters", "--city", "synthetic", "--model-name", "a".repeat(100_000),
        "--out", file.toString());
    assertFalse(Files.exists(file));
    // an existing file is left as it was when the command fails
    Files.writeString(file, "keep", StandardCharsets.UTF_8);
    bad(dir, "unknown indicator 'nope'", "--city", "synthetic", "--indicators", "nope", "--out", file.toString());
    assertEquals("keep", Files.readString(file));
  }

  private static void bad(Path dir, String expected, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "iamc";
    System.arraycopy(args, 0, all, 1, args.length);
    Cli.Result r = Cli.run(all);
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(expected), "'" + expected + "' in: " + r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }
}
