package io.xinlu.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.xinlu.check.ModelCheck;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Cohort;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.LabourMarket;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.indicator.Target;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.StrategyAdoption;
import io.xinlu.scenario.YearPath;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.Lever;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sampling.UncertainParameter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link ScenarioDocument} in format {@code xinlu/1}: keys in the order of {@link Keys}, values equal to
 * their defaults left out, numbers as Jackson writes doubles (the shortest text that reads back as the same double),
 * {@code \n} line ends and a final line end. The same document always gives the same bytes.
 */
final class DocumentWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper YAML = new ObjectMapper(new YamlOutput(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .stringQuotingChecker(new PlainScalars())));
  private static final ObjectWriter JSON = new ObjectMapper().writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator("")));

  private DocumentWriter() {}

  static String write(ScenarioDocument d, FileFormat format) {
    ObjectNode root = tree(d);
    try {
      return format == FileFormat.YAML ? YAML.writeValueAsString(root) : JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree(ScenarioDocument d) {
    ObjectNode root = NODES.objectNode();
    root.put(Keys.FORMAT_KEY, Keys.FORMAT);
    d.profile().ifPresent(p -> root.set("profile", profile(p)));
    if (!d.strategies().isEmpty()) {
      ArrayNode a = root.putArray("strategies");
      d.strategies().forEach(s -> a.add(strategy(s)));
    }
    if (!d.scenarios().isEmpty()) {
      ArrayNode a = root.putArray("scenarios");
      d.scenarios().forEach(s -> a.add(scenario(s)));
    }
    if (!d.targets().isEmpty()) {
      ArrayNode a = root.putArray("targets");
      d.targets().forEach(t -> a.add(target(t)));
    }
    d.uncertainty().ifPresent(u -> root.set("uncertainty", uncertainty(u)));
    d.search().ifPresent(x -> root.set("search", search(x)));
    if (!d.checks().isEmpty()) {
      ArrayNode a = root.putArray("checks");
      d.checks().forEach(c -> a.add(check(c)));
    }
    return root;
  }

  // ---- profile ---------------------------------------------------------------------------------------------

  private static ObjectNode profile(CityProfile p) {
    ObjectNode o = NODES.objectNode();
    o.put("name", p.name());
    o.put("base-year", p.baseYear());
    p.population().ifPresent(x -> number(o, "population", x));
    nonZero(o, "population-growth", p.populationGrowth());
    ArrayNode sectors = o.putArray("sectors");
    p.sectors().forEach(s -> sectors.add(sector(s)));
    p.inputOutputTable().ifPresent(t -> o.set("input-output-table", table(t)));
    p.publicFinance().ifPresent(f -> {
      ObjectNode x = o.putObject("public-finance");
      number(x, "base-year-revenue", f.baseYearRevenue());
      ArrayNode rates = x.putArray("rates");
      f.rates().forEach((sector, r) -> {
        ObjectNode y = rates.addObject();
        y.put("sector", sector);
        nonZero(y, "resource-tax", r.resourceTax());
        nonZero(y, "vat", r.vat());
        nonZero(y, "income-tax", r.incomeTax());
      });
    });
    p.labourMarket().ifPresent(m -> o.set("labour-market", labourMarket(m)));
    return o;
  }

  private static ObjectNode labourMarket(LabourMarket m) {
    ObjectNode o = NODES.objectNode();
    ArrayNode bands = o.putArray("age-bands");
    m.ageBands().forEach(bands::add);
    ArrayNode levels = o.putArray("skill-levels");
    m.skillLevels().forEach(levels::add);
    ArrayNode cohorts = o.putArray("cohorts");
    for (Cohort c : m.cohorts()) {
      ObjectNode k = cohorts.addObject();
      k.put("age-band", c.ageBand());
      k.put("skill-level", c.skillLevel());
      number(k, "share", c.share());
      number(k, "retirement-rate", c.retirementRate());
      number(k, "out-migration-rate", c.outMigrationRate());
      number(k, "reemployment-weight", c.reemploymentWeight());
    }
    if (!m.sectorShares().isEmpty()) {
      ObjectNode shares = o.putObject("sector-shares");
      m.sectorShares().forEach((id, list) -> {
        ArrayNode a = shares.putArray(id);
        list.forEach(x -> number(a, x));
      });
    }
    if (!m.wages().isEmpty()) {
      ObjectNode wages = o.putObject("wages");
      m.wages().forEach((id, w) -> number(wages, id, w));
    }
    return o;
  }

  private static ObjectNode sector(Sector s) {
    ObjectNode o = NODES.objectNode();
    o.put("id", s.id());
    if (!s.name().equals(s.id())) {
      o.put("name", s.name());
    }
    o.put("group", s.group().name().toLowerCase(Locale.ROOT));
    if (!s.tags().isEmpty()) {
      ArrayNode tags = o.putArray("tags");
      s.tags().forEach(tags::add);
    }
    number(o, "value-added", s.valueAdded());
    s.employment().ifPresent(x -> number(o, "employment", x));
    nonZero(o, "energy", s.energy());
    nonZero(o, "emission-factor", s.emissionFactor());
    nonZero(o, "growth", s.growth());
    nonZero(o, "productivity-growth", s.productivityGrowth());
    nonZero(o, "energy-intensity-decline", s.energyIntensityDecline());
    s.energyIntensity().ifPresent(x -> number(o, "energy-intensity", x));
    s.labourProductivity().ifPresent(x -> number(o, "labour-productivity", x));
    s.resource().ifPresent(r -> o.set("resource", resource(r)));
    return o;
  }

  private static ObjectNode resource(ResourceStock r) {
    ObjectNode o = NODES.objectNode();
    number(o, "stock", r.stock());
    number(o, "extraction-intensity", r.extractionIntensity());
    if (!r.unit().equals("Mt")) {
      o.put("unit", r.unit());
    }
    return o;
  }

  private static ArrayNode table(InputOutputTable t) {
    ArrayNode columns = NODES.arrayNode();
    double[][] a = t.coefficients();
    double[] v = t.valueAddedRatios();
    List<String> ids = t.sectorIds();
    for (int j = 0; j < ids.size(); j++) {
      ObjectNode c = columns.addObject();
      c.put("sector", ids.get(j));
      number(c, "value-added-ratio", v[j]);
      ObjectNode inputs = NODES.objectNode();
      for (int i = 0; i < ids.size(); i++) {
        nonZero(inputs, ids.get(i), a[i][j]);
      }
      if (!inputs.isEmpty()) {
        c.set("inputs", inputs);
      }
    }
    return columns;
  }

  // ---- strategies ------------------------------------------------------------------------------------------

  private static ObjectNode strategy(Strategy s) {
    ObjectNode o = NODES.objectNode();
    o.put("id", s.id());
    if (!s.name().equals(s.id())) {
      o.put("name", s.name());
    }
    if (!s.description().isEmpty()) {
      o.put("description", s.description());
    }
    if (!s.projects().isEmpty()) {
      ArrayNode a = o.putArray("projects");
      s.projects().forEach(p -> a.add(project(p)));
    }
    return o;
  }

  private static ObjectNode project(Project p) {
    ObjectNode o = NODES.objectNode();
    o.put("id", p.id());
    if (!p.name().equals(p.id())) {
      o.put("name", p.name());
    }
    if (!p.description().isEmpty()) {
      o.put("description", p.description());
    }
    o.put("start", p.start());
    o.put("full-effect", p.fullEffect());
    p.end().ifPresent(e -> o.put("end", e));
    o.put("ramp", p.ramp().name().toLowerCase(Locale.ROOT));
    nonZero(o, "capital-cost", p.capitalCost());
    if (!p.prerequisites().isEmpty()) {
      ArrayNode a = o.putArray("prerequisites");
      p.prerequisites().forEach(a::add);
    }
    if (!p.effects().isEmpty()) {
      ArrayNode a = o.putArray("effects");
      for (Effect e : p.effects()) {
        ObjectNode x = a.addObject();
        x.put("kind", Keys.effectKey(e.kind()));
        e.selector().ifPresent(s -> selector(x, s));
        number(x, "size", e.size());
      }
    }
    p.closedAssets().ifPresent(c -> {
      ObjectNode x = o.putObject("closed-assets");
      number(x, "capital", c.capital());
      x.put("built", c.builtYear());
      number(x, "life", c.life());
      c.sector().ifPresent(s -> x.put("sector", s));
    });
    return o;
  }

  private static void selector(ObjectNode o, SectorSelector s) {
    o.put(s.isTag() ? "tag" : "sector", s.name());
  }

  // ---- scenarios -------------------------------------------------------------------------------------------

  private static ObjectNode scenario(Scenario s) {
    ObjectNode o = NODES.objectNode();
    o.put("name", s.name());
    if (!s.description().isEmpty()) {
      o.put("description", s.description());
    }
    s.parent().ifPresent(p -> o.put("parent", p));
    s.endYear().ifPresent(e -> o.put("end-year", e));
    if (!s.adoptions().isEmpty()) {
      ArrayNode a = o.putArray("adoptions");
      for (Map.Entry<String, StrategyAdoption> e : s.adoptions().entrySet()) {
        ObjectNode x = a.addObject();
        x.put("strategy", e.getKey());
        if (Double.doubleToRawLongBits(e.getValue().intensity())
            != Double.doubleToRawLongBits(StrategyAdoption.DEFAULT_INTENSITY)) {
          number(x, "intensity", e.getValue().intensity());
        }
        nonZero(x, "start-shift", e.getValue().startShift());
      }
    }
    if (!s.projectOverrides().isEmpty()) {
      ArrayNode a = o.putArray("project-overrides");
      for (Map.Entry<String, ProjectOverride> e : s.projectOverrides().entrySet()) {
        ObjectNode x = a.addObject();
        x.put("project", e.getKey());
        e.getValue().included().ifPresent(i -> x.put("include", i));
        e.getValue().delayYears().ifPresent(d -> number(x, "delay", d));
        e.getValue().scaleFactor().ifPresent(f -> number(x, "scale", f));
      }
    }
    if (!s.growthOverrides().isEmpty()) {
      ArrayNode a = o.putArray("growth-overrides");
      s.growthOverrides().forEach((sector, path) -> {
        ObjectNode x = a.addObject();
        x.put("sector", sector);
        path(x, path);
      });
    }
    s.macroShock().ifPresent(p -> path(o.putObject("macro-shock"), p));
    if (!s.emissionFactorPaths().isEmpty()) {
      ArrayNode a = o.putArray("emission-factor-paths");
      s.emissionFactorPaths().forEach((sel, path) -> {
        ObjectNode x = a.addObject();
        selector(x, sel);
        path(x, path);
      });
    }
    s.reemploymentRate().ifPresent(r -> number(o, "reemployment-rate", r));
    s.populationPath().ifPresent(p -> path(o.putObject("population-path"), p));
    if (!s.pricePaths().isEmpty()) {
      ArrayNode a = o.putArray("price-paths");
      s.pricePaths().forEach((sel, path) -> {
        ObjectNode x = a.addObject();
        selector(x, sel);
        path(x, path);
      });
    }
    return o;
  }

  private static void path(ObjectNode o, YearPath p) {
    o.put("interpolation", p.interpolation().name().toLowerCase(Locale.ROOT));
    ObjectNode values = o.putObject("values");
    p.points().forEach((year, value) -> number(values, Integer.toString(year), value));
  }

  // ---- targets ---------------------------------------------------------------------------------------------

  private static ObjectNode target(Target t) {
    ObjectNode o = NODES.objectNode();
    o.put("id", t.id());
    if (t instanceof Target.Level l) {
      o.put("kind", "level");
      o.put("indicator", l.indicator().id());
      number(o, l.comparison() == Target.Comparison.AT_LEAST ? "at-least" : "at-most", l.threshold());
      o.put("year", l.year());
    } else if (t instanceof Target.Change c) {
      o.put("kind", "change");
      o.put("indicator", c.indicator().id());
      number(o, c.comparison() == Target.Comparison.AT_LEAST ? "at-least" : "at-most", c.threshold());
      o.put("base-year", c.baseYear());
      o.put("year", c.year());
    } else if (t instanceof Target.Cap c) {
      o.put("kind", "cap");
      o.put("indicator", c.indicator().id());
      number(o, "at-most", c.max());
      o.put("from", c.fromYear());
      o.put("to", c.toYear());
    } else {
      Target.Peak p = (Target.Peak) t;
      o.put("kind", "peak");
      o.put("indicator", p.indicator().id());
      o.put("year", p.year());
    }
    if (!t.description().isEmpty()) {
      o.put("description", t.description());
    }
    if (!t.source().isEmpty()) {
      o.put("source", t.source());
    }
    return o;
  }

  // ---- uncertainty -----------------------------------------------------------------------------------------

  private static ObjectNode uncertainty(ParameterSpace space) {
    ObjectNode o = NODES.objectNode();
    if (!space.parameters().isEmpty()) {
      ArrayNode a = o.putArray("parameters");
      space.parameters().forEach(p -> a.add(parameter(p)));
    }
    if (!space.levers().isEmpty()) {
      ArrayNode a = o.putArray("levers");
      for (Lever l : space.levers()) {
        ObjectNode x = a.addObject();
        x.put("lever", l.name());
        ArrayNode values = x.putArray("values");
        l.values().forEach(v -> number(values, v));
      }
    }
    if (space.isCorrelated()) {
      ArrayNode m = o.putObject("rank-correlation").putArray("matrix");
      for (double[] row : space.rankCorrelation()) {
        ArrayNode r = m.addArray();
        for (double x : row) {
          number(r, x);
        }
      }
    }
    return o;
  }

  private static ObjectNode parameter(UncertainParameter p) {
    ObjectNode o = NODES.objectNode();
    o.put("parameter", p.name());
    Distribution d = p.distribution();
    String kind = Keys.distributionKey(d.kind());
    o.put("distribution", kind);
    List<Double> x = d.parameters();
    switch (kind) {
      case "uniform" -> {
        number(o, "lo", x.get(0));
        number(o, "hi", x.get(1));
      }
      case "triangular", "pert" -> {
        number(o, "lo", x.get(0));
        number(o, "mode", x.get(1));
        number(o, "hi", x.get(2));
      }
      case "normal" -> {
        number(o, "mean", x.get(0));
        number(o, "sd", x.get(1));
      }
      case "truncated-normal" -> {
        number(o, "mean", x.get(0));
        number(o, "sd", x.get(1));
        if (Double.isFinite(x.get(2))) {
          number(o, "lo", x.get(2));
        }
        if (Double.isFinite(x.get(3))) {
          number(o, "hi", x.get(3));
        }
      }
      case "lognormal" -> {
        number(o, "mu", x.get(0));
        number(o, "sigma", x.get(1));
      }
      case "discrete" -> {
        int n = x.size() / 2;
        ArrayNode values = o.putArray("values");
        x.subList(0, n).forEach(v -> number(values, v));
        ArrayNode probabilities = o.putArray("probabilities");
        x.subList(n, 2 * n).forEach(v -> number(probabilities, v));
      }
      case "choice" -> {
        ArrayNode values = o.putArray("values");
        x.subList(0, x.size() / 2).forEach(v -> number(values, v));
      }
      case "constant" -> number(o, "value", x.get(0));
      default -> throw new IllegalArgumentException("cannot write a distribution of kind '" + d.kind() + "'");
    }
    return o;
  }

  // ---- search ----------------------------------------------------------------------------------------------

  private static ObjectNode search(SearchSpec s) {
    ObjectNode o = NODES.objectNode();
    o.put("scenario", s.scenario());
    o.put("kind", s.kind().key());
    ArrayNode decisions = o.putArray("decisions");
    for (SearchSpec.Lever l : s.levers()) {
      ObjectNode x = decisions.addObject();
      x.put("lever", l.path());
      if (!l.carriedOut()) {
        number(x, "lo", l.lo());
        number(x, "hi", l.hi());
      }
    }
    ArrayNode objectives = o.putArray("objectives");
    for (SearchSpec.ObjectiveSpec g : s.objectives()) {
      ObjectNode x = objectives.addObject();
      g.indicator().ifPresent(i -> x.put("indicator", i));
      if (g.reduction() != io.xinlu.decision.city.Objective.Reduction.IN_YEAR) {
        x.put("reduce", Keys.REDUCTIONS.inverse().get(g.reduction()));
      }
      g.year().ifPresent(y -> x.put("year", y));
      g.from().ifPresent(y -> x.put("from", y));
      g.to().ifPresent(y -> x.put("to", y));
      g.target().ifPresent(t -> x.put("target", t));
      if (g.reduction() != io.xinlu.decision.city.Objective.Reduction.FIRST_YEAR_MET) {
        x.put("sense", Keys.SENSES.inverse().get(g.sense()));
      }
    }
    if (!s.constraints().isEmpty()) {
      ArrayNode constraints = o.putArray("constraints");
      for (SearchSpec.ConstraintSpec c : s.constraints()) {
        ObjectNode x = constraints.addObject();
        c.target().ifPresent(t -> x.put("target", t));
        c.budget().ifPresent(b -> x.put("budget", b));
        c.limit().ifPresent(v -> number(x, "limit", v));
      }
    }
    if (s.kind() == SearchSpec.Kind.ROBUST) {
      ObjectNode r = o.putObject("robustness");
      if (!s.metrics().isEmpty()) {
        ArrayNode m = r.putArray("metrics");
        s.metrics().forEach(m::add);
      }
      if (!s.satisficing().isEmpty()) {
        ArrayNode m = r.putArray("satisficing");
        s.satisficing().forEach(m::add);
      }
    }
    s.futures().ifPresent(f -> {
      ObjectNode x = o.putObject("futures");
      x.put("count", f.count());
      if (f.seed() != 0) {
        x.put("seed", f.seed());
      }
    });
    s.plan().ifPresent(p -> {
      ArrayNode a = o.putArray("plan");
      p.forEach(v -> number(a, v));
    });
    SearchSpec.AlgorithmSettings a = s.algorithm();
    ObjectNode x = o.putObject("algorithm");
    x.put("name", a.name());
    if (a.population() != 100) {
      x.put("population", a.population());
    }
    ArrayNode e = x.putArray("epsilons");
    a.epsilons().forEach(v -> number(e, v));
    if (a.evaluations() != 0) {
      x.put("evaluations", a.evaluations());
    }
    if (a.stallGenerations() != 0) {
      x.put("stall-generations", a.stallGenerations());
    }
    if (a.seed() != 0) {
      x.put("seed", a.seed());
    }
    if (a.checkpointEvery() != 0) {
      x.put("checkpoint-every", a.checkpointEvery());
    }
    return o;
  }

  // ---- checks ----------------------------------------------------------------------------------------------

  private static ObjectNode check(ModelCheck c) {
    ObjectNode o = NODES.objectNode();
    o.put("name", c.name());
    o.put("kind", c instanceof ModelCheck.Bound ? "bound" : c instanceof ModelCheck.PeakYear ? "peak-year" : "order");
    o.put("indicator", c.indicator().id());
    if (c instanceof ModelCheck.Bound b) {
      if (!b.scenarios().isEmpty()) {
        ArrayNode a = o.putArray("scenarios");
        b.scenarios().forEach(a::add);
      }
      ArrayNode years = o.putArray("years");
      b.years().forEach(years::add);
      b.min().ifPresent(x -> number(o, "at-least", x));
      b.max().ifPresent(x -> number(o, "at-most", x));
    } else if (c instanceof ModelCheck.PeakYear p) {
      if (!p.scenarios().isEmpty()) {
        ArrayNode a = o.putArray("scenarios");
        p.scenarios().forEach(a::add);
      }
      o.put("from", p.from());
      o.put("to", p.to());
    } else {
      ModelCheck.Order r = (ModelCheck.Order) c;
      o.put("year", r.year());
      o.put("scenario", r.first());
      o.put(r.relation().key(), r.second());
    }
    if (!c.note().isEmpty()) {
      o.put("note", c.note());
    }
    return o;
  }

  // ---- numbers ---------------------------------------------------------------------------------------------

  private static void number(ObjectNode o, String key, double x) {
    o.put(key, finite(key, x));
  }

  private static void number(ArrayNode a, double x) {
    a.add(finite("a list", x));
  }

  /** Writes {@code x} unless it is exactly {@code +0.0}, the default ({@code -0.0} is written). */
  private static void nonZero(ObjectNode o, String key, double x) {
    if (Double.doubleToRawLongBits(x) != 0L) {
      number(o, key, x);
    }
  }

  private static double finite(String key, double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("cannot write " + x + " as '" + key + "': a scenario file holds finite "
          + "numbers only (validate the model before writing it)");
    }
    return x;
  }
}
