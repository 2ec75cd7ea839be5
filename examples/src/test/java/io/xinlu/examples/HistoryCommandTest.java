package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.io.results.CsvExport;
import io.xinlu.scenarios.YangquanBackcast;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xinlu history}: the backcast table with its base year and sources, the tidy tables and charts with
 * {@code --out}, and exit 2 with nothing written for a base year the data do not allow, a base year that is not a
 * number and an output folder that is a file.
 */
class HistoryCommandTest {
  @Test
  void prints_the_backcast_table_from_the_earliest_base_year_with_its_sources() {
    Cli.Result r = Cli.run("history");
    assertEquals(0, r.code(), r.err());
    int earliest = YangquanBackcast.earliestBaseYear();
    assertTrue(r.out().startsWith("Backcast of Yangquan from base year " + earliest + " "), r.out());
    String header = r.out().lines().filter(l -> l.startsWith("series ")).findFirst().orElseThrow();
    for (String column : List.of("years", "n", "MAPE %", "RMSE", "Theil U1", "U^M", "U^S", "U^C")) {
      assertTrue(header.contains(column), header);
    }
    for (String series : List.of("gdp-growth", "real-gdp-index", "population")) {
      assertTrue(r.out().lines().anyMatch(l -> l.startsWith(series + " ")), series + " in\n" + r.out());
    }
    // the census of 2020 is among the observations and its bulletin among the sources
    assertTrue(r.out().lines().anyMatch(l -> l.matches("population\\s+2020\\s+1318\\.5\\s+.*")), r.out());
    assertTrue(r.out().contains("Shanxi seventh national census bulletin no. 2"), r.out());
    assertEquals("", r.err());
    assertEquals(r.out(), Cli.run("history", "--base-year", Integer.toString(earliest)).out());
  }

  @Test
  void a_later_base_year_compares_fewer_years() {
    Cli.Result r = Cli.run("history", "--base-year", "2020");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Backcast of Yangquan from base year 2020 "), r.out());
    assertTrue(r.out().lines().anyMatch(
        l -> l.matches("gdp-growth\\s+real\\s+percentage points\\s+2021-2022\\s+2\\s+.*")), r.out());
  }

  @Test
  void writes_the_tidy_tables_and_a_chart_per_series_into_the_out_folder(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("backcast");
    Cli.Result r = Cli.run("history", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> names;
    try (Stream<Path> s = Files.list(out)) {
      names = s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
    for (String n : List.of("fit.csv", "fit_points.csv", "backcast-gdp-growth.png", "backcast-gdp-growth.svg",
        "backcast-real-gdp-index.svg", "backcast-population.png", "backcast-population.svg")) {
      assertTrue(names.contains(n), n + " in " + names);
    }
    List<CSVRecord> fit = csv(out.resolve("fit.csv"));
    List<String> statistics = new ArrayList<>();
    fit.stream().filter(x -> x.get("series").equals("gdp-growth")).forEach(x -> statistics.add(x.get("statistic")));
    assertEquals(List.of("n", "mean-error", "rmse", "mse", "mape", "theil-u1", "theil-um", "theil-us", "theil-uc",
        "r-squared"), statistics);
    List<CSVRecord> points = csv(out.resolve("fit_points.csv"));
    CSVRecord census = points.stream().filter(x -> x.get("series").equals("population")
        && x.get("year").equals("2020")).findFirst().orElseThrow();
    assertEquals(1318.505, Double.parseDouble(census.get("observed")), 1e-9);
    assertTrue(census.get("source").startsWith("Shanxi seventh national census bulletin"), census.get("source"));
    assertTrue(r.out().contains("Wrote " + names.size() + " files into "), r.out());
  }

  @Test
  void a_base_year_the_data_do_not_allow_exits_2_naming_the_years_that_do_and_writes_nothing(@TempDir Path dir) {
    String allowed = YangquanBackcast.allowedBaseYears().stream().map(String::valueOf)
        .collect(Collectors.joining(", "));
    for (String year : List.of("2022", "1999", "2035", "-1")) {
      Path out = dir.resolve("out-" + year);
      Cli.Result r = Cli.run("history", "--base-year", year, "--out", out.toString());
      assertEquals(2, r.code(), r.out() + r.err());
      assertTrue(r.err().contains("--base-year " + year + ": the data do not allow this base year; give one of "
          + allowed + " "), r.err());
      assertEquals("", r.out());
      assertFalse(Files.exists(out), "no folder for bad input");
    }
    Cli.Result r = Cli.run("history", "--base-year", "20x7");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("'20x7' is not an int"), r.err());
  }

  @Test
  void an_out_folder_that_is_a_file_exits_2_and_leaves_the_file_as_it_was(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "keep");
    Cli.Result r = Cli.run("history", "--out", file.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("it is a file, not a folder"), r.err());
    assertEquals("keep", Files.readString(file));
  }

  private static List<CSVRecord> csv(Path p) throws IOException {
    try (CSVParser parser = CsvExport.READ_FORMAT.parse(new StringReader(Files.readString(p)))) {
      return parser.getRecords();
    }
  }
}
