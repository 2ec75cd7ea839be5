package io.xinlu.examples;

import picocli.CommandLine.Option;

/** {@code -t, --threads}: the worker threads of a subcommand's runs ({@code ensemble}, {@code sensitivity}). */
final class ThreadsOption {
  @Option(names = {"-t", "--threads"}, defaultValue = "2", paramLabel = "THREADS",
      description = "worker threads, 1 to " + Limits.MAX_THREADS + " (default: ${DEFAULT-VALUE}); the results do "
          + "not depend on it")
  private int threads;

  /**
   * The number of worker threads, checked: 1 to {@value Limits#MAX_THREADS}.
   *
   * @throws BadInputException if it is outside those bounds
   */
  int value() {
    if (threads < 1 || threads > Limits.MAX_THREADS) {
      throw new BadInputException("--threads " + threads + ": give 1 to at most " + Limits.MAX_THREADS + " worker "
          + "threads (the results do not depend on it; the number of cores is a good choice)");
    }
    return threads;
  }
}
