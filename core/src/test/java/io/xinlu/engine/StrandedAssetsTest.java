package io.xinlu.engine;

import static io.xinlu.engine.TestModels.EPS;
import static io.xinlu.engine.TestModels.profile;
import static io.xinlu.engine.TestModels.project;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.step;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.InvalidModelException;
import io.xinlu.Problem;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.policy.ClosedAssets;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.SectorSelector;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stranded-asset account (MODEL.md, section 22): the book value {@code K max(0, 1 - (t - b) / L)} (capped at
 * {@code K}) of the capacity a closure closes in each year, times the increase of the closed share
 * {@code w (c(t) - c(t-1))}, {@code c} the running maximum of the ramp.
 *
 * <p>Two sectors without a table, base year 2020: coal power (value added 50) and coal mining (value added 100).
 * Strategy {@code s}:
 * <pre>
 * retire  coal power scale demand -0.5, linear 2020 -> 2024 (r = 0.25, 0.5, 0.75, 1 in 2021..2024);
 *         closes capital 10 bn CNY built in 2000 with a life of 25 years
 * exit    coal mining scale demand -0.2, step in 2030; closes 8 bn CNY built in 2010, life 40
 * old     coal mining scale demand -0.1, step in 2025; closes 6 bn CNY built in 1980, life 30 (ended in 2010)
 * </pre>
 * Book value left, {@code f(t) = 1 - (t - b) / L}: retire 1 - 21/25 = 0.16 in 2021, 0.12, 0.08, 0.04 in 2024; exit
 * 1 - 20/40 = 0.5 in 2030; old 1 - 45/30 &lt; 0, so 0. Stranded value: retire 0.25 x 10 x 0.16 = 0.4 in 2021, 0.3 in
 * 2022, 0.2 in 2023, 0.1 in 2024 (1.0 in all); exit 1 x 8 x 0.5 = 4.0 in 2030; old nothing. Cumulative by 2035: 5.0.
 */
class StrandedAssetsTest {
  private static final int END = 2035;

  private static Project retire() {
    return project("retire", 2020, 2024, Ramp.LINEAR, Effect.scaleDemand("power", -0.5))
        .closedAssets(ClosedAssets.of(10, 2000, 25)).build();
  }

  private static Project exit() {
    return Project.builder().from(step("exit", 2030, Effect.scaleDemand("mining", -0.2)))
        .closedAssets(ClosedAssets.of(8, 2010, 40)).build();
  }

  private static Project old() {
    return Project.builder().from(step("old", 2025, Effect.scaleDemand("mining", -0.1)))
        .closedAssets(ClosedAssets.of(6, 1980, 30)).build();
  }

  private static CityModel model(Scenario... scenarios) {
    return CityModel.builder()
        .profile(profile(sector("power", 50).build(), sector("mining", 100).build()))
        .addStrategy(strategy("s", retire(), exit(), old()))
        .addScenario(Scenario.baseline("baseline", END))
        .addScenario(Scenario.builder().name("plan").endYear(END).adopt("s").build())
        .addAllScenarios(List.of(scenarios))
        .build();
  }

  @Test
  void a_linear_closure_strands_the_book_value_of_each_year_s_share() {
    Run run = Engine.run(model(), "plan");
    assertTrue(run.hasStrandedAssets());
    double[] power = {0, 0.4, 0.3, 0.2, 0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    for (int t = 2020; t <= END; t++) {
      assertEquals(power[t - 2020], run.strandedValue(t, "power"), EPS, "power " + t);
    }
    assertEquals(1.0, run.cumulativeStrandedValue(2024), EPS);
  }

  @Test
  void a_step_closure_strands_its_book_value_at_once_and_one_past_its_life_strands_nothing() {
    Run run = Engine.run(model(), "plan");
    for (int t = 2020; t <= END; t++) {
      assertEquals(t == 2030 ? 4.0 : 0.0, run.strandedValue(t, "mining"), EPS, "mining " + t);
    }
    // 'old' closes in 2025, 15 years after its assets' life ended in 2010
    assertEquals(0.0, run.strandedValue(2025), EPS);
    assertEquals(0.0, run.strandedValue(2020), 0.0, "nothing in the base year");
    assertEquals(1.0 + 4.0, run.cumulativeStrandedValue(END), EPS);
    assertEquals(1.0, run.cumulativeStrandedValue(2029), EPS);
    assertEquals(0.4 + 0.0, run.strandedValue(2021), EPS, "the city total sums the sectors");
  }

  @Test
  void intensity_and_scale_weigh_the_closed_capital() {
    // w = 0.5 x 3 = 1.5: retire's values times 1.5 (0.6, 0.45, 0.3, 0.15), exit 4.0 x 1.5 = 6.0
    Run run = Engine.run(model(Scenario.builder().name("half").endYear(END).adopt("s", 0.5)
        .override("retire", ProjectOverride.scale(3)).override("exit", ProjectOverride.scale(3)).build()), "half");
    assertEquals(0.6, run.strandedValue(2021), EPS);
    assertEquals(0.15, run.strandedValue(2024), EPS);
    assertEquals(6.0, run.strandedValue(2030), EPS);
    assertEquals(1.5 * 5.0, run.cumulativeStrandedValue(END), EPS);
  }

  @Test
  void no_closure_carried_out_strands_nothing_but_the_account_exists() {
    Run baseline = Engine.run(model(), "baseline");
    assertTrue(baseline.hasStrandedAssets());
    for (int t = 2020; t <= END; t++) {
      assertEquals(0.0, baseline.strandedValue(t), 0.0);
      assertEquals(0.0, baseline.cumulativeStrandedValue(t), 0.0);
    }
    Run none = Engine.run(model(Scenario.builder().name("zero").endYear(END).adopt("s", 0.0).build()), "zero");
    assertEquals(0.0, none.cumulativeStrandedValue(END), 0.0);
  }

  @Test
  void a_delay_moves_the_closure_and_so_its_book_value() {
    // exit two years late: in 2032, 1 - 22/40 = 0.45 of 8 = 3.6
    Run run = Engine.run(model(Scenario.builder().name("late").endYear(END).adopt("s")
        .override("exit", ProjectOverride.delay(2)).build()), "late");
    assertEquals(0.0, run.strandedValue(2030), 0.0);
    assertEquals(3.6, run.strandedValue(2032), EPS);
  }

  @Test
  void a_closure_moved_before_its_built_year_strands_the_whole_capital() {
    // built 2024, closing in 2025 as written; a delay of -3 closes it in 2022, before it was built: f is capped at 1
    Project young = Project.builder().from(step("young", 2025, Effect.scaleDemand("mining", -0.1)))
        .closedAssets(ClosedAssets.of(5, 2024, 20)).build();
    CityModel m = CityModel.builder().profile(profile(sector("mining", 100).build()))
        .addStrategy(strategy("s", young))
        .addScenario(Scenario.builder().name("early").endYear(2030).adopt("s")
            .override("young", ProjectOverride.delay(-3)).build())
        .addScenario(Scenario.builder().name("plan").endYear(2030).adopt("s").build())
        .build();
    assertEquals(5.0, Engine.run(m, "early").strandedValue(2022), 0.0);
    // as written: 1 - 1/20 = 0.95 of 5 = 4.75
    assertEquals(4.75, Engine.run(m, "plan").strandedValue(2025), EPS);
  }

  @Test
  void a_closure_that_ends_is_not_stranded_again() {
    // closes 2022 to 2023 and reopens: stranded once, in 2022 (1 - 2/10 = 0.8 of 1)
    Project temporary = Project.builder().id("temporary").start(2022).fullEffect(2022).end(2023).ramp(Ramp.STEP)
        .addEffect(Effect.scaleDemand("mining", -0.5)).closedAssets(ClosedAssets.of(1, 2020, 10)).build();
    CityModel m = TestModels.oneStrategy(profile(sector("mining", 100).build()), 2026, temporary);
    Run run = Engine.run(m, "plan");
    assertEquals(0.8, run.strandedValue(2022), EPS);
    assertEquals(0.8, run.cumulativeStrandedValue(2026), EPS);
  }

  @Test
  void the_sector_may_be_named_and_a_tag_cut_counts() {
    Project both = project("both", 2020, 2020, Ramp.STEP, Effect.scaleDemand(SectorSelector.tag("coal"), -0.3))
        .closedAssets(ClosedAssets.of(2, 2020, 10).withSector("mining")).build();
    CityModel m = TestModels.oneStrategy(profile(sector("power", 50).addTags("coal").build(),
        sector("mining", 100).addTags("coal").build()), 2022, both);
    Run run = Engine.run(m, "plan");
    // a step starting in the base year acts from 2021: 1 - 1/10 = 0.9 of 2
    assertEquals(1.8, run.strandedValue(2021, "mining"), EPS);
    assertEquals(0.0, run.strandedValue(2021, "power"), 0.0);
  }

  @Test
  void asset_life_and_capital_are_parameters() {
    Parameterization p = Parameterization.of(model(), "plan",
        List.of("project/retire/asset-life", "project/retire/asset-capital", "project/exit/asset-life"));
    assertEquals(List.of(25.0, 10.0, 40.0), List.of(p.baseValues()[0], p.baseValues()[1], p.baseValues()[2]));
    // retire with life 50 and capital 20: 2021 0.25 x 20 x (1 - 21/50) = 2.9; exit with life 20 ends in 2030: 0
    Run run = p.run(new double[] {50, 20, 20});
    assertEquals(2.9, run.strandedValue(2021), EPS);
    assertEquals(0.0, run.strandedValue(2030), 0.0);
    // the values as given reproduce the model's account
    assertEquals(Engine.run(model(), "plan").cumulativeStrandedValue(END),
        p.run(p.baseValues()).cumulativeStrandedValue(END), 0.0);
    InvalidModelException bad = assertThrows(InvalidModelException.class,
        () -> p.compile(new double[] {0, -1, Double.NaN}));
    String text = bad.getMessage();
    assertTrue(text.contains("project/retire/asset-life") && text.contains("must be positive, was 0.0"), text);
    assertTrue(text.contains("project/retire/asset-capital") && text.contains("must not be negative, was -1.0"),
        text);
    assertTrue(text.contains("project/exit/asset-life") && text.contains("NaN"), text);
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> Parameterization.of(
        TestModels.oneStrategy(profile(sector("a", 1).build()), 2022, step("p", 2021, Effect.scaleDemand("a", -1))),
        "plan", List.of("project/p/asset-life")));
    assertTrue(none.getMessage().contains("project 'p' describes no closed assets"), none.getMessage());
    assertEquals("project/x/asset-capital", ParameterPath.parse("project/x/asset-capital").toString());
    assertEquals(ParameterPath.Kind.PROJECT_ASSET_LIFE, ParameterPath.parse("project/x/asset-life").kind());
  }

  @Test
  void indicators_give_the_account_and_say_when_there_is_none() {
    IndicatorCatalogue c = IndicatorCatalogue.standard();
    Run run = Engine.run(model(), "plan");
    assertEquals(0.4, c.get("stranded-value").value(run, 2021), EPS);
    assertEquals(4.0, c.get("stranded-value:sector:mining").value(run, 2030), EPS);
    assertEquals(5.0, c.get("cumulative-stranded-value").value(run, END), EPS);
    assertEquals("billion CNY", c.get("stranded-value").unit());
    Run plain = Engine.run(TestModels.oneStrategy(profile(sector("a", 1).build()), 2022,
        step("p", 2021, Effect.scaleDemand("a", -1))), "plan");
    assertFalse(plain.hasStrandedAssets());
    Indicator stranded = c.get("stranded-value");
    assertEquals("no project of model 'test' describes the assets it closes",
        stranded.unavailableReason(plain).orElseThrow());
    IllegalStateException why = assertThrows(IllegalStateException.class, () -> plain.strandedValue(2021));
    assertTrue(why.getMessage().contains("has no stranded-asset account"), why.getMessage());
    assertTrue(c.get("stranded-value:sector:nowhere").unavailableReason(run).orElseThrow().contains("no sector"));
  }

  @Test
  void an_astronomical_scale_is_refused_not_summed_to_infinity() {
    Run run = Engine.run(model(Scenario.builder().name("huge").endYear(END).adopt("s")
        .override("exit", ProjectOverride.scale(1e308)).build()), "huge");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run.strandedValue(2030));
    assertTrue(e.getMessage().contains("project 'exit': weight 1.0E308 times capital 8.0"), e.getMessage());
  }

  @Test
  void bad_closed_assets_are_each_a_problem_with_its_path() {
    Project negative = Project.builder().from(step("negative", 2025, Effect.scaleDemand("mining", -0.1)))
        .closedAssets(ClosedAssets.of(-1, 2010, 0)).build();
    Project late = Project.builder().from(step("late", 2025, Effect.scaleDemand("mining", -0.1)))
        .closedAssets(ClosedAssets.of(1, 2026, -5)).build();
    Project grows = Project.builder().from(step("grows", 2025, Effect.newCapacity("mining", 3),
            Effect.scaleDemand("mining", 0.1)))
        .closedAssets(ClosedAssets.of(1, 2010, 20)).build();
    Project elsewhere = Project.builder().from(step("elsewhere", 2025, Effect.scaleDemand("mining", -0.1)))
        .closedAssets(ClosedAssets.of(1, 2010, Double.NaN).withSector("power")).build();
    Project two = Project.builder().from(step("two", 2025, Effect.scaleDemand("mining", -0.1),
            Effect.scaleDemand("power", -0.1)))
        .closedAssets(ClosedAssets.of(1, 2010, 20)).build();
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> CityModel.builder()
        .profile(profile(sector("power", 50).build(), sector("mining", 100).build()))
        .addStrategy(strategy("s", negative, late, grows, elsewhere, two))
        .build());
    List<String> problems = e.problems().stream().map(Problem::toString).toList();
    assertEquals(List.of(
        "strategy 's' > project 'negative' > closed assets > capital: must not be negative, was -1.0",
        "strategy 's' > project 'negative' > closed assets > life: must be positive, was 0.0",
        "strategy 's' > project 'late' > closed assets > built year: 2026 is after the closure starts in 2025: "
            + "capacity cannot close before it is built",
        "strategy 's' > project 'late' > closed assets > life: must be positive, was -5.0",
        "strategy 's' > project 'grows' > closed assets: the project closes nothing: closed assets need a "
            + "scale-demand effect with a negative size on their sector (or leave the closed assets out)",
        "strategy 's' > project 'elsewhere' > closed assets > life: NaN is not a number",
        "strategy 's' > project 'elsewhere' > closed assets > sector: the project does not cut sector 'power'; it "
            + "cuts [mining]",
        "strategy 's' > project 'two' > closed assets > sector: the project cuts [mining, power]: name the sector "
            + "whose assets close"), problems);
  }
}
