package io.xinlu.analysis.mcda;

import io.xinlu.indicator.Direction;
import io.xinlu.indicator.Indicator;

/**
 * Which way a criterion of a {@link DecisionMatrix} counts: more is better ({@link #BENEFIT}) or less is better
 * ({@link #COST}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum CriterionType {
  /** More is better: GDP, the tertiary share, jobs created. */
  BENEFIT,
  /** Less is better: CO2, energy intensity, displaced workers. */
  COST;

  /**
   * The type an indicator's direction implies: {@link Direction#HIGHER_IS_BETTER} is a benefit,
   * {@link Direction#LOWER_IS_BETTER} a cost.
   *
   * @throws IllegalArgumentException for {@link Direction#NEUTRAL}: a neutral indicator (population, a sector's
   *     value added) has no better side, so the caller must choose one
   */
  public static CriterionType of(Direction direction) {
    switch (direction) {
      case HIGHER_IS_BETTER:
        return BENEFIT;
      case LOWER_IS_BETTER:
        return COST;
      default:
        throw new IllegalArgumentException("a NEUTRAL direction is neither a benefit nor a cost: choose one");
    }
  }

  /**
   * The type an indicator's direction implies.
   *
   * @throws IllegalArgumentException naming the indicator if its direction is {@link Direction#NEUTRAL}
   */
  public static CriterionType of(Indicator indicator) {
    if (indicator.direction() == Direction.NEUTRAL) {
      throw new IllegalArgumentException("indicator '" + indicator.id() + "' is NEUTRAL, neither a benefit nor a "
          + "cost: give its type explicitly, as in indicator(" + indicator.id() + ", CriterionType.BENEFIT)");
    }
    return of(indicator.direction());
  }
}
