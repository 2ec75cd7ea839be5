package io.xinlu.history;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A run held against observations: per observed series, the run's value of the series' indicator in each observed
 * year and the {@link FitStatistics} of the one against the other.
 *
 * <pre>{@code
 * ObservedSeries gdp = ObservedSeries.of("gdp", "billion CNY", new int[] {2021, 2022},
 *     new double[] {180.2, 190.1}, "statistical communiques 2021 and 2022");
 * HistoryComparison c = HistoryComparison.of(run, List.of(gdp));
 * double rmse = c.fit("gdp").statistics().rmse();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HistoryComparison {
  private final String scenario;
  private final ImmutableList<SeriesFit> fits;

  private HistoryComparison(String scenario, ImmutableList<SeriesFit> fits) {
    this.scenario = scenario;
    this.fits = fits;
  }

  /**
   * Compares a run with observations, finding indicators in the standard catalogue.
   *
   * @see #of(Run, Iterable, IndicatorCatalogue)
   */
  public static HistoryComparison of(Run run, Iterable<ObservedSeries> observed) {
    return of(run, observed, IndicatorCatalogue.standard());
  }

  /**
   * Compares a run with observations.
   *
   * @param run the run
   * @param observed the observed series, at least one, each of a different indicator
   * @param catalogue where the series' indicators are found by id
   * @throws IllegalArgumentException naming the series, if there is no series, two series observe the same
   *     indicator, an indicator is unknown (the message lists the known ids and families), a series' unit is not
   *     its indicator's unit (giving both), an observed year lies outside the run (giving the run's years), or the
   *     run cannot give the indicator
   */
  public static HistoryComparison of(Run run, Iterable<ObservedSeries> observed, IndicatorCatalogue catalogue) {
    List<SeriesFit> fits = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ObservedSeries s : observed) {
      String where = "run '" + run.scenarioName() + "' > observed series '" + s.indicator() + "'";
      checkArgument(seen.add(s.indicator()), "%s: the indicator is observed by two series; give it one", where);
      Optional<Indicator> found = catalogue.find(s.indicator());
      if (found.isEmpty()) {
        throw new IllegalArgumentException(where + ": unknown indicator '" + s.indicator()
            + "'; known indicators: " + String.join(", ", catalogue.ids()) + "; families: "
            + String.join(", ", catalogue.familyPatterns()));
      }
      Indicator indicator = found.get();
      checkArgument(indicator.unit().equals(s.unit()), "%s: unit '%s' is not the indicator's unit '%s'", where,
          s.unit(), indicator.unit());
      Optional<String> why = indicator.unavailableReason(run);
      checkArgument(why.isEmpty(), "%s: the run cannot give the indicator: %s", where, why.orElse(""));
      double[] simulated = new double[s.size()];
      for (int i = 0; i < s.size(); i++) {
        int year = s.year(i);
        if (year < run.baseYear() || year > run.endYear()) {
          throw new IllegalArgumentException(where + " > year " + year + ": outside the run, which has the years "
              + run.baseYear() + ".." + run.endYear());
        }
        simulated[i] = indicator.value(run, year);
        if (!Double.isFinite(simulated[i])) {
          throw new IllegalArgumentException(where + " > year " + year + ": the run's value " + simulated[i]
              + " is not finite");
        }
      }
      fits.add(new SeriesFit(s, simulated));
    }
    checkArgument(!fits.isEmpty(), "run '%s': no observed series to compare with", run.scenarioName());
    return new HistoryComparison(run.scenarioName(), ImmutableList.copyOf(fits));
  }

  /** The name of the run's scenario. */
  public String scenario() {
    return scenario;
  }

  /** The fits, one per observed series, in the order given. */
  public ImmutableList<SeriesFit> fits() {
    return fits;
  }

  /**
   * The fit of the series of one indicator.
   *
   * @throws IllegalArgumentException if no series observes it, listing those that do
   */
  public SeriesFit fit(String indicator) {
    for (SeriesFit f : fits) {
      if (f.indicator().equals(indicator)) {
        return f;
      }
    }
    List<String> ids = new ArrayList<>();
    fits.forEach(f -> ids.add(f.indicator()));
    throw new IllegalArgumentException("comparison of run '" + scenario + "': no observed series of indicator '"
        + indicator + "'; observed: " + String.join(", ", ids));
  }

  @Override
  public String toString() {
    return "HistoryComparison[" + scenario + ", " + fits.size() + " series]";
  }
}
