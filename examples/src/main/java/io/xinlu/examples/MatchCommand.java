package io.xinlu.examples;

import io.xinlu.history.HistoryMatch;
import io.xinlu.history.ObservedSeries;
import io.xinlu.history.Tolerance;
import io.xinlu.io.results.CsvExport;
import io.xinlu.io.results.Metadata;
import io.xinlu.io.results.Table;
import io.xinlu.scenarios.YangquanBackcast;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sampling.UncertainParameter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code xinlu match}: history matching of the Yangquan backcast ({@link HistoryMatch}, docs/HISTORY.md): a Latin
 * hypercube over the parameters' ranges, each point's backcast run and held against the official series within a
 * relative tolerance, and the points kept; {@code --out} writes the kept points, a design for forward ensembles.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
    description = {"History matching of the Yangquan backcast (docs/HISTORY.md, 'History matching'): --points "
        + "points of a Latin hypercube over the parameters' uniform ranges (--parameter PATH=LOW:HIGH; default "
        + "macro-shock=-0.02:0.08), each run from --base-year and kept when every value of the chosen official "
        + "series (--series; default real-gdp-index) lies within --tolerance of it.",
        "Prints how many points each series rules out and the range of the kept values; with --out, writes "
            + "kept.csv (the kept points, a design for forward ensembles) and ruled-out.csv. Exit status: 0, or 2 "
            + "for bad input."})
final class MatchCommand implements Callable<Integer> {
  private static final Pattern PARAMETER = Pattern.compile("([^=]+)=([^:]+):([^:]+)");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin BackcastYearOption baseYear;
  @Mixin SeedOption seed;
  @Mixin OutFolderOption out;

  @Option(names = "--parameter", paramLabel = "PATH=LOW:HIGH",
      description = "a parameter drawn uniformly between LOW and HIGH; give it once per parameter (default: "
          + "macro-shock=-0.02:0.08)")
  List<String> parameters;

  @Option(names = "--series", split = ",", paramLabel = "ID",
      description = "the backcast's series to match, comma-separated (default: real-gdp-index)")
  List<String> series;

  @Option(names = "--points", paramLabel = "N", description = "the points of the design, 2 to 100000 (default: 500)")
  int points = 500;

  @Option(names = "--tolerance", paramLabel = "FRACTION",
      description = "the relative tolerance of every observed value, above 0 (default: 0.02, that is 2%%)")
  double tolerance = 0.02;

  @Override
  public Integer call() {
    if (points < 2 || points > 100_000) {
      throw new BadInputException("--points must be 2 to 100000, got " + points);
    }
    if (!(tolerance > 0 && Double.isFinite(tolerance))) {
      throw new BadInputException("--tolerance must be a finite fraction above 0, got " + tolerance);
    }
    int year = baseYear.year();
    YangquanBackcast b = YangquanBackcast.builder().baseYear(year).build();
    List<ObservedSeries> obs = BackcastArguments.series(b, series);
    List<String> wanted = obs.stream().map(ObservedSeries::indicator).toList();
    List<String> given = parameters == null || parameters.isEmpty() ? List.of("macro-shock=-0.02:0.08") : parameters;
    List<UncertainParameter> ups = new ArrayList<>();
    List<String> drawn = new ArrayList<>();
    for (String p : given) {
      Matcher m = PARAMETER.matcher(p.strip());
      if (!m.matches()) {
        throw new BadInputException("--parameter '" + p + "': give PATH=LOW:HIGH, such as macro-shock=-0.02:0.08");
      }
      double lo = BackcastArguments.number(p, "lower end", m.group(2));
      double hi = BackcastArguments.number(p, "upper end", m.group(3));
      if (!(lo < hi)) {
        throw new BadInputException("--parameter '" + p + "': the range [" + lo + ", " + hi + "] is empty; the lower "
            + "end must be below the upper");
      }
      ups.add(UncertainParameter.of(m.group(1).strip(), Distribution.uniform(lo, hi)));
      drawn.add(m.group(2).strip() + " to " + m.group(3).strip());
    }
    HistoryMatch match;
    try {
      match = HistoryMatch.builder(b.model(), YangquanBackcast.SCENARIO).catalogue(b.catalogue())
          .sample(ParameterSpace.of(ups), points, seed.value()).observe(obs)
          .defaultTolerance(Tolerance.relative(tolerance)).run();
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    Path folder = out.folder(null);
    if (folder != null) {
      out.prepare(folder);
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "History match of the Yangquan backcast from %d (scenario %s): %d points, seed %d, "
        + "within %s of %s%n", year, YangquanBackcast.SCENARIO, points, seed.value(), percent(tolerance),
        String.join(", ", wanted));
    o.printf(Locale.ROOT, "Kept %d of %d points (%.1f %%)%n%n", match.keptCount(), match.size(),
        100 * match.keptFraction());
    TextTable rt = new TextTable(List.of("series", "criterion", "rules out", "alone"));
    for (HistoryMatch.RuledOut r : match.ruledOut()) {
      rt.row(List.of(r.series(), r.criterion(), Integer.toString(r.total()), Integer.toString(r.alone())));
    }
    o.println(rt);
    if (match.keptCount() == 0) {
      o.println(match.toString());
    } else {
      TextTable kt = new TextTable(List.of("parameter", "range drawn", "kept from", "kept to"));
      double[][] kept = match.keptPoints();
      for (int j = 0; j < ups.size(); j++) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : kept) {
          min = Math.min(min, row[j]);
          max = Math.max(max, row[j]);
        }
        kt.row(List.of(match.parameters().get(j), drawn.get(j), g(min), g(max)));
      }
      o.println(kt);
    }
    o.flush();
    if (folder != null) {
      Metadata meta = Metadata.of(b.profile().name(), List.of(YangquanBackcast.SCENARIO)).withSeed(seed.value());
      List<String> columns = new ArrayList<>(List.of("point"));
      columns.addAll(match.parameters());
      Table kept = new Table("kept", columns.toArray(String[]::new));
      for (int i : match.keptIndices()) {
        List<Object> row = new ArrayList<>(List.of(i));
        for (double v : match.point(i)) {
          row.add(v);
        }
        kept.add(row.toArray());
      }
      Table ruled = new Table("ruled-out", "series", "criterion", "rules_out", "alone");
      match.ruledOut().forEach(r -> ruled.add(r.series(), r.criterion(), r.total(), r.alone()));
      Map<Path, byte[]> files = new LinkedHashMap<>();
      for (Table t : List.of(kept, ruled)) {
        files.put(folder.resolve(t.name() + ".csv"), CsvExport.toCsv(meta, t).getBytes(StandardCharsets.UTF_8));
      }
      out.writeAll(files);
      o.println();
      o.println("Wrote " + files.size() + " files into " + folder.toAbsolutePath().normalize() + ":");
      files.keySet().forEach(p -> o.println("  " + folder.relativize(p)));
      o.flush();
    }
    return 0;
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.3g %%", 100 * fraction);
  }

  private static String g(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
