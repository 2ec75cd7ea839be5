package io.xinlu.examples;

import io.xinlu.analysis.IndicatorTable;
import io.xinlu.engine.Run;
import io.xinlu.io.results.Metadata;
import io.xinlu.io.results.Table;
import io.xinlu.io.results.Tables;
import io.xinlu.indicator.Indicator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xinlu run}: one scenario of a catalogue city or of scenario files, chosen indicators and years. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs one scenario of a catalogue city (--city) or of scenario files (--profile and --scenarios, "
        + "or --model; docs/FILE-FORMAT.md) and prints chosen indicators in chosen years.",
        "Indicator ids are those of the indicator catalogue (docs/INDICATORS.md), such as gdp, co2, "
            + "share:group:tertiary, reserve-life:coal-mining."})
final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin CityOptions cityOptions;
  @Mixin OutputOptions output;

  @Option(names = {"-s", "--scenario"}, paramLabel = "SCENARIO",
      description = "the scenario (default: the city's policy scenario: seed-plan for yangquan, all for synthetic)")
  String scenario;

  @Option(names = {"-i", "--indicators"}, split = ",", paramLabel = "ID",
      description = "indicator ids, comma-separated (default: the headline indicators)")
  List<String> indicators;

  @Option(names = {"-y", "--years"}, split = ",", paramLabel = "YEAR",
      description = "years, comma-separated (default: the base year, every fifth year and the end year)")
  int[] years;

  @Override
  public Integer call() {
    output.check();
    City city = cityOptions.resolve();
    Run run = city.run(scenario == null ? city.policy() : scenario);
    List<Indicator> chosen = city.indicators(indicators, run);
    int[] ys = City.years(years, City.everyFifthYear(run), run);
    IndicatorTable t = IndicatorTable.of(List.of(run), chosen, ys);

    List<String> header = new ArrayList<>(List.of("indicator", "unit"));
    for (int y : ys) {
      header.add(Integer.toString(y));
    }
    TextTable text = new TextTable(header);
    for (Indicator i : chosen) {
      List<Object> row = new ArrayList<>(List.of(i.id(), TextTable.shownUnit(i.unit())));
      List<Double> values = new ArrayList<>();
      for (int y : ys) {
        values.add(TextTable.shown(t.value(run.scenarioName(), i.id(), y), i.unit()));
      }
      row.addAll(TextTable.sameDecimals(values));
      text.row(row);
    }
    String title = city.label() + ", scenario " + run.scenarioName() + " (shares in %)\n";
    Metadata m = Metadata.of(run.profileName(), List.of(run.scenarioName()));
    Table tidy = Tables.indicators("run", t);
    output.emit(spec.commandLine().getOut(), title + text, m, List.of(tidy));
    return 0;
  }
}
