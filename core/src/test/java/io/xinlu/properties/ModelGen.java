package io.xinlu.properties;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

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
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of small, valid {@link CityModel}s for the property tests.
 *
 * <p>A generated model has 2 to 8 sectors (ids {@code s0..s7}), some tagged {@code resource} or {@code digital},
 * some resource sectors with a stock small enough to run out within the horizon now and then, optionally an
 * input-output table (listed in a rotated sector order, so that the engine must map it onto the profile), 1 to 3
 * strategies holding 0 to 6 projects (ids {@code p0..p5}) whose years lie inside the horizon, with effects of every
 * kind on sectors or tags and prerequisites only on earlier projects (so never a cycle), and two scenarios:
 * <ul>
 *   <li>{@value #BASELINE}: no strategy; the end year, an optional re-employment rate, macro shock and
 *       emission-factor path;
 *   <li>{@value #POLICY}: a child of the baseline that adopts every strategy at an intensity in [0, 1].
 * </ul>
 *
 * <p>Every choice is drawn from the {@link RandomnessSource}, so QuickTheories shrinks a failing model towards
 * fewer sectors, fewer projects, no table and smaller numbers. Optional features shrink towards "absent".
 *
 * <p>{@link #extremeModels} draws the same kind of model with extreme magnitudes mixed in (see {@link Scale}); those
 * need not be valid, so it gives a recipe that builds the model or throws.
 */
final class ModelGen {
  /** The name of the scenario without strategies. */
  static final String BASELINE = "baseline";

  /** The name of the scenario that adopts every strategy. */
  static final String POLICY = "policy";

  /** The tags sectors may carry. */
  static final List<String> TAGS = List.of("resource", "digital");

  private ModelGen() {}

  /**
   * A generated model together with what a property needs to know about how it was drawn.
   *
   * @param model the valid model
   * @param intensities the policy scenario's adoption intensity by strategy, in strategy order
   */
  record GeneratedModel(CityModel model, List<Double> intensities) {
    CityProfile profile() {
      return model.profile();
    }

    int baseYear() {
      return model.profile().baseYear();
    }

    int endYear() {
      return model.resolve(BASELINE).endYear();
    }

    /** A copy of the model with more strategies and scenarios. */
    CityModel with(List<Strategy> strategies, List<Scenario> scenarios) {
      return CityModel.builder().from(model).addAllStrategies(strategies).addAllScenarios(scenarios).build();
    }

    @Override
    public String toString() {
      return describe(model);
    }
  }

  /** Models whose horizon is 1 to 100 years. */
  static Gen<GeneratedModel> models() {
    return models(1, 100);
  }

  /** Models whose horizon (end year minus base year) lies in {@code [minHorizon, maxHorizon]}. */
  static Gen<GeneratedModel> models(int minHorizon, int maxHorizon) {
    return in -> generate(in, minHorizon, maxHorizon, Scale.SANE);
  }

  /**
   * How the numbers of a model are drawn: {@link #SANE} in the ranges of real cities (and always valid), or
   * {@link #EXTREME}, where about half of the amounts (value added, employment, energy, emission factors, stocks,
   * extraction intensities, population, value-added ratios, capital costs, new capacity) are drawn from every
   * magnitude a double has, from subnormal numbers to the largest double, and rates (growth, productivity growth,
   * intensity decline, effect sizes, the macro shock) from ranges far beyond any real city's, such as growth of -3
   * to 12 a year; start shifts up to 1e300 years. Such models may be invalid.
   */
  enum Scale {
    SANE,
    EXTREME
  }

  /**
   * A model drawn with extreme magnitudes (horizon 1 to {@code maxHorizon} years): a recipe that builds it, which
   * throws an {@link io.xinlu.InvalidModelException} if the numbers are invalid, and its description.
   */
  record Recipe(java.util.function.Supplier<GeneratedModel> build, String description) {
    @Override
    public String toString() {
      return description;
    }
  }

  /** Recipes of models with extreme magnitudes mixed in ({@link Scale#EXTREME}). */
  static Gen<Recipe> extremeModels(int maxHorizon) {
    return in -> {
      // every draw happens here, in the generator; a model the builders reject is kept as its exception
      try {
        GeneratedModel g = generate(in, 1, maxHorizon, Scale.EXTREME);
        return new Recipe(() -> g, g.toString());
      } catch (IllegalArgumentException invalid) {
        return new Recipe(() -> {
          throw invalid;
        }, "rejected when built: " + invalid.getMessage());
      }
    };
  }

  // ---------------------------------------------------------------------------------------------------------------
  // drawing

  private static GeneratedModel generate(RandomnessSource in, int minHorizon, int maxHorizon, Scale scale) {
    int n = integer(in, 2, 8);
    int t0 = integer(in, 2015, 2025);
    int horizon = integer(in, minHorizon, maxHorizon);
    int endYear = t0 + horizon;
    CityProfile profile = profile(in, n, t0, scale);

    int strategyCount = integer(in, 1, 3);
    int projectCount = integer(in, 0, 6);
    List<List<Project>> byStrategy = new ArrayList<>();
    for (int s = 0; s < strategyCount; s++) {
      byStrategy.add(new ArrayList<>());
    }
    List<String> projectIds = new ArrayList<>();
    for (int k = 0; k < projectCount; k++) {
      Project p = project(in, "p" + k, projectIds, profile, t0, endYear, scale);
      byStrategy.get(integer(in, 0, strategyCount - 1)).add(p);
      projectIds.add(p.id());
    }
    List<Strategy> strategies = new ArrayList<>();
    for (int s = 0; s < strategyCount; s++) {
      strategies.add(Strategy.builder().id("st" + s).addAllProjects(byStrategy.get(s)).build());
    }

    Scenario baseline = baseline(in, profile, t0, endYear, scale);
    Scenario.Builder policy = Scenario.builder().name(POLICY).parent(BASELINE);
    List<Double> intensities = new ArrayList<>();
    for (Strategy s : strategies) {
      double w = unit(in);
      intensities.add(w);
      if (scale == Scale.EXTREME && chance(in, 20)) {
        policy.adopt(s.id(), w, chance(in, 50) ? between(in, 0, 40) : magnitude(in));
      } else {
        policy.adopt(s.id(), w);
      }
    }
    CityModel model = CityModel.builder()
        .profile(profile)
        .addAllStrategies(strategies)
        .addScenario(baseline)
        .addScenario(policy.build())
        .build();
    return new GeneratedModel(model, List.copyOf(intensities));
  }

  private static CityProfile profile(RandomnessSource in, int n, int t0, Scale scale) {
    boolean employment = !chance(in, 10);
    CityProfile.Builder b = CityProfile.builder().name("generated").baseYear(t0);
    List<Sector> sectors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sectors.add(sector(in, i, employment, scale));
    }
    b.addAllSectors(sectors);
    if (chance(in, 70)) {
      b.population(amount(in, 10, 10_000, scale)).populationGrowth(rate(in, -0.02, 0.02, -0.999999, 10, scale));
    }
    if (chance(in, 60)) {
      b.inputOutputTable(table(in, sectors, scale));
    }
    return b.build();
  }

  private static Sector sector(RandomnessSource in, int i, boolean withEmployment, Scale scale) {
    double va = amount(in, 0.5, 200, scale);
    Sector.Builder s = Sector.builder()
        .id("s" + i)
        .group(SectorGroup.values()[integer(in, 0, SectorGroup.values().length - 1)])
        .valueAdded(va)
        .energy(chance(in, 10) ? 0.0 : scale == Scale.EXTREME && chance(in, 50) ? magnitude(in)
            : va * between(in, 0, 2))
        .emissionFactor(amount(in, 0, 3, scale))
        .growth(rate(in, -0.05, 0.08, -3, 12, scale))
        .productivityGrowth(rate(in, 0, 0.06, -0.999999, 10, scale))
        .energyIntensityDecline(rate(in, 0, 0.05, -10, 0.999999, scale));
    if (withEmployment) {
      s.employment(scale == Scale.EXTREME && chance(in, 50) ? magnitude(in) : va * between(in, 2, 50));
    }
    boolean resource = chance(in, 35);
    if (resource) {
      s.addTag("resource");
      if (chance(in, 75)) {
        // phi Mt per billion CNY; the stock lasts 'life' years at base-year extraction, so depletion within the
        // horizon happens for some models and not for others
        double phi = chance(in, 10) ? 0.0 : amount(in, 0.05, 2, scale);
        double life = between(in, 0, 80);
        s.resource(ResourceStock.of(scale == Scale.EXTREME && chance(in, 30) ? magnitude(in)
            : (phi == 0 ? 1.0 : phi) * va * life, phi));
      }
    }
    if (chance(in, 30)) {
      s.addTag("digital");
    }
    return s.build();
  }

  /** A productive table: every {@code A_ij} in [0, 0.6/n], {@code v_j} in (0, 1 - colsum_j]. */
  private static InputOutputTable table(RandomnessSource in, List<Sector> sectors, Scale scale) {
    int n = sectors.size();
    double[][] a = new double[n][n];
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      double colSum = 0;
      for (int i = 0; i < n; i++) {
        a[i][j] = chance(in, 70) ? between(in, 0, 0.6 / n) : 0.0;
        colSum += a[i][j];
      }
      v[j] = (1 - colSum) * (scale == Scale.EXTREME && chance(in, 30) ? Math.min(1, magnitude(in))
          : between(in, 0.01, 1.0));
    }
    // list the table's sectors in a rotated order: the engine must map the table onto the profile by id
    int shift = integer(in, 0, n - 1);
    List<String> ids = new ArrayList<>();
    double[][] ra = new double[n][n];
    double[] rv = new double[n];
    for (int p = 0; p < n; p++) {
      int i = (p + shift) % n;
      ids.add(sectors.get(i).id());
      rv[p] = v[i];
      for (int q = 0; q < n; q++) {
        ra[p][q] = a[i][(q + shift) % n];
      }
    }
    return InputOutputTable.of(ids, ra, rv);
  }

  private static Project project(RandomnessSource in, String id, List<String> earlier, CityProfile profile,
      int t0, int endYear, Scale scale) {
    int start = integer(in, t0, endYear);
    int full = integer(in, start, endYear);
    Project.Builder p = Project.builder()
        .id(id)
        .start(start)
        .fullEffect(full)
        .ramp(Ramp.values()[integer(in, 0, Ramp.values().length - 1)])
        .capitalCost(chance(in, 80) ? amount(in, 0, 10, scale) : 0.0);
    if (chance(in, 30)) {
      p.end(integer(in, full, endYear));
    }
    int effects = integer(in, 0, 4);
    for (int e = 0; e < effects; e++) {
      p.addEffect(scale == Scale.EXTREME && chance(in, 50) ? extremeEffect(in, profile) : effect(in, profile));
    }
    for (String pre : earlier) {
      if (chance(in, 20)) {
        p.addPrerequisite(pre);
      }
    }
    return p.build();
  }

  /** An effect of any kind, with a size in the sane range of its kind. */
  static Effect effect(RandomnessSource in, CityProfile profile) {
    Effect.Kind kind = Effect.Kind.values()[integer(in, 0, Effect.Kind.values().length - 1)];
    if (kind == Effect.Kind.REEMPLOYMENT) {
      return Effect.reemployment(between(in, -0.2, 0.2));
    }
    SectorSelector target = selector(in, profile);
    switch (kind) {
      case NEW_CAPACITY:
        return Effect.newCapacity(target, between(in, 0, 20));
      case SCALE_DEMAND:
        return Effect.scaleDemand(target, between(in, -0.5, 0.5));
      case GROWTH_SHIFT:
        return Effect.growthShift(target, between(in, -0.02, 0.02));
      case ENERGY_INTENSITY:
        return Effect.energyIntensity(target, between(in, -0.5, 0.5));
      case EMISSION_FACTOR:
        return Effect.emissionFactor(target, between(in, -0.5, 0.5));
      case PRODUCTIVITY:
        return Effect.productivity(target, between(in, -0.5, 0.5));
      default:
        throw new AssertionError(kind);
    }
  }

  /** An effect of any kind with a size far beyond any real project's. */
  static Effect extremeEffect(RandomnessSource in, CityProfile profile) {
    Effect.Kind kind = Effect.Kind.values()[integer(in, 0, Effect.Kind.values().length - 1)];
    if (kind == Effect.Kind.REEMPLOYMENT) {
      return Effect.reemployment(between(in, -10, 10));
    }
    SectorSelector target = selector(in, profile);
    switch (kind) {
      case NEW_CAPACITY:
        return Effect.newCapacity(target, chance(in, 20) ? -magnitude(in) : magnitude(in));
      case SCALE_DEMAND:
        return Effect.scaleDemand(target, chance(in, 50) ? between(in, -3, 3) : magnitude(in));
      case GROWTH_SHIFT:
        return Effect.growthShift(target, between(in, -3, 12));
      case ENERGY_INTENSITY:
        return Effect.energyIntensity(target, chance(in, 50) ? between(in, -3, 3) : magnitude(in));
      case EMISSION_FACTOR:
        return Effect.emissionFactor(target, chance(in, 50) ? between(in, -3, 3) : magnitude(in));
      case PRODUCTIVITY:
        return Effect.productivity(target, chance(in, 50) ? between(in, -0.999999, 3) : magnitude(in));
      default:
        throw new AssertionError(kind);
    }
  }

  /** One sector by id, or (sometimes) a tag that at least one sector of the profile carries. */
  static SectorSelector selector(RandomnessSource in, CityProfile profile) {
    List<String> tags = new ArrayList<>(profile.tags());
    if (!tags.isEmpty() && chance(in, 30)) {
      return SectorSelector.tag(tags.get(integer(in, 0, tags.size() - 1)));
    }
    return SectorSelector.sector(profile.sectorIds().get(integer(in, 0, profile.sectorIds().size() - 1)));
  }

  private static Scenario baseline(RandomnessSource in, CityProfile profile, int t0, int endYear, Scale scale) {
    Scenario.Builder b = Scenario.builder().name(BASELINE).endYear(endYear).description("generated baseline");
    if (chance(in, 50)) {
      b.reemploymentRate(unit(in));
    }
    if (chance(in, 20)) {
      Map<Integer, Double> shock = new TreeMap<>();
      int points = integer(in, 1, 3);
      for (int k = 0; k < points; k++) {
        shock.put(integer(in, t0 + 1, endYear), rate(in, -0.05, 0.03, -3, 12, scale));
      }
      b.macroShock(YearPath.exact(shock));
    }
    if (chance(in, 20)) {
      double last = between(in, 0.3, 1.0);
      b.emissionFactorPath(selector(in, profile), endYear == t0 + 1 ? YearPath.constantFrom(endYear, last)
          : YearPath.linear(Map.of(t0 + 1, 1.0, endYear, last)));
    }
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // primitive draws (each shrinks towards its lower bound; chance(...) shrinks towards false)

  static int integer(RandomnessSource in, int min, int max) {
    return min == max ? min : integers().between(min, max).generate(in);
  }

  static double between(RandomnessSource in, double min, double max) {
    return doubles().between(min, max).generate(in);
  }

  /** An amount in {@code [min, max]}, or with {@link Scale#EXTREME} half of the time any {@link #magnitude}. */
  static double amount(RandomnessSource in, double min, double max, Scale scale) {
    return scale == Scale.EXTREME && chance(in, 50) ? magnitude(in) : between(in, min, max);
  }

  /** A rate in {@code [min, max]}, or with {@link Scale#EXTREME} half of the time in {@code [wideMin, wideMax]}. */
  static double rate(RandomnessSource in, double min, double max, double wideMin, double wideMax, Scale scale) {
    return scale == Scale.EXTREME && chance(in, 50) ? between(in, wideMin, wideMax) : between(in, min, max);
  }

  /**
   * A positive number of any magnitude a double has: {@code m 10^e} with {@code m} in [1, 10) and {@code e} in
   * [-324, 308], so subnormal numbers, 0 (below the smallest subnormal) and the largest double (for a product that
   * would overflow) come up.
   */
  static double magnitude(RandomnessSource in) {
    double x = between(in, 1, 10) * Math.pow(10, integer(in, -324, 308));
    return Double.isInfinite(x) ? Double.MAX_VALUE : x;
  }

  static double unit(RandomnessSource in) {
    return doubles().between(0, 1).generate(in);
  }

  /** True with a probability of {@code percent} %. */
  static boolean chance(RandomnessSource in, int percent) {
    return integers().between(0, 99).generate(in) >= 100 - percent;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // description (what QuickTheories prints for a falsifying model)

  /** A compact, complete description of a model, with every number at full precision. */
  static String describe(CityModel model) {
    CityProfile p = model.profile();
    StringBuilder sb = new StringBuilder("\nprofile t0=").append(p.baseYear());
    p.population().ifPresent(x -> sb.append(" population=").append(x).append(" growth=")
        .append(p.populationGrowth()));
    sb.append('\n');
    for (Sector s : p.sectors()) {
      sb.append("  ").append(s.id()).append(' ').append(s.group()).append(' ').append(s.tags())
          .append(" V=").append(s.valueAdded());
      s.employment().ifPresent(x -> sb.append(" N=").append(x));
      sb.append(" E=").append(s.energy()).append(" c=").append(s.emissionFactor())
          .append(" g=").append(s.growth()).append(" p=").append(s.productivityGrowth())
          .append(" a=").append(s.energyIntensityDecline());
      s.resource().ifPresent(r -> sb.append(" stock=").append(r.stock()).append(" phi=")
          .append(r.extractionIntensity()));
      sb.append('\n');
    }
    p.inputOutputTable().ifPresent(t -> {
      sb.append("  table ").append(t.sectorIds()).append(" v=")
          .append(java.util.Arrays.toString(t.valueAddedRatios())).append(" A=");
      for (double[] row : t.coefficients()) {
        sb.append(java.util.Arrays.toString(row));
      }
      sb.append('\n');
    });
    for (Strategy st : model.strategies()) {
      sb.append("strategy ").append(st.id()).append('\n');
      for (Project pr : st.projects()) {
        sb.append("  ").append(pr.id()).append(' ').append(pr.start()).append("..").append(pr.fullEffect());
        pr.end().ifPresent(e -> sb.append(" end ").append(e));
        sb.append(' ').append(pr.ramp()).append(" K=").append(pr.capitalCost())
            .append(" pre=").append(pr.prerequisites()).append(" effects=").append(pr.effects()).append('\n');
      }
    }
    for (Scenario sc : model.scenarios()) {
      sb.append("scenario ").append(sc.name());
      sc.parent().ifPresent(x -> sb.append(" < ").append(x));
      sc.endYear().ifPresent(x -> sb.append(" end=").append(x));
      sc.reemploymentRate().ifPresent(x -> sb.append(" rho=").append(x));
      sc.macroShock().ifPresent(x -> sb.append(" shock=").append(x.points()));
      if (!sc.emissionFactorPaths().isEmpty()) {
        sb.append(" emission paths=").append(sc.emissionFactorPaths());
      }
      if (!sc.adoptions().isEmpty()) {
        sb.append(" adopts=").append(sc.adoptions());
      }
      if (!sc.projectOverrides().isEmpty()) {
        sb.append(" overrides=").append(sc.projectOverrides());
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
