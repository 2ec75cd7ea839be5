package io.xinlu.examples;

import picocli.CommandLine.Option;

/** The city options shared by the subcommands: {@code --city} and, for the synthetic city, {@code --size}. */
final class CityOptions {
  @Option(names = {"-c", "--city"}, defaultValue = "yangquan", paramLabel = "CITY",
      description = "the catalogue city: yangquan or synthetic (default: ${DEFAULT-VALUE})")
  String city;

  @Option(names = "--size", split = ",", paramLabel = "N,M,T",
      description = "size of the synthetic city: N sectors, M projects, end year T (default: 5,3,2035)")
  int[] size;

  City resolve() {
    return City.of(city, size);
  }
}
