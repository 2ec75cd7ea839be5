package io.xinlu.examples;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code -s, --scenario}: the one scenario a subcommand runs ({@code run}, {@code ensemble}, {@code sensitivity},
 * {@code synthetic}); without it, the city's policy scenario. Also the one place that says a scenario is unknown.
 * ({@code compare --scenario} takes several scenarios and is its own option.)
 */
final class ScenarioOption {
  @Option(names = {"-s", "--scenario"}, paramLabel = "SCENARIO",
      description = "the scenario to run (default: the city's policy scenario: seed-plan for yangquan, all for "
          + "synthetic; of scenario files, the first one that is not the reference)")
  private String scenario;

  /** The scenario asked for, or the city's policy scenario, checked against the city's scenarios. */
  String of(City city) {
    return city.scenario(scenario == null ? city.policy() : scenario);
  }

  /**
   * The scenario asked for, or {@code policy}, checked against the scenarios of a model that is not a catalogue city
   * ({@code synthetic N M T}).
   */
  String of(List<String> known, String policy) {
    return checked(scenario == null ? policy : scenario, known, null);
  }

  /**
   * Checks a scenario name against the known ones.
   *
   * @param city the city's name for the message, or {@code null} when the model is not a city of the command line
   * @throws BadInputException naming the scenario and listing the known ones
   */
  static String checked(String scenario, List<String> known, String city) {
    if (!known.contains(scenario)) {
      throw new BadInputException("unknown scenario '" + scenario + "'" + (city == null ? "" : " of city " + city)
          + "; known scenarios: " + String.join(", ", known));
    }
    return scenario;
  }
}
