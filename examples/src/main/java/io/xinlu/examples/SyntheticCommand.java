package io.xinlu.examples;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.SyntheticCity;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code xinlu synthetic N M T}: builds the synthetic reference city of {@code docs/MODEL.md}, runs a scenario and
 * prints the five checksums in year {@code T}, one per line, with 12 significant digits.
 */
@Command(
    name = "synthetic",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the synthetic reference city synthetic(N, M, T) and prints its checksums in year T:",
        "V (value added, bn CNY), E (energy, Mtce), C (CO2, Mt), N (employment, thousand), "
            + "U (displaced workers, thousand)."})
final class SyntheticCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "N", description = "number of sectors (1 or more)")
  int sectors;

  @Parameters(index = "1", paramLabel = "M", description = "number of projects (0 or more)")
  int projects;

  @Parameters(index = "2", paramLabel = "T", description = "the horizon's end year (after 2020)")
  int endYear;

  @Mixin ScenarioOption scenario;

  @Override
  public Integer call() {
    if (sectors < 1 || projects < 0 || endYear <= SyntheticCity.BASE_YEAR) {
      throw new CommandLine.ParameterException(spec.commandLine(), String.format(Locale.ROOT,
          "invalid size: N must be at least 1 (got %d), M at least 0 (got %d), T after %d (got %d)",
          sectors, projects, SyntheticCity.BASE_YEAR, endYear));
    }
    Limits.checkSynthetic(String.format(Locale.ROOT, "synthetic %d %d %d", sectors, projects, endYear), sectors,
        projects, endYear, Limits.available(), Limits::modelBytes);
    CityModel model = SyntheticCity.model(sectors, projects, endYear);
    Run run = Engine.run(model, scenario.of(model.scenarioNames(), City.SYNTHETIC_POLICY));
    PrintWriter out = spec.commandLine().getOut();
    out.println(line("V", run.total(Quantity.VALUE_ADDED, endYear)));
    out.println(line("E", run.total(Quantity.ENERGY, endYear)));
    out.println(line("C", run.total(Quantity.CO2, endYear)));
    out.println(line("N", run.total(Quantity.EMPLOYMENT, endYear)));
    out.println(line("U", run.total(Quantity.DISPLACED_WORKERS, endYear)));
    out.flush();
    return 0;
  }

  /** {@code V 166.719956408}: 12 significant digits, no grouping, locale-independent. */
  static String line(String label, double value) {
    return label + " " + String.format(Locale.ROOT, "%.12g", value);
  }
}
