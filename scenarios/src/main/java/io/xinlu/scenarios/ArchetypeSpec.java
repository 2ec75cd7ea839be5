package io.xinlu.scenarios;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The parameters of a generated archetype city ({@link Archetypes#generate(ResourceCityType, ArchetypeSpec)}).
 * {@link #defaults(ResourceCityType)} gives a spec typical of each type; {@code with...} methods change one
 * parameter. The numbers are illustrative: an archetype is a made-up city, not a real one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param gdp base-year GDP, billion CNY, positive
 * @param resourceShare the extractive sector's share of GDP, in [0, 0.6]
 * @param reserveLife years of extraction the stock holds at the base-year rate, positive
 * @param resourceGrowth trend growth of the extractive sector's final demand, fraction per year
 * @param industryGrowth trend growth of the other industry, fraction per year
 * @param servicesGrowth trend growth of services, fraction per year
 * @param baseYear the base year
 * @param endYear the end of the baseline scenario, after the base year
 * @since 0.1.0
 */
public record ArchetypeSpec(double gdp, double resourceShare, double reserveLife, double resourceGrowth,
    double industryGrowth, double servicesGrowth, int baseYear, int endYear) {
  /** Shares of the sectors other than the extractive one and services. */
  static final double AGRICULTURE_SHARE = 0.05;
  static final double PROCESSING_SHARE = 0.15;
  static final double MANUFACTURING_SHARE = 0.10;

  /** Validates the parameters. */
  public ArchetypeSpec {
    checkArgument(gdp > 0 && Double.isFinite(gdp), "archetype GDP must be positive, was %s", gdp);
    checkArgument(resourceShare >= 0 && resourceShare <= 0.6, "resource share must lie in [0, 0.6], was %s",
        resourceShare);
    checkArgument(reserveLife > 0 && Double.isFinite(reserveLife), "reserve life must be positive, was %s",
        reserveLife);
    for (double g : new double[] {resourceGrowth, industryGrowth, servicesGrowth}) {
      checkArgument(g > -0.5 && g < 0.5, "growth rates must lie in (-0.5, 0.5), was %s", g);
    }
    checkArgument(endYear > baseYear, "end year %s must be after the base year %s", endYear, baseYear);
  }

  /**
   * A spec typical of the type: growing (resource 30 % of GDP, 100 years of reserves, extraction +6 % a year),
   * mature (35 %, 35 years, flat), declining (25 %, 10 years, -5 % a year), regenerating (6 %, 25 years, -2 % a
   * year, services +6 %); base year 2022, end year 2035.
   */
  public static ArchetypeSpec defaults(ResourceCityType type) {
    return switch (type) {
      case GROWING -> new ArchetypeSpec(100.0, 0.30, 100.0, 0.06, 0.05, 0.06, 2022, 2035);
      case MATURE -> new ArchetypeSpec(100.0, 0.35, 35.0, 0.0, 0.03, 0.04, 2022, 2035);
      case DECLINING -> new ArchetypeSpec(100.0, 0.25, 10.0, -0.05, 0.01, 0.02, 2022, 2035);
      case REGENERATING -> new ArchetypeSpec(100.0, 0.06, 25.0, -0.02, 0.04, 0.06, 2022, 2035);
    };
  }

  /** A copy with another resource share. */
  public ArchetypeSpec withResourceShare(double share) {
    return new ArchetypeSpec(gdp, share, reserveLife, resourceGrowth, industryGrowth, servicesGrowth, baseYear,
        endYear);
  }

  /** A copy with another reserve life. */
  public ArchetypeSpec withReserveLife(double years) {
    return new ArchetypeSpec(gdp, resourceShare, years, resourceGrowth, industryGrowth, servicesGrowth, baseYear,
        endYear);
  }

  /** A copy with another resource growth. */
  public ArchetypeSpec withResourceGrowth(double growth) {
    return new ArchetypeSpec(gdp, resourceShare, reserveLife, growth, industryGrowth, servicesGrowth, baseYear,
        endYear);
  }

  /** A copy with another horizon. */
  public ArchetypeSpec withYears(int base, int end) {
    return new ArchetypeSpec(gdp, resourceShare, reserveLife, resourceGrowth, industryGrowth, servicesGrowth, base,
        end);
  }
}
