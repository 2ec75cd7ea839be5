package io.xinlu.engine;

import static io.xinlu.policy.Effect.Kind.GROWTH_SHIFT;
import static io.xinlu.policy.Effect.Kind.NEW_CAPACITY;
import static io.xinlu.policy.Effect.Kind.SCALE_DEMAND;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * Lays out the rows of {@link RowGroup#DEMAND}: final demand before resource caps by year, steps 1 to 3 of the yearly
 * step of {@code docs/MODEL.md} (section 10), with its clamps at 0. Worked out once per template from the economy,
 * the assumption paths and the effect layout; immutable and thread-safe.
 */
final class DemandRows {
  private final int n;
  private final int t0;
  private final int years;
  private final ImmutableList<String> sectorIds;
  private final Economy economy;
  private final AssumptionPaths paths;
  private final EffectLayout layout;
  private final EffectFactors factors;

  DemandRows(int t0, int years, ImmutableList<String> sectorIds, Economy economy, AssumptionPaths paths,
      EffectLayout layout, EffectFactors factors) {
    this.n = sectorIds.size();
    this.t0 = t0;
    this.years = years;
    this.sectorIds = sectorIds;
    this.economy = economy;
    this.paths = paths;
    this.layout = layout;
    this.factors = factors;
  }

  /**
   * Final demand before resource caps by year: growth {@code g} (with a sector's override path, the shock plus
   * {@code extraShock} and growth-shift effects) moves the baseline demand {@code yb}, then scale-demand and
   * new-capacity effects act on it and the result is clamped at 0, as in the yearly step of {@code docs/MODEL.md}.
   * A sector without demand effects has scale 1 and addition 0, and {@code x * 1 + 0} is {@code x + 0} (which turns
   * only -0 into +0).
   */
  void lay(CompiledScenario.Builder c, double[] growth, double extraShock) {
    final double[] ramp = c.ramp;
    final EffectTable fx = c.effects;
    final int[] demandAffected = layout.demandAffected;
    double[][] demand = new double[years][];
    demand[0] = economy.y0;
    double[] baseDemand = economy.y0.clone();
    double[] g = new double[n];
    double[] scale = new double[n];
    double[] add = new double[n];
    boolean[] demandClamped = new boolean[n];
    ClampEvents.Recorder clamps = new ClampEvents.Recorder(years);
    // the scale-demand factors and new capacity of every year at once, unless a factor could be clamped (then the
    // year-by-year path below records the clamps in their order)
    final boolean byYear = EffectFactors.noClamp(fx.size(SCALE_DEMAND));
    for (int k = 1; k < years; k++) {
      double shock = paths.shock[k] + extraShock;
      int[] ep = fx.project(GROWTH_SHIFT);
      int[] es = fx.sector(GROWTH_SHIFT);
      double[] ez = fx.size(GROWTH_SHIFT);
      double[] dk = new double[n];
      if (!paths.hasGrowthOverride && ez.length == 0) {
        // the common case in one pass
        for (int i = 0; i < n; i++) {
          baseDemand[i] *= 1.0 + (growth[i] + shock);
          dk[i] = baseDemand[i] + 0.0;
        }
      } else {
        if (paths.hasGrowthOverride) {
          final double[] overK = paths.growthOverride[k];
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
        factors.multiply(fx, SCALE_DEMAND, scale, ramp, k, clamps);
        ep = fx.project(NEW_CAPACITY);
        es = fx.sector(NEW_CAPACITY);
        ez = fx.size(NEW_CAPACITY);
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
      final int[][] scaleAt = layout.effectsAt(SCALE_DEMAND);
      final int[][] addAt = layout.effectsAt(NEW_CAPACITY);
      for (int a = 0; a < demandAffected.length; a++) {
        final int i = demandAffected[a];
        final double[] by = factors.effectRow(fx, SCALE_DEMAND, ramp, scaleAt[a], true, scaleRow, r);
        final double[] plus = factors.effectRow(fx, NEW_CAPACITY, ramp, addAt[a], false, addRow, r);
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
    c.clamps(RowGroup.DEMAND, clamps.events());
  }

  /**
   * The sectors whose final demand may fall below 0 in some year when the scale-demand factors are not clamped
   * ({@link EffectFactors#noClamp}), in ascending order; null if that cannot be narrowed down. When no year's growth
   * factor {@code 1 + (g_i + shock)} is below 0 and no growth is overridden or shifted, a sector's demand before
   * effects keeps the sign of its base-year demand, and the factors of its scale-demand effects are at least 0; so
   * only the sectors with base-year demand below 0 or new capacity below 0 can fall below it. A growth factor is at
   * least {@code 1 + (min g + min shock)}, as rounding keeps the order of sums; NaN gives null.
   */
  private int @Nullable [] clampCandidates(double[] growth, double extraShock, EffectTable fx) {
    if (paths.hasGrowthOverride || fx.size(GROWTH_SHIFT).length > 0) {
      return null;
    }
    double low = Double.POSITIVE_INFINITY;
    for (double g : growth) {
      low = Math.min(low, g);
    }
    double lowShock = Double.POSITIVE_INFINITY;
    for (int k = 1; k < years; k++) {
      lowShock = Math.min(lowShock, paths.shock[k] + extraShock);
    }
    if (!(low + lowShock >= -1)) {
      return null;
    }
    final double[] ez = fx.size(NEW_CAPACITY);
    final int[] es = fx.sector(NEW_CAPACITY);
    boolean[] candidate = null;
    for (int j = 0; j < ez.length; j++) {
      if (!(ez[j] >= 0)) {
        if (candidate == null) {
          candidate = new boolean[n];
          for (int i : layout.negativeBaseDemand) {
            candidate[i] = true;
          }
        }
        candidate[es[j]] = true;
      }
    }
    return candidate == null ? layout.negativeBaseDemand : EffectLayout.indicesOf(candidate);
  }

  /**
   * Clamps the final demand of some sectors (in ascending order) at 0 in every year, reporting each sector's first
   * clamp in the order of {@link #clampDemand(double[], int, boolean[], ClampEvents.Recorder)}: by year, then by
   * sector.
   */
  private void clampDemand(double[][] demand, int[] sectors, ClampEvents.Recorder clamps) {
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
  private void clampDemand(double[] dk, int k, boolean[] demandClamped, ClampEvents.Recorder clamps) {
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
}
