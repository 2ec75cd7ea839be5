package io.xinlu.engine;

import com.google.common.collect.ImmutableList;
import io.xinlu.policy.Effect;
import org.jspecify.annotations.Nullable;

/**
 * The factors effects of one kind give the sectors they act on (section 6 of {@code docs/MODEL.md}), shared by the
 * layouts of the groups of rows ({@link DemandRows}, {@link FactorRows}): year by year, {@code max(0, 1 + size r)}
 * multiplied in the effects' order with clamps recorded; or, when no factor can be clamped, one sector's factors
 * (or sum of additions) over every year at once, a form the JIT compiler vectorises. Immutable and thread-safe.
 */
final class EffectFactors {
  private final int t0;
  private final int years;
  private final ImmutableList<String> sectorIds;
  private final ImmutableList<String> projectIds;

  EffectFactors(int t0, int years, ImmutableList<String> sectorIds, ImmutableList<String> projectIds) {
    this.t0 = t0;
    this.years = years;
    this.sectorIds = sectorIds;
    this.projectIds = projectIds;
  }

  /**
   * Whether no effect of these sizes can be clamped: a ramp lies in [0, 1], so {@code 1 + size r >= 1 + size >= 0}
   * when {@code size >= -1}, and rounding keeps it so ({@code |size r|} rounds to at most {@code |size|}).
   */
  static boolean noClamp(double[] sizes) {
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
  double @Nullable [] effectRow(EffectTable fx, Effect.Kind kind, double[] ramp, int[] effects, boolean product,
      double[] row, double[] r) {
    if (effects.length == 0) {
      return null;
    }
    final int[] ep = fx.project(kind);
    final double[] ez = fx.size(kind);
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

  /**
   * Multiplies {@code factor} by {@code max(0, 1 + size r)} for every effect of a kind in year index {@code k},
   * recording each effect's first clamp as an event labelled with the kind.
   */
  void multiply(EffectTable fx, Effect.Kind kind, double[] factor, double[] ramp, int k,
      ClampEvents.Recorder clamps) {
    int[] ep = fx.project(kind);
    int[] es = fx.sector(kind);
    double[] ez = fx.size(kind);
    for (int j = 0; j < ez.length; j++) {
      double f = 1.0 + ez[j] * ramp[ep[j] * years + k];
      if (f < 0) {
        f = 0.0;
        if (clamps.first(j, ez.length)) {
          clamps.add(new Event.Clamp(t0 + k, kind.label(), sectorIds.get(es[j]), projectIds.get(ep[j])));
        }
      }
      factor[es[j]] *= f;
    }
  }
}
