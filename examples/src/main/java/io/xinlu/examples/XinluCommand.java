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
        SensitivityCommand.class, SearchCommand.class, CheckCommand.class, HistoryCommand.class, CalibrateCommand.class,
        MatchCommand.class, ModelDiffCommand.class, SyntheticCommand.class, ExportCommand.class, IamcCommand.class,
        ServeCommand.class, CommandLine.HelpCommand.class})
public final class XinluCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams and returns the exit code (for tests and embedding). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(new XinluCommand(), args, out, err);
  }

  /**
   * Runs a command with the command line's settings and handlers: no stack trace ever reaches the user. Bad input
   * (an {@link IllegalArgumentException}, such as {@link BadInputException}, or a picocli parameter error) exits
   * with 2 and its message; anything else, including {@link OutOfMemoryError} and {@link StackOverflowError} thrown
   * while parsing or running, exits with 1 and one line.
   */
  static int execute(Object command, String[] args, PrintWriter out, PrintWriter err) {
    try {
      CommandLine cl = new CommandLine(command);
      cl.setOut(out);
      cl.setErr(err);
      // no @file expansion: an argument such as @/dev/zero would be read whole as more arguments
      cl.setExpandAtFiles(false);
      cl.setExecutionStrategy(parseResult -> {
        try {
          ListItems.check(parseResult);
        } catch (BadInputException e) {
          throw new CommandLine.ExecutionException(parseResult.commandSpec().commandLine(), e.getMessage(), e);
        }
        return new CommandLine.RunLast().execute(parseResult);
      });
      cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(ex, commandLine.getErr()));
      return cl.execute(args);
    } catch (Throwable t) {
      return failure(t, err);
    }
  }

  /** Prints what went wrong in one line (bad input: its message, which may list several problems) and the exit code. */
  static int failure(Throwable thrown, PrintWriter err) {
    try {
      Throwable t = thrown;
      while ((t instanceof CommandLine.ExecutionException || t instanceof java.util.concurrent.ExecutionException)
          && t.getCause() != null) {
        t = t.getCause();
      }
      int code;
      String message;
      if (t instanceof CommandLine.ParameterException) {
        message = t.getMessage();
        code = CommandLine.ExitCode.USAGE;
      } else if (t instanceof IllegalArgumentException
          || (t instanceof io.xinlu.uncertainty.ensemble.EnsembleException && t.getCause() instanceof IllegalArgumentException)) {
        message = t.getMessage();
        code = CommandLine.ExitCode.USAGE;
      } else if (t instanceof OutOfMemoryError) {
        message = "out of memory (" + firstLine(t.getMessage()) + ", maximum heap " + Limits.maxHeapMiB()
            + " MiB): the checks before allocating did not foresee this request; ask for less (fewer --runs, a "
            + "smaller --size) " + Limits.moreMemory();
        code = CommandLine.ExitCode.SOFTWARE;
      } else if (t instanceof StackOverflowError) {
        message = "unexpected failure: the stack overflowed (a structure nested too deeply?)";
        code = CommandLine.ExitCode.SOFTWARE;
      } else {
        message = "unexpected failure: " + firstLine(t.toString());
        code = CommandLine.ExitCode.SOFTWARE;
      }
      err.println("xinlu: " + message);
      err.flush();
      return code;
    } catch (Throwable again) {
      // even printing failed (no memory left at all): the exit code still tells
      return CommandLine.ExitCode.SOFTWARE;
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "no message";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl).stripTrailing() + " ...";
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
