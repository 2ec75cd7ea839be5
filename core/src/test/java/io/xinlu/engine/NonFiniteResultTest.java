package io.xinlu.engine;

import static io.xinlu.engine.TestModels.profile;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.indicator.Indicators;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.uncertainty.ensemble.Ensemble;
import io.xinlu.uncertainty.ensemble.EnsembleException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A model that validates but whose numbers leave the range of doubles in some year (docs/MODEL.md, section 19): the
 * run gives every value it can, and asking for one beyond the range throws {@link NonFiniteResultException} naming
 * the scenario, quantity, sector and year, instead of returning Infinity or NaN.
 */
class NonFiniteResultTest {
  private static final int END = 2400;

  /**
   * Sector a grows by 10 a year (a factor of 11) from 100 in 2020; sector b stays at 50. a's value added,
   * {@code 100 * 11^t}, passes the run's largest value {@code Double.MAX_VALUE / (4 * 2 sectors * 381 years)} =
   * 5.9e304 in 2311 (1.1e305) and the largest double in 2315.
   */
  private static CityModel growing() {
    CityProfile city = profile(
        sector("a", 100).growth(10).energy(10).emissionFactor(2.0).employment(50).build(),
        sector("b", 50).energy(5).emissionFactor(1.0).employment(100).build());
    Project p = Project.builder().id("p").start(2022).fullEffect(2024).ramp(Ramp.LINEAR).capitalCost(4.0)
        .addEffects(Effect.newCapacity("b", 10.0)).build();
    return CityModel.builder().profile(city).addStrategy(strategy("s", p))
        .addScenario(Scenario.builder().name("plan").endYear(END).adopt("s").build())
        .build();
  }

  private static NonFiniteResultException assertNonFinite(Executable e, Quantity q, String sector, int year) {
    NonFiniteResultException x = assertThrows(NonFiniteResultException.class, e);
    assertEquals("plan", x.scenarioName(), x::getMessage);
    assertEquals(q, x.quantity(), x::getMessage);
    assertEquals(Optional.ofNullable(sector), x.sectorId(), x::getMessage);
    assertEquals(year, x.year(), x::getMessage);
    assertTrue(x.getMessage().startsWith("run 'plan': " + q.label()
        + (sector == null ? "" : " of sector '" + sector + "'") + " in " + year + " is "), x::getMessage);
    return x;
  }

  @Test
  void a_sector_growing_ten_a_year_for_centuries_fails_naming_sector_quantity_and_year() {
    Run run = Engine.run(growing(), "plan");
    // early years are there and finite
    assertEquals(100 * 11.0 * 11.0, run.value(Quantity.VALUE_ADDED, 2022, "a"), 1e-9);
    assertTrue(Double.isFinite(run.total(Quantity.CO2, 2100)));
    NonFiniteResultException co2 = assertNonFinite(() -> run.total(Quantity.CO2, END), Quantity.CO2, "a", END);
    assertTrue(Double.isInfinite(co2.value()) || Double.isNaN(co2.value()), co2::getMessage);
    assertTrue(co2.getMessage().contains("beyond the largest value this run can sum"), co2::getMessage);
    // CO2 is 2.0 * 0.1 * value added: 2.2e304 in 2311, 2.4e305 in 2312
    assertTrue(co2.getMessage().contains("; first out of range in 2312;"), co2::getMessage);
    assertNonFinite(() -> run.value(Quantity.VALUE_ADDED, END, "a"), Quantity.VALUE_ADDED, "a", END);
    assertNonFinite(() -> run.total(Quantity.ENERGY, END), Quantity.ENERGY, "a", END);
    assertNonFinite(() -> run.sectorValues(Quantity.GROSS_OUTPUT, END), Quantity.GROSS_OUTPUT, "a", END);
    assertNonFinite(() -> run.totalSeries(Quantity.VALUE_ADDED), Quantity.VALUE_ADDED, "a", 2311);
    assertNonFinite(() -> run.series(Quantity.FINAL_DEMAND, "a"), Quantity.FINAL_DEMAND, "a", 2311);
    assertTrue(run.value(Quantity.GROSS_OUTPUT, 2310, "a") > 1e303);
    // b is untouched by a: its own values are all there
    assertEquals(END - 2020 + 1, run.series(Quantity.VALUE_ADDED, "b").length);
    // the labour transition sums employment: it fails naming the employment that left the range
    assertNonFinite(() -> run.total(Quantity.DISPLACED_WORKERS, END), Quantity.EMPLOYMENT, "a",
        firstBeyond(run));
    assertNonFinite(() -> Indicators.co2().value(run, END), Quantity.CO2, "a", END);
  }

  /** {@link Run#requireFinite()} names the first value out of range: year by year, in the order of quantities. */
  @Test
  void require_finite_names_the_earliest_value_out_of_range() {
    Run run = Engine.run(growing(), "plan");
    // in 2311, a's final demand (the first quantity) is 1.1e305, beyond 5.9e304
    assertNonFinite(run::requireFinite, Quantity.FINAL_DEMAND, "a", 2311);
    // to 2100 every value is in range: the run itself comes back
    CityModel to2100 = CityModel.builder().from(growing()).scenarios(List.of(
        Scenario.builder().name("plan").endYear(2100).adopt("s").build())).build();
    Run shorter = Engine.run(to2100, "plan");
    assertTrue(shorter == shorter.requireFinite());
  }

  /** The first year in which a's employment is beyond the run's largest value, found by asking year by year. */
  private static int firstBeyond(Run run) {
    for (int t = run.baseYear(); t <= run.endYear(); t++) {
      try {
        run.value(Quantity.EMPLOYMENT, t, "a");
      } catch (NonFiniteResultException e) {
        return t;
      }
    }
    throw new AssertionError("employment never leaves the range");
  }

  /**
   * Values that are finite but larger than {@link Run#largestValue()}: a city total or a sum over the years of such
   * values could overflow, so the run refuses them too, saying so.
   */
  @Test
  void finite_values_too_large_to_sum_fail_too() {
    CityProfile city = profile(sector("a", 1e290).growth(1.0).energy(1e289).emissionFactor(1.0).build());
    CityModel m = CityModel.builder().profile(city)
        .addScenario(Scenario.builder().name("plan").endYear(2080).build()).build();
    Run run = Engine.run(m, "plan");
    double largest = run.largestValue();
    assertEquals(Double.MAX_VALUE / (4.0 * 1 * 61), largest);
    // 1e290 * 2^k passes largest (7.4e305) in 2020 + 53 (9.0e305), and Double.MAX_VALUE only after 2080
    assertEquals(1e290 * 0x1p52, run.value(Quantity.VALUE_ADDED, 2072, "a"));
    NonFiniteResultException x = assertNonFinite(() -> run.value(Quantity.VALUE_ADDED, 2073, "a"),
        Quantity.VALUE_ADDED, "a", 2073);
    assertTrue(Double.isFinite(x.value()) && x.value() > largest, x::getMessage);
    assertTrue(x.getMessage().contains("beyond the largest value this run can sum"), x::getMessage);
  }

  @Test
  void a_parameter_value_that_overflows_fails_its_run_and_the_ensemble_names_it() {
    CityModel m = growing();
    Parameterization p = Parameterization.of(m, "plan", List.of("macro-shock"));
    Run run = p.run(new double[] {-9.0});
    // a shock of -9 leaves a with growth 1 (a doubles) and b with growth -9 (a factor of -8 a year)
    assertNonFinite(() -> run.total(Quantity.VALUE_ADDED, END), Quantity.VALUE_ADDED, "b", END);
    EnsembleException e = assertThrows(EnsembleException.class, () -> Ensemble.builder(p)
        .design(new double[][] {{0.0}, {-9.0}}).indicators(Indicators.gdp()).years(2030, END).threads(1).build()
        .run());
    assertEquals(0, e.runIndex());
    NonFiniteResultException cause = assertInstanceOf(NonFiniteResultException.class, e.getCause());
    assertEquals(Quantity.VALUE_ADDED, cause.quantity());
    assertEquals(END, cause.year());
  }

  /** City-wide quantities have no sector: the population, here. */
  @Test
  void a_city_wide_quantity_names_no_sector() {
    CityProfile city = CityProfile.builder().name("test").baseYear(2020).population(1000).populationGrowth(10)
        .addSectors(sector("a", 100).build()).build();
    CityModel m = CityModel.builder().profile(city)
        .addScenario(Scenario.builder().name("plan").endYear(END).build()).build();
    Run run = Engine.run(m, "plan");
    assertTrue(run.total(Quantity.POPULATION, 2100) > 0);
    assertNonFinite(() -> run.total(Quantity.POPULATION, END), Quantity.POPULATION, null, END);
  }
}
