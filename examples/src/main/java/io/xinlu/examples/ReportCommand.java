package io.xinlu.examples;

import io.xinlu.analysis.ScenarioComparison;
import io.xinlu.analysis.lmdi.LmdiForm;
import io.xinlu.analysis.lmdi.LmdiIdentity;
import io.xinlu.analysis.lmdi.LmdiMethod;
import io.xinlu.analysis.lmdi.LmdiResult;
import io.xinlu.analysis.lmdi.RunDecomposition;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Run;
import io.xinlu.examples.charts.ChartLanguage;
import io.xinlu.examples.charts.ReportCharts;
import io.xinlu.io.results.CsvExport;
import io.xinlu.io.results.Metadata;
import io.xinlu.io.results.Table;
import io.xinlu.io.results.Tables;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenarios.Yangquan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code xinlu report}: the Yangquan transition report. Runs every scenario of {@link Yangquan#model()}, prints the
 * industrial mix, the headline indicators in 2025, 2030 and 2035, the target checks, the LMDI decomposition of the
 * 2035 CO2 gap between the seed plan and the baseline and the section "Jobs and the budget" ({@link JobsAndBudget}),
 * and writes tidy CSV files and charts into an output folder.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"The Yangquan transition report: runs the catalogue's four scenarios and prints the industrial "
        + "mix, the headline indicators in 2025, 2030 and 2035, the target checks and the decomposition of the "
        + "2035 CO2 gap between seed-plan and baseline, and jobs and the budget (revenue, coal's share, displaced "
        + "workers by age band, wages lost and regained, stranded value); writes tidy CSV files (runs, comparison, "
        + "targets, decomposition, jobs-budget) and charts into the output folder and says where."})
final class ReportCommand implements Callable<Integer> {
  /** Chart label languages; lower case, as typed on the command line. */
  enum Language { en, zh }

  /** The folder written into when no --out is given, in the current folder. */
  static final String DEFAULT_FOLDER = "xinlu-report";

  /** The years of the headline table. */
  static final int[] YEARS = {2025, 2030, 2035};

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin OutFolderOption out;

  @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG",
      description = "the language of the charts' labels: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Language lang;

  @Override
  public Integer call() {
    Path folder = out.prepare(out.folder(Path.of(DEFAULT_FOLDER)));
    City city = City.yangquan();
    List<Run> runs = new ArrayList<>();
    for (String s : city.model().scenarioNames()) {
      runs.add(city.run(s));
    }
    Run baseline = runs.stream().filter(r -> r.scenarioName().equals(Yangquan.BASELINE)).findFirst().orElseThrow();
    Run plan = runs.stream().filter(r -> r.scenarioName().equals(Yangquan.SEED_PLAN)).findFirst().orElseThrow();
    List<Indicator> headline = city.indicators(null, baseline);
    ScenarioComparison comparison = ScenarioComparison.builder().addAll(runs).reference(Yangquan.BASELINE)
        .indicators(headline).years(YEARS).targets(city.targets()).build();
    LmdiResult gap = RunDecomposition.of(LmdiIdentity.CO2, LmdiMethod.LMDI_I, LmdiForm.ADDITIVE)
        .gap(baseline, plan, Yangquan.END_YEAR);

    PrintWriter o = spec.commandLine().getOut();
    List<String> names = runs.stream().map(Run::scenarioName).toList();
    o.printf(Locale.ROOT, "Yangquan transition report: %d scenarios (%s), %d to %d%n%n", runs.size(),
        String.join(", ", names), baseline.baseYear(), baseline.endYear());
    o.println("Industrial mix (% of GDP)");
    o.println(mixTable(runs));
    o.println("Headline indicators (shares in %)");
    o.println(CompareCommand.comparisonText(comparison, runs, headline, YEARS, false));
    o.println("Targets (met or NOT met, and the value: shares and changes in %, others in the target's unit)");
    o.println(CompareCommand.targetText(comparison, runs));
    o.printf(Locale.ROOT, "CO2 gap between %s and %s in %d: LMDI-I additive decomposition (Mt CO2)%n",
        Yangquan.SEED_PLAN, Yangquan.BASELINE, Yangquan.END_YEAR);
    o.println(lmdiText(gap));
    o.println(JobsAndBudget.text(runs, YEARS, lang == Language.zh));
    o.flush();

    // the report's files, rendered into memory first (each entry is one file name and its bytes; add more here),
    // then written all or none: a file that cannot be written leaves every file of the folder as it was
    Metadata m = Metadata.of(baseline.profileName(), names);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("runs.csv", utf8(CsvExport.toCsv(m, Tables.runs(runs))));
    files.put("comparison.csv", utf8(CsvExport.toCsv(m, Tables.comparison(comparison))));
    files.put("targets.csv", utf8(CsvExport.toCsv(m, Tables.targets(comparison.checks()))));
    files.put("decomposition.csv", utf8(CsvExport.toCsv(m.withSeed("none"), Tables.decomposition(gap, "Mt"))));
    files.put("jobs-budget.csv", utf8(CsvExport.toCsv(m, JobsAndBudget.table(runs, YEARS))));
    files.putAll(renderCharts(city, runs));
    Map<Path, byte[]> byPath = new LinkedHashMap<>();
    files.forEach((name, bytes) -> byPath.put(folder.resolve(name), bytes));
    out.writeAll(byPath);

    o.println("Wrote " + byPath.size() + " files into " + folder.toAbsolutePath().normalize() + ":");
    for (Path p : byPath.keySet()) {
      o.println("  " + folder.relativize(p));
    }
    o.flush();
    return 0;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Renders the report's charts (PNG and SVG) into memory: the industrial mix of every scenario, headline indicators
   * across scenarios, a fan of CO2 from an ensemble of the policy scenario, a tornado of CO2 in the last year and the
   * LMDI waterfall of the CO2 gap. Chinese labels fall back to English, with a warning, where no CJK font is
   * installed.
   */
  private Map<String, byte[]> renderCharts(City city, List<Run> runs) {
    ChartLanguage language = lang == Language.zh ? ChartLanguage.CHINESE : ChartLanguage.ENGLISH;
    try {
      return ReportCharts.renderAll(city.model(), runs, city.reference(), city.policy(), city.space(), language,
          warning -> spec.commandLine().getErr().println("xinlu: " + warning), ReportCharts.DEFAULT_ENSEMBLE_RUNS);
    } catch (IOException e) {
      throw new IllegalStateException("cannot render the report's charts: " + e.getMessage(), e);
    }
  }

  /** Rows: the base year, then each scenario in each headline year; columns: group and key sector shares. */
  static String mixTable(List<Run> runs) {
    Map<String, Indicator> columns = new LinkedHashMap<>();
    columns.put("primary", Indicators.groupShare(SectorGroup.PRIMARY));
    columns.put("secondary", Indicators.groupShare(SectorGroup.SECONDARY));
    columns.put("tertiary", Indicators.groupShare(SectorGroup.TERTIARY));
    columns.put("coal mining", Indicators.sectorShare(Yangquan.COAL));
    columns.put("coal power", Indicators.sectorShare("coal-power"));
    columns.put("new materials", Indicators.sectorShare("new-materials"));
    columns.put("digital", Indicators.sectorShare("digital"));
    columns.put("strategic emerging", Indicators.tagShare("strategic-emerging"));
    columns.put("resource dependence", Indicators.resourceDependence());
    List<String> header = new ArrayList<>(List.of("scenario", "year"));
    header.addAll(columns.keySet());
    TextTable t = new TextTable(header);
    Run first = runs.get(0);
    mixRow(t, "base year", first, first.baseYear(), columns);
    for (Run r : runs) {
      for (int y : YEARS) {
        mixRow(t, r.scenarioName(), r, y, columns);
      }
    }
    return t.toString();
  }

  private static void mixRow(TextTable t, String label, Run r, int year, Map<String, Indicator> columns) {
    List<Object> row = new ArrayList<>(List.of(label, Integer.toString(year)));
    for (Indicator i : columns.values()) {
      row.add(TextTable.percent(i.value(r, year)));
    }
    t.row(row);
  }

  private static String mt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** The factors' effects, the totals, and the five sectors that move the gap most. */
  static String lmdiText(LmdiResult r) {
    TextTable t = new TextTable("", "Mt CO2");
    t.row(r.startPeriod(), mt(r.startTotal()));
    for (String f : r.factors()) {
      t.row("  " + f + " effect", mt(r.effect(f)));
    }
    t.row(r.endPeriod(), mt(r.endTotal()));
    t.row("gap", mt(r.endTotal() - r.startTotal()));
    Map<String, Double> bySector = new LinkedHashMap<>();
    for (String s : r.sectors()) {
      double sum = 0;
      for (String f : r.factors()) {
        sum += r.term(f, s);
      }
      bySector.put(s, sum);
    }
    TextTable top = new TextTable("sector", "contribution (Mt CO2)");
    bySector.entrySet().stream().sorted(Comparator.comparingDouble(e -> -Math.abs(e.getValue()))).limit(5)
        .forEach(e -> top.row(e.getKey(), mt(e.getValue())));
    return t + "\nSectors that move the gap most\n" + top;
  }
}
