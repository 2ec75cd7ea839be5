package io.xinlu.examples;

import io.xinlu.io.LoadedModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The city options of the subcommands that run a city ({@code run}, {@code compare}, {@code ensemble},
 * {@code sensitivity}): a catalogue city ({@code --city}, and for the synthetic city {@code --size}) or scenario files
 * ({@code --profile} and {@code --scenarios}, or {@code --model}).
 */
final class CityOptions {
  @Option(names = {"-c", "--city"}, paramLabel = "CITY",
      description = "the catalogue city: yangquan or synthetic (default: yangquan, unless scenario files are given)")
  String city;

  @Mixin SizeOption size;

  @Option(names = "--profile", paramLabel = "FILE",
      description = "a scenario file (YAML or JSON, format xinlu/1; docs/FILE-FORMAT.md) with the city's profile, "
          + "instead of --city; with --scenarios")
  Path profile;

  @Option(names = "--scenarios", paramLabel = "FILE",
      description = "a scenario file with strategies, scenarios, targets or uncertain parameters; give it more than "
          + "once for several files, read in the order given (at most one with uncertain parameters)")
  List<Path> scenarios;

  @Option(names = "--model", paramLabel = "FILE",
      description = "one scenario file with everything (profile, strategies, scenarios, ...), instead of --profile "
          + "and --scenarios")
  Path model;

  City resolve() {
    List<Path> files = files();
    if (files.isEmpty()) {
      return City.of(city == null ? "yangquan" : city, size, Limits::modelBytes);
    }
    checkFilesAlone();
    return City.fromFiles(files);
  }

  /** The scenario files given ({@code --profile}, each {@code --scenarios}, {@code --model}), in that order. */
  List<Path> files() {
    List<Path> files = new ArrayList<>();
    if (profile != null) {
      files.add(profile);
    }
    if (scenarios != null) {
      files.addAll(scenarios);
    }
    if (model != null) {
      files.add(model);
    }
    return files;
  }

  /**
   * The scenario files given, loaded as they are (with their targets, uncertainty and search sections), after the
   * checks of {@link #resolve} (no {@code --city} or {@code --size} beside them).
   *
   * @throws BadInputException if no file is given, a file is missing or a catalogue option is given too
   * @throws io.xinlu.io.ScenarioFileException with every problem of the files, located
   */
  LoadedModel load() {
    List<Path> files = files();
    if (files.isEmpty()) {
      throw new BadInputException("no scenario files given (--profile and --scenarios, or --model)");
    }
    checkFilesAlone();
    return City.load(files);
  }

  private void checkFilesAlone() {
    if (city != null) {
      throw new BadInputException("give either a catalogue city (--city " + city + ") or scenario files "
          + "(--profile, --scenarios, --model), not both");
    }
    if (size.given()) {
      throw new BadInputException("--size applies to the synthetic catalogue city only, not to scenario files");
    }
  }
}
