package io.xinlu.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Cohort;
import io.xinlu.economy.LabourMarket;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.policy.ClosedAssets;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every built-in indicator on a small run whose every number is worked out by hand in the test.
 *
 * <p>The city ({@link #model()}): four sectors in all three groups, no input-output table (so {@code A = 0},
 * {@code v = 1}, gross output equals final demand and value added {@code V = y}), base year 2020, one step to 2021.
 *
 * <pre>
 * sector   group      tags                               V    N    E    ef   g     dq   de    stock, phi
 * coal     secondary  resource, energy-intensive         40   20   8    2.5  -0.10 0    0     400 Mt, 0.5
 * newmat   secondary  new-materials, energy-intensive    20   10   4    2.0  +0.10 0    0.10  -
 * farm     primary    -                                  10   25   1    1.0  0     0    0     -
 * digital  tertiary   digital                            30   15   1    1.0  +0.20 0.20 0     -
 * </pre>
 *
 * (V value added in billion CNY, N employment in thousand persons, E energy in Mtce, ef t CO2 per tce, g growth,
 * dq labour-productivity growth, de energy-intensity decline.) Population 1,000 thousand growing 1 % a year.
 * Scenario {@code plan} adopts strategy {@code clean}, whose one project {@code coal-retrofit} (step ramp, start
 * 2021, capital 2.0 billion CNY) halves coal's energy intensity. The engine's equations are those of
 * {@code docs/MODEL.md}: {@code V_i(t) = V_i(t-1)(1 + g_i)}, {@code E_i = (E_i0 / V_i0) trend_i factor_i V_i},
 * {@code C_i = ef_i E_i}, {@code N_i = V_i / ((V_i0 / N_i0)(1 + dq_i)^k)}, {@code R(t) = R(t-1) - phi V(t)}.
 *
 * <p>Its labour market: age bands {@code young} and {@code old}, one skill level {@code all}; each cohort half of every
 * sector's workforce, {@code old} retiring at 0.1 and leaving at 0.2 a year (which acts only from the second year
 * after the base year, so not here), equal weights; wages coal 80,000, newmat 60,000, farm 20,000, digital 100,000
 * CNY per worker. Coal loses 2 thousand jobs and newmat creates 1, so each cohort gets 1 of the jobs lost, the pool
 * re-employs {@code min(2, 0.5 x 1) = 0.5}, 0.25 each, and each cohort has 0.75 left (together {@code U} = 1.5).
 * Wages move with labour productivity: digital's rises to 120,000 in 2021, the others stay.
 *
 * <p>Display units are checked against their own derivation, not against {@link DisplayUnit}'s factors: 1 Mtce
 * = 10^6 tce, 1 billion CNY = 10^5 x 10,000 CNY, 1 thousand persons = 10^3 persons, 1 Mt = 10^6 t.
 */
class IndicatorsTest {
  private static final double TOL = 1e-12;
  private static final int T0 = 2020;
  private static final int T1 = 2021;

  /** 1 Mtce per billion CNY in tce per 10,000 CNY: 10^6 tce / (10^9 CNY / 10^4 CNY). */
  private static final double TCE_PER_10K_CNY = 1e6 / (1e9 / 1e4);
  /** 1 billion CNY per thousand persons in CNY per person. */
  private static final double CNY_PER_PERSON = 1e9 / 1e3;
  /** 1 Mt per thousand persons in t per person. */
  private static final double T_PER_PERSON = 1e6 / 1e3;
  /** 1 billion CNY per thousand persons in 10,000 CNY per person. */
  private static final double TEN_K_CNY_PER_PERSON = (1e9 / 1e4) / 1e3;

  // ---- hand-computed run values, engine units ----------------------------------------------------------------

  // value added
  private static final double COAL_0 = 40.0;
  private static final double NEWMAT_0 = 20.0;
  private static final double FARM_0 = 10.0;
  private static final double DIGITAL_0 = 30.0;
  private static final double COAL_1 = 40.0 * (1 - 0.10);
  private static final double NEWMAT_1 = 20.0 * (1 + 0.10);
  private static final double FARM_1 = 10.0;
  private static final double DIGITAL_1 = 30.0 * (1 + 0.20);
  private static final double GDP_0 = 40.0 + 20.0 + 10.0 + 30.0;
  private static final double GDP_1 = COAL_1 + NEWMAT_1 + FARM_1 + DIGITAL_1; // 36 + 22 + 10 + 36 = 104

  // energy: intensity E0 / V0, times the trend (1 - de), times the project's factor (1 - 0.5 on coal)
  private static final double E_COAL_1 = (8.0 / 40.0) * (1 - 0.5) * COAL_1; // 3.6
  private static final double E_NEWMAT_1 = (4.0 / 20.0) * (1 - 0.10) * NEWMAT_1; // 3.96
  private static final double E_FARM_1 = (1.0 / 10.0) * FARM_1; // 1
  private static final double E_DIGITAL_1 = (1.0 / 30.0) * DIGITAL_1; // 1.2
  private static final double ENERGY_0 = 8.0 + 4.0 + 1.0 + 1.0;
  private static final double ENERGY_1 = E_COAL_1 + E_NEWMAT_1 + E_FARM_1 + E_DIGITAL_1; // 9.76

  // CO2 = ef x E
  private static final double CO2_0 = 2.5 * 8.0 + 2.0 * 4.0 + 1.0 * 1.0 + 1.0 * 1.0; // 30
  private static final double CO2_1 = 2.5 * E_COAL_1 + 2.0 * E_NEWMAT_1 + 1.0 * E_FARM_1 + 1.0 * E_DIGITAL_1;

  // employment: V over productivity (V0 / N0)(1 + dq)
  private static final double N_COAL_1 = COAL_1 / (40.0 / 20.0); // 18
  private static final double N_NEWMAT_1 = NEWMAT_1 / (20.0 / 10.0); // 11
  private static final double N_FARM_1 = FARM_1 / (10.0 / 25.0); // 25
  private static final double N_DIGITAL_1 = DIGITAL_1 / ((30.0 / 15.0) * (1 + 0.20)); // 15
  private static final double EMPLOYMENT_0 = 20.0 + 10.0 + 25.0 + 15.0;
  private static final double EMPLOYMENT_1 = N_COAL_1 + N_NEWMAT_1 + N_FARM_1 + N_DIGITAL_1; // 69

  // population (thousand persons)
  private static final double POP_0 = 1000.0;
  private static final double POP_1 = 1000.0 * (1 + 0.01);

  /** The four-sector city described in the class comment. */
  static CityProfile profile() {
    return CityProfile.builder().name("handcity").baseYear(T0)
        .addSectors(coal().build(), newmat().build(), farm().build(), digital().build())
        .population(POP_0).populationGrowth(0.01)
        .labourMarket(LabourMarket.builder().addAgeBands("young", "old").addSkillLevels("all")
            .addCohorts(Cohort.of("young", "all", 0.5, 0.0, 0.0, 1.0), Cohort.of("old", "all", 0.5, 0.1, 0.2, 1.0))
            .putWage("coal", 80_000.0).putWage("newmat", 60_000.0).putWage("farm", 20_000.0)
            .putWage("digital", 100_000.0).build())
        .build();
  }

  static Sector.Builder coal() {
    return Sector.builder().id("coal").group(SectorGroup.SECONDARY).addTags("resource", "energy-intensive")
        .valueAdded(40).employment(20).energy(8).emissionFactor(2.5).growth(-0.10)
        .resource(ResourceStock.of(400.0, 0.5));
  }

  static Sector.Builder newmat() {
    return Sector.builder().id("newmat").group(SectorGroup.SECONDARY).addTags("new-materials", "energy-intensive")
        .valueAdded(20).employment(10).energy(4).emissionFactor(2.0).growth(0.10).energyIntensityDecline(0.10);
  }

  static Sector.Builder farm() {
    return Sector.builder().id("farm").group(SectorGroup.PRIMARY)
        .valueAdded(10).employment(25).energy(1).emissionFactor(1.0);
  }

  static Sector.Builder digital() {
    return Sector.builder().id("digital").group(SectorGroup.TERTIARY).addTag("digital")
        .valueAdded(30).employment(15).energy(1).emissionFactor(1.0).growth(0.20).productivityGrowth(0.20);
  }

  /** The hand-checkable model: the city, strategy {@code clean} and scenario {@code plan} (2020..2021). */
  static CityModel model() {
    Strategy clean = Strategy.builder().id("clean")
        .addProject(Project.builder().id("coal-retrofit").start(T1).ramp(Ramp.STEP).capitalCost(2.0)
            .addEffect(Effect.energyIntensity("coal", -0.5)).build())
        .build();
    return CityModel.builder().profile(profile()).addStrategy(clean).addStrategy(exit())
        .addScenario(Scenario.builder().name("plan").endYear(T1).adopt("clean").build())
        .build();
  }

  /**
   * Strategy {@code exit}, which {@code plan} does not adopt (so {@code plan} strands nothing and its other values
   * stay as above): project {@code coal-exit} cuts coal's final demand by 25 % from 2021 (step) and closes assets
   * of 4.0 billion CNY built in 2011 with a life of 20 years.
   */
  static Strategy exit() {
    return Strategy.builder().id("exit")
        .addProject(Project.builder().id("coal-exit").start(T1).ramp(Ramp.STEP)
            .addEffect(Effect.scaleDemand("coal", -0.25)).closedAssets(ClosedAssets.of(4.0, 2011, 20)).build())
        .build();
  }

  /**
   * Stranded value: {@code plan} closes nothing, 0 in both years. A scenario adopting {@code exit} closes the whole
   * capacity in 2021, 10 years into its 20-year life: book value 4.0 x (1 - 10 / 20) = 2.0 billion CNY, in coal,
   * and 2.0 cumulated; nothing in the base year.
   */
  @Test
  void stranded_value_is_the_book_value_closed_in_the_year() {
    assertEquals(0.0, Indicators.strandedValue().value(RUN, T1), 0.0);
    assertEquals(0.0, Indicators.cumulativeStrandedValue().value(RUN, T1), 0.0);
    Run closing = Engine.run(CityModel.builder().from(model())
        .addScenario(Scenario.builder().name("close").endYear(T1).adopt("exit").build()).build(), "close");
    assertClose(0.0, Indicators.strandedValue().value(closing, T0), "stranded value, base year");
    assertClose(2.0, Indicators.strandedValue().value(closing, T1), "stranded value");
    assertClose(2.0, Indicators.sectorStrandedValue("coal").value(closing, T1), "stranded value of coal");
    assertClose(0.0, Indicators.sectorStrandedValue("farm").value(closing, T1), "stranded value of farm");
    assertClose(2.0, Indicators.cumulativeStrandedValue().value(closing, T1), "cumulative stranded value");
    assertEquals(DisplayUnit.BILLION_CNY.label(), Indicators.strandedValue().unit());
    assertEquals(Direction.LOWER_IS_BETTER, Indicators.cumulativeStrandedValue().direction());
  }

  /** The run of {@code plan}. */
  static Run run() {
    return Engine.run(model(), "plan");
  }

  private static final Run RUN = run();

  /** A baseline run of a profile to its end year. */
  static Run baseline(CityProfile profile, int endYear) {
    return Engine.run(CityModel.builder().profile(profile)
        .addScenario(Scenario.baseline("baseline", endYear)).build(), "baseline");
  }

  private static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, TOL * Math.max(1.0, Math.abs(expected)), what);
  }

  /** Checks an indicator in both years, through {@code value} and through {@code series}. */
  private static void check(Indicator indicator, double expected0, double expected1) {
    assertClose(expected0, indicator.value(RUN, T0), indicator.id() + " in " + T0);
    assertClose(expected1, indicator.value(RUN, T1), indicator.id() + " in " + T1);
    double[] s = indicator.series(RUN);
    assertEquals(2, s.length);
    assertEquals(indicator.value(RUN, T0), s[0], 0.0, indicator.id() + " series");
    assertEquals(indicator.value(RUN, T1), s[1], 0.0, indicator.id() + " series");
  }

  // ---- the run itself ----------------------------------------------------------------------------------------

  @Test
  void the_run_matches_the_hand_computed_numbers() {
    // guards the arithmetic below: if the engine disagrees here, the indicator tests are not to blame
    assertEquals(List.of("coal", "newmat", "farm", "digital"), RUN.sectorIds());
    assertArrayEquals(new double[] {COAL_1, NEWMAT_1, FARM_1, DIGITAL_1},
        RUN.sectorValues(Quantity.VALUE_ADDED, T1), 1e-12);
    assertArrayEquals(new double[] {E_COAL_1, E_NEWMAT_1, E_FARM_1, E_DIGITAL_1},
        RUN.sectorValues(Quantity.ENERGY, T1), 1e-12);
    assertArrayEquals(new double[] {N_COAL_1, N_NEWMAT_1, N_FARM_1, N_DIGITAL_1},
        RUN.sectorValues(Quantity.EMPLOYMENT, T1), 1e-12);
    assertEquals(36.0 + 22.0 + 10.0 + 36.0, GDP_1, 1e-12);
    assertEquals(3.6 + 3.96 + 1.0 + 1.2, ENERGY_1, 1e-12);
    assertEquals(18.0 + 11.0 + 25.0 + 15.0, EMPLOYMENT_1, 1e-12);
  }

  // ---- size and growth ---------------------------------------------------------------------------------------

  @Test
  void gdp_is_the_sum_of_value_added_in_billion_cny() {
    Indicator gdp = Indicators.gdp();
    check(gdp, GDP_0, GDP_1);
    assertEquals("gdp", gdp.id());
    assertEquals("billion CNY", gdp.unit());
    assertEquals(Direction.HIGHER_IS_BETTER, gdp.direction());
  }

  @Test
  void gdp_growth_is_nan_in_the_base_year_and_the_ratio_minus_one_after() {
    Indicator g = Indicators.gdpGrowth();
    assertTrue(Double.isNaN(g.value(RUN, T0)));
    assertClose((36.0 + 22.0 + 10.0 + 36.0) / 100.0 - 1, g.value(RUN, T1), "gdp-growth");
    assertEquals(0.04, g.value(RUN, T1), 1e-12);
    assertEquals("fraction per year", g.unit());
  }

  /** CNY per person = 10^6 x billion CNY per thousand persons. */
  @Test
  void gdp_per_capita_is_in_cny_per_person() {
    Indicator pc = Indicators.gdpPerCapita();
    check(pc, (GDP_0 * 1e9) / (POP_0 * 1e3), (GDP_1 * 1e9) / (POP_1 * 1e3));
    assertClose(1e6 * (GDP_1 / POP_1), pc.value(RUN, T1), "1e6 x billion CNY per thousand persons");
    assertEquals(100_000.0, pc.value(RUN, T0), 1e-9); // 100 billion CNY over a million people
    assertEquals("CNY per person", pc.unit());
  }

  @Test
  void population_follows_its_growth_in_thousand_persons() {
    check(Indicators.population(), POP_0, POP_1);
    assertEquals("thousand persons", Indicators.population().unit());
  }

  // ---- structure ---------------------------------------------------------------------------------------------

  @Test
  void sector_value_added_is_the_sectors_value_added() {
    check(Indicators.sectorValueAdded("coal"), COAL_0, COAL_1);
    check(Indicators.sectorValueAdded("digital"), DIGITAL_0, DIGITAL_1);
    assertEquals("va:sector:coal", Indicators.sectorValueAdded("coal").id());
  }

  @Test
  void sector_shares_are_value_added_over_gdp_and_sum_to_one() {
    check(Indicators.sectorShare("coal"), 40.0 / 100.0, COAL_1 / GDP_1);
    check(Indicators.sectorShare("newmat"), 20.0 / 100.0, NEWMAT_1 / GDP_1);
    check(Indicators.sectorShare("farm"), 10.0 / 100.0, FARM_1 / GDP_1);
    check(Indicators.sectorShare("digital"), 30.0 / 100.0, DIGITAL_1 / GDP_1);
    for (int year : RUN.years()) {
      double sum = 0;
      for (String id : RUN.sectorIds()) {
        sum += Indicators.sectorShare(id).value(RUN, year);
      }
      assertEquals(1.0, sum, 1e-12, "sector shares in " + year);
    }
    assertEquals("share", Indicators.sectorShare("coal").unit());
  }

  @Test
  void group_shares_are_value_added_of_the_group_over_gdp_and_sum_to_one() {
    check(Indicators.groupShare(SectorGroup.PRIMARY), 10.0 / 100.0, FARM_1 / GDP_1);
    check(Indicators.groupShare(SectorGroup.SECONDARY), (40.0 + 20.0) / 100.0, (COAL_1 + NEWMAT_1) / GDP_1);
    check(Indicators.groupShare(SectorGroup.TERTIARY), 30.0 / 100.0, DIGITAL_1 / GDP_1);
    for (int year : RUN.years()) {
      double sum = 0;
      for (SectorGroup g : SectorGroup.values()) {
        sum += Indicators.groupShare(g).value(RUN, year);
      }
      assertEquals(1.0, sum, 1e-12, "group shares in " + year);
    }
    assertEquals("share:group:tertiary", Indicators.groupShare(SectorGroup.TERTIARY).id());
    assertEquals(Direction.HIGHER_IS_BETTER, Indicators.groupShare(SectorGroup.TERTIARY).direction());
    assertEquals(Direction.NEUTRAL, Indicators.groupShare(SectorGroup.SECONDARY).direction());
  }

  @Test
  void tag_shares_cover_every_tagged_sector_and_are_zero_for_a_tag_nobody_carries() {
    check(Indicators.tagShare("resource"), 40.0 / 100.0, COAL_1 / GDP_1);
    check(Indicators.tagShare("digital"), 30.0 / 100.0, DIGITAL_1 / GDP_1);
    check(Indicators.tagShare("new-materials"), 20.0 / 100.0, NEWMAT_1 / GDP_1);
    check(Indicators.tagShare("energy-intensive"), (40.0 + 20.0) / 100.0, (COAL_1 + NEWMAT_1) / GDP_1);
    check(Indicators.tagShare("tourism"), 0.0, 0.0);
    assertEquals(Direction.LOWER_IS_BETTER, Indicators.tagShare("resource").direction());
    assertEquals(Direction.HIGHER_IS_BETTER, Indicators.tagShare("digital").direction());
    assertEquals(Direction.HIGHER_IS_BETTER, Indicators.tagShare("new-materials").direction());
    assertEquals(Direction.HIGHER_IS_BETTER, Indicators.tagShare("strategic-emerging").direction());
    assertEquals(Direction.NEUTRAL, Indicators.tagShare("tourism").direction());
  }

  @Test
  void resource_dependence_is_the_share_of_resource_sectors() {
    check(Indicators.resourceDependence(), 40.0 / 100.0, COAL_1 / GDP_1);
    assertEquals(Direction.LOWER_IS_BETTER, Indicators.resourceDependence().direction());
  }

  @Test
  void tertiary_to_secondary_is_the_ratio_of_their_value_added() {
    check(Indicators.tertiaryToSecondary(), 30.0 / (40.0 + 20.0), DIGITAL_1 / (COAL_1 + NEWMAT_1));
  }

  @Test
  void tertiary_to_secondary_is_nan_without_a_secondary_sector() {
    CityProfile services = CityProfile.builder().name("services-only").baseYear(T0)
        .addSectors(farm().build(), digital().build()).build();
    Run r = baseline(services, T1);
    assertTrue(Double.isNaN(Indicators.tertiaryToSecondary().value(r, T0)));
    assertEquals(30.0 / (10.0 + 30.0), Indicators.groupShare(SectorGroup.TERTIARY).value(r, T0), 1e-12);
  }

  /**
   * The Herfindahl-Hirschman index is the sum of squared shares: O. C. Herfindahl, <i>Concentration in the Steel
   * Industry</i>, PhD thesis, Columbia University, 1950; A. O. Hirschman, "The Paternity of an Index", <i>American
   * Economic Review</i> 54(5), 1964, p. 761.
   */
  @Test
  void herfindahl_is_the_sum_of_squared_shares() {
    double s0 = 0.4 * 0.4 + 0.2 * 0.2 + 0.1 * 0.1 + 0.3 * 0.3; // 0.30
    double c = COAL_1 / GDP_1;
    double m = NEWMAT_1 / GDP_1;
    double f = FARM_1 / GDP_1;
    double d = DIGITAL_1 / GDP_1;
    check(Indicators.herfindahl(), s0, c * c + m * m + f * f + d * d);
    assertEquals(0.30, Indicators.herfindahl().value(RUN, T0), 1e-12);
    check(Indicators.effectiveSectors(), 1.0 / s0, 1.0 / (c * c + m * m + f * f + d * d));
  }

  /**
   * The Shannon entropy of the shares in nats, {@code H = -sum s_i ln s_i}: C. E. Shannon, "A Mathematical Theory
   * of Communication", <i>Bell System Technical Journal</i> 27, 1948, pp. 379-423 and 623-656.
   */
  @Test
  void shannon_entropy_is_minus_the_sum_of_share_times_log_share() {
    double h0 = -(0.4 * Math.log(0.4) + 0.2 * Math.log(0.2) + 0.1 * Math.log(0.1) + 0.3 * Math.log(0.3));
    double h1 = 0;
    for (double v : new double[] {COAL_1, NEWMAT_1, FARM_1, DIGITAL_1}) {
      h1 -= (v / GDP_1) * Math.log(v / GDP_1);
    }
    check(Indicators.shannonEntropy(), h0, h1);
    assertEquals("nats", Indicators.shannonEntropy().unit());
  }

  /** Equal shares: HHI = 1/n (Hirschman 1964), effective sectors n, entropy ln n (Shannon 1948, the maximum). */
  @Test
  void equal_shares_give_hhi_one_over_n_and_entropy_ln_n() {
    CityProfile.Builder b = CityProfile.builder().name("equal").baseYear(T0);
    for (int i = 0; i < 5; i++) {
      b.addSector(Sector.builder().id("s" + i).group(SectorGroup.values()[i % 3]).valueAdded(25).energy(1).build());
    }
    Run r = baseline(b.build(), T1);
    for (int year : r.years()) {
      assertEquals(1.0 / 5, Indicators.herfindahl().value(r, year), 1e-15);
      assertEquals(5.0, Indicators.effectiveSectors().value(r, year), 1e-12);
      assertEquals(Math.log(5), Indicators.shannonEntropy().value(r, year), 1e-15);
    }
  }

  /** One sector makes all of GDP: HHI 1 (a monopoly), entropy 0 (with 0 ln 0 = 0, Shannon 1948). */
  @Test
  void one_dominant_sector_gives_hhi_one_and_entropy_zero() {
    CityProfile p = CityProfile.builder().name("monopoly").baseYear(T0)
        .addSector(Sector.builder().id("coal").group(SectorGroup.SECONDARY).valueAdded(100).employment(50)
            .energy(10).build())
        .addSector(Sector.builder().id("hydrogen").group(SectorGroup.SECONDARY).valueAdded(0).employment(0)
            .energyIntensity(0.5).labourProductivity(1.0).build())
        .addSector(Sector.builder().id("cloud").group(SectorGroup.TERTIARY).valueAdded(0).employment(0)
            .energyIntensity(0.1).labourProductivity(2.0).build())
        .build();
    Run r = baseline(p, T1);
    for (int year : r.years()) {
      assertEquals(1.0, Indicators.herfindahl().value(r, year), 0.0);
      assertEquals(1.0, Indicators.effectiveSectors().value(r, year), 0.0);
      assertEquals(0.0, Indicators.shannonEntropy().value(r, year), 0.0);
      assertEquals(0.0, Indicators.sectorShare("hydrogen").value(r, year), 0.0);
    }
  }

  /**
   * The Theil index of structural rationality over the three groups, {@code TL = sum_g (Y_g / Y) ln((Y_g / L_g) /
   * (Y / L))}: Gan Chunhui, Zheng Ruogu and Yu Dianfan, "An Empirical Study on the Effects of Industrial Structure
   * on Economic Growth and Fluctuations in China" (in Chinese), <i>Economic Research Journal</i> 46(5), 2011,
   * pp. 4-16.
   */
  @Test
  void theil_index_follows_gan_zheng_and_yu() {
    // 2020: primary Y 10, L 25; secondary Y 40 + 20, L 20 + 10; tertiary Y 30, L 15; Y 100, L 70
    double tl0 = (10.0 / 100.0) * Math.log((10.0 / 25.0) / (100.0 / 70.0))
        + (60.0 / 100.0) * Math.log((60.0 / 30.0) / (100.0 / 70.0))
        + (30.0 / 100.0) * Math.log((30.0 / 15.0) / (100.0 / 70.0));
    double ys = COAL_1 + NEWMAT_1;
    double ls = N_COAL_1 + N_NEWMAT_1;
    double tl1 = (FARM_1 / GDP_1) * Math.log((FARM_1 / N_FARM_1) / (GDP_1 / EMPLOYMENT_1))
        + (ys / GDP_1) * Math.log((ys / ls) / (GDP_1 / EMPLOYMENT_1))
        + (DIGITAL_1 / GDP_1) * Math.log((DIGITAL_1 / N_DIGITAL_1) / (GDP_1 / EMPLOYMENT_1));
    check(Indicators.theilStructure(), tl0, tl1);
    assertTrue(tl0 > 0, "productivity differs across groups, so the structure is not rational");
  }

  /** Gan, Zheng and Yu (2011): TL = 0 when labour productivity is equal across the three groups. */
  @Test
  void theil_index_is_zero_when_labour_productivity_is_equal_across_groups() {
    CityProfile p = CityProfile.builder().name("balanced").baseYear(T0)
        .addSector(Sector.builder().id("farm").group(SectorGroup.PRIMARY).valueAdded(10).employment(5).build())
        .addSector(Sector.builder().id("mine").group(SectorGroup.SECONDARY).valueAdded(24).employment(12).build())
        .addSector(Sector.builder().id("mill").group(SectorGroup.SECONDARY).valueAdded(6).employment(3).build())
        .addSector(Sector.builder().id("shops").group(SectorGroup.TERTIARY).valueAdded(60).employment(30).build())
        .build();
    Run r = baseline(p, T1);
    for (int year : r.years()) {
      assertEquals(0.0, Indicators.theilStructure().value(r, year), 1e-15);
    }
  }

  // ---- energy and carbon -------------------------------------------------------------------------------------

  @Test
  void energy_is_the_sum_of_sector_energy_in_mtce() {
    check(Indicators.energy(), ENERGY_0, ENERGY_1);
    assertEquals("Mtce", Indicators.energy().unit());
  }

  /** tce per 10,000 CNY = 10 x Mtce per billion CNY. */
  @Test
  void energy_intensity_is_in_tce_per10000_cny() {
    Indicator ei = Indicators.energyIntensity();
    check(ei, (ENERGY_0 * 1e6) / (GDP_0 * 1e9 / 1e4), (ENERGY_1 * 1e6) / (GDP_1 * 1e9 / 1e4));
    assertClose(10 * (ENERGY_1 / GDP_1), ei.value(RUN, T1), "10 x Mtce per billion CNY");
    assertEquals(1.4, ei.value(RUN, T0), 1e-12); // 14 Mtce for 100 billion CNY
    assertEquals("tce per 10,000 CNY", ei.unit());
    assertEquals(Direction.LOWER_IS_BETTER, ei.direction());
  }

  @Test
  void energy_intensity_change_is_relative_to_the_reference_year() {
    double ei0 = 10 * ENERGY_0 / GDP_0;
    double ei1 = 10 * ENERGY_1 / GDP_1;
    Indicator since2020 = Indicators.energyIntensityChange(T0);
    check(since2020, 0.0, ei1 / ei0 - 1);
    assertEquals("energy-intensity-change:2020", since2020.id());
    assertEquals("fraction", since2020.unit());
    check(Indicators.energyIntensityChange(T1), ei0 / ei1 - 1, 0.0);
  }

  @Test
  void co2_is_the_sum_of_sector_emissions_in_mt() {
    check(Indicators.co2(), CO2_0, CO2_1);
    assertEquals(30.0, Indicators.co2().value(RUN, T0), 1e-12);
  }

  /** t CO2 per 10,000 CNY = 10 x Mt per billion CNY. */
  @Test
  void carbon_intensity_is_in_t_co2_per10000_cny() {
    Indicator ci = Indicators.carbonIntensity();
    check(ci, (CO2_0 * 1e6) / (GDP_0 * 1e9 / 1e4), (CO2_1 * 1e6) / (GDP_1 * 1e9 / 1e4));
    assertClose(10 * (CO2_1 / GDP_1), ci.value(RUN, T1), "10 x Mt per billion CNY");
    assertEquals("t CO2 per 10,000 CNY", ci.unit());
  }

  /**
   * Tapio (2005) elasticity, year on year: the relative change of the pressure over the relative change of GDP;
   * undefined (NaN) in the base year.
   */
  @Test
  void tapio_elasticity_is_the_pressure_change_over_the_gdp_change() {
    Indicator co2 = Indicators.tapioElasticity(Pressure.CO2);
    Indicator energy = Indicators.tapioElasticity(Pressure.ENERGY);
    assertTrue(Double.isNaN(co2.value(RUN, T0)));
    assertTrue(Double.isNaN(energy.value(RUN, T0)));
    double gdpChange = GDP_1 / GDP_0 - 1; // 104 / 100 - 1 = 0.04
    assertClose((CO2_1 / CO2_0 - 1) / gdpChange, co2.value(RUN, T1), "CO2 elasticity");
    assertClose((ENERGY_1 / ENERGY_0 - 1) / gdpChange, energy.value(RUN, T1), "energy elasticity");
  }

  /** t CO2 per person = 1000 x Mt per thousand persons. */
  @Test
  void co2_per_capita_is_in_tonnes_per_person() {
    Indicator pc = Indicators.co2PerCapita();
    check(pc, (CO2_0 * 1e6) / (POP_0 * 1e3), (CO2_1 * 1e6) / (POP_1 * 1e3));
    assertClose(1000 * (CO2_1 / POP_1), pc.value(RUN, T1), "1000 x Mt per thousand persons");
    assertEquals("t CO2 per person", pc.unit());
  }

  @Test
  void tag_energy_and_co2_sum_the_tagged_sectors() {
    check(Indicators.tagEnergy("resource"), 8.0, E_COAL_1);
    check(Indicators.tagEnergy("energy-intensive"), 8.0 + 4.0, E_COAL_1 + E_NEWMAT_1);
    check(Indicators.tagEnergy("tourism"), 0.0, 0.0);
    check(Indicators.tagCo2("resource"), 2.5 * 8.0, 2.5 * E_COAL_1);
    check(Indicators.tagCo2("energy-intensive"), 2.5 * 8.0 + 2.0 * 4.0, 2.5 * E_COAL_1 + 2.0 * E_NEWMAT_1);
    check(Indicators.tagCo2("tourism"), 0.0, 0.0);
    assertEquals("energy:tag:resource", Indicators.tagEnergy("resource").id());
    assertEquals("co2:tag:resource", Indicators.tagCo2("resource").id());
  }

  // ---- jobs and people ---------------------------------------------------------------------------------------

  @Test
  void employment_is_the_sum_of_sector_employment() {
    check(Indicators.employment(), EMPLOYMENT_0, EMPLOYMENT_1);
    check(Indicators.sectorEmployment("coal"), 20.0, N_COAL_1);
    check(Indicators.sectorEmployment("digital"), 15.0, N_DIGITAL_1);
    check(Indicators.groupEmployment(SectorGroup.PRIMARY), 25.0, N_FARM_1);
    check(Indicators.groupEmployment(SectorGroup.SECONDARY), 20.0 + 10.0, N_COAL_1 + N_NEWMAT_1);
    check(Indicators.groupEmployment(SectorGroup.TERTIARY), 15.0, N_DIGITAL_1);
    check(Indicators.tagEmployment("energy-intensive"), 20.0 + 10.0, N_COAL_1 + N_NEWMAT_1);
    check(Indicators.tagEmployment("tourism"), 0.0, 0.0);
    assertEquals("employment:group:secondary", Indicators.groupEmployment(SectorGroup.SECONDARY).id());
    assertEquals("employment:tag:digital", Indicators.tagEmployment("digital").id());
    assertEquals("employment:sector:coal", Indicators.sectorEmployment("coal").id());
  }

  /** 10,000 CNY per person = 100 x billion CNY per thousand persons. */
  @Test
  void labour_productivity_is_in10000_cny_per_person() {
    Indicator lp = Indicators.labourProductivity();
    check(lp, (GDP_0 * 1e9 / 1e4) / (EMPLOYMENT_0 * 1e3), (GDP_1 * 1e9 / 1e4) / (EMPLOYMENT_1 * 1e3));
    assertClose(100 * (GDP_1 / EMPLOYMENT_1), lp.value(RUN, T1), "100 x billion CNY per thousand persons");
    assertEquals("10,000 CNY per person", lp.unit());
  }

  @Test
  void jobs_lost_created_and_displaced_follow_the_labour_transition() {
    double lost = 20.0 - N_COAL_1; // coal sheds 2
    double created = N_NEWMAT_1 - 10.0; // newmat adds 1 (digital's productivity growth matches its growth)
    check(Indicators.jobsLost(), 0.0, lost);
    check(Indicators.jobsCreated(), 0.0, created);
    // default re-employment rate 0.5: half of the new job goes to the displaced
    double waiting = 0.0 + lost;
    check(Indicators.displacedWorkers(), 0.0, waiting - Math.min(waiting, Scenario.DEFAULT_REEMPLOYMENT_RATE * created));
    assertEquals(1.5, Indicators.displacedWorkers().value(RUN, T1), 1e-12);
  }

  // ---- resources and money -----------------------------------------------------------------------------------

  @Test
  void resource_stock_falls_by_the_extraction() {
    check(Indicators.resourceStock("coal"), 400.0, 400.0 - 0.5 * COAL_1);
    assertEquals("stock:coal", Indicators.resourceStock("coal").id());
  }

  /** Reserve life R / Q: 400 / (0.5 x 40) = 20 years in the base year. */
  @Test
  void reserve_life_is_stock_over_extraction() {
    check(Indicators.reserveLife("coal"), 400.0 / (0.5 * 40.0), (400.0 - 0.5 * COAL_1) / (0.5 * COAL_1));
    assertEquals("years", Indicators.reserveLife("coal").unit());
  }

  /** Nothing extracted from a positive stock: the stock lasts for ever. */
  @Test
  void reserve_life_is_infinite_when_nothing_is_extracted_from_a_positive_stock() {
    CityProfile p = CityProfile.builder().name("idle-mine").baseYear(T0)
        .addSectors(coal().resource(ResourceStock.of(400.0, 0.0)).build(), farm().build()).build();
    Run r = baseline(p, T1);
    for (int year : r.years()) {
      assertEquals(Double.POSITIVE_INFINITY, Indicators.reserveLife("coal").value(r, year));
      assertEquals(400.0, Indicators.resourceStock("coal").value(r, year), 0.0);
    }
  }

  /**
   * A stock that runs out: 30 Mt, extraction 0.5 x 40 = 20 Mt a year. 2020: 30 / 20; 2021: 10 / 20; 2022 the
   * output is capped at the 10 Mt left, so 0 / 10 = 0; 2023 nothing is left and nothing extracted, 0 / 0 = NaN.
   */
  @Test
  void reserve_life_is_zero_on_depletion_and_nan_once_nothing_is_left() {
    CityProfile p = CityProfile.builder().name("small-mine").baseYear(T0)
        .addSectors(coal().growth(0.0).resource(ResourceStock.of(30.0, 0.5)).build(), farm().build()).build();
    Run r = baseline(p, 2023);
    Indicator life = Indicators.reserveLife("coal");
    assertEquals(30.0 / 20.0, life.value(r, 2020), 1e-12);
    assertEquals(10.0 / 20.0, life.value(r, 2021), 1e-12);
    assertEquals(0.0, life.value(r, 2022), 0.0);
    assertTrue(Double.isNaN(life.value(r, 2023)));
  }

  @Test
  void investment_is_the_capital_spent_in_the_year_and_cumulative_sums_it() {
    check(Indicators.investment(), 0.0, 2.0);
    check(Indicators.cumulativeInvestment(), 0.0, 0.0 + 2.0);
    assertEquals("billion CNY", Indicators.cumulativeInvestment().unit());
  }

  // ---- composition -------------------------------------------------------------------------------------------

  @Test
  void composed_indicators_compute_what_they_say() {
    Indicator coalPerGdp = Indicator.ratio("coal-per-gdp", "Coal per GDP", "share", Direction.LOWER_IS_BETTER,
        Indicators.sectorValueAdded("coal"), Indicators.gdp());
    check(coalPerGdp, 40.0 / 100.0, COAL_1 / GDP_1);
    check(Indicators.gdp().scaled(1e9, "gdp-cny", "CNY"), 100.0 * 1e9, GDP_1 * 1e9);
    check(Indicators.energy().changeSince(T0), 0.0, ENERGY_1 / ENERGY_0 - 1);
    Indicator energyGrowth = Indicators.energy().growth();
    assertTrue(Double.isNaN(energyGrowth.value(RUN, T0)));
    assertClose(ENERGY_1 / ENERGY_0 - 1, energyGrowth.value(RUN, T1), "energy growth");
    check(Indicators.co2().cumulative(), CO2_0, CO2_0 + CO2_1);
    Indicator jobsPerMtce = Indicator.of("jobs-per-mtce", "Jobs per Mtce", "thousand persons per Mtce",
        Direction.HIGHER_IS_BETTER,
        (run, year) -> run.total(Quantity.EMPLOYMENT, year) / run.total(Quantity.ENERGY, year));
    check(jobsPerMtce, EMPLOYMENT_0 / ENERGY_0, EMPLOYMENT_1 / ENERGY_1);
  }

  @Test
  void a_ratio_over_a_zero_denominator_is_nan() {
    Indicator perTourism = Indicator.ratio("gdp-per-tourism", "GDP per tourism", "ratio", Direction.NEUTRAL,
        Indicators.gdp(), Indicators.tagShare("tourism"));
    assertTrue(Double.isNaN(perTourism.value(RUN, T0)));
  }

  // ---- display units -----------------------------------------------------------------------------------------

  /** Each factor from the definitions of the units: Mtce = 10^6 tce, billion = 10^5 x 10,000, thousand = 10^3. */
  @Test
  void display_unit_factors_follow_from_the_unit_definitions() {
    assertEquals(TCE_PER_10K_CNY, DisplayUnit.TCE_PER_10K_CNY.factor(), 1e-15);
    assertEquals(10.0, DisplayUnit.TCE_PER_10K_CNY.factor(), 0.0);
    assertEquals(TCE_PER_10K_CNY, DisplayUnit.T_CO2_PER_10K_CNY.factor(), 1e-15);
    assertEquals(CNY_PER_PERSON, DisplayUnit.CNY_PER_PERSON.factor(), 0.0);
    assertEquals(T_PER_PERSON, DisplayUnit.T_CO2_PER_PERSON.factor(), 0.0);
    assertEquals(TEN_K_CNY_PER_PERSON, DisplayUnit.TEN_THOUSAND_CNY_PER_PERSON.factor(), 0.0);
    assertEquals(100.0, DisplayUnit.PERCENT.factor(), 0.0);
    for (DisplayUnit u : List.of(DisplayUnit.BILLION_CNY, DisplayUnit.MTCE, DisplayUnit.MT_CO2,
        DisplayUnit.THOUSAND_PERSONS, DisplayUnit.SHARE, DisplayUnit.YEARS)) {
      assertEquals(1.0, u.factor(), 0.0, u.name());
      assertEquals(3.25, u.toDisplay(3.25), 0.0, u.name());
    }
    assertEquals(25.0, DisplayUnit.PERCENT.toDisplay(0.25), 0.0);
    assertEquals(0.25, DisplayUnit.PERCENT.toEngine(25.0), 0.0);
    assertEquals(1.4, DisplayUnit.TCE_PER_10K_CNY.toDisplay(0.14), 1e-15);
    assertEquals(100_000.0, DisplayUnit.CNY_PER_PERSON.toDisplay(0.1), 1e-9);
    assertEquals(30.0, DisplayUnit.T_CO2_PER_PERSON.toDisplay(0.03), 1e-12);
    assertEquals(142.0, DisplayUnit.TEN_THOUSAND_CNY_PER_PERSON.toDisplay(1.42), 1e-12);
    assertEquals("tce per 10,000 CNY", DisplayUnit.TCE_PER_10K_CNY.label());
  }

  @Test
  void indicator_units_are_the_display_unit_labels() {
    assertEquals(DisplayUnit.TCE_PER_10K_CNY.label(), Indicators.energyIntensity().unit());
    assertEquals(DisplayUnit.T_CO2_PER_10K_CNY.label(), Indicators.carbonIntensity().unit());
    assertEquals(DisplayUnit.CNY_PER_PERSON.label(), Indicators.gdpPerCapita().unit());
    assertEquals(DisplayUnit.T_CO2_PER_PERSON.label(), Indicators.co2PerCapita().unit());
    assertEquals(DisplayUnit.TEN_THOUSAND_CNY_PER_PERSON.label(), Indicators.labourProductivity().unit());
    assertEquals(DisplayUnit.THOUSAND_PERSONS.label(), Indicators.employment().unit());
    assertEquals(DisplayUnit.MT_CO2.label(), Indicators.co2().unit());
    assertEquals(DisplayUnit.YEARS.label(), Indicators.reserveLife("coal").unit());
  }

  // ---- the catalogue -----------------------------------------------------------------------------------------

  /** The fixed ids of the standard catalogue; each has its hand-checked test above. */
  static final List<String> FIXED_IDS = List.of("gdp", "gdp-growth", "gdp-per-capita", "population",
      "share:group:primary", "share:group:secondary", "share:group:tertiary", "resource-dependence",
      "tertiary-to-secondary", "hhi", "effective-sectors", "shannon-entropy", "theil-structure", "energy",
      "energy-intensity", "co2", "carbon-intensity", "tapio-elasticity:co2", "tapio-elasticity:energy",
      "co2-per-capita", "employment", "labour-productivity",
      "jobs-lost", "jobs-created", "displaced-workers", "investment", "cumulative-investment",
      // prices and public finance: hand-checked in io.xinlu.engine.PricesAndFinanceTest
      "gdp-current", "gdp-deflator", "budget-revenue", "coal-revenue-share", "revenue-per-resident",
      // stranded assets: hand-checked in io.xinlu.engine.StrandedAssetsTest
      "stranded-value", "cumulative-stranded-value",
      // workers by cohort and wages
      "long-term-unemployed", "retired-from-pool", "out-migrated", "wage-bill", "wage-bill-lost",
      "wage-bill-regained", "wage-income-per-resident");

  /** The factory behind each fixed id. */
  private static Indicator factory(String id) {
    switch (id) {
      case "gdp": return Indicators.gdp();
      case "gdp-growth": return Indicators.gdpGrowth();
      case "gdp-per-capita": return Indicators.gdpPerCapita();
      case "population": return Indicators.population();
      case "share:group:primary": return Indicators.groupShare(SectorGroup.PRIMARY);
      case "share:group:secondary": return Indicators.groupShare(SectorGroup.SECONDARY);
      case "share:group:tertiary": return Indicators.groupShare(SectorGroup.TERTIARY);
      case "resource-dependence": return Indicators.resourceDependence();
      case "tertiary-to-secondary": return Indicators.tertiaryToSecondary();
      case "hhi": return Indicators.herfindahl();
      case "effective-sectors": return Indicators.effectiveSectors();
      case "shannon-entropy": return Indicators.shannonEntropy();
      case "theil-structure": return Indicators.theilStructure();
      case "energy": return Indicators.energy();
      case "energy-intensity": return Indicators.energyIntensity();
      case "co2": return Indicators.co2();
      case "carbon-intensity": return Indicators.carbonIntensity();
      case "co2-per-capita": return Indicators.co2PerCapita();
      case "tapio-elasticity:co2": return Indicators.tapioElasticity(Pressure.CO2);
      case "tapio-elasticity:energy": return Indicators.tapioElasticity(Pressure.ENERGY);
      case "employment": return Indicators.employment();
      case "labour-productivity": return Indicators.labourProductivity();
      case "jobs-lost": return Indicators.jobsLost();
      case "jobs-created": return Indicators.jobsCreated();
      case "displaced-workers": return Indicators.displacedWorkers();
      case "investment": return Indicators.investment();
      case "cumulative-investment": return Indicators.cumulativeInvestment();
      case "gdp-current": return Indicators.gdpCurrent();
      case "gdp-deflator": return Indicators.gdpDeflator();
      case "budget-revenue": return Indicators.budgetRevenue();
      case "coal-revenue-share": return Indicators.coalRevenueShare();
      case "revenue-per-resident": return Indicators.revenuePerResident();
      case "stranded-value": return Indicators.strandedValue();
      case "cumulative-stranded-value": return Indicators.cumulativeStrandedValue();
      case "long-term-unemployed": return Indicators.longTermUnemployed();
      case "retired-from-pool": return Indicators.retiredFromPool();
      case "out-migrated": return Indicators.outMigrated();
      case "wage-bill": return Indicators.wageBill();
      case "wage-bill-lost": return Indicators.wageBillLost();
      case "wage-bill-regained": return Indicators.wageBillRegained();
      case "wage-income-per-resident": return Indicators.wageIncomePerResident();
      default: throw new AssertionError("no factory for " + id);
    }
  }

  // ---- workers by cohort and wages ---------------------------------------------------------------------------

  @Test
  void displaced_workers_by_age_band_and_skill_level_in_thousand_persons() {
    check(Indicators.displacedByAge("young"), 0.0, 1.0 - 0.25);
    check(Indicators.displacedByAge("old"), 0.0, 1.0 - 0.25);
    check(Indicators.displacedBySkill("all"), 0.0, 2.0 - 0.5);
    check(Indicators.longTermUnemployed(), 0.0, 0.0);
    check(Indicators.retiredFromPool(), 0.0, 0.0);
    check(Indicators.outMigrated(), 0.0, 0.0);
    assertEquals("displaced:age:young", Indicators.displacedByAge("young").id());
    assertEquals("thousand persons", Indicators.displacedBySkill("all").unit());
    assertEquals(Optional.of("no age band 'middle'; age bands: [young, old]"),
        Indicators.displacedByAge("middle").unavailableReason(RUN));
  }

  @Test
  void the_wage_bill_lost_regained_and_per_resident() {
    // thousand persons x CNY per worker = 10^3 CNY; in billion CNY: x 10^3 / 10^9
    double toBillion = 1e3 / 1e9;
    double bill0 = (80_000.0 * 20 + 60_000.0 * 10 + 20_000.0 * 25 + 100_000.0 * 15) * toBillion; // 4.2
    double bill1 = (80_000.0 * 18 + 60_000.0 * 11 + 20_000.0 * 25 + 120_000.0 * 15) * toBillion; // 4.4
    check(Indicators.wageBill(), bill0, bill1);
    check(Indicators.wageBillLost(), 0.0, 80_000.0 * 2 * toBillion);
    // 0.5 thousand re-employed at the wage of the only sector creating jobs, newmat
    check(Indicators.wageBillRegained(), 0.0, 60_000.0 * 0.5 * toBillion);
    check(Indicators.wageIncomePerResident(), bill0 * 1e9 / (POP_0 * 1e3), bill1 * 1e9 / (POP_1 * 1e3));
    assertEquals("CNY per person", Indicators.wageIncomePerResident().unit());
    assertEquals("billion CNY", Indicators.wageBillLost().unit());
  }

  @Test
  void every_fixed_catalogue_id_is_a_factory_checked_above() {
    IndicatorCatalogue c = IndicatorCatalogue.standard();
    assertEquals(new TreeSet<>(FIXED_IDS), new TreeSet<>(c.ids()), "a new fixed id needs a hand-checked test");
    for (String id : FIXED_IDS) {
      Indicator fromCatalogue = c.get(id);
      Indicator fromFactory = factory(id);
      assertEquals(fromFactory.id(), fromCatalogue.id());
      assertEquals(fromFactory.unit(), fromCatalogue.unit(), id);
      assertEquals(fromFactory.direction(), fromCatalogue.direction(), id);
      // the budget indicators need public finance, which RUN's profile does not give: both say so
      assertEquals(fromFactory.isAvailable(RUN), fromCatalogue.isAvailable(RUN), id);
      if (fromFactory.isAvailable(RUN)) {
        assertArrayEquals(fromFactory.series(RUN), fromCatalogue.series(RUN), 0.0, id);
      }
    }
  }

  /** Every family, with each argument the hand city offers, gives what its factory gives. */
  @Test
  void every_catalogue_family_is_a_factory_checked_above() {
    IndicatorCatalogue c = IndicatorCatalogue.standard();
    List<Indicator> expected = new ArrayList<>();
    for (String s : RUN.sectorIds()) {
      expected.add(Indicators.sectorShare(s));
      expected.add(Indicators.sectorValueAdded(s));
      expected.add(Indicators.sectorEmployment(s));
    }
    for (SectorGroup g : SectorGroup.values()) {
      expected.add(Indicators.groupShare(g));
      expected.add(Indicators.groupEmployment(g));
    }
    Set<String> tags = new TreeSet<>(RUN.profile().tags());
    tags.add("tourism");
    for (String t : tags) {
      expected.add(Indicators.tagShare(t));
      expected.add(Indicators.tagEnergy(t));
      expected.add(Indicators.tagCo2(t));
      expected.add(Indicators.tagEmployment(t));
    }
    expected.add(Indicators.resourceStock("coal"));
    expected.add(Indicators.reserveLife("coal"));
    for (String s : RUN.sectorIds()) {
      expected.add(Indicators.sectorStrandedValue(s));
    }
    expected.add(Indicators.energyIntensityChange(T0));
    expected.add(Indicators.energyIntensityChange(T1));
    for (String a : RUN.ageBands()) {
      expected.add(Indicators.displacedByAge(a));
    }
    for (String l : RUN.skillLevels()) {
      expected.add(Indicators.displacedBySkill(l));
    }
    for (Indicator e : expected) {
      Optional<Indicator> found = c.find(e.id());
      assertTrue(found.isPresent(), e.id());
      assertEquals(e.id(), found.get().id());
      assertEquals(e.unit(), found.get().unit(), e.id());
      assertEquals(e.direction(), found.get().direction(), e.id());
      assertArrayEquals(e.series(RUN), found.get().series(RUN), 0.0, e.id());
    }
  }

  // ---- zero denominators -------------------------------------------------------------------------------------

  /**
   * GDP 0: strategy {@code shutdown} cuts every sector's final demand by 100 % from 2021 (scale demand -1, step
   * ramp), so 2021 and 2022 have no value added, energy, CO2 or employment, while the population and the coal stock
   * remain. What each indicator gives then (2021 unless said):
   * <ul>
   *   <li>NaN (undefined, a ratio over GDP or employment 0): every share (sector, group, tag, resource dependence),
   *       tertiary-to-secondary (secondary 0), HHI, effective sectors, Shannon entropy, Theil, energy and carbon
   *       intensity and their changes, labour productivity; GDP growth in 2022 (0 / 0 - 1);
   *   <li>defined: GDP, energy, CO2, employment, value added 0; GDP and CO2 per capita 0 (the population is
   *       positive); GDP growth in 2021 is -1 (0 / 100 - 1); jobs lost the whole base-year workforce; the stock
   *       untouched and the reserve life {@code +Infinity} (nothing extracted from a positive stock).
   * </ul>
   */
  @Test
  void a_zero_gdp_gives_nan_exactly_where_the_indicator_is_undefined() {
    Project.Builder shutdown = Project.builder().id("shutdown").start(T1).ramp(Ramp.STEP);
    for (String s : List.of("coal", "newmat", "farm", "digital")) {
      shutdown.addEffect(Effect.scaleDemand(s, -1.0));
    }
    CityModel m = CityModel.builder().profile(profile())
        .addStrategy(Strategy.builder().id("stop").addProject(shutdown.build()).build())
        .addScenario(Scenario.builder().name("collapse").endYear(2022).adopt("stop").build())
        .build();
    Run r = Engine.run(m, "collapse");
    IndicatorCatalogue c = IndicatorCatalogue.standard();
    assertEquals(0.0, r.total(Quantity.VALUE_ADDED, T1), 0.0);

    for (String id : List.of("share:sector:coal", "share:sector:farm", "share:group:primary",
        "share:group:secondary", "share:group:tertiary", "share:tag:digital", "share:tag:tourism",
        "resource-dependence", "tertiary-to-secondary", "hhi", "effective-sectors", "shannon-entropy",
        "theil-structure", "energy-intensity", "carbon-intensity", "energy-intensity-change:2020",
        "labour-productivity")) {
      for (int year : new int[] {2021, 2022}) {
        assertTrue(Double.isNaN(c.get(id).value(r, year)), id + " in " + year + " should be NaN");
      }
      assertTrue(!Double.isNaN(c.get(id).value(r, T0)), id + " is defined in the base year");
    }
    assertTrue(Double.isNaN(c.get("gdp-growth").value(r, 2022)), "gdp-growth after a GDP of 0");

    assertEquals(-1.0, c.get("gdp-growth").value(r, T1), 0.0);
    for (String id : List.of("gdp", "energy", "co2", "employment", "va:sector:coal", "employment:sector:digital",
        "energy:tag:resource", "co2:tag:resource", "gdp-per-capita", "co2-per-capita", "jobs-created")) {
      assertEquals(0.0, c.get(id).value(r, T1), 0.0, id);
    }
    assertEquals(EMPLOYMENT_0, c.get("jobs-lost").value(r, T1), 1e-12);
    assertEquals(400.0, c.get("stock:coal").value(r, T1), 0.0);
    assertEquals(Double.POSITIVE_INFINITY, c.get("reserve-life:coal").value(r, T1));
    assertEquals(Double.POSITIVE_INFINITY, c.get("reserve-life:coal").value(r, 2022));
  }

  /** The same with the trend: a growth of -1 takes a sector (here every sector) to 0 in one year. */
  @Test
  void a_growth_of_minus_one_also_gives_nan_shares() {
    CityProfile p = CityProfile.builder().name("vanishing").baseYear(T0)
        .addSectors(coal().growth(-1.0).build(), farm().growth(-1.0).build()).population(10).build();
    Run r = baseline(p, T1);
    assertEquals(0.0, Indicators.gdp().value(r, T1), 0.0);
    assertTrue(Double.isNaN(Indicators.sectorShare("coal").value(r, T1)));
    assertTrue(Double.isNaN(Indicators.herfindahl().value(r, T1)));
    assertTrue(Double.isNaN(Indicators.energyIntensity().value(r, T1)));
    assertEquals(-1.0, Indicators.gdpGrowth().value(r, T1), 0.0);
    assertEquals(Double.POSITIVE_INFINITY, Indicators.reserveLife("coal").value(r, T1));
  }

  /** A population of 0 leaves the per-capita indicators undefined, and only them. */
  @Test
  void a_zero_population_gives_nan_per_capita_values() {
    CityProfile p = CityProfile.builder().from(profile()).population(0.0).build();
    Run r = baseline(p, T1);
    assertTrue(Double.isNaN(Indicators.gdpPerCapita().value(r, T0)));
    assertTrue(Double.isNaN(Indicators.co2PerCapita().value(r, T0)));
    assertEquals(0.0, Indicators.population().value(r, T0), 0.0);
    assertEquals(GDP_0, Indicators.gdp().value(r, T0), 0.0);
  }
}
