package io.xinlu.examples;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --[no-]progress}: a progress bar of the runs on the error stream ({@code ensemble}, {@code sensitivity}), or of the
 * generations ({@code search}). */
final class ProgressOption {
  @Option(names = "--progress", negatable = true,
      description = "show a progress bar on stderr (default: only when a console is attached)")
  private Boolean progress;

  /** Whether to show a bar: as asked, or when a console is attached. */
  boolean wanted() {
    return progress != null ? progress : System.console() != null;
  }

  /** A bar named {@code what} on {@code err}, if one is wanted. */
  Optional<ProgressBar> bar(PrintWriter err, String what) {
    return wanted() ? Optional.of(new ProgressBar(err, what)) : Optional.empty();
  }

  /** A search's bar of {@code evaluations} evaluations (0: no limit) on {@code err}, if one is wanted. */
  Optional<SearchProgressBar> searchBar(PrintWriter err, long evaluations) {
    return wanted() ? Optional.of(new SearchProgressBar(err, evaluations)) : Optional.empty();
  }
}
