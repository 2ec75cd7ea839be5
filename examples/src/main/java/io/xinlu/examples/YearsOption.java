package io.xinlu.examples;

import io.xinlu.engine.Run;
import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * {@code -y, --years}: the years a subcommand shows ({@code run}, {@code compare}, {@code ensemble}), each checked by
 * {@link City#years}. ({@code sensitivity --year} takes one year and is its own option.)
 */
final class YearsOption {
  @Option(names = {"-y", "--years"}, split = ",", paramLabel = "YEAR",
      description = "years, comma-separated, from the base year to the end year (default: the base year, every "
          + "fifth year and the end year; compare leaves out the base year)")
  private int[] years;

  /** The years asked for, or the base year, every fifth year and the end year of the run. */
  int[] of(Run probe) {
    return City.years(years, City.everyFifthYear(probe), probe);
  }

  /** The years asked for, or every fifth year after the base year and the end year of the run. */
  int[] afterBaseYear(Run probe) {
    int[] defaults = Arrays.stream(City.everyFifthYear(probe)).filter(y -> y > probe.baseYear()).toArray();
    return City.years(years, defaults, probe);
  }
}
