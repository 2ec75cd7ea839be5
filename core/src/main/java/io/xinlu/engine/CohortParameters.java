package io.xinlu.engine;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.PathSegment;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Cohort;
import io.xinlu.economy.LabourMarket;
import io.xinlu.internal.Problems;
import io.xinlu.scenario.CityModel;
import org.jspecify.annotations.Nullable;

/**
 * The parameter paths of the labour market ({@code cohort/<age band>/<skill level>/retirement-rate},
 * {@code .../out-migration-rate}, {@code .../reemployment-weight}, {@code sector/<id>/wage}) for a
 * {@link Parameterization}: whether a path names something the model has, the value it has there, and the arrays
 * of {@link Adjustments} its values go to. Stateless.
 */
final class CohortParameters {
  private CohortParameters() {}

  /**
   * Checks that a labour-market path names a cohort, or a sector with a wage, of the model.
   *
   * @throws IllegalArgumentException naming the path and what exists
   */
  static void check(CityModel model, ParameterPath p) {
    CityProfile profile = model.profile();
    if (p.kind() == ParameterPath.Kind.SECTOR_WAGE) {
      checkArgument(profile.hasSector(p.id()), "parameter '%s': unknown sector '%s'; sectors: %s", p, p.id(),
          profile.sectorIds());
      checkArgument(profile.labourMarket().map(LabourMarket::hasWages).orElse(false),
          "parameter '%s': profile '%s' gives no wages (a labour market with wages)", p, profile.name());
      return;
    }
    LabourMarket m = profile.labourMarket().orElseThrow(() -> new IllegalArgumentException(
        "parameter '" + p + "': profile '" + profile.name() + "' gives no labour market"));
    checkArgument(m.indexOfCohort(p.id()) >= 0, "parameter '%s': unknown cohort '%s'; cohorts: %s", p, p.id(),
        m.cohortIds());
  }

  /**
   * The index a checked path's values go to: the cohort's for a cohort path, the sector's for a wage, -1 for the
   * other kinds handled here (the city-wide ones).
   */
  static int target(CityModel model, ParameterPath p) {
    switch (p.kind()) {
      case COHORT_RETIREMENT_RATE:
      case COHORT_OUT_MIGRATION_RATE:
      case COHORT_REEMPLOYMENT_WEIGHT:
        return model.profile().labourMarket().orElseThrow().indexOfCohort(p.id());
      case SECTOR_WAGE:
        return model.profile().indexOf(p.id());
      default:
        return -1;
    }
  }

  /** Whether a value is one a parameter of this kind accepts (any finite value for kinds not handled here). */
  static boolean acceptable(ParameterPath.Kind kind, double v) {
    switch (kind) {
      case COHORT_RETIREMENT_RATE:
      case COHORT_OUT_MIGRATION_RATE:
        return v >= 0 && v <= 1;
      case COHORT_REEMPLOYMENT_WEIGHT:
        return v > 0;
      case SECTOR_WAGE:
        return v >= 0;
      default:
        return true;
    }
  }

  /** Adds the problem of a finite value that is not {@link #acceptable}, at {@code at}. */
  static void reject(Problems p, PathSegment at, ParameterPath.Kind kind, double v) {
    switch (kind) {
      case COHORT_RETIREMENT_RATE:
      case COHORT_OUT_MIGRATION_RATE:
        p.fraction(at, v);
        break;
      case COHORT_REEMPLOYMENT_WEIGHT:
        if (!(v > 0)) {
          p.add(at, "must be above 0, was " + v);
        }
        break;
      case SECTOR_WAGE:
        p.nonNegative(at, v);
        break;
      default:
        break;
    }
  }

  /** The value a checked labour-market path has in the model. */
  static double given(CityModel model, ParameterPath p) {
    LabourMarket m = model.profile().labourMarket().orElseThrow();
    if (p.kind() == ParameterPath.Kind.SECTOR_WAGE) {
      return m.wageOf(p.id());
    }
    Cohort c = m.cohorts().get(m.indexOfCohort(p.id()));
    switch (p.kind()) {
      case COHORT_RETIREMENT_RATE:
        return c.retirementRate();
      case COHORT_OUT_MIGRATION_RATE:
        return c.outMigrationRate();
      default:
        return c.reemploymentWeight();
    }
  }

  /** Gives {@code adj} an array of NaNs for each labour-market kind that {@code kindGiven} marks. */
  static void unset(Adjustments adj, boolean[] kindGiven, CityProfile profile) {
    int cohorts = profile.labourMarket().map(m -> m.cohorts().size()).orElse(0);
    if (kindGiven[ParameterPath.Kind.COHORT_RETIREMENT_RATE.ordinal()]) {
      adj.cohortRetirement = Adjustments.unset(cohorts);
    }
    if (kindGiven[ParameterPath.Kind.COHORT_OUT_MIGRATION_RATE.ordinal()]) {
      adj.cohortMigration = Adjustments.unset(cohorts);
    }
    if (kindGiven[ParameterPath.Kind.COHORT_REEMPLOYMENT_WEIGHT.ordinal()]) {
      adj.cohortWeight = Adjustments.unset(cohorts);
    }
    if (kindGiven[ParameterPath.Kind.SECTOR_WAGE.ordinal()]) {
      adj.wage = Adjustments.unset(profile.sectors().size());
    }
  }

  /** The array of {@code adj} that values of a labour-market kind go to. */
  static double @Nullable [] array(Adjustments adj, ParameterPath.Kind kind) {
    switch (kind) {
      case COHORT_RETIREMENT_RATE:
        return adj.cohortRetirement;
      case COHORT_OUT_MIGRATION_RATE:
        return adj.cohortMigration;
      case COHORT_REEMPLOYMENT_WEIGHT:
        return adj.cohortWeight;
      default:
        return adj.wage;
    }
  }
}
