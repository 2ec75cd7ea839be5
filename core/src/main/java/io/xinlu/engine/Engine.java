package io.xinlu.engine;

import static io.xinlu.internal.Problems.named;

import com.google.common.collect.ImmutableList;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles scenarios into flat arrays and runs them. The model (what) is separate from the engine (how): a
 * {@link CompiledScenario} is an immutable snapshot of everything a run needs, and running it is a pure function.
 *
 * <pre>{@code
 * CompiledScenario plan = Engine.compile(model, "plan");   // once
 * Run run = plan.run();                                    // as often as needed, from any thread
 * double gdp2035 = run.total(Quantity.VALUE_ADDED, 2035);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Engine {
  private Engine() {}

  /** Compiles and runs a scenario of a model. */
  public static Run run(CityModel model, String scenario) {
    return compile(model, scenario).run();
  }

  /**
   * Compiles a scenario of a model: resolves inheritance, applies adoptions, overrides, delays and prerequisites,
   * and lays the result out in flat arrays.
   *
   * @throws IllegalArgumentException if the model has no such scenario
   * @throws io.xinlu.InvalidModelException if the scenario's intensities and scales leave a sector with no labour
   *     productivity
   */
  public static CompiledScenario compile(CityModel model, String scenario) {
    return compile(model, model.resolve(scenario));
  }

  /**
   * Compiles a resolved scenario of a model.
   *
   * @throws IllegalArgumentException if the scenario overrides a project or adopts a strategy the model lacks
   */
  public static CompiledScenario compile(CityModel model, ResolvedScenario scenario) {
    return new Compiler(model, scenario, Adjustments.NONE, null).compile();
  }

  /** Compiles with parameter values, reusing the economy (Leontief inverse, base-year arrays) of {@code base}. */
  static CompiledScenario compile(CityModel model, ResolvedScenario scenario, Adjustments adjustments,
      CompiledScenario base) {
    return new Compiler(model, scenario, adjustments, base).compile();
  }

  /** One project as the scenario carries it out. */
  private static final class Active {
    final Project project;
    final int index;
    final double weight;
    double start;
    double full;
    double end;
    boolean blocked;
    boolean resolved;

    Active(Project project, int index, double weight, double delay) {
      this.project = project;
      this.index = index;
      this.weight = weight;
      this.start = project.start() + delay;
      this.full = project.fullEffect() + delay;
      this.end = project.end().isPresent() ? project.end().getAsInt() + delay : Double.POSITIVE_INFINITY;
    }
  }

  private static final class Compiler {
    private final CityModel model;
    private final CityProfile profile;
    private final ResolvedScenario rs;
    private final Adjustments adj;
    private final CompiledScenario base;
    private final int n;
    private final int t0;
    private final int years;
    private final List<Event> events = new ArrayList<>();

    Compiler(CityModel model, ResolvedScenario rs, Adjustments adj, CompiledScenario base) {
      this.model = model;
      this.profile = model.profile();
      this.rs = rs;
      this.adj = adj;
      this.base = base;
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
    }

    CompiledScenario compile() {
      CompiledScenario.Builder c = new CompiledScenario.Builder();
      c.profile = profile;
      c.scenario = rs;
      c.n = n;
      c.t0 = t0;
      c.years = years;
      c.sectorIds = profile.sectorIds();
      economy(c);
      paths(c);
      List<Active> active = activeProjects();
      prerequisites(active);
      ramps(c, active);
      effects(c, active);
      c.events = ImmutableList.copyOf(events);
      return new CompiledScenario(c);
    }

    private void economy(CompiledScenario.Builder c) {
      if (base != null) {
        reuse(c);
        return;
      }
      double[] va = new double[n];
      double[] v = new double[n];
      double[] a = new double[n * n];
      java.util.Arrays.fill(v, 1.0);
      if (profile.inputOutputTable().isPresent()) {
        InputOutputTable t = profile.inputOutputTable().get();
        double[][] ta = t.coefficients();
        double[] tv = t.valueAddedRatios();
        int[] map = new int[n];
        for (int i = 0; i < n; i++) {
          map[i] = t.sectorIds().indexOf(profile.sectorIds().get(i));
        }
        for (int i = 0; i < n; i++) {
          v[i] = tv[map[i]];
          for (int j = 0; j < n; j++) {
            a[i * n + j] = ta[map[i]][map[j]];
          }
        }
        c.leontief = columnMajor(LinearAlgebra.leontiefInverse(a, n), n);
        c.identity = false;
      } else {
        c.identity = true;
        c.leontief = new double[0];
      }
      double[] x0 = new double[n];
      double[] e0 = new double[n];
      double[] q0 = new double[n];
      double[] c0 = new double[n];
      double[] n0 = new double[n];
      double[] g = new double[n];
      double[] p = new double[n];
      double[] ad = new double[n];
      boolean[] res = new boolean[n];
      double[] r0 = new double[n];
      double[] phi = new double[n];
      for (int i = 0; i < n; i++) {
        Sector s = profile.sectors().get(i);
        va[i] = s.valueAdded();
        x0[i] = va[i] / v[i];
        e0[i] = s.baseEnergyIntensity();
        q0[i] = s.baseLabourProductivity();
        c0[i] = s.emissionFactor();
        n0[i] = s.employment().orElse(Double.NaN);
        g[i] = s.growth();
        p[i] = s.productivityGrowth();
        ad[i] = s.energyIntensityDecline();
        if (s.resource().isPresent()) {
          res[i] = true;
          r0[i] = s.resource().get().stock();
          phi[i] = s.resource().get().extractionIntensity();
        } else {
          r0[i] = Double.NaN;
        }
      }
      double[] y0 = new double[n];
      for (int i = 0; i < n; i++) {
        double s = x0[i];
        for (int j = 0; j < n; j++) {
          s -= a[i * n + j] * x0[j];
        }
        y0[i] = s;
      }
      c.valueAdded0 = va;
      c.v = v;
      c.x0 = x0;
      c.y0 = y0;
      c.e0 = e0;
      c.q0 = q0;
      c.c0 = c0;
      c.n0 = n0;
      c.growth = adjusted(g, adj.growth);
      c.productivityGrowth = adjusted(p, adj.productivityGrowth);
      c.intensityDecline = adjusted(ad, adj.intensityDecline);
      c.resource = res;
      c.stock0 = r0;
      c.phi = phi;
      c.hasEmployment = profile.hasEmployment();
    }

    /** A row-major n x n matrix stored column by column, so that {@code x = L y} is a sum of scaled columns. */
    private static double[] columnMajor(double[] rowMajor, int n) {
      double[] c = new double[n * n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          c[j * n + i] = rowMajor[i * n + j];
        }
      }
      return c;
    }

    /** Shares the base's immutable economy arrays; only the trend rates may change. */
    private void reuse(CompiledScenario.Builder c) {
      c.leontief = base.leontief;
      c.identity = base.identity;
      c.valueAdded0 = base.valueAdded0;
      c.v = base.v;
      c.x0 = base.x0;
      c.y0 = base.y0;
      c.e0 = base.e0;
      c.q0 = base.q0;
      c.c0 = base.c0;
      c.n0 = base.n0;
      c.resource = base.resource;
      c.stock0 = base.stock0;
      c.phi = base.phi;
      c.hasEmployment = base.hasEmployment;
      c.growth = adjusted(base.growth, adj.growth);
      c.productivityGrowth = adjusted(base.productivityGrowth, adj.productivityGrowth);
      c.intensityDecline = adjusted(base.intensityDecline, adj.intensityDecline);
    }

    /** {@code given} with the non-NaN entries of {@code replaced} put in (a copy only if something changes). */
    private double[] adjusted(double[] given, double[] replaced) {
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

    private void paths(CompiledScenario.Builder c) {
      double[] gYear = new double[years * n];
      double[] ef = new double[years * n];
      double[] pop = new double[years];
      java.util.Arrays.fill(ef, 1.0);
      List<double[]> efSelectors = new ArrayList<>();
      List<YearPath> efPaths = new ArrayList<>();
      rs.emissionFactorPaths().forEach((sel, path) -> {
        efSelectors.add(membership(sel));
        efPaths.add(path);
      });
      YearPath[] growth = new YearPath[n];
      for (int i = 0; i < n; i++) {
        growth[i] = rs.growthOverrides().get(profile.sectorIds().get(i));
      }
      double p0 = profile.population().orElse(Double.NaN);
      double gp = profile.populationGrowth();
      for (int k = 0; k < years; k++) {
        int t = t0 + k;
        double shock = (rs.macroShock().isPresent() ? rs.macroShock().get().valueAt(t, 0.0) : 0.0) + adj.shock;
        for (int i = 0; i < n; i++) {
          double gi = growth[i] == null ? c.growth[i] : growth[i].valueAt(t, c.growth[i]);
          gYear[k * n + i] = k == 0 ? 0.0 : gi + shock;
        }
        if (k > 0) {
          for (int s = 0; s < efPaths.size(); s++) {
            double m = 1.0 + adj.emissionPathScale * (efPaths.get(s).valueAt(t, 1.0) - 1.0);
            double[] member = efSelectors.get(s);
            for (int i = 0; i < n; i++) {
              if (member[i] > 0) {
                ef[k * n + i] *= m;
              }
            }
          }
        }
        double fromGrowth = p0 * StrictMath.pow(1 + gp, k);
        pop[k] = k > 0 && rs.populationPath().isPresent() ? rs.populationPath().get().valueAt(t, fromGrowth)
            : fromGrowth;
      }
      c.growthByYear = gYear;
      c.emissionPathByYear = ef;
      c.population = pop;
      c.reemploymentRate = Adjustments.or(adj.reemploymentRate, rs.reemploymentRate());
    }

    /** Weights of a selector over sectors: 1 for a selected sector, 0 otherwise. */
    private double[] membership(SectorSelector sel) {
      double[] m = new double[n];
      for (int i = 0; i < n; i++) {
        Sector s = profile.sectors().get(i);
        if (sel.isTag() ? s.hasTag(sel.name()) : s.id().equals(sel.name())) {
          m[i] = 1.0;
        }
      }
      return m;
    }

    private List<Active> activeProjects() {
      List<io.xinlu.Problem> early = new ArrayList<>();
      List<Active> active = new ArrayList<>();
      for (Strategy s : model.strategies()) {
        StrategyAdoption adoption = rs.adoptions().get(s.id());
        Double intensity = adj.strategyIntensity.get(s.id());
        boolean adopted = adoption != null || intensity != null;
        for (Project p : s.projects()) {
          ProjectOverride o = rs.projectOverride(p.id());
          if (!o.included().orElse(adopted)) {
            continue;
          }
          double w = intensity != null ? intensity : adoption != null ? adoption.intensity() : 1.0;
          Double scale = adj.projectScale.get(p.id());
          w *= scale != null ? scale : o.scaleFactor().orElse(1.0);
          Double shift = adj.strategyShift.get(s.id());
          Double delay = adj.projectDelay.get(p.id());
          double d = (shift != null ? shift : adoption != null ? adoption.startShift() : 0.0)
              + (delay != null ? delay : o.delayYears().orElse(0.0));
          if (p.start() + d < t0) {
            early.add(io.xinlu.Problem.of(ImmutableList.of(named("scenario", rs.name()), named("project", p.id())),
                "start shift and delay move its start from " + p.start() + " to " + (p.start() + d)
                    + ", before the base year " + t0));
          }
          active.add(new Active(p, active.size(), w, d));
        }
      }
      if (!early.isEmpty()) {
        throw new io.xinlu.InvalidModelException(named("scenario", rs.name()), early);
      }
      return active;
    }

    private void prerequisites(List<Active> active) {
      Map<String, Active> byId = new HashMap<>();
      for (Active a : active) {
        byId.put(a.project.id(), a);
      }
      for (Active a : active) {
        resolve(a, byId);
      }
    }

    /** Defers or blocks a project after its prerequisites (the model has no cycles). */
    private void resolve(Active a, Map<String, Active> byId) {
      if (a.resolved) {
        return;
      }
      a.resolved = true;
      double latest = Double.NEGATIVE_INFINITY;
      String binding = "";
      for (String pre : a.project.prerequisites()) {
        Active p = byId.get(pre);
        if (p != null) {
          resolve(p, byId);
        }
        if (p == null || p.blocked) {
          if (!a.blocked) {
            a.blocked = true;
            events.add(new Event.Blocked(a.project.id(), a.start, pre));
          }
          continue;
        }
        if (p.full > latest) {
          latest = p.full;
          binding = pre;
        }
      }
      if (!a.blocked && latest > a.start) {
        double shift = latest - a.start;
        events.add(new Event.Deferral(a.project.id(), a.start, latest, binding));
        a.start += shift;
        a.full += shift;
        a.end += shift;
      }
    }

    private void ramps(CompiledScenario.Builder c, List<Active> active) {
      int m = active.size();
      double[] ramp = new double[m * years];
      double[] capital = new double[years];
      String[] ids = new String[m];
      for (Active a : active) {
        ids[a.index] = a.project.id();
        if (a.blocked) {
          continue;
        }
        for (int k = 1; k < years; k++) {
          double t = t0 + k;
          ramp[a.index * years + k] = t > a.end ? 0.0 : a.project.ramp().value(t, a.start, a.full);
        }
        double cost = a.project.capitalCost() * a.weight;
        if (cost == 0) {
          continue;
        }
        int first = (int) Math.ceil(a.start);
        int count = 0;
        for (int t = first; t < a.full; t++) {
          count++;
        }
        if (count == 0) {
          addCapital(capital, first, cost);
        } else {
          for (int t = first; t < a.full; t++) {
            addCapital(capital, t, cost / count);
          }
        }
      }
      c.projectIds = ImmutableList.copyOf(ids);
      c.ramp = ramp;
      c.capital = capital;
    }

    private void addCapital(double[] capital, int year, double amount) {
      int k = year - t0;
      if (k >= 0 && k < years) {
        capital[k] += amount;
      }
    }

    private void effects(CompiledScenario.Builder c, List<Active> active) {
      EffectTable.Builder table = new EffectTable.Builder();
      Problems problems = Problems.collector();
      for (Active a : active) {
        if (a.blocked) {
          continue;
        }
        List<Effect> effects = a.project.effects();
        for (int e = 0; e < effects.size(); e++) {
          Effect effect = effects.get(e);
          java.util.Map<Integer, Double> sizes = adj.effectSize.get(a.project.id());
          Double given = sizes == null ? null : sizes.get(e + 1);
          double size = (given != null ? given : effect.size()) * a.weight;
          if (effect.kind() == Effect.Kind.PRODUCTIVITY && !(size > -1)) {
            problems.at(named("scenario", rs.name())).at(named("project", a.project.id())).at("effect " + (e + 1))
                .add("productivity change " + effect.size() + " times intensity and scale " + a.weight
                    + " leaves no labour productivity");
            continue;
          }
          if (effect.selector().isEmpty()) {
            table.add(effect.kind(), a.index, -1, size);
            continue;
          }
          double[] member = membership(effect.selector().get());
          double weightSum = 0;
          int count = 0;
          for (int i = 0; i < n; i++) {
            if (member[i] > 0) {
              weightSum += c.valueAdded0[i];
              count++;
            }
          }
          for (int i = 0; i < n; i++) {
            if (member[i] == 0) {
              continue;
            }
            double share = 1.0;
            if (effect.kind() == Effect.Kind.NEW_CAPACITY) {
              share = weightSum > 0 ? c.valueAdded0[i] / weightSum : 1.0 / count;
            }
            table.add(effect.kind(), a.index, i, size * share);
          }
        }
      }
      problems.throwIfAny(named("scenario", rs.name()));
      c.effects = table.build();
    }
  }
}
