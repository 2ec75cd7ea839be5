package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.decision.city.Decision;
import io.xinlu.explorer.Explorer;
import io.xinlu.explorer.ExplorerCity;
import io.xinlu.scenarios.YangquanDecisions;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code xinlu serve}: bad options exit 2 with a message before anything listens; the levers it explores for each
 * kind of city. (The server and its API are tested in the explorer module; .ci/hostile-inputs runs the same refusals
 * through ./xinlu.)
 */
class ServeCommandTest {
  private static void refused(String expected, String... args) {
    Cli.Result r = Cli.run(args);
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains(expected), r.err());
    assertTrue(!r.err().contains("\tat "), r.err());
  }

  @Test
  void badOptionsExitTwoWithAMessage() {
    refused("xinlu: --port 70000: give a port from 1 to 65535, or 0 for any free port", "serve", "--port", "70000");
    refused("xinlu: --port -1: give a port from 1 to 65535", "serve", "--port", "-1");
    refused("'eight' is not an int", "serve", "--port", "eight");
    refused("xinlu: --bind '999.1.1.1': not an IP address", "serve", "--bind", "999.1.1.1");
    refused("xinlu: --bind 'example.org': not an IP address", "serve", "--bind", "example.org");
    refused("192.0.2.1 is not an address of this machine", "serve", "--bind", "192.0.2.1");
    refused("xinlu: cannot read 'no-such-profile.yaml': no such file", "serve", "--profile", "no-such-profile.yaml",
        "--scenarios", "no-such.yaml");
    refused("unknown city 'datong'; known cities: yangquan, synthetic", "serve", "--city", "datong");
    refused("--size applies to the synthetic city only", "serve", "--size", "5,3,2035");
  }

  private static ExplorerCity city(String... args) {
    ServeCommand c = new ServeCommand();
    new CommandLine(c).parseArgs(args);
    return c.explorerCity();
  }

  @Test
  void yangquanIsExploredWithItsSearchLevers() {
    ExplorerCity y = city();
    assertEquals(YangquanDecisions.levers(), y.levers());
    assertEquals("seed-plan", y.scenario());
    assertEquals(19, y.uncertain().size());
  }

  @Test
  void theSyntheticCityWithTheLeversOfItsSearch() {
    ExplorerCity s = city("--city", "synthetic");
    // the strategy's intensity in [0.2, 1] and the scale of each of its 3 projects in [0.5, 1.5], as xinlu search
    assertEquals(4, s.levers().size());
    assertEquals(new Decision.Intensity(io.xinlu.scenarios.SyntheticCity.STRATEGY, 0.2, 1.0), s.levers().get(0));
    assertTrue(s.uncertain().stream().noneMatch(p -> p.name().endsWith("/intensity")),
        "the intensity is a lever, not uncertain");
    new Explorer(s); // the levers fit the model
  }

  @Test
  void scenarioFilesWithASearchSectionGiveItsLevers() {
    String y = "cases/yangquan/";
    ExplorerCity withSearch = city("--profile", y + "profile.yaml", "--scenarios", y + "scenarios.yaml",
        "--scenarios", y + "search.yaml");
    assertEquals(12, withSearch.levers().size());
    ExplorerCity without = city("--profile", y + "profile.yaml", "--scenarios", y + "scenarios.yaml");
    // without one: the intensity of every strategy seed-plan adopts, in [0, 1]
    List<String> paths = without.levers().stream().map(Decision::path).toList();
    assertTrue(paths.contains("strategy/ecology/intensity"), paths.toString());
    assertTrue(without.levers().stream().allMatch(d -> d.variable().lower() == 0 && d.variable().upper() == 1));
    new Explorer(without);
  }
}
