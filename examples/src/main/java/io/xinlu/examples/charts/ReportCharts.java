package io.xinlu.examples.charts;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.analysis.lmdi.LmdiForm;
import io.xinlu.analysis.lmdi.LmdiIdentity;
import io.xinlu.analysis.lmdi.LmdiMethod;
import io.xinlu.analysis.lmdi.LmdiResult;
import io.xinlu.analysis.lmdi.RunDecomposition;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenario.CityModel;
import io.xinlu.uncertainty.ensemble.Ensemble;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sampling.UncertainParameter;
import io.xinlu.uncertainty.sensitivity.Tornado;
import io.xinlu.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes the report's charts of a city model into a folder, each as PNG and SVG ({@link ChartFiles}):
 *
 * <ul>
 *   <li>{@code mix-<scenario>}: the industrial mix of each run;
 *   <li>{@code <indicator>-lines} for {@code co2}, {@code energy-intensity}, {@code share:group:tertiary} (file
 *       {@code share-group-tertiary-lines}) and {@code employment} across the runs (an indicator no run has is
 *       skipped with a warning);
 *   <li>{@code co2-fan}: CO2 of the policy scenario over a Latin hypercube ensemble of the uncertainty space
 *       ({@value #DEFAULT_ENSEMBLE_RUNS} runs, seed {@value #SEED});
 *   <li>{@code tornado-co2}: CO2 of the policy scenario in its last year, each uncertain parameter in turn at its
 *       distribution's 5 % and 95 % quantiles, the others at their medians;
 *   <li>{@code lmdi-waterfall}: the additive LMDI-I decomposition of the CO2 gap policy minus reference in the last
 *       year;
 *   <li>{@code jobs-budget}: budget revenue and coal's share of it by scenario, and the displaced workers by age band
 *       in the policy scenario ({@link JobsBudgetCharts}); a panel whose data the model lacks is left out with a
 *       warning, and the chart with both.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportCharts {
  /** The ensemble size of the fan. */
  public static final int DEFAULT_ENSEMBLE_RUNS = 200;
  /** The seed of the fan's Latin hypercube. */
  public static final long SEED = 20261128L;
  /** The indicators charted across runs. */
  public static final List<String> LINE_INDICATORS =
      List.of("co2", "energy-intensity", "share:group:tertiary", "employment");
  /** The tornado's factors: at most this many bars. */
  public static final int TORNADO_BARS = 12;
  /**
   * The tornado's levels: each parameter in turn at its distribution's 5 % and 95 % quantiles, the others at their
   * medians; the base is every parameter at its median.
   */
  public static final Charts.TornadoLevels TORNADO_MEANING = Charts.TornadoLevels.quantiles(0.05, 0.95);

  private ReportCharts() {}

  /**
   * Writes every chart with a fan of {@value #DEFAULT_ENSEMBLE_RUNS} runs; see
   * {@link #writeAll(CityModel, List, String, String, ParameterSpace, Path, ChartLanguage, Consumer, int)}.
   */
  public static List<Path> writeAll(CityModel model, List<Run> runs, String reference, String policy,
      ParameterSpace uncertainty, Path folder, ChartLanguage language, Consumer<String> warnings)
      throws IOException {
    return writeAll(model, runs, reference, policy, uncertainty, folder, language, warnings,
        DEFAULT_ENSEMBLE_RUNS);
  }

  /**
   * Writes every chart, all files or none ({@link AtomicFiles#writeAllBytes}), and returns the files written, in
   * order; see {@link #renderAll} for the charts.
   *
   * @param folder the output folder, created if needed
   * @throws IllegalArgumentException as {@link #renderAll}, or if the folder is not a folder
   * @throws IOException if a file cannot be written; then none is
   */
  public static List<Path> writeAll(CityModel model, List<Run> runs, String reference, String policy,
      ParameterSpace uncertainty, Path folder, ChartLanguage language, Consumer<String> warnings, int ensembleRuns)
      throws IOException {
    Map<String, byte[]> charts = renderAll(model, runs, reference, policy, uncertainty, language, warnings,
        ensembleRuns);
    ChartFiles.prepareFolder(folder);
    Map<Path, byte[]> files = new LinkedHashMap<>();
    charts.forEach((name, bytes) -> files.put(folder.resolve(name), bytes));
    AtomicFiles.writeAllBytes(files);
    return List.copyOf(files.keySet());
  }

  /**
   * Renders every chart, each as PNG and SVG, into memory: the file names (such as {@code co2-fan.png}) and their
   * bytes, in order. Nothing is written, so a caller can write them together with other files, all or none.
   *
   * @param model the city model the runs come from
   * @param runs one run per scenario to chart
   * @param reference the reference scenario (the baseline) of the LMDI gap; one of the runs
   * @param policy the policy scenario of the fan, tornado and LMDI gap; one of the runs
   * @param uncertainty the uncertain parameters (paths of the model) of the fan and tornado
   * @param language the labels' language; Chinese falls back to English with a warning without a CJK font
   * @param warnings receives warnings (the font fallback, skipped indicators)
   * @param ensembleRuns the fan's ensemble size
   * @throws IllegalArgumentException if reference or policy is not among the runs (the message lists the runs), or
   *     the space is empty
   * @throws IOException if a chart cannot be encoded
   */
  public static Map<String, byte[]> renderAll(CityModel model, List<Run> runs, String reference, String policy,
      ParameterSpace uncertainty, ChartLanguage language, Consumer<String> warnings, int ensembleRuns)
      throws IOException {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(warnings, "warnings");
    checkArgument(!runs.isEmpty(), "no runs to chart");
    checkArgument(ensembleRuns >= 2, "the ensemble needs at least 2 runs, got %s", ensembleRuns);
    checkArgument(!uncertainty.parameters().isEmpty(), "the uncertainty space has no parameters");
    Run ref = find(runs, reference);
    Run pol = find(runs, policy);
    ChartLabels labels = ChartLabels.of(language, warnings);
    Map<String, byte[]> rendered = new LinkedHashMap<>();

    for (Run run : runs) {
      render(Charts.industrialMix(run, labels), "mix-" + run.scenarioName(), rendered);
    }

    IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    for (String id : LINE_INDICATORS) {
      Indicator indicator = catalogue.get(id);
      if (runs.stream().noneMatch(indicator::isAvailable)) {
        warnings.accept("no chart of '" + id + "': " + indicator.unavailableReason(runs.get(0)).orElse("not available"));
        continue;
      }
      render(Charts.indicatorLines(runs, indicator, labels), fileName(id) + "-lines", rendered);
    }

    Indicator co2 = Indicators.co2();
    String co2Name = labels.indicator(co2);
    int lastYear = pol.endYear();
    Parameterization p = Parameterization.of(model, policy, uncertainty.parameterNames());
    EnsembleResult fan = Ensemble.builder(p)
        .design(Designs.latinHypercube(uncertainty.parameters().size(), ensembleRuns, SEED), uncertainty)
        .indicators(co2).build().run();
    render(Charts.fan(fan, co2.id(), labels), "co2-fan", rendered);

    Tornado tornado = tornado(p, uncertainty, co2, lastYear, warnings);
    if (tornado != null) {
      render(Charts.tornado(tornado, co2Name + " " + lastYear, co2.unit(), TORNADO_BARS, labels,
          TORNADO_MEANING), "tornado-co2", rendered);
    }

    int gapYear = Math.min(ref.endYear(), pol.endYear());
    LmdiResult gap = RunDecomposition.of(LmdiIdentity.CO2, LmdiMethod.LMDI_I, LmdiForm.ADDITIVE).gap(ref, pol, gapYear);
    String title = labels.language() == ChartLanguage.CHINESE
        ? String.format(Locale.ROOT, "%d 年 %s 与 %s 的二氧化碳差距（LMDI-I 加法分解）", gapYear, policy, reference)
        : String.format(Locale.ROOT, "CO2 gap %s vs %s in %d (additive LMDI-I)", policy, reference, gapYear);
    render(Charts.waterfall(gap, title, co2Name + " (" + co2.unit() + ")", labels), "lmdi-waterfall", rendered);
    rendered.putAll(JobsBudgetCharts.render(runs, policy, labels, warnings));
    return rendered;
  }

  private static Tornado tornado(Parameterization p, ParameterSpace space, Indicator output, int year,
      Consumer<String> warnings) {
    List<String> names = new ArrayList<>();
    List<double[]> ranges = new ArrayList<>();
    for (UncertainParameter u : space.parameters()) {
      double lo = u.distribution().inverseCdf(TORNADO_MEANING.low());
      double hi = u.distribution().inverseCdf(TORNADO_MEANING.high());
      if (!(lo < hi)) {
        warnings.accept("tornado: parameter '" + u.name() + "' left out, its " + TORNADO_MEANING.lowPercent()
            + " % and " + TORNADO_MEANING.highPercent() + " % quantiles are equal");
        continue;
      }
      names.add(u.name());
      ranges.add(new double[] {u.distribution().inverseCdf(0.5), lo, hi});
    }
    if (names.isEmpty()) {
      warnings.accept("no tornado: no parameter has a range");
      return null;
    }
    int k = names.size();
    double[] base = new double[k];
    double[] low = new double[k];
    double[] high = new double[k];
    for (int i = 0; i < k; i++) {
      base[i] = ranges.get(i)[0];
      low[i] = ranges.get(i)[1];
      high[i] = ranges.get(i)[2];
    }
    // parameters without a range stay at their medians too
    List<String> all = space.parameterNames();
    double[] full = new double[all.size()];
    for (int j = 0; j < full.length; j++) {
      full[j] = space.parameters().get(j).distribution().inverseCdf(0.5);
    }
    int[] column = new int[k];
    for (int i = 0; i < k; i++) {
      column[i] = all.indexOf(names.get(i));
    }
    return Tornado.compute(names, base, low, high, x -> {
      double[] v = full.clone();
      for (int i = 0; i < k; i++) {
        v[column[i]] = x[i];
      }
      return output.value(p.run(v), year);
    });
  }

  private static Run find(List<Run> runs, String scenario) {
    return runs.stream().filter(r -> r.scenarioName().equals(scenario)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no run of scenario '" + scenario + "'; runs: "
            + runs.stream().map(Run::scenarioName).toList()));
  }

  static String fileName(String indicatorId) {
    return indicatorId.replaceAll("[^A-Za-z0-9._-]", "-");
  }

  private static void render(Chart<?, ?> chart, String baseName, Map<String, byte[]> rendered) throws IOException {
    rendered.put(baseName + ".png", ChartFiles.png(chart));
    rendered.put(baseName + ".svg", ChartFiles.svg(chart));
  }
}
