package io.xinlu.scenario;

/**
 * How a scenario adopts a strategy: at an intensity in [0, 1] that scales every effect and capital cost of the
 * strategy's projects, and with a start shift in years that moves all their years (positive is later).
 *
 * <p>Immutable and thread-safe.
 *
 * @param intensity the share of the strategy carried out, in [0, 1]
 * @param startShift years added to every project's start, full-effect and end years
 * @since 0.1.0
 */
public record StrategyAdoption(double intensity, double startShift) {
  /**
   * The intensity of full adoption, 1: of {@link #full()}, of an adoption that states no intensity, and of a project
   * carried out without its strategy ({@link ProjectPlan}).
   */
  public static final double DEFAULT_INTENSITY = 1.0;

  /** Full adoption, on schedule. */
  public static StrategyAdoption full() {
    return new StrategyAdoption(DEFAULT_INTENSITY, 0.0);
  }

  /** Adoption at an intensity, on schedule. */
  public static StrategyAdoption of(double intensity) {
    return new StrategyAdoption(intensity, 0.0);
  }

  /** Adoption at an intensity with a start shift. */
  public static StrategyAdoption of(double intensity, double startShift) {
    return new StrategyAdoption(intensity, startShift);
  }
}
