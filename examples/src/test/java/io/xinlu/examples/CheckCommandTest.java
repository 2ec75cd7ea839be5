package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.check.CheckResult;
import io.xinlu.check.ModelChecks;
import io.xinlu.engine.Engine;
import io.xinlu.indicator.Indicators;
import io.xinlu.io.LoadedModel;
import io.xinlu.io.ScenarioFiles;
import io.xinlu.scenarios.Yangquan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xinlu check} on the shipped checks of {@code cases/yangquan/checks.yaml}: they pass on the catalogue city and
 * on the model's files, a copy with one bound changed fails with exit 1 naming that check alone, and a broken checks
 * section exits 2 with its located problem.
 */
class CheckCommandTest {
  private static final Path CASES = Path.of("cases", "yangquan");
  private static final Path PROFILE = CASES.resolve("profile.yaml");
  private static final Path SCENARIOS = CASES.resolve("scenarios.yaml");
  private static final Path CHECKS = CASES.resolve("checks.yaml");

  private static Cli.Result onFiles(Path checks) {
    return Cli.run("check", "--profile", PROFILE.toString(), "--scenarios", SCENARIOS.toString(), "--checks",
        checks.toString());
  }

  @Test
  void the_shipped_checks_pass_on_the_catalogue_city_and_on_its_files() {
    for (Cli.Result r : List.of(Cli.run("check", "--city", "yangquan", "--checks", CHECKS.toString()),
        onFiles(CHECKS), Cli.run("check", "--profile", PROFILE.toString(), "--scenarios", SCENARIOS.toString(),
            "--scenarios", CHECKS.toString()))) {
      assertEquals(0, r.code(), r.out() + r.err());
      assertTrue(r.out().contains("All 6 checks passed."), r.out());
      for (String name : List.of("gdp-grows", "gdp-2035-plausible", "accelerated-emits-less-in-2035",
          "seed-plan-emits-less-in-2035", "coal-share-falls-in-seed-plan", "accelerated-co2-peaks-by-2030")) {
        assertTrue(r.out().contains("PASS " + name + ": "), name + " in\n" + r.out());
      }
      assertEquals("", r.err());
    }
  }

  @Test
  void the_shipped_checks_state_what_the_runs_show() throws IOException {
    // read directly from the runs, not through the checks: the values the shipped bounds rest on
    LoadedModel m = ScenarioFiles.load(List.of(PROFILE, SCENARIOS, CHECKS));
    double co2Acc = Indicators.co2().value(Engine.run(m.model(), Yangquan.ACCELERATED), 2035);
    double co2Base = Indicators.co2().value(Engine.run(m.model(), Yangquan.BASELINE), 2035);
    assertTrue(co2Acc < co2Base, co2Acc + " vs " + co2Base);
    double coal2022 = Indicators.tagShare("coal").value(Engine.run(m.model(), Yangquan.SEED_PLAN), 2022);
    double coal2035 = Indicators.tagShare("coal").value(Engine.run(m.model(), Yangquan.SEED_PLAN), 2035);
    assertTrue(coal2035 < 0.30 && coal2022 > 0.30, coal2022 + " -> " + coal2035);
    List<CheckResult> results = ModelChecks.run(m.model(), m.checks());
    assertTrue(ModelChecks.allPassed(results), ModelChecks.failures(results));
    assertTrue(m.checks().stream().allMatch(c -> !c.note().isEmpty()), "every shipped check gives its reason");
  }

  @Test
  void a_copy_with_one_bound_changed_fails_with_exit_1_naming_that_check(@TempDir Path dir) throws IOException {
    String text = Files.readString(CHECKS);
    assertTrue(text.contains("    at-most: 0.30\n"));
    Path broken = Files.writeString(dir.resolve("checks.yaml"), text.replace("    at-most: 0.30\n",
        "    at-most: 0.25\n"));
    for (Cli.Result r : List.of(onFiles(broken), Cli.run("check", "--city", "yangquan", "--checks",
        broken.toString()))) {
      assertEquals(1, r.code(), r.out() + r.err());
      assertTrue(r.out().contains("FAIL coal-share-falls-in-seed-plan: share:tag:coal in 2030, 2035 at most 0.25 "
          + "(seed-plan); seed-plan 2030 = 0.2868"), r.out());
      assertTrue(r.out().contains("1 of 6 checks failed: coal-share-falls-in-seed-plan"), r.out());
      assertEquals("xinlu: 1 of 6 checks failed: coal-share-falls-in-seed-plan\n", r.err().replace("\r", ""));
      assertEquals(5, r.out().lines().filter(l -> l.startsWith("PASS ")).count(), r.out());
    }
  }

  @Test
  void a_broken_checks_section_exits_2_located(@TempDir Path dir) throws IOException {
    String text = Files.readString(CHECKS);
    Path unknown = Files.writeString(dir.resolve("unknown.yaml"), text.replace("scenarios: [seed-plan]",
        "scenarios: [green]"));
    Cli.Result r = onFiles(unknown);
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("unknown.yaml:38:16 checks > check 'coal-share-falls-in-seed-plan' > scenarios: "
        + "unknown scenario 'green'; known scenarios: baseline, seed-plan, accelerated, delayed"), r.err());
    Path late = Files.writeString(dir.resolve("late.yaml"), text.replace("years: [2035]", "years: [2036]"));
    r = Cli.run("check", "--city", "yangquan", "--checks", late.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("late.yaml:17:12 checks > check 'gdp-2035-plausible' > years: year 2036 is outside "
        + "the horizon 2022-2035"), r.err());
    Path inverted = Files.writeString(dir.resolve("inverted.yaml"), text.replace("at-least: 120.0", "at-least: 200.0"));
    r = onFiles(inverted);
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("inverted.yaml:19:14 checks > check 'gdp-2035-plausible' > at-most: at-most 170.0 is "
        + "below at-least 200.0 (min > max)"), r.err());
    Path indicator = Files.writeString(dir.resolve("indicator.yaml"), text.replace("indicator: gdp-growth",
        "indicator: gdp-grwth"));
    r = onFiles(indicator);
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("indicator.yaml:10:16 checks > check 'gdp-grows' > indicator: unknown indicator "
        + "'gdp-grwth'"), r.err());
    r = Cli.run("check", "--city", "yangquan");
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("xinlu: no checks: the files give no 'checks' section"), r.err());
    r = Cli.run("check", "--city", "yangquan", "--checks", dir.resolve("missing.yaml").toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("no such file"), r.err());
  }
}
