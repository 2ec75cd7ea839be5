package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.xinlu.history.ObservedSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Observed series from CSV: grouped by indicator, sorted by year, every problem located by file and line. */
class ObservedFilesTest {
  @Test
  void lines_of_one_indicator_make_one_series_in_year_order() {
    String text = "# Yangquan, official\n"
        + "Indicator,Year,Value,Unit,Source\n"
        + "population,2022,1311.061,thousand persons,2022 communique\n"
        + "gdp,2019,71.89,billion CNY,2019 communique\n"
        + "population,2020,1318.505,thousand persons,\"census, 2020\"\n";
    ImmutableList<ObservedSeries> s = ObservedFiles.read(text, "obs.csv");
    assertEquals(List.of("population", "gdp"), s.stream().map(ObservedSeries::indicator).toList());
    assertArrayEquals(new int[] {2020, 2022}, s.get(0).years());
    assertArrayEquals(new double[] {1318.505, 1311.061}, s.get(0).values());
    assertEquals(List.of("census, 2020", "2022 communique"), s.get(0).sources());
    assertEquals("thousand persons", s.get(0).unit());
  }

  @Test
  void a_line_without_a_source_is_its_own_source() {
    ImmutableList<ObservedSeries> s = ObservedFiles.read("indicator,year,value,unit\n\ngdp,2021,1.5,billion CNY\n",
        "a.csv");
    assertEquals(List.of("a.csv, line 3"), s.get(0).sources());
  }

  @Test
  void every_problem_names_the_file_and_line() {
    String h = "indicator,year,value,unit\n";
    bad("a.csv: no header", "");
    bad("a.csv, line 1: the column 'unit' is missing", "indicator,year,value\n");
    bad("a.csv, line 1: the column 'year' is given twice", "indicator,year,Year,value,unit\n");
    bad("a.csv: no observations below the header", h);
    bad("a.csv, line 2: 3 cells, the header has 4", h + "gdp,2021,1\n");
    bad("a.csv, line 2: the indicator is blank", h + " ,2021,1,u\n");
    bad("a.csv, line 2: the unit of 'gdp' is blank", h + "gdp,2021,1, \n");
    bad("a.csv, line 3: year '2021.5' is not a whole number", "# a comment\n" + h + "gdp,2021.5,1,u\n");
    bad("a.csv, line 2: value 'x' of 'gdp' in 2021 is not a number", h + "gdp,2021,x,u\n");
    bad("a.csv, line 2: value 'NaN' of 'gdp' in 2021 is not a finite number", h + "gdp,2021,NaN,u\n");
    bad("a.csv, line 3: 'gdp' in unit 'v', but in 'u' on an earlier line", h + "gdp,2021,1,u\ngdp,2022,1,v\n");
    bad("a.csv, line 4: 'gdp' in 2021 again (first on line 2)", h + "gdp,2021,1,u\ngdp,2022,1,u\ngdp,2021,2,u\n");
  }

  @Test
  void a_file_is_read_bounded_and_strictly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path ok = java.nio.file.Files.writeString(dir.resolve("ok.csv"),
        "indicator,year,value,unit\ngdp,2021,91.48,billion CNY\n");
    assertEquals(1, ObservedFiles.read(ok).size());
    badFile(dir + ": a folder, not a CSV file of observations", dir);
    java.nio.file.Path latin1 = java.nio.file.Files.write(dir.resolve("latin1.csv"),
        "indicator,year,value,unit\ngdp,2021,1,\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    badFile(latin1 + ": not UTF-8 text", latin1);
    // one byte past the limit, as a device or a growing file would give: refused before any parsing
    java.nio.file.Path big = dir.resolve("big.csv");
    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(big)) {
      out.write(new byte[ReadLimits.FILE_BYTES + 1]);
    }
    badFile(big + ": more than " + ReadLimits.FILE_BYTES + " bytes", big);
    java.nio.file.Path zero = java.nio.file.Path.of("/dev/zero");
    if (java.nio.file.Files.exists(zero)) {
      badFile("/dev/zero: more than " + ReadLimits.FILE_BYTES + " bytes", zero);
    }
  }

  private static void badFile(String expected, java.nio.file.Path file) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ObservedFiles.read(file));
    assertTrue(e.getMessage().contains(expected), "'" + expected + "' in: " + e.getMessage());
  }

  private static void bad(String expected, String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ObservedFiles.read(text,
        "a.csv"));
    assertTrue(e.getMessage().contains(expected), "'" + expected + "' in: " + e.getMessage());
  }
}
