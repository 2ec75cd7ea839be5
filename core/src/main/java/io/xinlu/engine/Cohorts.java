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
  private static final double TO_BILLION = 1e-6;
  /** The wage rows of a labour market without wages: none. */
  private static final double[][] NO_WAGES = new double[0][];

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
   * The cohort account of a run of {@code c} (whose profile has a labour market) with gross output {@code x}. The
   * wage arrays are NaN without wages.
   */
  static Cohorts of(CompiledScenario c, CohortInputs in, double[][] x) {
    final int n = c.n;
    final int years = c.years;
    final int count = in.count;
    final double[] w = in.wage;
    final double[] displaced = new double[years * count];
    final double[] longTerm = new double[years];
    final double[] pool = new double[years];
    final double[] retired = new double[years];
    final double[] migrated = new double[years];
    final double[] reemployed = new double[years];
    final double[] wageBill = new double[years];
    final double[] wageLost = new double[years];
    final double[] wageRegained = new double[years];
    final int groups = in.groupShares.length / count;
    final YearSums sums = new YearSums(c, in, x, groups, w, w == null ? NO_WAGES : c.shared.wages(), wageBill,
        wageLost);
    if (w == null) {
      java.util.Arrays.fill(wageBill, Double.NaN);
      java.util.Arrays.fill(wageLost, Double.NaN);
      java.util.Arrays.fill(wageRegained, Double.NaN);
    }
    final double[] gs = in.groupShares;
    final double[] entering = new double[count];
    final double[] staying = new double[count];
    final double[] waiting = new double[count];
    final double[] hired = new double[count];
    final boolean[] open = new boolean[count];
    for (int k = 1; k < years; k++) {
      // D_c = sum_g s_gc F_g, F_g the sum of the falls of group g's sectors, groups in the order of their first
      // sector
      java.util.Arrays.fill(entering, 0.0);
      for (int g = 0; g < groups; g++) {
        double fall = sums.groupFall[k * groups + g];
        if (fall > 0) {
          int row = g * count;
          for (int q = 0; q < count; q++) {
            entering[q] += gs[row + q] * fall;
          }
        }
      }
      double created = sums.created[k];
      double available = 0;
      double retiring = 0;
      double leaving = 0;
      for (int q = 0; q < count; q++) {
        double old = displaced[(k - 1) * count + q];
        double r = in.retirement[q] * old;
        double m = in.migration[q] * (old - r);
        retiring += r;
        leaving += m;
        staying[q] = Math.max(0.0, old - r - m);
        waiting[q] = staying[q] + entering[q];
        available += waiting[q];
      }
      double h = Math.min(available, c.rho[k] * created);
      share(h, waiting, in.weight, hired, open);
      double taken = 0;
      double longWaiting = 0;
      double left = 0;
      for (int q = 0; q < count; q++) {
        double a = waiting[q];
        double u = Math.max(0.0, a - hired[q]);
        displaced[k * count + q] = u;
        left += u;
        longWaiting += a > 0 ? staying[q] * (1.0 - hired[q] / a) : 0.0;
        taken += hired[q];
      }
      pool[k] = left;
      longTerm[k] = longWaiting;
      retired[k] = retired[k - 1] + retiring;
      migrated[k] = migrated[k - 1] + leaving;
      reemployed[k] = taken;
      if (w != null) {
        wageRegained[k] = created > 0 ? taken * (sums.createdWages[k] / created) * TO_BILLION : 0.0;
      }
    }
    return new Cohorts(count, displaced, pool, longTerm, retired, migrated, reemployed, wageBill, wageLost,
        wageRegained);
  }

  /**
   * The sums over sectors that the cohort account needs in each year, which do not depend on the pool: the jobs
   * created {@code J(t)}, the falls of each group of sectors {@code F_g(t)}, and with wages the wage bill and the
   * wages of the jobs lost and created. Each is summed over the sectors in the profile's order. As {@link Labour}
   * does, four years at a time: each year's employment, falls and rises in one whole-array operation, which the JIT
   * compiler vectorises ({@code (d - |d|) / 2} is {@code min(d, 0)} and {@code (d + |d|) / 2} is {@code max(d, 0)},
   * bit for bit), then the four years' sums side by side, as independent chains of additions that the processor
   * overlaps; each year's own additions keep the order, and so the bits, of a year-by-year loop (subtracting a
   * {@code min(d, 0)} adds its magnitude, and adding 0 to a sum that is never -0 leaves its bits).
   */
  private static final class YearSums {
    /** {@code J(t)} by year index; 0 in the base year. */
    final double[] created;
    /** {@code F_g(t)}, {@code [k * groups + g]}. */
    final double[] groupFall;
    /** The wages of the jobs created, {@code sum_i w_i(t) j_i(t)}, CNY-thousands; 0 without wages. */
    final double[] createdWages;

    /**
     * Works the sums out, and with wages ({@code base} not null) fills {@code bill} and {@code lost} (billion CNY)
     * from the wages {@code wages[k][i]} (from year index 1) and the base-year wages {@code base}.
     */
    YearSums(CompiledScenario c, CohortInputs in, double[][] x, int groups, double @Nullable [] base,
        double[][] wages, double[] bill, double[] lost) {
      final int n = c.n;
      final int years = c.years;
      this.created = new double[years];
      this.groupFall = new double[years * groups];
      this.createdWages = new double[years];
      final EmploymentBlocks blocks = new EmploymentBlocks(c, x);
      final double[][] rows = blocks.rows;
      final double[][] falls = blocks.falls;
      final double[][] rises = blocks.rises;
      if (base != null) {
        final double[] before = c.economy.employment0;
        double b0 = 0;
        for (int i = 0; i < n; i++) {
          b0 += base[i] * before[i];
        }
        bill[0] = b0 * TO_BILLION;
      }
      for (int k = 1; k < years; k += 4) {
        // employment as RunValues and Labour derive it, so the falls and rises are theirs
        final int m = blocks.fill(k);
        if (m == 4) {
          sums4(k, n, groups, in.members, falls, rises);
          if (base != null) {
            wages4(k, n, wages, rows, falls, rises, bill, lost);
          }
        } else {
          for (int b = 0; b < m; b++) {
            final double[] fall = falls[b];
            final double[] rise = rises[b];
            for (int g = 0; g < groups; g++) {
              double sum = 0;
              for (int i : in.members[g]) {
                sum -= fall[i];
              }
              groupFall[(k + b) * groups + g] = sum;
            }
            double j = 0;
            for (int i = 0; i < n; i++) {
              j += rise[i];
            }
            created[k + b] = j;
            if (base != null) {
              final double[] wk = wages[k + b];
              final double[] now = rows[b];
              double sumBill = 0;
              double sumLost = 0;
              double sumCreated = 0;
              for (int i = 0; i < n; i++) {
                sumBill += wk[i] * now[i];
                sumLost -= wk[i] * fall[i];
                sumCreated += wk[i] * rise[i];
              }
              bill[k + b] = sumBill * TO_BILLION;
              lost[k + b] = sumLost * TO_BILLION;
              createdWages[k + b] = sumCreated;
            }
          }
        }
        blocks.advance(m);
      }
    }

    /** The jobs created and the groups' falls in year indices {@code k} to {@code k + 3}. */
    private void sums4(int k, int n, int groups, int[][] members, double[][] falls, double[][] rises) {
      final double[] a0 = falls[0];
      final double[] a1 = falls[1];
      final double[] a2 = falls[2];
      final double[] a3 = falls[3];
      final double[] r0 = rises[0];
      final double[] r1 = rises[1];
      final double[] r2 = rises[2];
      final double[] r3 = rises[3];
      // each group's falls summed over its sectors in the profile's order, in registers
      for (int g = 0; g < groups; g++) {
        final int[] in = members[g];
        double g0 = 0;
        double g1 = 0;
        double g2 = 0;
        double g3 = 0;
        for (int i : in) {
          g0 -= a0[i];
          g1 -= a1[i];
          g2 -= a2[i];
          g3 -= a3[i];
        }
        groupFall[k * groups + g] = g0;
        groupFall[(k + 1) * groups + g] = g1;
        groupFall[(k + 2) * groups + g] = g2;
        groupFall[(k + 3) * groups + g] = g3;
      }
      double j0 = 0;
      double j1 = 0;
      double j2 = 0;
      double j3 = 0;
      for (int i = 0; i < n; i++) {
        j0 += r0[i];
        j1 += r1[i];
        j2 += r2[i];
        j3 += r3[i];
      }
      created[k] = j0;
      created[k + 1] = j1;
      created[k + 2] = j2;
      created[k + 3] = j3;
    }

    /** The wage bill and the wages of the jobs lost and created in year indices {@code k} to {@code k + 3}. */
    private void wages4(int k, int n, double[][] wages, double[][] rows, double[][] falls, double[][] rises,
        double[] bill, double[] lost) {
      final double[] w0 = wages[k];
      final double[] w1 = wages[k + 1];
      final double[] w2 = wages[k + 2];
      final double[] w3 = wages[k + 3];
      final double[] e0 = rows[0];
      final double[] e1 = rows[1];
      final double[] e2 = rows[2];
      final double[] e3 = rows[3];
      final double[] a0 = falls[0];
      final double[] a1 = falls[1];
      final double[] a2 = falls[2];
      final double[] a3 = falls[3];
      final double[] r0 = rises[0];
      final double[] r1 = rises[1];
      final double[] r2 = rises[2];
      final double[] r3 = rises[3];
      double bill0 = 0;
      double bill1 = 0;
      double bill2 = 0;
      double bill3 = 0;
      double lost0 = 0;
      double lost1 = 0;
      double lost2 = 0;
      double lost3 = 0;
      double new0 = 0;
      double new1 = 0;
      double new2 = 0;
      double new3 = 0;
      for (int i = 0; i < n; i++) {
        bill0 += w0[i] * e0[i];
        bill1 += w1[i] * e1[i];
        bill2 += w2[i] * e2[i];
        bill3 += w3[i] * e3[i];
        lost0 -= w0[i] * a0[i];
        lost1 -= w1[i] * a1[i];
        lost2 -= w2[i] * a2[i];
        lost3 -= w3[i] * a3[i];
        new0 += w0[i] * r0[i];
        new1 += w1[i] * r1[i];
        new2 += w2[i] * r2[i];
        new3 += w3[i] * r3[i];
      }
      bill[k] = bill0 * TO_BILLION;
      bill[k + 1] = bill1 * TO_BILLION;
      bill[k + 2] = bill2 * TO_BILLION;
      bill[k + 3] = bill3 * TO_BILLION;
      lost[k] = lost0 * TO_BILLION;
      lost[k + 1] = lost1 * TO_BILLION;
      lost[k + 2] = lost2 * TO_BILLION;
      lost[k + 3] = lost3 * TO_BILLION;
      createdWages[k] = new0;
      createdWages[k + 1] = new1;
      createdWages[k + 2] = new2;
      createdWages[k + 3] = new3;
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
    for (int q = 0; q < count; q++) {
      hired[q] = 0.0;
      open[q] = waiting[q] > 0;
    }
    double left = h;
    while (left > 0) {
      double demand = 0;
      for (int q = 0; q < count; q++) {
        if (open[q]) {
          demand += weight[q] * waiting[q];
        }
      }
      if (!(demand > 0)) {
        return;
      }
      double lambda = left / demand;
      boolean full = false;
      for (int q = 0; q < count; q++) {
        if (open[q] && lambda * weight[q] >= 1.0) {
          hired[q] = waiting[q];
          left -= waiting[q];
          open[q] = false;
          full = true;
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
    }
  }
}
