package io.xinlu.engine;

/**
 * The displaced workers of a run by cohort, and the wage bill (section 21 of {@code docs/MODEL.md}): a refinement
 * beside the single pool of {@link Labour}, which it leaves as it is. A {@link Run} works it out from its output when
 * one of its quantities is first asked for; runs whose users never ask skip it.
 *
 * <p>Each year {@code t} after the base year, with {@code d_i} and {@code j_i} a sector's fall and rise of
 * employment:
 *
 * <pre>
 * D_c   = sum_i s_ic d_i                             the jobs lost, split by each sector's workforce shares
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
  /** Retirements and out-migration from the pool since the base year (cumulative). */
  final double[] retired;
  final double[] migrated;
  /** The re-employment of the cohorts' workers in the year {@code H(t)}. */
  final double[] reemployed;
  /** The wage bill, wages of the jobs lost and regained, billion CNY; null without wages. */
  final double[] wageBill;
  final double[] wageLost;
  final double[] wageRegained;

  private Cohorts(int count, double[] displaced, double[] longTerm, double[] retired, double[] migrated,
      double[] reemployed, double[] wageBill, double[] wageLost, double[] wageRegained) {
    this.count = count;
    this.displaced = displaced;
    this.longTerm = longTerm;
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
    final Economy e = c.economy;
    final double[] v = e.v;
    final double[] s = in.shares;
    final double[] w = in.wage;
    final double[][] wages = w == null ? NO_WAGES : c.shared.wages();
    final double[] displaced = new double[years * count];
    final double[] longTerm = new double[years];
    final double[] retired = new double[years];
    final double[] migrated = new double[years];
    final double[] reemployed = new double[years];
    final double[] wageBill = new double[years];
    final double[] wageLost = new double[years];
    final double[] wageRegained = new double[years];
    final double[] entering = new double[count];
    final double[] staying = new double[count];
    final double[] waiting = new double[count];
    final double[] hired = new double[count];
    final boolean[] open = new boolean[count];
    double[] before = e.employment0.clone();
    double[] now = new double[n];
    if (w == null) {
      java.util.Arrays.fill(wageBill, Double.NaN);
      java.util.Arrays.fill(wageLost, Double.NaN);
      java.util.Arrays.fill(wageRegained, Double.NaN);
    } else {
      double bill = 0;
      for (int i = 0; i < n; i++) {
        bill += w[i] * before[i];
      }
      wageBill[0] = bill * TO_BILLION;
    }
    for (int k = 1; k < years; k++) {
      final double[] xk = x[k];
      final double[] perJob = c.valueAddedPerJob[k];
      java.util.Arrays.fill(entering, 0.0);
      double created = 0;
      double bill = 0;
      double lostWages = 0;
      double createdWages = 0;
      for (int i = 0; i < n; i++) {
        // employment as RunValues and Labour derive it, so the falls and rises are theirs
        double jobs = v[i] * xk[i] / perJob[i];
        now[i] = jobs;
        double change = jobs - before[i];
        double fall = change < 0 ? -change : 0.0;
        double rise = change > 0 ? change : 0.0;
        created += rise;
        if (fall > 0) {
          for (int q = 0; q < count; q++) {
            entering[q] += s[i * count + q] * fall;
          }
        }
        if (w != null) {
          double wage = wages[k][i];
          bill += wage * jobs;
          lostWages += wage * fall;
          createdWages += wage * rise;
        }
      }
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
      for (int q = 0; q < count; q++) {
        double a = waiting[q];
        displaced[k * count + q] = Math.max(0.0, a - hired[q]);
        longWaiting += a > 0 ? staying[q] * (1.0 - hired[q] / a) : 0.0;
        taken += hired[q];
      }
      longTerm[k] = longWaiting;
      retired[k] = retired[k - 1] + retiring;
      migrated[k] = migrated[k - 1] + leaving;
      reemployed[k] = taken;
      if (w != null) {
        wageBill[k] = bill * TO_BILLION;
        wageLost[k] = lostWages * TO_BILLION;
        wageRegained[k] = created > 0 ? taken * (createdWages / created) * TO_BILLION : 0.0;
      }
      double[] t = before;
      before = now;
      now = t;
    }
    return new Cohorts(count, displaced, longTerm, retired, migrated, reemployed, wageBill, wageLost,
        wageRegained);
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
