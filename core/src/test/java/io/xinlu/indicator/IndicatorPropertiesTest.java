package io.xinlu.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.CompiledScenario;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Properties of indicators over generated cities (QuickTheories; seed and number of examples from the
 * {@code QT_SEED} and {@code QT_EXAMPLES} system properties, 200 examples in the build).
 *
 * <p>A generated city has 2 to 6 sectors in all groups, some tagged {@code resource} (with a stock that sometimes
 * runs out), {@code digital} or {@code new-materials}, sometimes a new sector with no base-year value added,
 * employment data and a population most of the time, no input-output table, a horizon of 1 to 30 years, and
 * sometimes one project that cuts resource demand, saves energy in digital sectors and adds new-materials capacity.
 */
class IndicatorPropertiesTest {
  private static final List<String> TAGS = List.of("resource", "digital", "new-materials");
  private static final String SCENARIO = "s";

  /** {@code qt()} with a bounded shrink budget (each shrink cycle builds and runs models). */
  private static QuickTheory qt() {
    QuickTheory qt = QuickTheory.qt();
    return System.getProperty("QT_SHRINKS") == null ? qt.withShrinkCycles(1000) : qt;
  }

  // ---- generated cities --------------------------------------------------------------------------------------

  /** One sector as drawn; {@code va == 0} marks a new sector with explicit intensities. */
  record SectorSpec(String id, SectorGroup group, List<String> tags, double va, double jobsPerVa, double energyPerVa,
      double emissionFactor, double growth, double productivityGrowth, double intensityDecline, double stockYears,
      double extractionIntensity) {
    boolean resource() {
      return tags.contains("resource");
    }

    Sector build(boolean employment) {
      Sector.Builder b = Sector.builder().id(id).group(group).addAllTags(tags).valueAdded(va)
          .emissionFactor(emissionFactor).growth(growth).productivityGrowth(productivityGrowth)
          .energyIntensityDecline(intensityDecline);
      if (va > 0) {
        b.energy(energyPerVa * va);
        if (employment) {
          b.employment(jobsPerVa * va);
        }
      } else {
        b.energyIntensity(energyPerVa);
        if (employment) {
          b.employment(0.0).labourProductivity(1.0 / jobsPerVa);
        }
      }
      if (resource()) {
        b.resource(ResourceStock.of(stockYears * extractionIntensity * va, extractionIntensity));
      }
      return b.build();
    }
  }

  /** The project's figures; {@code intensity} is the adoption intensity of its strategy. */
  record ProjectSpec(int start, int full, double capital, double cut, double saving, double capacity,
      double intensity) {}

  /**
   * A drawn city.
   *
   * @param population the base-year population, NaN for none
   * @param project the one project, or null for none
   * @param order a permutation of the sectors: the order to declare them in for the shuffled variant
   */
  record CitySpec(int baseYear, int horizon, boolean employment, double population, double populationGrowth,
      List<SectorSpec> sectors, ProjectSpec project, List<Integer> order) {
    int endYear() {
      return baseYear + horizon;
    }

    Set<String> tags() {
      Set<String> t = new LinkedHashSet<>();
      sectors.forEach(s -> t.addAll(s.tags()));
      return t;
    }

    /** The model with the sectors in the drawn order ({@code shuffled == false}) or in {@link #order}. */
    CityModel model(boolean shuffled) {
      CityProfile.Builder p = CityProfile.builder().name("generated").baseYear(baseYear);
      for (int k = 0; k < sectors.size(); k++) {
        p.addSector(sectors.get(shuffled ? order.get(k) : k).build(employment));
      }
      if (!Double.isNaN(population)) {
        p.population(population).populationGrowth(populationGrowth);
      }
      CityModel.Builder m = CityModel.builder().profile(p.build());
      Scenario.Builder s = Scenario.builder().name(SCENARIO).endYear(endYear());
      if (project != null) {
        Project.Builder b = Project.builder().id("p").start(project.start()).fullEffect(project.full())
            .capitalCost(project.capital());
        Set<String> tags = tags();
        if (tags.contains("resource")) {
          b.addEffect(Effect.scaleDemand(SectorSelector.tag("resource"), -project.cut()));
        }
        if (tags.contains("digital")) {
          b.addEffect(Effect.energyIntensity(SectorSelector.tag("digital"), -project.saving()));
        }
        if (tags.contains("new-materials")) {
          b.addEffect(Effect.newCapacity(SectorSelector.tag("new-materials"), project.capacity()));
        }
        b.addEffect(Effect.energyIntensity(sectors.get(0).id(), -project.saving()));
        m.addStrategy(Strategy.builder().id("st").addProject(b.build()).build());
        s.adopt("st", project.intensity());
      }
      return m.addScenario(s.build()).build();
    }

    Run run(boolean shuffled) {
      return Engine.run(model(shuffled), SCENARIO);
    }

    /** Every catalogue indicator that applies to this city: the fixed ids and each family with its arguments. */
    List<String> indicatorIds() {
      List<String> ids = new ArrayList<>(IndicatorCatalogue.standard().ids());
      for (SectorSpec s : sectors) {
        ids.add("share:sector:" + s.id());
        ids.add("va:sector:" + s.id());
        ids.add("employment:sector:" + s.id());
        if (s.resource()) {
          ids.add("stock:" + s.id());
          ids.add("reserve-life:" + s.id());
        }
      }
      for (String g : List.of("primary", "secondary", "tertiary")) {
        ids.add("share:group:" + g);
        ids.add("employment:group:" + g);
      }
      List<String> tags = new ArrayList<>(TAGS);
      tags.add("tourism");
      for (String t : tags) {
        ids.add("share:tag:" + t);
        ids.add("energy:tag:" + t);
        ids.add("co2:tag:" + t);
        ids.add("employment:tag:" + t);
      }
      ids.add("energy-intensity-change:" + baseYear);
      ids.add("energy-intensity-change:" + (baseYear + horizon / 2));
      ids.add("stock:" + sectors.get(0).id()); // unavailable unless sector 0 is a resource sector
      return ids;
    }
  }

  private static int integer(RandomnessSource in, int min, int max) {
    return min == max ? min : integers().between(min, max).generate(in);
  }

  private static double between(RandomnessSource in, double min, double max) {
    return doubles().between(min, max).generate(in);
  }

  private static boolean chance(RandomnessSource in, int percent) {
    return integers().between(0, 99).generate(in) >= 100 - percent;
  }

  /** Cities with 2 to 6 sectors and a horizon of 1 to 30 years. */
  static Gen<CitySpec> cities() {
    return in -> {
      int n = integer(in, 2, 6);
      int t0 = integer(in, 2015, 2025);
      int horizon = integer(in, 1, 30);
      boolean employment = !chance(in, 15);
      double population = chance(in, 80) ? between(in, 1, 20_000) : Double.NaN;
      double populationGrowth = between(in, -0.02, 0.02);
      List<SectorSpec> sectors = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        boolean isNew = i > 0 && chance(in, 15);
        List<String> tags = new ArrayList<>();
        for (String tag : TAGS) {
          if (chance(in, 30) && !(isNew && tag.equals("resource"))) {
            tags.add(tag);
          }
        }
        // sector 0 is in the secondary group and every group shows up in some city
        SectorGroup group = i == 0 ? SectorGroup.SECONDARY : SectorGroup.values()[integer(in, 0, 2)];
        sectors.add(new SectorSpec("s" + i, group, List.copyOf(tags), isNew ? 0.0 : between(in, 0.5, 500),
            between(in, 0.1, 5), between(in, 0.01, 2), between(in, 0, 3), between(in, -0.1, 0.15),
            between(in, -0.02, 0.08), between(in, 0, 0.05), between(in, 1, 60), between(in, 0.01, 2)));
      }
      ProjectSpec project = null;
      if (chance(in, 50)) {
        int start = integer(in, t0 + 1, t0 + horizon);
        int full = integer(in, start, t0 + horizon);
        project = new ProjectSpec(start, full, between(in, 0, 10), between(in, 0, 1), between(in, 0, 0.8),
            between(in, 0, 50), between(in, 0, 1));
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      for (int i = n - 1; i > 0; i--) { // Fisher-Yates
        int j = integer(in, 0, i);
        order.set(i, order.set(j, order.get(i)));
      }
      return new CitySpec(t0, horizon, employment, population, populationGrowth, List.copyOf(sectors), project,
          List.copyOf(order));
    };
  }

  private static boolean sameBits(double a, double b) {
    return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
  }

  // ---- (a) purity --------------------------------------------------------------------------------------------

  /**
   * An indicator is a pure function of the run and the year: evaluating it twice on the same run, through
   * {@code value} or {@code series}, on a second run of the same compiled scenario, or on a run of a freshly built
   * and compiled identical model gives bit-identical values (NaN equal to NaN).
   */
  @Test
  void indicators_are_pure() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    qt().forAll(cities()).checkAssert(city -> {
      CompiledScenario compiled = Engine.compile(city.model(false), SCENARIO);
      Run run = compiled.run();
      Run again = compiled.run();
      Run fresh = Engine.compile(city.model(false), SCENARIO).run();
      for (String id : city.indicatorIds()) {
        Indicator i = catalogue.get(id);
        Indicator other = catalogue.get(id); // a second lookup builds family members anew
        assertEquals(i.isAvailable(run), i.isAvailable(fresh), id);
        if (!i.isAvailable(run)) {
          continue;
        }
        double[] series = i.series(run);
        for (int year : run.years()) {
          double v = i.value(run, year);
          String what = id + " in " + year;
          assertTrue(sameBits(v, i.value(run, year)), what + ": same run, twice");
          assertTrue(sameBits(v, series[year - run.baseYear()]), what + ": value and series");
          assertTrue(sameBits(v, other.value(run, year)), what + ": looked up twice");
          assertTrue(sameBits(v, i.value(again, year)), what + ": second run of the compiled scenario");
          assertTrue(sameBits(v, i.value(fresh, year)), what + ": run of a fresh identical model");
        }
      }
    });
  }

  // ---- (b) invariance to sector declaration order ------------------------------------------------------------

  /**
   * Declaring the same sectors in another order changes no indicator. Not bit for bit: sums over sectors (GDP,
   * energy, group and tag totals, HHI, entropy, Theil) add the same numbers in another order, and floating-point
   * addition is not associative, so values agree to a relative 1e-12. Quantities that are differences of such sums
   * (growth rates and changes near 0, the Theil index near 0, jobs lost and created) are compared at the scale of
   * the terms they are computed from, with an absolute floor of 1e-12.
   */
  @Test
  void indicators_do_not_depend_on_the_order_sectors_are_declared_in() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    Indicator gdp = Indicators.gdp();
    qt().forAll(cities()).checkAssert(city -> {
      Run declared = city.run(false);
      Run shuffled = city.run(true);
      for (String id : city.indicatorIds()) {
        Indicator i = catalogue.get(id);
        assertEquals(i.isAvailable(declared), i.isAvailable(shuffled), id);
        if (!i.isAvailable(declared)) {
          continue;
        }
        for (int year : declared.years()) {
          double a = i.value(declared, year);
          double b = i.value(shuffled, year);
          String what = id + " in " + year + ": " + a + " declared, " + b + " shuffled";
          // an elasticity divides by the relative change of GDP, which amplifies the rounding of the sums by
          // 1 / |GDP change| (its condition number); compare it at that scale
          double amplification = 1.0;
          if (id.startsWith("tapio-elasticity:") && year > declared.baseYear()) {
            double g = gdp.value(declared, year) / gdp.value(declared, year - 1) - 1;
            amplification = Math.max(1.0, 1.0 / Math.abs(g));
          }
          if (Double.isNaN(a) || Double.isInfinite(a)) {
            assertTrue(sameBits(a, b), what);
          } else {
            assertTrue(Math.abs(a - b)
                <= 1e-12 * amplification * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b))), what);
          }
        }
      }
    });
  }

  // ---- (c) display units -------------------------------------------------------------------------------------

  /**
   * Converting to a display unit and back returns the value to within rounding: two correctly rounded operations
   * (a multiplication and a division by the same factor) are off by at most about 2 ulps, well inside a relative
   * 1e-15. Checked for every unit and any finite x whose display value is finite (x times 10^6 overflows near
   * {@code Double.MAX_VALUE}, and no finite display value can stand for it); subnormal x come back exactly. The
   * reverse trip, {@code toDisplay(toEngine(x))}, is checked too where {@code toEngine(x)} stays a normal double.
   */
  @Test
  void display_unit_conversions_round_trip() {
    qt().forAll(doubles().any().mix(doubles().between(-1e6, 1e6)))
        .assuming(Double::isFinite)
        .checkAssert(x -> {
          for (DisplayUnit u : DisplayUnit.values()) {
            double display = u.toDisplay(x);
            if (Double.isFinite(display)) {
              double back = u.toEngine(display);
              assertTrue(Math.abs(back - x) <= 1e-15 * Math.abs(x), u + ": " + x + " -> " + display + " -> " + back);
            }
            // the other way, x read as a display value; dividing by the factor can leave the normal range, where
            // doubles carry fewer significant bits (4.9e-324 / 100 is 0), so only normal engine values are checked
            double engine = u.toEngine(x);
            double forth = u.toDisplay(engine);
            if (engine == 0 ? x == 0 : Math.abs(engine) >= Double.MIN_NORMAL) {
              assertTrue(Math.abs(forth - x) <= 1e-15 * Math.abs(x), u + ": " + x + " -> " + engine + " -> " + forth);
            }
          }
        });
  }

  // ---- (d) shares sum to 1 -----------------------------------------------------------------------------------

  /** In every year with a positive GDP the sector shares, and the three group shares, each sum to 1. */
  @Test
  void shares_sum_to_one_whenever_gdp_is_positive() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    qt().forAll(cities()).checkAssert(city -> {
      Run run = city.run(false);
      int positive = 0;
      for (int year : run.years()) {
        if (!(run.total(Quantity.VALUE_ADDED, year) > 0)) {
          continue;
        }
        positive++;
        double sectors = 0;
        for (String id : run.sectorIds()) {
          double s = catalogue.get("share:sector:" + id).value(run, year);
          assertTrue(s >= 0 && s <= 1, id + " share " + s + " in " + year);
          sectors += s;
        }
        assertEquals(1.0, sectors, 1e-12, "sector shares in " + year);
        double groups = 0;
        for (String g : List.of("primary", "secondary", "tertiary")) {
          groups += catalogue.get("share:group:" + g).value(run, year);
        }
        assertEquals(1.0, groups, 1e-12, "group shares in " + year);
      }
      assertTrue(positive > 0, "the base year has a positive GDP");
    });
  }
}
