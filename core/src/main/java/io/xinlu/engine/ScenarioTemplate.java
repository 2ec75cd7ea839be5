package io.xinlu.engine;

import static io.xinlu.PathSegment.Kind.EFFECT;
import static io.xinlu.PathSegment.Kind.PROJECT;
import static io.xinlu.PathSegment.Kind.SCENARIO;
import static io.xinlu.PathSegment.named;
import static io.xinlu.PathSegment.numbered;

import com.google.common.collect.ImmutableList;
import io.xinlu.InvalidModelException;
import io.xinlu.Problem;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.Sector;
import io.xinlu.internal.LinearAlgebra;
import io.xinlu.internal.Problems;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.ResolvedScenario;
import io.xinlu.scenario.StrategyAdoption;
import io.xinlu.scenario.YearPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What compiling a scenario works out once, before any parameter value is known: the economy (Leontief inverse and
 * base-year arrays), the assumption paths by year, the projects the scenario carries out, which of them are
 * blocked, and how each effect splits over sectors. {@link #instantiate} applies a set of values (or none) and lays
 * out a {@link CompiledScenario}; that is the whole work of compiling one run of an ensemble.
 *
 * <p>The yearly factors of {@code docs/MODEL.md} that do not depend on the state of a run (final demand before
 * resource caps, energy per unit of value added, CO2 per unit of energy, labour productivity, the re-employment
 * rate, and the clamps among them) are computed here, in the same order of operations as the yearly step, so that
 * the run itself is the Leontief product, the resource caps and the labour transition.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class ScenarioTemplate {
  private static final int KINDS = Effect.Kind.values().length;
  private static final int NEW_CAPACITY = Effect.Kind.NEW_CAPACITY.ordinal();
  private static final int SCALE_DEMAND = Effect.Kind.SCALE_DEMAND.ordinal();
  private static final int GROWTH_SHIFT = Effect.Kind.GROWTH_SHIFT.ordinal();
  private static final int ENERGY_INTENSITY = Effect.Kind.ENERGY_INTENSITY.ordinal();
  private static final int EMISSION_FACTOR = Effect.Kind.EMISSION_FACTOR.ordinal();
  private static final int PRODUCTIVITY = Effect.Kind.PRODUCTIVITY.ordinal();
  private static final int REEMPLOYMENT = Effect.Kind.REEMPLOYMENT.ordinal();

  /** The groups of yearly factors, in the order their clamps happen in a year (resource caps after the first). */
  static final int DEMAND = 0;
  static final int ENERGY = 1;
  static final int EMISSION = 2;
  static final int LABOUR = 3;
  static final int RHO = 4;
  static final int GROUPS = 5;

  final CityModel model;
  final CityProfile profile;
  final ResolvedScenario rs;
  final int n;
  final int t0;
  final int years;
  final ImmutableList<String> sectorIds;
  final Economy economy;

  // assumption paths
  private final double[] shockByYear;
  private final double[][] growthOverride;
  private final boolean hasGrowthOverride;
  private final double[][] emissionMember;
  private final double[][] emissionValue;
  private final double[][] emissionPath;
  private final double[] population;

  // the projects carried out, in the model's order
  private final int m;
  private final Project[] project;
  private final int[] strategyIndex;
  private final int[] projectIndex;
  private final double[] baseIntensity;
  private final double[] baseScale;
  private final double[] baseShift;
  private final double[] baseDelay;
  private final int[][] prerequisites;
  private final String[][] prerequisiteIds;
  private final boolean[] blocked;
  private final ImmutableList<String> projectIds;

  // the effects of unblocked projects, one flat list per kind, in the order of projects, effects and sectors
  private final int[][] fxProject;
  private final int[][] fxSector;
  private final int[][] fxSlot;
  private final double[][] fxBase;
  private final double[][] fxShare;
  private final int[] productivityProject;
  /** The sectors with effects on final demand (scale or new capacity), energy, emission factor, productivity. */
  private final int[] demandAffected;
  private final int[] energyAffected;
  private final int[] emissionAffected;
  private final int[] productivityAffected;
  private final int[] productivitySlot;
  /**
   * For each kind of effect, for each affected sector of its group (by position in {@link #demandAffected},
   * {@link #energyAffected}, {@link #emissionAffected} or {@link #productivityAffected}), the indices of its effects
   * of that kind in their order; empty for kinds worked out year by year only.
   */
  private final int[][][] effectsAt;
  /** The sectors whose final demand in the base year is below 0 (-0 is not), in ascending order. */
  private final int[] negativeBaseDemand;

  /**
   * The scenario compiled with no values replaced, whose arrays a compilation with values shares where its inputs
   * are the same; null while it is being compiled, or if it cannot be (its values are invalid).
   */
  private @Nullable CompiledScenario reference;

  /** The number of effect slots: effects of all projects of the model, in its order. */
  final int effectSlots;
  /** The first effect slot of each project of the model. */
  final int[] firstSlot;

  private ScenarioTemplate(CityModel model, ResolvedScenario rs, boolean @Nullable [] intensityGiven,
      @Nullable Economy economy) {
    this.model = model;
    this.profile = model.profile();
    this.rs = rs;
    this.n = profile.sectors().size();
    this.t0 = profile.baseYear();
    this.years = rs.endYear() - t0 + 1;
    if (years < 2) {
      throw new IllegalArgumentException("scenario '" + rs.name() + "' ends in " + rs.endYear()
          + ", not after the base year " + t0);
    }
    for (String id : rs.adoptions().keySet()) {
      model.strategy(id); // throws with the known ids
    }
    for (String id : rs.projectOverrides().keySet()) {
      if (model.project(id).isEmpty()) {
        throw new IllegalArgumentException("scenario '" + rs.name() + "' overrides unknown project '" + id + "'");
      }
    }
    this.sectorIds = profile.sectorIds();
    this.economy = economy != null ? economy : new Economy(profile);

    // paths
    shockByYear = new double[years];
    growthOverride = new double[years][n];
    YearPath[] growth = new YearPath[n];
    for (int i = 0; i < n; i++) {
      growth[i] = rs.growthOverrides().get(sectorIds.get(i));
    }
    for (int k = 0; k < years; k++) {
      int t = t0 + k;
      shockByYear[k] = rs.macroShock().isPresent() ? rs.macroShock().get().valueAt(t, 0.0) : 0.0;
      for (int i = 0; i < n; i++) {
        growthOverride[k][i] = growth[i] != null ? growth[i].valueAt(t, Double.NaN) : Double.NaN;
      }
    }
    hasGrowthOverride = !rs.growthOverrides().isEmpty();
    List<double[]> members = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    rs.emissionFactorPaths().forEach((sel, path) -> {
      members.add(membership(sel));
      double[] byYear = new double[years];
      for (int k = 0; k < years; k++) {
        byYear[k] = path.valueAt(t0 + k, 1.0);
      }
      values.add(byYear);
    });
    emissionMember = members.toArray(new double[0][]);
    emissionValue = values.toArray(new double[0][]);
    emissionPath = emissionPath(1.0);
    population = new double[years];
    double p0 = profile.population().orElse(Double.NaN);
    double gp = profile.populationGrowth();
    for (int k = 0; k < years; k++) {
      double fromGrowth = p0 * StrictMath.pow(1 + gp, k);
      population[k] = k > 0 && rs.populationPath().isPresent()
          ? rs.populationPath().get().valueAt(t0 + k, fromGrowth) : fromGrowth;
    }

    // projects
    List<Project> active = new ArrayList<>();
    List<double[]> base = new ArrayList<>();
    List<int[]> index = new ArrayList<>();
    ImmutableList<Strategy> strategies = model.strategies();
    firstSlot = new int[model.projects().size()];
    int slot = 0;
    int pi = 0;
    for (int si = 0; si < strategies.size(); si++) {
      Strategy s = strategies.get(si);
      StrategyAdoption adoption = rs.adoptions().get(s.id());
      boolean given = intensityGiven != null && intensityGiven[si];
      boolean adopted = adoption != null || given;
      for (Project p : s.projects()) {
        firstSlot[pi] = slot;
        slot += p.effects().size();
        ProjectOverride o = rs.projectOverride(p.id());
        if (o.included().orElse(adopted)) {
          active.add(p);
          index.add(new int[] {si, pi});
          base.add(new double[] {adoption != null ? adoption.intensity() : 1.0, o.scaleFactor().orElse(1.0),
              adoption != null ? adoption.startShift() : 0.0, o.delayYears().orElse(0.0)});
        }
        pi++;
      }
    }
    effectSlots = slot;
    m = active.size();
    project = active.toArray(new Project[0]);
    strategyIndex = new int[m];
    projectIndex = new int[m];
    baseIntensity = new double[m];
    baseScale = new double[m];
    baseShift = new double[m];
    baseDelay = new double[m];
    String[] ids = new String[m];
    Map<String, Integer> byId = new HashMap<>();
    for (int a = 0; a < m; a++) {
      strategyIndex[a] = index.get(a)[0];
      projectIndex[a] = index.get(a)[1];
      double[] b = base.get(a);
      baseIntensity[a] = b[0];
      baseScale[a] = b[1];
      baseShift[a] = b[2];
      baseDelay[a] = b[3];
      ids[a] = project[a].id();
      byId.put(ids[a], a);
    }
    projectIds = ImmutableList.copyOf(ids);
    prerequisites = new int[m][];
    prerequisiteIds = new String[m][];
    for (int a = 0; a < m; a++) {
      prerequisiteIds[a] = project[a].prerequisites().toArray(new String[0]);
      prerequisites[a] = new int[prerequisiteIds[a].length];
      for (int q = 0; q < prerequisites[a].length; q++) {
        prerequisites[a][q] = byId.getOrDefault(prerequisiteIds[a][q], -1);
      }
    }
    // whether a project is blocked depends only on which projects are carried out, not on any value
    blocked = new boolean[m];
    double[] start = new double[m];
    double[] full = new double[m];
    double[] end = new double[m];
    resolve(start, full, end, blocked, new ArrayList<>());

    // effects
    int[] count = new int[KINDS];
    int[][] fp = new int[KINDS][8];
    int[][] fs = new int[KINDS][8];
    int[][] fslot = new int[KINDS][8];
    double[][] fb = new double[KINDS][8];
    double[][] fsh = new double[KINDS][8];
    List<int[]> productivity = new ArrayList<>();
    for (int a = 0; a < m; a++) {
      if (blocked[a]) {
        continue;
      }
      List<Effect> effects = project[a].effects();
      for (int e = 0; e < effects.size(); e++) {
        Effect effect = effects.get(e);
        int k = effect.kind().ordinal();
        int effectSlot = firstSlot[projectIndex[a]] + e;
        if (k == PRODUCTIVITY) {
          productivity.add(new int[] {a, effectSlot});
        }
        if (effect.selector().isEmpty()) {
          add(k, a, -1, effectSlot, effect.size(), 1.0, count, fp, fs, fslot, fb, fsh);
          continue;
        }
        double[] member = membership(effect.selector().get());
        double weightSum = 0;
        int selected = 0;
        for (int i = 0; i < n; i++) {
          if (member[i] > 0) {
            weightSum += this.economy.valueAdded0[i];
            selected++;
          }
        }
        for (int i = 0; i < n; i++) {
          if (member[i] == 0) {
            continue;
          }
          double share = 1.0;
          if (k == NEW_CAPACITY) {
            share = weightSum > 0 ? this.economy.valueAdded0[i] / weightSum : 1.0 / selected;
          }
          add(k, a, i, effectSlot, effect.size(), share, count, fp, fs, fslot, fb, fsh);
        }
      }
    }
    fxProject = new int[KINDS][];
    fxSector = new int[KINDS][];
    fxSlot = new int[KINDS][];
    fxBase = new double[KINDS][];
    fxShare = new double[KINDS][];
    for (int k = 0; k < KINDS; k++) {
      fxProject[k] = Arrays.copyOf(fp[k], count[k]);
      fxSector[k] = Arrays.copyOf(fs[k], count[k]);
      fxSlot[k] = Arrays.copyOf(fslot[k], count[k]);
      fxBase[k] = Arrays.copyOf(fb[k], count[k]);
      fxShare[k] = Arrays.copyOf(fsh[k], count[k]);
    }
    demandAffected = affected(SCALE_DEMAND, NEW_CAPACITY);
    energyAffected = affected(ENERGY_INTENSITY);
    emissionAffected = affected(EMISSION_FACTOR);
    productivityAffected = affected(PRODUCTIVITY);
    boolean[] below = new boolean[n];
    for (int i = 0; i < n; i++) {
      below[i] = this.economy.y0[i] < 0;
    }
    negativeBaseDemand = indicesOf(below);
    effectsAt = new int[KINDS][][];
    Arrays.fill(effectsAt, new int[0][]);
    effectsAt[SCALE_DEMAND] = effectsAt(SCALE_DEMAND, demandAffected);
    effectsAt[NEW_CAPACITY] = effectsAt(NEW_CAPACITY, demandAffected);
    effectsAt[ENERGY_INTENSITY] = effectsAt(ENERGY_INTENSITY, energyAffected);
    effectsAt[EMISSION_FACTOR] = effectsAt(EMISSION_FACTOR, emissionAffected);
    effectsAt[PRODUCTIVITY] = effectsAt(PRODUCTIVITY, productivityAffected);
    productivityProject = productivity.stream().mapToInt(x -> x[0]).toArray();
    productivitySlot = productivity.stream().mapToInt(x -> x[1]).toArray();
    try {
      reference = instantiate(Adjustments.NONE);
    } catch (InvalidModelException e) {
      reference = null;
    }
  }

  /** The sectors that effects of these kinds act on, ascending. */
  private int[] affected(int... kinds) {
    boolean[] hit = new boolean[n];
    for (int k : kinds) {
      for (int sector : fxSector[k]) {
        hit[sector] = true;
      }
    }
    return indicesOf(hit);
  }

  /** The indices of the true entries, in ascending order. */
  private static int[] indicesOf(boolean[] hit) {
    int count = 0;
    for (boolean b : hit) {
      count += b ? 1 : 0;
    }
    int[] out = new int[count];
    for (int i = 0, m = 0; i < hit.length; i++) {
      if (hit[i]) {
        out[m++] = i;
      }
    }
    return out;
  }

  /** For each affected sector (by position), the indices of its effects of one kind, in their order. */
  private int[][] effectsAt(int kind, int[] affectedSectors) {
    final int[] position = positions(affectedSectors);
    final int affected = affectedSectors.length;
    int[] count = new int[affected];
    for (int sector : fxSector[kind]) {
      count[position[sector]]++;
    }
    int[][] out = new int[affected][];
    for (int a = 0; a < affected; a++) {
      out[a] = new int[count[a]];
      count[a] = 0;
    }
    for (int j = 0; j < fxSector[kind].length; j++) {
      int a = position[fxSector[kind][j]];
      out[a][count[a]++] = j;
    }
    return out;
  }

  /** Each sector's position in {@code affected}, or -1. */
  private int[] positions(int[] affected) {
    int[] slot = new int[n];
    Arrays.fill(slot, -1);
    for (int a = 0; a < affected.length; a++) {
      slot[affected[a]] = a;
    }
    return slot;
  }

  private static void add(int k, int a, int sector, int slot, double size, double share, int[] count, int[][] fp,
      int[][] fs, int[][] fslot, double[][] fb, double[][] fsh) {
    if (count[k] == fp[k].length) {
      int c = count[k] * 2;
      fp[k] = Arrays.copyOf(fp[k], c);
      fs[k] = Arrays.copyOf(fs[k], c);
      fslot[k] = Arrays.copyOf(fslot[k], c);
      fb[k] = Arrays.copyOf(fb[k], c);
      fsh[k] = Arrays.copyOf(fsh[k], c);
    }
    fp[k][count[k]] = a;
    fs[k][count[k]] = sector;
    fslot[k][count[k]] = slot;
    fb[k][count[k]] = size;
    fsh[k][count[k]] = share;
    count[k]++;
  }

  /** The template of a scenario without parameters. */
  static ScenarioTemplate of(CityModel model, ResolvedScenario rs) {
    return new ScenarioTemplate(model, rs, null, null);
  }

  /**
   * The template of a scenario whose strategies in {@code intensityGiven} (by index in the model's order) get an
   * intensity from parameter values, and are therefore adopted; {@code economyOf} shares its economy if not null.
   */
  static ScenarioTemplate of(CityModel model, ResolvedScenario rs, boolean[] intensityGiven,
      @Nullable ScenarioTemplate economyOf) {
    return new ScenarioTemplate(model, rs, intensityGiven, economyOf == null ? null : economyOf.economy);
  }

  /** Weights of a selector over sectors: 1 for a selected sector, 0 otherwise. */
  private double[] membership(SectorSelector sel) {
    double[] member = new double[n];
    for (int i = 0; i < n; i++) {
      Sector s = profile.sectors().get(i);
      if (sel.isTag() ? s.hasTag(sel.name()) : s.id().equals(sel.name())) {
        member[i] = 1.0;
      }
    }
    return member;
  }

  /** The emission-factor path multipliers by year and sector, with the paths scaled by {@code scale}. */
  private double[][] emissionPath(double scale) {
    double[][] ef = new double[years][n];
    for (int k = 0; k < years; k++) {
      Arrays.fill(ef[k], 1.0);
      if (k == 0) {
        continue;
      }
      for (int s = 0; s < emissionValue.length; s++) {
        double mult = 1.0 + scale * (emissionValue[s][k] - 1.0);
        double[] member = emissionMember[s];
        for (int i = 0; i < n; i++) {
          if (member[i] > 0) {
            ef[k][i] *= mult;
          }
        }
      }
    }
    return ef;
  }

  /**
   * Defers or blocks projects after their prerequisites (the model has no cycles), in the order of projects and,
   * within a project, of its prerequisites. {@code start}, {@code full} and {@code end} hold the delayed years on
   * entry and the deferred ones on exit.
   */
  private void resolve(double[] start, double[] full, double[] end, boolean[] isBlocked, List<Event> events) {
    boolean[] resolved = new boolean[m];
    for (int a = 0; a < m; a++) {
      resolve(a, start, full, end, isBlocked, resolved, events);
    }
  }

  private void resolve(int a, double[] start, double[] full, double[] end, boolean[] isBlocked, boolean[] resolved,
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
        resolve(p, start, full, end, isBlocked, resolved, events);
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
   * Compiles the scenario with the given values.
   *
   * @throws InvalidModelException if start shifts and delays move a project before the base year, or intensities
   *     and scales leave a sector without labour productivity
   */
  CompiledScenario instantiate(Adjustments adj) {
    return instantiate(adj, reference);
  }

  /** Compiles with the given values, sharing the arrays of {@code ref} (if not null) where its inputs are equal. */
  CompiledScenario instantiate(Adjustments adj, @Nullable CompiledScenario ref) {
    CompiledScenario.Builder c = new CompiledScenario.Builder();
    c.template = this;
    List<Event> events = new ArrayList<>();

    // the projects' weights and years
    double[] weight = new double[m];
    double[] start = new double[m];
    double[] full = new double[m];
    double[] end = new double[m];
    List<Problem> early = null;
    for (int a = 0; a < m; a++) {
      Project p = project[a];
      double w = Adjustments.or(adj.strategyIntensity, strategyIndex[a], baseIntensity[a]);
      w *= Adjustments.or(adj.projectScale, projectIndex[a], baseScale[a]);
      double d = Adjustments.or(adj.strategyShift, strategyIndex[a], baseShift[a])
          + Adjustments.or(adj.projectDelay, projectIndex[a], baseDelay[a]);
      if (p.start() + d < t0) {
        if (early == null) {
          early = new ArrayList<>();
        }
        early.add(Problem.of(ImmutableList.of(named(SCENARIO, rs.name()), named(PROJECT, p.id())),
            "start shift and delay move its start from " + p.start() + " to " + (p.start() + d)
                + ", before the base year " + t0));
      }
      weight[a] = w;
      start[a] = p.start() + d;
      full[a] = p.fullEffect() + d;
      end[a] = p.end().isPresent() ? p.end().getAsInt() + d : Double.POSITIVE_INFINITY;
    }
    if (early != null) {
      throw new InvalidModelException(named(SCENARIO, rs.name()).toString(), early);
    }
    resolve(start, full, end, new boolean[m], events);
    c.events = ImmutableList.copyOf(events);
    c.start = start;
    c.full = full;
    c.end = end;
    ramps(c, weight, start, full, end, ref);

    // effect sizes
    Problems problems = null;
    for (int q = 0; q < productivityProject.length; q++) {
      int a = productivityProject[q];
      int s = productivitySlot[q];
      int e = s - firstSlot[projectIndex[a]];
      double size = Adjustments.or(adj.effectSize, s, project[a].effects().get(e).size()) * weight[a];
      if (!(size > -1)) {
        if (problems == null) {
          problems = Problems.collector();
        }
        problems.at(named(SCENARIO, rs.name())).at(named(PROJECT, projectIds.get(a))).at(numbered(EFFECT, e + 1))
            .add("productivity change " + project[a].effects().get(e).size() + " times intensity and scale "
                + weight[a] + " leaves no labour productivity");
      }
    }
    if (problems != null) {
      problems.throwIfAny(named(SCENARIO, rs.name()).toString());
    }
    double[][] size = new double[KINDS][];
    for (int k = 0; k < KINDS; k++) {
      int[] slots = fxSlot[k];
      int[] fpk = fxProject[k];
      double[] z = new double[slots.length];
      for (int j = 0; j < z.length; j++) {
        z[j] = Adjustments.or(adj.effectSize, slots[j], fxBase[k][j]) * weight[fpk[j]] * fxShare[k][j];
      }
      size[k] = z;
    }
    c.effects = new EffectTable(fxProject, fxSector, size);

    // the factors by year, each group computed afresh only if one of its inputs differs from the reference's
    Economy e = economy;
    boolean sameRamps = ref != null && c.ramp == ref.ramp;
    c.reemploymentRate = Adjustments.or(adj.reemploymentRate, rs.reemploymentRate());
    c.population = population;
    c.groups = new FactorGroup[GROUPS];
    double[] growth = adjusted(e.growth, adj.growth);
    if (sameRamps && same(growth, e.growth) && Double.doubleToLongBits(adj.shock) == 0L
        && sameSizes(c, ref, GROWTH_SHIFT, SCALE_DEMAND, NEW_CAPACITY)) {
      c.demand = ref.demand;
      c.groups[DEMAND] = ref.groups[DEMAND];
    } else {
      demandRows(c, growth, adj.shock);
    }
    double[] intensityDecline = adjusted(e.intensityDecline, adj.intensityDecline);
    if (sameRamps && same(intensityDecline, e.intensityDecline) && sameSizes(c, ref, ENERGY_INTENSITY)) {
      c.energyPerValueAdded = ref.energyPerValueAdded;
      c.groups[ENERGY] = ref.groups[ENERGY];
    } else {
      energyRows(c, intensityDecline);
    }
    if (sameRamps && Double.doubleToLongBits(adj.emissionPathScale) == Double.doubleToLongBits(1.0)
        && sameSizes(c, ref, EMISSION_FACTOR)) {
      c.co2PerEnergy = ref.co2PerEnergy;
      c.groups[EMISSION] = ref.groups[EMISSION];
    } else {
      emissionRows(c, adj.emissionPathScale == 1.0 ? emissionPath : emissionPath(adj.emissionPathScale));
    }
    double[] productivityGrowth = adjusted(e.productivityGrowth, adj.productivityGrowth);
    if (sameRamps && same(productivityGrowth, e.productivityGrowth) && sameSizes(c, ref, PRODUCTIVITY)) {
      c.valueAddedPerJob = ref.valueAddedPerJob;
      c.groups[LABOUR] = ref.groups[LABOUR];
    } else {
      productivityRows(c, productivityGrowth);
    }
    if (sameRamps && Double.doubleToLongBits(c.reemploymentRate) == Double.doubleToLongBits(ref.reemploymentRate)
        && sameSizes(c, ref, REEMPLOYMENT)) {
      c.rho = ref.rho;
      c.groups[RHO] = ref.groups[RHO];
    } else {
      rhoRows(c);
    }
    return new CompiledScenario(c);
  }

  /** Whether two arrays hold the same bits (the same array, or equal element by element). */
  private static boolean same(double[] a, double[] b) {
    return a == b || Arrays.equals(a, b);
  }

  /** Whether the effects of these kinds have the same sizes in {@code c} as in {@code ref}. */
  private static boolean sameSizes(CompiledScenario.Builder c, CompiledScenario ref, int... kinds) {
    for (int k : kinds) {
      if (!same(c.effects.size[k], ref.effects.size[k])) {
        return false;
      }
    }
    return true;
  }

  /** {@code given} with the non-NaN entries of {@code replaced} put in (a copy only if something changes). */
  private static double[] adjusted(double[] given, double[] replaced) {
    if (replaced == null) {
      return given;
    }
    double[] out = given;
    for (int i = 0; i < replaced.length; i++) {
      if (!Double.isNaN(replaced[i])) {
        if (out == given) {
          out = given.clone();
        }
        out[i] = replaced[i];
      }
    }
    return out;
  }

  /**
   * The ramps of the projects by year (the reference's array when every project starts, reaches full effect and
   * ends in the same years) and the capital schedule.
   */
  private void ramps(CompiledScenario.Builder c, double[] weight, double[] start, double[] full, double[] end,
      @Nullable CompiledScenario ref) {
    boolean sameYears = ref != null && same(start, ref.start) && same(full, ref.full) && same(end, ref.end);
    double[] ramp = sameYears ? ref.ramp : new double[m * years];
    double[] capital = new double[years];
    for (int a = 0; a < m; a++) {
      if (blocked[a]) {
        continue;
      }
      Project p = project[a];
      if (!sameYears) {
        for (int k = 1; k < years; k++) {
          double t = t0 + k;
          ramp[a * years + k] = t > end[a] ? 0.0 : p.ramp().value(t, start[a], full[a]);
        }
      }
      double cost = p.capitalCost() * weight[a];
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
    c.ramp = ramp;
    c.capital = capital;
  }

  private void addCapital(double[] capital, int year, double amount) {
    int k = year - t0;
    if (k >= 0 && k < years) {
      capital[k] += amount;
    }
  }

  /**
   * Final demand before resource caps by year: growth (with a sector's override path, the shock and growth-shift
   * effects) moves the baseline demand, then scale-demand and new-capacity effects act on it and the result is
   * clamped at 0, as in the yearly step of {@code docs/MODEL.md}. A sector without demand effects has scale 1 and
   * addition 0, and {@code x * 1 + 0} is {@code x + 0} (which turns only -0 into +0).
   */
  private void demandRows(CompiledScenario.Builder c, double[] growth, double extraShock) {
    final double[] ramp = c.ramp;
    final EffectTable fx = c.effects;
    double[][] demand = new double[years][];
    demand[0] = economy.y0;
    double[] baseDemand = economy.y0.clone();
    double[] g = new double[n];
    double[] scale = new double[n];
    double[] add = new double[n];
    boolean[] demandClamped = new boolean[n];
    Clamps clamps = new Clamps(years);
    // the scale-demand factors and new capacity of every year at once, unless a factor could be clamped (then the
    // year-by-year path below records the clamps in their order)
    final boolean byYear = noClamp(fx.size[SCALE_DEMAND]);
    for (int k = 1; k < years; k++) {
      double shock = shockByYear[k] + extraShock;
      int[] ep = fx.project[GROWTH_SHIFT];
      int[] es = fx.sector[GROWTH_SHIFT];
      double[] ez = fx.size[GROWTH_SHIFT];
      double[] dk = new double[n];
      if (!hasGrowthOverride && ez.length == 0) {
        // the common case in one pass
        for (int i = 0; i < n; i++) {
          baseDemand[i] *= 1.0 + (growth[i] + shock);
          dk[i] = baseDemand[i] + 0.0;
        }
      } else {
        if (hasGrowthOverride) {
          final double[] overK = growthOverride[k];
          for (int i = 0; i < n; i++) {
            double over = overK[i];
            g[i] = (Double.isNaN(over) ? growth[i] : over) + shock;
          }
        } else {
          for (int i = 0; i < n; i++) {
            g[i] = growth[i] + shock;
          }
        }
        for (int j = 0; j < ez.length; j++) {
          g[es[j]] += ez[j] * ramp[ep[j] * years + k];
        }
        for (int i = 0; i < n; i++) {
          baseDemand[i] *= 1.0 + g[i];
          dk[i] = baseDemand[i] + 0.0;
        }
      }
      demand[k] = dk;
      if (byYear) {
        continue; // the affected sectors and the clamps at 0 below, once every year's growth is known
      }
      if (demandAffected.length > 0) {
        for (int i : demandAffected) {
          scale[i] = 1.0;
          add[i] = 0.0;
        }
        multiply(fx, SCALE_DEMAND, scale, ramp, k, "scale demand", clamps);
        ep = fx.project[NEW_CAPACITY];
        es = fx.sector[NEW_CAPACITY];
        ez = fx.size[NEW_CAPACITY];
        for (int j = 0; j < ez.length; j++) {
          add[es[j]] += ez[j] * ramp[ep[j] * years + k];
        }
        for (int i : demandAffected) {
          dk[i] = baseDemand[i] * scale[i] + add[i];
        }
      }
      clampDemand(dk, k, demandClamped, clamps);
    }
    if (byYear) {
      // each affected sector over every year: the row holds base + 0, which gives the same product and sum as base
      // (it differs from base only for base = -0, where the product is a zero and adding a sum that is never -0, or
      // +0, gives +0 either way), and x * 1 is x and + 0 as in the year-by-year path
      final double[] r = new double[years];
      final double[] scaleRow = new double[years];
      final double[] addRow = new double[years];
      for (int a = 0; a < demandAffected.length; a++) {
        final int i = demandAffected[a];
        final double[] by = effectRow(fx, SCALE_DEMAND, ramp, effectsAt[SCALE_DEMAND][a], true, scaleRow, r);
        final double[] plus = effectRow(fx, NEW_CAPACITY, ramp, effectsAt[NEW_CAPACITY][a], false, addRow, r);
        if (by == null) {
          if (plus != null) {
            for (int k = 1; k < years; k++) {
              demand[k][i] += plus[k];
            }
          }
        } else if (plus == null) {
          for (int k = 1; k < years; k++) {
            demand[k][i] = demand[k][i] * by[k] + 0.0;
          }
        } else {
          for (int k = 1; k < years; k++) {
            demand[k][i] = demand[k][i] * by[k] + plus[k];
          }
        }
      }
      final int[] candidates = clampCandidates(growth, extraShock, fx);
      if (candidates == null) {
        for (int k = 1; k < years; k++) {
          clampDemand(demand[k], k, demandClamped, clamps);
        }
      } else if (candidates.length > 0) {
        clampDemand(demand, candidates, clamps);
      }
    }
    c.demand = demand;
    c.groups[DEMAND] = clamps.group();
  }

  /**
   * The sectors whose final demand may fall below 0 in some year when the scale-demand factors are not clamped
   * ({@link #noClamp}), in ascending order; null if that cannot be narrowed down. When no year's growth factor
   * {@code 1 + (g_i + shock)} is below 0 and no growth is overridden or shifted, a sector's demand before effects
   * keeps the sign of its base-year demand, and the factors of its scale-demand effects are at least 0; so only the
   * sectors with base-year demand below 0 or new capacity below 0 can fall below it. A growth factor is at least
   * {@code 1 + (min g + min shock)}, as rounding keeps the order of sums; NaN gives null.
   */
  private int @Nullable [] clampCandidates(double[] growth, double extraShock, EffectTable fx) {
    if (hasGrowthOverride || fx.size[GROWTH_SHIFT].length > 0) {
      return null;
    }
    double low = Double.POSITIVE_INFINITY;
    for (double g : growth) {
      low = Math.min(low, g);
    }
    double lowShock = Double.POSITIVE_INFINITY;
    for (int k = 1; k < years; k++) {
      lowShock = Math.min(lowShock, shockByYear[k] + extraShock);
    }
    if (!(low + lowShock >= -1)) {
      return null;
    }
    final double[] ez = fx.size[NEW_CAPACITY];
    final int[] es = fx.sector[NEW_CAPACITY];
    boolean[] candidate = null;
    for (int j = 0; j < ez.length; j++) {
      if (!(ez[j] >= 0)) {
        if (candidate == null) {
          candidate = new boolean[n];
          for (int i : negativeBaseDemand) {
            candidate[i] = true;
          }
        }
        candidate[es[j]] = true;
      }
    }
    return candidate == null ? negativeBaseDemand : indicesOf(candidate);
  }

  /**
   * Clamps the final demand of some sectors (in ascending order) at 0 in every year, reporting each sector's first
   * clamp in the order of {@link #clampDemand(double[], int, boolean[], Clamps)}: by year, then by sector.
   */
  private void clampDemand(double[][] demand, int[] sectors, Clamps clamps) {
    int[] first = new int[sectors.length];
    boolean any = false;
    for (int a = 0; a < sectors.length; a++) {
      final int i = sectors[a];
      for (int k = 1; k < years; k++) {
        if (demand[k][i] < 0) {
          demand[k][i] = 0.0;
          if (first[a] == 0) {
            first[a] = k;
            any = true;
          }
        }
      }
    }
    for (int k = 1; any && k < years; k++) {
      for (int a = 0; a < sectors.length; a++) {
        if (first[a] == k) {
          clamps.add(demandClamp(k, sectors[a]));
        }
      }
      clamps.endYear(k);
    }
  }

  /** The event of sector {@code i}'s final demand clamped at 0 in year index {@code k}. */
  private Event demandClamp(int k, int i) {
    return new Event.Clamp(t0 + k, "final demand", sectorIds.get(i), "");
  }

  /**
   * Clamps year {@code k}'s final demand at 0, reporting a sector's first clamp, and ends the year's clamps (no demand
   * clamp of a later year can come before).
   */
  private void clampDemand(double[] dk, int k, boolean[] demandClamped, Clamps clamps) {
    for (int i = 0; i < n; i++) {
      if (dk[i] < 0) {
        dk[i] = 0.0;
        if (!demandClamped[i]) {
          demandClamped[i] = true;
          clamps.add(demandClamp(k, i));
        }
      }
    }
    clamps.endYear(k);
  }

  /**
   * Energy per unit of value added by year: the base intensity times the trend {@code (1 - a_i)^k} times the
   * energy-intensity effects' factors.
   */
  private void energyRows(CompiledScenario.Builder c, double[] intensityDecline) {
    double[] step = new double[n];
    for (int i = 0; i < n; i++) {
      step[i] = 1.0 - intensityDecline[i];
    }
    c.energyPerValueAdded = trendRows(c, economy.e0, step, ENERGY_INTENSITY, energyAffected,
        "energy-intensity change", ENERGY);
  }

  /** CO2 per unit of energy by year: the base emission factor times the emission-factor effects and the paths. */
  private void emissionRows(CompiledScenario.Builder c, double[][] path) {
    final double[] c0 = economy.c0;
    double[][] rows = new double[years][];
    rows[0] = c0;
    double[] factor = new double[n];
    Clamps clamps = new Clamps(years);
    // every affected sector's factor of every year at once unless one could be clamped, as in trendRows
    final boolean byYear = noClamp(c.effects.size[EMISSION_FACTOR]);
    for (int k = 1; k < years; k++) {
      double[] row = new double[n];
      double[] pathK = path[k];
      for (int i = 0; i < n; i++) {
        row[i] = c0[i] * pathK[i];
      }
      if (!byYear && emissionAffected.length > 0) {
        for (int i : emissionAffected) {
          factor[i] = 1.0;
        }
        multiply(c.effects, EMISSION_FACTOR, factor, c.ramp, k, "emission-factor change", clamps);
        for (int i : emissionAffected) {
          row[i] = c0[i] * factor[i] * pathK[i];
        }
      }
      rows[k] = row;
      clamps.endYear(k);
    }
    if (byYear && emissionAffected.length > 0) {
      // each affected sector over every year
      final double[] r = new double[years];
      final double[] factors = new double[years];
      for (int a = 0; a < emissionAffected.length; a++) {
        final int i = emissionAffected[a];
        final double[] f = effectRow(c.effects, EMISSION_FACTOR, c.ramp, effectsAt[EMISSION_FACTOR][a], true,
            factors, r);
        if (f != null) {
          final double base = c0[i];
          for (int k = 1; k < years; k++) {
            rows[k][i] = base * f[k] * path[k][i];
          }
        }
      }
    }
    c.co2PerEnergy = rows;
    c.groups[EMISSION] = clamps.group();
  }

  /** Value added per job by year: base productivity times the trend {@code (1 + p_i)^k} and productivity effects. */
  private void productivityRows(CompiledScenario.Builder c, double[] productivityGrowth) {
    double[] step = new double[n];
    for (int i = 0; i < n; i++) {
      step[i] = 1.0 + productivityGrowth[i];
    }
    c.valueAddedPerJob = trendRows(c, economy.q0, step, PRODUCTIVITY, productivityAffected, "productivity change",
        LABOUR);
  }

  /**
   * Rows of {@code base_i * trend_i(k) * factor_i(k)}, where the trend is the product of {@code step_i} over the
   * years so far and the factor that of the effects of one kind (1 for a sector without such effects, and
   * {@code x * 1} is {@code x}), with the kind's clamps as factor group {@code group}.
   */
  private double[][] trendRows(CompiledScenario.Builder c, double[] base, double[] step, int kind, int[] affected,
      String label, int group) {
    double[][] rows = new double[years][];
    rows[0] = base;
    double[] trend = new double[n];
    Arrays.fill(trend, 1.0);
    double[] factor = new double[n];
    Clamps clamps = new Clamps(years);
    // every affected sector's factor of every year at once, unless a factor could be clamped (then the year-by-year
    // path below records the clamps in their order)
    final boolean byYear = noClamp(c.effects.size[kind]);
    for (int k = 1; k < years; k++) {
      double[] row = new double[n];
      for (int i = 0; i < n; i++) {
        trend[i] *= step[i];
        row[i] = base[i] * trend[i];
      }
      if (!byYear && affected.length > 0) {
        for (int i : affected) {
          factor[i] = 1.0;
        }
        multiply(c.effects, kind, factor, c.ramp, k, label, clamps);
        for (int i : affected) {
          row[i] = base[i] * trend[i] * factor[i];
        }
      }
      rows[k] = row;
      clamps.endYear(k);
    }
    if (byYear && affected.length > 0) {
      // each affected sector over every year: the row holds base * trend, so times the factor it is
      // base * trend * factor
      final double[] r = new double[years];
      final double[] factors = new double[years];
      for (int a = 0; a < affected.length; a++) {
        final int i = affected[a];
        final double[] f = effectRow(c.effects, kind, c.ramp, effectsAt[kind][a], true, factors, r);
        if (f != null) {
          for (int k = 1; k < years; k++) {
            rows[k][i] *= f[k];
          }
        }
      }
    }
    c.groups[group] = clamps.group();
    return rows;
  }

  /** The re-employment rate by year: the scenario's rate plus the re-employment effects, clamped to [0, 1]. */
  private void rhoRows(CompiledScenario.Builder c) {
    double[] rho = new double[years];
    rho[0] = c.reemploymentRate;
    int[] ep = c.effects.project[REEMPLOYMENT];
    double[] ez = c.effects.size[REEMPLOYMENT];
    boolean clamped = false;
    Clamps clamps = new Clamps(years);
    for (int k = 1; k < years; k++) {
      double r = c.reemploymentRate;
      for (int j = 0; j < ez.length; j++) {
        r += ez[j] * c.ramp[ep[j] * years + k];
      }
      if (r < 0 || r > 1) {
        r = r < 0 ? 0.0 : 1.0;
        if (!clamped) {
          clamped = true;
          clamps.add(new Event.Clamp(t0 + k, "re-employment rate", "", ""));
        }
      }
      rho[k] = r;
      clamps.endYear(k);
    }
    c.rho = rho;
    c.groups[RHO] = clamps.group();
  }

  /**
   * Whether no effect of these sizes can be clamped: a ramp lies in [0, 1], so {@code 1 + size r >= 1 + size >= 0}
   * when {@code size >= -1}, and rounding keeps it so ({@code |size r|} rounds to at most {@code |size|}).
   */
  private static boolean noClamp(double[] sizes) {
    for (double z : sizes) {
      if (!(z >= -1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * One affected sector's effects of one kind (their indices in order) in every year index {@code k} from 1, into
   * {@code row}: with {@code product}, the product of {@code 1 + size r(k)} multiplied in the effects' order from 1,
   * as {@link #multiply} does year by year (no factor may be clamped, {@link #noClamp}); otherwise the sum of
   * {@code size r(k)} added in order from 0. Returns {@code row}, or null if the sector has no such effects.
   * {@code r} is work space of the years' length.
   */
  private double @Nullable [] effectRow(EffectTable fx, int kind, double[] ramp, int[] effects, boolean product,
      double[] row, double[] r) {
    if (effects.length == 0) {
      return null;
    }
    final int[] ep = fx.project[kind];
    final double[] ez = fx.size[kind];
    for (int e = 0; e < effects.length; e++) {
      final int j = effects[e];
      final double z = ez[j];
      // the ramp's row copied to an array of its own, indexed from 0, so that the JIT compiler vectorises the loops
      System.arraycopy(ramp, ep[j] * years, r, 0, years);
      // the first effect writes the row: 1 * f is f, and 0 + s is s, or +0 for s = -0
      if (product) {
        if (e == 0) {
          for (int k = 1; k < years; k++) {
            row[k] = 1.0 + z * r[k];
          }
        } else {
          for (int k = 1; k < years; k++) {
            row[k] *= 1.0 + z * r[k];
          }
        }
      } else if (e == 0) {
        for (int k = 1; k < years; k++) {
          row[k] = 0.0 + z * r[k];
        }
      } else {
        for (int k = 1; k < years; k++) {
          row[k] += z * r[k];
        }
      }
    }
    return row;
  }

  /** Multiplies {@code factor} by {@code max(0, 1 + size r)} for every effect of a kind. */
  private void multiply(EffectTable fx, int kind, double[] factor, double[] ramp, int k, String label,
      Clamps clamps) {
    int[] ep = fx.project[kind];
    int[] es = fx.sector[kind];
    double[] ez = fx.size[kind];
    for (int j = 0; j < ez.length; j++) {
      double f = 1.0 + ez[j] * ramp[ep[j] * years + k];
      if (f < 0) {
        f = 0.0;
        if (clamps.first(j, ez.length)) {
          clamps.add(new Event.Clamp(t0 + k, label, sectorIds.get(es[j]), projectIds.get(ep[j])));
        }
      }
      factor[es[j]] *= f;
    }
  }

  /**
   * The clamp events of one group of factors, with the end of each year's run; remembers which effects have been
   * clamped (an effect's clamp is reported once). Each group holds the effects of one kind, apart from demand,
   * whose only effect clamps are those of scaled demand. Confined to one compilation.
   */
  private static final class Clamps {
    private final int years;
    // both made at the first clamp: most compilations have none
    private @Nullable List<Event> events;
    private int @Nullable [] yearEnd;
    private boolean[] clamped;

    Clamps(int years) {
      this.years = years;
    }

    void add(Event e) {
      if (events == null) {
        events = new ArrayList<>();
        yearEnd = new int[years]; // the years before have no events
      }
      events.add(e);
    }

    /** Whether this is the first clamp of effect entry {@code entry} (of {@code entries}). */
    boolean first(int entry, int entries) {
      if (clamped == null) {
        clamped = new boolean[entries];
      }
      if (clamped[entry]) {
        return false;
      }
      clamped[entry] = true;
      return true;
    }

    void endYear(int k) {
      if (events != null) {
        yearEnd[k] = events.size();
      }
    }

    FactorGroup group() {
      return events == null ? FactorGroup.NONE : new FactorGroup(events.toArray(new Event[0]), yearEnd);
    }
  }


  /** The clamp events of one group of yearly factors, in year order, with the end of each year's run. */
  static final class FactorGroup {
    static final FactorGroup NONE = new FactorGroup(new Event[0], new int[0]);

    final Event[] events;
    final int[] yearEnd;

    FactorGroup(Event[] events, int[] yearEnd) {
      this.events = events;
      this.yearEnd = yearEnd;
    }

    /** The events of year index {@code k}: from {@code yearEnd[k - 1]} to {@code yearEnd[k]}. */
    int end(int k) {
      return events.length == 0 ? 0 : yearEnd[k];
    }
  }

  /** The ids of the projects carried out, blocked ones included, in compiled order. */
  ImmutableList<String> projectIds() {
    return projectIds;
  }

  /**
   * The economy of a profile: the Leontief inverse and the base-year arrays, shared by every scenario compiled from
   * one template and by every run. Immutable after construction.
   */
  static final class Economy {
    final boolean identity;
    /** The Leontief inverse by column: {@code L[i][j] = leontief[j][i]}. */
    final double[][] leontief;
    /** Every sector index, in order: the columns of the product {@code L y} (Simulation.product). */
    final int[] allSectors;
    final double[] valueAdded0;
    final double[] v;
    final double[] x0;
    final double[] y0;
    final double[] e0;
    final double[] q0;
    final double[] c0;
    final double[] employment0;
    final double[] growth;
    final double[] productivityGrowth;
    final double[] intensityDecline;
    final boolean hasEmployment;
    /** The sectors with a resource stock, ascending, and each sector's position among them (-1 if none). */
    final int[] resourceIndex;
    final int[] resourceSlot;
    final double[] stock0;
    final double[] phi;
    /** {@code phi_s v_i} of each resource slot: the stock extracted per unit of gross output. */
    final double[] extractionPerOutput;
    /** The resource caps' matrices, shared by every run; null without resource sectors or input-output table. */
    final @Nullable ResourceCaps caps;
    final ImmutableList<String> resourceSectorIds;

    Economy(CityProfile profile) {
      int n = profile.sectors().size();
      double[] va = new double[n];
      double[] vr = new double[n];
      double[] a = new double[n * n];
      Arrays.fill(vr, 1.0);
      if (profile.inputOutputTable().isPresent()) {
        InputOutputTable t = profile.inputOutputTable().get();
        double[][] ta = t.coefficients();
        double[] tv = t.valueAddedRatios();
        int[] map = new int[n];
        for (int i = 0; i < n; i++) {
          map[i] = t.sectorIds().indexOf(profile.sectorIds().get(i));
        }
        for (int i = 0; i < n; i++) {
          vr[i] = tv[map[i]];
          for (int j = 0; j < n; j++) {
            a[i * n + j] = ta[map[i]][map[j]];
          }
        }
        leontief = columns(LinearAlgebra.leontiefInverse(a, n), n);
        identity = false;
      } else {
        identity = true;
        leontief = new double[0][];
      }
      x0 = new double[n];
      e0 = new double[n];
      q0 = new double[n];
      c0 = new double[n];
      employment0 = new double[n];
      growth = new double[n];
      productivityGrowth = new double[n];
      intensityDecline = new double[n];
      hasEmployment = profile.hasEmployment();
      List<Integer> resources = new ArrayList<>();
      resourceSlot = new int[n];
      ImmutableList.Builder<String> resourceIds = ImmutableList.builder();
      for (int i = 0; i < n; i++) {
        Sector s = profile.sectors().get(i);
        va[i] = s.valueAdded();
        x0[i] = va[i] / vr[i];
        e0[i] = s.baseEnergyIntensity();
        q0[i] = s.baseLabourProductivity();
        c0[i] = s.emissionFactor();
        employment0[i] = hasEmployment ? (va[i] > 0 ? s.employment().orElse(Double.NaN) : va[i] / q0[i])
            : Double.NaN;
        growth[i] = s.growth();
        productivityGrowth[i] = s.productivityGrowth();
        intensityDecline[i] = s.energyIntensityDecline();
        resourceSlot[i] = -1;
        if (s.resource().isPresent()) {
          resourceSlot[i] = resources.size();
          resources.add(i);
          resourceIds.add(s.id());
        }
      }
      resourceIndex = resources.stream().mapToInt(Integer::intValue).toArray();
      resourceSectorIds = resourceIds.build();
      stock0 = new double[resourceIndex.length];
      phi = new double[resourceIndex.length];
      for (int r = 0; r < resourceIndex.length; r++) {
        Sector s = profile.sectors().get(resourceIndex[r]);
        stock0[r] = s.resource().get().stock();
        phi[r] = s.resource().get().extractionIntensity();
      }
      extractionPerOutput = new double[resourceIndex.length];
      for (int r = 0; r < resourceIndex.length; r++) {
        extractionPerOutput[r] = phi[r] * vr[resourceIndex[r]];
      }
      caps = identity || resourceIndex.length == 0 ? null
          : new ResourceCaps(leontief, resourceIndex, extractionPerOutput);
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        double s = x0[i];
        for (int j = 0; j < n; j++) {
          s -= a[i * n + j] * x0[j];
        }
        y[i] = s;
      }
      valueAdded0 = va;
      v = vr;
      y0 = y;
      allSectors = new int[n];
      Arrays.setAll(allSectors, i -> i);
    }

    /**
     * The columns of a row-major n x n matrix, each its own array, so that {@code x = L y} is a sum of scaled
     * columns whose loops index every array from 0 (the form the JIT compiler vectorises).
     */
    private static double[][] columns(double[] rowMajor, int n) {
      double[][] c = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          c[j][i] = rowMajor[i * n + j];
        }
      }
      return c;
    }
  }
}
