package io.xinlu.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Event;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.indicator.Indicators;
import io.xinlu.indicator.Target;
import io.xinlu.indicator.TargetCheck;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Yangquan profile, its provenance, its calibration and its four scenarios. */
class YangquanTest {
  private static final CityModel MODEL = Yangquan.model();
  private static final CityProfile PROFILE = MODEL.profile();

  private static Run run(String scenario) {
    return Engine.run(MODEL, scenario);
  }

  private static double groupSum(SectorGroup g) {
    double s = 0;
    for (Sector x : PROFILE.sectors()) {
      if (x.group() == g) {
        s += x.valueAdded();
      }
    }
    return s;
  }

  // ---- group totals and provenance -------------------------------------------------------------------------

  @Test
  void group_totals_equal_the_official_2022_figures() {
    assertEquals(16.0, YangquanData.PRIMARY_2022.value());
    assertEquals(562.9, YangquanData.SECONDARY_2022.value());
    assertEquals(434.0, YangquanData.TERTIARY_2022.value());
    assertTrue(YangquanData.PRIMARY_2022.isOfficial() && YangquanData.SECONDARY_2022.isOfficial()
        && YangquanData.TERTIARY_2022.isOfficial());
    assertEquals(1.60, groupSum(SectorGroup.PRIMARY), 1e-9);
    assertEquals(56.29, groupSum(SectorGroup.SECONDARY), 1e-9);
    assertEquals(43.40, groupSum(SectorGroup.TERTIARY), 1e-9);
    assertEquals(101.29, PROFILE.totalValueAdded(), 1e-9);
    assertEquals(YangquanData.GDP_2022.billionCny(), PROFILE.totalValueAdded(), 1e-9);
  }

  @Test
  void the_profile_has_the_transformation_sectors() {
    assertTrue(PROFILE.sectors().size() >= 12 && PROFILE.sectors().size() <= 20);
    for (String id : List.of("agriculture", "coal-mining", "coalbed-methane", "coal-power", "aluminium", "cement",
        "refractories", "other-heavy", "new-materials", "equipment-vehicles", "construction", "digital",
        "transport-logistics", "trade-tourism", "finance-real-estate", "public-services")) {
      assertTrue(PROFILE.hasSector(id), id);
    }
    assertTrue(PROFILE.sector("coal-mining").hasTag("resource"));
    assertTrue(PROFILE.sector("new-materials").hasTag("new-materials"));
    assertTrue(PROFILE.sector("digital").hasTag("digital"));
    assertTrue(PROFILE.sector("aluminium").hasTag("energy-intensive"));
    assertTrue(PROFILE.sector("coal-mining").resource().isPresent());
    assertTrue(PROFILE.inputOutputTable().isPresent());
  }

  @Test
  void every_sector_figure_has_provenance_and_is_an_estimate_with_a_method() {
    for (SectorFigures s : YangquanData.sectors()) {
      assertEquals(8, s.figures().size());
      for (Figure f : s.figures()) {
        assertFalse(f.isOfficial(), f.id() + " is inside a group: the city publishes no such figure");
        Provenance.Estimate e = (Provenance.Estimate) f.provenance();
        assertFalse(e.method().isBlank(), f.id());
        assertTrue(f.id().startsWith("yq.sector." + s.id() + "."), f.id());
      }
      Sector sector = PROFILE.sector(s.id());
      assertEquals(s.valueAdded().value(), sector.valueAdded());
      assertEquals(s.employment().value(), sector.employment().getAsDouble());
      assertEquals(s.energy().value(), sector.energy());
      assertEquals(s.emissionFactor().value(), sector.emissionFactor());
      assertEquals(s.growth().value(), sector.growth());
      assertEquals(s.valueAddedRatio().value(), PROFILE.inputOutputTable().get().valueAddedRatio(s.id()));
    }
    assertFalse(YangquanData.COAL_STOCK_2022.isOfficial());
    assertEquals(YangquanData.COAL_STOCK_2022.value(), PROFILE.sector("coal-mining").resource().get().stock());
    assertFalse(YangquanData.INPUT_OUTPUT_PROVENANCE.isOfficial());
  }

  @Test
  void every_figure_has_a_unique_id_and_its_anchors_exist() {
    Set<String> ids = new HashSet<>();
    for (Figure f : YangquanData.figures()) {
      assertTrue(ids.add(f.id()), "duplicate " + f.id());
    }
    for (Figure f : YangquanData.figures()) {
      if (f.provenance() instanceof Provenance.Official o) {
        assertFalse(o.document().isBlank(), f.id());
      } else {
        for (String a : ((Provenance.Estimate) f.provenance()).anchors()) {
          if (!a.contains(" ")) {
            assertTrue(ids.contains(a), f.id() + " is anchored on unknown figure " + a);
          }
        }
      }
    }
  }

  // ---- calibration -----------------------------------------------------------------------------------------

  @Test
  void the_baseline_run_reproduces_the_base_year() {
    Run base = run(Yangquan.BASELINE);
    for (Sector s : PROFILE.sectors()) {
      assertEquals(s.valueAdded(), base.value(Quantity.VALUE_ADDED, 2022, s.id()), 1e-9 * (1 + s.valueAdded()),
          s.id());
      assertEquals(s.energy(), base.value(Quantity.ENERGY, 2022, s.id()), 1e-12 * (1 + s.energy()), s.id());
      assertEquals(s.energy() * s.emissionFactor(), base.value(Quantity.CO2, 2022, s.id()), 1e-9, s.id());
      assertEquals(s.employment().getAsDouble(), base.value(Quantity.EMPLOYMENT, 2022, s.id()), 1e-9, s.id());
    }
    assertEquals(101.29, base.total(Quantity.VALUE_ADDED, 2022), 1e-9);
    assertEquals(YangquanData.EMPLOYMENT_2022.value(), base.total(Quantity.EMPLOYMENT, 2022), 1e-6);
    assertEquals(68.25, base.value(Quantity.EXTRACTION, 2022, "coal-mining"), 1e-9);
    assertEquals(35.0, Indicators.reserveLife("coal-mining").value(base, 2022), 1e-9);
    assertEquals(1311.061, base.total(Quantity.POPULATION, 2022), 1e-9);
  }

  @Test
  void the_documented_calibration_checks_hold() {
    List<CalibrationCheck> checks = Yangquan.calibrationChecks();
    assertEquals(6, checks.size());
    for (CalibrationCheck c : checks) {
      assertTrue(c.holds(), c.id() + ": " + c.value() + " outside " + c.low() + ".." + c.high());
    }
  }

  @Test
  void yangquan_reads_as_a_mature_resource_city() {
    Classification c = ResourceCityClassifier.classify(run(Yangquan.BASELINE), 2022);
    assertEquals(ResourceCityType.MATURE, c.type(), c.reason());
  }

  // ---- strategies and projects -----------------------------------------------------------------------------

  @Test
  void the_strategies_are_those_the_seed_names() {
    List<String> ids = Yangquan.strategies().stream().map(Strategy::id).toList();
    assertEquals(List.of("industrial-empowerment", "digital-first", "services-upgrade", "business-environment",
        "openness", "ecology", "whole-area-coordination", "red-heritage", "innovation", "energy-revolution"), ids);
  }

  @Test
  void every_project_names_known_sectors() {
    for (Project p : MODEL.projects()) {
      assertFalse(p.effects().isEmpty(), p.id());
      assertFalse(p.description().isBlank(), p.id() + " states its sources and estimates");
      for (Effect e : p.effects()) {
        if (e.selector().isPresent()) {
          SectorSelector sel = e.selector().get();
          assertTrue(sel.isTag() ? PROFILE.tags().contains(sel.name()) : PROFILE.hasSector(sel.name()),
              p.id() + " names " + sel.describe());
        }
      }
    }
  }

  @Test
  void the_named_projects_are_in_the_catalogue() {
    for (String id : List.of("btr-anode-12kt", "btr-anode-50kt", "anode-park-expansion", "sapphire-plant",
        "5g-smart-mines", "smelter-retrofit", "cement-retrofit", "green-mining", "mine-restoration",
        "circular-economy-park", "smart-vehicle-city", "intercity-rail", "darkhan-freight",
        "public-services-expansion", "services-expansion")) {
      assertTrue(MODEL.project(id).isPresent(), id);
    }
    assertEquals(0.2, MODEL.project("btr-anode-12kt").get().capitalCost(), 1e-12); // the public 2 亿元
  }

  @Test
  void closures_wait_for_the_replacement_supply() {
    assertTrue(MODEL.project("coal-power-retirement").get().prerequisites().contains("green-power-base"));
    assertTrue(MODEL.project("coal-capacity-exit").get().prerequisites().contains("cbm-expansion"));
    Run plan = run(Yangquan.SEED_PLAN);
    Event.Deferral d = plan.events().stream().filter(e -> e instanceof Event.Deferral)
        .map(e -> (Event.Deferral) e).filter(e -> e.projectId().equals("coal-power-retirement")).findFirst()
        .orElseThrow();
    assertEquals(2030.0, d.newStart());
    // without the replacement, the old plants are not closed
    CityModel noReplacement = CityModel.builder().from(MODEL)
        .addScenario(Scenario.builder().name("no-replacement").parent(Yangquan.SEED_PLAN)
            .exclude("green-power-base").build())
        .build();
    Run r = Engine.run(noReplacement, "no-replacement");
    assertTrue(r.events().stream().anyMatch(e -> e instanceof Event.Blocked b
        && b.projectId().equals("coal-power-retirement")));
    assertTrue(r.value(Quantity.GROSS_OUTPUT, 2035, "coal-power")
        > plan.value(Quantity.GROSS_OUTPUT, 2035, "coal-power"));
  }

  // ---- scenarios -------------------------------------------------------------------------------------------

  @Test
  void the_four_scenarios_run_to_2035() {
    assertEquals(Yangquan.SCENARIOS, MODEL.scenarioNames());
    for (String s : Yangquan.SCENARIOS) {
      Run r = run(s);
      assertEquals(2035, r.endYear());
      for (Quantity q : List.of(Quantity.VALUE_ADDED, Quantity.ENERGY, Quantity.CO2, Quantity.EMPLOYMENT)) {
        double v = r.total(q, 2035);
        assertTrue(Double.isFinite(v) && v > 0, s + " " + q);
      }
      assertTrue(Double.isFinite(Indicators.reserveLife("coal-mining").value(r, 2035)), s);
    }
  }

  @Test
  void the_seed_plan_moves_the_way_its_effects_say() {
    Run base = run(Yangquan.BASELINE);
    Run plan = run(Yangquan.SEED_PLAN);
    int t = 2035;
    // new capacity in new materials, digital and strategic emerging industry
    assertTrue(Indicators.sectorShare("new-materials").value(plan, t)
        > Indicators.sectorShare("new-materials").value(base, t));
    assertTrue(Indicators.tagShare("strategic-emerging").value(plan, t)
        > Indicators.tagShare("strategic-emerging").value(base, t));
    assertTrue(Indicators.sectorShare("digital").value(plan, t) > Indicators.sectorShare("digital").value(base, t));
    // green mining and smart mines: less energy and CO2 per unit of coal, fewer coal jobs per unit
    double eiPlan = plan.value(Quantity.ENERGY, t, "coal-mining") / plan.value(Quantity.VALUE_ADDED, t, "coal-mining");
    double eiBase = base.value(Quantity.ENERGY, t, "coal-mining") / base.value(Quantity.VALUE_ADDED, t, "coal-mining");
    assertTrue(eiPlan < eiBase);
    assertTrue(plan.value(Quantity.CO2, t, "coal-mining") < base.value(Quantity.CO2, t, "coal-mining"));
    assertTrue(plan.value(Quantity.EMPLOYMENT, t, "coal-mining") < base.value(Quantity.EMPLOYMENT, t, "coal-mining"));
    // coal power retired after its replacement: less coal power and its CO2
    assertTrue(plan.value(Quantity.CO2, t, "coal-power") < base.value(Quantity.CO2, t, "coal-power"));
    assertTrue(plan.value(Quantity.GROSS_OUTPUT, t, "green-power")
        > base.value(Quantity.GROSS_OUTPUT, t, "green-power"));
    // the mining exit: less extraction, longer reserve life
    assertTrue(plan.value(Quantity.EXTRACTION, t, "coal-mining") < base.value(Quantity.EXTRACTION, t, "coal-mining"));
    assertTrue(Indicators.reserveLife("coal-mining").value(plan, t)
        > Indicators.reserveLife("coal-mining").value(base, t));
    // retrofits
    assertTrue(plan.value(Quantity.ENERGY, t, "cement") / plan.value(Quantity.VALUE_ADDED, t, "cement")
        < base.value(Quantity.ENERGY, t, "cement") / base.value(Quantity.VALUE_ADDED, t, "cement"));
    // training: fewer displaced workers; investment spent
    assertTrue(Indicators.displacedWorkers().value(plan, t) < Indicators.displacedWorkers().value(base, t));
    assertTrue(Indicators.cumulativeInvestment().value(plan, t) > 0);
    assertEquals(0.0, Indicators.cumulativeInvestment().value(base, t));
    // and the city as a whole: less CO2 and energy per unit of GDP, less resource dependence
    assertTrue(Indicators.co2().value(plan, t) < Indicators.co2().value(base, t));
    assertTrue(Indicators.energyIntensity().value(plan, t) < Indicators.energyIntensity().value(base, t));
    assertTrue(Indicators.resourceDependence().value(plan, t) < Indicators.resourceDependence().value(base, t));
  }

  @Test
  void accelerated_goes_further_and_delayed_lags_with_a_coal_boom() {
    Run plan = run(Yangquan.SEED_PLAN);
    Run fast = run(Yangquan.ACCELERATED);
    Run late = run(Yangquan.DELAYED);
    assertTrue(Indicators.co2().value(fast, 2035) < Indicators.co2().value(plan, 2035));
    assertTrue(Indicators.tagShare("strategic-emerging").value(fast, 2035)
        > Indicators.tagShare("strategic-emerging").value(plan, 2035));
    assertEquals(0.0, late.total(Quantity.INVESTMENT, 2023)); // every project three years late
    assertTrue(plan.total(Quantity.INVESTMENT, 2023) > 0);
    assertTrue(late.value(Quantity.EXTRACTION, 2026, "coal-mining") > plan.value(Quantity.EXTRACTION, 2026,
        "coal-mining"));
    assertTrue(Indicators.reserveLife("coal-mining").value(late, 2035)
        < Indicators.reserveLife("coal-mining").value(plan, 2035));
  }

  // ---- targets and uncertainty -----------------------------------------------------------------------------

  @Test
  void targets_check_on_every_scenario_and_say_where_they_come_from() {
    List<Target> targets = Yangquan.targets();
    assertEquals(8, targets.size());
    for (Target t : targets) {
      assertFalse(t.source().isBlank(), t.id());
    }
    assertTrue(targets.stream().anyMatch(t -> t.source().equals("illustrative")));
    assertTrue(targets.stream().anyMatch(t -> t.source().contains("14th Five-Year Plan")));
    for (String s : Yangquan.SCENARIOS) {
      List<TargetCheck> checks = Target.checkAll(targets, run(s));
      assertEquals(targets.size(), checks.size());
      checks.forEach(c -> assertFalse(c.describe().isBlank()));
    }
  }

  @Test
  void uncertainty_ranges_address_parameters_of_the_model() {
    List<Uncertainty> u = Yangquan.uncertainties();
    assertTrue(u.size() >= 10);
    Parameterization p = Parameterization.of(MODEL, Yangquan.SEED_PLAN, u.stream().map(Uncertainty::path).toList());
    double[] modes = u.stream().mapToDouble(Uncertainty::mode).toArray();
    double[] lows = u.stream().mapToDouble(Uncertainty::low).toArray();
    double[] highs = u.stream().mapToDouble(Uncertainty::high).toArray();
    for (double[] values : List.of(modes, lows, highs)) {
      Run r = p.run(values);
      assertTrue(Double.isFinite(r.total(Quantity.CO2, 2035)));
    }
  }

  /**
   * The Chinese labels name real things: every key of the sector names is a sector of the profile, every key of the
   * indicator names an indicator of the standard catalogue (a misspelt id would silently leave its label English).
   */
  @Test
  void the_chinese_labels_are_keyed_by_real_sector_and_indicator_ids() {
    CityProfile profile = Yangquan.model().profile();
    for (String id : Yangquan.SECTOR_NAMES_ZH.keySet()) {
      assertTrue(profile.sectorIds().contains(id), "sector " + id);
    }
    IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    for (String id : Yangquan.INDICATOR_NAMES_ZH.keySet()) {
      assertTrue(catalogue.contains(id), "indicator " + id);
    }
  }
}
