package io.xinlu.analysis;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import org.junit.jupiter.api.function.Executable;
import org.quicktheories.QuickTheory;

/**
 * Small runs for the analysis tests of every family, the QuickTheories entry point and a check of messages.
 *
 * <p>{@link #twoSectors()} is a baseline run from 2020 to 2030 of a city with no input-output table (so value added
 * equals final demand) and constant productivity, so that every sector's value added and employment grow at exactly
 * the sector's growth rate: coal 100 billion CNY and 50 thousand jobs, -3 % a year; services 80 billion CNY and 40
 * thousand jobs, +6 % a year.
 */
@SuppressWarnings("exports") // test code: QuickTheories and JUnit are on the test path, not required by core
public final class AnalysisRuns {
  /** The base year of {@link #twoSectors()}. */
  public static final int T0 = 2020;

  /** The last year of {@link #twoSectors()}. */
  public static final int END = 2030;

  private AnalysisRuns() {}

  public static Run twoSectors() {
    CityProfile city = CityProfile.builder().name("two").baseYear(T0)
        .addSector(Sector.builder().id("coal").group(SectorGroup.SECONDARY).valueAdded(100).employment(50)
            .growth(-0.03).build())
        .addSector(Sector.builder().id("services").group(SectorGroup.TERTIARY).valueAdded(80).employment(40)
            .growth(0.06).build())
        .build();
    return Engine.run(CityModel.builder().profile(city).addScenario(Scenario.baseline("base", END)).build(), "base");
  }

  /** {@code QuickTheory.qt()}: seed and examples from the {@code QT_SEED} and {@code QT_EXAMPLES} properties. */
  public static QuickTheory qt() {
    return QuickTheory.qt().withShrinkCycles(1000);
  }

  /** Asserts that {@code call} throws an {@link IllegalArgumentException} whose message contains {@code fragment}. */
  public static void assertMessage(Executable call, String fragment) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(fragment), () -> "message '" + e.getMessage() + "' lacks '" + fragment + "'");
  }
}
