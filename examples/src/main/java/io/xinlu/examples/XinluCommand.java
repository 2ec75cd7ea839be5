package io.xinlu.examples;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The researcher's command line: {@code xinlu <subcommand> ...}. Exit codes: 0 on success, 2 for invalid
 * arguments or input (the message says what is wrong and what is valid), 1 for an unexpected failure.
 */
@Command(
    name = "xinlu",
    mixinStandardHelpOptions = true,
    versionProvider = XinluCommand.Version.class,
    description = "Xinlu: scenarios of the green transformation of resource-dependent cities.",
    subcommands = {ReportCommand.class, RunCommand.class, CompareCommand.class, EnsembleCommand.class,
        SensitivityCommand.class, SyntheticCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class XinluCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams and returns the exit code (for tests and embedding). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new XinluCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof IllegalArgumentException) {
        commandLine.getErr().println("xinlu: " + ex.getMessage());
        return CommandLine.ExitCode.USAGE;
      }
      commandLine.getErr().println("xinlu: unexpected failure: " + ex);
      return CommandLine.ExitCode.SOFTWARE;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = XinluCommand.class.getPackage().getImplementationVersion();
      return new String[] {"xinlu " + (v == null ? "development" : v)};
    }
  }
}
