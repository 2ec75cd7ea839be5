package io.xinlu.examples;

import io.xinlu.scenarios.SyntheticCity;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * {@code --size N,M,T}: the size of the synthetic catalogue city (in {@link CityOptions} and {@code export}), and the
 * one place that checks a size: three whole numbers, N at least 1, M at least 0, T after the base year, within the
 * caps and the memory of {@link Limits#checkSynthetic}.
 */
final class SizeOption {
  @Option(names = "--size", split = ",", paramLabel = "N,M,T", hideParamSyntax = true,
      description = "size of the synthetic city: N sectors, M projects, end year T (default: 5,3,2035)")
  private int[] size;

  /** Whether a size was given. */
  boolean given() {
    return size != null;
  }

  /** The size given, as typed without spaces ({@code 5,3,2035}); only when {@link #given()}. */
  String typed() {
    return Arrays.stream(size).mapToObj(Integer::toString).collect(Collectors.joining(","));
  }

  /** The size given, or {@link City#DEFAULT_SIZE}, {@linkplain #checked checked} against what it needs. */
  int[] checked(Limits.Need need) {
    return checked(size == null ? City.DEFAULT_SIZE : size, need);
  }

  /**
   * Checks a size N,M,T: three whole numbers, N at least 1, M at least 0, T after the base year, and within the caps
   * and the memory available for what {@code need} says a city of that size takes.
   *
   * @return the size, as given
   * @throws BadInputException saying what is wrong and what is valid
   */
  static int[] checked(int[] size, Limits.Need need) {
    if (size.length != 3) {
      throw new BadInputException("--size needs three whole numbers N,M,T (sectors, projects, end year), such as "
          + "5,3,2035; got " + size.length + " number(s)");
    }
    int n = size[0];
    int m = size[1];
    int t = size[2];
    if (n < 1 || m < 0 || t <= SyntheticCity.BASE_YEAR) {
      throw new BadInputException(String.format(Locale.ROOT, "invalid --size %d,%d,%d: N (sectors) must be at "
          + "least 1, M (projects) at least 0, T (end year) after %d", n, m, t, SyntheticCity.BASE_YEAR));
    }
    Limits.checkSynthetic(String.format(Locale.ROOT, "--size %d,%d,%d", n, m, t), n, m, t, Limits.available(), need);
    return size;
  }
}
