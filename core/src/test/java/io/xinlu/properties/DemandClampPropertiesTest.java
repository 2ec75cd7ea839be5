package io.xinlu.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Event;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Final demand is clamped at 0 (step 3 of section 10 of {@code docs/MODEL.md}, and D8). When no scale-demand
 * factor can be clamped, compilation applies the demand effects to each affected sector over all years at once and
 * skips the clamp when it can show that no demand falls below 0; otherwise it goes year by year. Growth below -1,
 * macro shocks, negative new capacity, growth shifts and overrides and negative base-year demand make demand fall
 * below 0 here, and the two paths must give the same runs and events bit for bit, with and without demand effects.
 */
class DemandClampPropertiesTest {
  private static final int T0 = 2020;
  private static final int END = 2032;
  /** More choices than a model reads (at most about 40). */
  private static final int CHOICES = 64;

  /** What may send final demand below 0 in a generated model: nothing, or one cause. */
  private enum Cause {
    NONE, GROWTH, MACRO_SHOCK, NEW_CAPACITY, BASE_DEMAND, BASE_DEMAND_AND_NEW_CAPACITY, GROWTH_SHIFT, GROWTH_OVERRIDE
  }

  /**
   * Two to four sectors growing 0 to 5 % a year, and a project ramping up over 2022 to 2025 with new capacity from 0
   * to 40 or a demand scale from -1 to 1 on some sectors, none of which takes demand below 0; then one cause that may:
   * growth from -2.5 to 0.3 (one sector in five exactly -1, whose demand becomes exactly 0 and is not clamped), a
   * macro shock from -2.5 to 0.3 in some years, new capacity from -40 to 0, an input-output table in which s0 sells
   * 0.2 to 0.7 of s1's output to s1 (so that s0's base-year final demand may be below 0), both that table and new
   * capacity below 0, a growth shift from -3 to 0.3 or a growth override from -2.5 to 0.3 from some year. With
   * {@code late}, a second strategy adds a project that starts at the end year (ramp 0 in every year) with a demand
   * scale of -2 on every sector, which changes no number but sends the demand down the year-by-year path.
   */
  private static CityModel model(Choices choices, boolean late) {
    Choices.Cursor rnd = choices.cursor();
    Cause cause = Cause.values()[rnd.nextInt(Cause.values().length)];
    int n = 2 + rnd.nextInt(3);
    CityProfile.Builder city = CityProfile.builder().name("clamps").baseYear(T0);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("s" + i);
    }
    if (cause == Cause.BASE_DEMAND || cause == Cause.BASE_DEMAND_AND_NEW_CAPACITY) {
      double[][] a = new double[n][n];
      double[] v = new double[n];
      a[0][1] = 0.2 + 0.5 * rnd.nextDouble();
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += a[i][j];
        }
        v[j] = 1 - sum;
      }
      city.inputOutputTable(InputOutputTable.of(ids, a, v));
    }
    for (int i = 0; i < n; i++) {
      double growth = 0.05 * rnd.nextDouble();
      if (cause == Cause.GROWTH) {
        growth = rnd.nextInt(5) == 0 ? -1.0 : -2.5 + 2.8 * rnd.nextDouble();
      }
      city.addSectors(Sector.builder().id("s" + i).group(SectorGroup.SECONDARY).valueAdded(10 + 90 * rnd.nextDouble())
          .growth(growth).build());
    }
    Project.Builder p = Project.builder().id("p").start(2022).fullEffect(2025).ramp(Ramp.LINEAR)
        .addEffects(Effect.newCapacity(SectorSelector.sector("s0"), 40 * rnd.nextDouble()));
    for (int i = 0; i < n; i++) {
      if (rnd.nextBoolean()) {
        p.addEffects(Effect.newCapacity(SectorSelector.sector("s" + i), 40 * rnd.nextDouble()));
      }
      if (rnd.nextBoolean()) {
        p.addEffects(Effect.scaleDemand(SectorSelector.sector("s" + i), -1 + 2 * rnd.nextDouble()));
      }
    }
    if (cause == Cause.NEW_CAPACITY || cause == Cause.BASE_DEMAND_AND_NEW_CAPACITY) {
      p.addEffects(Effect.newCapacity(SectorSelector.sector("s" + rnd.nextInt(n)), -40 * rnd.nextDouble()));
    }
    if (cause == Cause.GROWTH_SHIFT) {
      p.addEffects(Effect.growthShift(SectorSelector.sector("s" + rnd.nextInt(n)), -3 + 3.3 * rnd.nextDouble()));
    }
    Scenario.Builder baseline = Scenario.builder().name("baseline").endYear(END);
    if (cause == Cause.MACRO_SHOCK) {
      Map<Integer, Double> shock = new TreeMap<>();
      for (int k = 0; k < 3; k++) {
        shock.put(T0 + 1 + rnd.nextInt(END - T0), -2.5 + 2.8 * rnd.nextDouble());
      }
      baseline.macroShock(YearPath.exact(shock));
    }
    if (cause == Cause.GROWTH_OVERRIDE) {
      baseline.growthOverride("s" + rnd.nextInt(n), YearPath.constantFrom(T0 + 1 + rnd.nextInt(END - T0),
          -2.5 + 2.8 * rnd.nextDouble()));
    }
    CityModel.Builder model = CityModel.builder().profile(city.build())
        .addStrategy(Strategy.builder().id("s").addProjects(p.build()).build())
        .addScenario(baseline.build())
        .addScenario(Scenario.builder().name("plan").parent("baseline").adopt("s").build());
    if (late) {
      Project.Builder q = Project.builder().id("late").start(END).fullEffect(END + 5).ramp(Ramp.LINEAR);
      for (int i = 0; i < n; i++) {
        q.addEffects(Effect.scaleDemand(SectorSelector.sector("s" + i), -2));
      }
      model.addStrategy(Strategy.builder().id("late").addProjects(q.build()).build())
          .addScenario(Scenario.builder().name("plan-late").parent("plan").adopt("late").build())
          .addScenario(Scenario.builder().name("baseline-late").parent("baseline").adopt("late").build());
    }
    return model.build();
  }

  @Test
  void demand_over_all_years_at_once_is_the_year_by_year_demand_bit_for_bit() {
    AtomicInteger clamped = new AtomicInteger();
    AtomicInteger examples = new AtomicInteger();
    Theories.qt().withExamples(500).forAll(Choices.of(CHOICES)).checkAssert(choices -> {
      Run all = Engine.run(model(choices, false), "plan");
      Run yearly = Engine.run(model(choices, true), "plan-late");
      String what = ModelGen.describe(model(choices, false));
      RunValues.assertBitIdentical(yearly, all, what);
      assertEquals(yearly.events(), all.events(), what + ": events");
      // the baseline has no demand effects at all
      Run baseline = Engine.run(model(choices, false), "baseline");
      Run baselineYearly = Engine.run(model(choices, true), "baseline-late");
      RunValues.assertBitIdentical(baselineYearly, baseline, what + ", baseline");
      assertEquals(baselineYearly.events(), baseline.events(), what + ": baseline events");
      examples.incrementAndGet();
      if (all.events().stream().anyMatch(e -> e instanceof Event.Clamp)) {
        clamped.incrementAndGet();
      }
    });
    // the property must meet clamps of final demand often, and runs without them
    assertTrue(clamped.get() > examples.get() / 4 && clamped.get() < examples.get(), clamped + " of " + examples);
  }

  @Test
  void a_macro_shock_parameter_clamps_demand_as_the_year_by_year_path_does() {
    Theories.qt().forAll(Choices.of(CHOICES), doubles().between(-2.5, 0.3)).checkAssert((choices, shock) -> {
      double[] values = {shock};
      Run all = Parameterization.of(model(choices, false), "plan", List.of("macro-shock")).compile(values).run();
      Run yearly = Parameterization.of(model(choices, true), "plan-late", List.of("macro-shock")).compile(values).run();
      String what = ModelGen.describe(model(choices, false)) + ", macro shock " + shock;
      RunValues.assertBitIdentical(yearly, all, what);
      assertEquals(yearly.events(), all.events(), what + ": events");
    });
  }
}
