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

  @Mixin ScenarioOption scenario;
  @Mixin IndicatorsOption indicators;
  @Mixin YearsOption years;

  @Override
  public Integer call() {
    output.check();
    City city = cityOptions.resolve();
    Run run = city.run(scenario.of(city));
    List<Indicator> chosen = indicators.of(city, run);
    int[] ys = years.of(run);
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
