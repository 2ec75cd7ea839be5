package io.xinlu.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.history.HistoryMatch;
import io.xinlu.history.ObservedSeries;
import io.xinlu.history.Tolerance;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenario.CityModel;
import io.xinlu.uncertainty.ensemble.Ensemble;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.ensemble.Summary;
import io.xinlu.uncertainty.sampling.Design;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/HISTORY.md, "History matching": {@code synthetic(5, 3, 2035)}, scenario {@code all},
 * observed in 2021-2024 at a known point of its ensemble study's space; 500 points of a Latin hypercube matched
 * within 1 %, and a forward ensemble to 2035 over the kept points against one over the whole design. The figures
 * asserted here are the ones the document prints.
 */
class SyntheticHistoryMatchTest {
  static final CityModel CITY = SyntheticCity.model(5, 3, 2035);
  static final ParameterSpace SPACE = SyntheticCity.uncertainty(5, 3);
  /** s4's growth, s0's intensity decline, macro shock, the strategy's intensity, the re-employment rate. */
  static final double[] TRUTH = {0.03, 0.02, 0.0, 0.5, 0.5};
  static final Parameterization ALL = Parameterization.of(CITY, "all", SPACE.parameterNames());

  static ObservedSeries observe(Run run, Indicator indicator) {
    ObservedSeries.Builder b = ObservedSeries.builder(indicator.id(), indicator.unit());
    for (int y = 2021; y <= 2024; y++) {
      b.add(y, indicator.value(run, y), "synthetic(5, 3, 2035), scenario all, at the known point");
    }
    return b.build();
  }

  @Test
  void matching_within_one_percent_keeps_156_of_500_points_and_narrows_the_forward_ensemble() {
    Run truth = ALL.run(TRUTH);
    ObservedSeries gdp = observe(truth, Indicators.gdp());
    ObservedSeries energy = observe(truth, Indicators.energy());
    assertEquals(103.404, gdp.value(0), 5e-4);
    assertEquals(115.926, gdp.value(3), 5e-4);
    assertEquals(63.905, energy.value(0), 5e-4);
    assertEquals(66.354, energy.value(3), 5e-4);
    Design design = Designs.latinHypercube(5, 500, 42);
    HistoryMatch match = HistoryMatch.builder(CITY, "all").design(design, SPACE)
        .observe(gdp, energy).defaultTolerance(Tolerance.relative(0.01)).run();
    assertEquals(156, match.keptCount(), match.toString());
    assertEquals(new HistoryMatch.RuledOut("gdp", "±1.0 %", 239, 133), match.ruledOut("gdp"));
    assertEquals(new HistoryMatch.RuledOut("energy", "±1.0 %", 211, 105), match.ruledOut("energy"));
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] x : match.keptPoints()) {
      lo = Math.min(lo, x[0]);
      hi = Math.max(hi, x[0]);
    }
    assertEquals(0.0195, lo, 5e-5, "the lowest kept growth of s4");
    assertEquals(0.0417, hi, 5e-5, "the highest kept growth of s4");
    // tighter and looser tolerances, as the document's table gives them
    assertEquals(43, HistoryMatch.builder(CITY, "all").design(design, SPACE).observe(gdp, energy)
        .defaultTolerance(Tolerance.relative(0.005)).run().keptCount());
    assertEquals(379, HistoryMatch.builder(CITY, "all").design(design, SPACE).observe(gdp, energy)
        .defaultTolerance(Tolerance.relative(0.02)).run().keptCount());

    EnsembleResult wide = Ensemble.builder(ALL).design(design, SPACE).indicators(Indicators.gdp(), Indicators.co2())
        .years(2035).threads(1).build().run();
    EnsembleResult kept = Ensemble.builder(ALL).design(match.prior(500, 7), SPACE)
        .indicators(Indicators.gdp(), Indicators.co2()).years(2035).threads(1).build().run();
    Summary gdpWide = wide.summary("gdp", 2035);
    Summary gdpKept = kept.summary("gdp", 2035);
    Summary co2Wide = wide.summary("co2", 2035);
    Summary co2Kept = kept.summary("co2", 2035);
    assertTrue(gdpKept.standardDeviation() <= gdpWide.standardDeviation(), gdpKept + " against " + gdpWide);
    assertTrue(gdpKept.quantile(0.95) - gdpKept.quantile(0.05) <= gdpWide.quantile(0.95) - gdpWide.quantile(0.05));
    assertEquals(6.082, gdpWide.standardDeviation(), 5e-4);
    assertEquals(2.158, gdpKept.standardDeviation(), 5e-4);
    assertEquals(130.974, gdpWide.quantile(0.05), 5e-3);
    assertEquals(151.260, gdpWide.quantile(0.95), 5e-3);
    assertEquals(136.866, gdpKept.quantile(0.05), 5e-3);
    assertEquals(143.883, gdpKept.quantile(0.95), 5e-3);
    assertEquals(5.499, co2Wide.standardDeviation(), 5e-4);
    assertEquals(2.313, co2Kept.standardDeviation(), 5e-4);
  }
}
