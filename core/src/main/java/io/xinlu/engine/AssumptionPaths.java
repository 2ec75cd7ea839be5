package io.xinlu.engine;

import com.google.common.collect.ImmutableList;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.policy.SectorSelector;
import io.xinlu.scenario.ResolvedScenario;
import io.xinlu.scenario.YearPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A scenario's assumption paths by year index {@code k} (year {@code t0 + k}), with the symbols of sections 10 and
 * 14 of {@code docs/MODEL.md}: the macro shock, the growth overrides {@code G_i(t)}, the emission-factor paths
 * {@code EF_i(t)} and the population. Worked out once per template; immutable after construction.
 */
final class AssumptionPaths {
  private final int n;
  private final int years;
  /** {@code shock(t)}: the macro shock, 0 where the path gives no value. */
  final double[] shock;
  /** {@code G_i(t)} where a growth override gives a value, else NaN, {@code [year][sector]}. */
  final double[][] growthOverride;
  /** Whether any sector's growth is overridden. */
  final boolean hasGrowthOverride;
  /** For each emission-factor path, in the scenario's order: 1 for the sectors it selects, else 0. */
  private final double[][] pathMember;
  /** For each emission-factor path, its multiplier by year (1 where it gives none). */
  private final double[][] pathValue;
  /** {@code EF_i(t)}: the product of the paths that select sector {@code i}, {@code [year][sector]}. */
  final double[][] emissionFactor;
  /** The population {@code P(t)}: the profile's growth from {@code P0}, or the scenario's path where it has a value. */
  final double[] population;

  AssumptionPaths(CityProfile profile, ResolvedScenario rs, int years) {
    this.n = profile.sectors().size();
    this.years = years;
    int t0 = profile.baseYear();
    ImmutableList<String> sectorIds = profile.sectorIds();
    shock = new double[years];
    growthOverride = new double[years][n];
    YearPath[] growth = new YearPath[n];
    for (int i = 0; i < n; i++) {
      growth[i] = rs.growthOverrides().get(sectorIds.get(i));
    }
    for (int k = 0; k < years; k++) {
      int t = t0 + k;
      shock[k] = rs.macroShock().isPresent() ? rs.macroShock().get().valueAt(t, 0.0) : 0.0;
      for (int i = 0; i < n; i++) {
        growthOverride[k][i] = growth[i] != null ? growth[i].valueAt(t, Double.NaN) : Double.NaN;
      }
    }
    hasGrowthOverride = !rs.growthOverrides().isEmpty();
    List<double[]> members = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    rs.emissionFactorPaths().forEach((sel, path) -> {
      members.add(membership(profile, sel));
      double[] byYear = new double[years];
      for (int k = 0; k < years; k++) {
        byYear[k] = path.valueAt(t0 + k, 1.0);
      }
      values.add(byYear);
    });
    pathMember = members.toArray(new double[0][]);
    pathValue = values.toArray(new double[0][]);
    emissionFactor = emissionFactor(1.0);
    population = new double[years];
    double p0 = profile.population().orElse(Double.NaN);
    double gp = profile.populationGrowth();
    for (int k = 0; k < years; k++) {
      double fromGrowth = p0 * StrictMath.pow(1 + gp, k);
      population[k] = k > 0 && rs.populationPath().isPresent()
          ? rs.populationPath().get().valueAt(t0 + k, fromGrowth) : fromGrowth;
    }
  }

  /** Weights of a selector over sectors: 1 for a selected sector, 0 otherwise. */
  static double[] membership(CityProfile profile, SectorSelector sel) {
    int n = profile.sectors().size();
    double[] member = new double[n];
    for (int i = 0; i < n; i++) {
      Sector s = profile.sectors().get(i);
      if (sel.isTag() ? s.hasTag(sel.name()) : s.id().equals(sel.name())) {
        member[i] = 1.0;
      }
    }
    return member;
  }

  /**
   * {@code EF_i(t)} with each path's change from 1 scaled by {@code scale} (a parameter value; 1 gives the paths as
   * stated), {@code [year][sector]}.
   */
  double[][] emissionFactor(double scale) {
    double[][] ef = new double[years][n];
    for (int k = 0; k < years; k++) {
      Arrays.fill(ef[k], 1.0);
      if (k == 0) {
        continue;
      }
      for (int s = 0; s < pathValue.length; s++) {
        double mult = 1.0 + scale * (pathValue[s][k] - 1.0);
        double[] member = pathMember[s];
        for (int i = 0; i < n; i++) {
          if (member[i] > 0) {
            ef[k][i] *= mult;
          }
        }
      }
    }
    return ef;
  }
}
