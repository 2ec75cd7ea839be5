package io.xinlu.properties;

import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.history.FitStatistics;
import io.xinlu.history.HistoryComparison;
import io.xinlu.history.ObservedSeries;
import io.xinlu.history.SeriesFit;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Indicators;
import io.xinlu.properties.ModelGen.GeneratedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Runs of generated models held against observations taken from runs: a run fits observations of itself perfectly,
 * its fit to another scenario's run splits the MSE into shares that sum to 1, and a year just outside the run is
 * refused naming that year.
 */
class HistoryPropertiesTest {
  private static final List<Indicator> OBSERVED = List.of(Indicators.gdp(), Indicators.energy(), Indicators.co2());

  /** Every second year of the run, from the base year, where the indicator is finite; empty if none is. */
  private static Optional<ObservedSeries> observe(Run run, Indicator indicator) {
    ObservedSeries.Builder b = ObservedSeries.builder(indicator.id(), indicator.unit());
    int added = 0;
    for (int y = run.baseYear(); y <= run.endYear(); y += 2) {
      double v = indicator.value(run, y);
      if (Double.isFinite(v)) {
        b.add(y, v, "run '" + run.scenarioName() + "'");
        added++;
      }
    }
    return added > 0 ? Optional.of(b.build()) : Optional.empty();
  }

  private static List<ObservedSeries> observe(Run run) {
    List<ObservedSeries> out = new ArrayList<>();
    OBSERVED.forEach(i -> observe(run, i).ifPresent(out::add));
    return out;
  }

  @Test
  void a_run_fits_observations_of_itself_perfectly_and_another_run_with_shares_summing_to_one() {
    qt().forAll(ModelGen.models(1, 30)).checkAssert((GeneratedModel g) -> {
      Run policy = Engine.run(g.model(), ModelGen.POLICY);
      Run baseline = Engine.run(g.model(), ModelGen.BASELINE);
      List<ObservedSeries> own = observe(policy);
      if (own.isEmpty()) {
        return;
      }
      for (SeriesFit f : HistoryComparison.of(policy, own).fits()) {
        assertEquals(0.0, f.statistics().mse(), 0, f.toString());
        assertTrue(f.statistics().theilShares().isEmpty(), f.toString());
      }
      List<ObservedSeries> other = observe(baseline);
      for (SeriesFit f : HistoryComparison.of(policy, other).fits()) {
        FitStatistics s = f.statistics();
        if (s.mse() > 0) {
          FitStatistics.TheilShares u = s.theilShares().orElseThrow();
          assertEquals(1.0, u.bias() + u.variation() + u.covariation(), 1e-12, f.toString());
        }
      }
    });
  }

  @Test
  void a_year_just_outside_the_run_is_refused_naming_it() {
    qt().forAll(ModelGen.models(1, 30)).checkAssert((GeneratedModel g) -> {
      Run run = Engine.run(g.model(), ModelGen.POLICY);
      for (int year : new int[] {run.baseYear() - 1, run.endYear() + 1}) {
        ObservedSeries s = ObservedSeries.of("gdp", Indicators.gdp().unit(), new int[] {year}, new double[] {1},
            "made up");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> HistoryComparison.of(run, List.of(s)));
        assertTrue(e.getMessage().contains("observed series 'gdp' > year " + year + ": outside the run, which has "
            + "the years " + run.baseYear() + ".." + run.endYear()), e.getMessage());
      }
    });
  }
}
