package io.xinlu.engine;

import io.xinlu.PathSegment;
import io.xinlu.internal.Problems;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectPlan;
import io.xinlu.scenario.ResolvedScenario;
import io.xinlu.scenario.StrategyAdoption;

/**
 * The rules of each kind of {@link ParameterPath} that {@link Parameterization} applies: which values it accepts, the
 * problem it reports for one it does not, and the value the model and scenario give it. Stateless.
 */
final class ParameterRules {
  private ParameterRules() {}

  /** Whether a value is one a parameter of this kind accepts; {@link #check} says why not. */
  static boolean acceptable(ParameterPath.Kind kind, double v) {
    if (!Double.isFinite(v)) {
      return false;
    }
    switch (kind) {
      case SECTOR_PRODUCTIVITY_GROWTH:
        return v > -1;
      case SECTOR_INTENSITY_DECLINE:
        return v < 1;
      case PROJECT_SCALE:
      case PROJECT_ASSET_CAPITAL:
        return v >= 0;
      case PROJECT_ASSET_LIFE:
        return v > 0;
      case STRATEGY_INTENSITY:
      case REEMPLOYMENT_RATE:
      case SECTOR_RESOURCE_TAX:
      case SECTOR_VAT:
      case SECTOR_INCOME_TAX:
        return v >= 0 && v <= 1;
      default:
        return CohortParameters.acceptable(kind, v);
    }
  }

  /** Adds to {@code p} at {@code at} the problem of a finite value a parameter of this kind does not accept. */
  static void check(Problems p, PathSegment at, ParameterPath.Kind kind, double v) {
    switch (kind) {
      case SECTOR_PRODUCTIVITY_GROWTH:
        if (v <= -1) {
          p.add(at, "must be above -1, was " + v);
        }
        break;
      case SECTOR_INTENSITY_DECLINE:
        if (v >= 1) {
          p.add(at, "must be below 1, was " + v);
        }
        break;
      case PROJECT_SCALE:
      case PROJECT_ASSET_CAPITAL:
        p.nonNegative(at, v);
        break;
      case PROJECT_ASSET_LIFE:
        p.positive(at, v);
        break;
      case STRATEGY_INTENSITY:
      case REEMPLOYMENT_RATE:
      case SECTOR_RESOURCE_TAX:
      case SECTOR_VAT:
      case SECTOR_INCOME_TAX:
        p.fraction(at, v);
        break;
      default:
        CohortParameters.reject(p, at, kind, v);
        break;
    }
  }

  /** The value a path has in the model and scenario as given. */
  static double given(CityModel model, ResolvedScenario scenario, ParameterPath p) {
    switch (p.kind()) {
      case SECTOR_GROWTH:
        return model.profile().sector(p.id()).growth();
      case SECTOR_PRODUCTIVITY_GROWTH:
        return model.profile().sector(p.id()).productivityGrowth();
      case SECTOR_INTENSITY_DECLINE:
        return model.profile().sector(p.id()).energyIntensityDecline();
      case PROJECT_DELAY:
        return plan(model, scenario, p.id()).delayYears();
      case PROJECT_SCALE:
        return plan(model, scenario, p.id()).scale();
      case PROJECT_EFFECT:
        return model.project(p.id()).orElseThrow().effects().get(p.effect() - 1).size();
      case STRATEGY_INTENSITY: {
        StrategyAdoption a = scenario.adoptions().get(p.id());
        return a == null ? 0.0 : a.intensity();
      }
      case STRATEGY_START_SHIFT: {
        StrategyAdoption a = scenario.adoptions().get(p.id());
        return a == null ? 0.0 : a.startShift();
      }
      case MACRO_SHOCK:
        return 0.0;
      case EMISSION_FACTOR_PATH:
        return 1.0;
      case PROJECT_ASSET_LIFE:
      case PROJECT_ASSET_CAPITAL:
        return Closures.given(model, p);
      case COHORT_RETIREMENT_RATE:
      case COHORT_OUT_MIGRATION_RATE:
      case COHORT_REEMPLOYMENT_WEIGHT:
      case SECTOR_WAGE:
        return CohortParameters.given(model, p);
      case REEMPLOYMENT_RATE:
        return scenario.reemploymentRate();
      default:
        return FinanceInputs.given(model.profile(), p);
    }
  }

  /** How the scenario applies to a project of the model. */
  private static ProjectPlan plan(CityModel model, ResolvedScenario scenario, String projectId) {
    return scenario.plan(model.strategyOf(projectId).orElseThrow(), model.project(projectId).orElseThrow());
  }
}
