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
