package io.xinlu.engine;

import static io.xinlu.PathSegment.Kind.SCENARIO;
import static io.xinlu.PathSegment.named;

import com.google.common.collect.ImmutableList;
import io.xinlu.InvalidModelException;
import io.xinlu.Problem;
import io.xinlu.policy.Project;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectPlan;
import io.xinlu.scenario.ResolvedScenario;
import io.xinlu.scenario.StrategyAdoption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The projects a scenario carries out, in the model's order, each with its {@link ProjectPlan} (sections 7 to 9 of
 * {@code docs/MODEL.md}), its prerequisites, and whether it is blocked (which depends only on which projects are
 * carried out, not on any value); and, for one compilation, their weights {@code w_k}, their years after delays and
 * deferrals, their ramps {@code r_k(t)} and the capital schedule. Immutable after construction and thread-safe.
 */
final class ProjectSchedule {
  private final String scenarioName;
  private final int t0;
  private final int years;
  /** The number of projects carried out. */
  final int m;
  /** The plan of each project carried out, with the values the scenario gives. */
  private final ProjectPlan[] plan;
  /** Each project's strategy, by index in the model's order. */
  private final int[] strategyIndex;
  /** Each project, by index in the model's order ({@link CityModel#projects()}). */
  private final int[] projectIndex;
  /** Each project's prerequisites: their positions here (-1 if not carried out), and their ids. */
  private final int[][] prerequisites;
  private final String[][] prerequisiteIds;
  /** Whether a project is blocked: a prerequisite is not carried out or is blocked itself. */
  final boolean[] blocked;
  /** The ids of the projects carried out, blocked ones included. */
  final ImmutableList<String> projectIds;
  /** The number of effect slots: effects of all projects of the model, in its order. */
  final int effectSlots;
  /** The first effect slot of each project of the model. */
  final int[] firstSlot;

  /**
   * The schedule of a scenario whose strategies in {@code intensityGiven} (by index in the model's order; null for
   * none) get an intensity from parameter values: they count as adopted, fully and on schedule until a value says
   * otherwise.
   */
  ProjectSchedule(CityModel model, ResolvedScenario rs, int years, boolean @Nullable [] intensityGiven) {
    this.scenarioName = rs.name();
    this.t0 = model.profile().baseYear();
    this.years = years;
    List<ProjectPlan> plans = new ArrayList<>();
    List<Integer> strategies = new ArrayList<>();
    List<Integer> projects = new ArrayList<>();
    ImmutableList<Strategy> all = model.strategies();
    firstSlot = new int[model.projects().size()];
    int slot = 0;
    int pi = 0;
    for (int si = 0; si < all.size(); si++) {
      Strategy s = all.get(si);
      Optional<StrategyAdoption> adoption = Optional.ofNullable(rs.adoptions().get(s.id()));
      if (adoption.isEmpty() && intensityGiven != null && intensityGiven[si]) {
        adoption = Optional.of(StrategyAdoption.full());
      }
      for (Project p : s.projects()) {
        firstSlot[pi] = slot;
        slot += p.effects().size();
        ProjectPlan planned = ProjectPlan.of(s, p, adoption, rs.projectOverride(p.id()));
        if (planned.carriedOut()) {
          plans.add(planned);
          strategies.add(si);
          projects.add(pi);
        }
        pi++;
      }
    }
    effectSlots = slot;
    m = plans.size();
    plan = plans.toArray(new ProjectPlan[0]);
    strategyIndex = strategies.stream().mapToInt(Integer::intValue).toArray();
    projectIndex = projects.stream().mapToInt(Integer::intValue).toArray();
    String[] ids = new String[m];
    Map<String, Integer> byId = new HashMap<>();
    for (int a = 0; a < m; a++) {
      ids[a] = plan[a].project().id();
      byId.put(ids[a], a);
    }
    projectIds = ImmutableList.copyOf(ids);
    prerequisites = new int[m][];
    prerequisiteIds = new String[m][];
    for (int a = 0; a < m; a++) {
      prerequisiteIds[a] = plan[a].project().prerequisites().toArray(new String[0]);
      prerequisites[a] = new int[prerequisiteIds[a].length];
      for (int q = 0; q < prerequisites[a].length; q++) {
        prerequisites[a][q] = byId.getOrDefault(prerequisiteIds[a][q], -1);
      }
    }
    blocked = new boolean[m];
    defer(new double[m], new double[m], new double[m], blocked, new ArrayList<>());
  }

  /** Project {@code a} carried out. */
  Project project(int a) {
    return plan[a].project();
  }

  /** The index in the model's order ({@link CityModel#projects()}) of project {@code a} carried out. */
  int modelIndex(int a) {
    return projectIndex[a];
  }

  /** The first effect slot of project {@code a} carried out. */
  int firstSlot(int a) {
    return firstSlot[projectIndex[a]];
  }

  /**
   * The projects' weights and years in one compilation, with parameter values put into their plans (NaN or no array
   * leaves a value as the scenario gives it), after delays and deferrals.
   *
   * @throws InvalidModelException if start shifts and delays move a project before the base year
   */
  ProjectYears years(Adjustments adj) {
    boolean adjusted = adj.strategyIntensity != null || adj.projectScale != null || adj.strategyShift != null
        || adj.projectDelay != null;
    double[] weight = new double[m];
    double[] start = new double[m];
    double[] full = new double[m];
    double[] end = new double[m];
    List<Problem> early = null;
    for (int a = 0; a < m; a++) {
      ProjectPlan p = plan[a];
      if (adjusted) {
        int si = strategyIndex[a];
        int pi = projectIndex[a];
        p = p.withValues(Adjustments.or(adj.strategyIntensity, si, p.intensity()),
            Adjustments.or(adj.projectScale, pi, p.scale()), Adjustments.or(adj.strategyShift, si, p.startShift()),
            Adjustments.or(adj.projectDelay, pi, p.delayYears()));
      }
      ImmutableList<Problem> problems = p.startProblems(scenarioName, t0);
      if (!problems.isEmpty()) {
        if (early == null) {
          early = new ArrayList<>();
        }
        early.addAll(problems);
      }
      weight[a] = p.weight();
      start[a] = p.start();
      full[a] = p.fullEffect();
      end[a] = p.end();
    }
    if (early != null) {
      throw new InvalidModelException(named(SCENARIO, scenarioName).toString(), early);
    }
    List<Event> events = new ArrayList<>();
    defer(start, full, end, new boolean[m], events);
    return new ProjectYears(weight, start, full, end, ImmutableList.copyOf(events));
  }

  /**
   * The projects' weights {@code w_k} and their start, full-effect and end years after delays and deferrals, with the
   * deferrals and blocked projects found, in one compilation.
   */
  record ProjectYears(double[] weight, double[] start, double[] full, double[] end, ImmutableList<Event> events) {}

  /**
   * Defers or blocks projects after their prerequisites (section 8 of {@code docs/MODEL.md}; the model has no
   * cycles), in the order of projects and, within a project, of its prerequisites. {@code start}, {@code full} and
   * {@code end} hold the delayed years on entry and the deferred ones on exit.
   */
  private void defer(double[] start, double[] full, double[] end, boolean[] isBlocked, List<Event> events) {
    boolean[] resolved = new boolean[m];
    for (int a = 0; a < m; a++) {
      defer(a, start, full, end, isBlocked, resolved, events);
    }
  }

  private void defer(int a, double[] start, double[] full, double[] end, boolean[] isBlocked, boolean[] resolved,
      List<Event> events) {
    if (resolved[a]) {
      return;
    }
    resolved[a] = true;
    double latest = Double.NEGATIVE_INFINITY;
    String binding = "";
    int[] pre = prerequisites[a];
    for (int q = 0; q < pre.length; q++) {
      int p = pre[q];
      if (p >= 0) {
        defer(p, start, full, end, isBlocked, resolved, events);
      }
      if (p < 0 || isBlocked[p]) {
        if (!isBlocked[a]) {
          isBlocked[a] = true;
          events.add(new Event.Blocked(projectIds.get(a), start[a], prerequisiteIds[a][q]));
        }
        continue;
      }
      if (full[p] > latest) {
        latest = full[p];
        binding = projectIds.get(p);
      }
    }
    if (!isBlocked[a] && latest > start[a]) {
      double shift = latest - start[a];
      events.add(new Event.Deferral(projectIds.get(a), start[a], latest, binding));
      start[a] += shift;
      full[a] += shift;
      end[a] += shift;
    }
  }

  /**
   * The ramps {@code r_k(t)} of the projects by year, {@code [project * years + year index]} (section 5 of
   * {@code docs/MODEL.md}); the reference's array when every project starts, reaches full effect and ends in the same
   * years as in {@code ref}.
   */
  double[] ramps(ProjectYears y, @Nullable CompiledScenario ref) {
    if (ref != null && same(y.start(), ref.start) && same(y.full(), ref.full) && same(y.end(), ref.end)) {
      return ref.ramp;
    }
    double[] ramp = new double[m * years];
    double[] start = y.start();
    double[] full = y.full();
    double[] end = y.end();
    for (int a = 0; a < m; a++) {
      if (blocked[a]) {
        continue;
      }
      Project p = plan[a].project();
      for (int k = 1; k < years; k++) {
        double t = t0 + k;
        ramp[a * years + k] = t > end[a] ? 0.0 : p.ramp().value(t, start[a], full[a]);
      }
    }
    return ramp;
  }

  /** Whether two arrays hold the same bits (the same array, or equal element by element). */
  static boolean same(double[] a, double[] b) {
    return a == b || Arrays.equals(a, b);
  }

  /**
   * The capital schedule {@code K(t)} by year index (section 9 of {@code docs/MODEL.md}): each project's
   * {@code w_k K_k} spread evenly over its build years within the horizon.
   */
  double[] capital(ProjectYears y) {
    double[] capital = new double[years];
    double[] weight = y.weight();
    double[] start = y.start();
    double[] full = y.full();
    for (int a = 0; a < m; a++) {
      if (blocked[a]) {
        continue;
      }
      double cost = plan[a].project().capitalCost() * weight[a];
      // a project that starts after the horizon's end (a start shift or delay of any size, up to +infinity when
      // two huge ones add up) spends nothing within it; the years stay doubles, which no shift overflows
      double first = Math.ceil(start[a]);
      if (cost == 0 || !(first < t0 + years)) {
        continue;
      }
      // the build years are the integers in [first, full): ceil(full) - first of them (full >= start, and both
      // are below 2^53 here, so the count is exact)
      double count = Math.max(0.0, Math.ceil(full[a]) - first);
      if (count == 0) {
        addCapital(capital, (int) first, cost);
      } else {
        double last = Math.min(Math.ceil(full[a]) - 1, t0 + years - 1);
        for (int t = (int) first; t <= last; t++) {
          addCapital(capital, t, cost / count);
        }
      }
    }
    return capital;
  }

  private void addCapital(double[] capital, int year, double amount) {
    int k = year - t0;
    if (k >= 0 && k < years) {
      capital[k] += amount;
    }
  }
}
