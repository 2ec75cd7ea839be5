package io.xinlu.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a {@link Run} and a {@link CompiledScenario} answer, and how they refuse what they cannot answer, on a model
 * small enough to work out by hand. No input-output table, so gross output is value added ({@code A = 0, v = 1}).
 *
 * <pre>
 * sector  group      V(t0)  N(t0)  E(t0)  c    g     tags     stock
 * a       secondary  100    50     20     2.5  0.10  green    -
 * b       tertiary    50    25      5     1.0  0     green    1000 Mt, 0.5 Mt per bn CNY
 * population 1000 in 2020, growing 1 % a year
 * </pre>
 * Strategy {@code s}: project {@code p}, linear 2022 to 2024, new capacity 10 in {@code b} and capital 6 (3 in 2022
 * and 3 in 2023). Scenario {@code plan} adopts it to 2025; {@code baseline} adopts nothing.
 */
class RunAccessorsTest {
  private static final double EPS = 1e-9;

  private static CityProfile profile(boolean employment, boolean population, boolean stock) {
    Sector.Builder a = Sector.builder().id("a").group(SectorGroup.SECONDARY).addTag("green").valueAdded(100)
        .energy(20).emissionFactor(2.5).growth(0.10);
    Sector.Builder b = Sector.builder().id("b").group(SectorGroup.TERTIARY).addTag("green").valueAdded(50).energy(5)
        .emissionFactor(1.0);
    if (employment) {
      a.employment(50);
      b.employment(25);
    }
    if (stock) {
      b.resource(ResourceStock.of(1000, 0.5));
    }
    CityProfile.Builder c = CityProfile.builder().name("by-hand").baseYear(2020).addSectors(a.build(), b.build());
    if (population) {
      c.population(1000).populationGrowth(0.01);
    }
    return c.build();
  }

  private static CityModel model(CityProfile profile) {
    Project p = Project.builder().id("p").start(2022).fullEffect(2024).ramp(Ramp.LINEAR).capitalCost(6)
        .addEffect(Effect.newCapacity("b", 10)).addEffect(Effect.energyIntensity(SectorSelector.tag("green"), -0.1))
        .build();
    return CityModel.builder().profile(profile)
        .addStrategy(Strategy.builder().id("s").addProjects(p).build())
        .addScenario(Scenario.baseline("baseline", 2025))
        .addScenario(Scenario.builder().name("plan").endYear(2025).adopt("s").build())
        .build();
  }

  private static Run plan() {
    return Engine.run(model(profile(true, true, true)), "plan");
  }

  @Test
  void the_run_states_its_years_sectors_and_scenario() {
    Run run = plan();
    assertEquals("plan", run.scenarioName());
    assertEquals("by-hand", run.profileName());
    assertEquals("by-hand", run.profile().name());
    assertEquals(List.of("a", "b"), run.sectorIds());
    assertEquals(List.of("b"), run.resourceSectorIds());
    assertEquals(2020, run.baseYear());
    assertEquals(2025, run.endYear());
    assertEquals(6, run.yearCount());
    assertArrayEquals(new int[] {2020, 2021, 2022, 2023, 2024, 2025}, run.years());
    assertEquals("Run{plan of by-hand, 2020..2025, 2 sectors, 0 events}", run.toString());
  }

  @Test
  void per_sector_values_series_and_totals_agree_and_follow_the_model() {
    Run run = plan();
    double[] b = {50, 50, 50, 55, 60, 60};
    assertArrayEquals(b, run.series(Quantity.VALUE_ADDED, "b"), EPS);
    assertArrayEquals(b, run.series(Quantity.GROSS_OUTPUT, "b"), EPS);
    assertArrayEquals(b, run.series(Quantity.FINAL_DEMAND, "b"), EPS);
    for (int k = 0; k < 6; k++) {
      int year = 2020 + k;
      double a = 100 * Math.pow(1.1, k);
      assertEquals(a, run.value(Quantity.VALUE_ADDED, year, "a"), EPS * a);
      assertArrayEquals(new double[] {run.value(Quantity.VALUE_ADDED, year, "a"),
          run.value(Quantity.VALUE_ADDED, year, "b")}, run.sectorValues(Quantity.VALUE_ADDED, year));
      assertEquals(a + b[k], run.total(Quantity.VALUE_ADDED, year), EPS * a);
      // energy intensity 0.2 and 0.1 before the project, 10 % less at full effect
      double ramp = k < 2 ? 0 : k == 2 ? 0 : k == 3 ? 0.5 : 1;
      double ea = 0.2 * (1 - 0.1 * ramp) * a;
      double eb = 0.1 * (1 - 0.1 * ramp) * b[k];
      assertEquals(ea, run.value(Quantity.ENERGY, year, "a"), EPS);
      assertEquals(eb, run.value(Quantity.ENERGY, year, "b"), EPS);
      assertEquals(2.5 * ea + eb, run.total(Quantity.CO2, year), EPS, "CO2 in " + year);
      assertEquals(2.5 * ea, run.value(Quantity.CO2, year, "a"), EPS);
      assertEquals(a / 2 + b[k] / 2, run.total(Quantity.EMPLOYMENT, year), EPS);
      assertEquals(1000 * Math.pow(1.01, k), run.total(Quantity.POPULATION, year), EPS);
      assertEquals(k == 2 || k == 3 ? 3.0 : 0.0, run.total(Quantity.INVESTMENT, year));
      assertEquals(0.5, run.total(Quantity.REEMPLOYMENT_RATE, year));
    }
    assertArrayEquals(run.series(Quantity.CO2, "a"), new double[] {run.value(Quantity.CO2, 2020, "a"),
        run.value(Quantity.CO2, 2021, "a"), run.value(Quantity.CO2, 2022, "a"), run.value(Quantity.CO2, 2023, "a"),
        run.value(Quantity.CO2, 2024, "a"), run.value(Quantity.CO2, 2025, "a")});
    double[] co2 = run.totalSeries(Quantity.CO2);
    for (int k = 0; k < 6; k++) {
      assertEquals(run.total(Quantity.CO2, 2020 + k), co2[k]);
    }
  }

  @Test
  void stocks_and_extraction_are_given_for_resource_sectors_and_summed_over_them() {
    Run run = plan();
    // extraction is 0.5 per unit of b's output; the stock falls by each year's extraction
    assertArrayEquals(new double[] {25, 25, 25, 27.5, 30, 30}, run.series(Quantity.EXTRACTION, "b"), EPS);
    assertArrayEquals(new double[] {1000, 975, 950, 922.5, 892.5, 862.5}, run.series(Quantity.RESOURCE_STOCK, "b"),
        EPS);
    assertEquals(922.5, run.total(Quantity.RESOURCE_STOCK, 2023), EPS);
    assertEquals(27.5, run.total(Quantity.EXTRACTION, 2023), EPS);
    double[] stocks = run.sectorValues(Quantity.RESOURCE_STOCK, 2023);
    assertTrue(Double.isNaN(stocks[0]), "a has no stock");
    assertEquals(922.5, stocks[1], EPS);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run.value(Quantity.EXTRACTION, 2023, "a"));
    assertEquals("sector 'a' has no resource stock in run 'plan'; resource sectors: [b]", e.getMessage());
  }

  @Test
  void the_labour_transition_counts_jobs_created_and_lost() {
    Run run = plan();
    // both sectors only grow: every change is a job created, none is lost, and nobody waits for work
    for (int year = 2021; year <= 2025; year++) {
      double created = run.total(Quantity.EMPLOYMENT, year) - run.total(Quantity.EMPLOYMENT, year - 1);
      assertEquals(created, run.total(Quantity.JOBS_CREATED, year), EPS);
      assertEquals(0.0, run.total(Quantity.JOBS_LOST, year));
      assertEquals(0.0, run.total(Quantity.DISPLACED_WORKERS, year));
    }
    assertEquals(0.0, run.total(Quantity.JOBS_CREATED, 2020));
  }

  @Test
  void quantities_a_run_cannot_give_are_refused_with_the_reason() {
    Run bare = Engine.run(model(profile(false, false, false)), "plan");
    assertFalse(bare.hasEmployment());
    assertFalse(bare.hasPopulation());
    for (Quantity q : Quantity.values()) {
      boolean expected = switch (q) {
        case EMPLOYMENT, DISPLACED_WORKERS, JOBS_LOST, JOBS_CREATED, POPULATION, RESOURCE_STOCK, EXTRACTION -> false;
        default -> true;
      };
      assertEquals(expected, bare.has(q), q.name());
      assertTrue(plan().has(q), q.name());
    }
    IllegalStateException jobs = assertThrows(IllegalStateException.class,
        () -> bare.total(Quantity.JOBS_CREATED, 2021));
    assertEquals("run 'plan' has no jobs created: profile 'by-hand' has no employment data", jobs.getMessage());
    IllegalStateException employment = assertThrows(IllegalStateException.class,
        () -> bare.value(Quantity.EMPLOYMENT, 2021, "a"));
    assertEquals("run 'plan' has no employment: profile 'by-hand' has no employment data", employment.getMessage());
    IllegalStateException people = assertThrows(IllegalStateException.class,
        () -> bare.total(Quantity.POPULATION, 2021));
    assertEquals("run 'plan' has no population: profile 'by-hand' gives no base-year population",
        people.getMessage());
    IllegalStateException stock = assertThrows(IllegalStateException.class,
        () -> bare.total(Quantity.RESOURCE_STOCK, 2021));
    assertEquals("run 'plan' has no resource stock: no sector has a resource stock", stock.getMessage());
    assertThrows(IllegalStateException.class, () -> bare.sectorValues(Quantity.EXTRACTION, 2021));
    assertEquals(List.of(), bare.resourceSectorIds());
  }

  @Test
  void a_wrong_year_sector_or_kind_of_quantity_is_refused_naming_the_run() {
    Run run = plan();
    IllegalArgumentException before = assertThrows(IllegalArgumentException.class,
        () -> run.total(Quantity.CO2, 2019));
    assertEquals("year 2019 is outside run 'plan' (2020..2025)", before.getMessage());
    IllegalArgumentException after = assertThrows(IllegalArgumentException.class,
        () -> run.value(Quantity.CO2, 2026, "a"));
    assertEquals("year 2026 is outside run 'plan' (2020..2025)", after.getMessage());
    assertEquals(run.total(Quantity.CO2, 2025), run.totalSeries(Quantity.CO2)[5]);
    IllegalArgumentException sector = assertThrows(IllegalArgumentException.class,
        () -> run.value(Quantity.CO2, 2021, "c"));
    assertEquals("run 'plan' has no sector 'c'; sectors: [a, b]", sector.getMessage());
    IllegalArgumentException city = assertThrows(IllegalArgumentException.class,
        () -> run.value(Quantity.INVESTMENT, 2021, "a"));
    assertEquals("INVESTMENT is a city-wide quantity: use total(INVESTMENT, year)", city.getMessage());
    assertThrows(IllegalArgumentException.class, () -> run.sectorValues(Quantity.POPULATION, 2021));
    assertThrows(IllegalArgumentException.class, () -> run.series(Quantity.JOBS_LOST, "a"));
  }

  @Test
  void quantities_state_their_units_and_whether_they_are_per_sector() {
    assertEquals("value added", Quantity.VALUE_ADDED.label());
    assertEquals("billion CNY", Quantity.VALUE_ADDED.unit());
    assertEquals("Mtce", Quantity.ENERGY.unit());
    assertEquals("Mt", Quantity.CO2.unit());
    assertEquals("thousand persons", Quantity.DISPLACED_WORKERS.unit());
    assertEquals("fraction", Quantity.REEMPLOYMENT_RATE.unit());
    for (Quantity q : Quantity.values()) {
      boolean perSector = q.ordinal() <= Quantity.EXTRACTION.ordinal();
      assertEquals(perSector, q.isPerSector(), q.name());
    }
  }

  @Test
  void a_compiled_scenario_states_its_projects_ramps_and_effects() {
    CompiledScenario c = Engine.compile(model(profile(true, true, true)), "plan");
    assertEquals(2020, c.baseYear());
    assertEquals(2025, c.endYear());
    assertEquals("by-hand", c.profile().name());
    assertEquals("plan", c.scenario().name());
    assertEquals(List.of("p"), c.activeProjectIds());
    assertEquals(List.of(), c.compileEvents());
    assertEquals(0.5, c.ramp("p", 2023));
    assertEquals(1.0, c.ramp("p", 2025));
    // the tag green expands to both sectors
    assertEquals(3, c.effectCount());
    assertEquals(2, c.effectCount(Effect.Kind.ENERGY_INTENSITY));
    assertEquals(1, c.effectCount(Effect.Kind.NEW_CAPACITY));
    assertEquals(0, c.effectCount(Effect.Kind.GROWTH_SHIFT));
    assertEquals("CompiledScenario{plan, 2 sectors, 2020..2025, 1 projects}", c.toString());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> c.ramp("q", 2023));
    assertEquals("project 'q' is not carried out in scenario 'plan'; active projects: [p]", unknown.getMessage());
    IllegalArgumentException early = assertThrows(IllegalArgumentException.class, () -> c.ramp("p", 2019));
    assertEquals("year 2019 is outside scenario 'plan' (2020..2025)", early.getMessage());
    assertThrows(IllegalArgumentException.class, () -> c.ramp("p", 2026));
    CompiledScenario base = Engine.compile(model(profile(true, true, true)), "baseline");
    assertEquals(List.of(), base.activeProjectIds());
    assertEquals(0, base.effectCount());
  }

  @Test
  void an_attribution_is_the_run_with_a_project_minus_the_run_without_it() {
    CityModel m = model(profile(true, true, true));
    Attribution a = Attribution.of(m, "plan", "p");
    assertEquals("p", a.projectId());
    assertEquals("plan without p", a.withoutProject().scenarioName());
    assertEquals(5.0, a.difference(Quantity.VALUE_ADDED, 2023, "b"), EPS);
    assertEquals(5.0, a.difference(Quantity.VALUE_ADDED, 2023), EPS);
    assertArrayEquals(new double[] {0, 0, 0, 5, 10, 10}, a.differenceSeries(Quantity.VALUE_ADDED), EPS);
    assertArrayEquals(new double[] {0, 0, 3, 3, 0, 0}, a.differenceSeries(Quantity.INVESTMENT), EPS);
    assertEquals("Attribution{p in plan}", a.toString());
  }
}
