package io.xinlu.examples;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.io.AtomicFiles;
import io.xinlu.io.results.Iamc;
import io.xinlu.io.results.Metadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code xinlu iamc}: the scenarios of a catalogue city or of scenario files in the IAMC format (model, scenario,
 * region, variable, unit, one column per year; {@link Iamc}), to standard output or to a file written whole or not
 * at all.
 */
@Command(name = "iamc", mixinStandardHelpOptions = true,
    description = {"Writes the scenarios of a catalogue city (--city) or of scenario files (--profile and "
        + "--scenarios, or --model) in the IAMC format, the convention of the integrated-assessment community "
        + "that pyam reads: columns model, scenario, region, variable, unit and one per year (docs/IAMC.md).",
        "By default every scenario, every year, and every indicator of the catalogue the city can compute, with the "
            + "value added and employment of each sector. Exit status: 0 when written, 2 for bad input."})
final class IamcCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin CityOptions cityOptions;

  @Option(names = {"-s", "--scenario"}, split = ",", paramLabel = "SCENARIO",
      description = "scenarios, comma-separated (default: every scenario of the city)")
  List<String> scenarios;

  @Option(names = {"-i", "--indicators"}, split = ",", paramLabel = "ID",
      description = "indicator ids (docs/INDICATORS.md), comma-separated (default: every indicator of the catalogue "
          + "the city can compute, and va:sector and employment:sector of each sector)")
  List<String> ids;

  @Option(names = {"-y", "--years"}, split = ",", paramLabel = "YEAR",
      description = "years, comma-separated (default: every year of the runs)")
  int[] years;

  @Option(names = "--model-name", paramLabel = "NAME",
      description = "the model column (default: Xinlu and its version)")
  String modelName;

  @Option(names = "--region", paramLabel = "NAME", description = "the region column (default: the profile's name)")
  String region;

  @Option(names = "--out", paramLabel = "FILE",
      description = "the file to write (default: standard output); written whole or not at all")
  Path out;

  @Override
  public Integer call() {
    if (out != null && Files.isDirectory(out)) {
      throw new BadInputException("--out '" + out + "' is a folder; give a file name such as " + out.resolve(
          "scenarios.iamc.csv"));
    }
    City city = cityOptions.resolve();
    List<String> names = scenarios == null || scenarios.isEmpty() ? city.model().scenarioNames() : scenarios;
    List<Run> runs = new ArrayList<>();
    for (String s : names) {
      runs.add(city.run(city.scenario(s)));
    }
    Run probe = runs.get(0);
    List<Indicator> chosen = ids == null || ids.isEmpty() ? defaults(runs) : city.indicators(ids, probe);
    String model = modelName == null ? "Xinlu " + Metadata.version() : modelName;
    String reg = region == null ? probe.profileName() : region;
    String csv;
    ImmutableList<Iamc.Row> rows;
    try {
      rows = Iamc.rows(model, reg, runs, chosen, years == null ? new int[0] : years);
      csv = Iamc.toCsv(rows);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    PrintWriter o = spec.commandLine().getOut();
    if (out == null) {
      o.print(csv);
    } else {
      try {
        AtomicFiles.writeAllBytes(Map.of(out, csv.getBytes(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new BadInputException(e.getMessage() + "; give --out a file you can write");
      }
      o.println("Wrote " + rows.size() + " rows (" + runs.size() + " scenario" + (runs.size() == 1 ? "" : "s")
          + " x " + chosen.size() + " variables) to " + out);
    }
    o.flush();
    return 0;
  }

  /**
   * Every indicator of the catalogue computable on every run (the ones a run lacks, such as labour without
   * employment, left out), then the value added and employment of each sector.
   */
  static List<Indicator> defaults(List<Run> runs) {
    IndicatorCatalogue c = IndicatorCatalogue.standard();
    List<String> idList = new ArrayList<>(c.ids());
    for (String s : runs.get(0).sectorIds()) {
      idList.add("va:sector:" + s);
    }
    for (String s : runs.get(0).sectorIds()) {
      idList.add("employment:sector:" + s);
    }
    List<Indicator> out = new ArrayList<>();
    for (String id : idList) {
      Indicator i = c.get(id);
      if (runs.stream().allMatch(r -> computable(i, r))) {
        out.add(i);
      }
    }
    return out;
  }

  private static boolean computable(Indicator i, Run run) {
    if (!i.isAvailable(run)) {
      return false;
    }
    try {
      i.value(run, run.baseYear());
      return true;
    } catch (IllegalArgumentException | IllegalStateException e) {
      return false;
    }
  }
}
