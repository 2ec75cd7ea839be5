package io.xinlu.examples;

import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code -i, --indicators}: the indicators a subcommand shows ({@code run}, {@code compare}, {@code ensemble}), each
 * checked by {@link City#indicators}. ({@code sensitivity --indicator} takes one indicator and is its own option.)
 */
final class IndicatorsOption {
  @Option(names = {"-i", "--indicators"}, split = ",", paramLabel = "ID",
      description = "indicator ids (docs/INDICATORS.md), comma-separated (default: the city's headline indicators; "
          + "for ensemble co2, gdp, displaced-workers)")
  private List<String> ids;

  /** The indicators asked for, or the city's headline indicators, each checked on a run of the city. */
  List<Indicator> of(City city, Run probe) {
    return city.indicators(ids, probe);
  }

  /** The indicators asked for, or those with the ids {@code defaults}, each checked on a run of the city. */
  List<Indicator> of(City city, Run probe, List<String> defaults) {
    return city.indicators(ids == null || ids.isEmpty() ? defaults : ids, probe);
  }
}
