package io.xinlu.engine;

import com.google.common.collect.ImmutableList;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Cohort;
import io.xinlu.economy.LabourMarket;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A profile's {@link LabourMarket} laid out in flat arrays for the cohort account ({@link Cohorts}): each sector's
 * workforce shares by cohort, each cohort's retirement and out-migration rates and re-employment weight, and the
 * base-year wage by sector, with the values of parameter paths put in. Immutable once made (its arrays are never
 * written after the constructor or {@link #with} returns); thread-safe.
 */
final class CohortInputs {
  final ImmutableList<String> ageBands;
  final ImmutableList<String> skillLevels;
  final ImmutableList<String> cohortIds;
  /** The number of cohorts {@code C}. */
  final int count;
  /** Each cohort's age band and skill level, by index into {@link #ageBands} and {@link #skillLevels}. */
  final int[] band;
  final int[] skill;
  /** Workforce shares {@code s_ic}, {@code [i * C + c]}. */
  final double[] shares;
  /**
   * The sectors grouped by their workforce shares: sectors whose shares are equal, value for value, form one group
   * (numbered in the order of their first sector), whose shares {@code s_gc} are {@code groupShares[g * C + c]}.
   * {@link Cohorts} sums the falls of a group's sectors before it splits them.
   */
  final int[] group;
  final double[] groupShares;
  /** The second group's shares {@code s_1c}, or zeros with one group: {@link Cohorts} adds {@code s_1c F_1}. */
  final double[] secondGroupShares;
  /** The sectors of each group in the profile's order: {@code members[g]}. */
  final int[][] members;
  /** By cohort: the retirement and out-migration rates and the re-employment weight. */
  final double[] retirement;
  final double[] migration;
  final double[] weight;
  /** The base-year wage by sector, CNY per worker per year; null without wages. */
  final double @Nullable [] wage;

  private CohortInputs(ImmutableList<String> ageBands, ImmutableList<String> skillLevels,
      ImmutableList<String> cohortIds, int[] band, int[] skill, double[] shares, double[] retirement,
      double[] migration, double[] weight, double @Nullable [] wage) {
    this.ageBands = ageBands;
    this.skillLevels = skillLevels;
    this.cohortIds = cohortIds;
    this.count = cohortIds.size();
    this.band = band;
    this.skill = skill;
    this.shares = shares;
    this.group = new int[shares.length / Math.max(1, cohortIds.size())];
    this.groupShares = groups(shares, cohortIds.size(), group);
    this.secondGroupShares = groupShares.length > cohortIds.size()
        ? java.util.Arrays.copyOfRange(groupShares, cohortIds.size(), 2 * cohortIds.size())
        : new double[cohortIds.size()];
    this.members = members(group, groupShares.length / Math.max(1, cohortIds.size()));
    this.retirement = retirement;
    this.migration = migration;
    this.weight = weight;
    this.wage = wage;
  }

  /** The inputs of a profile's labour market, or null if it has none. */
  static @Nullable CohortInputs of(CityProfile profile) {
    if (profile.labourMarket().isEmpty()) {
      return null;
    }
    LabourMarket m = profile.labourMarket().get();
    List<Cohort> cohorts = m.cohorts();
    int count = cohorts.size();
    int n = profile.sectors().size();
    int[] band = new int[count];
    int[] skill = new int[count];
    double[] retirement = new double[count];
    double[] migration = new double[count];
    double[] weight = new double[count];
    for (int c = 0; c < count; c++) {
      Cohort k = cohorts.get(c);
      band[c] = m.ageBands().indexOf(k.ageBand());
      skill[c] = m.skillLevels().indexOf(k.skillLevel());
      retirement[c] = k.retirementRate();
      migration[c] = k.outMigrationRate();
      weight[c] = k.reemploymentWeight();
    }
    double[] shares = new double[n * count];
    for (int i = 0; i < n; i++) {
      List<Double> s = m.sharesOf(profile.sectorIds().get(i));
      for (int c = 0; c < count; c++) {
        shares[i * count + c] = s.get(c);
      }
    }
    double[] wage = null;
    if (m.hasWages()) {
      wage = new double[n];
      for (int i = 0; i < n; i++) {
        wage[i] = m.wageOf(profile.sectorIds().get(i));
      }
    }
    return new CohortInputs(m.ageBands(), m.skillLevels(), m.cohortIds(), band, skill, shares, retirement,
        migration, weight, wage);
  }

  /**
   * Numbers each sector's group into {@code group} (sectors with equal share rows, in the order of their first
   * sector) and returns the groups' share rows, {@code [g * count + c]}.
   */
  private static double[] groups(double[] shares, int count, int[] group) {
    int n = group.length;
    double[] rows = new double[shares.length];
    int groups = 0;
    for (int i = 0; i < n; i++) {
      int found = -1;
      for (int g = 0; g < groups && found < 0; g++) {
        if (java.util.Arrays.equals(shares, i * count, (i + 1) * count, rows, g * count, (g + 1) * count)) {
          found = g;
        }
      }
      if (found < 0) {
        found = groups++;
        System.arraycopy(shares, i * count, rows, found * count, count);
      }
      group[i] = found;
    }
    return java.util.Arrays.copyOf(rows, groups * count);
  }

  /** The sectors of each of {@code groups} groups, in the profile's order. */
  private static int[][] members(int[] group, int groups) {
    int[] size = new int[groups];
    for (int g : group) {
      size[g]++;
    }
    int[][] out = new int[groups][];
    for (int g = 0; g < groups; g++) {
      out[g] = new int[size[g]];
      size[g] = 0;
    }
    for (int i = 0; i < group.length; i++) {
      out[group[i]][size[group[i]]++] = i;
    }
    return out;
  }

  /** These inputs with the parameter values of {@code adj} put in; these very inputs if it sets none. */
  CohortInputs with(Adjustments adj) {
    if (adj.cohortRetirement == null && adj.cohortMigration == null && adj.cohortWeight == null
        && adj.wage == null) {
      return this;
    }
    return new CohortInputs(ageBands, skillLevels, cohortIds, band, skill, shares,
        adjusted(retirement, adj.cohortRetirement), adjusted(migration, adj.cohortMigration),
        adjusted(weight, adj.cohortWeight), wage == null ? null : adjusted(wage, adj.wage));
  }

  private static double[] adjusted(double[] given, double @Nullable [] replaced) {
    if (replaced == null) {
      return given;
    }
    double[] out = given.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] = Adjustments.or(replaced, i, given[i]);
    }
    return out;
  }
}
