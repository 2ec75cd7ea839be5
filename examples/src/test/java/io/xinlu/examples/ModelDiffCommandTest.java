package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.check.OutputMove;
import io.xinlu.check.ChangeTolerance;
import io.xinlu.check.VersionComparison;
import io.xinlu.check.VersionDiff;
import io.xinlu.io.ScenarioFiles;
import io.xinlu.io.results.CsvExport;
import io.xinlu.scenarios.Yangquan;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xinlu diff} on the files of {@code cases/yangquan}: identical files report nothing and exit 0; a copy with one
 * input-output coefficient changed exits 1, naming what moved, and moves nothing in the base year; a copy with one
 * project's effect changed moves nothing in the baseline (which does not adopt its strategy) nor before the first year
 * the project acts in each scenario; bad input exits 2 with nothing written.
 */
class ModelDiffCommandTest {
  private static final Path CASES = Path.of("cases", "yangquan");
  private static final Path PROFILE = CASES.resolve("profile.yaml");
  private static final Path SCENARIOS = CASES.resolve("scenarios.yaml");

  /** The command with the shipped files as the old version and {@code profile}, {@code scenarios} as the new. */
  private static Cli.Result diff(Path profile, Path scenarios, String... more) {
    List<String> args = new ArrayList<>(List.of("diff", "--old", PROFILE.toString(), "--old", SCENARIOS.toString(),
        "--new", profile.toString(), "--new", scenarios.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  /** A copy of the Yangquan files in {@code dir} with {@code from} replaced by {@code to} in one of them. */
  private static Path[] copy(Path dir, Path file, String from, String to) throws IOException {
    Path p = Files.copy(PROFILE, dir.resolve("profile.yaml"));
    Path s = Files.copy(SCENARIOS, dir.resolve("scenarios.yaml"));
    Path changed = file.equals(PROFILE) ? p : s;
    String text = Files.readString(changed);
    assertEquals(1, text.split(java.util.regex.Pattern.quote(from), -1).length - 1, "one place to change: " + from);
    Files.writeString(changed, text.replace(from, to));
    return new Path[] {p, s};
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (CSVParser p = CsvExport.READ_FORMAT.parse(new StringReader(Files.readString(file)))) {
      return p.getRecords();
    }
  }

  private static final String CEMENT_COAL = "    - sector: cement\n      value-added-ratio: 0.25\n      inputs:\n"
      + "        coal-mining: 0.12\n";

  @Test
  void identical_files_report_nothing_and_exit_0(@TempDir Path dir) throws IOException {
    String growth = "population-growth: -0.0026097207085614693";
    Path[] same = copy(dir, PROFILE, growth, growth);
    Path out = dir.resolve("out");
    Cli.Result r = diff(same[0], same[1], "--out", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("No differences: 0 of 7672 outputs moved (4 scenarios x 1 point x 137 indicators x "
        + "years;"), r.out());
    // the moves table is written with its header alone; no chart of nothing
    assertEquals(0, csv(out.resolve("moves.csv")).size());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(Set.of("moves.csv", "moved-indicators.csv", "structure.csv", "points.csv"),
          files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
    }
    // over a design of the files' uncertain parameters too: the same values in both versions, nothing moves
    r = diff(same[0], same[1], "--samples", "3", "--threads", "1");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("No differences: 0 of 30688 outputs moved (4 scenarios x 4 points x 137 indicators"),
        r.out());
    assertTrue(r.out().contains("3 points of a Latin hypercube (seed " + SeedOption.DEFAULT + ") over the 19 "
        + "uncertain parameters of the old files"), r.out());
  }

  @Test
  void one_input_output_coefficient_moves_every_scenario_after_the_base_year_and_exits_1(@TempDir Path dir)
      throws IOException {
    // cement buys 0.13 instead of 0.12 of coal per unit of output: the base year is the profile itself (docs/MODEL.md,
    // section 10), so 2022 cannot move; every later year of every scenario runs the changed Leontief inverse
    String text = Files.readString(PROFILE);
    assertTrue(text.contains(CEMENT_COAL), "the coefficient is where the test expects it");
    Path[] v = copy(dir, PROFILE, CEMENT_COAL, CEMENT_COAL.replace("0.12", "0.13"));
    Path out = dir.resolve("out");
    Cli.Result r = diff(v[0], v[1], "--out", out.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.err().startsWith("xinlu: "), r.err());
    assertTrue(r.err().contains("\nxinlu: moved: gdp, largest gdp in 2035 ("), r.err());
    assertTrue(r.err().contains("\nxinlu: moved: va:sector:cement, largest "), r.err());
    List<CSVRecord> moves = csv(out.resolve("moves.csv"));
    assertFalse(moves.isEmpty());
    Set<String> scenarios = new TreeSet<>();
    Set<String> indicators = new TreeSet<>();
    for (CSVRecord m : moves) {
      assertFalse(m.get("year").equals("2022"), m.toString());
      assertEquals("0", m.get("point"));
      scenarios.add(m.get("scenario"));
      indicators.add(m.get("indicator"));
    }
    assertEquals(new TreeSet<>(List.of(Yangquan.BASELINE, Yangquan.SEED_PLAN, Yangquan.ACCELERATED,
        Yangquan.DELAYED)), scenarios);
    // what the economy's structure does not reach: the population path and the projects' capital
    for (String unmoved : List.of("population", "investment", "cumulative-investment")) {
      assertFalse(indicators.contains(unmoved), unmoved);
    }
    assertTrue(indicators.containsAll(List.of("gdp", "co2", "va:sector:coal-mining", "va:sector:cement")));
    // the rows are largest first: the relative changes never grow down the table
    double previous = Double.POSITIVE_INFINITY;
    for (CSVRecord m : moves) {
      double rel = Math.abs(Double.parseDouble(m.get("relative_change")));
      assertTrue(rel <= previous, m.toString());
      previous = rel;
    }
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(Set.of("moves.csv", "moved-indicators.csv", "structure.csv", "points.csv", "largest-moves.png",
          "largest-moves.svg", "largest-indicator.png", "largest-indicator.svg"),
          files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
    }
    assertTrue(Files.size(out.resolve("largest-moves.png")) > 1000);
  }

  @Test
  void one_project_effect_moves_only_the_scenarios_and_years_it_reaches(@TempDir Path dir) throws IOException {
    // anode-park-expansion: new capacity 2.1 -> 2.5 bn CNY, start 2024, logistic to 2028, in industrial-empowerment.
    // The baseline adopts no strategy; a logistic ramp is 0 in its start year (docs/MODEL.md, section 5), so the
    // project first acts in 2025 under the seed plan, in 2024 when accelerated (start shift -1), 2028 when delayed (+3)
    String from = "        full-effect: 2028\n        ramp: logistic\n        capital-cost: 2.0\n        effects:\n"
        + "          - kind: new-capacity\n            sector: new-materials\n            size: 2.1\n";
    Path[] v = copy(dir, SCENARIOS, from, from.replace("size: 2.1", "size: 2.5"));
    VersionDiff d = VersionComparison.builder(ScenarioFiles.load(List.of(PROFILE, SCENARIOS)).model(),
        ScenarioFiles.load(List.of(v[0], v[1])).model()).tolerance(ChangeTolerance.EXACT).build().run();
    Map<String, Integer> firstYear = new TreeMap<>();
    for (OutputMove m : d.moves()) {
      firstYear.merge(m.scenario(), m.year(), Math::min);
    }
    assertEquals(Map.of(Yangquan.SEED_PLAN, 2025, Yangquan.ACCELERATED, 2024, Yangquan.DELAYED, 2028), firstYear,
        d.report(5));
    assertTrue(d.structure().isEmpty());
    // new capacity is final demand for new materials, so their value added rises; the capital is not an effect
    assertTrue(d.movedIndicators().contains("va:sector:new-materials"));
    assertFalse(d.movedIndicators().contains("investment"));
    assertTrue(d.moves().stream().filter(m -> m.indicator().equals("va:sector:new-materials"))
        .allMatch(m -> m.change() > 0), d.report(5));
  }

  @Test
  void a_scenario_in_one_version_only_exits_1_naming_it(@TempDir Path dir) throws IOException {
    Path[] v = copy(dir, SCENARIOS, "  - name: delayed\n", "  - name: late\n");
    Cli.Result r = diff(v[0], v[1]);
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("xinlu: scenario 'delayed' in the old version only\n"), r.err());
    assertTrue(r.err().contains("xinlu: scenario 'late' in the new version only\n"), r.err());
    assertTrue(r.out().contains("0 of 5754 outputs moved (3 scenarios"), r.out());
  }

  @Test
  void bad_input_exits_2_and_writes_nothing(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    String o = out.toString();
    Cli.Result r = diff(PROFILE, dir.resolve("missing.yaml"), "--out", o);
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("cannot read '" + dir.resolve("missing.yaml") + "': no such file"), r.err());
    Path broken = Files.writeString(dir.resolve("broken.yaml"), Files.readString(SCENARIOS)
        .replace("    end-year: 2035\n", "    end-year: soon\n"));
    r = diff(PROFILE, broken, "--out", o);
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("broken.yaml:"), r.err());
    r = diff(PROFILE, SCENARIOS, "--rel", "-0.1", "--out", o);
    assertEquals(2, r.code(), r.out() + r.err());
    assertEquals("xinlu: --rel must be a finite number at least 0, got -0.1\n", r.err());
    r = diff(PROFILE, SCENARIOS, "--abs", "NaN", "--out", o);
    assertEquals("xinlu: --abs must be a finite number at least 0, got NaN\n", r.err());
    r = diff(PROFILE, SCENARIOS, "--samples", "1", "--out", o);
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("--samples must be 0 (the models as given only) or 2 to 10000"), r.err());
    r = diff(PROFILE, SCENARIOS, "-i", "gdp,happiness", "--out", o);
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("unknown indicator 'happiness'"), r.err());
    // the old version's uncertain parameters vary a project the new version has renamed
    Path p = Files.copy(PROFILE, dir.resolve("profile.yaml"));
    Path renamed = Files.writeString(dir.resolve("renamed.yaml"), Files.readString(SCENARIOS)
        .replace("btr-anode-50kt", "btr-anode-60kt"));
    r = diff(p, renamed, "--samples", "2", "--out", o);
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("xinlu: design path 'project/btr-anode-50kt/delay': the new version lacks it: "),
        r.err());
    assertTrue(r.out().isEmpty(), r.out());
    r = Cli.run("diff", "--old", PROFILE.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("Missing required option: '--new=FILE'"), r.err());
    assertFalse(Files.exists(out), "nothing written");
  }
}
