package io.xinlu.analysis.lmdi;

import static io.xinlu.analysis.lmdi.LmdiIdentity.ACTIVITY;
import static io.xinlu.analysis.lmdi.LmdiIdentity.EMISSION_FACTOR;
import static io.xinlu.analysis.lmdi.LmdiIdentity.ENERGY_INTENSITY;
import static io.xinlu.analysis.lmdi.LmdiIdentity.LABOUR_INTENSITY;
import static io.xinlu.analysis.lmdi.LmdiIdentity.STRUCTURE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ready-made identities on small hand-built runs: a coal sector, a services sector and a new-materials sector
 * with no value added until a plant opens. The plan retrofits coal (energy intensity -20 %) and automates services
 * (labour productivity +25 %) from 2022, and opens the new-materials plant (10 bn CNY of demand) in 2023.
 */
class LmdiRunIdentityTest {
  static final CityModel MODEL = model(true);
  static final Run BASELINE = Engine.run(MODEL, "baseline");
  static final Run PLAN = Engine.run(MODEL, "plan");
  static final RunDecomposition CO2 = RunDecomposition.of(LmdiIdentity.CO2, LmdiMethod.LMDI_I, LmdiForm.ADDITIVE);

  static CityModel model(boolean employment) {
    Sector.Builder coal = Sector.builder().id("coal").group(SectorGroup.SECONDARY).valueAdded(40).energy(40)
        .emissionFactor(2.5).growth(-0.02).productivityGrowth(0.03).energyIntensityDecline(0.01);
    Sector.Builder services = Sector.builder().id("services").group(SectorGroup.TERTIARY).valueAdded(60).energy(12)
        .emissionFactor(2.0).growth(0.05).productivityGrowth(0.02).energyIntensityDecline(0.02);
    Sector.Builder materials = Sector.builder().id("materials").group(SectorGroup.SECONDARY).valueAdded(0)
        .energyIntensity(0.5).emissionFactor(1.5);
    if (employment) {
      coal.employment(200);
      services.employment(300);
      materials.employment(0).labourProductivity(0.2);
    }
    CityProfile profile = CityProfile.builder().name("three-sector").baseYear(2020)
        .addSectors(coal.build(), services.build(), materials.build()).build();
    Strategy s = Strategy.builder().id("s")
        .addProjects(step("retrofit", 2022, Effect.energyIntensity("coal", -0.2)),
            step("automation", 2022, Effect.productivity("services", 0.25)),
            step("plant", 2023, Effect.newCapacity("materials", 10)))
        .build();
    return CityModel.builder().profile(profile).addStrategy(s)
        .addScenario(Scenario.baseline("baseline", 2026))
        .addScenario(Scenario.builder().name("plan").endYear(2026).adopt("s").build())
        .build();
  }

  static Project step(String id, int year, Effect effect) {
    return Project.builder().id(id).start(year).fullEffect(year).ramp(Ramp.STEP).addEffects(effect).build();
  }

  static double total(Run run, LmdiIdentity identity, int year) {
    return run.total(identity.aggregate(), year);
  }

  @Test
  void factors_are_activity_structure_intensity_and_emission_factor_and_multiply_to_each_sectors_co2() {
    FactorValues f = CO2.factors(PLAN, 2025);
    assertEquals("2025", f.period());
    assertEquals(List.of(ACTIVITY, STRUCTURE, ENERGY_INTENSITY, EMISSION_FACTOR), f.factors());
    assertEquals(PLAN.sectorIds(), f.sectors());
    double gdp = PLAN.total(Quantity.VALUE_ADDED, 2025);
    for (String s : PLAN.sectorIds()) {
      double va = PLAN.value(Quantity.VALUE_ADDED, 2025, s);
      double e = PLAN.value(Quantity.ENERGY, 2025, s);
      double c = PLAN.value(Quantity.CO2, 2025, s);
      assertEquals(gdp, f.value(ACTIVITY, s));
      assertEquals(va / gdp, f.value(STRUCTURE, s));
      assertEquals(e / va, f.value(ENERGY_INTENSITY, s));
      assertEquals(c / e, f.value(EMISSION_FACTOR, s));
      assertEquals(c, f.sectorValue(s), 1e-12 * c);
    }
    assertEquals(PLAN.total(Quantity.CO2, 2025), f.total(), 1e-12 * f.total());
  }

  @Test
  void a_sector_without_value_added_has_structure_zero_and_undefined_intensities_set_to_one() {
    FactorValues f = CO2.factors(PLAN, 2020);
    assertEquals(0, f.value(STRUCTURE, "materials"));
    assertEquals(1, f.value(ENERGY_INTENSITY, "materials"));
    assertEquals(1, f.value(EMISSION_FACTOR, "materials"));
    assertEquals(0, f.sectorValue("materials"));
  }

  @Test
  void between_two_years_the_effects_sum_to_the_change_and_a_new_sector_shows_as_structure() {
    for (LmdiMethod method : LmdiMethod.values()) {
      LmdiResult r = CO2.withMethod(method).between(PLAN, 2020, 2026);
      assertEquals("2020", r.startPeriod());
      assertEquals("2026", r.endPeriod());
      double change = total(PLAN, LmdiIdentity.CO2, 2026) - total(PLAN, LmdiIdentity.CO2, 2020);
      assertEquals(change, r.total(), 1e-12);
      assertEquals(change, r.combinedEffects(), 1e-9);
      assertEquals(List.of("materials"), r.zeroSectors());
      for (String f : List.of(ACTIVITY, ENERGY_INTENSITY, EMISSION_FACTOR)) {
        assertEquals(0, r.term(f, "materials"), method + " " + f);
      }
    }
    // LMDI-I: the new sector's whole 2026 CO2 is its structure term (Ang, Zhang and Choi 1998, Table 2, case 1)
    LmdiResult r = CO2.between(PLAN, 2020, 2026);
    double newCo2 = PLAN.value(Quantity.CO2, 2026, "materials");
    assertTrue(newCo2 > 0);
    assertEquals(newCo2, r.term(STRUCTURE, "materials"), 1e-12 * newCo2);
  }

  @Test
  void chained_year_by_year_is_the_sum_of_the_yearly_decompositions() {
    LmdiResult chained = CO2.chained(PLAN, 2020, 2026);
    assertEquals(6, chained.steps());
    double change = total(PLAN, LmdiIdentity.CO2, 2026) - total(PLAN, LmdiIdentity.CO2, 2020);
    assertEquals(change, chained.combinedEffects(), 1e-9);
    for (String f : chained.factors()) {
      double sum = 0;
      for (int t = 2020; t < 2026; t++) {
        sum += CO2.between(PLAN, t, t + 1).effect(f);
      }
      assertEquals(sum, chained.effect(f), 1e-12);
    }
    LmdiResult product = CO2.withForm(LmdiForm.MULTIPLICATIVE).chained(PLAN, 2020, 2026);
    assertEquals(total(PLAN, LmdiIdentity.CO2, 2026) / total(PLAN, LmdiIdentity.CO2, 2020),
        product.combinedEffects(), 1e-12);
  }

  @Test
  void identical_runs_give_no_effects_at_all() {
    for (LmdiIdentity identity : LmdiIdentity.values()) {
      for (LmdiForm form : LmdiForm.values()) {
        for (LmdiMethod method : LmdiMethod.values()) {
          RunDecomposition d = RunDecomposition.of(identity, method, form);
          for (LmdiResult r : List.of(d.gap(BASELINE, PLAN, 2021), d.gap(PLAN, PLAN, 2026),
              d.between(PLAN, 2024, 2024))) {
            for (double e : r.effects().values()) {
              assertEquals(form == LmdiForm.ADDITIVE ? 0.0 : 1.0, e, r.toString()); // exactly
            }
          }
        }
      }
    }
  }

  @Test
  void the_gap_in_the_retrofit_year_is_all_energy_intensity_for_co2_and_energy() {
    // in 2022 only the retrofit and the automation act; neither changes value added, so activity and structure are
    // identical in both runs and their effects are exactly 0
    assertEquals(BASELINE.total(Quantity.VALUE_ADDED, 2022), PLAN.total(Quantity.VALUE_ADDED, 2022));
    LmdiResult co2 = CO2.gap(BASELINE, PLAN, 2022);
    assertEquals("baseline 2022", co2.startPeriod());
    assertEquals("plan 2022", co2.endPeriod());
    double gap = total(PLAN, LmdiIdentity.CO2, 2022) - total(BASELINE, LmdiIdentity.CO2, 2022);
    assertTrue(gap < 0);
    assertEquals(0.0, co2.effect(ACTIVITY));
    assertEquals(0.0, co2.effect(STRUCTURE));
    assertEquals(0, co2.effect(EMISSION_FACTOR), 1e-12); // C / E recomputed from different E: rounding only
    assertEquals(gap, co2.effect(ENERGY_INTENSITY), 1e-12);

    LmdiResult energy =
        RunDecomposition.of(LmdiIdentity.ENERGY, LmdiMethod.LMDI_I, LmdiForm.ADDITIVE).gap(BASELINE, PLAN, 2022);
    assertEquals(total(PLAN, LmdiIdentity.ENERGY, 2022) - total(BASELINE, LmdiIdentity.ENERGY, 2022),
        energy.effect(ENERGY_INTENSITY), 1e-12);
    assertEquals(0.0, energy.effect(ACTIVITY));
  }

  @Test
  void the_employment_gap_in_the_automation_year_is_all_labour_intensity() {
    for (LmdiMethod method : LmdiMethod.values()) {
      LmdiResult jobs =
          RunDecomposition.of(LmdiIdentity.EMPLOYMENT, method, LmdiForm.ADDITIVE).gap(BASELINE, PLAN, 2022);
      assertEquals(List.of(ACTIVITY, STRUCTURE, LABOUR_INTENSITY), jobs.factors());
      double gap = total(PLAN, LmdiIdentity.EMPLOYMENT, 2022) - total(BASELINE, LmdiIdentity.EMPLOYMENT, 2022);
      assertTrue(gap < 0, "automation cuts jobs");
      assertEquals(0.0, jobs.effect(ACTIVITY));
      assertEquals(0.0, jobs.effect(STRUCTURE));
      assertEquals(gap, jobs.effect(LABOUR_INTENSITY), 1e-9);
    }
  }

  @Test
  void the_gap_once_the_plant_runs_includes_structure_and_activity() {
    for (LmdiIdentity identity : LmdiIdentity.values()) {
      for (LmdiMethod method : LmdiMethod.values()) {
        LmdiResult r = RunDecomposition.of(identity, method, LmdiForm.ADDITIVE).gap(BASELINE, PLAN, 2026);
        double gap = total(PLAN, identity, 2026) - total(BASELINE, identity, 2026);
        assertEquals(gap, r.combinedEffects(), 1e-9, identity + " " + method);
        assertTrue(r.effect(ACTIVITY) > 0, "the plant adds GDP");
        assertEquals(List.of("materials"), r.zeroSectors());
        LmdiResult m = RunDecomposition.of(identity, method, LmdiForm.MULTIPLICATIVE).gap(BASELINE, PLAN, 2026);
        assertEquals(total(PLAN, identity, 2026) / total(BASELINE, identity, 2026), m.combinedEffects(), 1e-12);
      }
    }
  }

  @Test
  void bad_requests_say_what_is_wrong() {
    Run noJobs = Engine.run(model(false), "plan");
    RunDecomposition jobs = RunDecomposition.of(LmdiIdentity.EMPLOYMENT, LmdiMethod.LMDI_I, LmdiForm.ADDITIVE);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> jobs.between(noJobs, 2020, 2026));
    assertTrue(e.getMessage().contains("run 'plan' has no employment data (profile 'three-sector')"),
        e.getMessage());

    e = assertThrows(IllegalArgumentException.class, () -> CO2.between(PLAN, 2019, 2026));
    assertTrue(e.getMessage().contains("year 2019 is outside run 'plan' (2020..2026)"), e.getMessage());

    e = assertThrows(IllegalArgumentException.class, () -> CO2.chained(PLAN, 2026, 2020));
    assertTrue(e.getMessage().contains("fromYear < toYear"), e.getMessage());

    CityModel other = CityModel.builder()
        .profile(CityProfile.builder().name("one").baseYear(2020)
            .addSectors(Sector.builder().id("coal").group(SectorGroup.SECONDARY).valueAdded(1).energy(1)
                .emissionFactor(2).build())
            .build())
        .addScenario(Scenario.baseline("baseline", 2026)).build();
    Run small = Engine.run(other, "baseline");
    e = assertThrows(IllegalArgumentException.class, () -> CO2.gap(BASELINE, small, 2026));
    assertTrue(e.getMessage().contains("runs 'baseline' and 'baseline' have different sectors: "
        + "[coal, services, materials] and [coal]"), e.getMessage());
  }
}
