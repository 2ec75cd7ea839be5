package io.xinlu.io.results;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.decision.Candidate;
import io.xinlu.decision.Robustness.Sense;
import io.xinlu.decision.RobustnessTable;
import io.xinlu.decision.city.CityProblem;
import io.xinlu.decision.city.Objective;
import io.xinlu.analysis.IndicatorTable;
import io.xinlu.analysis.ScenarioComparison;
import io.xinlu.analysis.lmdi.LmdiResult;
import io.xinlu.check.DesignPoint;
import io.xinlu.check.IndicatorMoves;
import io.xinlu.check.OutputMove;
import io.xinlu.check.StructuralDifference;
import io.xinlu.check.VersionDiff;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.history.FitStatistics;
import io.xinlu.history.HistoryComparison;
import io.xinlu.history.ObservedSeries;
import io.xinlu.history.SeriesFit;
import io.xinlu.indicator.TargetCheck;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.sensitivity.SobolAnalysis;
import java.util.List;

/**
 * The library's results as tidy {@link Table}s, one observation per row.
 *
 * @since 0.1.0
 */
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

  /**
   * The fit of a run to observations, long: {@code scenario, series, unit, statistic, value}, per observed series
   * (named by its indicator's id) one row per statistic, in this order: {@code n}, {@code mean-error},
   * {@code rmse}, {@code mse}, {@code mape} (percent), {@code theil-u1}, {@code theil-um} (bias share),
   * {@code theil-us} (variation share), {@code theil-uc} (covariation share), {@code r-squared}. A statistic that
   * is undefined (MAPE when an observation is 0, Theil's shares when the MSE is 0, r² when a series is constant)
   * has an empty value. {@code mean-error} and {@code rmse} are in the series' unit, {@code mse} in its square.
   */
  public static Table fit(HistoryComparison comparison) {
    Table t = new Table("fit", "scenario", "series", "unit", "statistic", "value");
    for (SeriesFit f : comparison.fits()) {
      FitStatistics s = f.statistics();
      String unit = f.observed().unit();
      java.util.Optional<FitStatistics.TheilShares> u = s.theilShares();
      Object[][] rows = {
          {"n", s.n()},
          {"mean-error", s.meanError()},
          {"rmse", s.rmse()},
          {"mse", s.mse()},
          {"mape", s.mape().isPresent() ? s.mape().getAsDouble() : null},
          {"theil-u1", s.theilU1()},
          {"theil-um", u.map(x -> (Object) x.bias()).orElse(null)},
          {"theil-us", u.map(x -> (Object) x.variation()).orElse(null)},
          {"theil-uc", u.map(x -> (Object) x.covariation()).orElse(null)},
          {"r-squared", s.rSquared().isPresent() ? s.rSquared().getAsDouble() : null}};
      for (Object[] r : rows) {
        t.add(comparison.scenario(), f.indicator(), unit, r[0], r[1]);
      }
    }
    return t;
  }

  /**
   * The points of a run's fit to observations, long: {@code scenario, series, unit, year, observed, simulated,
   * source}, one row per observed year of every series: what a chart of observed points over the modelled line
   * draws.
   */
  public static Table fitPoints(HistoryComparison comparison) {
    Table t = new Table("fit_points", "scenario", "series", "unit", "year", "observed", "simulated", "source");
    for (SeriesFit f : comparison.fits()) {
      ObservedSeries o = f.observed();
      double[] simulated = f.simulated();
      for (int i = 0; i < o.size(); i++) {
        t.add(comparison.scenario(), o.indicator(), o.unit(), o.year(i), o.value(i), simulated[i],
            o.sources().get(i));
      }
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
  /**
   * One generation of a search's convergence history, as plain values (the {@code search} module's
   * {@code SearchProgress}, which this module does not see: map each row with its accessors of the same names).
   *
   * @param generation the generation, from 1
   * @param evaluations evaluations so far
   * @param hypervolume the archive's hypervolume against the search's reference point (0 while none is feasible)
   * @param epsilonProgress the archive's epsilon progress so far, a count
   * @param archiveSize candidates in the archive
   * @param feasible whether the archive holds a feasible candidate
   * @since 0.1.0
   */
  public record Generation(int generation, long evaluations, double hypervolume, long epsilonProgress,
      int archiveSize, boolean feasible) {}

  /**
   * A search's convergence history: {@code generation, evaluations, hypervolume, epsilon_progress, archive_size,
   * feasible}, one row per generation.
   */
  public static Table convergence(List<Generation> history) {
    Table t = new Table("convergence", "generation", "evaluations", "hypervolume", "epsilon_progress",
        "archive_size", "feasible");
    for (Generation g : history) {
      t.add(g.generation(), g.evaluations(), g.hypervolume(), g.epsilonProgress(), g.archiveSize(), g.feasible());
    }
    return t;
  }

  /**
   * The Pareto set of a city search, long: {@code plan, kind, name, value, note}, per plan (named {@code plan-1},
   * {@code plan-2}, ... in the candidates' order) one row per lever ({@code kind} lever; for a worst-future problem,
   * uncertainty, one per uncertain parameter), per objective ({@code objective}, or {@code robustness} for a robust
   * problem's {@code <objective>/<metric>} and {@code satisficing} scores), per constraint ({@code violation}), then
   * {@code total-violation} and {@code feasible} (1 or 0). Objectives are in their natural sign: the search minimises,
   * so a maximised objective (and the satisficing share, and every objective of a worst-future problem that is
   * minimised, whose direction the problem reversed) is negated back; {@code note} says {@code maximised},
   * {@code minimised} or, for a value negated back, {@code maximised (negated back from the search)}.
   *
   * @param problem the problem the candidates were found for
   * @param candidates the Pareto set, such as {@code SearchResult.paretoSet()}
   * @throws IllegalArgumentException if a candidate does not fit the problem
   */
  public static Table paretoSet(CityProblem problem, List<Candidate> candidates) {
    List<String> names = problem.objectives();
    int[] sign = new int[names.size()];
    String[] note = new String[names.size()];
    List<Objective> defs = problem.objectiveDefinitions();
    int metrics = problem.kind() == CityProblem.Kind.ROBUST
        ? (names.size() - (names.contains(CityProblem.SATISFICING) ? 1 : 0)) / Math.max(1, defs.size()) : 1;
    for (int j = 0; j < names.size(); j++) {
      boolean maximised;
      if (names.get(j).equals(CityProblem.SATISFICING)) {
        maximised = true;
      } else {
        maximised = defs.get(j / metrics).sense() == Sense.MAXIMISE;
      }
      boolean negated = problem.kind() == CityProblem.Kind.WORST_FUTURE ? !maximised : maximised;
      sign[j] = negated ? -1 : 1;
      note[j] = maximised ? (negated ? "maximised (negated back from the search)" : "maximised")
          : (negated ? "minimised (negated back from the search)" : "minimised");
    }
    String objectiveKind = problem.kind() == CityProblem.Kind.ROBUST ? "robustness" : "objective";
    String leverKind = problem.kind() == CityProblem.Kind.WORST_FUTURE ? "uncertainty" : "lever";
    Table t = new Table("pareto_set", "plan", "kind", "name", "value", "note");
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      checkArgument(c.x().length() == problem.variables().size() && c.objectives().length() == names.size()
          && c.violations().length() == problem.constraints().size(), "candidate %s does not fit the problem %s",
          i + 1, problem);
      String plan = "plan-" + (i + 1);
      for (int k = 0; k < c.x().length(); k++) {
        t.add(plan, leverKind, problem.variables().get(k).name(), c.x().get(k), null);
      }
      for (int j = 0; j < names.size(); j++) {
        double v = c.objectives().get(j);
        t.add(plan, names.get(j).equals(CityProblem.SATISFICING) ? "satisficing" : objectiveKind, names.get(j),
            sign[j] < 0 ? -v : v, note[j]);
      }
      for (int k = 0; k < c.violations().length(); k++) {
        t.add(plan, "violation", problem.constraints().get(k), c.violations().get(k), null);
      }
      t.add(plan, "total-violation", "total", c.totalViolation(), null);
      t.add(plan, "feasible", "feasible", c.feasible() ? 1 : 0, null);
    }
    return t;
  }

  /**
   * The full robustness table of a set of plans ({@code CityProblem.robustnessTable}), long: {@code plan, objective,
   * metric, value}: per plan and objective every metric of the table (mean, the percentiles, worst, regret1,
   * mean-regret1, regret2), in the objective's units, not negated; and per plan a row of objective {@code all targets}
   * and metric {@code satisficing} when the problem has satisficing targets.
   *
   * @param table the table
   * @param plans the plans' names, one per plan of the table (such as {@code plan-1}, ... as in {@link #paretoSet})
   * @throws IllegalArgumentException if the number of names is not the table's number of plans
   */
  public static Table robustness(RobustnessTable table, List<String> plans) {
    checkArgument(plans.size() == table.plans(), "%s plan names for a robustness table of %s plans", plans.size(),
        table.plans());
    Table t = new Table("robustness", "plan", "objective", "metric", "value");
    for (int p = 0; p < plans.size(); p++) {
      for (String o : table.objectives()) {
        for (String m : table.metrics()) {
          t.add(plans.get(p), o, m, table.score(p, o, m));
        }
      }
      double s = table.satisficing(p);
      if (!Double.isNaN(s)) {
        t.add(plans.get(p), "all targets", "satisficing", s);
      }
    }
    return t;
  }

  /**
   * The outputs that moved between two versions of a model, long: {@code scenario, point, indicator, unit, year, old,
   * new, change, relative_change}, one row per move in the comparison's order (largest relative move first). The
   * values are in the indicator's unit; {@code old} or {@code new} is {@code NaN} where undefined; {@code change} is
   * {@code new - old}; {@code relative_change} is {@code change / |old|}, a fraction, empty where the old value is 0
   * or either value is undefined or infinite. The point is the design point's number: 0 for the models as given (see
   * {@link #versionPoints}).
   */
  public static Table versionMoves(VersionDiff diff) {
    Table t = new Table("moves", "scenario", "point", "indicator", "unit", "year", "old", "new", "change",
        "relative_change");
    for (OutputMove m : diff.moves()) {
      double r = m.relativeChange();
      t.add(m.scenario(), m.point(), m.indicator(), m.unit(), m.year(), m.oldValue(), m.newValue(), m.change(),
          Double.isFinite(r) ? r : null);
    }
    return t;
  }

  /**
   * The moves of a version comparison per indicator: {@code indicator, unit, moves, scenarios, points, years,
   * largest_scenario, largest_point, largest_year, largest_old, largest_new, largest_relative_change}, one row per
   * indicator that moved, in the order of their largest moves ({@link IndicatorMoves}).
   */
  public static Table versionSummary(VersionDiff diff) {
    Table t = new Table("moved_indicators", "indicator", "unit", "moves", "scenarios", "points", "years",
        "largest_scenario", "largest_point", "largest_year", "largest_old", "largest_new",
        "largest_relative_change");
    for (IndicatorMoves s : diff.summaries()) {
      OutputMove m = s.largest();
      double r = m.relativeChange();
      t.add(s.indicator(), s.unit(), s.moves(), s.scenarios(), s.points(), s.years(), m.scenario(), m.point(),
          m.year(), m.oldValue(), m.newValue(), Double.isFinite(r) ? r : null);
    }
    return t;
  }

  /**
   * What one version of a compared model has and the other lacks: {@code kind, version, subject, message}, with kind
   * {@code scenario}, {@code indicator} or {@code years} and version {@code old} or {@code new} (the one that has
   * it), one row per {@link StructuralDifference}.
   */
  public static Table versionStructure(VersionDiff diff) {
    Table t = new Table("structure", "kind", "version", "subject", "message");
    for (StructuralDifference d : diff.structure()) {
      t.add(d.kind().name().toLowerCase(java.util.Locale.ROOT), d.side().word(), d.subject(), d.message());
    }
    return t;
  }

  /**
   * The design points of a version comparison, long: {@code point, parameter, value}, one row per parameter path
   * and point from 1 on; point 0 (the models as given, which sets no value) has one row with an empty parameter and
   * value.
   */
  public static Table versionPoints(VersionDiff diff) {
    Table t = new Table("points", "point", "parameter", "value");
    for (DesignPoint p : diff.points()) {
      if (p.values().isEmpty()) {
        t.add(p.index(), null, null);
      }
      p.values().forEach((path, v) -> t.add(p.index(), path, v));
    }
    return t;
  }
}
