package io.xinlu.properties;

import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import io.xinlu.check.CheckResult;
import io.xinlu.check.ModelCheck;
import io.xinlu.check.ModelCheck.Relation;
import io.xinlu.check.ModelChecks;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Indicators;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelChecks} over generated models, judged against the runs of {@link Engine#run} read directly: a bound at
 * the values' own extremes passes and one a step inside fails, an order holds one way or both, the peak year found is
 * the year of the highest value.
 */
class ModelCheckPropertiesTest {
  private static final List<Indicator> INDICATORS = List.of(Indicators.gdp(), Indicators.co2(), Indicators.energy(),
      Indicators.energyIntensity());

  /**
   * A bound whose minimum and maximum are the lowest and highest values of an indicator in a year over both
   * scenarios passes; raising the minimum just above the lowest value fails on exactly the scenarios at that value.
   */
  @Test
  void a_bound_at_the_extremes_passes_and_one_just_inside_fails_where_the_extreme_is() {
    qt().forAll(ModelGen.models(1, 30), integers().between(0, 1000), integers().between(0, 3)).checkAssert((g, at,
        which) -> {
      Indicator ind = INDICATORS.get(which);
      int year = g.baseYear() + at % (g.endYear() - g.baseYear() + 1);
      double a = ind.value(Engine.run(g.model(), ModelGen.BASELINE), year);
      double b = ind.value(Engine.run(g.model(), ModelGen.POLICY), year);
      double lo = Math.min(a, b);
      double hi = Math.max(a, b);
      CheckResult pass = ModelChecks.run(g.model(), List.of(ModelCheck.bound("band", ind, List.of(year),
          OptionalDouble.of(lo), OptionalDouble.of(hi)))).get(0);
      assertTrue(pass.passed(), pass.message());
      assertEquals(List.of(a, b), pass.values().stream().map(CheckResult.Seen::value).toList());
      CheckResult fail = ModelChecks.run(g.model(), List.of(ModelCheck.atLeast("above", ind, List.of(year),
          Math.nextUp(lo)))).get(0);
      assertFalse(fail.passed(), fail.message());
      List<String> low = (a == lo ? b == lo ? List.of(ModelGen.BASELINE, ModelGen.POLICY)
          : List.of(ModelGen.BASELINE) : List.of(ModelGen.POLICY));
      assertEquals(low, fail.failures().stream().map(CheckResult.Seen::scenario).toList());
      assertTrue(fail.message().startsWith("FAIL above:"), fail.message());
    });
  }

  /** Of the two orders between the baseline and the policy in a year, at least one holds, and both exactly on a tie. */
  @Test
  void an_order_holds_one_way_or_both_on_a_tie() {
    qt().forAll(ModelGen.models(1, 30), integers().between(0, 1000), integers().between(0, 3)).checkAssert((g, at,
        which) -> {
      Indicator ind = INDICATORS.get(which);
      int year = g.baseYear() + at % (g.endYear() - g.baseYear() + 1);
      List<CheckResult> r = ModelChecks.run(g.model(), List.of(
          ModelCheck.order("le", ind, year, ModelGen.BASELINE, Relation.AT_MOST, ModelGen.POLICY),
          ModelCheck.order("ge", ind, year, ModelGen.BASELINE, Relation.AT_LEAST, ModelGen.POLICY)));
      double a = ind.value(Engine.run(g.model(), ModelGen.BASELINE), year);
      double b = ind.value(Engine.run(g.model(), ModelGen.POLICY), year);
      assertEquals(a <= b, r.get(0).passed(), r.get(0).message());
      assertEquals(a >= b, r.get(1).passed(), r.get(1).message());
    });
  }

  /**
   * The peak year a check reports is the first year of the highest value in the run, and a window of the whole
   * horizon always holds it.
   */
  @Test
  void the_peak_year_is_the_first_year_of_the_highest_value() {
    qt().forAll(ModelGen.models(1, 40), integers().between(0, 3)).checkAssert((g, which) -> {
      Indicator ind = INDICATORS.get(which);
      CheckResult r = ModelChecks.run(g.model(), List.of(ModelCheck.peakYear("peak", ind,
          List.of(ModelGen.POLICY), g.baseYear(), g.endYear()))).get(0);
      assertTrue(r.passed(), r.message());
      Run run = Engine.run(g.model(), ModelGen.POLICY);
      CheckResult.Seen peak = r.values().get(0);
      for (int y = g.baseYear(); y <= g.endYear(); y++) {
        double v = ind.value(run, y);
        assertTrue(y < peak.year() ? v < peak.value() : v <= peak.value(), y + ": " + v + " against " + peak);
      }
    });
  }
}
