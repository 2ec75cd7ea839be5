package io.xinlu.engine;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * The values of a run's cohort account ({@link Cohorts}) as {@link Run} gives them: by cohort, age band and skill
 * level, with the checks of availability, names and range. Years are year indices from the base year, checked by the
 * run. Immutable apart from the account its {@link RunValues} keeps once worked out; thread-safe.
 */
final class CohortValues {
  private final CompiledScenario c;
  private final RunValues values;
  private final String scenarioName;

  CohortValues(CompiledScenario c, RunValues values) {
    this.c = c;
    this.values = values;
    this.scenarioName = c.scenario.name();
  }

  boolean hasWages() {
    CohortInputs in = c.cohortInputs;
    return in != null && in.wage != null;
  }

  ImmutableList<String> ageBands() {
    CohortInputs in = c.cohortInputs;
    return in == null ? ImmutableList.of() : in.ageBands;
  }

  ImmutableList<String> skillLevels() {
    CohortInputs in = c.cohortInputs;
    return in == null ? ImmutableList.of() : in.skillLevels;
  }

  ImmutableList<String> cohortIds() {
    CohortInputs in = c.cohortInputs;
    return in == null ? ImmutableList.of() : in.cohortIds;
  }

  double displacedInCohort(String cohortId, int k) {
    CohortInputs in = inputs();
    int q = in.cohortIds.indexOf(cohortId);
    checkArgument(q >= 0, "run '%s' has no cohort '%s'; cohorts: %s", scenarioName, cohortId, in.cohortIds);
    return values.cohortValue(values.cohorts().displaced[k * in.count + q], "displaced workers of cohort '"
        + cohortId + "'", Quantity.DISPLACED_WORKERS, k);
  }

  double displacedInAgeBand(String ageBand, int k) {
    CohortInputs in = inputs();
    int b = in.ageBands.indexOf(ageBand);
    checkArgument(b >= 0, "run '%s' has no age band '%s'; age bands: %s", scenarioName, ageBand, in.ageBands);
    return sum(in, k, in.band, b, "displaced workers aged " + ageBand);
  }

  double displacedWithSkill(String skillLevel, int k) {
    CohortInputs in = inputs();
    int l = in.skillLevels.indexOf(skillLevel);
    checkArgument(l >= 0, "run '%s' has no skill level '%s'; skill levels: %s", scenarioName, skillLevel,
        in.skillLevels);
    return sum(in, k, in.skill, l, "displaced workers of skill " + skillLevel);
  }

  double pool(int k) {
    inputs();
    return values.cohortValue(values.cohorts().pool[k], "displaced workers of the cohorts",
        Quantity.DISPLACED_WORKERS, k);
  }

  double longTermUnemployed(int k) {
    inputs();
    return values.cohortValue(values.cohorts().longTerm[k], "long-term unemployed", Quantity.DISPLACED_WORKERS, k);
  }

  double retiredFromPool(int k) {
    inputs();
    return values.cohortValue(values.cohorts().retired[k], "retired from the pool", Quantity.DISPLACED_WORKERS, k);
  }

  double outMigrated(int k) {
    inputs();
    return values.cohortValue(values.cohorts().migrated[k], "out-migrated", Quantity.DISPLACED_WORKERS, k);
  }

  double reemployed(int k) {
    inputs();
    return values.cohortValue(values.cohorts().reemployed[k], "re-employed from the pool",
        Quantity.DISPLACED_WORKERS, k);
  }

  double wageBill(int k) {
    wages();
    return values.cohortValue(values.cohorts().wageBill[k], "wage bill", Quantity.EMPLOYMENT, k);
  }

  double wageBillLost(int k) {
    wages();
    return values.cohortValue(values.cohorts().wageLost[k], "wage bill lost", Quantity.EMPLOYMENT, k);
  }

  double wageBillRegained(int k) {
    wages();
    return values.cohortValue(values.cohorts().wageRegained[k], "wage bill regained", Quantity.EMPLOYMENT, k);
  }

  /** Checks every value of the account in year index {@code k}: each cohort, the totals, the wages if given. */
  void requireFinite(int k) {
    for (String id : cohortIds()) {
      displacedInCohort(id, k);
    }
    pool(k);
    longTermUnemployed(k);
    retiredFromPool(k);
    outMigrated(k);
    reemployed(k);
    if (hasWages()) {
      wageBill(k);
      wageBillLost(k);
      wageBillRegained(k);
    }
  }

  private CohortInputs inputs() {
    CohortInputs in = c.cohortInputs;
    if (in == null) {
      throw new IllegalStateException("run '" + scenarioName + "' has no displaced workers by cohort: profile '"
          + c.profile.name() + "' gives no labour market");
    }
    return in;
  }

  private void wages() {
    if (inputs().wage == null) {
      throw new IllegalStateException("run '" + scenarioName + "' has no wage bill: the labour market of profile '"
          + c.profile.name() + "' gives no wages");
    }
  }

  /** The sum of the cohorts' pools in year index {@code k} over the cohorts whose {@code of[c]} is {@code which}. */
  private double sum(CohortInputs in, int k, int[] of, int which, String what) {
    double[] u = values.cohorts().displaced;
    double sum = 0;
    for (int q = 0; q < in.count; q++) {
      if (of[q] == which) {
        sum += u[k * in.count + q];
      }
    }
    return values.cohortValue(sum, what, Quantity.DISPLACED_WORKERS, k);
  }
}
