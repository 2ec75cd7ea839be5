package io.xinlu.examples;

import com.google.common.collect.ImmutableList;
import io.xinlu.examples.charts.ChartLabels;
import io.xinlu.examples.charts.HistoryCharts;
import io.xinlu.io.results.CsvExport;
import io.xinlu.io.results.Metadata;
import io.xinlu.io.results.Tables;
import io.xinlu.scenarios.YangquanBackcast;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code xinlu history}: the backcast of Yangquan ({@link YangquanBackcast}). Prints the table of fit statistics by
 * series, the observed and modelled points, what each series is, what was not compared and the sources; with
 * {@code --out} writes the tidy tables ({@code fit.csv}, {@code fit_points.csv}) and a chart per series (PNG and SVG),
 * all or none. Exit 2 for a base year the data do not allow, before anything is written.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = {"The backcast of Yangquan: a profile for an earlier base year (official figures of that year, the "
        + "2022 profile scaled back otherwise), its baseline run to the latest observed year and held against the "
        + "official series (real GDP growth, a real GDP index chained from the official rates, population, GDP in "
        + "current prices with its caveat); docs/DATA.md, 'Backcast'.",
        "Prints per series the years, n, MAPE, RMSE, Theil's U1 and its shares U^M, U^S, U^C, then the points and "
            + "the sources. With --out, writes fit.csv, fit_points.csv and a chart per series (observed points over "
            + "the modelled line, PNG and SVG). Exit status: 0, or 2 for bad input."})
final class HistoryCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin OutFolderOption out;

  @Option(names = "--base-year", paramLabel = "YEAR",
      description = "the base year of the backcast profile: a year before 2022 for which Yangquan's GDP is "
          + "official (default: the earliest such year)")
  Integer baseYear;

  @Override
  public Integer call() {
    ImmutableList<Integer> allowed = YangquanBackcast.allowedBaseYears();
    int year = baseYear == null ? YangquanBackcast.earliestBaseYear() : baseYear;
    if (!allowed.contains(year)) {
      throw new BadInputException("--base-year " + year + ": the data do not allow this base year; give one of "
          + allowed.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " (the years before 2022 for "
          + "which Yangquan's GDP is official; docs/DATA.md, 'Backcast')");
    }
    Path folder = out.folder(null);
    if (folder != null) {
      out.prepare(folder);
    }
    YangquanBackcast b = YangquanBackcast.builder().baseYear(year).build();

    PrintWriter o = spec.commandLine().getOut();
    o.printf("Backcast of Yangquan from base year %d (allowed: %s), scenario %s run %d to %d: the %d profile built "
        + "from the official figures of %d and the 2022 profile scaled back; figures the profile is built from are "
        + "left out of their series (%s)%n%n", year,
        allowed.stream().map(String::valueOf).collect(Collectors.joining(", ")), YangquanBackcast.SCENARIO,
        b.run().baseYear(), b.run().endYear(), year, year, String.join(", ", b.copiedFigures()));
    o.println("Fit by series (MAPE in %; RMSE in the unit; Theil's U1 and the shares of the MSE: bias U^M, "
        + "variation U^S, covariation U^C)");
    o.println(table(YangquanBackcast.TABLE_HEADER, b.tableRows()));
    o.println("Observed and modelled points (fractions in %)");
    o.println(table(YangquanBackcast.POINT_HEADER, b.pointRows()));
    o.println("Series:");
    for (var f : b.comparison().fits()) {
      o.println("  " + f.indicator() + ": " + b.describe(f.indicator()));
    }
    if (!b.omitted().isEmpty()) {
      o.println("Not compared:");
      b.omitted().forEach(s -> o.println("  " + s.replace("`", "")));
    }
    o.println("Sources:");
    b.sources().forEach(s -> o.println("  " + s));
    o.flush();

    if (folder != null) {
      Metadata m = Metadata.of(b.profile().name(), List.of(YangquanBackcast.SCENARIO));
      Map<String, byte[]> files = new LinkedHashMap<>();
      files.put("fit.csv", utf8(CsvExport.toCsv(m, Tables.fit(b.comparison()))));
      files.put("fit_points.csv", utf8(CsvExport.toCsv(m, Tables.fitPoints(b.comparison()))));
      try {
        files.putAll(HistoryCharts.renderAll(b.run(), b.comparison(), b.catalogue(), ChartLabels.english()));
      } catch (IOException e) {
        throw new IllegalStateException("cannot render the backcast's charts: " + e.getMessage(), e);
      }
      Map<Path, byte[]> byPath = new LinkedHashMap<>();
      files.forEach((name, bytes) -> byPath.put(folder.resolve(name), bytes));
      out.writeAll(byPath);
      o.println();
      o.println("Wrote " + byPath.size() + " files into " + folder.toAbsolutePath().normalize() + ":");
      for (Path p : byPath.keySet()) {
        o.println("  " + folder.relativize(p));
      }
      o.flush();
    }
    return 0;
  }

  private static String table(List<String> header, List<? extends List<String>> rows) {
    TextTable t = new TextTable(header);
    rows.forEach(t::row);
    return t.toString();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
