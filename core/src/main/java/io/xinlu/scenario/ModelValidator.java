package io.xinlu.scenario;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.xinlu.PathSegment.Kind.PREREQUISITE;
import static io.xinlu.PathSegment.Kind.PROFILE;
import static io.xinlu.PathSegment.Kind.PROJECT;
import static io.xinlu.PathSegment.Kind.SCENARIO;
import static io.xinlu.PathSegment.Kind.SECTOR;
import static io.xinlu.PathSegment.Kind.STRATEGY;

import io.xinlu.PathSegment;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.Sector;
import io.xinlu.policy.ClosedAssets;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.internal.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a {@link CityModel} and reports every problem with its path. */
final class ModelValidator {
  /** The longest horizon accepted, in years after the base year. */
  static final int MAX_HORIZON = 1000;

  private final CityModel model;
  private final CityProfile profile;
  private final Problems root = Problems.collector();
  private final Map<String, Project> projects = new LinkedHashMap<>();
  /** Where each project of {@link #projects} stands: its strategy and its place in both lists. */
  private final Map<String, Problems> projectAt = new HashMap<>();
  private final Set<String> strategyIds = new HashSet<>();
  private final Map<String, Scenario> scenarios = new LinkedHashMap<>();

  private ModelValidator(CityModel model) {
    this.model = model;
    this.profile = model.profile();
  }

  static void validate(CityModel model) {
    ModelValidator v = new ModelValidator(model);
    v.magnitudes();
    v.strategies();
    v.prerequisiteCycles();
    v.scenarios();
    v.root.throwIfAny(PathSegment.named(PathSegment.Kind.MODEL, model.profile().name()).toString());
  }

  /**
   * Reports base-year numbers that cannot give finite results (docs/MODEL.md, section 19): each value the engine
   * takes or derives for the base year (value added, employment, energy and its intensity, CO2, labour productivity,
   * gross output, final demand, stocks and extraction, population) must be finite and no larger in magnitude than
   * the largest value a run of the longest horizon can sum, and labour productivity, which later years divide by,
   * must not underflow to 0. The numbers are worked out as the engine does.
   */
  private void magnitudes() {
    int n = profile.sectors().size();
    double largest = largestValue(n);
    String range = ", beyond the largest value a run can sum, " + largest + " = Double.MAX_VALUE / (4 x " + n
        + (n == 1 ? " sector" : " sectors") + " x " + (MAX_HORIZON + 1) + " years)";
    Problems pp = root.at(PROFILE, profile.name());
    boolean[] ok = new boolean[n];
    for (int i = 0; i < n; i++) {
      Sector s = profile.sectors().get(i);
      Problems sp = pp.at(SECTOR, s.id(), i);
      double va = s.valueAdded();
      boolean good = within(sp, "value added", va, largest, range);
      if (s.employment().isPresent()) {
        good &= within(sp, "employment", s.employment().getAsDouble(), largest, range);
      }
      good &= within(sp, "energy", s.energy(), largest, range);
      double e0 = s.baseEnergyIntensity();
      if (good && !(e0 <= largest)) {
        good = false;
        sp.add(va > 0 ? "energy" : "energy intensity", (va > 0 ? s.energy() + " over value added " + va
            + " gives an energy intensity of " : "") + e0 + " Mtce per billion CNY" + beyond(e0, range));
      }
      double energy0 = e0 * va;
      double co2 = s.emissionFactor() * energy0;
      if (good && !(energy0 <= largest && co2 <= largest)) {
        good = false;
        sp.add("emission factor", s.emissionFactor() + " times energy " + energy0 + " gives a base-year CO2 of " + co2
            + " Mt" + beyond(co2, range));
      }
      if (good && s.employment().isPresent()) {
        double q0 = s.baseLabourProductivity();
        if (!(q0 > 0 && q0 <= largest)) {
          good = false;
          sp.add(va > 0 ? "employment" : "labour productivity", (va > 0 ? "value added " + va + " over employment "
              + s.employment().getAsDouble() + " gives a labour productivity of " : "") + q0
              + " billion CNY per thousand persons" + (q0 > 0 ? beyond(q0, range)
                  : ": later years divide value added by it"));
        }
      }
      if (s.resource().isPresent()) {
        Problems rp = sp.at("resource");
        double stock = s.resource().get().stock();
        good &= within(rp, "stock", stock, largest, range);
        double phi = s.resource().get().extractionIntensity();
        double extraction = phi * va;
        if (!(extraction <= largest)) {
          good = false;
          rp.add("extraction intensity", phi + " times value added " + va + " gives a base-year extraction of "
              + extraction + beyond(extraction, range));
        }
      }
      ok[i] = good;
    }
    profile.population().ifPresent(x -> within(pp, "population", x, largest, range));
    if (profile.inputOutputTable().isEmpty()) {
      return;
    }
    // gross output V / v and final demand (I - A) x, in the profile's order of sectors
    InputOutputTable t = profile.inputOutputTable().get();
    int[] map = new int[n];
    for (int i = 0; i < n; i++) {
      map[i] = t.sectorIds().indexOf(profile.sectors().get(i).id());
    }
    double[] ratios = t.valueAddedRatios();
    double[][] a = t.coefficients();
    double[] x0 = new double[n];
    boolean outputs = true;
    for (int i = 0; i < n; i++) {
      Sector s = profile.sectors().get(i);
      x0[i] = s.valueAdded() / ratios[map[i]];
      if (ok[i] && !(x0[i] <= largest)) {
        pp.at(SECTOR, s.id(), i).add("value added", s.valueAdded() + " over the value-added ratio "
            + ratios[map[i]] + " of the input-output table gives a gross output of " + x0[i] + " billion CNY"
            + beyond(x0[i], range));
      }
      outputs &= ok[i] && x0[i] <= largest;
    }
    for (int i = 0; outputs && i < n; i++) {
      double y = x0[i];
      for (int j = 0; j < n; j++) {
        y -= a[map[i]][map[j]] * x0[j];
      }
      if (!(Math.abs(y) <= largest)) {
        pp.at(SECTOR, profile.sectors().get(i).id(), i).add("final demand", "(I - A) x gives a base-year final "
            + "demand of " + y + " billion CNY" + beyond(y, range));
      }
    }
  }

  /**
   * The largest magnitude a value of a run over {@code n} sectors and the longest horizon may have: its sums over
   * sectors and years then stay finite ({@code Run#largestValue()} for that horizon).
   */
  static double largestValue(int n) {
    return Double.MAX_VALUE / (4.0 * n * (MAX_HORIZON + 1));
  }

  /** Whether a non-negative base-year number is within the range, reporting it if not. */
  private static boolean within(Problems p, String field, double x, double largest, String range) {
    if (x <= largest) {
      return true;
    }
    p.add(field, x + " is" + range.substring(1));
    return false;
  }

  /** Why a value is out of range: not finite, or beyond the largest. */
  private static String beyond(double x, String range) {
    return Double.isFinite(x) ? range : ", not a finite number";
  }

  private void strategies() {
    Map<String, String> strategyOfProject = new HashMap<>();
    for (int i = 0; i < model.strategies().size(); i++) {
      Strategy s = model.strategies().get(i);
      Problems sp = root.at(STRATEGY, s.id(), i);
      if (s.id().isBlank()) {
        sp.add("id", "must not be blank");
      }
      if (!strategyIds.add(s.id())) {
        sp.add("duplicate strategy id");
      }
      for (int j = 0; j < s.projects().size(); j++) {
        Project p = s.projects().get(j);
        Problems pp = sp.at(PROJECT, p.id(), j);
        if (p.id().isBlank()) {
          pp.add("id", "must not be blank");
        }
        String other = strategyOfProject.putIfAbsent(p.id(), s.id());
        if (other != null) {
          pp.add("duplicate project id (also in strategy '" + other + "')");
        } else {
          projects.put(p.id(), p);
          projectAt.put(p.id(), pp);
        }
        project(p, pp);
      }
    }
    // prerequisites name known projects: checked once all ids are known
    for (int i = 0; i < model.strategies().size(); i++) {
      Strategy s = model.strategies().get(i);
      for (int j = 0; j < s.projects().size(); j++) {
        Project p = s.projects().get(j);
        int k = 0;
        for (String pre : p.prerequisites()) {
          if (!projects.containsKey(pre)) {
            root.at(STRATEGY, s.id(), i).at(PROJECT, p.id(), j)
                .add(PathSegment.named(PREREQUISITE, pre, k), "unknown project; known projects: "
                    + projects.keySet());
          }
          k++;
        }
      }
    }
  }

  private void project(Project p, Problems pp) {
    int t0 = profile.baseYear();
    if (p.start() < t0) {
      pp.add("start", p.start() + " is before the base year " + t0);
    }
    if (p.fullEffect() < p.start()) {
      pp.add("full-effect year", p.fullEffect() + " is before the start " + p.start());
    }
    if (p.end().isPresent() && p.end().getAsInt() < p.fullEffect()) {
      pp.add("end year", p.end().getAsInt() + " is before the full-effect year " + p.fullEffect());
    }
    pp.nonNegative("capital cost", p.capitalCost());
    for (int e = 0; e < p.effects().size(); e++) {
      effect(p.effects().get(e), pp.at(PathSegment.numbered(PathSegment.Kind.EFFECT, e + 1)));
    }
    if (p.closedAssets().isPresent() && p.closedAssets().get().builtYear() > p.start()) {
      pp.at("closed assets").add("built year", p.closedAssets().get().builtYear() + " is after the closure starts in "
          + p.start() + ": capacity cannot close before it is built");
    }
    p.closedAssets().ifPresent(a -> closedAssets(p, a, pp.at("closed assets")));
  }

  /**
   * The assets a closure closes (docs/MODEL.md, section 22; {@link #project} checks the built year against the
   * start): a capital of at least 0, a life above 0, and a project that cuts the sector whose assets close (a scale-demand effect with a
   * negative size selecting it); the sector may be left out when the project cuts exactly one.
   */
  private void closedAssets(Project p, ClosedAssets a, Problems ap) {
    ap.nonNegative("capital", a.capital());
    ap.positive("life", a.life());
    Set<String> cut = new java.util.TreeSet<>();
    for (Effect e : p.effects()) {
      if (e.kind() == Effect.Kind.SCALE_DEMAND && e.size() < 0 && e.selector().isPresent()) {
        SectorSelector s = e.selector().get();
        for (Sector sector : profile.sectors()) {
          if (s.isTag() ? sector.hasTag(s.name()) : sector.id().equals(s.name())) {
            cut.add(sector.id());
          }
        }
      }
    }
    if (cut.isEmpty()) {
      ap.add("the project closes nothing: closed assets need a scale-demand effect with a negative size on their "
          + "sector (or leave the closed assets out)");
    } else if (a.sector().isPresent()) {
      if (!cut.contains(a.sector().get())) {
        ap.add("sector", "the project does not cut sector '" + a.sector().get() + "'; it cuts " + cut);
      }
    } else if (cut.size() > 1) {
      ap.add("sector", "the project cuts " + cut + ": name the sector whose assets close");
    }
  }

  private void effect(Effect e, Problems ep) {
    if (e.selector().isPresent()) {
      selector(e.selector().get(), ep);
    }
    if (ep.finite(e.kind().label(), e.size())
        && e.kind() == Effect.Kind.PRODUCTIVITY && !(e.size() > -1)) {
      ep.add(e.kind().label(), "must be above -1 (no labour productivity left), was " + e.size());
    }
  }

  private void selector(SectorSelector s, Problems p) {
    if (s.isTag()) {
      if (!profile.tags().contains(s.name())) {
        p.add("unknown tag '" + s.name() + "': no sector carries it; known tags: " + profile.tags());
      }
    } else if (!profile.hasSector(s.name())) {
      p.add("unknown sector '" + s.name() + "'; known sectors: " + profile.sectorIds());
    }
  }

  private void prerequisiteCycles() {
    Map<String, Integer> state = new HashMap<>(); // 1 = on stack, 2 = done
    Set<Set<String>> reported = new HashSet<>();
    for (String id : projects.keySet()) {
      findCycles(id, new ArrayList<>(), state, reported);
    }
  }

  private void findCycles(String id, List<String> stack, Map<String, Integer> state, Set<Set<String>> reported) {
    Integer s = state.get(id);
    if (s != null && s == 2) {
      return;
    }
    if (s != null && s == 1) {
      List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(id), stack.size()));
      if (reported.add(new HashSet<>(cycle))) {
        cycle.add(id);
        checkNotNull(projectAt.get(cycle.get(0)), "a project of the cycle has no place").add("prerequisites", "cycle " + String.join(" -> ", cycle));
      }
      return;
    }
    Project p = projects.get(id);
    if (p == null) {
      return;
    }
    state.put(id, 1);
    stack.add(id);
    for (String pre : p.prerequisites()) {
      findCycles(pre, stack, state, reported);
    }
    stack.remove(stack.size() - 1);
    state.put(id, 2);
  }

  private void scenarios() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < model.scenarios().size(); i++) {
      Scenario s = model.scenarios().get(i);
      Problems sp = root.at(SCENARIO, s.name(), i);
      if (s.name().isBlank()) {
        sp.add("name", "must not be blank");
      }
      if (scenarios.putIfAbsent(s.name(), s) != null) {
        sp.add("duplicate scenario name");
      } else {
        index.put(s.name(), i);
      }
    }
    Set<String> inCycle = new HashSet<>();
    for (Scenario s : scenarios.values()) {
      Problems sp = root.at(SCENARIO, s.name(), checkNotNull(index.get(s.name()), "a scenario has no place"));
      int end = lineage(s, sp, inCycle);
      int before = root.all().size();
      scenario(s, sp, end);
      if (end > 0 && root.all().size() == before) {
        startsAfterShifts(s);
      }
    }
  }

  /** Reports projects that a valid scenario's start shifts and delays move before the base year. */
  private void startsAfterShifts(Scenario s) {
    List<Scenario> rootFirst = new ArrayList<>();
    for (Scenario cur = s; ; cur = java.util.Objects.requireNonNull(scenarios.get(cur.parent().get()))) {
      rootFirst.add(0, cur);
      if (cur.parent().isEmpty()) {
        break;
      }
    }
    ResolvedScenario.resolve(com.google.common.collect.ImmutableList.copyOf(rootFirst)).startProblems(model)
        .forEach(root::add);
  }

  /**
   * Walks the parents; returns the resolved end year (checked against the base year by the caller), or -1 if it
   * cannot be resolved.
   */
  private int lineage(Scenario s, Problems sp, Set<String> inCycle) {
    List<String> seen = new ArrayList<>();
    Scenario cur = s;
    int end = -1;
    boolean given = false;
    while (true) {
      if (seen.contains(cur.name())) {
        List<String> cycle = new ArrayList<>(seen.subList(seen.indexOf(cur.name()), seen.size()));
        cycle.add(cur.name());
        if (inCycle.add(String.join(">", cycle.subList(0, cycle.size() - 1).stream().sorted().toList()))) {
          sp.add("parent", "inheritance cycle " + String.join(" -> ", cycle));
        }
        return -1;
      }
      seen.add(cur.name());
      if (!given && cur.endYear().isPresent()) {
        end = cur.endYear().getAsInt();
        given = true;
      }
      if (cur.parent().isEmpty()) {
        break;
      }
      Scenario parent = scenarios.get(cur.parent().get());
      if (parent == null) {
        if (cur == s) {
          sp.add("parent", "unknown scenario '" + cur.parent().get() + "'; known scenarios: " + scenarios.keySet());
        }
        return -1;
      }
      cur = parent;
    }
    if (!given) {
      sp.add("end year", "not given by the scenario or any of its parents");
    }
    return end;
  }

  private void scenario(Scenario s, Problems sp, int resolvedEnd) {
    int t0 = profile.baseYear();
    if (s.endYear().isPresent()) {
      int e = s.endYear().getAsInt();
      if (e <= t0) {
        sp.add("end year", e + " is not after the base year " + t0);
      } else if (e > t0 + MAX_HORIZON) {
        sp.add("end year", e + " is more than " + MAX_HORIZON + " years after the base year " + t0);
      }
    }
    // an unresolved or meaningless horizon is reported above; year checks then skip the upper bound
    int end = resolvedEnd <= t0 ? -1 : resolvedEnd;
    for (Map.Entry<String, StrategyAdoption> a : s.adoptions().entrySet()) {
      Problems ap = sp.at(STRATEGY, a.getKey());
      if (!strategyIds.contains(a.getKey())) {
        ap.add("unknown strategy; known strategies: " + strategyIds);
      }
      ap.fraction("intensity", a.getValue().intensity());
      ap.finite("start shift", a.getValue().startShift());
    }
    for (Map.Entry<String, ProjectOverride> o : s.projectOverrides().entrySet()) {
      Problems op = sp.at(PROJECT, o.getKey());
      if (!projects.containsKey(o.getKey())) {
        op.add("unknown project; known projects: " + projects.keySet());
      }
      o.getValue().delayYears().ifPresent(d -> op.finite("delay", d));
      o.getValue().scaleFactor().ifPresent(f -> op.nonNegative("scale", f));
    }
    for (Map.Entry<String, YearPath> g : s.growthOverrides().entrySet()) {
      Problems gp = sp.at("growth override").at(SECTOR, g.getKey());
      if (!profile.hasSector(g.getKey())) {
        gp.add("unknown sector; known sectors: " + profile.sectorIds());
      }
      path(g.getValue(), gp, end, false);
    }
    s.macroShock().ifPresent(p -> path(p, sp.at("macro shock"), end, false));
    for (Map.Entry<SectorSelector, YearPath> e : s.emissionFactorPaths().entrySet()) {
      Problems ep = sp.at("emission-factor path").at(e.getKey().isTag() ? PathSegment.Kind.TAG : SECTOR,
          e.getKey().name());
      selector(e.getKey(), ep);
      path(e.getValue(), ep, end, true);
    }
    for (Map.Entry<SectorSelector, YearPath> e : s.pricePaths().entrySet()) {
      Problems pp = sp.at("price path").at(e.getKey().isTag() ? PathSegment.Kind.TAG : SECTOR, e.getKey().name());
      selector(e.getKey(), pp);
      pricePath(e.getValue(), pp, end);
    }
    s.reemploymentRate().ifPresent(r -> sp.fraction("re-employment rate", r));
    s.populationPath().ifPresent(p -> {
      path(p, sp.at("population path"), end, true);
      if (profile.population().isEmpty()) {
        sp.add("population path", "the profile gives no base-year population to start the path from");
      }
    });
  }

  /**
   * Checks a price path (section 20 of docs/MODEL.md): every value finite and positive, a base-year value only if it
   * is 1, no year before the base year or after the horizon, and, for an exact path (the one form that leaves
   * years without a value), a value in every year from the year after the base year to the horizon's end.
   */
  private void pricePath(YearPath path, Problems pp, int end) {
    int t0 = profile.baseYear();
    path.points().forEach((year, value) -> {
      Problems yp = pp.at(PathSegment.year(year));
      if (year < t0) {
        yp.add("year " + year + " is before the base year " + t0);
      } else if (end > 0 && year > end) {
        yp.add("year " + year + " is after the horizon's end " + end);
      }
      if (!yp.finite("value", value)) {
        return;
      }
      if (!(value > 0)) {
        yp.add("value", "a price index must be positive, was " + value);
      } else if (year == t0 && value != 1.0) {
        yp.add("value", "a price index is 1 in the base year " + t0 + ", was " + value);
      }
    });
    if (path.interpolation() == YearPath.Interpolation.EXACT && end > 0) {
      List<Integer> missing = new ArrayList<>();
      for (int t = t0 + 1; t <= end; t++) {
        if (!path.points().containsKey(t)) {
          missing.add(t);
        }
      }
      if (!missing.isEmpty()) {
        pp.add("interpolation", "an exact price path needs a value in every year from " + (t0 + 1) + " to " + end
            + " (it gives none between its years); missing " + missing.size() + (missing.size() == 1 ? " year: "
                : " years: ") + (missing.size() <= 5 ? missing.toString() : missing.subList(0, 5) + " ...")
            + "; give those years, or make the path stepwise or linear");
      }
    }
  }

  private void path(YearPath path, Problems pp, int end, boolean nonNegative) {
    int t0 = profile.baseYear();
    path.points().forEach((year, value) -> {
      Problems yp = pp.at(PathSegment.year(year));
      if (year <= t0) {
        yp.add("year " + year + " is not after the base year " + t0);
      } else if (end > 0 && year > end) {
        yp.add("year " + year + " is after the horizon's end " + end);
      }
      if (nonNegative) {
        yp.nonNegative("value", value);
      } else {
        yp.finite("value", value);
      }
    });
  }
}
