package io.xinlu.examples;

import io.xinlu.check.DesignPoint;
import io.xinlu.check.IndicatorMoves;
import io.xinlu.check.OutputMove;
import io.xinlu.check.ChangeTolerance;
import io.xinlu.check.VersionComparison;
import io.xinlu.check.VersionDiff;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.examples.charts.ChartFiles;
import io.xinlu.examples.charts.ChartLabels;
import io.xinlu.examples.charts.VersionCharts;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.io.LoadedModel;
import io.xinlu.io.results.CsvExport;
import io.xinlu.io.results.Metadata;
import io.xinlu.io.results.Table;
import io.xinlu.io.results.Tables;
import io.xinlu.scenario.CityModel;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code xinlu diff}: compares two versions of a model, each a set of scenario files, over the models as given and
 * optionally a design over the files' uncertain parameters; lists the outputs that moved beyond a tolerance and what
 * one version has alone, and writes the moves as tidy CSV with two charts. Exit 0 when nothing moved, 1 when
 * something did (each moved indicator named with its largest move), 2 for bad input, with nothing written.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Compares two versions of a model (--old FILE... and --new FILE..., each a set of scenario files "
        + "as --profile, --scenarios or --model take them): every scenario both define, at the models as given and, "
        + "with --samples, at the points of a Latin hypercube over the files' uncertain parameters set alike in both; "
        + "every indicator of the catalogue (or --indicators) in every year both runs have. An output moved when "
        + "|new - old| > abs + rel * |old|; NaN against a number is a move. docs/CHECKS.md.",
        "Prints what one version has alone, each moved indicator with its largest move, and the largest moves; with "
            + "--out, writes moves.csv, moved-indicators.csv, structure.csv, points.csv and two charts (PNG and "
            + "SVG). Exit status: 0 when nothing moved, 1 when something moved or one version has something the "
            + "other lacks, 2 for bad input (nothing is written then)."})
final class ModelDiffCommand implements Callable<Integer> {
  /** The most samples: each point runs every scenario of both versions. */
  static final int MAX_SAMPLES = 10_000;
  /** How many of the largest moves are printed (the CSV has all). */
  static final int PRINTED_MOVES = 20;
  /** Bars in the chart of largest moves. */
  static final int CHART_BARS = 20;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--old", required = true, paramLabel = "FILE",
      description = "a scenario file of the old version (profile, scenarios, uncertainty, ...); give it once per file, "
          + "read in the order given")
  List<Path> oldFiles;

  @Option(names = "--new", required = true, paramLabel = "FILE",
      description = "a scenario file of the new version; give it once per file, read in the order given")
  List<Path> newFiles;

  @Option(names = "--samples", defaultValue = "0", paramLabel = "N",
      description = "design points beside the models as given: a Latin hypercube of N points (0, or 2 to "
          + MAX_SAMPLES + ") over the uncertain parameters of the old files (else the new ones'), set alike in both "
          + "versions (default: ${DEFAULT-VALUE})")
  int samples;

  @Mixin SeedOption seed;
  @Mixin ThreadsOption threadsOption;

  @Option(names = "--rel", defaultValue = "1e-9", paramLabel = "REL",
      description = "the tolerance relative to the old value, a fraction, at least 0 (default: ${DEFAULT-VALUE})")
  double rel;

  @Option(names = "--abs", defaultValue = "1e-12", paramLabel = "ABS",
      description = "the tolerance in each indicator's unit, at least 0 (default: ${DEFAULT-VALUE})")
  double abs;

  @Option(names = {"-i", "--indicators"}, split = ",", paramLabel = "ID",
      description = "indicator ids to compare, comma-separated (default: every indicator of the catalogue, with its "
          + "families over both versions' sectors, groups, tags and resources)")
  List<String> indicatorIds;

  @Mixin OutFolderOption out;

  @Override
  public Integer call() {
    if (samples != 0 && (samples < 2 || samples > MAX_SAMPLES)) {
      throw new BadInputException("--samples must be 0 (the models as given only) or 2 to " + MAX_SAMPLES
          + " (a Latin hypercube has one point per stratum, at least two), got " + samples);
    }
    ChangeTolerance tolerance = ChangeTolerance.of(checkedTolerance("--rel", rel), checkedTolerance("--abs", abs));
    int threads = threadsOption.value();
    List<Indicator> chosen = indicatorIds == null ? null : indicators(indicatorIds);
    LoadedModel oldLoaded = City.load(oldFiles);
    LoadedModel newLoaded = City.load(newFiles);
    CityModel oldModel = oldLoaded.model();
    CityModel newModel = newLoaded.model();
    PrintWriter err = spec.commandLine().getErr();
    Optional<ParameterSpace> space = oldLoaded.uncertainty().or(newLoaded::uncertainty);
    VersionComparison.Builder b = VersionComparison.builder(oldModel, newModel).tolerance(tolerance);
    if (chosen != null) {
      b.indicators(chosen);
    }
    String design = "the models as given";
    if (samples > 0) {
      if (space.isEmpty()) {
        err.println("xinlu: note: neither version's files have an 'uncertainty' section: --samples " + samples
            + " has no parameters to vary, so the models are compared as given only");
      } else {
        ParameterSpace s = space.get();
        String whose = oldLoaded.uncertainty().isPresent() ? "old" : "new";
        if (oldLoaded.uncertainty().isPresent() && newLoaded.uncertainty().isPresent()
            && !oldLoaded.uncertainty().equals(newLoaded.uncertainty())) {
          err.println("xinlu: note: the two versions' 'uncertainty' sections differ; the design is over the old "
              + "version's");
        }
        int k = s.parameters().size();
        int outputs = outputsPerPoint(oldModel, newModel, chosen);
        long perOutput = out.folder(null) == null ? 120 : 400;
        Limits.checkCount("--samples", samples, 2, MAX_SAMPLES, "(each point runs every scenario of both versions)",
            n -> (n + 1) * outputs * perOutput + (n + 1) * Limits.row(k), Limits.available());
        b.design(s, Designs.latinHypercube(k, samples, seed.value()));
        design = "the models as given and " + samples + " points of a Latin hypercube (seed " + seed.value()
            + ") over the " + k + " uncertain parameters of the " + whose + " files";
      }
      err.flush();
    }
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "xinlu-diff");
      t.setDaemon(true);
      return t;
    }) : null;
    VersionDiff diff;
    try {
      if (pool != null) {
        b.executor(pool);
      }
      diff = b.build().run();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    String oldLabel = label(oldModel, oldFiles);
    String newLabel = label(newModel, newFiles);
    PrintWriter o = spec.commandLine().getOut();
    o.println("Old: " + oldLabel);
    o.println("New: " + newLabel);
    o.println("Compared at " + design + "; scenarios: " + String.join(", ", diff.scenarios()));
    o.print(diff.report(PRINTED_MOVES));
    Path folder = out.folder(null);
    if (folder != null) {
      Map<Path, byte[]> files = files(diff, oldModel, newModel, folder);
      out.prepare(folder);
      out.writeAll(files);
      o.println("Wrote " + files.size() + " files into " + folder.toAbsolutePath().normalize() + ":");
      for (Path p : files.keySet()) {
        o.println("  " + folder.relativize(p));
      }
    }
    o.flush();
    if (diff.isEmpty()) {
      return 0;
    }
    List<String> lines = new ArrayList<>();
    lines.add("xinlu: " + diff.moves().size() + " of " + diff.compared() + " outputs moved in "
        + diff.summaries().size() + " indicators" + (diff.structure().isEmpty() ? ""
            : "; " + diff.structure().size() + " structural differences"));
    for (IndicatorMoves s : diff.summaries()) {
      lines.add("xinlu: moved: " + s.indicator() + ", largest " + s.largest());
    }
    diff.structure().forEach(d -> lines.add("xinlu: " + d.message()));
    lines.forEach(err::println);
    err.flush();
    return 1;
  }

  private static double checkedTolerance(String option, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new BadInputException(option + " must be a finite number at least 0, got " + value);
    }
    return value;
  }

  private static List<Indicator> indicators(List<String> ids) {
    IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    List<Indicator> out = new ArrayList<>();
    for (String id : ids) {
      Indicator i = catalogue.find(id).orElseThrow(() -> new BadInputException("unknown indicator '" + id
          + "'; known indicators: " + String.join(", ", catalogue.ids()) + "; families: "
          + String.join(", ", catalogue.familyPatterns())));
      if (out.contains(i)) {
        throw new BadInputException("--indicators: '" + id + "' is given twice");
      }
      out.add(i);
    }
    return out;
  }

  /** The outputs of one design point on the safe side: every scenario of both, every indicator, every year. */
  private static int outputsPerPoint(CityModel a, CityModel b, List<Indicator> chosen) {
    long scenarios = Math.max(1, a.scenarioNames().size());
    long years = 1;
    for (String s : a.scenarioNames()) {
      years = Math.max(years, a.resolve(s).endYear() - a.profile().baseYear() + 1);
    }
    long indicators = chosen != null ? chosen.size()
        : 64 + 3L * (a.profile().sectors().size() + b.profile().sectors().size())
            + 4L * (a.profile().tags().size() + b.profile().tags().size());
    return (int) Math.min(Integer.MAX_VALUE, scenarios * years * indicators);
  }

  private static String label(CityModel model, List<Path> files) {
    return model.profile().name() + " (" + files.stream().map(Path::toString).collect(Collectors.joining(", "))
        + ")";
  }

  /** The CSV tables and, when an indicator moved by a finite relative change, the two charts, by path. */
  private static Map<Path, byte[]> files(VersionDiff diff, CityModel oldModel, CityModel newModel, Path folder) {
    Metadata m = Metadata.of(newModel.profile().name(), diff.scenarios());
    Map<Path, byte[]> files = new LinkedHashMap<>();
    for (Map.Entry<String, Table> e : Map.of("moves.csv", Tables.versionMoves(diff), "moved-indicators.csv",
        Tables.versionSummary(diff), "structure.csv", Tables.versionStructure(diff), "points.csv",
        Tables.versionPoints(diff)).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      files.put(folder.resolve(e.getKey()), CsvExport.toCsv(m, e.getValue()).getBytes(StandardCharsets.UTF_8));
    }
    if (VersionCharts.largestRelativeMoves(diff).isEmpty()) {
      return files;
    }
    try {
      var bars = VersionCharts.largestMoves(diff, CHART_BARS, ChartLabels.english());
      files.put(folder.resolve("largest-moves.png"), ChartFiles.png(bars));
      files.put(folder.resolve("largest-moves.svg"), ChartFiles.svg(bars));
      OutputMove top = diff.summaries().get(0).largest();
      DesignPoint point = diff.points().get(top.point());
      Run a = run(oldModel, top.scenario(), point);
      Run b = run(newModel, top.scenario(), point);
      Indicator indicator = IndicatorCatalogue.standard().get(top.indicator());
      int from = Math.max(a.baseYear(), b.baseYear());
      int to = Math.min(a.endYear(), b.endYear());
      int[] years = new int[to - from + 1];
      double[] x = new double[years.length];
      double[] y = new double[years.length];
      double[] sa = indicator.series(a);
      double[] sb = indicator.series(b);
      for (int k = 0; k < years.length; k++) {
        years[k] = from + k;
        x[k] = finiteOrNaN(sa[years[k] - a.baseYear()]);
        y[k] = finiteOrNaN(sb[years[k] - b.baseYear()]);
      }
      var lines = VersionCharts.oldAndNew(indicator.id(), TextTable.shownUnit(indicator.unit()), top.scenario()
          + ", " + (point.asGiven() ? "as given" : "point " + point.index()), years, x, y, ChartLabels.english());
      files.put(folder.resolve("largest-indicator.png"), ChartFiles.png(lines));
      files.put(folder.resolve("largest-indicator.svg"), ChartFiles.svg(lines));
    } catch (IOException e) {
      throw new IllegalStateException("cannot render the comparison's charts: " + e.getMessage(), e);
    }
    return files;
  }

  private static double finiteOrNaN(double v) {
    return Double.isInfinite(v) ? Double.NaN : v;
  }

  /** A run of a version at a design point, as the comparison ran it. */
  private static Run run(CityModel model, String scenario, DesignPoint point) {
    if (point.asGiven()) {
      return Engine.run(model, scenario);
    }
    Parameterization p = Parameterization.of(model, scenario, point.values().keySet());
    return p.run(point.values().values().stream().mapToDouble(Double::doubleValue).toArray());
  }
}
