package io.xinlu.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The fixed assets a closure project closes (section 22 of {@code docs/MODEL.md}): the original capital of the
 * capacity it closes at full effect, the year that capacity was built and its service life, and the sector it
 * belongs to. From these the engine works out the book value written off when the capacity closes, by straight-line
 * depreciation, {@code BV(t) = capital * max(0, 1 - (t - built) / life)}: the stranded value.
 *
 * <pre>{@code
 * Project retire = Project.builder().id("retire-old-units").start(2026).fullEffect(2028)
 *     .addEffect(Effect.scaleDemand("coal-power", -0.3))
 *     .closedAssets(ClosedAssets.of(4.2, 2005, 30))   // billion CNY, built in 2005, 30 years of life
 *     .build();
 * }</pre>
 *
 * <p>Units: capital in billion CNY (the original cost, as the accounts carry it), the built year a calendar year,
 * the life in years. Immutable and thread-safe. Its numbers are checked when its project's strategy is put into a
 * {@link io.xinlu.scenario.CityModel}: the capital finite and at least 0, the life finite and above 0, the built
 * year not after the project's start, and the project must cut the sector's output (a scale-demand effect with a
 * negative size on that sector).
 *
 * @since 0.1.0
 */
public final class ClosedAssets {
  private final double capital;
  private final int builtYear;
  private final double life;
  private final @Nullable String sector;

  private ClosedAssets(double capital, int builtYear, double life, @Nullable String sector) {
    this.capital = capital;
    this.builtYear = builtYear;
    this.life = life;
    this.sector = sector;
  }

  /**
   * The assets of a closure in the one sector its project cuts.
   *
   * @param capital the original capital of the capacity closed at full effect, billion CNY
   * @param builtYear the year the capacity was built (commissioned)
   * @param life its service life, years
   */
  public static ClosedAssets of(double capital, int builtYear, double life) {
    return new ClosedAssets(capital, builtYear, life, null);
  }

  /**
   * The same assets in a named sector: needed when the project cuts more than one sector.
   *
   * @throws IllegalArgumentException if the id is blank
   */
  public ClosedAssets withSector(String sectorId) {
    checkNotNull(sectorId, "withSector: the sector id is null");
    checkArgument(!sectorId.isBlank(), "withSector: the sector id is blank");
    return new ClosedAssets(capital, builtYear, life, sectorId);
  }

  /** The original capital of the capacity closed at full effect (weight 1), billion CNY. */
  public double capital() {
    return capital;
  }

  /** The year the closed capacity was built (commissioned). */
  public int builtYear() {
    return builtYear;
  }

  /** The service life of the closed capacity, years. */
  public double life() {
    return life;
  }

  /** The sector whose capacity closes, if named; else the one sector the project cuts. */
  public Optional<String> sector() {
    return Optional.ofNullable(sector);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ClosedAssets)) {
      return false;
    }
    ClosedAssets a = (ClosedAssets) o;
    return Double.compare(a.capital, capital) == 0 && a.builtYear == builtYear && Double.compare(a.life, life) == 0
        && Objects.equals(a.sector, sector);
  }

  @Override
  public int hashCode() {
    return Objects.hash(capital, builtYear, life, sector);
  }

  @Override
  public String toString() {
    return "ClosedAssets{" + capital + " bn CNY built " + builtYear + ", life " + life + " years"
        + (sector == null ? "" : ", sector " + sector) + "}";
  }
}
