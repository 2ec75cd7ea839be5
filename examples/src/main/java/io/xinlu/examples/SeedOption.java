package io.xinlu.examples;

import picocli.CommandLine.Option;

/**
 * {@code --seed}: the seed of a subcommand's random draws ({@code ensemble}, {@code sensitivity}, {@code search}).
 */
final class SeedOption {
  /** The seed when none is given. */
  static final long DEFAULT = 20261128L;

  @Option(names = "--seed", defaultValue = "" + DEFAULT, paramLabel = "SEED",
      description = "the seed of the random draws: the lhs and mc designs of ensemble (a Sobol sequence has none), "
          + "the bootstrap resamples of sensitivity, the candidates of search (default: ${DEFAULT-VALUE}); the same "
          + "seed gives the same "
          + "results")
  private long seed;

  long value() {
    return seed;
  }
}
