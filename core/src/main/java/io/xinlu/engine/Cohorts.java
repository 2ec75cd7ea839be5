package io.xinlu.engine;

import org.jspecify.annotations.Nullable;

/**
 * The displaced workers of a run by cohort, and the wage bill (section 21 of {@code docs/MODEL.md}): a refinement
 * beside the single pool of {@link Labour}, which it leaves as it is. A {@link Run} works it out from its output when
 * one of its quantities is first asked for; runs whose users never ask skip it.
 *
 * <p>Each year {@code t} after the base year, with {@code d_i} and {@code j_i} a sector's fall and rise of
 * employment:
 *
 * <pre>
 * D_c   = sum_g s_gc F_g,  F_g = sum_{i in g} d_i    the jobs lost, split by each sector's workforce shares; the
 *                                                    sectors with equal shares form a group g whose falls are
 *                                                    summed first (sum_i s_ic d_i, grouped; decision D23)
 * R_c   = r_c U_c(t-1),   M_c = m_c (U_c(t-1) - R_c) retirements and out-migration of those waiting since before t
 * O_c   = U_c(t-1) - R_c - M_c                       still waiting from before t
 * A_c   = O_c + D_c                                  waiting for work in t
 * H     = min(sum_c A_c, rho(t) J(t))                re-employment, as for the single pool
 * H_c   = min(A_c, lambda w_c A_c)                   shared in proportion to weight times waiting workers, with
 *                                                    lambda such that sum_c H_c = H (a cohort cannot take more
 *                                                    jobs than it has waiting workers)
 * U_c(t) = A_c - H_c,     L_c(t) = O_c (1 - H_c / A_c)   the pool and those in it since before t (long-term)
 * </pre>
 *
 * <p>and the wages {@code w_i(t) = w_i(t0) q_i(t) / q_i(t0)}, the wage bill {@code sum_i w_i(t) N_i(t)}, the wages
 * of the jobs lost {@code sum_i w_i(t) d_i} and regained {@code H sum_i w_i(t) j_i / J(t)}.
 *
 * <p>Immutable once made: its arrays are filled before the constructor ends and never written after, and its fields
 * are final, so a reference read through a data race still shows them filled.
 */
final class Cohorts {
  /** Thousand persons times CNY per person to billion CNY. */
  private static final double TO_BILLION = LabourSums.TO_BILLION;

  /** The number of cohorts {@code C}. */
  final int count;
  /** The displaced workers of each cohort {@code U_c(t)}, {@code [k * C + c]}. */
  final double[] displaced;
  /** Those of them waiting since an earlier year, summed over the cohorts {@code L(t)}. */
  final double[] longTerm;
  /** The pool {@code sum_c U_c(t)}, summed in the cohorts' order. */
  final double[] pool;
  /** Retirements and out-migration from the pool since the base year (cumulative). */
  final double[] retired;
  final double[] migrated;
  /** The re-employment of the cohorts' workers in the year {@code H(t)}. */
  final double[] reemployed;
  /** The wage bill, wages of the jobs lost and regained, billion CNY; null without wages. */
  final double[] wageBill;
  final double[] wageLost;
  final double[] wageRegained;

  private Cohorts(int count, double[] displaced, double[] pool, double[] longTerm, double[] retired,
      double[] migrated,
      double[] reemployed, double[] wageBill, double[] wageLost, double[] wageRegained) {
    this.count = count;
    this.displaced = displaced;
    this.longTerm = longTerm;
    this.pool = pool;
    this.retired = retired;
    this.migrated = migrated;
    this.reemployed = reemployed;
    this.wageBill = wageBill;
    this.wageLost = wageLost;
    this.wageRegained = wageRegained;
  }

  /**
   * The cohort account of a run of {@code c} (whose profile has a labour market, {@code in}) whose sums over sectors
   * are {@code sums}. The wage arrays are NaN without wages.
   */
  static Cohorts of(CompiledScenario c, CohortInputs in, LabourSums sums) {
    final int years = c.years;
    final int count = in.count;
    final double[] w = in.wage;
    final double[] displaced = new double[years * count];
    final double[] longTerm = new double[years];
    final double[] pool = new double[years];
    final double[] retired = new double[years];
    final double[] migrated = new double[years];
    final double[] reemployed = new double[years];
    final double[] wageRegained = new double[years];
    final double[] wageBill;
    final double[] wageLost;
    final double[] createdWages = sums.createdWages;
    if (w == null || sums.wageBill == null || sums.wageLost == null || createdWages == null) {
      wageBill = new double[years];
      wageLost = new double[years];
      java.util.Arrays.fill(wageBill, Double.NaN);
      java.util.Arrays.fill(wageLost, Double.NaN);
      java.util.Arrays.fill(wageRegained, Double.NaN);
    } else {
      wageBill = sums.wageBill;
      wageLost = sums.wageLost;
    }
    final int groups = sums.groups;
    final double[] gs = in.groupShares;
    final double[] retirement = in.retirement;
    final double[] migration = in.migration;
    final double[] weight = in.weight;
    final double[] rho = c.rho;
    final double[] entering = new double[count];
    final double[] second = in.secondGroupShares;
    final double[] staying = new double[count];
    final double[] waiting = new double[count];
    final double[] hired = new double[count];
    final boolean[] open = new boolean[count];
    double largestWeight = 0;
    for (double wq : weight) {
      largestWeight = Math.max(largestWeight, wq);
    }
    for (int k = 1; k < years; k++) {
      // D_c = sum_g s_gc F_g, F_g the sum of the falls of group g's sectors, groups in the order of their first
      // sector; with one or two groups (every sector with the profile's shares, or the resource sectors with their
      // own) worked out in registers inside the loop over cohorts, with the same additions
      final int previous = (k - 1) * count;
      final int now = k * count;
      final double fall0 = positiveFall(sums, k, groups, 0);
      final double fall1 = positiveFall(sums, k, groups, 1);
      if (groups > 2) {
        enteringOfGroups(sums.groupFall, k, groups, gs, entering);
      }
      double available = 0;
      double retiring = 0;
      double leaving = 0;
      double demand = 0;
      for (int q = 0; q < count; q++) {
        double d;
        if (groups > 2) {
          d = entering[q];
        } else {
          // a group whose fall is not positive adds s_gc 0 = +0, which leaves the sum's bits (shares are finite and
          // not negative, and the sum is never -0)
          d = gs[q] * fall0 + second[q] * fall1;
        }
        double old = displaced[previous + q];
        double r = retirement[q] * old;
        double m = migration[q] * (old - r);
        retiring += r;
        leaving += m;
        double stay = Math.max(0.0, old - r - m);
        double a = stay + d;
        staying[q] = stay;
        waiting[q] = a;
        available += a;
        // share's first round sums w_c A_c over the cohorts with A_c > 0; A_c is never negative, and a cohort with
        // A_c = 0 adds +0
        demand += weight[q] * a;
      }
      double created = sums.jobsCreated[k];
      double h = Math.min(available, rho[k] * created);
      double taken = 0;
      double longWaiting = 0;
      double left = 0;
      // H_c: share's first round, done here when no cohort's share reaches its waiting workers (lambda w_c < 1 for
      // the largest weight, so for every weight); otherwise share's rounds
      double lambda = h / demand;
      if (h > 0 && demand > 0 && lambda * largestWeight < 1.0) {
        for (int q = 0; q < count; q++) {
          double a = waiting[q];
          double hq = lambda * weight[q] * a;
          double u = Math.max(0.0, a - hq);
          displaced[now + q] = u;
          left += u;
          longWaiting += a > 0 ? staying[q] * (1.0 - hq / a) : 0.0;
          taken += hq;
        }
      } else {
        share(h, waiting, weight, hired, open);
        for (int q = 0; q < count; q++) {
          double a = waiting[q];
          double u = Math.max(0.0, a - hired[q]);
          displaced[now + q] = u;
          left += u;
          longWaiting += a > 0 ? staying[q] * (1.0 - hired[q] / a) : 0.0;
          taken += hired[q];
        }
      }
      pool[k] = left;
      longTerm[k] = longWaiting;
      retired[k] = retired[k - 1] + retiring;
      migrated[k] = migrated[k - 1] + leaving;
      reemployed[k] = taken;
      if (createdWages != null) {
        wageRegained[k] = created > 0 ? taken * (createdWages[k] / created) * TO_BILLION : 0.0;
      }
    }
    return new Cohorts(count, displaced, pool, longTerm, retired, migrated, reemployed, wageBill, wageLost,
        wageRegained);
  }

  /**
   * {@code F_g(t)} of group {@code g} in year index {@code k} where it is positive, else 0 (also where there are not
   * more than {@code g} groups).
   */
  private static double positiveFall(LabourSums sums, int k, int groups, int g) {
    double fall = g < groups ? sums.groupFall[k * groups + g] : 0.0;
    return fall > 0 ? fall : 0.0;
  }

  /** {@code D_c = sum_g s_gc F_g} of year index {@code k} into {@code entering}, groups in order, for any number. */
  private static void enteringOfGroups(double[] groupFall, int k, int groups, double[] gs, double[] entering) {
    final int count = entering.length;
    java.util.Arrays.fill(entering, 0.0);
    for (int g = 0; g < groups; g++) {
      double fall = groupFall[k * groups + g];
      if (fall > 0) {
        int row = g * count;
        for (int q = 0; q < count; q++) {
          entering[q] += gs[row + q] * fall;
        }
      }
    }
  }

  /**
   * Shares {@code h} jobs among cohorts with {@code waiting} workers and weights {@code weight}:
   * {@code hired_c = min(waiting_c, lambda weight_c waiting_c)} with {@code lambda} such that the shares sum to
   * {@code h} ({@code h} is at most the sum of the waiting). Cohorts whose share would exceed their waiting workers
   * take them all, and the rest is shared again among the others; with {@code lambda} the share of the others before
   * a round, {@code lambda weight_c >= 1} marks a cohort that takes all its workers at the solution too, since the
   * solution's {@code lambda} is never smaller. At most {@code C} rounds.
   */
  static void share(double h, double[] waiting, double[] weight, double[] hired, boolean[] open) {
    int count = waiting.length;
    double demand = 0;
    for (int q = 0; q < count; q++) {
      hired[q] = 0.0;
      boolean waits = waiting[q] > 0;
      open[q] = waits;
      if (waits) {
        demand += weight[q] * waiting[q];
      }
    }
    double left = h;
    while (left > 0) {
      if (!(demand > 0)) {
        return;
      }
      double lambda = left / demand;
      boolean full = false;
      // the cohorts that take all their workers, and the next round's demand of the others, in one pass: the
      // others' weighted workers are summed in the cohorts' order, as a pass of their own would sum them
      double next = 0;
      for (int q = 0; q < count; q++) {
        if (open[q]) {
          if (lambda * weight[q] >= 1.0) {
            hired[q] = waiting[q];
            left -= waiting[q];
            open[q] = false;
            full = true;
          } else {
            next += weight[q] * waiting[q];
          }
        }
      }
      if (!full) {
        for (int q = 0; q < count; q++) {
          if (open[q]) {
            hired[q] = lambda * weight[q] * waiting[q];
          }
        }
        return;
      }
      demand = next;
    }
  }
}
