package io.xinlu.io;

import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.policy.Effect;

/** The keys of format {@code xinlu/1}, one list per kind of mapping, in the order the writer writes them. */
final class Keys {
  private Keys() {}

  static final String FORMAT_KEY = "format";
  static final String FORMAT = "xinlu/1";

  static final ImmutableList<String> TOP =
      ImmutableList.of("format", "profile", "strategies", "scenarios", "targets", "uncertainty", "search",
          "checks");
  static final ImmutableList<String> PROFILE =
      ImmutableList.of("name", "base-year", "population", "population-growth", "sectors", "input-output-table",
          "public-finance", "labour-market");
  static final ImmutableList<String> PUBLIC_FINANCE = ImmutableList.of("base-year-revenue", "rates");
  static final ImmutableList<String> RATES = ImmutableList.of("sector", "resource-tax", "vat", "income-tax");
  static final ImmutableList<String> LABOUR_MARKET = ImmutableList.of("age-bands", "skill-levels", "cohorts",
      "sector-shares", "wages");
  static final ImmutableList<String> COHORT = ImmutableList.of("age-band", "skill-level", "share", "retirement-rate",
      "out-migration-rate", "reemployment-weight");
  static final ImmutableList<String> SECTOR = ImmutableList.of("id", "name", "group", "tags", "value-added",
      "employment", "energy", "emission-factor", "growth", "productivity-growth", "energy-intensity-decline",
      "energy-intensity", "labour-productivity", "resource");
  static final ImmutableList<String> RESOURCE = ImmutableList.of("stock", "extraction-intensity", "unit");
  static final ImmutableList<String> COLUMN = ImmutableList.of("sector", "value-added-ratio", "inputs");
  static final ImmutableList<String> STRATEGY = ImmutableList.of("id", "name", "description", "projects");
  static final ImmutableList<String> PROJECT = ImmutableList.of("id", "name", "description", "start", "full-effect",
      "end", "ramp", "capital-cost", "prerequisites", "effects", "closed-assets");
  static final ImmutableList<String> CLOSED_ASSETS = ImmutableList.of("capital", "built", "life", "sector");
  static final ImmutableList<String> EFFECT = ImmutableList.of("kind", "sector", "tag", "size");
  static final ImmutableList<String> SCENARIO = ImmutableList.of("name", "description", "parent", "end-year",
      "adoptions", "project-overrides", "growth-overrides", "macro-shock", "emission-factor-paths",
      "reemployment-rate", "population-path", "price-paths");
  static final ImmutableList<String> ADOPTION = ImmutableList.of("strategy", "intensity", "start-shift");
  static final ImmutableList<String> OVERRIDE = ImmutableList.of("project", "include", "delay", "scale");
  static final ImmutableList<String> PATH = ImmutableList.of("interpolation", "values");
  static final ImmutableList<String> SECTOR_PATH = ImmutableList.of("sector", "interpolation", "values");
  static final ImmutableList<String> SELECTOR_PATH = ImmutableList.of("sector", "tag", "interpolation", "values");
  static final ImmutableList<String> TARGET = ImmutableList.of("id", "kind", "indicator", "at-least", "at-most",
      "base-year", "year", "from", "to", "description", "source");
  static final ImmutableMap<String, ImmutableList<String>> TARGET_KINDS = ImmutableMap.of(
      "level", ImmutableList.of("indicator", "at-least", "at-most", "year"),
      "change", ImmutableList.of("indicator", "at-least", "at-most", "base-year", "year"),
      "cap", ImmutableList.of("indicator", "at-most", "from", "to"),
      "peak", ImmutableList.of("indicator", "year"));
  static final ImmutableList<String> TARGET_COMMON = ImmutableList.of("id", "kind", "description", "source");
  static final ImmutableList<String> UNCERTAINTY = ImmutableList.of("parameters", "levers", "rank-correlation");
  static final ImmutableList<String> LEVER = ImmutableList.of("lever", "values");
  static final ImmutableList<String> CORRELATION = ImmutableList.of("matrix", "pairs");
  static final ImmutableList<String> PAIR = ImmutableList.of("a", "b", "rho");
  static final ImmutableList<String> SEARCH = ImmutableList.of("scenario", "kind", "decisions", "objectives",
      "constraints", "robustness", "futures", "plan", "algorithm");
  static final ImmutableList<String> CHECK = ImmutableList.of("name", "kind", "indicator", "scenarios", "years", "year",
      "scenario", "at-least", "at-most", "from", "to", "note");
  /** The keys of each kind of model check, beside {@link #CHECK_COMMON}. */
  static final ImmutableMap<String, ImmutableList<String>> CHECK_KINDS = ImmutableMap.of(
      "bound", ImmutableList.of("indicator", "scenarios", "years", "at-least", "at-most"),
      "peak-year", ImmutableList.of("indicator", "scenarios", "from", "to"),
      "order", ImmutableList.of("indicator", "year", "scenario", "at-least", "at-most"));
  static final ImmutableList<String> CHECK_COMMON = ImmutableList.of("name", "kind", "note");
  static final ImmutableList<String> SEARCH_LEVER = ImmutableList.of("lever", "lo", "hi");
  static final ImmutableList<String> SEARCH_OBJECTIVE = ImmutableList.of("indicator", "reduce", "year", "from", "to",
      "target", "sense");
  static final ImmutableList<String> SEARCH_CONSTRAINT = ImmutableList.of("target", "budget", "limit");
  static final ImmutableList<String> ROBUSTNESS = ImmutableList.of("metrics", "satisficing");
  static final ImmutableList<String> FUTURES = ImmutableList.of("count", "seed");
  static final ImmutableList<String> ALGORITHM = ImmutableList.of("name", "population", "epsilons", "evaluations",
      "stall-generations", "seed", "checkpoint-every");
  /** The reductions of a search objective by their file names. */
  static final ImmutableBiMap<String, io.xinlu.decision.city.Objective.Reduction> REDUCTIONS =
      ImmutableBiMap.of("year", io.xinlu.decision.city.Objective.Reduction.IN_YEAR,
          "sum", io.xinlu.decision.city.Objective.Reduction.SUM,
          "peak", io.xinlu.decision.city.Objective.Reduction.PEAK,
          "first-year-met", io.xinlu.decision.city.Objective.Reduction.FIRST_YEAR_MET);
  /** The senses of a search objective by their file names. */
  static final ImmutableBiMap<String, io.xinlu.decision.Robustness.Sense> SENSES =
      ImmutableBiMap.of("minimise", io.xinlu.decision.Robustness.Sense.MINIMISE,
          "maximise", io.xinlu.decision.Robustness.Sense.MAXIMISE);

  /** The distribution kinds of the file and the keys each takes besides {@code parameter} and {@code distribution}. */
  static final ImmutableMap<String, ImmutableList<String>> DISTRIBUTIONS = ImmutableMap.<String, ImmutableList<String>>builder()
      .put("uniform", ImmutableList.of("lo", "hi"))
      .put("triangular", ImmutableList.of("lo", "mode", "hi"))
      .put("pert", ImmutableList.of("lo", "mode", "hi"))
      .put("normal", ImmutableList.of("mean", "sd"))
      .put("truncated-normal", ImmutableList.of("mean", "sd", "lo", "hi"))
      .put("lognormal", ImmutableList.of("mu", "sigma", "mean", "sd"))
      .put("discrete", ImmutableList.of("values", "probabilities"))
      .put("choice", ImmutableList.of("values"))
      .put("constant", ImmutableList.of("value"))
      .buildOrThrow();
  /** The core's distribution kinds by file kind, where they differ. */
  static final ImmutableBiMap<String, String> CORE_DISTRIBUTION = ImmutableBiMap.of("truncated-normal", "truncatedNormal");

  static final ImmutableBiMap<String, Effect.Kind> EFFECT_KINDS = ImmutableBiMap.<String, Effect.Kind>builder()
      .put("new-capacity", Effect.Kind.NEW_CAPACITY)
      .put("scale-demand", Effect.Kind.SCALE_DEMAND)
      .put("growth-shift", Effect.Kind.GROWTH_SHIFT)
      .put("energy-intensity", Effect.Kind.ENERGY_INTENSITY)
      .put("emission-factor", Effect.Kind.EMISSION_FACTOR)
      .put("productivity", Effect.Kind.PRODUCTIVITY)
      .put("reemployment", Effect.Kind.REEMPLOYMENT)
      .buildOrThrow();

  /** The file's name of an effect kind: {@code new-capacity}, ... */
  static String effectKey(Effect.Kind kind) {
    return EFFECT_KINDS.inverse().get(kind);
  }

  /** The file's name of a core distribution kind: {@code truncated-normal} for {@code truncatedNormal}. */
  static String distributionKey(String coreKind) {
    String k = CORE_DISTRIBUTION.inverse().get(coreKind);
    return k == null ? coreKind : k;
  }
}
