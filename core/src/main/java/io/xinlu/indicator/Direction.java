package io.xinlu.indicator;

/**
 * Which way an indicator should move for the city to be better off. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Direction {
  /** More is better (GDP, tertiary share, diversification). */
  HIGHER_IS_BETTER,
  /** Less is better (energy intensity, CO2, displaced workers). */
  LOWER_IS_BETTER,
  /** Neither: a descriptive quantity (population, a sector's value added). */
  NEUTRAL
}
