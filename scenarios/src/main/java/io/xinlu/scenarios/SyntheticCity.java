package io.xinlu.scenarios;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Cohort;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.LabourMarket;
import io.xinlu.economy.PublicFinance;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.economy.TaxRates;
import io.xinlu.policy.ClosedAssets;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The synthetic reference city {@code synthetic(n, m, T)} of {@code docs/MODEL.md}: {@code n} sectors, {@code m}
 * projects, base year 2020, horizon end {@code T}, defined by closed formulas so that any implementation of the
 * model can reproduce it. It is not a real city; its figures are made up to exercise every part of the engine
 * (an input-output table, resource stocks that run out, projects that phase in).
 *
 * <p>Sector {@code i} (0-based) has id {@code s<i>}; project {@code k} has id {@code p<k>} and belongs to the single
 * strategy {@code all-projects}. Scenario {@code all} adopts it at intensity 1 with a re-employment rate of 0.5;
 * scenario {@code baseline} adopts nothing.
 *
 * @since 0.1.0
 */
public final class SyntheticCity {
  /** The base year of every synthetic city. */
  public static final int BASE_YEAR = 2020;

  /** The id of the strategy that holds every project. */
  public static final String STRATEGY = "all-projects";

  /** {@link #withTransition}'s workforce shares by age band and by skill level; their products are the cohorts'. */
  private static final double[] BAND_SHARES = {0.25, 0.35, 0.25, 0.15};
  private static final double[] SKILL_SHARES = {0.5, 0.35, 0.15};
  /** The same for the resource sectors' own workforce: older and less skilled. */
  private static final double[] RESOURCE_BAND_SHARES = {0.15, 0.30, 0.35, 0.20};
  private static final double[] RESOURCE_SKILL_SHARES = {0.6, 0.3, 0.1};

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

  /** The age bands of {@link #withTransition}'s labour market, youngest first. */
  public static final List<String> AGE_BANDS = List.of("16-29", "30-44", "45-54", "55-over");

  /** The skill levels of {@link #withTransition}'s labour market. */
  public static final List<String> SKILL_LEVELS = List.of("low", "medium", "high");

  /**
   * Builds {@code synthetic(n, m, T)} with every input of the just-transition accounts ({@code docs/MODEL.md},
   * sections 20 to 22), as made-up and as closed-form as the city itself: the model of {@link #model} with
   *
   * <ul>
   *   <li>a profile named {@code synthetic-transition-<n>} whose resource sectors also carry the tag {@code coal}, a
   *       base-year population of 2.5 times the base-year employment;
   *   <li>public finance: a base-year revenue of 0.2 times the base-year GDP, resource sectors taxed at
   *       {@code TaxRates.of(0.04, 0.015, 0.015)}, every other sector at {@code TaxRates.of(0, 0.015, 0.005)};
   *   <li>a labour market of the age bands {@link #AGE_BANDS} and skill levels {@link #SKILL_LEVELS} (12 cohorts,
   *       shares the products of age-band and skill shares, retirement and out-migration rates and re-employment
   *       weights by age band and skill), resource sectors with their own older, less skilled workforce shares, and
   *       a wage for every sector (95,000 CNY in resource sectors, {@code 60,000 + 4,000 (i mod 9)} elsewhere);
   *   <li>one closure project per resource sector {@code s<i>} (the {@code j}-th, {@code j = (i - 1) / 6}), id
   *       {@code close-s<i>} in strategy {@value #STRATEGY}: demand of {@code s<i>} cut by
   *       {@code 0.2 + 0.1 (j mod 3)}, linear from {@code 2023 + (j mod 6)} to full effect
   *       {@code 2 + (j mod 3)} years later, closing assets of capital {@code 1.5 V_i(t0)} built in
   *       {@code 2000 + 2 (j mod 8)} with a life of {@code 30 + 5 (j mod 3)} years;
   *   <li>in both scenarios, price paths: the tag {@code resource} linear through 1.2 (2021), 1.35 (2023), 1.0
   *       (2030), 0.9 (2040) and 0.85 (2050), sector {@code s0} linear through 1.0 (2021), 1.08 (2030) and 1.15
   *       (2050), the points up to {@code T}.
   * </ul>
   *
   * <p>The projects {@code p0}..{@code p<m-1>}, the sectors' numbers and the scenario {@code all}'s adoption are
   * those of {@link #model}; the closure projects cut output, so the variant's runs of {@code all} differ from the
   * plain city's. {@link #model} itself is unchanged.
   *
   * @param n sectors, at least 2 (sector {@code s1} is the first resource sector)
   * @param m projects besides the closures, at least 0
   * @param endYear the horizon's end {@code T}, after 2020
   * @return a valid model with scenarios {@code baseline} and {@code all}
   * @throws IllegalArgumentException for sizes or years out of range
   */
  public static CityModel withTransition(int n, int m, int endYear) {
    checkArgument(n >= 2, "the synthetic city with transition inputs needs at least 2 sectors, got %s", n);
    checkArgument(m >= 0, "synthetic city needs at least 0 projects, got %s", m);
    checkArgument(endYear > BASE_YEAR, "synthetic city's end year must be after %s, got %s", BASE_YEAR, endYear);
    double gdp = 0;
    double jobs = 0;
    Map<String, TaxRates> rates = new LinkedHashMap<>();
    LabourMarket.Builder market = LabourMarket.builder().addAllAgeBands(AGE_BANDS).addAllSkillLevels(SKILL_LEVELS)
        .addAllCohorts(cohorts());
    Strategy.Builder strategy = strategyBuilder(n, m);
    for (int i = 0; i < n; i++) {
      double va = 10 + 5 * (i % 7);
      gdp += va;
      jobs += va * (20 + (i % 10));
      boolean resource = i % 6 == 1;
      rates.put(sectorId(i), resource ? TaxRates.of(0.04, 0.015, 0.015) : TaxRates.of(0.0, 0.015, 0.005));
      market.putWage(sectorId(i), resource ? 95_000.0 : 60_000.0 + 4_000.0 * (i % 9));
      if (resource) {
        market.putSectorShare(sectorId(i), ImmutableList.copyOf(shares(RESOURCE_BAND_SHARES, RESOURCE_SKILL_SHARES)));
        int j = (i - 1) / 6;
        int start = BASE_YEAR + 3 + (j % 6);
        strategy.addProject(Project.builder()
            .id("close-" + sectorId(i))
            .start(start)
            .fullEffect(start + 2 + (j % 3))
            .ramp(Ramp.LINEAR)
            .capitalCost(0.5)
            .addEffect(Effect.scaleDemand(sectorId(i), -(0.2 + 0.1 * (j % 3))))
            .closedAssets(ClosedAssets.of(1.5 * va, 2000 + 2 * (j % 8), 30 + 5 * (j % 3)))
            .build());
      }
    }
    CityProfile profile = profileBuilder(n, "synthetic-transition-" + n, true)
        .population(2.5 * jobs)
        .publicFinance(PublicFinance.of(0.2 * gdp, rates))
        .labourMarket(market.build())
        .build();
    return CityModel.builder()
        .profile(profile)
        .addStrategy(strategy.build())
        .addScenario(withPrices(Scenario.builder()
            .name("baseline")
            .description("trends continue; no strategy adopted; the price paths")
            .endYear(endYear), endYear).build())
        .addScenario(withPrices(Scenario.builder()
            .name("all")
            .description("every project at intensity 1, the closures included; the price paths")
            .endYear(endYear)
            .adopt(STRATEGY)
            .reemploymentRate(0.5), endYear).build())
        .build();
  }

  /** The cohorts of {@link #withTransition}, age band by age band, skill level by skill level. */
  private static List<Cohort> cohorts() {
    double[] retirement = {0.0, 0.0, 0.03, 0.15};
    double[] bandMigration = {0.06, 0.04, 0.02, 0.01};
    double[] skillMigration = {0.0, 0.01, 0.02};
    double[] bandWeight = {1.3, 1.0, 0.7, 0.4};
    double[] skillWeight = {0.8, 1.0, 1.3};
    List<Double> share = shares(BAND_SHARES, SKILL_SHARES);
    List<Cohort> out = new ArrayList<>();
    for (int b = 0; b < AGE_BANDS.size(); b++) {
      for (int l = 0; l < SKILL_LEVELS.size(); l++) {
        out.add(Cohort.of(AGE_BANDS.get(b), SKILL_LEVELS.get(l), share.get(b * SKILL_LEVELS.size() + l),
            retirement[b], bandMigration[b] + skillMigration[l], bandWeight[b] * skillWeight[l]));
      }
    }
    return out;
  }

  /** The products of age-band and skill shares, in the cohorts' order. */
  private static List<Double> shares(double[] band, double[] skill) {
    List<Double> out = new ArrayList<>();
    for (double b : band) {
      for (double l : skill) {
        out.add(b * l);
      }
    }
    return out;
  }

  /** Adds {@link #withTransition}'s price paths, their points up to {@code endYear}. */
  private static Scenario.Builder withPrices(Scenario.Builder s, int endYear) {
    return s.pricePath(SectorSelector.tag("resource"), upTo(endYear, new int[] {2021, 2023, 2030, 2040, 2050},
            new double[] {1.2, 1.35, 1.0, 0.9, 0.85}))
        .pricePath(SectorSelector.sector(sectorId(0)), upTo(endYear, new int[] {2021, 2030, 2050},
            new double[] {1.0, 1.08, 1.15}));
  }

  private static YearPath upTo(int endYear, int[] years, double[] values) {
    Map<Integer, Double> points = new LinkedHashMap<>();
    for (int k = 0; k < years.length && years[k] <= endYear; k++) {
      points.put(years[k], values[k]);
    }
    return YearPath.linear(points);
  }

  /** The profile of an {@code n}-sector synthetic city. */
  public static CityProfile profile(int n) {
    checkArgument(n >= 1, "synthetic city needs at least 1 sector, got %s", n);
    return profileBuilder(n, "synthetic-" + n, false).build();
  }

  /**
   * The builder of the profile of {@link #profile(int)}, named {@code name}; with {@code coalTag}, the resource
   * sectors also carry the tag {@code coal}, the only difference.
   */
  private static CityProfile.Builder profileBuilder(int n, String name, boolean coalTag) {
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
    CityProfile.Builder b = CityProfile.builder().name(name).baseYear(BASE_YEAR);
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
        if (coalTag) {
          s.addTag("coal");
        }
      }
      b.addSector(s.build());
    }
    return b.inputOutputTable(InputOutputTable.of(ids, a, v));
  }

  private static Strategy strategy(int n, int m) {
    return strategyBuilder(n, m).build();
  }

  private static Strategy.Builder strategyBuilder(int n, int m) {
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
    return s;
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
