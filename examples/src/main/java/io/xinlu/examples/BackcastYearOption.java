package io.xinlu.examples;

import com.google.common.collect.ImmutableList;
import io.xinlu.scenarios.YangquanBackcast;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * {@code --base-year}: the base year of the Yangquan backcast ({@code history}, {@code calibrate}), checked against the
 * years the official figures allow.
 */
final class BackcastYearOption {
  @Option(names = "--base-year", paramLabel = "YEAR",
      description = "the base year of the backcast profile: a year before 2022 for which Yangquan's GDP is "
          + "official (default: the earliest such year)")
  Integer baseYear;

  /** Whether the option was given. */
  boolean given() {
    return baseYear != null;
  }

  /**
   * The year given, or the earliest the data allow.
   *
   * @throws BadInputException if the data do not allow the year given, listing the years they allow
   */
  int year() {
    ImmutableList<Integer> allowed = YangquanBackcast.allowedBaseYears();
    int year = baseYear == null ? YangquanBackcast.earliestBaseYear() : baseYear;
    if (!allowed.contains(year)) {
      throw new BadInputException("--base-year " + year + ": the data do not allow this base year; give one of "
          + allowed.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " (the years before 2022 for "
          + "which Yangquan's GDP is official; docs/DATA.md, 'Backcast')");
    }
    return year;
  }
}
