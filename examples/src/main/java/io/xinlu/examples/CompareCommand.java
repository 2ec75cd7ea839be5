package io.xinlu.examples;

import io.xinlu.analysis.ScenarioComparison;
import io.xinlu.engine.Run;
import io.xinlu.io.results.Metadata;
import io.xinlu.io.results.Tables;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Target;
import io.xinlu.indicator.TargetCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xinlu compare}: scenarios of a city side by side, against a reference, with the city's targets. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compares scenarios of a catalogue city or of scenario files: indicator values per scenario and "
        + "year, the difference to the reference scenario, and the target checks (yangquan's, or the files' "
        + "targets)."})
final class CompareCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin CityOptions cityOptions;
  @Mixin OutputOptions output;

  @Option(names = {"-s", "--scenario"}, split = ",", paramLabel = "SCENARIO",
      description = "scenarios, comma-separated (default: every scenario of the city)")
  List<String> scenarios;

  @Option(names = {"-r", "--reference"}, paramLabel = "SCENARIO",
      description = "the reference scenario (default: baseline)")
  String reference;

  @Mixin IndicatorsOption indicators;
  @Mixin YearsOption years;

  @Option(names = "--no-targets", description = "leave out the target checks")
  boolean noTargets;

  @Override
  public Integer call() {
    output.check();
    City city = cityOptions.resolve();
    List<String> names = scenarios == null || scenarios.isEmpty() ? city.model().scenarioNames() : scenarios;
    String ref = city.scenario(reference == null ? city.reference() : reference);
    List<Run> runs = new ArrayList<>();
    for (String s : names) {
      runs.add(city.run(s));
    }
    if (!names.contains(ref)) {
      runs.add(0, city.run(ref));
    }
    Run probe = runs.get(0);
    List<Indicator> chosen = indicators.of(city, probe);
    int[] ys = years.afterBaseYear(probe);
    List<Target> targets = noTargets ? List.of() : city.targets();
    ScenarioComparison c = ScenarioComparison.builder().addAll(runs).reference(ref).indicators(chosen).years(ys)
        .targets(targets).build();
    String text = city.label() + ": scenarios compared with " + ref + " (shares in %; the columns 'scenario - "
        + ref + "' give the difference, in percentage points for shares)\n"
        + comparisonText(c, runs, chosen, ys, true) + (targets.isEmpty() ? ""
            : "\nTargets (met or NOT met, and the value: shares and changes in %, others in the target's unit)\n"
                + targetText(c, runs));
    List<String> scenarioNames = runs.stream().map(Run::scenarioName).toList();
    Metadata m = Metadata.of(probe.profileName(), scenarioNames);
    output.emit(spec.commandLine().getOut(), text, m, List.of(Tables.comparison(c), Tables.targets(c.checks())));
    return 0;
  }

  /**
   * Rows (indicator, unit, year), one column per scenario and, with {@code differences}, one per scenario other than
   * the reference with its difference to the reference ({@code scenario - reference}); shares in %.
   */
  static String comparisonText(ScenarioComparison c, List<Run> runs, List<Indicator> indicators, int[] years,
      boolean differences) {
    String ref = c.reference().scenarioName();
    List<Run> others = differences
        ? runs.stream().filter(r -> !r.scenarioName().equals(ref)).toList() : List.of();
    List<String> header = new ArrayList<>(List.of("indicator", "unit", "year"));
    runs.forEach(r -> header.add(r.scenarioName()));
    others.forEach(r -> header.add(r.scenarioName() + " - " + ref));
    TextTable t = new TextTable(header);
    for (Indicator i : indicators) {
      List<Double> all = new ArrayList<>();
      for (int y : years) {
        for (Run r : runs) {
          all.add(TextTable.shown(c.value(r.scenarioName(), i.id(), y), i.unit()));
        }
      }
      for (int y : years) {
        List<Object> row = new ArrayList<>(List.of(i.id(), TextTable.shownUnit(i.unit()), Integer.toString(y)));
        List<Double> values = new ArrayList<>();
        for (Run r : runs) {
          values.add(TextTable.shown(c.value(r.scenarioName(), i.id(), y), i.unit()));
        }
        double reference = TextTable.shown(c.value(ref, i.id(), y), i.unit());
        for (Run r : others) {
          values.add(TextTable.shown(c.value(r.scenarioName(), i.id(), y), i.unit()) - reference);
        }
        row.addAll(TextTable.sameDecimals(values, all));
        t.row(row);
      }
    }
    return t.toString();
  }

  /** Rows per target, one column per scenario: met or NOT met, and the value. */
  static String targetText(ScenarioComparison c, List<Run> runs) {
    List<String> header = new ArrayList<>(List.of("target", "year"));
    runs.forEach(r -> header.add(r.scenarioName()));
    TextTable t = new TextTable(header);
    for (Target target : c.targets()) {
      List<Object> row = new ArrayList<>(List.of(target.id(), Integer.toString(target.targetYear())));
      for (Run r : runs) {
        TargetCheck k = c.checks(r.scenarioName()).stream().filter(x -> x.target().id().equals(target.id())).findFirst()
            .orElseThrow();
        row.add((k.met() ? "met " : "NOT met ") + TextTable.number(TextTable.shown(k.value(), k.unit()))
            + (TextTable.isFraction(k.unit()) ? " %" : ""));
      }
      t.row(row);
    }
    StringBuilder notes = new StringBuilder();
    for (Target target : c.targets()) {
      notes.append("  ").append(target.id()).append(": ").append(target.description()).append('\n');
    }
    return t + notes.toString();
  }
}
