package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.io.FileFormat;
import io.xinlu.io.ScenarioDocument;
import io.xinlu.io.ScenarioFiles;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.Yangquan;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strategies, scenarios and targets from several files ({@code --scenarios} more than once, in order), the
 * difference to the reference in {@code compare}'s table, and one convention for shares in every text table.
 */
class TablesAndFilesTest {
  @Test
  void scenarios_may_come_from_several_files_in_order(@TempDir Path dir) throws IOException {
    CityModel yq = Yangquan.model();
    Path profile = Files.writeString(dir.resolve("profile.yaml"), ScenarioFiles.write(
        ScenarioDocument.builder().profile(yq.profile()).build(), FileFormat.YAML));
    Path strategies = Files.writeString(dir.resolve("strategies.yaml"), ScenarioFiles.write(
        ScenarioDocument.builder().strategies(yq.strategies()).build(), FileFormat.YAML));
    Path scenarios = Files.writeString(dir.resolve("scenarios.json"), ScenarioFiles.write(
        ScenarioDocument.builder().scenarios(yq.scenarios()).targets(Yangquan.targets()).build(), FileFormat.JSON));
    Cli.Result fromFiles = Cli.run("compare", "--profile", profile.toString(), "--scenarios", strategies.toString(),
        "--scenarios", scenarios.toString(), "--format", "csv");
    assertEquals(0, fromFiles.code(), fromFiles.err());
    Cli.Result catalogue = Cli.run("compare", "--city", "yangquan", "--format", "csv");
    assertEquals(catalogue.out().replaceAll("# profile: .*", ""), fromFiles.out().replaceAll("# profile: .*", ""));
    // a scenario file that needs a strategy of a later file is still read: the files combine before checking
    Cli.Result reversed = Cli.run("run", "--profile", profile.toString(), "--scenarios", scenarios.toString(),
        "--scenarios", strategies.toString(), "-s", "delayed", "-i", "co2", "-y", "2035");
    assertEquals(0, reversed.code(), reversed.err());
    assertTrue(reversed.out().lines().anyMatch(l -> l.matches("co2\\s+Mt CO2\\s+30\\.43")), reversed.out());
  }

  @Test
  void compare_prints_each_scenarios_difference_to_the_reference() throws IOException {
    Cli.Result r = Cli.run("compare", "--city", "synthetic", "--reference", "baseline", "-i", "co2", "-y", "2035");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("indicator\\s+unit\\s+year\\s+baseline\\s+all\\s+all - baseline")),
        r.out());
    // all: C 151.771163376 (the published checksum); baseline 157.152234073; difference -5.381
    assertTrue(r.out().lines().anyMatch(l -> l.matches("co2\\s+Mt CO2\\s+2035\\s+157\\.2\\s+151\\.8\\s+-5\\.4")),
        r.out());
    Cli.Result csv = Cli.run("compare", "--city", "synthetic", "--reference", "baseline", "-i", "co2", "-y", "2035",
        "--format", "csv", "--no-targets");
    List<CSVRecord> rows = SubcommandsTest.parse(new StringReader(csv.out()));
    CSVRecord all = rows.stream().filter(x -> x.get("scenario").equals("all")).findFirst().orElseThrow();
    assertEquals(-5.381070697, Double.parseDouble(all.get("difference")), 1e-8);
    assertTrue(Cli.run("compare", "--city", "synthetic", "-i", "co2", "-y", "2035", "--format", "json").out()
        .contains("\"difference\""));
  }

  @Test
  void shares_print_in_percent_in_every_text_table_and_the_header_says_so() {
    Cli.Result run = Cli.run("run", "--city", "synthetic", "-i", "share:group:tertiary", "-y", "2020");
    assertEquals(0, run.code(), run.err());
    // synthetic(5, 3, 2035) in 2020: tertiary sectors s1 (15) and s4 (30) of 100 bn CNY: 45 %
    assertTrue(run.out().lines().anyMatch(l -> l.matches("share:group:tertiary\\s+%\\s+45\\.00")), run.out());
    Cli.Result report = Cli.run("compare", "--city", "yangquan", "-i", "share:group:tertiary", "-y", "2030");
    assertEquals(0, report.code(), report.err());
    assertTrue(report.out().contains("shares in %"), report.out());
    // the target's value in %: tertiary share 47.29 % in the baseline in 2030 (47.3 in the report's mix table)
    Matcher m = Pattern.compile("tertiary-share-2030\\s+2030\\s+met 47\\.29 %").matcher(report.out());
    assertTrue(m.find(), report.out());
    assertTrue(report.out().lines().anyMatch(l -> l.matches("share:group:tertiary\\s+%\\s+2030\\s+47\\.29\\s.*")),
        report.out());
  }
}
