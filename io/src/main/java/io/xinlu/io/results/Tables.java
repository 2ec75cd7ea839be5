package io.xinlu.io.results;

import io.xinlu.analysis.IndicatorTable;
import io.xinlu.analysis.ScenarioComparison;
import io.xinlu.analysis.lmdi.LmdiResult;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.indicator.TargetCheck;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.sensitivity.SobolAnalysis;
import java.util.List;

/** The library's results as tidy {@link Table}s, one observation per row. */
public final class Tables {
  private Tables() {}

  /**
   * Runs, long: {@code scenario, run, year, kind, variable, sector, value, unit}, every quantity the run has, per
   * sector (sector = id) and for the city (sector = {@code total}), in every year.
   */
  public static Table runs(List<Run> runs) {
    Table t = new Table("runs", "scenario", "run", "year", "kind", "variable", "sector", "value", "unit");
    for (Run r : runs) {
      for (Quantity q : Quantity.values()) {
        if (!r.has(q)) {
          continue;
        }
        for (int y : r.years()) {
          if (q.isPerSector()) {
            List<String> sectors = q == Quantity.RESOURCE_STOCK || q == Quantity.EXTRACTION
                ? r.resourceSectorIds() : r.sectorIds();
            for (String s : sectors) {
              t.add(r.scenarioName(), IndicatorTable.SINGLE_RUN, y, "quantity", q.name().toLowerCase(java.util.Locale.ROOT),
                  s, r.value(q, y, s), q.unit());
            }
          }
          if (q != Quantity.RESOURCE_STOCK && q != Quantity.EXTRACTION) {
            t.add(r.scenarioName(), IndicatorTable.SINGLE_RUN, y, "quantity", q.name().toLowerCase(java.util.Locale.ROOT), "total",
                r.total(q, y), q.unit());
          }
        }
      }
    }
    return t;
  }

  /** Indicator values, long: {@code scenario, run, year, indicator, value, unit}. */
  public static Table indicators(String name, IndicatorTable table) {
    Table t = new Table(name, "scenario", "run", "year", "indicator", "value", "unit");
    for (IndicatorTable.Row r : table.rows()) {
      t.add(r.scenario(), r.run(), r.year(), r.indicator(), r.value(), r.unit());
    }
    return t;
  }

  /**
   * A comparison of scenarios, long: {@code scenario, run, year, indicator, value, unit, reference, difference,
   * ratio}, one row per scenario, indicator and year, with the reference scenario's value and the difference and
   * ratio to it.
   */
  public static Table comparison(ScenarioComparison c) {
    Table t = new Table("comparison", "scenario", "run", "year", "indicator", "value", "unit", "reference",
        "difference", "ratio");
    for (ScenarioComparison.Entry e : c.entries()) {
      t.add(e.scenario(), e.run(), e.year(), e.indicator(), e.value(), e.unit(), e.reference(), e.difference(),
          e.ratio());
    }
    return t;
  }

  /** Target checks: {@code scenario, target, indicator, year, met, value, value_year, gap, unit, description, source}. */
  public static Table targets(List<TargetCheck> checks) {
    Table t = new Table("targets", "scenario", "target", "indicator", "year", "met", "value", "value_year", "gap",
        "unit", "description", "source");
    for (TargetCheck c : checks) {
      t.add(c.scenarioName(), c.target().id(), c.target().indicator().id(), c.targetYear(), c.met(), c.value(),
          c.valueYear(), c.gap(), c.unit(), c.target().description(), c.target().source());
    }
    return t;
  }

  /**
   * An LMDI decomposition, long: {@code from, to, factor, sector, effect, unit}; sector {@code total} holds each
   * factor's effect, and the rows of factor {@code start}, {@code end} and {@code change} the aggregate itself.
   */
  public static Table decomposition(LmdiResult r, String unit) {
    Table t = new Table("decomposition", "from", "to", "factor", "sector", "effect", "unit");
    t.add(r.startPeriod(), r.endPeriod(), "start", "total", r.startTotal(), unit);
    t.add(r.startPeriod(), r.endPeriod(), "end", "total", r.endTotal(), unit);
    t.add(r.startPeriod(), r.endPeriod(), "change", "total", r.endTotal() - r.startTotal(), unit);
    for (String f : r.factors()) {
      t.add(r.startPeriod(), r.endPeriod(), f, "total", r.effect(f), unit);
      for (String s : r.sectors()) {
        t.add(r.startPeriod(), r.endPeriod(), f, s, r.term(f, s), unit);
      }
    }
    return t;
  }

  /** Ensemble summaries, long: {@code scenario, indicator, unit, year, statistic, value}. */
  public static Table ensemble(EnsembleResult result) {
    Table t = new Table("ensemble", "scenario", "indicator", "unit", "year", "statistic", "value");
    for (EnsembleResult.Row r : result.rows()) {
      t.add(r.scenario(), r.indicator(), r.unit(), r.year(), r.statistic(), r.value());
    }
    return t;
  }

  /** Target probabilities of an ensemble: {@code scenario, target, runs, met, probability}. */
  public static Table targetProbabilities(EnsembleResult result) {
    Table t = new Table("target_probabilities", "scenario", "target", "runs", "met", "probability");
    for (int i = 0; i < result.targets().size(); i++) {
      t.add(result.scenario(), result.targets().get(i).id(), result.runs(), result.targetMet(i),
          result.targetProbability(i));
    }
    return t;
  }

  /** Sobol indices: {@code parameter, s1, s1_low, s1_high, st, st_low, st_high} (intervals empty without bootstrap). */
  public static Table sobol(SobolAnalysis a) {
    Table t = new Table("sobol", "parameter", "s1", "s1_low", "s1_high", "st", "st_low", "st_high");
    for (SobolAnalysis.Index i : a.indices()) {
      t.add(i.factor(), i.firstOrder(),
          i.firstOrderInterval().map(c -> (Object) c.lower()).orElse(null),
          i.firstOrderInterval().map(c -> (Object) c.upper()).orElse(null),
          i.total(),
          i.totalInterval().map(c -> (Object) c.lower()).orElse(null),
          i.totalInterval().map(c -> (Object) c.upper()).orElse(null));
    }
    return t;
  }
}
