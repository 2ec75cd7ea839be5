package io.xinlu.engine;

import static io.xinlu.policy.Effect.Kind.EMISSION_FACTOR;
import static io.xinlu.policy.Effect.Kind.ENERGY_INTENSITY;
import static io.xinlu.policy.Effect.Kind.PRODUCTIVITY;
import static io.xinlu.policy.Effect.Kind.REEMPLOYMENT;

import io.xinlu.policy.Effect;
import java.util.Arrays;

/**
 * Lays out the rows of the groups of factors that act after the resource caps (steps 7 to 10 of the yearly step of
 * {@code docs/MODEL.md}, section 10): energy per unit of value added {@code e_i(t)}, CO2 per unit of energy
 * {@code c_i(t) EF_i(t)}, value added per job {@code q_i(t)} and the re-employment rate {@code rho(t)}, each with its
 * clamps. Worked out once per template from the economy and the effect layout; immutable and thread-safe.
 */
final class FactorRows {
  private final int n;
  private final int t0;
  private final int years;
  private final Economy economy;
  private final EffectLayout layout;
  private final EffectFactors factors;

  FactorRows(int n, int t0, int years, Economy economy, EffectLayout layout, EffectFactors factors) {
    this.n = n;
    this.t0 = t0;
    this.years = years;
    this.economy = economy;
    this.layout = layout;
    this.factors = factors;
  }

  /**
   * Energy per unit of value added by year: the base intensity {@code e_i(t0)} times the trend {@code (1 - a_i)^k}
   * times the energy-intensity effects' factors.
   */
  void energy(CompiledScenario.Builder c, double[] intensityDecline) {
    double[] step = new double[n];
    for (int i = 0; i < n; i++) {
      step[i] = 1.0 - intensityDecline[i];
    }
    c.energyPerValueAdded = trendRows(c, economy.e0, step, ENERGY_INTENSITY, layout.energyAffected, RowGroup.ENERGY);
  }

  /**
   * CO2 per unit of energy by year: the base emission factor {@code c_i(t0)} times the emission-factor effects and the
   * paths {@code EF_i(t)}.
   */
  void emission(CompiledScenario.Builder c, double[][] path) {
    final double[] c0 = economy.c0;
    final int[] affected = layout.emissionAffected;
    double[][] rows = new double[years][];
    rows[0] = c0;
    double[] factor = new double[n];
    ClampEvents.Recorder clamps = new ClampEvents.Recorder(years);
    // every affected sector's factor of every year at once unless one could be clamped, as in trendRows
    final boolean byYear = EffectFactors.noClamp(c.effects.size(EMISSION_FACTOR));
    for (int k = 1; k < years; k++) {
      double[] row = new double[n];
      double[] pathK = path[k];
      for (int i = 0; i < n; i++) {
        row[i] = c0[i] * pathK[i];
      }
      if (!byYear && affected.length > 0) {
        for (int i : affected) {
          factor[i] = 1.0;
        }
        factors.multiply(c.effects, EMISSION_FACTOR, factor, c.ramp, k, clamps);
        for (int i : affected) {
          row[i] = c0[i] * factor[i] * pathK[i];
        }
      }
      rows[k] = row;
      clamps.endYear(k);
    }
    if (byYear && affected.length > 0) {
      // each affected sector over every year
      final double[] r = new double[years];
      final double[] row = new double[years];
      final int[][] at = layout.effectsAt(EMISSION_FACTOR);
      for (int a = 0; a < affected.length; a++) {
        final int i = affected[a];
        final double[] f = factors.effectRow(c.effects, EMISSION_FACTOR, c.ramp, at[a], true, row, r);
        if (f != null) {
          final double base = c0[i];
          for (int k = 1; k < years; k++) {
            rows[k][i] = base * f[k] * path[k][i];
          }
        }
      }
    }
    c.co2PerEnergy = rows;
    c.clamps(RowGroup.EMISSION, clamps.events());
  }

  /**
   * Value added per job by year: base productivity {@code q_i(t0)} times the trend {@code (1 + p_i)^k} and the
   * productivity effects' factors.
   */
  void labour(CompiledScenario.Builder c, double[] productivityGrowth) {
    double[] step = new double[n];
    for (int i = 0; i < n; i++) {
      step[i] = 1.0 + productivityGrowth[i];
    }
    c.valueAddedPerJob = trendRows(c, economy.q0, step, PRODUCTIVITY, layout.productivityAffected, RowGroup.LABOUR);
  }

  /**
   * Rows of {@code base_i * trend_i(k) * factor_i(k)}, where the trend is the product of {@code step_i} over the
   * years so far and the factor that of the effects of one kind (1 for a sector without such effects, and
   * {@code x * 1} is {@code x}), with the kind's clamps as those of {@code group}.
   */
  private double[][] trendRows(CompiledScenario.Builder c, double[] base, double[] step, Effect.Kind kind,
      int[] affected, RowGroup group) {
    double[][] rows = new double[years][];
    rows[0] = base;
    double[] trend = new double[n];
    Arrays.fill(trend, 1.0);
    double[] factor = new double[n];
    ClampEvents.Recorder clamps = new ClampEvents.Recorder(years);
    // every affected sector's factor of every year at once, unless a factor could be clamped (then the year-by-year
    // path below records the clamps in their order)
    final boolean byYear = EffectFactors.noClamp(c.effects.size(kind));
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
        factors.multiply(c.effects, kind, factor, c.ramp, k, clamps);
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
      final double[] row = new double[years];
      final int[][] at = layout.effectsAt(kind);
      for (int a = 0; a < affected.length; a++) {
        final int i = affected[a];
        final double[] f = factors.effectRow(c.effects, kind, c.ramp, at[a], true, row, r);
        if (f != null) {
          for (int k = 1; k < years; k++) {
            rows[k][i] *= f[k];
          }
        }
      }
    }
    c.clamps(group, clamps.events());
    return rows;
  }

  /** The re-employment rate by year: the scenario's rate plus the re-employment effects, clamped to [0, 1]. */
  void reemployment(CompiledScenario.Builder c) {
    double[] rho = new double[years];
    rho[0] = c.reemploymentRate;
    int[] ep = c.effects.project(REEMPLOYMENT);
    double[] ez = c.effects.size(REEMPLOYMENT);
    boolean clamped = false;
    ClampEvents.Recorder clamps = new ClampEvents.Recorder(years);
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
    c.clamps(RowGroup.REEMPLOYMENT, clamps.events());
  }
}
