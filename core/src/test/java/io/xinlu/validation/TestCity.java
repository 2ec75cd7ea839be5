package io.xinlu.validation;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Small, valid building blocks for the validation tests: a three-sector city ({@code coal}, {@code power},
 * {@code services}, base year 2020), two strategies with four projects and a few scenarios. Each test breaks one
 * thing (or several) and checks that the breakage is reported with its path.
 *
 * <p>The figures are made up; they only need to be valid.
 */
final class TestCity {
  static final String NAME = "testcity";
  static final int BASE_YEAR = 2020;
  static final int END_YEAR = 2035;

  /** The path prefix of every profile problem. */
  static final String PROFILE = "profile 'testcity'";

  /** The subject of a model's exception. */
  static final String MODEL = "model 'testcity'";

  static final List<String> IDS = List.of("coal", "power", "services");

  private TestCity() {}

  static Sector.Builder coal() {
    return Sector.builder()
        .id("coal")
        .group(SectorGroup.SECONDARY)
        .addTag("resource")
        .valueAdded(180.0)
        .employment(95.0)
        .energy(4.1)
        .emissionFactor(2.66)
        .growth(-0.01)
        .productivityGrowth(0.04)
        .energyIntensityDecline(0.02)
        .resource(ResourceStock.of(1500.0, 0.4));
  }

  static Sector.Builder power() {
    return Sector.builder()
        .id("power")
        .group(SectorGroup.SECONDARY)
        .addTag("energy-intensive")
        .valueAdded(60.0)
        .employment(20.0)
        .energy(9.0)
        .emissionFactor(2.4)
        .growth(0.02)
        .productivityGrowth(0.03)
        .energyIntensityDecline(0.01);
  }

  static Sector.Builder services() {
    return Sector.builder()
        .id("services")
        .group(SectorGroup.TERTIARY)
        .addTag("digital")
        .valueAdded(300.0)
        .employment(400.0)
        .energy(1.5)
        .emissionFactor(1.0)
        .growth(0.06)
        .productivityGrowth(0.05)
        .energyIntensityDecline(0.03);
  }

  /** A new industry with zero base-year value added and the explicit intensities it needs. */
  static Sector.Builder hydrogen() {
    return Sector.builder()
        .id("hydrogen")
        .group(SectorGroup.SECONDARY)
        .addTag("strategic-emerging")
        .valueAdded(0.0)
        .employment(0.0)
        .energyIntensity(0.8)
        .labourProductivity(0.5)
        .emissionFactor(0.2)
        .growth(0.0);
  }

  /** A productive table over coal, power and services: column sums plus v are 0.8, 0.8 and 0.84. */
  static double[][] validCoefficients() {
    return new double[][] {
        {0.05, 0.30, 0.01},
        {0.10, 0.05, 0.03},
        {0.05, 0.05, 0.10}
    };
  }

  static double[] validRatios() {
    return new double[] {0.6, 0.4, 0.7};
  }

  static InputOutputTable table(double[][] a, double[] v) {
    return InputOutputTable.of(IDS, a, v);
  }

  static InputOutputTable validTable() {
    return table(validCoefficients(), validRatios());
  }

  /** A builder with name and base year set and the given sectors added. */
  static CityProfile.Builder profileBuilder(Sector.Builder... sectors) {
    CityProfile.Builder b = CityProfile.builder().name(NAME).baseYear(BASE_YEAR);
    for (Sector.Builder s : sectors) {
      b.addSector(s.build());
    }
    return b;
  }

  /** A builder with the three valid sectors, a population and no table yet. */
  static CityProfile.Builder profileBuilder() {
    return profileBuilder(coal(), power(), services()).population(1311.0).populationGrowth(-0.003);
  }

  /** The valid three-sector profile with its input-output table. */
  static CityProfile profile() {
    return profileBuilder().inputOutputTable(validTable()).build();
  }

  /**
   * The profile of {@code SyntheticCity.profile(n)} from the scenarios module (core's tests cannot depend on that
   * module), following the formulas of MODEL.md: {@code A_ij = (0.3 + 0.1 ((3i + 5j) mod 4)) / n},
   * {@code v_j = 0.9 - sum_i A_ij}.
   */
  static CityProfile synthetic(int n) {
    List<String> ids = new ArrayList<>();
    double[][] a = new double[n][n];
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      ids.add("s" + j);
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
          .id("s" + i)
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

  /** A project from {@code start} to full effect two years later, without effects. */
  static Project.Builder project(String id, int start) {
    return Project.builder().id(id).start(start).fullEffect(start + 2);
  }

  /** Strategy {@code digital}: projects {@code 5g-mines} and {@code data-centre} (which needs 5g-mines). */
  static Strategy digital() {
    return Strategy.builder()
        .id("digital")
        .addProject(project("5g-mines", 2023)
            .capitalCost(3.0)
            .addEffect(Effect.productivity("coal", 0.3))
            .addEffect(Effect.energyIntensity(SectorSelector.tag("resource"), -0.1))
            .build())
        .addProject(project("data-centre", 2024)
            .addPrerequisite("5g-mines")
            .addEffect(Effect.newCapacity("services", 8.0))
            .build())
        .build();
  }

  /** Strategy {@code green}: projects {@code wind} and {@code close-old-power} (which needs wind). */
  static Strategy green() {
    return Strategy.builder()
        .id("green")
        .addProject(project("wind", 2022)
            .ramp(Ramp.LOGISTIC)
            .capitalCost(5.0)
            .addEffect(Effect.newCapacity("power", 2.0))
            .addEffect(Effect.emissionFactor("power", -0.3))
            .build())
        .addProject(project("close-old-power", 2025)
            .end(2040)
            .addPrerequisite("wind")
            .addEffect(Effect.scaleDemand("coal", -0.3))
            .addEffect(Effect.growthShift(SectorSelector.tag("energy-intensive"), -0.01))
            .addEffect(Effect.reemployment(0.1))
            .build())
        .build();
  }

  /** Scenario {@code plan}: adopts both strategies, to 2035. */
  static Scenario.Builder plan() {
    return Scenario.builder().name("plan").endYear(END_YEAR).adopt("digital").adopt("green", 0.8)
        .reemploymentRate(0.6);
  }

  /** Scenario {@code late}: inherits from plan, green three years late, wind at half scale. */
  static Scenario.Builder late() {
    return Scenario.builder().name("late").parent("plan").adopt("green", 1.0, 3.0)
        .override("wind", ProjectOverride.scale(0.5));
  }

  /** A model builder with the valid profile and both strategies, and no scenario yet. */
  static CityModel.Builder modelBuilder() {
    return CityModel.builder().profile(profile()).addStrategy(digital()).addStrategy(green());
  }

  /** A model with the valid profile and both strategies, a baseline and the given scenarios. */
  static CityModel modelWith(Scenario.Builder... scenarios) {
    CityModel.Builder b = modelBuilder().addScenario(Scenario.baseline("baseline", END_YEAR));
    for (Scenario.Builder s : scenarios) {
      b.addScenario(s.build());
    }
    return b.build();
  }

  /** A model with the valid profile, the given strategies and a baseline. */
  static CityModel modelWith(Strategy... strategies) {
    return CityModel.builder()
        .profile(profile())
        .addStrategies(strategies)
        .addScenario(Scenario.baseline("baseline", END_YEAR))
        .build();
  }
}
