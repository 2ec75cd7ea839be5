package io.xinlu.examples;

import io.xinlu.io.FileFormat;
import io.xinlu.io.FileProblem;
import io.xinlu.io.ScenarioDocument;
import io.xinlu.io.ScenarioFileException;
import io.xinlu.io.ScenarioFiles;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code xinlu export CITY}: writes a catalogue city as scenario files to start from: {@code profile.yaml} (the city
 * in its base year) and {@code scenarios.yaml} (strategies with their projects, scenarios, targets and uncertain
 * parameters), which {@code run --profile ... --scenarios ...} reads back as the same model.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes a catalogue city as scenario files to start from: profile.yaml (the city in its base "
        + "year) and scenarios.yaml (strategies and projects, scenarios, targets, uncertain parameters), in format "
        + "xinlu/1 (docs/FILE-FORMAT.md).",
        "Edit them and run them with: xinlu run --profile FOLDER/profile.yaml --scenarios FOLDER/scenarios.yaml"})
final class ExportCommand implements Callable<Integer> {
  /** File syntaxes; lower case, as typed on the command line. */
  enum Syntax { yaml, json }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CITY", description = "the catalogue city: yangquan or synthetic")
  String city;

  @Mixin SizeOption size;
  @Mixin OutFolderOption out;

  @Option(names = "--format", defaultValue = "yaml", paramLabel = "FORMAT",
      description = "file syntax: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Syntax format;

  @Option(names = "--force", description = "replace files that exist (default: refuse)")
  boolean force;

  @Override
  public Integer call() {
    // the files of a synthetic city take more memory than the city itself: checked against that
    City c = City.of(city, size, Limits::exportBytes);
    Path folder = out.folder(Path.of(c.name()));
    Map<Path, String> files = files(c, folder, format == Syntax.yaml ? FileFormat.YAML : FileFormat.JSON,
        "./xinlu export " + c.name() + (size.given() ? " --size " + size.typed() : ""));
    readsBack(files, format == Syntax.yaml ? FileFormat.YAML : FileFormat.JSON);
    for (Path p : files.keySet()) {
      if (Files.exists(p) && !force) {
        throw new BadInputException("'" + p + "' exists; give another --out folder, or --force to replace it");
      }
    }
    out.prepare(folder);
    Map<Path, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((p, text) -> bytes.put(p, text.getBytes(StandardCharsets.UTF_8)));
    out.writeAll(bytes);
    PrintWriter o = spec.commandLine().getOut();
    for (Path p : files.keySet()) {
      o.println("wrote " + p);
    }
    Path[] names = files.keySet().toArray(new Path[0]);
    o.println("run them with: ./xinlu run --profile " + names[0] + " --scenarios " + names[1]);
    o.flush();
    return 0;
  }

  /**
   * The two files of a city and their text: the profile, and the strategies, scenarios, targets and uncertain
   * parameters; YAML files start with comment lines that say what they are.
   */
  static Map<Path, String> files(City c, Path folder, FileFormat format, String command) {
    ScenarioDocument profile = ScenarioDocument.builder().profile(c.model().profile()).build();
    ScenarioDocument.Builder scenarios = ScenarioDocument.builder().strategies(c.model().strategies())
        .scenarios(c.model().scenarios()).targets(c.targets());
    c.uncertainty().ifPresent(scenarios::uncertainty);
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(folder.resolve("profile" + format.extension()), header(format, c.label() + ": the city in its base "
        + "year", command) + ScenarioFiles.write(profile, format));
    files.put(folder.resolve("scenarios" + format.extension()), header(format, c.label() + ": strategies and "
        + "projects, scenarios, targets, uncertain parameters", command) + ScenarioFiles.write(scenarios.build(),
        format));
    return files;
  }

  /**
   * Refuses files that the reader would refuse: a city too large for the reading limits of docs/FILE-FORMAT.md
   * (file size, items per list, values per file) is not written, so that every exported file reads back.
   */
  static void readsBack(Map<Path, String> files, FileFormat format) {
    for (Map.Entry<Path, String> f : files.entrySet()) {
      try {
        ScenarioFiles.parse(f.getValue(), f.getKey().getFileName().toString(), format);
      } catch (ScenarioFileException e) {
        FileProblem first = e.problems().get(0);
        throw new BadInputException("this city is too large to export: " + first.file() + " would break a limit of "
            + "the scenario files (docs/FILE-FORMAT.md, Limits), so it could not be read back: " + first.message()
            + "; nothing was written; export a smaller city");
      }
    }
  }

  private static String header(FileFormat format, String what, String command) {
    if (format != FileFormat.YAML) {
      return "";
    }
    return String.format(Locale.ROOT, "# %s.%n# Written by %s; the format is described in docs/FILE-FORMAT.md.%n",
        what, command).replace(System.lineSeparator(), "\n");
  }
}
