package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.xinlu.io.LoadedModel;
import io.xinlu.io.ScenarioFiles;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.scenarios.Yangquan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example files in {@code examples/cases}: {@code export} writes them again byte for byte, they read as the
 * catalogue's models, and every subcommand gives the same results from them as from the catalogue; bad files exit
 * with 2, say where each problem is, and nothing is written.
 */
class ScenarioFilesCommandTest {
  private static final Path CASES = Path.of("cases");

  private static List<String> files(String city) {
    return List.of("--profile", CASES.resolve(city).resolve("profile.yaml").toString(), "--scenarios",
        CASES.resolve(city).resolve("scenarios.yaml").toString());
  }

  private static LoadedModel load(String city) throws IOException {
    return ScenarioFiles.load(List.of(CASES.resolve(city).resolve("profile.yaml"),
        CASES.resolve(city).resolve("scenarios.yaml")));
  }

  private static Cli.Result ok(List<String> args) {
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.code(), String.join(" ", args) + "\n" + r.err());
    return r;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void export_writes_the_committed_example_files_byte_for_byte(@TempDir Path dir) throws IOException {
    for (String city : List.of("yangquan", "synthetic")) {
      Cli.Result r = ok(List.of("export", city, "--out", dir.resolve(city).toString()));
      assertTrue(r.out().contains("run them with: ./xinlu run --profile "), r.out());
      for (String f : List.of("profile.yaml", "scenarios.yaml")) {
        assertArrayEquals(Files.readAllBytes(CASES.resolve(city).resolve(f)),
            Files.readAllBytes(dir.resolve(city).resolve(f)), city + "/" + f + " differs from a fresh export; run "
                + "./xinlu export " + city + " --out examples/cases/" + city + " --force");
      }
      try (Stream<Path> written = Files.list(dir.resolve(city))) {
        assertEquals(2, written.count(), "no temporary file is left");
      }
    }
  }

  @Test
  void the_example_files_read_as_the_catalogue_models() throws IOException {
    LoadedModel yq = load("yangquan");
    assertEquals(Yangquan.model(), yq.model());
    assertEquals(Yangquan.targets(), yq.targets());
    assertEquals(City.yangquan().uncertainty(), yq.uncertainty());
    assertEquals(19, yq.uncertainty().orElseThrow().parameters().size());

    LoadedModel synthetic = load("synthetic");
    assertEquals(SyntheticCity.model(5, 3, 2035), synthetic.model());
    assertEquals(List.of(), synthetic.targets());
    assertEquals(City.synthetic(City.DEFAULT_SIZE).uncertainty(), synthetic.uncertainty());
  }

  @Test
  void every_subcommand_gives_the_catalogue_results_from_the_files() {
    List<List<String>> commands = List.of(
        List.of("run", "--format", "csv"),
        List.of("run", "--scenario", "baseline", "--indicators", "gdp,co2,employment", "--format", "json"),
        List.of("compare", "--format", "csv"),
        List.of("compare", "--format", "json"),
        List.of("ensemble", "--runs", "40", "--format", "csv"),
        List.of("sensitivity", "--base", "8", "--bootstrap", "40", "--format", "csv"));
    for (String city : List.of("yangquan", "synthetic")) {
      for (List<String> c : commands) {
        String fromCatalogue = ok(concat(c, List.of("--city", city))).out();
        String fromFiles = ok(concat(c, files(city))).out();
        assertEquals(fromCatalogue, fromFiles, city + ": " + c);
      }
    }
  }

  @Test
  void the_synthetic_files_give_the_published_checksum() {
    // V 166.719956408 of synthetic(5, 3, 2035), README and docs/MODEL.md
    String out = ok(concat(List.of("run", "--scenario", "all", "--indicators", "gdp", "--years", "2035",
        "--format", "csv"), files("synthetic"))).out();
    assertTrue(out.contains(",2035,gdp,166.71995640"), out);
  }

  @Test
  void a_combined_model_file_in_json_runs_like_the_catalogue(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("yangquan.json");
    ScenarioFiles.write(model, load("yangquan").document());
    assertEquals(ok(List.of("compare", "--format", "csv", "--city", "yangquan")).out(),
        ok(List.of("compare", "--format", "csv", "--model", model.toString())).out());
  }

  @Test
  void a_json_export_reads_as_the_same_model(@TempDir Path dir) throws IOException {
    ok(List.of("export", "yangquan", "--format", "json", "--out", dir.toString()));
    LoadedModel m = ScenarioFiles.load(List.of(dir.resolve("profile.json"), dir.resolve("scenarios.json")));
    assertEquals(Yangquan.model(), m.model());
  }

  @Test
  void export_refuses_to_replace_files_unless_forced(@TempDir Path dir) throws IOException {
    ok(List.of("export", "synthetic", "--out", dir.toString()));
    Files.writeString(dir.resolve("profile.yaml"), "edited\n");
    Cli.Result r = Cli.run("export", "synthetic", "--out", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("profile.yaml' exists; give another --out folder, or --force to replace it"),
        r.err());
    assertEquals("edited\n", Files.readString(dir.resolve("profile.yaml")));
    ok(List.of("export", "synthetic", "--out", dir.toString(), "--force"));
    assertArrayEquals(Files.readAllBytes(CASES.resolve("synthetic/profile.yaml")),
        Files.readAllBytes(dir.resolve("profile.yaml")));
  }

  @Test
  void the_example_files_are_valid_against_the_schema() throws IOException {
    Schema schema;
    try (InputStream s = ScenarioFiles.class.getResourceAsStream(ScenarioFiles.SCHEMA_RESOURCE)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(s);
    }
    ObjectMapper yaml = new YAMLMapper();
    for (String city : List.of("yangquan", "synthetic")) {
      for (String f : List.of("profile.yaml", "scenarios.yaml")) {
        List<Error> errors = schema.validate(yaml.readTree(CASES.resolve(city).resolve(f).toFile()));
        assertEquals(List.of(), errors, city + "/" + f);
      }
    }
  }

  // ---- bad input ---------------------------------------------------------------------------------------------

  @Test
  void a_bad_file_exits_with_2_says_where_and_writes_nothing(@TempDir Path dir) throws IOException {
    String plan = Files.readString(CASES.resolve("synthetic/scenarios.yaml"));
    String bad = plan.replaceFirst("start: 2021", "start: 2019").replace("reemployment-rate: 0.5",
        "reemployment-rate: 50 %");
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, bad);
    Path out = dir.resolve("out.csv");
    Cli.Result r = Cli.run("run", "--profile", CASES.resolve("synthetic/profile.yaml").toString(), "--scenarios",
        file.toString(), "--format", "csv", "--output", out.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    int line = lineOf(bad, "reemployment-rate: 50 %");
    assertTrue(r.err().contains(file + ":" + line + ":" + 24 + " scenario 'all' > re-employment rate: '50 %' is a "
        + "percentage: write it as a fraction, 0.5"), r.err());
    assertFalse(Files.exists(out), "nothing is written when a run fails");

    // with the numbers fixed, the core's check of the start year is placed at the year
    String late = plan.replaceFirst("start: 2021", "start: 2019");
    Files.writeString(file, late);
    r = Cli.run("compare", "--profile", CASES.resolve("synthetic/profile.yaml").toString(), "--scenarios",
        file.toString(), "--format", "csv", "--output", out.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(file + ":" + lineOf(late, "start: 2019") + ":16 strategy 'all-projects' > project "
        + "'p0' > start: 2019 is before the base year 2020"), r.err());
    assertFalse(Files.exists(out), "nothing is written when a run fails");
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(file), left.toList());
    }
  }

  private static int lineOf(String text, String needle) {
    int i = text.indexOf(needle);
    assertTrue(i >= 0, needle);
    return (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void a_city_and_files_together_or_a_missing_file_are_bad_input() {
    Cli.Result both = Cli.run(concat(List.of("run", "--city", "synthetic"), files("synthetic")).toArray(
        String[]::new));
    assertEquals(2, both.code());
    assertTrue(both.err().contains("give either a catalogue city (--city synthetic) or scenario files"), both.err());
    Cli.Result missing = Cli.run("run", "--profile", "no-such-city.yaml", "--scenarios", "no-such-plan.yaml");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("cannot read 'no-such-city.yaml': no such file"), missing.err());
    Cli.Result noScenarios = Cli.run("run", "--profile", CASES.resolve("synthetic/profile.yaml").toString());
    assertEquals(2, noScenarios.code());
    assertTrue(noScenarios.err().contains("define no scenario"), noScenarios.err());
    Cli.Result text = Cli.run("run", "--model", "README.txt");
    assertEquals(2, text.code());
    assertTrue(text.err().contains("a scenario file's name ends in .yaml, .yml or .json"), text.err());
  }
}
