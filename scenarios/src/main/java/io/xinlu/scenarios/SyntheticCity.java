package io.xinlu.scenarios;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic reference city {@code synthetic(n, m, T)} of {@code docs/MODEL.md}: {@code n} sectors, {@code m}
 * projects, base year 2020, horizon end {@code T}, defined by closed formulas so that any implementation of the
 * model can reproduce it. It is not a real city; its figures are made up to exercise every part of the engine
 * (an input-output table, resource stocks that run out, projects that phase in).
 *
 * <p>Sector {@code i} (0-based) has id {@code s<i>}; project {@code k} has id {@code p<k>} and belongs to the single
 * strategy {@code all-projects}. Scenario {@code all} adopts it at intensity 1 with a re-employment rate of 0.5;
 * scenario {@code baseline} adopts nothing.
 */
public final class SyntheticCity {
  /** The base year of every synthetic city. */
  public static final int BASE_YEAR = 2020;

  /** The id of the strategy that holds every project. */
  public static final String STRATEGY = "all-projects";

  private SyntheticCity() {}

  /**
   * Builds {@code synthetic(n, m, T)}.
   *
   * @param n sectors, at least 1
   * @param m projects, at least 0
   * @param endYear the horizon's end {@code T}, after 2020
   * @return a valid model with scenarios {@code baseline} and {@code all}
   * @throws IllegalArgumentException for sizes or years out of range
   */
  public static CityModel model(int n, int m, int endYear) {
    checkArgument(n >= 1, "synthetic city needs at least 1 sector, got %s", n);
    checkArgument(m >= 0, "synthetic city needs at least 0 projects, got %s", m);
    checkArgument(endYear > BASE_YEAR, "synthetic city's end year must be after %s, got %s", BASE_YEAR, endYear);
    return CityModel.builder()
        .profile(profile(n))
        .addStrategy(strategy(n, m))
        .addScenario(Scenario.baseline("baseline", endYear))
        .addScenario(Scenario.builder()
            .name("all")
            .description("every project at intensity 1")
            .endYear(endYear)
            .adopt(STRATEGY)
            .reemploymentRate(0.5)
            .build())
        .build();
  }

  /** The profile of an {@code n}-sector synthetic city. */
  public static CityProfile profile(int n) {
    checkArgument(n >= 1, "synthetic city needs at least 1 sector, got %s", n);
    List<String> ids = new ArrayList<>();
    double[][] a = new double[n][n];
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      ids.add(sectorId(j));
      double colSum = 0;
      for (int i = 0; i < n; i++) {
        a[i][j] = (0.3 + 0.1 * ((3 * i + 5 * j) % 4)) / n;
        colSum += a[i][j];
      }
      v[j] = 0.9 - colSum;
    }
    CityProfile.Builder b = CityProfile.builder().name("synthetic-" + n).baseYear(BASE_YEAR);
    for (int i = 0; i < n; i++) {
      double va = 10 + 5 * (i % 7);
      boolean resource = i % 6 == 1;
      Sector.Builder s = Sector.builder()
          .id(sectorId(i))
          .group(i % 3 == 0 ? SectorGroup.SECONDARY : i % 3 == 1 ? SectorGroup.TERTIARY : SectorGroup.PRIMARY)
          .valueAdded(va)
          .employment(va * (20 + (i % 10)))
          .energy(va * (0.5 + 0.1 * (i % 4)))
          .emissionFactor(2.0 + 0.1 * (i % 3))
          .growth(0.02 + 0.01 * (i % 5) - (resource ? 0.05 : 0.0))
          .productivityGrowth(0.03)
          .energyIntensityDecline(0.02);
      if (resource) {
        s.addTag("resource").resource(ResourceStock.of(15 * va, 1.0));
      }
      b.addSector(s.build());
    }
    return b.inputOutputTable(InputOutputTable.of(ids, a, v)).build();
  }

  private static Strategy strategy(int n, int m) {
    Strategy.Builder s = Strategy.builder().id(STRATEGY).name("every synthetic project");
    for (int k = 0; k < m; k++) {
      int start = BASE_YEAR + 1 + (k % 8);
      s.addProject(Project.builder()
          .id("p" + k)
          .start(start)
          .fullEffect(start + 3)
          .ramp(Ramp.LINEAR)
          .capitalCost(2 + (k % 3))
          .addEffect(Effect.newCapacity(sectorId((7 * k) % n), 1 + (k % 5)))
          .addEffect(Effect.energyIntensity(sectorId((3 * k + 1) % n), -0.1))
          .build());
    }
    return s.build();
  }

  /**
   * The uncertain parameters of the project's ensemble study of {@code synthetic(n, m, T)}, also used by the command
   * line, the benchmarks and the Spark tests: the growth of sector {@code s6} (or the last sector if there are fewer
   * than 7), triangular(0.01, 0.03, 0.05); the energy-intensity decline of {@code s0}, triangular(0, 0.02, 0.06); a
   * macro shock, uniform(-0.002, 0.002); the intensity of the strategy {@value #STRATEGY}, uniform(0, 1), if the city
   * has projects; and the re-employment rate, uniform(0.3, 0.7). The ranges are illustrative, like the city.
   *
   * @throws IllegalArgumentException for fewer than 1 sector or 0 projects
   */
  public static ParameterSpace uncertainty(int n, int m) {
    checkArgument(n >= 1, "synthetic city needs at least 1 sector, got %s", n);
    checkArgument(m >= 0, "synthetic city needs at least 0 projects, got %s", m);
    ParameterSpace.Builder space = ParameterSpace.builder()
        .parameter("sector/" + sectorId(Math.min(6, n - 1)) + "/growth", Distribution.triangular(0.01, 0.03, 0.05))
        .parameter("sector/" + sectorId(0) + "/intensity-decline", Distribution.triangular(0.0, 0.02, 0.06))
        .parameter("macro-shock", Distribution.uniform(-0.002, 0.002));
    if (m > 0) {
      space.parameter("strategy/" + STRATEGY + "/intensity", Distribution.uniform(0.0, 1.0));
    }
    return space.parameter("reemployment-rate", Distribution.uniform(0.3, 0.7)).build();
  }

  /** The id of synthetic sector {@code i}: {@code s<i>}. */
  public static String sectorId(int i) {
    return "s" + i;
  }
}
