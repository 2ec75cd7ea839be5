package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenarios.SyntheticCity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xinlu calibrate}: the Yangquan backcast fitted to the official real GDP index, observations from a file
 * recovered on the synthetic city, and bad input refused with exit 2 and nothing written.
 */
class CalibrateCommandTest {
  private static final Pattern ESTIMATE = Pattern.compile("\\nmacro-shock +(-?[0-9.]+(?:e-?[0-9]+)?) +([0-9.]+)");

  @Test
  void the_backcast_needs_the_growth_the_official_rates_show() {
    Cli.Result r = Cli.run("calibrate");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().startsWith("Calibration of the Yangquan backcast from 2017 (scenario backcast): 1 parameter, "
        + "4 observations"), r.out());
    Matcher m = ESTIMATE.matcher(r.out());
    assertTrue(m.find(), r.out());
    double shock = Double.parseDouble(m.group(1));
    // the official real growth of 2019-22 averages (5.0 + 3.6 + 6.7 + 3.5) / 4 = 4.70 % a year; the backcast's
    // baseline grows 2.17 to 2.27 % a year (docs/DATA.md, "Backcast"): a shock on every sector's growth of about
    // 4.70 - 2.2 = 2.5 points closes the gap
    assertEquals(0.025, shock, 0.004, r.out());
    assertTrue(r.out().contains("No warnings"), r.out());
  }

  @Test
  void observations_from_a_file_are_recovered_on_the_synthetic_city(@TempDir Path dir) throws IOException {
    // the synthetic city's own run (macro shock 0) observed in 2021-2030: the fit, started at 0.02, comes back to 0
    Run run = Engine.run(SyntheticCity.model(5, 3, 2035), "all");
    StringBuilder csv = new StringBuilder("# the synthetic city's own run\nindicator,year,value,unit\n");
    for (int y = 2030; y >= 2021; y--) {
      csv.append(String.format(Locale.ROOT, "gdp,%d,%s,billion CNY%n", y, Indicators.gdp().value(run, y)));
      csv.append(String.format(Locale.ROOT, "co2,%d,%s,Mt CO2%n", y, Indicators.co2().value(run, y)));
    }
    Path file = Files.writeString(dir.resolve("obs.csv"), csv);
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("calibrate", "--city", "synthetic", "--size", "5,3,2035", "--scenario", "all",
        "--observed", file.toString(), "--parameter", "macro-shock=-0.05:0.10@0.02", "--out", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("20 observations"), r.out());
    Matcher m = ESTIMATE.matcher(r.out());
    assertTrue(m.find(), r.out());
    assertEquals(0.0, Double.parseDouble(m.group(1)), 1e-6, r.out());
    List<String> names = new ArrayList<>();
    try (var s = Files.list(out)) {
      s.forEach(p -> names.add(p.getFileName().toString()));
    }
    assertTrue(names.containsAll(List.of("estimates.csv", "correlation.csv", "residuals.csv", "fit.csv",
        "warnings.csv", "calibrated-gdp.png", "calibrated-gdp.svg", "calibrated-co2.svg")), names.toString());
    assertTrue(Files.readString(out.resolve("residuals.csv")).contains("\ngdp,2021,"));
  }

  @Test
  void bad_input_exits_2_and_writes_nothing(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    bad(out, "--series nope: the backcast has no such series; its series: ", "--series", "nope");
    bad(out, "parameter 'sector/nope/growth': unknown sector 'nope'", "--parameter", "sector/nope/growth=0:0.1");
    bad(out, "the bounds [0.1, 0.0] are inverted", "--parameter", "macro-shock=0.1:0");
    bad(out, "the lower bound 'a' is not a number", "--parameter", "macro-shock=a:0");
    bad(out, "the upper bound must be a finite number, got Infinity", "--parameter", "macro-shock=0:Infinity");
    bad(out, "give PATH=LOW:HIGH or PATH=LOW:HIGH@START", "--parameter", "macro-shock");
    bad(out, "--base-year 2009: the data do not allow this base year", "--base-year", "2009");
    bad(out, "need --observed FILE", "--city", "synthetic");
    bad(out, "--scenario needs --observed FILE", "--scenario", "baseline");
    bad(out, "--max-iterations must be 1 to 10000, got 0", "--max-iterations", "0");
    Path missing = dir.resolve("missing.csv");
    bad(out, "cannot read '" + missing + "': no such file", "--observed", missing.toString(), "--parameter",
        "macro-shock=0:0.1");
    Path zero = dir.resolve("zero.csv");
    if (Files.exists(Path.of("/dev/zero"))) {
      Files.createSymbolicLink(zero, Path.of("/dev/zero"));
      bad(out, zero + ": more than 16777216 bytes", "--observed", zero.toString(), "--parameter",
          "macro-shock=0:0.1");
    }
    bad(out, dir + ": a folder, not a CSV file of observations", "--observed", dir.toString(), "--parameter",
        "macro-shock=0:0.1");
    Path obs = Files.writeString(dir.resolve("obs.csv"), "indicator,year,value,unit\ngdp,2021,100,billion CNY\n");
    bad(out, "give at least one --parameter", "--observed", obs.toString());
    bad(out, "--base-year and --series belong to the Yangquan backcast", "--observed", obs.toString(), "--series",
        "gdp", "--parameter", "macro-shock=0:0.1");
    Path broken = Files.writeString(dir.resolve("broken.csv"), "indicator,year,value,unit\ngdp,2021,100,billion CNY\n"
        + "gdp,20x2,100,billion CNY\n");
    bad(out, broken + ", line 3: year '20x2' is not a whole number", "--observed", broken.toString(), "--parameter",
        "macro-shock=0:0.1");
    Path unknown = Files.writeString(dir.resolve("unknown.csv"), "indicator,year,value,unit\nhappiness,2021,1,"
        + "index\nhappiness,2022,1,index\n");
    bad(out, "happiness", "--observed", unknown.toString(), "--parameter", "macro-shock=0:0.1");
    Path late = Files.writeString(dir.resolve("late.csv"), "indicator,year,value,unit\ngdp,2099,1,billion CNY\n"
        + "gdp,2098,1,billion CNY\n");
    bad(out, "observed series 'gdp' > year 2098: outside the run, which has the years 2022..2035", "--observed",
        late.toString(), "--parameter", "macro-shock=0:0.1");
  }

  private static void bad(Path out, String expected, String... args) {
    List<String> all = new ArrayList<>(List.of("calibrate"));
    all.addAll(List.of(args));
    all.addAll(List.of("--out", out.toString()));
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(expected), "'" + expected + "' in: " + r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(Files.exists(out), "nothing written: " + out);
  }
}
