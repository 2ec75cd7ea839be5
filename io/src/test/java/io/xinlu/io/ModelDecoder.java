package io.xinlu.io;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.xinlu.InvalidModelException;
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
import io.xinlu.scenario.StrategyAdoption;
import io.xinlu.scenario.YearPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns fuzzer bytes into a model built through the core's builders: a profile (sectors, an input-output table or
 * none), strategies with projects and effects, scenarios with parents, adoptions, overrides and year paths. Ids are
 * mostly ones that exist, numbers mostly ones that matter (0, -0, subnormal, huge, NaN, infinite, start shifts of
 * 3e9) so that the fuzzer reaches every check of the validation; the builders' documented preconditions for the
 * caller (non-blank selector names, non-empty year paths, one value per map key) are kept, because breaking them is a
 * programming error, not an invalid model.
 */
final class ModelDecoder {
  private static final double[] NUMBERS = {0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 0.03, -0.03, 0.999, 1.5, 10.0, 1e-9,
      4.9e-324, Double.MIN_NORMAL, 1e300, -1e300, Double.MAX_VALUE, 3e9, 3_000_000_000.0, 2_147_483_647.0,
      Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

  private final FuzzedDataProvider d;
  private final List<String> sectorIds = new ArrayList<>();
  private final List<String> tags = new ArrayList<>(List.of("resource", "energy-intensive"));
  private final List<String> projectIds = new ArrayList<>();
  private final List<String> strategyIds = new ArrayList<>();
  private final List<String> scenarioNames = new ArrayList<>();
  private int baseYear;

  private ModelDecoder(FuzzedDataProvider d) {
    this.d = d;
  }

  /** A model builder filled from the bytes, or empty if the profile alone is invalid. */
  static Optional<CityModel.Builder> decode(FuzzedDataProvider d) {
    return new ModelDecoder(d).model();
  }

  private Optional<CityModel.Builder> model() {
    CityProfile profile;
    try {
      profile = profile();
    } catch (InvalidModelException e) {
      return Optional.empty();
    }
    CityModel.Builder b = CityModel.builder().profile(profile);
    int strategies = d.consumeInt(0, 3);
    List<Strategy> built = new ArrayList<>();
    for (int i = 0; i < strategies; i++) {
      built.add(strategy(i));
    }
    b.addAllStrategies(built);
    int scenarios = d.consumeInt(0, 4);
    for (int i = 0; i < scenarios; i++) {
      b.addScenarios(scenario(i));
    }
    return Optional.of(b);
  }

  private double number() {
    return d.consumeBoolean() ? NUMBERS[d.consumeInt(0, NUMBERS.length - 1)] : d.consumeDouble();
  }

  /** A small rate or share most of the time, an extreme or arbitrary number otherwise. */
  private double rate() {
    return d.consumeInt(0, 3) == 0 ? number() : d.consumeInt(-100, 100) / 100.0;
  }

  private int year() {
    return switch (d.consumeInt(0, 5)) {
      case 0 -> d.consumeInt();
      case 1 -> baseYear + d.consumeInt(-300, 300);
      default -> baseYear + d.consumeInt(-2, 40);
    };
  }

  private String string() {
    return d.consumeString(12);
  }

  /** One of the known names most of the time, a new (maybe blank) one otherwise. */
  private String oneOf(List<String> known) {
    return known.isEmpty() || d.consumeInt(0, 4) == 0 ? string() : known.get(d.consumeInt(0, known.size() - 1));
  }

  private SectorSelector selector() {
    String name = oneOf(d.consumeBoolean() ? sectorIds : tags);
    name = name.isBlank() ? "x" : name;
    return d.consumeInt(0, 3) == 0 ? SectorSelector.tag(name) : SectorSelector.sector(name);
  }

  private YearPath path() {
    Map<Integer, Double> points = new LinkedHashMap<>();
    int n = d.consumeInt(1, 3);
    for (int i = 0; i < n; i++) {
      points.put(year(), rate());
    }
    return YearPath.of(d.pickValue(YearPath.Interpolation.values()), points);
  }

  // ---- profile -----------------------------------------------------------------------------------------------

  private CityProfile profile() {
    baseYear = d.consumeBoolean() ? 2022 : d.consumeInt(1800, 2300);
    CityProfile.Builder b = CityProfile.builder().name(d.consumeBoolean() ? "city" : string()).baseYear(baseYear);
    int n = d.consumeInt(0, 6);
    boolean employment = d.consumeBoolean();
    for (int i = 0; i < n; i++) {
      String id = d.consumeInt(0, 5) == 0 ? string() : "s" + i;
      sectorIds.add(id);
      Sector.Builder s = Sector.builder().id(id).group(d.pickValue(SectorGroup.values())).valueAdded(
          d.consumeBoolean() ? d.consumeInt(0, 50) : number());
      if (d.consumeBoolean()) {
        String tag = oneOf(tags);
        s.addTags(tag);
        tags.add(tag);
      }
      if (employment || d.consumeInt(0, 9) == 0) {
        s.employment(d.consumeBoolean() ? d.consumeInt(0, 500) : number());
      }
      if (d.consumeBoolean()) {
        s.energy(d.consumeBoolean() ? d.consumeInt(0, 10) : number()).emissionFactor(rate() + 2);
      }
      if (d.consumeBoolean()) {
        s.growth(rate()).productivityGrowth(rate()).energyIntensityDecline(rate());
      }
      if (d.consumeInt(0, 5) == 0) {
        s.energyIntensity(number());
      }
      if (d.consumeInt(0, 5) == 0) {
        s.labourProductivity(number());
      }
      if (d.consumeInt(0, 3) == 0) {
        s.resource(ResourceStock.of(number(), number(), "Mt"));
      }
      b.addSectors(s.build());
    }
    if (d.consumeBoolean() && new HashSet<>(sectorIds).size() == n) {
      double[][] a = new double[n][n];
      double[] v = new double[n];
      for (int j = 0; j < n; j++) {
        v[j] = d.consumeBoolean() ? d.consumeInt(1, 10) / 10.0 : number();
        for (int i = 0; i < n; i++) {
          a[i][j] = d.consumeInt(0, 3) == 0 ? 0.0 : d.consumeBoolean() ? d.consumeInt(0, 30) / 100.0 : number();
        }
      }
      b.inputOutputTable(InputOutputTable.of(sectorIds, a, v));
    }
    if (d.consumeBoolean()) {
      b.population(number());
    }
    if (d.consumeBoolean()) {
      b.populationGrowth(rate());
    }
    return b.build();
  }

  // ---- strategies ----------------------------------------------------------------------------------------------

  private Strategy strategy(int index) {
    String id = d.consumeInt(0, 4) == 0 ? string() : "st" + index;
    strategyIds.add(id);
    Strategy.Builder b = Strategy.builder().id(id);
    int projects = d.consumeInt(0, 4);
    for (int i = 0; i < projects; i++) {
      b.addProjects(project());
    }
    return b.build();
  }

  private Project project() {
    String id = d.consumeInt(0, 4) == 0 ? string() : "p" + projectIds.size();
    int start = year();
    Project.Builder b = Project.builder().id(id).start(start);
    if (d.consumeBoolean()) {
      b.fullEffect(d.consumeBoolean() ? start + d.consumeInt(0, 5) : year());
    }
    if (d.consumeInt(0, 3) == 0) {
      b.end(year());
    }
    if (d.consumeBoolean()) {
      b.ramp(d.pickValue(Ramp.values()));
    }
    if (d.consumeBoolean()) {
      b.capitalCost(d.consumeBoolean() ? d.consumeInt(0, 10) : number());
    }
    int prerequisites = d.consumeInt(0, 2);
    for (int i = 0; i < prerequisites; i++) {
      b.addPrerequisites(oneOf(projectIds));
    }
    projectIds.add(id);
    int effects = d.consumeInt(0, 3);
    for (int i = 0; i < effects; i++) {
      double size = rate();
      b.addEffects(switch (d.pickValue(Effect.Kind.values())) {
        case NEW_CAPACITY -> Effect.newCapacity(selector(), d.consumeBoolean() ? d.consumeInt(0, 10) : size);
        case SCALE_DEMAND -> Effect.scaleDemand(selector(), size);
        case GROWTH_SHIFT -> Effect.growthShift(selector(), size);
        case ENERGY_INTENSITY -> Effect.energyIntensity(selector(), size);
        case EMISSION_FACTOR -> Effect.emissionFactor(selector(), size);
        case PRODUCTIVITY -> Effect.productivity(selector(), size);
        case REEMPLOYMENT -> Effect.reemployment(size);
      });
    }
    return b.build();
  }

  // ---- scenarios -----------------------------------------------------------------------------------------------

  private Scenario scenario(int index) {
    String name = d.consumeInt(0, 4) == 0 ? string() : index == 0 ? "baseline" : "sc" + index;
    Scenario.Builder b = Scenario.builder().name(name);
    if (index > 0 && d.consumeBoolean()) {
      b.parent(oneOf(scenarioNames));
    }
    scenarioNames.add(name);
    if (index == 0 || d.consumeBoolean()) {
      b.endYear(d.consumeInt(0, 4) == 0 ? year() : baseYear + d.consumeInt(1, 30));
    }
    Set<String> seen = new HashSet<>();
    int adoptions = d.consumeInt(0, 2);
    for (int i = 0; i < adoptions; i++) {
      String s = oneOf(strategyIds);
      if (seen.add(s)) {
        b.adopt(s, StrategyAdoption.of(d.consumeBoolean() ? 1.0 : rate(), d.consumeBoolean() ? 0.0
            : d.consumeBoolean() ? d.consumeInt(-5, 5) : number()));
      }
    }
    seen.clear();
    int overrides = d.consumeInt(0, 2);
    for (int i = 0; i < overrides; i++) {
      String p = oneOf(projectIds);
      if (seen.add(p)) {
        ProjectOverride o = ProjectOverride.none();
        if (d.consumeBoolean()) {
          o = o.withIncluded(d.consumeBoolean());
        }
        if (d.consumeBoolean()) {
          o = o.withDelay(d.consumeBoolean() ? d.consumeInt(-3, 5) : number());
        }
        if (d.consumeBoolean()) {
          o = o.withScale(d.consumeBoolean() ? d.consumeInt(0, 2) : number());
        }
        b.override(p, o);
      }
    }
    seen.clear();
    int growth = d.consumeInt(0, 2);
    for (int i = 0; i < growth; i++) {
      String s = oneOf(sectorIds);
      if (seen.add(s)) {
        b.growthOverride(s, path());
      }
    }
    if (d.consumeInt(0, 3) == 0) {
      b.macroShock(path());
    }
    Set<SectorSelector> selectors = new HashSet<>();
    int ef = d.consumeInt(0, 2);
    for (int i = 0; i < ef; i++) {
      SectorSelector s = selector();
      if (selectors.add(s)) {
        b.emissionFactorPath(s, path());
      }
    }
    if (d.consumeBoolean()) {
      b.reemploymentRate(rate());
    }
    if (d.consumeInt(0, 3) == 0) {
      b.populationPath(path());
    }
    return b.build();
  }
}
