package io.xinlu.economy;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One cohort of a {@link LabourMarket}: the workers of one age band and one skill level, with the city-wide share of
 * the workforce they make up and how they leave the pool of displaced workers: each year a share retires, a share
 * of the rest moves away, and they compete for the jobs open to the displaced with a relative weight (see
 * {@code docs/MODEL.md}, section 21).
 *
 * <pre>{@code
 * Cohort young = Cohort.of("16-29", "low", 0.08, 0.0, 0.06, 1.3);
 * }</pre>
 *
 * <p>Its numbers are validated when its labour market is put into a {@link CityProfile}, which reports every
 * problem at once with its path ({@code profile 'x' > labour market > cohort '16-29/low' > retirement rate}).
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Cohort {
  private final String ageBand;
  private final String skillLevel;
  private final double share;
  private final double retirementRate;
  private final double outMigrationRate;
  private final double reemploymentWeight;

  private Cohort(String ageBand, String skillLevel, double share, double retirementRate, double outMigrationRate,
      double reemploymentWeight) {
    this.ageBand = ageBand;
    this.skillLevel = skillLevel;
    this.share = share;
    this.retirementRate = retirementRate;
    this.outMigrationRate = outMigrationRate;
    this.reemploymentWeight = reemploymentWeight;
  }

  /**
   * Returns a cohort.
   *
   * @param ageBand the age band, one of the labour market's, such as {@code 16-29}
   * @param skillLevel the skill level, one of the labour market's, such as {@code low}
   * @param share the cohort's share of every sector's workforce unless a sector gives its own, in [0, 1]
   * @param retirementRate the share of the cohort's displaced workers waiting since an earlier year who retire in a
   *     year, in [0, 1]
   * @param outMigrationRate the share of those who do not retire who leave the city in a year, in [0, 1]
   * @param reemploymentWeight the cohort's relative chance of taking one of the jobs open to displaced workers,
   *     above 0 (1 for all cohorts: equal chances)
   * @throws IllegalArgumentException if the age band or skill level is blank or contains a {@code /}
   */
  public static Cohort of(String ageBand, String skillLevel, double share, double retirementRate,
      double outMigrationRate, double reemploymentWeight) {
    checkArgument(!ageBand.isBlank() && ageBand.indexOf('/') < 0,
        "a cohort's age band must not be blank or contain '/', was '%s'", ageBand);
    checkArgument(!skillLevel.isBlank() && skillLevel.indexOf('/') < 0,
        "a cohort's skill level must not be blank or contain '/', was '%s'", skillLevel);
    return new Cohort(ageBand, skillLevel, share, retirementRate, outMigrationRate, reemploymentWeight);
  }

  /** The age band. */
  public String ageBand() {
    return ageBand;
  }

  /** The skill level. */
  public String skillLevel() {
    return skillLevel;
  }

  /** The cohort's id, {@code <age band>/<skill level>}, as parameter paths and messages name it. */
  public String id() {
    return ageBand + "/" + skillLevel;
  }

  /** The cohort's share of a sector's workforce, in [0, 1], unless the sector gives its own shares. */
  public double share() {
    return share;
  }

  /** The share of the cohort's displaced workers waiting since an earlier year who retire in a year, in [0, 1]. */
  public double retirementRate() {
    return retirementRate;
  }

  /** The share of the cohort's waiting displaced workers who do not retire and leave the city in a year. */
  public double outMigrationRate() {
    return outMigrationRate;
  }

  /** The relative weight with which the cohort's displaced workers take jobs open to the displaced; above 0. */
  public double reemploymentWeight() {
    return reemploymentWeight;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Cohort)) {
      return false;
    }
    Cohort c = (Cohort) o;
    return c.ageBand.equals(ageBand) && c.skillLevel.equals(skillLevel) && Double.compare(c.share, share) == 0
        && Double.compare(c.retirementRate, retirementRate) == 0
        && Double.compare(c.outMigrationRate, outMigrationRate) == 0
        && Double.compare(c.reemploymentWeight, reemploymentWeight) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(ageBand, skillLevel, share, retirementRate, outMigrationRate, reemploymentWeight);
  }

  @Override
  public String toString() {
    return "Cohort{" + id() + ", share " + share + ", retirement " + retirementRate + ", out-migration "
        + outMigrationRate + ", weight " + reemploymentWeight + "}";
  }
}
