package io.xinlu.engine;

import static io.xinlu.engine.TestModels.T0;
import static io.xinlu.engine.TestModels.sector;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Cohort;
import io.xinlu.economy.LabourMarket;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cohort account (MODEL.md, section 21), worked out by hand for a two-sector city with two cohorts.
 *
 * <p>No table ({@code x = y = V}), no projects, {@code rho = 0.5}, no productivity growth. Coal: value added 100,
 * employment 50, growth -0.1; services: value added 100, employment 100, growth 0.05. Employment (2020..2022): coal
 * 50, 45, 40.5; services 100, 105, 110.25. So coal loses {@code d} = 5 and 4.5 jobs, services creates {@code j} = 5
 * and 5.25, and the single pool is {@code U} = 2.5 (5 - min(5, 2.5)) and 4.375 (2.5 + 4.5 - 2.625).
 *
 * <p>Cohorts (one skill level {@code any}): {@code young} (share 0.6, retirement 0, out-migration 0.1, weight 2) and
 * {@code old} (share 0.4, retirement 0.2, out-migration 0, weight 1); coal's own shares are 0.3 and 0.7.
 *
 * <pre>
 * 2021  D = (1.5, 3.5), nobody waiting before, A = (1.5, 3.5), H = min(5, 0.5 x 5) = 2.5
 *       lambda = 2.5 / (2 x 1.5 + 1 x 3.5) = 5/13;  H_c = lambda w_c A_c = (15/13, 35/26)
 *       U = (1.5 - 15/13, 3.5 - 35/26) = (9/26, 28/13), pool 2.5 (= U: nobody retired or left yet); long-term 0
 * 2022  D = (1.35, 3.15)
 *       young: R = 0, M = 0.1 x 9/26 = 9/260, O = 81/260, A = 81/260 + 1.35 = 432/260
 *       old:   R = 0.2 x 28/13 = 112/260, M = 0, O = 448/260, A = 448/260 + 3.15 = 1267/260
 *       H = min(1699/260, 0.5 x 5.25) = 2.625; lambda = 2.625 / (2 x 432/260 + 1267/260) = 682.5/2131
 *       H_c = (589680/554060, 864727.5/554060) = (1.06428906..., 1.56071093...)
 *       U = (432/260 - H_young, 1267/260 - H_old) = (82728/138515, 3670499/1108120) = (0.59724939..., 3.31236598...)
 *       pool 1699/260 - 2.625 = 3.90961538... = U(2022) - retired - migrated = 4.375 - 112/260 - 9/260
 *       long-term O_c (1 - H_c / A_c) summed = 355487/277030 = 1.28320759...
 * </pre>
 *
 * <p>Wages 100,000 (coal) and 60,000 (services) CNY per worker: wage bill 2020 (5e9 + 6e9 CNY) = 11, 2021 (45,000 x
 * 100,000 + 105,000 x 60,000 CNY) = 10.8 billion CNY; lost 2021 5,000 x 100,000 CNY = 0.5, 2022 0.45; regained
 * (at the services wage, the only sector creating jobs) 2021 2,500 x 60,000 CNY = 0.15, 2022 2,625 x 60,000 = 0.1575.
 * Population 200 thousand: wage income per resident 2021 10.8e9 / 200e3 = 54,000 CNY.
 */
class CohortAccountTest {
  private static final double EPS = 1e-12;

  static LabourMarket market() {
    return LabourMarket.builder().addAgeBands("young", "old").addSkillLevels("any")
        .addCohorts(Cohort.of("young", "any", 0.6, 0.0, 0.1, 2.0), Cohort.of("old", "any", 0.4, 0.2, 0.0, 1.0))
        .putSectorShare("coal", ImmutableList.of(0.3, 0.7))
        .putWage("coal", 100_000.0).putWage("services", 60_000.0)
        .build();
  }

  static CityModel model(LabourMarket market) {
    CityProfile profile = CityProfile.builder().name("two").baseYear(T0).population(200)
        .addSectors(sector("coal", 100).employment(50).growth(-0.1).build(),
            sector("services", 100).employment(100).growth(0.05).build())
        .labourMarket(market)
        .build();
    return CityModel.builder().profile(profile).addScenario(Scenario.baseline("base", 2022)).build();
  }

  @Test
  void jobs_lost_enter_the_cohorts_and_leave_by_retirement_migration_and_weighted_reemployment() {
    Run run = Engine.run(model(market()), "base");
    assertEquals(2.5, run.total(Quantity.DISPLACED_WORKERS, 2021), 1e-9);
    assertEquals(4.375, run.total(Quantity.DISPLACED_WORKERS, 2022), 1e-9);
    assertEquals(List.of("young/any", "old/any"), run.cohortIds());
    assertEquals(0.0, run.displacedInCohort("young/any", 2020));
    assertEquals(9.0 / 26, run.displacedInCohort("young/any", 2021), EPS);
    assertEquals(28.0 / 13, run.displacedInCohort("old/any", 2021), EPS);
    assertEquals(2.5, run.cohortPool(2021), EPS);
    assertEquals(0.0, run.longTermUnemployed(2021), EPS);
    assertEquals(2.5, run.reemployedFromPool(2021), EPS);
    assertEquals(82728.0 / 138515, run.displacedInCohort("young/any", 2022), EPS);
    assertEquals(3670499.0 / 1108120, run.displacedInCohort("old/any", 2022), EPS);
    assertEquals(1699.0 / 260 - 2.625, run.cohortPool(2022), EPS);
    assertEquals(4.375 - 112.0 / 260 - 9.0 / 260, run.cohortPool(2022), EPS);
    assertEquals(355487.0 / 277030, run.longTermUnemployed(2022), EPS);
    assertEquals(112.0 / 260, run.retiredFromPool(2022), EPS);
    assertEquals(9.0 / 260, run.outMigrated(2022), EPS);
    assertEquals(0.0, run.retiredFromPool(2021));
    assertEquals(2.625, run.reemployedFromPool(2022), EPS);
    // by age band and by skill level: one skill, so the skill total is the pool
    assertEquals(82728.0 / 138515, run.displacedInAgeBand("young", 2022), EPS);
    assertEquals(1699.0 / 260 - 2.625, run.displacedWithSkill("any", 2022), EPS);
  }

  @Test
  void wage_bill_lost_and_regained_and_income_per_resident() {
    Run run = Engine.run(model(market()), "base");
    assertEquals(11.0, run.wageBill(2020), EPS);
    assertEquals(10.8, run.wageBill(2021), EPS);
    assertEquals(0.0, run.wageBillLost(2020));
    assertEquals(0.5, run.wageBillLost(2021), EPS);
    assertEquals(0.45, run.wageBillLost(2022), EPS);
    assertEquals(0.15, run.wageBillRegained(2021), EPS);
    assertEquals(0.1575, run.wageBillRegained(2022), EPS);
    IndicatorCatalogue cat = IndicatorCatalogue.standard();
    assertEquals(54_000.0, cat.get("wage-income-per-resident").value(run, 2021), 1e-6);
    assertEquals(10.8, cat.get("wage-bill").value(run, 2021), EPS);
    assertEquals(0.5, cat.get("wage-bill-lost").value(run, 2021), EPS);
    assertEquals(0.15, cat.get("wage-bill-regained").value(run, 2021), EPS);
    assertEquals(82728.0 / 138515, cat.get("displaced:age:young").value(run, 2022), EPS);
    assertEquals(1699.0 / 260 - 2.625, cat.get("displaced:skill:any").value(run, 2022), EPS);
    assertEquals(355487.0 / 277030, cat.get("long-term-unemployed").value(run, 2022), EPS);
    assertEquals(112.0 / 260, cat.get("retired-from-pool").value(run, 2022), EPS);
    assertEquals(9.0 / 260, cat.get("out-migrated").value(run, 2022), EPS);
  }

  /**
   * Wages move with labour productivity: one sector, value added 100 held (growth 0), employment 100, productivity
   * growth 0.1 and wage 50,000. In 2021 employment is 100 / 1.1 and the wage 55,000, so the wage bill stays
   * 100 x 50,000 CNY x 1e3 = 5 billion CNY: a constant labour share of value added.
   */
  @Test
  void wages_move_with_labour_productivity() {
    CityProfile profile = CityProfile.builder().name("one").baseYear(T0)
        .addSectors(sector("a", 100).employment(100).productivityGrowth(0.1).build())
        .labourMarket(LabourMarket.builder().addAgeBands("all").addSkillLevels("any")
            .addCohorts(Cohort.of("all", "any", 1.0, 0.0, 0.0, 1.0)).putWage("a", 50_000.0).build())
        .build();
    Run run = Engine.run(CityModel.builder().profile(profile).addScenario(Scenario.baseline("b", 2022)).build(), "b");
    assertEquals(5.0, run.wageBill(2020), EPS);
    assertEquals(5.0, run.wageBill(2021), EPS);
    assertEquals(5.0, run.wageBill(2022), EPS);
    // the jobs lost, 100 - 100 / 1.1, at the 2021 wage of 55,000 CNY
    assertEquals((100 - 100 / 1.1) * 55_000 * 1e-6, run.wageBillLost(2021), EPS);
  }

  /**
   * Sharing with caps: 50 jobs among cohorts of 1 and 100 waiting workers with weights 10 and 1. In proportion to
   * weight times waiting workers the first would get 50 x 10/110 = 4.5 jobs for its 1 worker; it takes its 1, and the
   * other 49 go to the second.
   */
  @Test
  void a_cohort_never_takes_more_jobs_than_it_has_waiting_workers() {
    double[] hired = new double[2];
    Cohorts.share(50, new double[] {1, 100}, new double[] {10, 1}, hired, new boolean[2]);
    assertArrayEquals(new double[] {1, 49}, hired, EPS);
    Cohorts.share(101, new double[] {1, 100}, new double[] {10, 1}, hired, new boolean[2]);
    assertArrayEquals(new double[] {1, 100}, hired, EPS);
    Cohorts.share(11, new double[] {10, 100}, new double[] {1, 1}, hired, new boolean[2]);
    assertArrayEquals(new double[] {1, 10}, hired, EPS);
  }

  @Test
  void parameter_paths_set_the_rates_weights_and_wages() {
    CityModel model = model(market());
    Parameterization p = Parameterization.of(model, "base", List.of("cohort/old/any/retirement-rate",
        "cohort/young/any/out-migration-rate", "cohort/young/any/reemployment-weight", "sector/coal/wage"));
    assertArrayEquals(new double[] {0.2, 0.1, 2.0, 100_000.0}, p.baseValues());
    Run same = p.run(p.baseValues());
    assertEquals(355487.0 / 277030, same.longTermUnemployed(2022), EPS);
    // no retirement, no migration, equal weights: the cohort pool is the single pool
    Run plain = p.run(new double[] {0.0, 0.0, 1.0, 100_000.0});
    assertEquals(4.375, plain.cohortPool(2022), 1e-12);
    assertEquals(0.0, plain.retiredFromPool(2022));
    Run cheap = p.run(new double[] {0.2, 0.1, 2.0, 0.0});
    assertEquals(6.3, cheap.wageBill(2021), EPS);
    assertEquals(0.0, cheap.wageBillLost(2021), EPS);
    io.xinlu.InvalidModelException bad = assertThrows(io.xinlu.InvalidModelException.class,
        () -> p.run(new double[] {1.5, -0.1, 0.0, -1.0}));
    String m = bad.getMessage();
    assertTrue(m.contains("cohort/old/any/retirement-rate: must lie in [0, 1], was 1.5"), m);
    assertTrue(m.contains("cohort/young/any/out-migration-rate: must lie in [0, 1], was -0.1"), m);
    assertTrue(m.contains("cohort/young/any/reemployment-weight: must be above 0, was 0.0"), m);
    assertTrue(m.contains("sector/coal/wage: must not be negative, was -1.0"), m);
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> Parameterization.of(model, "base", List.of("cohort/middle/any/retirement-rate")));
    assertTrue(unknown.getMessage().contains("unknown cohort 'middle/any'; cohorts: [young/any, old/any]"),
        unknown.getMessage());
    assertEquals("cohort/old/any/retirement-rate", ParameterPath.parse("cohort/old/any/retirement-rate").toString());
  }

  @Test
  void without_a_labour_market_the_cohort_quantities_are_unavailable_and_say_why() {
    CityProfile profile = CityProfile.builder().name("plain").baseYear(T0)
        .addSectors(sector("a", 100).employment(10).build()).build();
    Run run = Engine.run(CityModel.builder().profile(profile).addScenario(Scenario.baseline("b", 2022)).build(), "b");
    assertFalse(run.hasCohorts());
    assertFalse(run.hasWages());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> run.cohortPool(2021));
    assertEquals("run 'b' has no displaced workers by cohort: profile 'plain' gives no labour market", e.getMessage());
    assertEquals("profile 'plain' gives no labour market (cohorts of workers)",
        IndicatorCatalogue.standard().get("long-term-unemployed").unavailableReason(run).orElseThrow());
    assertTrue(IndicatorCatalogue.standard().get("displaced:age:young").unavailableReason(run).isPresent());
  }

  @Test
  void a_labour_market_without_wages_has_cohorts_but_no_wage_bill() {
    LabourMarket noWages = LabourMarket.builder().from(market()).wages(java.util.Map.of()).build();
    Run run = Engine.run(model(noWages), "base");
    assertTrue(run.hasCohorts());
    assertFalse(run.hasWages());
    assertEquals(2.5, run.cohortPool(2021), EPS);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> run.wageBill(2021));
    assertTrue(e.getMessage().contains("gives no wages"), e.getMessage());
  }

  /**
   * Sectors with equal shares are split as one group (MODEL.md, D23). Coal and iron both have the shares (0.3, 0.7),
   * services the cohorts' (0.6, 0.4). 2021: coal falls 50 to 45 (d = 5), iron 20 to 18 (d = 2), services rises 100 to
   * 105 (J = 5): F = 7 for the group of coal and iron, D = (0.3 x 7, 0.7 x 7) = (2.1, 4.9); H = min(7, 0.5 x 5) = 2.5,
   * lambda = 2.5 / (2 x 2.1 + 1 x 4.9) = 2.5 / 9.1, so U_young = 2.1 (1 - 5 / 9.1) = 8.61 / 9.1 and
   * U_old = 4.9 (1 - 2.5 / 9.1) = 32.34 / 9.1.
   */
  @Test
  void sectors_with_equal_shares_are_split_as_one_group() {
    LabourMarket market = LabourMarket.builder().addAgeBands("young", "old").addSkillLevels("any")
        .addCohorts(Cohort.of("young", "any", 0.6, 0.0, 0.1, 2.0), Cohort.of("old", "any", 0.4, 0.2, 0.0, 1.0))
        .putSectorShare("coal", ImmutableList.of(0.3, 0.7))
        .putSectorShare("iron", ImmutableList.of(0.3, 0.7))
        .build();
    CityProfile profile = CityProfile.builder().name("three").baseYear(T0).population(200)
        .addSectors(sector("coal", 100).employment(50).growth(-0.1).build(),
            sector("services", 100).employment(100).growth(0.05).build(),
            sector("iron", 50).employment(20).growth(-0.1).build())
        .labourMarket(market)
        .build();
    CohortInputs in = CohortInputs.of(profile);
    assertArrayEquals(new int[] {0, 1, 0}, in.group);
    assertArrayEquals(new double[] {0.3, 0.7, 0.6, 0.4}, in.groupShares);
    assertArrayEquals(new int[] {0, 2}, in.members[0]);
    assertArrayEquals(new int[] {1}, in.members[1]);
    CityModel model = CityModel.builder().profile(profile).addScenario(Scenario.baseline("base", 2022)).build();
    Run run = Engine.run(model, "base");
    assertEquals(8.61 / 9.1, run.displacedInCohort("young/any", 2021), EPS);
    assertEquals(32.34 / 9.1, run.displacedInCohort("old/any", 2021), EPS);
    assertEquals(7 - 2.5, run.cohortPool(2021), EPS);
  }
}
