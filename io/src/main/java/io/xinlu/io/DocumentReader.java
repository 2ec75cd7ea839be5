package io.xinlu.io;

import static io.xinlu.PathSegment.Kind.COHORT;
import static io.xinlu.PathSegment.Kind.COLUMN;
import static io.xinlu.PathSegment.Kind.EFFECT;
import static io.xinlu.PathSegment.Kind.INPUT;
import static io.xinlu.PathSegment.Kind.ITEM;
import static io.xinlu.PathSegment.Kind.LEVER;
import static io.xinlu.PathSegment.Kind.PAIR;
import static io.xinlu.PathSegment.Kind.PARAMETER;
import static io.xinlu.PathSegment.Kind.PREREQUISITE;
import static io.xinlu.PathSegment.Kind.PROFILE;
import static io.xinlu.PathSegment.Kind.PROJECT;
import static io.xinlu.PathSegment.Kind.ROW;
import static io.xinlu.PathSegment.Kind.SCENARIO;
import static io.xinlu.PathSegment.Kind.SECTOR;
import static io.xinlu.PathSegment.Kind.SELECTOR;
import static io.xinlu.PathSegment.Kind.STRATEGY;
import static io.xinlu.PathSegment.Kind.TAG;
import static io.xinlu.PathSegment.Kind.TARGET;
import static io.xinlu.PathSegment.named;
import static io.xinlu.PathSegment.numbered;
import static io.xinlu.PathSegment.unnamed;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Doubles;
import io.xinlu.InvalidModelException;
import io.xinlu.PathSegment;
import io.xinlu.Problem;
import io.xinlu.check.ModelCheck;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Cohort;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.PublicFinance;
import io.xinlu.economy.TaxRates;
import io.xinlu.economy.LabourMarket;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.ParameterPath;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.indicator.Target;
import io.xinlu.policy.ClosedAssets;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps a {@link Node} tree of format {@code xinlu/1} to the core's builders, collecting every problem with its place
 * and model path, then lets the core check what it checks (a profile on its own; the model in
 * {@link ScenarioFiles#load}) and places the core's problems by their model paths. One instance reads one file.
 */
final class DocumentReader {
  private static final Pattern YEAR = Pattern.compile("-?\\d{1,6}");

  private final Issues issues;
  private final Located at;
  /** One segment per field label, shared by the paths of this file. */
  private final Map<String, PathSegment> labels = new HashMap<>();

  private DocumentReader(String file, Issues issues) {
    this.issues = issues;
    this.at = new Located(file);
  }

  /** Reads a parsed file into a document; problems go to {@code issues}. */
  static ScenarioDocument read(Node root, String file, Issues issues) {
    return new DocumentReader(file, issues).document(root);
  }

  /** A located but empty document, for a file that could not be read or parsed. */
  static ScenarioDocument empty(String file) {
    return ScenarioDocument.builder().build(new Located(file));
  }

  // ---- the document ----------------------------------------------------------------------------------------

  private ScenarioDocument document(Node root) {
    ScenarioDocument.Builder b = ScenarioDocument.builder();
    if (!(root instanceof Node.Obj o)) {
      problem(root.loc(), List.of(), "a Xinlu file is a mapping whose first key is 'format: xinlu/1', got "
          + root.describe());
      return b.build(at);
    }
    if (!format(o)) {
      return b.build(at);
    }
    at.sectionsRead = true;
    for (Node.Field f : o.fields().values()) {
      at.sections.put(f.key(), f.keyLoc());
    }
    unknownKeys(o, List.of(), Keys.TOP, "a Xinlu file");
    field(o, "profile").ifPresent(n -> profile(n).ifPresent(b::profile));
    field(o, "strategies").ifPresent(n -> b.strategies(list(n, List.of(label("strategies")), "the strategies", this::strategy)));
    field(o, "scenarios").ifPresent(n -> b.scenarios(list(n, List.of(label("scenarios")), "the scenarios", this::scenario)));
    field(o, "targets").ifPresent(n -> b.targets(list(n, List.of(label("targets")), "the targets", this::target)));
    field(o, "uncertainty").ifPresent(n -> uncertainty(n).ifPresent(b::uncertainty));
    field(o, "search").ifPresent(n -> search(n).ifPresent(b::search));
    field(o, "checks").ifPresent(n -> b.checks(list(n, List.of(label("checks")), "the checks", this::check)));
    return b.build(at);
  }

  private boolean format(Node.Obj o) {
    Node.Field f = o.fields().get(Keys.FORMAT_KEY);
    if (f == null) {
      problem(o.loc(), List.of(), "missing key 'format': a Xinlu file starts with 'format: " + Keys.FORMAT + "'");
      return false;
    }
    if (!(f.value() instanceof Node.Scalar s) || s.type() != Node.Type.STRING) {
      problem(f.value().loc(), List.of(label("format")), "must be the string '" + Keys.FORMAT + "', got "
          + f.value().describe());
      return false;
    }
    String v = s.text().trim();
    if (v.equals(Keys.FORMAT)) {
      return true;
    }
    if (v.startsWith("xinlu/")) {
      problem(s.loc(), List.of(label("format")), "unknown format version '" + v + "': this version of Xinlu reads "
          + Keys.FORMAT + " only");
    } else {
      problem(s.loc(), List.of(label("format")), "'" + v + "' is not a Xinlu format; a Xinlu file starts with 'format: "
          + Keys.FORMAT + "'");
    }
    return false;
  }

  // ---- profile ---------------------------------------------------------------------------------------------

  private Optional<CityProfile> profile(Node n) {
    String name = peek(n, "name").orElse("?");
    List<PathSegment> path = List.of(named(PROFILE, name));
    Optional<In> o = obj(n, path, at.profile, "the profile", Keys.PROFILE);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    int before = issues.size();
    In in = o.get();
    at.profile.put(List.of(), n.loc());
    Optional<String> nm = in.string("name", "name", true);
    OptionalInt baseYear = in.integer("base-year", "base year", true);
    OptionalDouble population = in.number("population", "population", "thousand persons", false);
    OptionalDouble growth = in.number("population-growth", "population growth", "fraction per year", false);
    List<Sector> sectors = new ArrayList<>();
    in.list("sectors", "sectors", true).ifPresent(items -> {
      for (int i = 0; i < items.size(); i++) {
        sector(items.get(i), path, i).ifPresent(sectors::add);
      }
    });
    Optional<InputOutputTable> table = in.list("input-output-table", "input-output table", false)
        .flatMap(items -> table(items, in.at("input-output table")));
    Optional<PublicFinance> finance = in.map("public-finance", "public finance", false)
        .flatMap(f -> publicFinance(f, in.at("public finance")));
    Optional<LabourMarket> market = in.map("labour-market", "labour market", false)
        .flatMap(m -> labourMarket(m, in.at("labour market")));
    if (issues.size() > before || nm.isEmpty() || baseYear.isEmpty()) {
      return Optional.empty();
    }
    CityProfile.Builder b = CityProfile.builder().name(nm.get()).baseYear(baseYear.getAsInt()).addAllSectors(sectors);
    finance.ifPresent(b::publicFinance);
    table.ifPresent(b::inputOutputTable);
    market.ifPresent(b::labourMarket);
    population.ifPresent(b::population);
    growth.ifPresent(b::populationGrowth);
    try {
      return Optional.of(b.build());
    } catch (InvalidModelException e) {
      place(e, at.profile, n.loc());
      return Optional.empty();
    }
  }

  /** Reads the profile's budget: the official base-year revenue and the rates by sector (each rate 0 if not given). */
  private Optional<PublicFinance> publicFinance(Node.Obj n, List<PathSegment> path) {
    Optional<In> o = obj(n, path, at.profile, "the public finance", Keys.PUBLIC_FINANCE);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    int before = issues.size();
    OptionalDouble revenue = in.number("base-year-revenue", "base-year revenue", "billion CNY", true);
    Map<String, TaxRates> rates = new LinkedHashMap<>();
    in.list("rates", "rates", false).ifPresent(items -> {
      Map<String, Loc> seen = new HashMap<>();
      for (Node item : items) {
        List<PathSegment> p = append(path, peek(item, "sector").<PathSegment>map(s -> named(SECTOR, s))
            .orElse(unnamed(SECTOR)));
        obj(item, p, at.profile, "the rates of a sector", Keys.RATES).ifPresent(r -> {
          Optional<String> sector = r.string("sector", "sector", true);
          OptionalDouble res = r.number("resource-tax", "resource tax", "fraction of sales in [0, 1]", false);
          OptionalDouble vat = r.number("vat", "vat", "fraction of value added in [0, 1]", false);
          OptionalDouble eit = r.number("income-tax", "income tax", "fraction of value added in [0, 1]", false);
          if (sector.isPresent() && once(seen, sector.get(), r.loc("sector"), p, "sector")) {
            rates.put(sector.get(), TaxRates.of(res.orElse(0.0), vat.orElse(0.0), eit.orElse(0.0)));
          }
        });
      }
    });
    if (issues.size() > before || revenue.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(PublicFinance.of(revenue.getAsDouble(), rates));
  }

  private Optional<Sector> sector(Node n, List<PathSegment> profilePath, int i) {
    List<PathSegment> path = append(profilePath, peek(n, "id").<PathSegment>map(id -> named(SECTOR, id, i))
        .orElse(numbered(SECTOR, i + 1)));
    Optional<In> o = obj(n, path, at.profile, "a sector", Keys.SECTOR);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    int before = issues.size();
    Optional<String> id = in.string("id", "id", true);
    Optional<String> name = in.string("name", "name", false);
    Optional<SectorGroup> group = in.choice("group", "group", true, groups());
    List<String> tags = in.strings("tags", "tags", TAG);
    OptionalDouble va = in.number("value-added", "value added", "billion CNY", true);
    OptionalDouble employment = in.number("employment", "employment", "thousand persons", false);
    OptionalDouble energy = in.number("energy", "energy", "Mtce", false);
    OptionalDouble ef = in.number("emission-factor", "emission factor", "t CO2 per tce", false);
    OptionalDouble growth = in.number("growth", "growth", "fraction per year", false);
    OptionalDouble pg = in.number("productivity-growth", "productivity growth", "fraction per year", false);
    OptionalDouble decline = in.number("energy-intensity-decline", "energy-intensity decline", "fraction per year",
        false);
    OptionalDouble ei = in.number("energy-intensity", "energy intensity", "Mtce per billion CNY", false);
    OptionalDouble lp = in.number("labour-productivity", "labour productivity", "billion CNY per thousand persons",
        false);
    Optional<ResourceStock> resource = in.map("resource", "resource", false).flatMap(r -> resource(r,
        in.at("resource")));
    if (issues.size() > before || id.isEmpty() || group.isEmpty() || va.isEmpty()) {
      return Optional.empty();
    }
    Sector.Builder b = Sector.builder().id(id.get()).group(group.get()).addAllTags(tags).valueAdded(va.getAsDouble());
    name.ifPresent(b::name);
    employment.ifPresent(b::employment);
    energy.ifPresent(b::energy);
    ef.ifPresent(b::emissionFactor);
    growth.ifPresent(b::growth);
    pg.ifPresent(b::productivityGrowth);
    decline.ifPresent(b::energyIntensityDecline);
    ei.ifPresent(b::energyIntensity);
    lp.ifPresent(b::labourProductivity);
    resource.ifPresent(b::resource);
    return Optional.of(b.build());
  }

  private Optional<ResourceStock> resource(Node.Obj n, List<PathSegment> path) {
    Optional<In> o = obj(n, path, at.profile, "a resource stock", Keys.RESOURCE);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    OptionalDouble stock = in.number("stock", "stock", "the stock's unit", true);
    OptionalDouble intensity = in.number("extraction-intensity", "extraction intensity",
        "the stock's unit per billion CNY", true);
    Optional<String> unit = in.string("unit", "unit", false);
    if (stock.isEmpty() || intensity.isEmpty()) {
      return Optional.empty();
    }
    if (unit.isPresent() && unit.get().isBlank()) {
      problem(in.loc("unit"), in.at("unit"), "must not be blank, such as Mt or bn m3");
      return Optional.empty();
    }
    return Optional.of(ResourceStock.of(stock.getAsDouble(), intensity.getAsDouble(), unit.orElse("Mt")));
  }

  private Optional<InputOutputTable> table(List<Node> columns, List<PathSegment> path) {
    int before = issues.size();
    List<String> ids = new ArrayList<>();
    List<Double> v = new ArrayList<>();
    List<Optional<Node.Obj>> inputs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < columns.size(); j++) {
      Node c = columns.get(j);
      int column = j;
      List<PathSegment> cp = append(path, peek(c, "sector").<PathSegment>map(id -> named(COLUMN, id, column))
          .orElse(numbered(COLUMN, j + 1)));
      Optional<In> o = obj(c, cp, at.profile, "a column of the input-output table", Keys.COLUMN);
      if (o.isEmpty()) {
        continue;
      }
      In in = o.get();
      Optional<String> id = in.string("sector", "sector", true);
      OptionalDouble ratio = in.number("value-added-ratio", "v", "value added per unit of gross output", true);
      Optional<Node.Obj> in2 = in.map("inputs", "inputs", false);
      if (id.isPresent() && !seen.add(id.get())) {
        problem(in.loc("sector"), cp, "sector '" + id.get() + "' has two columns in the table");
        continue;
      }
      if (id.isPresent() && ratio.isPresent()) {
        ids.add(id.get());
        v.add(ratio.getAsDouble());
        inputs.add(in2);
      }
    }
    int n = ids.size();
    double[][] a = new double[n][n];
    for (int j = 0; j < n; j++) {
      if (inputs.get(j).isEmpty()) {
        continue;
      }
      List<PathSegment> cp = append(path, named(COLUMN, ids.get(j), j));
      for (Node.Field f : inputs.get(j).get().fields().values()) {
        int i = ids.indexOf(f.key());
        List<PathSegment> ap = append(cp, named(INPUT, f.key()));
        if (i < 0) {
          problem(f.keyLoc(), cp, "inputs from unknown sector '" + f.key() + "'; the table's sectors: "
              + String.join(", ", ids));
          continue;
        }
        at.profile.put(ap, f.value().loc());
        at.profile.put(append(path, named(ROW, f.key())), f.keyLoc());
        OptionalDouble x = number(f.value(), ap, "input per unit of the column sector's gross output");
        if (x.isPresent()) {
          a[i][j] = x.getAsDouble();
        }
      }
    }
    if (issues.size() > before) {
      return Optional.empty();
    }
    return Optional.of(InputOutputTable.of(ids, a, Doubles.toArray(v)));
  }

  /**
   * The profile's labour market: names, cohorts, shares and wages read and registered under the paths the core
   * reports at ({@code labour market > cohort '16-29/low' > retirement rate}, {@code labour market > sector shares >
   * sector 'coal' > cohort '16-29/low'}, {@code labour market > wages > sector 'coal' > wage}); the core checks the
   * numbers and names against each other and the sectors when the profile is built.
   */
  private Optional<LabourMarket> labourMarket(Node.Obj n, List<PathSegment> path) {
    Optional<In> o = obj(n, path, at.profile, "a labour market", Keys.LABOUR_MARKET);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    int before = issues.size();
    List<String> bands = names(in, "age-bands", "age bands", "an age band such as 16-29");
    List<String> levels = names(in, "skill-levels", "skill levels", "a skill level such as low");
    List<Cohort> cohorts = new ArrayList<>();
    in.list("cohorts", "cohorts", true).ifPresent(items -> {
      for (int i = 0; i < items.size(); i++) {
        cohort(items.get(i), path, i).ifPresent(cohorts::add);
      }
    });
    LabourMarket.Builder b = LabourMarket.builder().addAllAgeBands(bands).addAllSkillLevels(levels)
        .addAllCohorts(cohorts);
    List<PathSegment> sp = in.at("sector shares");
    in.map("sector-shares", "sector shares", false).ifPresent(m -> {
      for (Node.Field f : m.fields().values()) {
        List<PathSegment> at1 = append(sp, named(SECTOR, f.key()));
        at.profile.put(at1, f.keyLoc());
        if (f.value() instanceof Node.Arr a) {
          for (int c = 0; c < a.items().size() && c < cohorts.size(); c++) {
            at.profile.put(append(at1, named(COHORT, cohorts.get(c).id(), c)), a.items().get(c).loc());
          }
        }
        numbers(f.value(), at1, "share of the sector's workforce, one per cohort")
            .ifPresent(x -> b.putSectorShare(f.key(), ImmutableList.copyOf(Doubles.asList(x))));
      }
    });
    List<PathSegment> wp = in.at("wages");
    in.map("wages", "wages", false).ifPresent(m -> {
      for (Node.Field f : m.fields().values()) {
        List<PathSegment> at1 = append(wp, named(SECTOR, f.key()));
        at.profile.put(at1, f.keyLoc());
        at.profile.put(append(at1, label("wage")), f.value().loc());
        number(f.value(), append(at1, label("wage")), "CNY per worker per year")
            .ifPresent(x -> b.putWage(f.key(), x));
      }
    });
    return issues.size() > before ? Optional.empty() : Optional.of(b.build());
  }

  /** A list of names (age bands, skill levels): strings without '/'. */
  private List<String> names(In in, String key, String label, String what) {
    List<String> out = new ArrayList<>();
    in.list(key, label, true).ifPresent(items -> {
      for (Node x : items) {
        if (x instanceof Node.Scalar s && s.type() == Node.Type.STRING && !s.text().isBlank()
            && s.text().indexOf('/') < 0) {
          out.add(s.text());
        } else {
          problem(x.loc(), in.at(label), "expected " + what + " (a string, not blank, without '/'), got "
              + x.describe() + (x instanceof Node.Scalar ? "; put it in quotes" : ""));
        }
      }
    });
    return out;
  }

  private Optional<Cohort> cohort(Node n, List<PathSegment> marketPath, int i) {
    Optional<String> band = peek(n, "age-band");
    Optional<String> level = peek(n, "skill-level");
    List<PathSegment> path = append(marketPath, band.isPresent() && level.isPresent()
        ? named(COHORT, band.get() + "/" + level.get(), i) : numbered(COHORT, i + 1));
    Optional<In> o = obj(n, path, at.profile, "a cohort", Keys.COHORT);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    int before = issues.size();
    Optional<String> a = in.string("age-band", "age band", true);
    Optional<String> l = in.string("skill-level", "skill level", true);
    OptionalDouble share = in.number("share", "share", "fraction of a sector's workforce", true);
    OptionalDouble retirement = in.number("retirement-rate", "retirement rate", "fraction per year", false);
    OptionalDouble migration = in.number("out-migration-rate", "out-migration rate", "fraction per year", false);
    OptionalDouble weight = in.number("reemployment-weight", "re-employment weight", "relative weight", false);
    for (Optional<String> name : List.of(a, l)) {
      if (name.isPresent() && (name.get().isBlank() || name.get().indexOf('/') >= 0)) {
        String label = name == a ? "age band" : "skill level";
        problem(in.loc(name == a ? "age-band" : "skill-level"), in.at(label), "'" + name.get()
            + "' is not a valid " + label + " name: give one that is not blank and has no '/'");
      }
    }
    if (issues.size() > before || a.isEmpty() || l.isEmpty() || share.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Cohort.of(a.get(), l.get(), share.getAsDouble(), retirement.orElse(0.0),
        migration.orElse(0.0), weight.orElse(1.0)));
  }

  // ---- strategies and projects -----------------------------------------------------------------------------

  private Optional<Strategy> strategy(Node n, int index) {
    List<PathSegment> path = List.of(peek(n, "id").<PathSegment>map(id -> named(STRATEGY, id, index))
        .orElse(numbered(STRATEGY, index + 1)));
    Optional<In> o = obj(n, path, at.model, "a strategy", Keys.STRATEGY);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    int before = issues.size();
    Optional<String> id = in.string("id", "id", true);
    Optional<String> name = in.string("name", "name", false);
    Optional<String> description = in.string("description", "description", false);
    List<Project> projects = new ArrayList<>();
    in.list("projects", "projects", false).ifPresent(items -> {
      for (int i = 0; i < items.size(); i++) {
        project(items.get(i), path, i).ifPresent(projects::add);
      }
    });
    if (issues.size() > before || id.isEmpty()) {
      return Optional.empty();
    }
    Strategy.Builder b = Strategy.builder().id(id.get()).addAllProjects(projects);
    name.ifPresent(b::name);
    description.ifPresent(b::description);
    return Optional.of(b.build());
  }

  private Optional<Project> project(Node n, List<PathSegment> strategyPath, int index) {
    List<PathSegment> path = append(strategyPath,
        peek(n, "id").<PathSegment>map(id -> named(PROJECT, id, index)).orElse(numbered(PROJECT, index + 1)));
    Optional<In> o = obj(n, path, at.model, "a project", Keys.PROJECT);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    int before = issues.size();
    Optional<String> id = in.string("id", "id", true);
    Optional<String> name = in.string("name", "name", false);
    Optional<String> description = in.string("description", "description", false);
    OptionalInt start = in.integer("start", "start", true);
    OptionalInt full = in.integer("full-effect", "full-effect year", false);
    OptionalInt end = in.integer("end", "end year", false);
    Optional<Ramp> ramp = in.choice("ramp", "ramp", false, ramps());
    OptionalDouble capital = in.number("capital-cost", "capital cost", "billion CNY", false);
    List<String> prerequisites = in.strings("prerequisites", "prerequisites", PREREQUISITE);
    List<Effect> effects = new ArrayList<>();
    in.list("effects", "effects", false).ifPresent(items -> {
      for (int i = 0; i < items.size(); i++) {
        effect(items.get(i), append(path, numbered(EFFECT, i + 1))).ifPresent(effects::add);
      }
    });
    Optional<ClosedAssets> closed = in.map("closed-assets", "closed assets", false)
        .flatMap(r -> closedAssets(r, in.at("closed assets")));
    if (issues.size() > before || id.isEmpty() || start.isEmpty()) {
      return Optional.empty();
    }
    Project.Builder b = Project.builder().id(id.get()).start(start.getAsInt()).addAllPrerequisites(prerequisites)
        .addAllEffects(effects);
    closed.ifPresent(b::closedAssets);
    name.ifPresent(b::name);
    description.ifPresent(b::description);
    full.ifPresent(b::fullEffect);
    end.ifPresent(b::end);
    ramp.ifPresent(b::ramp);
    capital.ifPresent(b::capitalCost);
    return Optional.of(b.build());
  }

  /** The assets a closure closes: capital, built year and life, and the sector when the project cuts several. */
  private Optional<ClosedAssets> closedAssets(Node.Obj n, List<PathSegment> path) {
    Optional<In> o = obj(n, path, at.model, "closed assets", Keys.CLOSED_ASSETS);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    OptionalDouble capital = in.number("capital", "capital", "billion CNY", true);
    OptionalInt built = in.integer("built", "built year", true);
    OptionalDouble life = in.number("life", "life", "years", true);
    Optional<String> sector = in.string("sector", "sector", false);
    if (capital.isEmpty() || built.isEmpty() || life.isEmpty()) {
      return Optional.empty();
    }
    if (sector.isPresent() && sector.get().isBlank()) {
      problem(in.loc("sector"), in.at("sector"), "must not be blank: the id of the sector whose assets close");
      return Optional.empty();
    }
    ClosedAssets assets = ClosedAssets.of(capital.getAsDouble(), built.getAsInt(), life.getAsDouble());
    return Optional.of(sector.isPresent() ? assets.withSector(sector.get()) : assets);
  }

  private Optional<Effect> effect(Node n, List<PathSegment> path) {
    Optional<In> o = obj(n, path, at.model, "an effect", Keys.EFFECT);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    int before = issues.size();
    Optional<Effect.Kind> kind = in.choice("kind", "kind", true, Keys.EFFECT_KINDS);
    Optional<SectorSelector> selector = selector(in, kind.map(k -> k != Effect.Kind.REEMPLOYMENT).orElse(true),
        "a re-employment change acts on the whole city");
    String label = kind.map(Effect.Kind::label).orElse("size");
    OptionalDouble size = in.number("size", label, kind.map(Effect.Kind::unit).orElse("the kind's unit"), true);
    if (issues.size() > before || kind.isEmpty() || size.isEmpty()) {
      return Optional.empty();
    }
    double x = size.getAsDouble();
    return Optional.of(switch (kind.get()) {
      case NEW_CAPACITY -> Effect.newCapacity(selector.orElseThrow(), x);
      case SCALE_DEMAND -> Effect.scaleDemand(selector.orElseThrow(), x);
      case GROWTH_SHIFT -> Effect.growthShift(selector.orElseThrow(), x);
      case ENERGY_INTENSITY -> Effect.energyIntensity(selector.orElseThrow(), x);
      case EMISSION_FACTOR -> Effect.emissionFactor(selector.orElseThrow(), x);
      case PRODUCTIVITY -> Effect.productivity(selector.orElseThrow(), x);
      case REEMPLOYMENT -> Effect.reemployment(x);
    });
  }

  /** Reads {@code sector} or {@code tag}: exactly one when {@code needed}, neither otherwise. */
  private Optional<SectorSelector> selector(In in, boolean needed, String whyNone) {
    Optional<String> sector = in.string("sector", "sector", false);
    Optional<String> tag = in.string("tag", "tag", false);
    if (!needed) {
      if (in.has("sector") || in.has("tag")) {
        problem(in.loc(in.has("sector") ? "sector" : "tag"), in.path, whyNone + ": give no sector or tag");
      }
      return Optional.empty();
    }
    if (in.has("sector") && in.has("tag")) {
      problem(in.loc("tag"), in.path, "give a sector or a tag, not both");
      return Optional.empty();
    }
    if (!in.has("sector") && !in.has("tag")) {
      problem(in.obj.loc(), in.path, "missing key 'sector' or 'tag': the sector (by id) or the sectors (by tag) it "
          + "acts on");
      return Optional.empty();
    }
    Optional<String> name = sector.isPresent() ? sector : tag;
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (name.get().isBlank()) {
      problem(in.loc(sector.isPresent() ? "sector" : "tag"), in.path, "must not be blank");
      return Optional.empty();
    }
    return Optional.of(sector.isPresent() ? SectorSelector.sector(name.get()) : SectorSelector.tag(name.get()));
  }

  // ---- scenarios -------------------------------------------------------------------------------------------

  private Optional<Scenario> scenario(Node n, int index) {
    List<PathSegment> path = List.of(peek(n, "name").<PathSegment>map(id -> named(SCENARIO, id, index))
        .orElse(numbered(SCENARIO, index + 1)));
    Optional<In> o = obj(n, path, at.model, "a scenario", Keys.SCENARIO);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    int before = issues.size();
    Scenario.Builder b = Scenario.builder();
    Optional<String> name = in.string("name", "name", true);
    in.string("description", "description", false).ifPresent(b::description);
    in.string("parent", "parent", false).ifPresent(b::parent);
    in.integer("end-year", "end year", false).ifPresent(b::endYear);
    keyed(in, "adoptions", "strategy", STRATEGY, Keys.ADOPTION, (item, p) -> {
      OptionalDouble intensity = item.number("intensity", "intensity", "fraction in [0, 1]", false);
      OptionalDouble shift = item.number("start-shift", "start shift", "years", false);
      return Optional.of(StrategyAdoption.of(intensity.orElse(StrategyAdoption.DEFAULT_INTENSITY), shift.orElse(0.0)));
    }).forEach(b::adopt);
    keyed(in, "project-overrides", "project", PROJECT, Keys.OVERRIDE, (item, p) -> {
      ProjectOverride over = ProjectOverride.none();
      Optional<Boolean> include = item.bool("include", "include", false);
      OptionalDouble delay = item.number("delay", "delay", "years", false);
      OptionalDouble scale = item.number("scale", "scale", "factor", false);
      if (include.isPresent()) {
        over = over.withIncluded(include.get());
      }
      if (delay.isPresent()) {
        over = over.withDelay(delay.getAsDouble());
      }
      if (scale.isPresent()) {
        over = over.withScale(scale.getAsDouble());
      }
      return Optional.of(over);
    }).forEach(b::override);
    List<PathSegment> growthPath = in.at("growth override");
    in.list("growth-overrides", "growth override", false).ifPresent(items -> {
      Map<String, Loc> seen = new HashMap<>();
      for (Node item : items) {
        List<PathSegment> p = append(growthPath, peek(item, "sector").<PathSegment>map(s -> named(SECTOR, s))
            .orElse(unnamed(SECTOR)));
        obj(item, p, at.model, "a growth override", Keys.SECTOR_PATH).ifPresent(g -> {
          Optional<String> sector = g.string("sector", "sector", true);
          Optional<YearPath> yp = yearPath(g, p, "fraction per year");
          if (sector.isPresent() && once(seen, sector.get(), g.loc("sector"), p, "sector") && yp.isPresent()) {
            b.growthOverride(sector.get(), yp.get());
          }
        });
      }
    });
    in.map("macro-shock", "macro shock", false).ifPresent(m -> obj(m, in.at("macro shock"), at.model,
        "a year path", Keys.PATH).flatMap(x -> yearPath(x, in.at("macro shock"), "fraction per year"))
        .ifPresent(b::macroShock));
    List<PathSegment> efPath = in.at("emission-factor path");
    in.list("emission-factor-paths", "emission-factor path", false).ifPresent(items -> {
      Map<String, Loc> seen = new HashMap<>();
      for (Node item : items) {
        PathSegment seg = peek(item, "sector").<PathSegment>map(s -> named(SECTOR, s))
            .or(() -> peek(item, "tag").map(t -> named(TAG, t))).orElse(unnamed(SELECTOR));
        List<PathSegment> p = append(efPath, seg);
        obj(item, p, at.model, "an emission-factor path", Keys.SELECTOR_PATH).ifPresent(e -> {
          Optional<SectorSelector> sel = selector(e, true, "");
          Optional<YearPath> yp = yearPath(e, p, "multiplier of the emission factor");
          if (sel.isPresent() && once(seen, sel.get().describe(), e.obj.loc(), p, "selector") && yp.isPresent()) {
            b.emissionFactorPath(sel.get(), yp.get());
          }
        });
      }
    });
    List<PathSegment> pricePath = in.at("price path");
    in.list("price-paths", "price path", false).ifPresent(items -> {
      Map<String, Loc> seen = new HashMap<>();
      for (Node item : items) {
        PathSegment seg = peek(item, "sector").<PathSegment>map(s -> named(SECTOR, s))
            .or(() -> peek(item, "tag").map(t -> named(TAG, t))).orElse(unnamed(SELECTOR));
        List<PathSegment> p = append(pricePath, seg);
        obj(item, p, at.model, "a price path", Keys.SELECTOR_PATH).ifPresent(e -> {
          Optional<SectorSelector> sel = selector(e, true, "");
          Optional<YearPath> yp = yearPath(e, p, "price index, 1 in the base year");
          if (sel.isPresent() && once(seen, sel.get().describe(), e.obj.loc(), p, "selector") && yp.isPresent()) {
            b.pricePath(sel.get(), yp.get());
          }
        });
      }
    });
    in.number("reemployment-rate", "re-employment rate", "fraction in [0, 1]", false).ifPresent(b::reemploymentRate);
    in.map("population-path", "population path", false).ifPresent(m -> obj(m, in.at("population path"), at.model,
        "a year path", Keys.PATH).flatMap(x -> yearPath(x, in.at("population path"), "thousand persons"))
        .ifPresent(b::populationPath));
    if (issues.size() > before || name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(b.name(name.get()).build());
  }

  /** Reads a list of mappings keyed by one of their keys (a strategy id, a project id) into an ordered map. */
  private <T> Map<String, T> keyed(In in, String key, String idKey, PathSegment.Kind kind, List<String> keys,
      ItemReader<T> reader) {
    Map<String, T> out = new LinkedHashMap<>();
    Map<String, Loc> seen = new HashMap<>();
    in.list(key, key, false).ifPresent(items -> {
      for (Node item : items) {
        List<PathSegment> p = append(in.path, peek(item, idKey).<PathSegment>map(s -> named(kind, s))
            .orElse(unnamed(kind)));
        obj(item, p, at.model, "an entry of " + key, keys).ifPresent(x -> {
          int before = issues.size();
          Optional<String> id = x.string(idKey, kind.word(), true);
          Optional<T> value = reader.read(x, p);
          if (id.isPresent() && once(seen, id.get(), x.loc(idKey), p, kind.word()) && value.isPresent()
              && issues.size() == before) {
            out.put(id.get(), value.get());
          }
        });
      }
    });
    return out;
  }

  private boolean once(Map<String, Loc> seen, String id, Loc loc, List<PathSegment> path, String kind) {
    Loc first = seen.putIfAbsent(id, loc);
    if (first != null) {
      problem(loc, path, "the " + kind + " is given twice (first at line " + first.line() + ")");
      return false;
    }
    return true;
  }

  private interface ItemReader<T> {
    Optional<T> read(In item, List<PathSegment> path);
  }

  private Optional<YearPath> yearPath(In in, List<PathSegment> path, String unit) {
    Optional<YearPath.Interpolation> how = in.choice("interpolation", "interpolation", true, interpolations());
    Optional<Node.Obj> values = in.map("values", "values", true);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    Map<Integer, Double> points = new LinkedHashMap<>();
    boolean ok = true;
    for (Node.Field f : values.get().fields().values()) {
      if (!YEAR.matcher(f.key()).matches()) {
        problem(f.keyLoc(), path, "'" + f.key() + "' is not a year; the keys of 'values' are years, such as 2030");
        ok = false;
        continue;
      }
      PathSegment year = PathSegment.year(Integer.parseInt(f.key()));
      at.model.put(append(path, year), f.value().loc());
      // a year written another way (02030) keeps its text in the reader's own problems
      List<PathSegment> yp = append(path, year.toString().equals(f.key()) ? year : label(f.key()));
      OptionalDouble x = number(f.value(), append(yp, label("value")), unit);
      if (x.isEmpty()) {
        ok = false;
        continue;
      }
      if (points.put(Integer.parseInt(f.key()), x.getAsDouble()) != null) {
        problem(f.keyLoc(), path, "year " + Integer.parseInt(f.key()) + " is given twice");
        ok = false;
      }
    }
    if (values.get().fields().isEmpty()) {
      problem(values.get().loc(), path, "'values' needs at least one year");
      ok = false;
    }
    if (!ok || how.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(YearPath.of(how.get(), points));
  }

  // ---- targets ---------------------------------------------------------------------------------------------

  private Optional<Target> target(Node n, int index) {
    List<PathSegment> path = List.of(peek(n, "id").<PathSegment>map(id -> named(TARGET, id, index))
        .orElse(numbered(TARGET, index + 1)));
    Optional<String> kindName = peek(n, "kind");
    List<String> allowed = new ArrayList<>(Keys.TARGET_COMMON);
    allowed.addAll(kindName.map(k -> Keys.TARGET_KINDS.getOrDefault(k, Keys.TARGET)).orElse(Keys.TARGET));
    Optional<In> o = obj(n, path, at.other, kindName.filter(Keys.TARGET_KINDS::containsKey)
        .map(k -> "a " + k + " target").orElse("a target"), ImmutableList.copyOf(new HashSet<>(allowed))
        .stream().sorted((x, y) -> Keys.TARGET.indexOf(x) - Keys.TARGET.indexOf(y)).toList());
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    int before = issues.size();
    Optional<String> id = in.string("id", "id", false);
    Optional<String> kind = in.choice("kind", "kind", true, identity(Keys.TARGET_KINDS.keySet()));
    Optional<String> indicatorId = in.string("indicator", "indicator", true);
    Optional<String> description = in.string("description", "description", false);
    Optional<String> source = in.string("source", "source", false);
    Optional<Indicator> indicator = catalogued(in, indicatorId);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    Optional<Target> t = Optional.empty();
    try {
      switch (kind.get()) {
        case "level" -> {
          Optional<Comparison> c = comparison(in);
          OptionalInt year = in.integer("year", "year", true);
          if (issues.size() == before && indicator.isPresent() && c.isPresent() && year.isPresent()) {
            t = Optional.of(c.get().atLeast
                ? Target.atLeast(indicator.get(), c.get().threshold, year.getAsInt())
                : Target.atMost(indicator.get(), c.get().threshold, year.getAsInt()));
          }
        }
        case "change" -> {
          Optional<Comparison> c = comparison(in);
          OptionalInt base = in.integer("base-year", "base year", true);
          OptionalInt year = in.integer("year", "year", true);
          if (issues.size() == before && indicator.isPresent() && c.isPresent() && base.isPresent()
              && year.isPresent()) {
            t = Optional.of(c.get().atLeast
                ? Target.changeAtLeast(indicator.get(), base.getAsInt(), year.getAsInt(), c.get().threshold)
                : Target.changeAtMost(indicator.get(), base.getAsInt(), year.getAsInt(), c.get().threshold));
          }
        }
        case "cap" -> {
          OptionalDouble max = in.number("at-most", "at most", "the indicator's unit", true);
          OptionalInt from = in.integer("from", "from", true);
          OptionalInt to = in.integer("to", "to", true);
          if (issues.size() == before && indicator.isPresent() && max.isPresent() && from.isPresent()
              && to.isPresent()) {
            t = Optional.of(Target.cap(indicator.get(), max.getAsDouble(), from.getAsInt(), to.getAsInt()));
          }
        }
        default -> {
          OptionalInt year = in.integer("year", "year", true);
          if (issues.size() == before && indicator.isPresent() && year.isPresent()) {
            t = Optional.of(Target.peakBy(indicator.get(), year.getAsInt()));
          }
        }
      }
      if (t.isPresent() && id.isPresent()) {
        t = Optional.of(t.get().withId(id.get()));
      }
    } catch (IllegalArgumentException e) {
      problem(n.loc(), path, e.getMessage());
      return Optional.empty();
    }
    if (issues.size() > before || t.isEmpty()) {
      return Optional.empty();
    }
    List<PathSegment> named = List.of(named(TARGET, t.get().id(), index));
    at.other.put(named, n.loc());
    at.other.put(append(named, label("indicator")), in.loc("indicator"));
    return t.map(x -> description.map(x::withDescription).orElse(x))
        .map(x -> source.map(x::withSource).orElse(x));
  }

  private record Comparison(boolean atLeast, double threshold) {}

  private Optional<Comparison> comparison(In in) {
    boolean least = in.has("at-least");
    boolean most = in.has("at-most");
    if (least == most) {
      problem(least ? in.loc("at-most") : in.obj.loc(), in.path, least
          ? "give 'at-least' or 'at-most', not both" : "missing key 'at-least' or 'at-most': the threshold");
      return Optional.empty();
    }
    String key = least ? "at-least" : "at-most";
    OptionalDouble x = in.number(key, least ? "at least" : "at most", "the indicator's unit", true);
    return x.isPresent() ? Optional.of(new Comparison(least, x.getAsDouble())) : Optional.empty();
  }

  // ---- uncertainty -----------------------------------------------------------------------------------------

  private Optional<ParameterSpace> uncertainty(Node n) {
    List<PathSegment> path = List.of(label("uncertainty"));
    Optional<In> o = obj(n, path, at.other, "the uncertainty specification", Keys.UNCERTAINTY);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    at.space.put(List.of(), n.loc());
    int before = issues.size();
    ParameterSpace.Builder b = ParameterSpace.builder();
    in.list("parameters", "parameters", false).ifPresent(items -> {
      for (Node item : items) {
        parameter(item).ifPresent(b::parameter);
      }
    });
    in.list("levers", "levers", false).ifPresent(items -> {
      for (Node item : items) {
        lever(item).ifPresent(b::lever);
      }
    });
    in.map("rank-correlation", "rank correlation", false).ifPresent(rc -> {
      at.space.put(List.of(label("rank correlation")), in.loc("rank-correlation"));
      correlation(rc, b);
    });
    if (issues.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (InvalidModelException e) {
      place(e, at.space, n.loc());
      return Optional.empty();
    }
  }

  private Optional<UncertainParameter> parameter(Node n) {
    List<PathSegment> path = List.of(peek(n, "parameter").<PathSegment>map(p -> named(PARAMETER, p))
        .orElse(unnamed(PARAMETER)));
    Optional<String> kind = peek(n, "distribution");
    List<String> allowed = new ArrayList<>(List.of("parameter", "distribution"));
    allowed.addAll(kind.map(k -> Keys.DISTRIBUTIONS.getOrDefault(k, ImmutableList.of())).orElse(ImmutableList.of()));
    Optional<In> o = obj(n, path, at.other, kind.filter(Keys.DISTRIBUTIONS::containsKey)
        .map(k -> "a parameter with a " + k + " distribution").orElse("an uncertain parameter"), allowed);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    int before = issues.size();
    Optional<String> name = in.string("parameter", "parameter", true);
    name.ifPresent(p -> {
      try {
        ParameterPath.parse(p);
      } catch (IllegalArgumentException e) {
        problem(in.loc("parameter"), path, e.getMessage());
      }
    });
    Optional<String> k = in.choice("distribution", "distribution", true, identity(Keys.DISTRIBUTIONS.keySet()));
    if (k.isEmpty()) {
      return Optional.empty();
    }
    Optional<Distribution> d = distribution(in, k.get());
    if (issues.size() > before || name.isEmpty() || d.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(UncertainParameter.of(name.get(), d.get()));
  }

  private Optional<Distribution> distribution(In in, String kind) {
    int before = issues.size();
    try {
      switch (kind) {
        case "uniform": {
          OptionalDouble lo = in.number("lo", "lo", "the parameter's unit", true);
          OptionalDouble hi = in.number("hi", "hi", "the parameter's unit", true);
          return issues.size() > before ? Optional.empty()
              : Optional.of(Distribution.uniform(lo.getAsDouble(), hi.getAsDouble()));
        }
        case "triangular":
        case "pert": {
          OptionalDouble lo = in.number("lo", "lo", "the parameter's unit", true);
          OptionalDouble mode = in.number("mode", "mode", "the parameter's unit", true);
          OptionalDouble hi = in.number("hi", "hi", "the parameter's unit", true);
          if (issues.size() > before) {
            return Optional.empty();
          }
          return Optional.of(kind.equals("pert")
              ? Distribution.pert(lo.getAsDouble(), mode.getAsDouble(), hi.getAsDouble())
              : Distribution.triangular(lo.getAsDouble(), mode.getAsDouble(), hi.getAsDouble()));
        }
        case "normal": {
          OptionalDouble mean = in.number("mean", "mean", "the parameter's unit", true);
          OptionalDouble sd = in.number("sd", "sd", "the parameter's unit", true);
          return issues.size() > before ? Optional.empty()
              : Optional.of(Distribution.normal(mean.getAsDouble(), sd.getAsDouble()));
        }
        case "truncated-normal": {
          OptionalDouble mean = in.number("mean", "mean", "the parameter's unit", true);
          OptionalDouble sd = in.number("sd", "sd", "the parameter's unit", true);
          OptionalDouble lo = in.number("lo", "lo", "the parameter's unit (left out: no lower bound)", false);
          OptionalDouble hi = in.number("hi", "hi", "the parameter's unit (left out: no upper bound)", false);
          return issues.size() > before ? Optional.empty()
              : Optional.of(Distribution.truncatedNormal(mean.getAsDouble(), sd.getAsDouble(),
                  lo.orElse(Double.NEGATIVE_INFINITY), hi.orElse(Double.POSITIVE_INFINITY)));
        }
        case "lognormal": {
          boolean log = in.has("mu") || in.has("sigma");
          boolean plain = in.has("mean") || in.has("sd");
          if (log && plain) {
            problem(in.obj.loc(), in.path, "give mu and sigma (of the logarithm) or mean and sd (of the value), "
                + "not both");
            return Optional.empty();
          }
          if (plain) {
            OptionalDouble mean = in.number("mean", "mean", "the parameter's unit", true);
            OptionalDouble sd = in.number("sd", "sd", "the parameter's unit", true);
            return issues.size() > before ? Optional.empty()
                : Optional.of(Distribution.lognormalFromMeanAndSd(mean.getAsDouble(), sd.getAsDouble()));
          }
          OptionalDouble mu = in.number("mu", "mu", "the logarithm's mean", true);
          OptionalDouble sigma = in.number("sigma", "sigma", "the logarithm's standard deviation", true);
          return issues.size() > before ? Optional.empty()
              : Optional.of(Distribution.lognormal(mu.getAsDouble(), sigma.getAsDouble()));
        }
        case "discrete": {
          Optional<double[]> values = in.numbers("values", "values", "the parameter's unit", true);
          Optional<double[]> p = in.numbers("probabilities", "probabilities", "probability", true);
          return issues.size() > before ? Optional.empty()
              : Optional.of(Distribution.discrete(values.orElseThrow(), p.orElseThrow()));
        }
        case "choice": {
          Optional<double[]> values = in.numbers("values", "values", "the parameter's unit", true);
          return issues.size() > before ? Optional.empty() : Optional.of(Distribution.choice(values.orElseThrow()));
        }
        default: {
          OptionalDouble x = in.number("value", "value", "the parameter's unit", true);
          return issues.size() > before ? Optional.empty() : Optional.of(Distribution.constant(x.getAsDouble()));
        }
      }
    } catch (IllegalArgumentException e) {
      problem(in.obj.loc(), in.path, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Lever> lever(Node n) {
    List<PathSegment> path = List.of(peek(n, "lever").<PathSegment>map(p -> named(LEVER, p))
        .orElse(unnamed(LEVER)));
    Optional<In> o = obj(n, path, at.other, "a lever", Keys.LEVER);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    int before = issues.size();
    Optional<String> name = in.string("lever", "lever", true);
    Optional<double[]> values = in.numbers("values", "values", "the lever's unit", true);
    if (issues.size() > before || name.isEmpty() || values.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Lever.of(name.get(), values.get()));
    } catch (IllegalArgumentException e) {
      problem(n.loc(), path, e.getMessage());
      return Optional.empty();
    }
  }

  private void correlation(Node.Obj n, ParameterSpace.Builder b) {
    List<PathSegment> path = List.of(label("rank correlation"));
    Optional<In> o = obj(n, path, at.space, "the rank correlation", Keys.CORRELATION);
    if (o.isEmpty()) {
      return;
    }
    In in = o.get();
    if (in.has("matrix") == in.has("pairs")) {
      problem(n.loc(), path, in.has("matrix") ? "give a matrix or pairs, not both"
          : "missing key 'matrix' or 'pairs'");
      return;
    }
    in.list("matrix", "matrix", false).ifPresent(rows -> {
      double[][] m = new double[rows.size()][];
      boolean ok = true;
      for (int i = 0; i < rows.size(); i++) {
        Optional<double[]> row = numbers(rows.get(i), append(path, numbered(ROW, i + 1)), "rank correlation");
        ok &= row.isPresent();
        m[i] = row.orElse(new double[0]);
      }
      if (ok) {
        b.rankCorrelation(m);
      }
    });
    in.list("pairs", "pairs", false).ifPresent(pairs -> {
      for (int i = 0; i < pairs.size(); i++) {
        List<PathSegment> pp = append(path, numbered(PAIR, i + 1));
        obj(pairs.get(i), pp, at.space, "a pair", Keys.PAIR).ifPresent(p -> {
          Optional<String> a = p.string("a", "a", true);
          Optional<String> c = p.string("b", "b", true);
          OptionalDouble rho = p.number("rho", "rho", "rank correlation in [-1, 1]", true);
          if (a.isPresent() && c.isPresent() && rho.isPresent()) {
            b.rankCorrelation(a.get(), c.get(), rho.getAsDouble());
          }
        });
      }
    });
  }

  // ---- search ----------------------------------------------------------------------------------------------

  /** Where the values of the search section stand, by their labels after {@code search} joined with " > ". */
  private final Map<String, Loc> searchLocs = new HashMap<>();

  private List<PathSegment> searchPath(String... labels) {
    List<PathSegment> p = new ArrayList<>();
    p.add(label("search"));
    for (String l : labels) {
      p.add(label(l));
    }
    return ImmutableList.copyOf(p);
  }

  /** Records where a mapping and each of its values stand. */
  private void locate(Node.Obj o, String... labels) {
    String prefix = SearchSpec.key(List.of(labels));
    searchLocs.putIfAbsent(prefix, o.loc());
    for (Node.Field f : o.fields().values()) {
      searchLocs.putIfAbsent(prefix.isEmpty() ? f.key() : prefix + " > " + f.key(), f.value().loc());
    }
  }

  private Optional<SearchSpec> search(Node n) {
    Optional<In> o = obj(n, searchPath(), at.other, "the search specification", Keys.SEARCH);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    locate(in.obj);
    int before = issues.size();
    SearchSpec.Builder b = SearchSpec.builder();
    in.string("scenario", "scenario", true).ifPresent(b::scenario);
    Map<String, SearchSpec.Kind> kinds = new LinkedHashMap<>();
    for (SearchSpec.Kind k : SearchSpec.Kind.values()) {
      kinds.put(k.key(), k);
    }
    Optional<SearchSpec.Kind> kind = in.choice("kind", "kind", true, kinds);
    kind.ifPresent(b::kind);
    Optional<List<Node>> decisions = in.list("decisions", "decisions", true);
    int leverCount = 0;
    if (decisions.isPresent()) {
      if (decisions.get().isEmpty()) {
        problem(in.loc("decisions"), in.at("decisions"), "a search needs at least one lever");
      }
      leverCount = decisions.get().size();
      for (int i = 0; i < decisions.get().size(); i++) {
        searchLever(decisions.get().get(i), "decisions[" + (i + 1) + "]").ifPresent(b::lever);
      }
    }
    Optional<List<Node>> objectives = in.list("objectives", "objectives", true);
    if (objectives.isPresent()) {
      if (objectives.get().isEmpty()) {
        problem(in.loc("objectives"), in.at("objectives"), "a search needs at least one objective");
      }
      for (int i = 0; i < objectives.get().size(); i++) {
        searchObjective(objectives.get().get(i), "objectives[" + (i + 1) + "]").ifPresent(b::objective);
      }
    }
    in.list("constraints", "constraints", false).ifPresent(items -> {
      for (int i = 0; i < items.size(); i++) {
        searchConstraint(items.get(i), "constraints[" + (i + 1) + "]").ifPresent(b::constraint);
      }
    });
    SearchSpec.Kind k = kind.orElse(null);
    if (k != null) {
      String why = "a " + k.key() + " search";
      if (k != SearchSpec.Kind.ROBUST) {
        for (String key : List.of("robustness", "futures")) {
          if (in.has(key)) {
            problem(in.loc(key), in.at(key), "'" + key + "' belongs to a robust search, not to " + why);
          }
        }
      } else {
        for (String key : List.of("robustness", "futures")) {
          if (!in.has(key)) {
            problem(in.obj.loc(), in.path, "missing key '" + key + "': a robust search needs its " + key);
          }
        }
      }
      if (k != SearchSpec.Kind.WORST_FUTURE && in.has("plan")) {
        problem(in.loc("plan"), in.at("plan"), "'plan' belongs to a worst-future search, not to " + why);
      }
      if (k == SearchSpec.Kind.WORST_FUTURE) {
        if (!in.has("plan")) {
          problem(in.obj.loc(), in.path, "missing key 'plan': a worst-future search needs the plan's lever values, "
              + "one per lever");
        }
        if (in.has("constraints")) {
          problem(in.loc("constraints"), in.at("constraints"), "a worst-future search has no constraints");
        }
      }
    }
    if (k == SearchSpec.Kind.ROBUST) {
      in.map("robustness", "robustness", false).ifPresent(r -> robustness(r, b));
      in.map("futures", "futures", false).ifPresent(f -> futures(f, b));
    }
    if (k == SearchSpec.Kind.WORST_FUTURE) {
      in.numbers("plan", "plan", "the lever's value", false).ifPresent(b::plan);
    }
    in.map("algorithm", "algorithm", true).ifPresent(a -> algorithm(a, b));
    if (issues.size() > before) {
      return Optional.empty();
    }
    return Optional.of(b.build(at.file, searchLocs));
  }

  private Optional<SearchSpec.Lever> searchLever(Node n, String label) {
    Optional<In> o = obj(n, searchPath(label), at.other, "a lever", Keys.SEARCH_LEVER);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    locate(in.obj, label);
    int before = issues.size();
    Optional<String> path = in.string("lever", "lever", true);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    if (path.get().endsWith("/carried-out")) {
      for (String key : List.of("lo", "hi")) {
        if (in.has(key)) {
          problem(in.loc(key), in.at(key), "a carried-out lever is 0 or 1 and takes no '" + key + "'");
        }
      }
      return issues.size() > before ? Optional.empty() : Optional.of(SearchSpec.Lever.of(path.get(), 0, 1));
    }
    OptionalDouble lo = in.number("lo", "lo", "the lever's least value", true);
    OptionalDouble hi = in.number("hi", "hi", "the lever's greatest value", true);
    if (issues.size() > before) {
      return Optional.empty();
    }
    if (lo.getAsDouble() > hi.getAsDouble()) {
      problem(in.loc("hi"), in.at("hi"), "empty range: lo " + lo.getAsDouble() + " is above hi " + hi.getAsDouble());
      return Optional.empty();
    }
    return Optional.of(SearchSpec.Lever.of(path.get(), lo.getAsDouble(), hi.getAsDouble()));
  }

  private Optional<SearchSpec.ObjectiveSpec> searchObjective(Node n, String label) {
    Optional<In> o = obj(n, searchPath(label), at.other, "an objective", Keys.SEARCH_OBJECTIVE);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    locate(in.obj, label);
    int before = issues.size();
    io.xinlu.decision.city.Objective.Reduction r = in.has("reduce")
        ? in.choice("reduce", "reduce", true, Keys.REDUCTIONS).orElse(null)
        : io.xinlu.decision.city.Objective.Reduction.IN_YEAR;
    if (r == null) {
      return Optional.empty();
    }
    String how = Keys.REDUCTIONS.inverse().get(r);
    Map<io.xinlu.decision.city.Objective.Reduction, List<String>> takes = Map.of(
        io.xinlu.decision.city.Objective.Reduction.IN_YEAR, List.of("indicator", "year", "sense"),
        io.xinlu.decision.city.Objective.Reduction.SUM, List.of("indicator", "from", "to", "sense"),
        io.xinlu.decision.city.Objective.Reduction.PEAK, List.of("indicator", "from", "to", "sense"),
        io.xinlu.decision.city.Objective.Reduction.FIRST_YEAR_MET, List.of("target", "sense"));
    for (Node.Field f : in.obj.fields().values()) {
      if (!f.key().equals("reduce") && Keys.SEARCH_OBJECTIVE.contains(f.key()) && !takes.get(r).contains(f.key())) {
        problem(f.keyLoc(), in.at(f.key()), "'" + f.key() + "' does not belong to an objective with reduce: " + how
            + "; it takes " + String.join(", ", takes.get(r)));
      }
    }
    if (r == io.xinlu.decision.city.Objective.Reduction.FIRST_YEAR_MET) {
      Optional<String> target = in.string("target", "target", true);
      Optional<io.xinlu.decision.Robustness.Sense> sense = in.choice("sense", "sense", false, Keys.SENSES);
      if (sense.isPresent() && sense.get() != io.xinlu.decision.Robustness.Sense.MINIMISE) {
        problem(in.loc("sense"), in.at("sense"), "the first year a target is met is minimised (sooner is better)");
      }
      return issues.size() > before || target.isEmpty() ? Optional.empty()
          : Optional.of(SearchSpec.ObjectiveSpec.firstYearMet(target.get()));
    }
    Optional<String> indicator = in.string("indicator", "indicator", true);
    OptionalInt year = r == io.xinlu.decision.city.Objective.Reduction.IN_YEAR
        ? in.integer("year", "year", true) : OptionalInt.empty();
    boolean sum = r == io.xinlu.decision.city.Objective.Reduction.SUM;
    OptionalInt from = r != io.xinlu.decision.city.Objective.Reduction.IN_YEAR
        ? in.integer("from", "from", sum) : OptionalInt.empty();
    OptionalInt to = r != io.xinlu.decision.city.Objective.Reduction.IN_YEAR
        ? in.integer("to", "to", sum) : OptionalInt.empty();
    Optional<io.xinlu.decision.Robustness.Sense> sense = in.choice("sense", "sense", true, Keys.SENSES);
    if (issues.size() > before || indicator.isEmpty() || sense.isEmpty()) {
      return Optional.empty();
    }
    if (from.isPresent() && to.isPresent() && from.getAsInt() > to.getAsInt()) {
      problem(in.loc("to"), in.at("to"), "empty span of years: from " + from.getAsInt() + " is after to "
          + to.getAsInt());
      return Optional.empty();
    }
    return Optional.of(new SearchSpec.ObjectiveSpec(r, indicator, year, from, to, Optional.empty(), sense.get()));
  }

  private Optional<SearchSpec.ConstraintSpec> searchConstraint(Node n, String label) {
    Optional<In> o = obj(n, searchPath(label), at.other, "a constraint", Keys.SEARCH_CONSTRAINT);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    locate(in.obj, label);
    int before = issues.size();
    if (in.has("target") == in.has("budget")) {
      problem(in.obj.loc(), in.path, in.has("target") ? "give 'target' or 'budget', not both"
          : "missing key 'target' or 'budget': a constraint is a target of the file or a capital budget");
      return Optional.empty();
    }
    if (in.has("target")) {
      if (in.has("limit")) {
        problem(in.loc("limit"), in.at("limit"), "a target constraint takes no 'limit': the target gives it");
      }
      Optional<String> t = in.string("target", "target", true);
      return issues.size() > before || t.isEmpty() ? Optional.empty()
          : Optional.of(SearchSpec.ConstraintSpec.target(t.get()));
    }
    Optional<String> budget = in.choice("budget", "budget", true, identity(List.of("annual", "total")));
    OptionalDouble limit = in.number("limit", "limit", "billion CNY", true);
    if (issues.size() > before || budget.isEmpty() || limit.isEmpty()) {
      return Optional.empty();
    }
    if (limit.getAsDouble() < 0) {
      problem(in.loc("limit"), in.at("limit"), "a capital budget is at least 0 billion CNY, was "
          + limit.getAsDouble());
      return Optional.empty();
    }
    return Optional.of(budget.get().equals("annual") ? SearchSpec.ConstraintSpec.annualBudget(limit.getAsDouble())
        : SearchSpec.ConstraintSpec.totalBudget(limit.getAsDouble()));
  }

  private void robustness(Node.Obj n, SearchSpec.Builder b) {
    Optional<In> o = obj(n, searchPath("robustness"), at.other, "the robustness metrics", Keys.ROBUSTNESS);
    if (o.isEmpty()) {
      return;
    }
    In in = o.get();
    locate(in.obj, "robustness");
    List<String> metrics = new ArrayList<>();
    in.list("metrics", "metrics", false).ifPresent(items -> {
      for (int i = 0; i < items.size(); i++) {
        Node item = items.get(i);
        List<PathSegment> p = in.at("metrics[" + (i + 1) + "]");
        if (!(item instanceof Node.Scalar s && s.type() == Node.Type.STRING)) {
          problem(item.loc(), p, "expected a metric's name, got " + item.describe());
          continue;
        }
        try {
          SearchSpec.metric(s.text());
          if (metrics.contains(s.text())) {
            problem(item.loc(), p, "metric '" + s.text() + "' is given twice");
          } else {
            metrics.add(s.text());
          }
        } catch (IllegalArgumentException e) {
          problem(item.loc(), p, e.getMessage());
        }
      }
    });
    List<String> satisficing = new ArrayList<>();
    in.list("satisficing", "satisficing", false).ifPresent(items -> {
      for (int i = 0; i < items.size(); i++) {
        Node item = items.get(i);
        searchLocs.putIfAbsent("robustness > satisficing[" + (i + 1) + "]", item.loc());
        if (item instanceof Node.Scalar s && s.type() == Node.Type.STRING) {
          satisficing.add(s.text());
        } else {
          problem(item.loc(), in.at("satisficing[" + (i + 1) + "]"), "expected a target's id, got "
              + item.describe());
        }
      }
    });
    if (metrics.isEmpty() && satisficing.isEmpty()) {
      problem(in.obj.loc(), in.path, "a robust search needs at least one metric or satisficing target");
    }
    b.metrics(metrics.toArray(String[]::new));
    b.satisficing(satisficing.toArray(String[]::new));
  }

  private void futures(Node.Obj n, SearchSpec.Builder b) {
    Optional<In> o = obj(n, searchPath("futures"), at.other, "the futures", Keys.FUTURES);
    if (o.isEmpty()) {
      return;
    }
    In in = o.get();
    locate(in.obj, "futures");
    OptionalLong count = whole(in, "count", true, 1, SearchSpec.MAX_FUTURES, "the number of futures");
    OptionalLong seed = whole(in, "seed", false, Long.MIN_VALUE, Long.MAX_VALUE, "the design's seed");
    if (count.isPresent()) {
      b.futures((int) count.getAsLong(), seed.orElse(0));
    }
  }

  private void algorithm(Node.Obj n, SearchSpec.Builder b) {
    Optional<In> o = obj(n, searchPath("algorithm"), at.other, "the algorithm's settings", Keys.ALGORITHM);
    if (o.isEmpty()) {
      return;
    }
    In in = o.get();
    locate(in.obj, "algorithm");
    int before = issues.size();
    Optional<String> name = in.choice("name", "name", true, identity(SearchSpec.AlgorithmSettings.NAMES));
    OptionalLong population = whole(in, "population", false, 4, 10_000, "the population size");
    Optional<double[]> epsilons = in.numbers("epsilons", "epsilons", "the objective's unit", true);
    epsilons.ifPresent(e -> {
      for (int i = 0; i < e.length; i++) {
        if (!(e[i] > 0)) {
          problem(in.loc("epsilons"), in.at("epsilons"), "epsilon " + (i + 1) + " is " + e[i] + "; each epsilon is "
              + "a positive number, in its objective's unit");
        }
      }
    });
    OptionalLong evaluations = whole(in, "evaluations", false, 0, Long.MAX_VALUE, "the evaluations");
    OptionalLong stall = whole(in, "stall-generations", false, 0, Integer.MAX_VALUE, "generations");
    OptionalLong seed = whole(in, "seed", false, Long.MIN_VALUE, Long.MAX_VALUE, "the search's seed");
    OptionalLong every = whole(in, "checkpoint-every", false, 0, Integer.MAX_VALUE, "generations");
    if (issues.size() > before || name.isEmpty() || epsilons.isEmpty()) {
      return;
    }
    if (evaluations.orElse(0) == 0 && stall.orElse(0) == 0) {
      problem(in.obj.loc(), in.path, "no stopping rule: give 'evaluations' or 'stall-generations' (or both)");
      return;
    }
    b.algorithm(new SearchSpec.AlgorithmSettings(name.get(), (int) population.orElse(100),
        com.google.common.primitives.ImmutableDoubleArray.copyOf(epsilons.get()), evaluations.orElse(0),
        (int) stall.orElse(0), seed.orElse(0), (int) every.orElse(0)));
  }

  /** A whole number in {@code [min, max]}, read from its text so that a 64-bit seed keeps every digit. */
  private OptionalLong whole(In in, String key, boolean required, long min, long max, String what) {
    Optional<Node> v = in.value(key, key, required, "a whole number, " + what);
    if (v.isEmpty()) {
      return OptionalLong.empty();
    }
    Node n = v.get();
    if (n instanceof Node.Scalar s && s.type() == Node.Type.INTEGER && NumberAdvice.ofNumber(s.text()).isEmpty()) {
      try {
        long x = Long.parseLong(s.text().trim());
        if (x < min || x > max) {
          problem(n.loc(), in.at(key), x + " is outside [" + min + ", " + max + "] (" + what + ")");
          return OptionalLong.empty();
        }
        return OptionalLong.of(x);
      } catch (NumberFormatException e) {
        problem(n.loc(), in.at(key), Node.Scalar.shorten(s.text()) + " is not a whole number in [" + min + ", " + max
            + "]");
        return OptionalLong.empty();
      }
    }
    problem(n.loc(), in.at(key), "expected a whole number (" + what + "), got " + n.describe());
    return OptionalLong.empty();
  }

  // ---- placing the core's problems -------------------------------------------------------------------------

  private void place(InvalidModelException e, PathIndex index, Loc fallback) {
    for (Problem p : e.problems()) {
      issues.add(index.find(p.path()).orElse(fallback), p.path(), p.message());
    }
  }

  // ---- checks ----------------------------------------------------------------------------------------------

  /** Where each check's name stands in this file, by name. */
  private final Map<String, Loc> checkNames = new HashMap<>();

  /** The path of a check: {@code checks > check 'name'}, or {@code checks > check N} before its name is known. */
  static List<PathSegment> checkPath(String name) {
    return List.of(PathSegment.field("checks"), PathSegment.field("check '" + name + "'"));
  }

  private Optional<ModelCheck> check(Node n, int index) {
    List<PathSegment> path = peek(n, "name").map(DocumentReader::checkPath)
        .orElse(List.of(label("checks"), label("check " + (index + 1))));
    Optional<String> kindName = peek(n, "kind");
    Set<String> allowed = new HashSet<>(Keys.CHECK_COMMON);
    allowed.addAll(kindName.map(k -> Keys.CHECK_KINDS.getOrDefault(k, Keys.CHECK)).orElse(Keys.CHECK));
    Optional<In> o = obj(n, path, at.other, kindName.filter(Keys.CHECK_KINDS::containsKey)
        .map(k -> "a " + k + " check").orElse("a check"), Keys.CHECK.stream().filter(allowed::contains).toList());
    if (o.isEmpty()) {
      return Optional.empty();
    }
    In in = o.get();
    int before = issues.size();
    Optional<String> name = in.string("name", "name", true);
    Optional<String> kind = in.choice("kind", "kind", true, identity(Keys.CHECK_KINDS.keySet()));
    Optional<String> indicatorId = in.string("indicator", "indicator", true);
    Optional<String> note = in.string("note", "note", false);
    Optional<Indicator> indicator = catalogued(in, indicatorId);
    if (kind.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    if (name.get().isBlank()) {
      problem(in.loc("name"), in.at("name"), "a check's name is blank");
      return Optional.empty();
    }
    Loc named = checkNames.putIfAbsent(name.get(), in.loc("name"));
    if (named != null) {
      // placed here, at the second: loading would find only the first check of that name
      problem(in.loc("name"), in.at("name"), "duplicate check name '" + name.get() + "': the check at line "
          + named.line() + " has it too");
    }
    Optional<ModelCheck> c = Optional.empty();
    try {
      switch (kind.get()) {
        case "bound" -> {
          List<String> scenarios = in.strings("scenarios", "scenarios", PathSegment.Kind.SCENARIO);
          List<Integer> years = years(in);
          OptionalDouble min = in.number("at-least", "at-least", "the indicator's unit", false);
          OptionalDouble max = in.number("at-most", "at-most", "the indicator's unit", false);
          if (!in.has("at-least") && !in.has("at-most")) {
            problem(in.obj.loc(), in.path, "missing key 'at-least' or 'at-most': a bound needs a minimum, a "
                + "maximum or both");
          } else if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
            problem(in.loc("at-most"), in.at("at-most"), "at-most " + max.getAsDouble() + " is below at-least "
                + min.getAsDouble() + " (min > max)");
          }
          if (issues.size() == before && indicator.isPresent()) {
            c = Optional.of(new ModelCheck.Bound(name.get(), indicator.get(), ImmutableList.copyOf(years), min, max,
                ImmutableList.copyOf(scenarios), note.orElse("")));
          }
        }
        case "peak-year" -> {
          List<String> scenarios = in.strings("scenarios", "scenarios", PathSegment.Kind.SCENARIO);
          OptionalInt from = in.integer("from", "from", true);
          OptionalInt to = in.integer("to", "to", true);
          if (from.isPresent() && to.isPresent() && from.getAsInt() > to.getAsInt()) {
            problem(in.loc("to"), in.at("to"), "the window ends in " + to.getAsInt() + ", before it starts in "
                + from.getAsInt());
          }
          if (issues.size() == before && indicator.isPresent()) {
            c = Optional.of(new ModelCheck.PeakYear(name.get(), indicator.get(), ImmutableList.copyOf(scenarios),
                from.getAsInt(), to.getAsInt(), note.orElse("")));
          }
        }
        default -> {
          OptionalInt year = in.integer("year", "year", true);
          Optional<String> first = in.string("scenario", "scenario", true);
          boolean most = in.has("at-most");
          if (most == in.has("at-least")) {
            problem(most ? in.loc("at-least") : in.obj.loc(), in.path, most
                ? "give 'at-least' or 'at-most', not both" : "missing key 'at-least' or 'at-most': the scenario "
                + "the first is compared with");
          }
          String key = most ? "at-most" : "at-least";
          Optional<String> second = in.has(key) ? in.string(key, key, true) : Optional.empty();
          if (first.isPresent() && second.isPresent() && first.get().equals(second.get())) {
            problem(in.loc(key), in.at(key), "scenario '" + first.get() + "' is compared with itself");
          }
          if (issues.size() == before && indicator.isPresent()) {
            c = Optional.of(new ModelCheck.Order(name.get(), indicator.get(), year.getAsInt(), first.get(),
                most ? ModelCheck.Relation.AT_MOST : ModelCheck.Relation.AT_LEAST, second.get(), note.orElse("")));
          }
        }
      }
    } catch (IllegalArgumentException e) {
      problem(n.loc(), path, e.getMessage());
      return Optional.empty();
    }
    return issues.size() > before ? Optional.empty() : c;
  }

  /** The years of a bound: a non-empty list of distinct whole years. */
  private List<Integer> years(In in) {
    List<Integer> out = new ArrayList<>();
    in.list("years", "years", true).ifPresent(items -> {
      if (items.isEmpty()) {
        problem(in.loc("years"), in.at("years"), "a bound needs at least one year");
      }
      for (Node item : items) {
        if (item instanceof Node.Scalar s && s.type() == Node.Type.INTEGER && NumberAdvice.ofNumber(s.text()).isEmpty()
            && s.number() >= Integer.MIN_VALUE && s.number() <= Integer.MAX_VALUE) {
          if (out.contains((int) s.number())) {
            problem(item.loc(), in.at("years"), "year " + (int) s.number() + " is given twice");
          }
          out.add((int) s.number());
        } else {
          problem(item.loc(), in.at("years"), "expected a whole year, such as 2030, got " + item.describe());
        }
      }
    });
    return out;
  }

  // ---- values ----------------------------------------------------------------------------------------------

  private void problem(Loc loc, List<PathSegment> path, String message) {
    issues.add(loc, path, message);
  }

  private static Optional<Node> field(Node.Obj o, String key) {
    Node.Field f = o.fields().get(key);
    return f == null ? Optional.empty() : Optional.of(f.value());
  }

  /** The string under {@code key} of a mapping, if there is one; for names in paths before a mapping is read. */
  private static Optional<String> peek(Node n, String key) {
    if (n instanceof Node.Obj o && o.fields().get(key) != null
        && o.fields().get(key).value() instanceof Node.Scalar s && s.type() == Node.Type.STRING) {
      return Optional.of(s.text());
    }
    return Optional.empty();
  }

  private static List<PathSegment> append(List<PathSegment> path, PathSegment segment) {
    return ImmutableList.<PathSegment>builder().addAll(path).add(segment).build();
  }

  /** The segment of a field, one per label. */
  private PathSegment label(String label) {
    return labels.computeIfAbsent(label, PathSegment::field);
  }

  private <T> List<T> list(Node n, List<PathSegment> path, String what, ItemAt<T> item) {
    if (!(n instanceof Node.Arr a)) {
      problem(n.loc(), path, what + " are a list, got " + n.describe());
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < a.items().size(); i++) {
      item.read(a.items().get(i), i).ifPresent(out::add);
    }
    return out;
  }

  private interface ItemAt<T> {
    Optional<T> read(Node n, int index);
  }

  /** Checks that a node is a mapping with only known keys, and opens it for reading. */
  private Optional<In> obj(Node n, List<PathSegment> path, PathIndex index, String what, List<String> keys) {
    if (!(n instanceof Node.Obj o)) {
      problem(n.loc(), path, "expected " + what + " (a mapping of " + String.join(", ", keys) + "), got "
          + n.describe());
      return Optional.empty();
    }
    index.put(path, n.loc());
    unknownKeys(o, path, keys, what);
    return Optional.of(new In(o, path, index));
  }

  private void unknownKeys(Node.Obj o, List<PathSegment> path, List<String> keys, String what) {
    for (Node.Field f : o.fields().values()) {
      if (!keys.contains(f.key())) {
        issues.add(f.keyLoc(), path, () -> {
          String near = nearest(f.key(), keys);
          return "unknown key '" + Node.Scalar.shorten(f.key()) + "' in " + what + (near == null ? ""
              : " (did you mean '" + near + "'?)") + "; known keys: " + String.join(", ", keys);
        });
      }
    }
  }

  /** The known key within edit distance 2 of a misspelt one, if exactly one is nearest. */
  private static String nearest(String key, List<String> keys) {
    String best = null;
    int bestDistance = 3;
    for (String k : keys) {
      if (Math.abs(key.length() - k.length()) >= bestDistance) {
        continue; // the distance is at least the difference in length
      }
      int d = distance(key.toLowerCase(Locale.ROOT), k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * A number, with a message that says what to write instead of a string, a unit, a list, or a number written in a
   * notation that YAML 1.1, YAML 1.2 and JSON do not read alike; advice never changes the value ({@link NumberAdvice}).
   */
  private OptionalDouble number(Node n, List<PathSegment> path, String unit) {
    if (n instanceof Node.Scalar s && (s.type() == Node.Type.INTEGER || s.type() == Node.Type.DECIMAL)) {
      Optional<String> notation = NumberAdvice.ofNumber(s.text());
      if (notation.isPresent()) {
        problem(n.loc(), path, notation.get());
        return OptionalDouble.empty();
      }
      if (!Double.isFinite(s.number())) {
        problem(n.loc(), path, Node.Scalar.shorten(s.text()) + " is not a finite number");
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(s.number());
    }
    if (n instanceof Node.Scalar s && s.type() == Node.Type.STRING) {
      if (s.text().isBlank()) {
        problem(n.loc(), path, "no value: give a number (" + unit + ")");
      } else if (NumberAdvice.nonFinite(s.text())) {
        problem(n.loc(), path, "'" + s.text() + "' is not a finite number");
      } else {
        problem(n.loc(), path, NumberAdvice.ofString(s.text(), s.quoted(), unit, false)
            .orElseGet(() -> "expected a number (" + unit + "), got " + n.describe()));
      }
      return OptionalDouble.empty();
    }
    problem(n.loc(), path, "expected a number (" + unit + "), got " + n.describe());
    return OptionalDouble.empty();
  }

  private Optional<double[]> numbers(Node n, List<PathSegment> path, String unit) {
    if (!(n instanceof Node.Arr a)) {
      problem(n.loc(), path, "expected a list of numbers (" + unit + "), got " + n.describe());
      return Optional.empty();
    }
    double[] out = new double[a.items().size()];
    boolean ok = true;
    for (int i = 0; i < out.length; i++) {
      OptionalDouble x = number(a.items().get(i), append(path, numbered(ITEM, i + 1)), unit);
      ok &= x.isPresent();
      out[i] = x.orElse(Double.NaN);
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  private static Map<String, SectorGroup> groups() {
    Map<String, SectorGroup> m = new LinkedHashMap<>();
    for (SectorGroup g : SectorGroup.values()) {
      m.put(g.name().toLowerCase(Locale.ROOT), g);
    }
    return m;
  }

  private static Map<String, Ramp> ramps() {
    Map<String, Ramp> m = new LinkedHashMap<>();
    for (Ramp r : Ramp.values()) {
      m.put(r.name().toLowerCase(Locale.ROOT), r);
    }
    return m;
  }

  private static Map<String, YearPath.Interpolation> interpolations() {
    Map<String, YearPath.Interpolation> m = new LinkedHashMap<>();
    for (YearPath.Interpolation r : YearPath.Interpolation.values()) {
      m.put(r.name().toLowerCase(Locale.ROOT), r);
    }
    return m;
  }

  private static Map<String, String> identity(Iterable<String> names) {
    Map<String, String> m = new LinkedHashMap<>();
    names.forEach(x -> m.put(x, x));
    return m;
  }

  /** One mapping being read: typed access to its keys, each registered under its model path. */
  private final class In {
    final Node.Obj obj;
    final List<PathSegment> path;
    final PathIndex index;

    In(Node.Obj obj, List<PathSegment> path, PathIndex index) {
      this.obj = obj;
      this.path = path;
      this.index = index;
    }

    List<PathSegment> at(String label) {
      return append(path, label(label));
    }

    boolean has(String key) {
      return obj.fields().containsKey(key);
    }

    /** Where the value of a key stands, or the mapping if the key is missing. */
    Loc loc(String key) {
      Node.Field f = obj.fields().get(key);
      return f == null ? obj.loc() : f.value().loc();
    }

    Optional<Node> value(String key, String label, boolean required, String hint) {
      Node.Field f = obj.fields().get(key);
      if (f == null) {
        if (required) {
          problem(obj.loc(), path, "missing key '" + key + "' (" + hint + ")");
        }
        return Optional.empty();
      }
      index.put(at(label), f.value().loc());
      if (f.value() instanceof Node.Scalar s && s.type() == Node.Type.NULL) {
        problem(f.value().loc(), at(label), "'" + key + "' has no value: give " + hint + (required ? ""
            : ", or leave the key out"));
        return Optional.empty();
      }
      return Optional.of(f.value());
    }

    Optional<String> string(String key, String label, boolean required) {
      return value(key, label, required, "a string").flatMap(n -> {
        if (n instanceof Node.Scalar s && s.type() == Node.Type.STRING) {
          return Optional.of(s.text());
        }
        problem(n.loc(), at(label), "expected a string, got " + n.describe()
            + (n instanceof Node.Scalar ? "; put it in quotes" : ""));
        return Optional.empty();
      });
    }

    OptionalDouble number(String key, String label, String unit, boolean required) {
      Optional<Node> n = value(key, label, required, "a number, " + unit);
      return n.isEmpty() ? OptionalDouble.empty() : DocumentReader.this.number(n.get(), at(label), unit);
    }

    Optional<double[]> numbers(String key, String label, String unit, boolean required) {
      return value(key, label, required, "a list of numbers, " + unit)
          .flatMap(n -> DocumentReader.this.numbers(n, at(label), unit));
    }

    OptionalInt integer(String key, String label, boolean required) {
      Optional<Node> v = value(key, label, required, "a year");
      if (v.isEmpty()) {
        return OptionalInt.empty();
      }
      Node n = v.get();
      if (n instanceof Node.Scalar s && s.type() == Node.Type.INTEGER) {
        Optional<String> notation = NumberAdvice.ofNumber(s.text());
        if (notation.isPresent()) {
          problem(n.loc(), at(label), notation.get());
          return OptionalInt.empty();
        }
        // any year the core can hold: the core decides which years a model may have, and a model it accepted
        // must read back as it was written
        if (s.number() >= Integer.MIN_VALUE && s.number() <= Integer.MAX_VALUE) {
          return OptionalInt.of((int) s.number());
        }
      }
      if (n instanceof Node.Scalar s && s.type() == Node.Type.STRING && s.quoted()
          && YEAR.matcher(s.text().trim()).matches()) {
        problem(n.loc(), at(label), "'" + s.text() + "' is a string: write the year without quotes");
      } else if (n instanceof Node.Scalar s && s.type() == Node.Type.STRING) {
        problem(n.loc(), at(label), NumberAdvice.ofString(s.text(), s.quoted(), "year", true)
            .orElseGet(() -> "expected a whole year, such as 2030, got " + n.describe()));
      } else {
        problem(n.loc(), at(label), "expected a whole year, such as 2030, got " + n.describe());
      }
      return OptionalInt.empty();
    }

    Optional<Boolean> bool(String key, String label, boolean required) {
      return value(key, label, required, "true or false").flatMap(n -> {
        if (n instanceof Node.Scalar s && s.type() == Node.Type.BOOLEAN) {
          return Optional.of(Boolean.parseBoolean(s.text()));
        }
        problem(n.loc(), at(label), "expected true or false, got " + n.describe());
        return Optional.empty();
      });
    }

    <T> Optional<T> choice(String key, String label, boolean required, Map<String, T> choices) {
      String valid = String.join(", ", choices.keySet());
      return value(key, label, required, "one of " + valid).flatMap(n -> {
        if (n instanceof Node.Scalar s && s.type() == Node.Type.STRING && choices.containsKey(s.text())) {
          return Optional.of(choices.get(s.text()));
        }
        problem(n.loc(), at(label), "expected one of " + valid + ", got " + n.describe());
        return Optional.empty();
      });
    }

    Optional<List<Node>> list(String key, String label, boolean required) {
      return value(key, label, required, "a list").flatMap(n -> {
        if (n instanceof Node.Arr a) {
          return Optional.of(a.items());
        }
        problem(n.loc(), at(label), "expected a list, got " + n.describe());
        return Optional.empty();
      });
    }

    Optional<Node.Obj> map(String key, String label, boolean required) {
      return value(key, label, required, "a mapping").flatMap(n -> {
        if (n instanceof Node.Obj o) {
          return Optional.of(o);
        }
        problem(n.loc(), at(label), "expected a mapping, got " + n.describe());
        return Optional.empty();
      });
    }

    /** A list of distinct strings (tags, prerequisites); each item registered as {@code kind 'item'}. */
    List<String> strings(String key, String label, PathSegment.Kind kind) {
      List<String> out = new ArrayList<>();
      list(key, label, false).ifPresent(items -> {
        Map<String, Loc> seen = new HashMap<>();
        for (Node n : items) {
          if (n instanceof Node.Scalar s && s.type() == Node.Type.STRING) {
            if (once(seen, s.text(), n.loc(), at(label), named(kind, s.text()).toString())) {
              index.put(append(path, named(kind, s.text(), out.size())), n.loc());
              out.add(s.text());
            }
          } else {
            problem(n.loc(), at(label), "expected a string, got " + n.describe());
          }
        }
      });
      return out;
    }
  }

  /** The catalogue's indicator of the {@code indicator} key, or empty with a problem placed there if it is unknown. */
  private Optional<Indicator> catalogued(In in, Optional<String> indicatorId) {
    return indicatorId.flatMap(i -> {
      Optional<Indicator> found = IndicatorCatalogue.standard().find(i);
      if (found.isEmpty()) {
        problem(in.loc("indicator"), in.at("indicator"), "unknown indicator '" + i + "'; see docs/INDICATORS.md "
            + "for the ids, such as gdp, co2, energy-intensity, share:group:tertiary, reserve-life:<sector>");
      }
      return found;
    });
  }
}
