package io.xinlu.engine;

import org.jspecify.annotations.Nullable;

/**
 * The sums over sectors that a run's labour transition needs each year, which do not depend on any pool of
 * displaced workers: the jobs lost {@code D(t)} and created {@code J(t)} of section 12 of {@code docs/MODEL.md}, and,
 * when the profile has a labour market (section 21), the falls of each group of sectors with equal workforce shares
 * {@code F_g(t)} and, with wages, the wage bill and the wages of the jobs lost and created. Worked out in one pass
 * over the years for both {@link Labour} and {@link Cohorts}, so that a run asked for both works out each year's
 * employment, falls and rises once ({@link EmploymentBlocks}). Each sum adds the sectors in the profile's order (a
 * group's, its members in that order), four years side by side as independent chains of additions that the
 * processor overlaps; each year's own additions keep the order, and so the bits, of a year-by-year loop (subtracting
 * a {@code min(d, 0)} adds its magnitude, and adding 0 to a sum that is never -0 leaves its bits).
 *
 * <p>Immutable once made: its arrays are filled before the constructor ends and never written after, and its fields
 * are final, so a reference read through a data race still shows them filled.
 */
final class LabourSums {
  /** Thousand persons times CNY per person to billion CNY. */
  static final double TO_BILLION = 1e-6;

  /** {@code D(t)} and {@code J(t)} by year index; 0 in the base year. */
  final double[] jobsLost;
  final double[] jobsCreated;
  /** The number of groups of sectors with equal workforce shares; 0 without a labour market. */
  final int groups;
  /** {@code F_g(t)}, {@code [k * groups + g]}; empty without a labour market. */
  final double[] groupFall;
  /**
   * With wages: the wage bill and the wages of the jobs lost, billion CNY, and the wages of the jobs created
   * {@code sum_i w_i(t) j_i(t)}, CNY-thousands, by year index; null without wages.
   */
  final double @Nullable [] wageBill;
  final double @Nullable [] wageLost;
  final double @Nullable [] createdWages;

  private LabourSums(double[] jobsLost, double[] jobsCreated, int groups, double[] groupFall,
      double @Nullable [] wageBill, double @Nullable [] wageLost, double @Nullable [] createdWages) {
    this.jobsLost = jobsLost;
    this.jobsCreated = jobsCreated;
    this.groups = groups;
    this.groupFall = groupFall;
    this.wageBill = wageBill;
    this.wageLost = wageLost;
    this.createdWages = createdWages;
  }

  /** The sums of a run of {@code c} with gross output {@code x} (rows of at least {@code n}). */
  static LabourSums of(CompiledScenario c, double[][] x) {
    final int n = c.n;
    final int years = c.years;
    final CohortInputs in = c.cohortInputs;
    final int groups = in == null ? 0 : in.groupShares.length / in.count;
    final int[][] members = in == null ? new int[0][] : in.members;
    final double @Nullable [] base = in == null ? null : in.wage;
    final double[] lost = new double[years];
    final double[] created = new double[years];
    final double[] groupFall = new double[years * groups];
    final int wageYears = base == null ? 0 : years;
    final double[] bill = new double[wageYears];
    final double[] wageLost = new double[wageYears];
    final double[] createdWages = new double[wageYears];
    final double[][] wages = base == null ? new double[0][] : c.shared.wages();
    if (base != null) {
      final double[] before = c.economy.employment0;
      double b0 = 0;
      for (int i = 0; i < n; i++) {
        b0 += base[i] * before[i];
      }
      bill[0] = b0 * TO_BILLION;
    }
    final EmploymentBlocks blocks = new EmploymentBlocks(c, x);
    final double[][] rows = blocks.rows;
    final double[][] falls = blocks.falls;
    final double[][] rises = blocks.rises;
    for (int k = 1; k < years; k += 4) {
      // each year's employment, falls and rises in one whole-array operation (EmploymentBlocks)
      final int m = blocks.fill(k);
      if (m == 4) {
        jobs4(k, n, falls, rises, lost, created);
        for (int g = 0; g < groups; g++) {
          groups4(k, g, groups, members[g], falls, groupFall);
        }
        if (base != null) {
          wages2(k, 0, n, wages, rows, falls, rises, bill, wageLost, createdWages);
          wages2(k, 2, n, wages, rows, falls, rises, bill, wageLost, createdWages);
        }
      } else {
        for (int b = 0; b < m; b++) {
          final double[] fall = falls[b];
          final double[] rise = rises[b];
          double sumLost = 0;
          double sumCreated = 0;
          for (int i = 0; i < n; i++) {
            sumLost -= fall[i];
            sumCreated += rise[i];
          }
          lost[k + b] = sumLost;
          created[k + b] = sumCreated;
          for (int g = 0; g < groups; g++) {
            double sum = 0;
            for (int i : members[g]) {
              sum -= fall[i];
            }
            groupFall[(k + b) * groups + g] = sum;
          }
          if (base != null) {
            final double[] wk = wages[k + b];
            final double[] now = rows[b];
            double sumBill = 0;
            double sumWagesLost = 0;
            double sumWagesCreated = 0;
            for (int i = 0; i < n; i++) {
              sumBill += wk[i] * now[i];
              sumWagesLost -= wk[i] * fall[i];
              sumWagesCreated += wk[i] * rise[i];
            }
            bill[k + b] = sumBill * TO_BILLION;
            wageLost[k + b] = sumWagesLost * TO_BILLION;
            createdWages[k + b] = sumWagesCreated;
          }
        }
      }
      blocks.advance(m);
    }
    return base == null ? new LabourSums(lost, created, groups, groupFall, null, null, null)
        : new LabourSums(lost, created, groups, groupFall, bill, wageLost, createdWages);
  }

  /** The jobs lost and created in year indices {@code k} to {@code k + 3}. */
  private static void jobs4(int k, int n, double[][] falls, double[][] rises, double[] lost, double[] created) {
    final double[] f0 = falls[0];
    final double[] f1 = falls[1];
    final double[] f2 = falls[2];
    final double[] f3 = falls[3];
    final double[] r0 = rises[0];
    final double[] r1 = rises[1];
    final double[] r2 = rises[2];
    final double[] r3 = rises[3];
    double lost0 = 0;
    double lost1 = 0;
    double lost2 = 0;
    double lost3 = 0;
    double created0 = 0;
    double created1 = 0;
    double created2 = 0;
    double created3 = 0;
    for (int i = 0; i < n; i++) {
      lost0 -= f0[i];
      created0 += r0[i];
      lost1 -= f1[i];
      created1 += r1[i];
      lost2 -= f2[i];
      created2 += r2[i];
      lost3 -= f3[i];
      created3 += r3[i];
    }
    lost[k] = lost0;
    lost[k + 1] = lost1;
    lost[k + 2] = lost2;
    lost[k + 3] = lost3;
    created[k] = created0;
    created[k + 1] = created1;
    created[k + 2] = created2;
    created[k + 3] = created3;
  }

  /** The falls of group {@code g}'s sectors {@code in}, in their order, in year indices {@code k} to {@code k + 3}. */
  private static void groups4(int k, int g, int groups, int[] in, double[][] falls, double[] groupFall) {
    final double[] a0 = falls[0];
    final double[] a1 = falls[1];
    final double[] a2 = falls[2];
    final double[] a3 = falls[3];
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

  /**
   * The wage bill and the wages of the jobs lost and created in year indices {@code k + b} and {@code k + b + 1}:
   * two years side by side (six chains of additions, enough to keep the processor's adders busy, with fewer arrays
   * than four years would read at once).
   */
  private static void wages2(int k, int b, int n, double[][] wages, double[][] rows, double[][] falls,
      double[][] rises, double[] bill, double[] lost, double[] createdWages) {
    final double[] w0 = wages[k + b];
    final double[] w1 = wages[k + b + 1];
    final double[] e0 = rows[b];
    final double[] e1 = rows[b + 1];
    final double[] a0 = falls[b];
    final double[] a1 = falls[b + 1];
    final double[] r0 = rises[b];
    final double[] r1 = rises[b + 1];
    double bill0 = 0;
    double bill1 = 0;
    double lost0 = 0;
    double lost1 = 0;
    double new0 = 0;
    double new1 = 0;
    for (int i = 0; i < n; i++) {
      bill0 += w0[i] * e0[i];
      bill1 += w1[i] * e1[i];
      lost0 -= w0[i] * a0[i];
      lost1 -= w1[i] * a1[i];
      new0 += w0[i] * r0[i];
      new1 += w1[i] * r1[i];
    }
    bill[k + b] = bill0 * TO_BILLION;
    bill[k + b + 1] = bill1 * TO_BILLION;
    lost[k + b] = lost0 * TO_BILLION;
    lost[k + b + 1] = lost1 * TO_BILLION;
    createdWages[k + b] = new0;
    createdWages[k + b + 1] = new1;
  }
}
