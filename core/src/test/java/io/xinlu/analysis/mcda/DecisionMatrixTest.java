package io.xinlu.analysis.mcda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decision matrices from numbers and from two small hand-built runs.
 *
 * <p>The city: two sectors and no input-output table (so value added equals final demand), base year 2020, runs to
 * 2022. Coal (secondary): value added 60 billion CNY shrinking 5 % a year, energy 12 Mtce (intensity 0.2 Mtce per
 * billion CNY), 2.5 t CO2 per tce. Services (tertiary): 40 billion CNY growing 10 % a year, 2 Mtce (intensity
 * 0.05), 1.0 t CO2 per tce. Scenario {@code plan} adopts a project that halves coal's energy intensity from 2021
 * (step ramp); {@code baseline} adopts nothing. By the engine's equations ({@code docs/MODEL.md}: {@code V(t) =
 * V(t-1)(1 + g)}, {@code E = (E0 / V0) factor V}, {@code C = ef E}):
 *
 * <pre>
 * year  GDP                     CO2 baseline                          CO2 plan
 * 2020  60 + 40 = 100           2.5 x 12 + 2 = 32                     32
 * 2021  57 + 44 = 101           2.5 x 0.2 x 57 + 0.05 x 44 = 30.7     2.5 x 0.1 x 57 + 2.2 = 16.45
 * 2022  54.15 + 48.4 = 102.55   2.5 x 0.2 x 54.15 + 2.42 = 29.495     2.5 x 0.1 x 54.15 + 2.42 = 15.9575
 * </pre>
 */
class DecisionMatrixTest {
  private static final Run BASELINE = Engine.run(model(), "baseline");
  private static final Run PLAN = Engine.run(model(), "plan");

  static CityModel model() {
    CityProfile profile = CityProfile.builder().name("twosector").baseYear(2020)
        .addSectors(
            Sector.builder().id("coal").group(SectorGroup.SECONDARY).valueAdded(60).energy(12).emissionFactor(2.5)
                .growth(-0.05).build(),
            Sector.builder().id("services").group(SectorGroup.TERTIARY).valueAdded(40).energy(2)
                .emissionFactor(1.0).growth(0.10).build())
        .build();
    Strategy clean = Strategy.builder().id("clean")
        .addProject(Project.builder().id("coal-retrofit").start(2021).ramp(Ramp.STEP)
            .addEffect(Effect.energyIntensity("coal", -0.5)).build())
        .build();
    return CityModel.builder().profile(profile).addStrategy(clean)
        .addScenario(Scenario.baseline("baseline", 2022))
        .addScenario(Scenario.builder().name("plan").endYear(2022).adopt("clean").build())
        .build();
  }

  @Test
  void scenarios_in_one_year_with_indicators_as_criteria() {
    DecisionMatrix m = DecisionMatrix.fromRuns().add(BASELINE).add(PLAN).year(2021)
        .indicators(Indicators.gdp(), Indicators.co2()).build();
    assertEquals(DecisionMatrix.Layout.SCENARIOS, m.layout());
    assertEquals(List.of("baseline", "plan"), m.alternatives());
    assertEquals(List.of("gdp", "co2"), m.criteria());
    assertEquals(List.of(CriterionType.BENEFIT, CriterionType.COST), m.types());
    assertArrayEquals(new double[] {101, 30.7}, m.row(0), 1e-12);
    assertArrayEquals(new double[] {101, 16.45}, m.row(1), 1e-12);

    // GDP is equal, so only CO2 separates them: min-max gives GDP the middle and the plan wins outright
    Topsis t = Topsis.of(m, Weights.equal(m), Normalization.minMax());
    assertArrayEquals(new double[] {0.0, 1.0}, t.closeness(), 1e-15);
    assertEquals("plan", t.ranking().best());
    // the same with vector normalization and with a composite index
    assertEquals("plan", Topsis.of(m, Weights.equal(m)).ranking().best());
    assertArrayEquals(new double[] {0.25, 0.75}, CompositeIndex.of(m, Weights.equal(m)).scores(), 1e-15);
  }

  @Test
  void years_of_one_run() {
    DecisionMatrix m = DecisionMatrix.fromRuns().add(BASELINE).years(2020, 2021, 2022)
        .indicators(List.of(Indicators.gdp(), Indicators.co2())).build();
    assertEquals(DecisionMatrix.Layout.YEARS, m.layout());
    assertEquals(List.of("2020", "2021", "2022"), m.alternatives());
    assertArrayEquals(new double[] {100, 101, 102.55}, m.column(0), 1e-12);
    assertArrayEquals(new double[] {32, 30.7, 29.495}, m.column(1), 1e-12);
    // 2022 has the most GDP and the least CO2: the ideal; 2020 the anti-ideal
    assertArrayEquals(new double[] {0.0, 1.0}, new double[] {
        Topsis.of(m, Weights.equal(2)).closeness()[0], Topsis.of(m, Weights.equal(2)).closeness()[2]}, 1e-15);
    assertEquals(List.of("2022", "2021", "2020"), Topsis.of(m, Weights.equal(2)).ranking().ordered());
  }

  @Test
  void every_scenario_in_every_year() {
    DecisionMatrix m = DecisionMatrix.fromRuns().addAll(List.of(BASELINE, PLAN)).years(2021, 2022)
        .indicator(Indicators.co2()).build();
    assertEquals(DecisionMatrix.Layout.SCENARIO_YEARS, m.layout());
    assertEquals(List.of("baseline@2021", "baseline@2022", "plan@2021", "plan@2022"), m.alternatives());
    assertArrayEquals(new double[] {30.7, 29.495, 16.45, 15.9575}, m.column(0), 1e-12);
    assertEquals(List.of("plan@2022", "plan@2021", "baseline@2022", "baseline@2021"),
        CompositeIndex.of(m, Weights.of(1)).ranking().ordered());
    // labels tell runs apart, and an explicit layout is kept
    DecisionMatrix one = DecisionMatrix.fromRuns().add(PLAN, "plan-a").year(2022).layout(
        DecisionMatrix.Layout.SCENARIO_YEARS).add(BASELINE).indicator(Indicators.co2()).build();
    assertEquals(List.of("plan-a@2022", "baseline@2022"), one.alternatives());
  }

  @Test
  void a_neutral_indicator_needs_an_explicit_type() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DecisionMatrix.fromRuns().add(BASELINE).add(PLAN).year(2021)
            .indicators(Indicators.co2(), Indicators.sectorValueAdded("coal")).build());
    assertEquals("invalid decision matrix: indicators [va:sector:coal] are NEUTRAL, neither a benefit nor a cost: "
        + "add them with indicator(indicator, CriterionType.BENEFIT) or CriterionType.COST", e.getMessage());
    DecisionMatrix m = DecisionMatrix.fromRuns().add(BASELINE).add(PLAN).year(2021).indicator(Indicators.co2())
        .indicator(Indicators.sectorValueAdded("coal"), CriterionType.COST).build();
    assertEquals(CriterionType.COST, m.type(1));
    e = assertThrows(IllegalArgumentException.class, () -> CriterionType.of(Indicators.sectorValueAdded("coal")));
    assertTrue(e.getMessage().startsWith("indicator 'va:sector:coal' is NEUTRAL"), e.getMessage());
  }

  @Test
  void conflicting_layouts_fail_with_what_to_do() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DecisionMatrix.fromRuns().add(BASELINE).add(PLAN).years(2021, 2022)
            .layout(DecisionMatrix.Layout.SCENARIOS).indicator(Indicators.co2()).build());
    assertEquals("layout SCENARIOS compares runs in one year, but 2 years were given [2021, 2022]: give one year, "
        + "or use SCENARIO_YEARS to compare every run in every year", e.getMessage());
    e = assertThrows(IllegalStateException.class,
        () -> DecisionMatrix.fromRuns().add(BASELINE).add(PLAN).years(2021, 2022)
            .layout(DecisionMatrix.Layout.YEARS).indicator(Indicators.co2()).build());
    assertEquals("layout YEARS compares the years of one run, but 2 runs were given [baseline, plan]: give one "
        + "run, or use SCENARIO_YEARS to compare every run in every year", e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> DecisionMatrix.fromRuns()
        .layout(DecisionMatrix.Layout.YEARS).layout(DecisionMatrix.Layout.SCENARIOS));
    assertEquals("the layout was already set to YEARS", e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> DecisionMatrix.fromRuns().add(PLAN).year(2021).build());
    assertEquals("no indicator: call indicator(...) or indicators(...)", e.getMessage());
    e = assertThrows(IllegalStateException.class,
        () -> DecisionMatrix.fromRuns().add(PLAN).indicator(Indicators.co2()).build());
    assertEquals("no year: call year(...) or years(...)", e.getMessage());
  }

  @Test
  void one_run_in_one_year_is_too_few_alternatives() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DecisionMatrix.fromRuns().add(PLAN).year(2021).indicator(Indicators.co2()).build());
    assertEquals("invalid decision matrix: a decision matrix needs at least 2 alternatives, got 1 [plan]",
        e.getMessage());
  }

  @Test
  void undefined_indicator_values_are_named_with_run_and_year() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DecisionMatrix.fromRuns().add(BASELINE).years(2020, 2021).indicator(Indicators.gdpGrowth())
            .build());
    assertEquals("invalid decision matrix: indicator 'gdp-growth' is NaN on run 'baseline' in 2020",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DecisionMatrix.fromRuns().add(BASELINE).add(PLAN).year(2030).indicator(Indicators.co2()).build());
    assertTrue(e.getMessage().contains("year 2030 is outside the run"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DecisionMatrix.fromRuns().add(BASELINE).add(BASELINE).years(2021, 2021).indicator(Indicators.co2())
            .indicator(Indicators.co2()).build());
    assertEquals("invalid decision matrix: run labels repeat: [baseline]; years repeat: [2021]; indicator ids "
        + "repeat: [co2]", e.getMessage());
  }

  // ---- from numbers ------------------------------------------------------------------------------------------

  @Test
  void every_problem_of_a_plain_matrix_is_listed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DecisionMatrix.of(List.of("a", "a"), List.of("x", " "), List.of(CriterionType.BENEFIT),
            new double[][] {{1, Double.NaN}, {2}}));
    assertEquals("invalid decision matrix: alternative names repeat: [a]; criterion 1 has a blank name; 1 criterion "
        + "types for 2 criteria [x,  ]; alternative 'a', criterion ' ': NaN is not a finite number; alternative "
        + "'a' has 1 values for 2 criteria [x,  ]", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DecisionMatrix.builder().alternatives("a", "b").benefit("x", 1).cost("y", 1, Double.POSITIVE_INFINITY)
            .build());
    assertEquals("invalid decision matrix: criterion 'x' has 1 values for 2 alternatives [a, b]", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DecisionMatrix.builder().alternatives("a").benefit("x", 1).build());
    assertEquals("invalid decision matrix: a decision matrix needs at least 2 alternatives, got 1 [a]",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DecisionMatrix.builder().alternatives("a", "b").build());
    assertEquals("invalid decision matrix: a decision matrix needs at least 1 criterion, got none", e.getMessage());
  }

  @Test
  void accessors_copy_and_read_by_name() {
    DecisionMatrix m = FighterAircraft.matrix();
    assertEquals(4, m.alternativeCount());
    assertEquals(6, m.criterionCount());
    assertEquals(6.5, m.value("A2", "cost"), 0.0);
    m.values()[0][0] = 99;
    m.column(0)[0] = 99;
    m.row(0)[0] = 99;
    assertEquals(2.0, m.value(0, 0), 0.0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.value("A1", "price"));
    assertEquals("no criterion 'price'; criteria: [speed, range, payload, cost, reliability, maneuverability]",
        e.getMessage());
    assertEquals(FighterAircraft.matrix(), m);
    assertEquals(DecisionMatrix.Layout.GIVEN, m.layout());
    assertTrue(m.toString().contains("cost (-)"), m.toString());
  }
}
