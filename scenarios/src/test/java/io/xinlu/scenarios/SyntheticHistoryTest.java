package io.xinlu.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.history.FitStatistics;
import io.xinlu.history.HistoryComparison;
import io.xinlu.history.ObservedSeries;
import io.xinlu.history.SeriesFit;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.indicator.Indicators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The synthetic city's runs held against observations: observations made from a run fit it perfectly, observations
 * made from another scenario's run do not, and every kind of bad observation is refused with its path.
 */
class SyntheticHistoryTest {
  private static final Run ALL = Engine.run(SyntheticCity.model(5, 3, 2035), "all");
  private static final Run BASELINE = Engine.run(SyntheticCity.model(5, 3, 2035), "baseline");

  /** Observations of an indicator taken from a run, in some years (2023 left out: a missing year is absent). */
  private static ObservedSeries observe(Run run, Indicator indicator, int... years) {
    ObservedSeries.Builder b = ObservedSeries.builder(indicator.id(), indicator.unit());
    for (int y : years) {
      b.add(y, indicator.value(run, y), "the synthetic city's own run '" + run.scenarioName() + "'");
    }
    return b.build();
  }

  private static List<ObservedSeries> observations(Run run) {
    return List.of(observe(run, Indicators.gdp(), 2020, 2021, 2022, 2024, 2025),
        observe(run, Indicators.energy(), 2021, 2022, 2030),
        observe(run, Indicators.co2(), 2020, 2035),
        observe(run, IndicatorCatalogue.standard().get("share:sector:" + SyntheticCity.sectorId(0)), 2022, 2028));
  }

  @Test
  void observations_made_from_the_run_itself_fit_it_perfectly() {
    HistoryComparison c = HistoryComparison.of(ALL, observations(ALL));
    assertEquals("all", c.scenario());
    assertEquals(4, c.fits().size());
    for (SeriesFit f : c.fits()) {
      FitStatistics s = f.statistics();
      assertEquals(0.0, s.mse(), 0, f.indicator());
      assertEquals(0.0, s.mape().orElseThrow(), 0, f.indicator());
      assertEquals(0.0, s.theilU1(), 0, f.indicator());
      assertTrue(s.theilShares().isEmpty(), f.indicator());
      assertArrayEquals(f.observed().values(), f.simulated(), f.indicator());
    }
    assertEquals(5, c.fit("gdp").statistics().n());
  }

  @Test
  void observations_of_the_baseline_do_not_fit_the_run_with_every_project() {
    HistoryComparison c = HistoryComparison.of(ALL, observations(BASELINE));
    // the projects start after the base year: the base year agrees, later years differ
    SeriesFit co2 = c.fit("co2");
    assertEquals(co2.observed().value(0), co2.simulated()[0], 0);
    assertTrue(co2.statistics().mse() > 0, co2.toString());
    FitStatistics.TheilShares u = co2.statistics().theilShares().orElseThrow();
    assertEquals(1.0, u.bias() + u.variation() + u.covariation(), 1e-12);
  }

  @Test
  void bad_observations_are_refused_with_their_path() {
    ObservedSeries unknown = ObservedSeries.of("gdp-of-mars", "billion CNY", new int[] {2021}, new double[] {1}, "x");
    assertMessage("run 'all' > observed series 'gdp-of-mars': unknown indicator 'gdp-of-mars'; known indicators: "
        + "gdp, ", () -> HistoryComparison.of(ALL, List.of(unknown)));
    ObservedSeries early = ObservedSeries.of("gdp", "billion CNY", new int[] {2015, 2021}, new double[] {1, 2}, "x");
    assertMessage("run 'all' > observed series 'gdp' > year 2015: outside the run, which has the years 2020..2035",
        () -> HistoryComparison.of(ALL, List.of(early)));
    ObservedSeries late = ObservedSeries.of("gdp", "billion CNY", new int[] {2036}, new double[] {1}, "x");
    assertMessage("observed series 'gdp' > year 2036: outside the run", () -> HistoryComparison.of(ALL, List.of(late)));
    ObservedSeries yuan = ObservedSeries.of("gdp", "yuan", new int[] {2021}, new double[] {1}, "x");
    assertMessage("run 'all' > observed series 'gdp': unit 'yuan' is not the indicator's unit 'billion CNY'",
        () -> HistoryComparison.of(ALL, List.of(yuan)));
    ObservedSeries sector = ObservedSeries.of("va:sector:coal-mine", "billion CNY", new int[] {2021},
        new double[] {1}, "x");
    assertMessage("observed series 'va:sector:coal-mine': the run cannot give the indicator: no sector 'coal-mine'; "
        + "sectors: [s0, s1, s2, s3, s4]", () -> HistoryComparison.of(ALL, List.of(sector)));
    ObservedSeries gdp = observe(ALL, Indicators.gdp(), 2021);
    assertMessage("run 'all' > observed series 'gdp': the indicator is observed by two series",
        () -> HistoryComparison.of(ALL, List.of(gdp, gdp)));
    assertMessage("run 'all': no observed series", () -> HistoryComparison.of(ALL, List.of()));
    assertMessage("comparison of run 'all': no observed series of indicator 'co2'; observed: gdp",
        () -> HistoryComparison.of(ALL, List.of(gdp)).fit("co2"));
  }

  @Test
  void an_indicator_the_run_cannot_give_is_refused_with_the_reason() {
    assertFalse(ALL.hasPopulation(), "the synthetic city has no population");
    ObservedSeries people = ObservedSeries.of("population", Indicators.population().unit(), new int[] {2021},
        new double[] {1}, "x");
    assertMessage("run 'all' > observed series 'population': the run cannot give the indicator",
        () -> HistoryComparison.of(ALL, List.of(people)));
  }

  @Test
  void a_custom_indicator_is_found_in_the_catalogue_given() {
    Indicator doubled = Indicators.gdp().scaled(2, "gdp-doubled", "billion CNY");
    ObservedSeries s = observe(ALL, doubled, 2022, 2030);
    assertThrows(IllegalArgumentException.class, () -> HistoryComparison.of(ALL, List.of(s)));
    HistoryComparison c = HistoryComparison.of(ALL, List.of(s), IndicatorCatalogue.standard().with(doubled));
    assertEquals(0.0, c.fit("gdp-doubled").statistics().mse(), 0);
  }

  private static void assertMessage(String part, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
