package io.xinlu.examples;

import com.google.common.collect.ImmutableList;
import io.xinlu.calibration.CalibratedSeries;
import io.xinlu.calibration.Calibration;
import io.xinlu.calibration.CalibrationResult;
import io.xinlu.calibration.CalibrationWarning;
import io.xinlu.calibration.ParameterEstimate;
import io.xinlu.calibration.Residual;
import io.xinlu.examples.charts.ChartLabels;
import io.xinlu.examples.charts.HistoryCharts;
import io.xinlu.history.HistoryComparison;
import io.xinlu.history.ObservedSeries;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.io.ObservedFiles;
import io.xinlu.io.results.CsvExport;
import io.xinlu.io.results.Metadata;
import io.xinlu.io.results.Table;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.YangquanBackcast;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code xinlu calibrate}: fits chosen parameters of a scenario to observed series by weighted least squares (module
 * {@code calibration}, docs/CALIBRATION.md). Without {@code --observed}, the Yangquan backcast (docs/DATA.md,
 * "Backcast") against its official series; with it, a catalogue city or scenario files against the observations of
 * a CSV file. Prints the estimates with standard errors, intervals and correlations, the fit before and after, and
 * what the data cannot identify; {@code --out} writes the tables and a chart per series, all or none.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = {"Fits parameters (--parameter PATH=LOW:HIGH, or PATH=LOW:HIGH@START; the paths of "
        + "docs/UNCERTAINTY.md) of one scenario to observed series by weighted least squares (Levenberg-Marquardt; "
        + "docs/CALIBRATION.md).",
        "Without --observed: the Yangquan backcast from --base-year against its official series (--series chooses "
            + "among them; default real-gdp-index), varying macro-shock unless --parameter is given. With --observed "
            + "FILE (columns indicator, year, value, unit, optional source): a catalogue city (--city) or scenario "
            + "files and --scenario.",
        "Prints estimates, standard errors, 95%% intervals, correlations, the fit before and after, and warnings for "
            + "what the data cannot identify. Exit status: 0 when the fit ran, 1 with --fail-on-warning when there "
            + "is a warning, 2 for bad input."})
final class CalibrateCommand implements Callable<Integer> {
  private static final Pattern PARAMETER = Pattern.compile("([^=]+)=([^:@]+):([^:@]+)(?:@(.+))?");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin CityOptions cityOptions;
  @Mixin OutFolderOption out;

  @Option(names = "--parameter", paramLabel = "PATH=LOW:HIGH[@START]",
      description = "a parameter to fit, with its bounds and optionally its start value; give it once per parameter "
          + "(default, for the backcast: macro-shock=-0.05:0.10)")
  List<String> parameters;

  @Option(names = "--observed", paramLabel = "FILE",
      description = "observations as CSV: indicator, year, value, unit and optionally source")
  Path observed;

  @Option(names = {"-s", "--scenario"}, paramLabel = "SCENARIO",
      description = "the scenario to fit, with --observed (default: the city's policy scenario)")
  String scenario;

  @Mixin BackcastYearOption baseYear;

  @Option(names = "--series", split = ",", paramLabel = "ID",
      description = "without --observed: the backcast's series to fit, comma-separated (default: real-gdp-index)")
  List<String> series;

  @Option(names = "--max-iterations", paramLabel = "N",
      description = "the most iterations of the optimiser, 1 to 10000 (default: 200)")
  int maxIterations = 200;

  @Option(names = "--fail-on-warning", description = "exit 1 when the fit has a warning")
  boolean failOnWarning;

  @Override
  public Integer call() {
    if (maxIterations < 1 || maxIterations > 10_000) {
      throw new BadInputException("--max-iterations must be 1 to 10000, got " + maxIterations);
    }
    List<String> given = parameters == null ? List.of() : parameters;
    CityModel model;
    String scenarioName;
    String label;
    IndicatorCatalogue catalogue;
    List<ObservedSeries> obs;
    List<String> params = new ArrayList<>(given);
    if (observed == null) {
      if (!cityOptions.files().isEmpty() || cityOptions.city != null) {
        throw new BadInputException("--city, --profile, --scenarios and --model need --observed FILE; without it "
            + "the command fits the Yangquan backcast");
      }
      if (scenario != null) {
        throw new BadInputException("--scenario needs --observed FILE; the Yangquan backcast has one scenario, "
            + YangquanBackcast.SCENARIO);
      }
      int year = baseYear.year();
      YangquanBackcast b = YangquanBackcast.builder().baseYear(year).build();
      model = b.model();
      scenarioName = YangquanBackcast.SCENARIO;
      catalogue = b.catalogue();
      obs = BackcastArguments.series(b, series);
      if (params.isEmpty()) {
        params.add("macro-shock=-0.05:0.10");
      }
      label = "the Yangquan backcast from " + year;
    } else {
      if (baseYear.given() || series != null) {
        throw new BadInputException("--base-year and --series belong to the Yangquan backcast, not to --observed "
            + "FILE");
      }
      if (params.isEmpty()) {
        throw new BadInputException("give at least one --parameter PATH=LOW:HIGH to fit (docs/CALIBRATION.md)");
      }
      obs = readObserved(observed);
      City city = cityOptions.resolve();
      model = city.model();
      scenarioName = city.scenario(scenario == null ? city.policy() : scenario);
      catalogue = IndicatorCatalogue.standard();
      label = city.label() + ", scenario " + scenarioName + ", against " + observed;
    }
    Calibration.Builder cb = Calibration.builder(model, scenarioName).catalogue(catalogue)
        .maxIterations(maxIterations);
    for (String p : params) {
      Matcher m = PARAMETER.matcher(p.strip());
      if (!m.matches()) {
        throw new BadInputException("--parameter '" + p + "': give PATH=LOW:HIGH or PATH=LOW:HIGH@START, such as "
            + "macro-shock=-0.05:0.10 or sector/coal-mining/growth=-0.05:0.10@0.02");
      }
      double lo = BackcastArguments.number(p, "lower bound", m.group(2));
      double hi = BackcastArguments.number(p, "upper bound", m.group(3));
      try {
        if (m.group(4) == null) {
          cb.parameter(m.group(1).strip(), lo, hi);
        } else {
          cb.parameter(m.group(1).strip(), lo, hi, BackcastArguments.number(p, "start value", m.group(4)));
        }
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--parameter '" + p + "': " + e.getMessage());
      }
    }
    cb.observeAll(obs);
    Calibration c;
    try {
      c = cb.build();
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    Path folder = out.folder(null);
    if (folder != null) {
      out.prepare(folder);
    }
    CalibrationResult r = c.fit();
    print(label, scenarioName, r);
    boolean warned = !r.warnings().isEmpty();
    if (folder != null) {
      write(folder, model, scenarioName, r, obs, catalogue);
    }
    return failOnWarning && warned ? 1 : 0;
  }

  private void print(String label, String scenarioName, CalibrationResult r) {
    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "Calibration of %s (scenario %s): %d parameter%s, %d observations, %d iterations, %d runs, "
        + "%s%n%n", label, scenarioName, r.estimates().size(), r.estimates().size() == 1 ? "" : "s",
        r.observations(), r.iterations(), r.runs(), r.converged() ? "converged" : "NOT converged");
    TextTable t = new TextTable(List.of("parameter", "estimate", "std error", "95% low", "95% high", "start",
        "lower", "upper"));
    for (ParameterEstimate e : r.estimates()) {
      t.row(List.of(e.path(), g(e.estimate()), g(e.standardError()), g(e.intervalLow()), g(e.intervalHigh()),
          g(e.start()), g(e.lower()), g(e.upper())));
    }
    o.println(t);
    if (r.estimates().size() > 1) {
      List<String> header = new ArrayList<>(List.of("correlation"));
      r.estimates().forEach(e -> header.add(e.path()));
      TextTable ct = new TextTable(header);
      double[][] corr = r.correlation();
      for (int i = 0; i < corr.length; i++) {
        List<Object> row = new ArrayList<>(List.of(r.estimates().get(i).path()));
        for (double v : corr[i]) {
          row.add(String.format(Locale.ROOT, "%.3f", v));
        }
        ct.row(row);
      }
      o.println(ct);
    }
    o.printf(Locale.ROOT, "Weighted residual sum of squares: %s at the start, %s at the estimates%n%n",
        g(r.startRss()), g(r.rss()));
    TextTable ft = new TextTable(List.of("series", "unit", "weight", "n", "RMSE before", "RMSE after",
        "MAPE % before", "MAPE % after", "U1 after"));
    for (CalibratedSeries s : r.series()) {
      ft.row(List.of(s.indicator(), s.unit(), g(s.weight()), Integer.toString(s.after().n()),
          g(s.before().rmse()), g(s.after().rmse()), mape(s.before()), mape(s.after()),
          String.format(Locale.ROOT, "%.4f", s.after().theilU1())));
    }
    o.println(ft);
    if (r.warnings().isEmpty()) {
      o.println("No warnings: every parameter is identified by the data at the estimates.");
    } else {
      o.println("Warnings:");
      for (CalibrationWarning w : r.warnings()) {
        o.println("  " + w.reason() + ": " + w.message());
      }
    }
    o.flush();
  }

  private void write(Path folder, CityModel model, String scenarioName, CalibrationResult r,
      List<ObservedSeries> obs, IndicatorCatalogue catalogue) {
    Metadata m = Metadata.of(model.profile().name(), List.of(scenarioName));
    Table est = new Table("estimates", "parameter", "estimate", "standard_error", "ci95_low", "ci95_high", "start",
        "lower", "upper");
    for (ParameterEstimate e : r.estimates()) {
      est.add(e.path(), e.estimate(), e.standardError(), e.intervalLow(), e.intervalHigh(), e.start(), e.lower(),
          e.upper());
    }
    Table corr = new Table("correlation", "parameter", "other", "correlation");
    double[][] c = r.correlation();
    for (int i = 0; i < c.length; i++) {
      for (int j = 0; j < c.length; j++) {
        corr.add(r.estimates().get(i).path(), r.estimates().get(j).path(), c[i][j]);
      }
    }
    Table res = new Table("residuals", "indicator", "year", "observed", "simulated", "weight", "residual",
        "weighted_residual");
    for (Residual x : r.residuals()) {
      res.add(x.indicator(), x.year(), x.observed(), x.simulated(), x.weight(), x.raw(), x.weighted());
    }
    Table fit = new Table("fit", "indicator", "unit", "weight", "when", "n", "rmse", "mape_percent", "theil_u1");
    for (CalibratedSeries s : r.series()) {
      fit.add(s.indicator(), s.unit(), s.weight(), "start", s.before().n(), s.before().rmse(),
          s.before().mape().orElse(Double.NaN), s.before().theilU1());
      fit.add(s.indicator(), s.unit(), s.weight(), "estimates", s.after().n(), s.after().rmse(),
          s.after().mape().orElse(Double.NaN), s.after().theilU1());
    }
    Table warn = new Table("warnings", "reason", "parameters", "message");
    for (CalibrationWarning w : r.warnings()) {
      warn.add(w.reason().toString(), String.join(" ", w.parameters()), w.message());
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Table t : List.of(est, corr, res, fit, warn)) {
      files.put(t.name() + ".csv", CsvExport.toCsv(m, t).getBytes(StandardCharsets.UTF_8));
    }
    try {
      HistoryComparison at = HistoryComparison.of(r.run(), obs, catalogue);
      HistoryCharts.renderAll(r.run(), at, catalogue, ChartLabels.english()).forEach((name, bytes) ->
          files.put(name.replaceFirst("^backcast-", "calibrated-"), bytes));
    } catch (IOException e) {
      throw new IllegalStateException("cannot render the calibration's charts: " + e.getMessage(), e);
    }
    Map<Path, byte[]> byPath = new LinkedHashMap<>();
    files.forEach((name, bytes) -> byPath.put(folder.resolve(name), bytes));
    out.writeAll(byPath);
    PrintWriter o = spec.commandLine().getOut();
    o.println();
    o.println("Wrote " + byPath.size() + " files into " + folder.toAbsolutePath().normalize() + ":");
    byPath.keySet().forEach(p -> o.println("  " + folder.relativize(p)));
    o.flush();
  }

  private static List<ObservedSeries> readObserved(Path file) {
    try {
      return ObservedFiles.read(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException("cannot read '" + file + "': no such file");
    } catch (IOException e) {
      throw new BadInputException("cannot read '" + file + "': " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }


  private static String g(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }

  private static String mape(io.xinlu.history.FitStatistics f) {
    return f.mape().isPresent() ? String.format(Locale.ROOT, "%.3f", f.mape().getAsDouble()) : "-";
  }
}
