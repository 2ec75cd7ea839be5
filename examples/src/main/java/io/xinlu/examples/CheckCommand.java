package io.xinlu.examples;

import com.google.common.collect.ImmutableList;
import io.xinlu.check.CheckResult;
import io.xinlu.check.ModelCheck;
import io.xinlu.check.ModelChecks;
import io.xinlu.io.LoadedModel;
import io.xinlu.io.ScenarioDocument;
import io.xinlu.io.ScenarioFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code xinlu check}: runs the model checks of scenario files (their {@code checks} sections, docs/CHECKS.md) on a
 * catalogue city or on the files' model, prints each with PASS or FAIL and the values seen, and exits 0 when all
 * pass, 1 when any fails and 2 for bad input (the checks' problems located in their files).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Runs model checks (the 'checks' sections of scenario files; docs/CHECKS.md) on a catalogue city "
        + "(--city with --checks FILE) or on scenario files (--profile and --scenarios, or --model; the checks may "
        + "stand in any of them or in --checks files), running each scenario once.",
        "Prints each check with PASS or FAIL and the values it saw. Exit status: 0 when every check passes, 1 when "
            + "any fails (each failed check named), 2 for bad input."})
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin CityOptions cityOptions;

  @Option(names = "--checks", paramLabel = "FILE",
      description = "a scenario file with a 'checks' section; give it more than once for several files")
  List<Path> checks;

  @Override
  public Integer call() {
    List<Path> extra = checks == null ? List.of() : checks;
    List<ScenarioDocument> docs = new ArrayList<>();
    String label;
    if (cityOptions.files().isEmpty()) {
      City city = cityOptions.resolve();
      docs.add(ScenarioDocument.of(city.model()));
      label = city.label();
    } else {
      // the model's files, loaded and checked with their own checks sections, then the checks files beside them
      docs.add(cityOptions.load().document());
      label = cityOptions.files().stream().map(Path::toString).collect(Collectors.joining(", "));
    }
    for (Path p : extra) {
      docs.add(read(p));
    }
    LoadedModel loaded = ScenarioFiles.combine(docs);
    if (!cityOptions.files().isEmpty()) {
      label = loaded.model().profile().name() + " (" + label + ")";
    }
    ImmutableList<ModelCheck> list = loaded.checks();
    if (list.isEmpty()) {
      throw new BadInputException("no checks: the files give no 'checks' section; give a file with one (--checks "
          + "FILE, such as examples/cases/yangquan/checks.yaml; docs/CHECKS.md)");
    }
    ImmutableList<CheckResult> results = ModelChecks.run(loaded.model(), list);
    PrintWriter out = spec.commandLine().getOut();
    out.println("Model checks of " + label + ": " + list.size() + " check" + (list.size() == 1 ? "" : "s"));
    for (CheckResult r : results) {
      out.println(r.message());
      out.println("    values: " + r.values().stream().map(CheckResult.Seen::toString)
          .collect(Collectors.joining(", ")));
    }
    List<String> failed = results.stream().filter(r -> !r.passed()).map(r -> r.check().name()).toList();
    out.println(failed.isEmpty() ? "All " + results.size() + " checks passed."
        : failed.size() + " of " + results.size() + " checks failed: " + String.join(", ", failed));
    out.flush();
    if (!failed.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("xinlu: " + failed.size() + " of " + results.size() + " checks failed: "
          + String.join(", ", failed));
      err.flush();
      return 1;
    }
    return 0;
  }

  private static ScenarioDocument read(Path p) {
    try {
      return ScenarioFiles.read(p);
    } catch (NoSuchFileException e) {
      throw new BadInputException("cannot read '" + e.getFile() + "': no such file");
    } catch (IOException e) {
      throw new BadInputException("cannot read the checks file " + p + " (" + e + ")");
    }
  }
}
