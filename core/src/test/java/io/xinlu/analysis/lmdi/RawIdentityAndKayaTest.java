package io.xinlu.analysis.lmdi;

import static io.xinlu.analysis.lmdi.LmdiForm.ADDITIVE;
import static io.xinlu.analysis.lmdi.LmdiForm.MULTIPLICATIVE;
import static io.xinlu.analysis.lmdi.LmdiIdentity.ACTIVITY;
import static io.xinlu.analysis.lmdi.LmdiIdentity.EMISSION_FACTOR;
import static io.xinlu.analysis.lmdi.LmdiIdentity.ENERGY_INTENSITY;
import static io.xinlu.analysis.lmdi.LmdiIdentity.STRUCTURE;
import static io.xinlu.analysis.lmdi.LmdiMethod.LMDI_I;
import static io.xinlu.analysis.lmdi.LmdiMethod.LMDI_II;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The energy and CO2 identities built from raw data by sector, and the Kaya identity from totals and from runs.
 * The raw identities are checked against {@link RunDecomposition}, whose identities {@link LmdiRunIdentityTest}
 * checks, bit for bit, and both entries against expected values worked out by hand in the comments. The energy
 * identity also reproduces a published worked example (Xu and Ang 2014, Tables 1 and 2) in
 * {@link RawIdentityPublishedExampleTest}; that source has no CO2. The Kaya identity reproduces a published
 * decomposition in {@link KayaPublishedExampleTest}.
 */
class RawIdentityAndKayaTest {
  static final List<String> TWO = List.of("industry", "services");

  @Test
  void energy_identity_from_activity_and_energy_by_sector() {
    // by hand: activity 60 + 40 = 100; structure 0.6 and 0.4; intensities 120/60 = 2 and 20/40 = 0.5; E = 140
    FactorValues f = FactorValues.energyIdentity("2020", TWO, new double[] {60, 40}, new double[] {120, 20});
    assertEquals(LmdiIdentity.ENERGY.factors(), f.factors());
    assertEquals(100, f.value(ACTIVITY, "services"), 0);
    assertEquals(0.6, f.value(STRUCTURE, "industry"), 0);
    assertEquals(0.4, f.value(STRUCTURE, "services"), 0);
    assertEquals(2.0, f.value(ENERGY_INTENSITY, "industry"), 0);
    assertEquals(0.5, f.value(ENERGY_INTENSITY, "services"), 0);
    assertEquals(140, f.total(), 1e-12);
  }

  @Test
  void uniform_growth_is_all_activity_and_a_one_sector_efficiency_gain_all_intensity() {
    FactorValues y0 = FactorValues.energyIdentity("0", TWO, new double[] {60, 40}, new double[] {120, 20});
    // every sector's activity and energy x 1.25: structure and intensities unchanged, so (Ang 2005, LMDI-I additive)
    // dV_activity = sum_i L(V_i^T, V_i^0) ln 1.25 = sum_i (V_i^T - V_i^0) = 175 - 140 = 35, the others 0
    FactorValues grown = FactorValues.energyIdentity("T", TWO, new double[] {75, 50}, new double[] {150, 25});
    LmdiResult g = Lmdi.decompose(y0, grown, LMDI_I, ADDITIVE);
    assertEquals(35, g.effect(ACTIVITY), 1e-12);
    assertEquals(0, g.effect(STRUCTURE), 1e-12);
    assertEquals(0, g.effect(ENERGY_INTENSITY), 1e-12);
    // industry's energy 120 -> 96 with the same activity: only its intensity changes, dV_intensity = 96 - 120 = -24
    FactorValues saved = FactorValues.energyIdentity("T", TWO, new double[] {60, 40}, new double[] {96, 20});
    LmdiResult s = Lmdi.decompose(y0, saved, LMDI_I, ADDITIVE);
    assertEquals(-24, s.effect(ENERGY_INTENSITY), 1e-12);
    assertEquals(0, s.effect(ACTIVITY), 0);
    assertEquals(0, s.effect(STRUCTURE), 0);
    // multiplicative: D_intensity = exp(L(96, 120) ln 0.8 / L(116, 140)) = 0.8^(L(96, 120) / L(116, 140))
    double l96 = (96 - 120) / Math.log(96.0 / 120);
    double l116 = (116 - 140) / Math.log(116.0 / 140);
    LmdiResult m = Lmdi.decompose(y0, saved, LMDI_I, MULTIPLICATIVE);
    assertEquals(Math.pow(0.8, l96 / l116), m.effect(ENERGY_INTENSITY), 1e-12);
    assertEquals(116.0 / 140, m.combinedEffects(), 1e-12);
  }

  @Test
  void co2_identity_from_raw_data_is_the_runs_bit_for_bit() {
    for (Run run : List.of(LmdiRunIdentityTest.BASELINE, LmdiRunIdentityTest.PLAN)) {
      for (int year : new int[] {2020, 2022, 2023, 2026}) {
        FactorValues raw = FactorValues.co2Identity(Integer.toString(year), run.sectorIds(),
            run.sectorValues(Quantity.VALUE_ADDED, year), run.sectorValues(Quantity.ENERGY, year),
            run.sectorValues(Quantity.CO2, year));
        assertEquals(LmdiRunIdentityTest.CO2.factors(run, year), raw, run.scenarioName() + " " + year);
        FactorValues energy = FactorValues.energyIdentity(Integer.toString(year), run.sectorIds(),
            run.sectorValues(Quantity.VALUE_ADDED, year), run.sectorValues(Quantity.ENERGY, year));
        assertEquals(RunDecomposition.of(LmdiIdentity.ENERGY, LMDI_I, ADDITIVE).factors(run, year), energy);
      }
    }
    // materials has no value added in 2020: structure 0, intensities 1 (RunDecomposition's rule)
    FactorValues f = FactorValues.co2Identity("2020", List.of("a", "b"), new double[] {10, 0}, new double[] {5, 0},
        new double[] {10, 0});
    assertEquals(0, f.value(STRUCTURE, "b"), 0);
    assertEquals(1, f.value(ENERGY_INTENSITY, "b"), 0);
    assertEquals(1, f.value(EMISSION_FACTOR, "b"), 0);
  }

  @Test
  void raw_identity_bad_input_names_the_sector() {
    IllegalArgumentException energyWithout = assertThrows(IllegalArgumentException.class,
        () -> FactorValues.energyIdentity("2020", TWO, new double[] {60, 0}, new double[] {120, 3}));
    assertTrue(energyWithout.getMessage().contains("sector 'services': energy is 3.0 with no activity"),
        energyWithout.getMessage());
    IllegalArgumentException co2Without = assertThrows(IllegalArgumentException.class,
        () -> FactorValues.co2Identity("2020", TWO, new double[] {60, 40}, new double[] {0, 20},
            new double[] {1, 2}));
    assertTrue(co2Without.getMessage().contains("sector 'industry': CO2 is 1.0 with no energy"),
        co2Without.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> FactorValues.energyIdentity("2020", TWO, new double[] {60, -1}, new double[] {120, Double.NaN}));
    assertTrue(negative.getMessage().contains("sector 'services': -1.0"), negative.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> FactorValues.energyIdentity("2020", TWO, new double[] {60}, new double[] {120, 3}));
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> FactorValues.energyIdentity("2020", TWO, new double[] {0, 0}, new double[] {0, 0}));
    assertTrue(zero.getMessage().contains("activity sums to 0.0"), zero.getMessage());
  }

  // ---- Kaya ----------------------------------------------------------------------------------------------------

  @Test
  void kaya_from_totals_worked_by_hand() {
    // P 1000 -> 1100, G 100 -> 132, E 50 -> 52.8, C 100 -> 105.6: G/P 0.1 -> 0.12, E/G 0.5 -> 0.4, C/E 2 -> 2
    FactorValues y0 = KayaIdentity.factors("0", 1000, 100, 50, 100);
    FactorValues yT = KayaIdentity.factors("T", 1100, 132, 52.8, 105.6);
    assertEquals(KayaIdentity.FACTORS, y0.factors());
    assertEquals(0.1, y0.value(KayaIdentity.GDP_PER_PERSON, KayaIdentity.SECTOR), 0);
    assertEquals(100, y0.total(), 1e-12);
    // one sector: dV_k = L(105.6, 100) ln(x_k^T / x_k^0) with L(105.6, 100) = 5.6 / ln 1.056, in LMDI-I and LMDI-II
    double l = 5.6 / Math.log(1.056);
    for (LmdiMethod method : LmdiMethod.values()) {
      LmdiResult add = KayaIdentity.of(method, ADDITIVE).between(y0, yT);
      assertEquals(l * Math.log(1.1), add.effect(KayaIdentity.POPULATION), 1e-9, method.label());
      assertEquals(l * Math.log(1.2), add.effect(KayaIdentity.GDP_PER_PERSON), 1e-9);
      assertEquals(l * Math.log(0.8), add.effect(KayaIdentity.ENERGY_INTENSITY), 1e-9);
      assertEquals(0, add.effect(KayaIdentity.CARBON_INTENSITY), 1e-12);
      assertEquals(5.6, add.combinedEffects(), 1e-9);
      // multiplicative: the factors' ratios
      LmdiResult mul = KayaIdentity.of(method, MULTIPLICATIVE).between(y0, yT);
      assertEquals(1.1, mul.effect(KayaIdentity.POPULATION), 1e-12);
      assertEquals(1.2, mul.effect(KayaIdentity.GDP_PER_PERSON), 1e-12);
      assertEquals(0.8, mul.effect(KayaIdentity.ENERGY_INTENSITY), 1e-12);
      assertEquals(1.0, mul.effect(KayaIdentity.CARBON_INTENSITY), 1e-12);
    }
  }

  static final CityModel WITH_POPULATION = model(1000);
  static final Run BASE = Engine.run(WITH_POPULATION, "baseline");
  static final Run CLEAN = Engine.run(WITH_POPULATION, "clean");

  static CityModel model(double population) {
    Sector coal = Sector.builder().id("coal").group(SectorGroup.SECONDARY).valueAdded(40).energy(40)
        .emissionFactor(2.5).growth(-0.02).energyIntensityDecline(0.01).build();
    Sector services = Sector.builder().id("services").group(SectorGroup.TERTIARY).valueAdded(60).energy(12)
        .emissionFactor(2.0).growth(0.05).energyIntensityDecline(0.02).build();
    CityProfile profile = CityProfile.builder().name("kaya").baseYear(2020).population(population)
        .populationGrowth(0.01).addSectors(coal, services).build();
    return CityModel.builder().profile(profile)
        .addScenario(Scenario.baseline("baseline", 2030))
        .addScenario(Scenario.builder().name("clean").endYear(2030).build())
        .build();
  }

  @Test
  void kaya_from_a_run_multiplies_back_to_its_co2_and_decomposes_its_change() {
    FactorValues f = KayaIdentity.factors(BASE, 2025);
    double p = BASE.total(Quantity.POPULATION, 2025);
    double g = BASE.total(Quantity.VALUE_ADDED, 2025);
    double e = BASE.total(Quantity.ENERGY, 2025);
    double c = BASE.total(Quantity.CO2, 2025);
    assertEquals(p, f.value(0, 0), 0);
    assertEquals(g / p, f.value(1, 0), 0);
    assertEquals(e / g, f.value(2, 0), 0);
    assertEquals(c / e, f.value(3, 0), 0);
    assertEquals(c, f.total(), 1e-12 * c);
    // population grows 1 % a year: the multiplicative population effect over 10 years is the population ratio
    LmdiResult mul = KayaIdentity.of(LMDI_I, MULTIPLICATIVE).between(BASE, 2020, 2030);
    assertEquals(BASE.total(Quantity.POPULATION, 2030) / BASE.total(Quantity.POPULATION, 2020),
        mul.effect(KayaIdentity.POPULATION), 1e-12);
    LmdiResult add = KayaIdentity.of(LMDI_II, ADDITIVE).between(BASE, 2020, 2030);
    assertEquals(BASE.total(Quantity.CO2, 2030) - BASE.total(Quantity.CO2, 2020), add.combinedEffects(),
        1e-9 * c);
    assertEquals("2020", add.startPeriod());
    // two runs of the same inputs: no gap, every effect 0
    LmdiResult gap = KayaIdentity.of(LMDI_I, ADDITIVE).gap(BASE, CLEAN, 2030);
    assertEquals("baseline 2030", gap.startPeriod());
    assertEquals("clean 2030", gap.endPeriod());
    for (double effect : gap.effectsArray()) {
      assertEquals(0, effect, 1e-12);
    }
  }

  @Test
  void kaya_bad_input_says_what_is_missing() {
    IllegalArgumentException noPopulation = assertThrows(IllegalArgumentException.class,
        () -> KayaIdentity.factors(LmdiRunIdentityTest.PLAN, 2020));
    assertTrue(noPopulation.getMessage().contains("has no population"), noPopulation.getMessage());
    IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
        () -> KayaIdentity.factors(BASE, 2031));
    assertTrue(outside.getMessage().contains("outside run 'baseline' (2020..2030)"), outside.getMessage());
    IllegalArgumentException zeroGdp = assertThrows(IllegalArgumentException.class,
        () -> KayaIdentity.factors("2020", 1000, 0, 50, 100));
    assertTrue(zeroGdp.getMessage().contains("GDP is 0.0"), zeroGdp.getMessage());
    assertThrows(IllegalArgumentException.class, () -> KayaIdentity.factors("2020", 1000, 100, 50, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> KayaIdentity.of(LMDI_I, ADDITIVE)
        .between(FactorValues.of("0", new double[][] {{1}}), FactorValues.of("T", new double[][] {{2}})));
  }
}
