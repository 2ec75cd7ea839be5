package io.xinlu.io;

import com.google.common.collect.ImmutableList;
import io.xinlu.check.ModelCheck;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Cohort;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.PublicFinance;
import io.xinlu.economy.TaxRates;
import io.xinlu.economy.LabourMarket;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.indicator.Target;
import io.xinlu.policy.ClosedAssets;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.Lever;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of {@link ScenarioDocument}s that use every part of the format: profiles with 1 to 6
 * sectors (some new, with explicit intensities; some with resource stocks in other units), optional input-output
 * tables and labour markets (cohorts, sector shares, wages), strategies with projects and effects of every kind, scenarios with every kind of assumption, targets of the
 * four kinds and uncertainty specifications with every distribution, levers and a rank correlation.
 *
 * <p>Numbers are drawn as arbitrary doubles (any bit pattern that is finite and allowed where it stands), as short
 * decimals such as 0.1 and as sums such as 0.1 + 0.2 that have no short decimal form, so that the round trip must
 * keep every bit. Strings are built from pieces YAML treats specially ({@code yes}, {@code null}, {@code 2023},
 * {@code #}, {@code : }, quotes, line breaks, tabs, Chinese characters, ...). The documents hold values the core
 * accepts when it builds them (a valid profile, valid distributions), and values within the JSON Schema's bounds;
 * strategies and scenarios need not form a valid model, since the model is checked only when files are loaded.
 *
 * <p>Every choice is drawn from the {@link RandomnessSource}, so a failure shrinks towards a smaller document.
 */
final class DocGen {
  private static final List<String> PIECES = List.of("a", "Z", "0", "9", " ", "-", "_", ":", ": ", "#", " #", "'",
      "\"", "\\", "\n", "\t", "\r", "中", "文", "é", "{", "}", "[", "]", ",", "&", "*", "!", "%", "@", "`", "|", ">",
      "?", "~", "yes", "no", "on", "true", "null", "2023", "1e5", "-1", ".inf", "NaN", "0x1F", "---", "...",
      "\u2028", "\u0085", "\u00a0", "😀");

  private static final List<String> INDICATORS = List.of("gdp", "gdp-growth", "co2", "energy", "energy-intensity",
      "carbon-intensity", "share:group:tertiary", "resource-dependence", "employment", "displaced-workers",
      "hhi", "tapio-elasticity:co2", "energy-intensity-change:2020", "share:sector:coal", "share:tag:digital", "reserve-life:coal",
      "co2:tag:resource", "stranded-value", "cumulative-stranded-value", "stranded-value:sector:coal");

  private static final List<String> PATH_FORMS = List.of("sector/%s/growth", "sector/%s/productivity-growth",
      "sector/%s/intensity-decline", "project/%s/delay", "project/%s/scale", "project/%s/effect/2",
      "strategy/%s/intensity", "strategy/%s/start-shift", "project/%s/asset-life", "project/%s/asset-capital");

  private DocGen() {}

  /** Documents using every part of the format. */
  static Gen<ScenarioDocument> documents() {
    return DocGen::document;
  }

  static ScenarioDocument document(RandomnessSource in) {
    ScenarioDocument.Builder b = ScenarioDocument.builder();
    if (!chance(in, 10)) {
      b.profile(profile(in));
    }
    int strategies = integer(in, 0, 3);
    for (int s = 0; s < strategies; s++) {
      b.strategies(List.of(strategy(in, s)));
    }
    int scenarios = integer(in, 0, 3);
    for (int s = 0; s < scenarios; s++) {
      b.scenarios(List.of(scenario(in, s)));
    }
    int targets = integer(in, 0, 4);
    for (int t = 0; t < targets; t++) {
      b.targets(List.of(target(in)));
    }
    if (chance(in, 60)) {
      b.uncertainty(space(in));
    }
    int checks = integer(in, 0, 3);
    for (int c = 0; c < checks; c++) {
      b.checks(List.of(check(in, c)));
    }
    return b.build();
  }

  // ---- profile ---------------------------------------------------------------------------------------------

  static CityProfile profile(RandomnessSource in) {
    int n = integer(in, 1, 6);
    boolean employment = chance(in, 70);
    CityProfile.Builder b = CityProfile.builder().name(id(in, "city")).baseYear(integer(in, 1900, 2200));
    List<String> ids = new ArrayList<>();
    boolean[] fresh = new boolean[n];
    for (int i = 0; i < n; i++) {
      String id = id(in, "s" + i);
      ids.add(id);
      fresh[i] = chance(in, 15);
      Sector.Builder s = Sector.builder().id(id).group(SectorGroup.values()[integer(in, 0, 2)]);
      if (chance(in, 50)) {
        s.name(text(in));
      }
      int tags = integer(in, 0, 3);
      for (int t = 0; t < tags; t++) {
        s.addTags(id(in, "t"));
      }
      if (fresh[i]) {
        s.valueAdded(0.0).energyIntensity(nonNegative(in));
        if (employment) {
          s.employment(0.0).labourProductivity(positive(in));
        }
      } else {
        s.valueAdded(positive(in));
        if (employment) {
          s.employment(positive(in));
        }
        if (chance(in, 80)) {
          s.energy(nonNegative(in));
        }
      }
      if (chance(in, 80)) {
        s.emissionFactor(nonNegative(in));
      }
      if (chance(in, 80)) {
        s.growth(any(in));
      }
      if (chance(in, 50)) {
        s.productivityGrowth(above(in, -1));
      }
      if (chance(in, 50)) {
        s.energyIntensityDecline(-above(in, -1));
      }
      if (chance(in, 20)) {
        s.resource(chance(in, 50) ? ResourceStock.of(nonNegative(in), nonNegative(in))
            : ResourceStock.of(nonNegative(in), nonNegative(in), id(in, "u")));
      }
      b.addSectors(s.build());
    }
    if (chance(in, 50)) {
      b.population(nonNegative(in));
    }
    if (chance(in, 50)) {
      b.populationGrowth(above(in, -1));
    }
    if (chance(in, 50)) {
      List<String> order = new ArrayList<>(ids);
      int rotate = integer(in, 0, n - 1);
      for (int r = 0; r < rotate; r++) {
        order.add(order.remove(0));
      }
      double[][] a = new double[n][n];
      double[] v = new double[n];
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          boolean supplier = !fresh[ids.indexOf(order.get(i))];
          a[i][j] = supplier && chance(in, 60) ? unitInterval(in) * 0.9 / n : 0.0;
          sum += a[i][j];
        }
        v[j] = Math.max(Double.MIN_NORMAL, unitInterval(in) * (1 - sum) * 0.99);
      }
      b.inputOutputTable(InputOutputTable.of(order, a, v));
    }
    if (employment && chance(in, 50)) {
      b.labourMarket(labourMarket(in, ids));
    }
    CityProfile p = b.build();
    return chance(in, 40) ? withFinance(in, p) : p;
  }

  /**
   * The profile with a budget: rates in [0, 1] for some sectors and an official revenue at least the base year's
   * taxes (worked out as the profile checks them), so that the profile stays valid; unchanged if the taxes are not
   * finite.
   */
  static CityProfile withFinance(RandomnessSource in, CityProfile p) {
    Map<String, TaxRates> rates = new LinkedHashMap<>();
    double taxes = 0;
    double[] ratios = p.inputOutputTable().map(InputOutputTable::valueAddedRatios).orElse(null);
    for (Sector s : p.sectors()) {
      if (!chance(in, 60)) {
        continue;
      }
      TaxRates r = TaxRates.of(chance(in, 50) ? unitInterval(in) : 0.0, unitInterval(in), unitInterval(in));
      rates.put(s.id(), r);
      double x = ratios == null ? s.valueAdded()
          : s.valueAdded() / ratios[p.inputOutputTable().get().sectorIds().indexOf(s.id())];
      taxes += r.resourceTax() * x + (r.vat() + r.incomeTax()) * s.valueAdded();
    }
    double revenue = taxes + nonNegative(in);
    if (!Double.isFinite(revenue)) {
      return p;
    }
    return CityProfile.builder().from(p).publicFinance(PublicFinance.of(revenue, rates)).build();
  }

  /** A labour market of 1 to 3 age bands and skill levels over the sectors, with shares that sum to 1. */
  static LabourMarket labourMarket(RandomnessSource in, List<String> sectorIds) {
    LabourMarket.Builder b = LabourMarket.builder();
    int bands = integer(in, 1, 3);
    int levels = integer(in, 1, 3);
    List<String> bandIds = new ArrayList<>();
    List<String> levelIds = new ArrayList<>();
    for (int a = 0; a < bands; a++) {
      bandIds.add(id(in, "a" + a));
    }
    for (int l = 0; l < levels; l++) {
      levelIds.add(id(in, "l" + l));
    }
    b.addAllAgeBands(bandIds).addAllSkillLevels(levelIds);
    List<Double> shares = shares(in, bands * levels);
    for (int a = 0; a < bands; a++) {
      for (int l = 0; l < levels; l++) {
        b.addCohorts(Cohort.of(bandIds.get(a), levelIds.get(l), shares.get(a * levels + l), unitInterval(in),
            unitInterval(in), positive(in)));
      }
    }
    for (String id : sectorIds) {
      if (chance(in, 40)) {
        b.putSectorShare(id, ImmutableList.copyOf(shares(in, bands * levels)));
      }
    }
    if (chance(in, 70)) {
      sectorIds.forEach(id -> b.putWage(id, nonNegative(in)));
    }
    return b.build();
  }

  /** {@code count} shares in [0, 1] with all their bits drawn, summing to 1 (the last is the rest). */
  private static List<Double> shares(RandomnessSource in, int count) {
    double[] w = new double[count];
    double total = 0;
    for (int c = 0; c < count; c++) {
      w[c] = 0.01 + unitInterval(in);
      total += w[c];
    }
    List<Double> out = new ArrayList<>();
    double sum = 0;
    for (int c = 0; c < count - 1; c++) {
      out.add(w[c] / total);
      sum += w[c] / total;
    }
    out.add(Math.max(0.0, 1.0 - sum));
    return out;
  }

  // ---- strategies ------------------------------------------------------------------------------------------

  static Strategy strategy(RandomnessSource in, int index) {
    Strategy.Builder b = Strategy.builder().id(id(in, "st" + index));
    if (chance(in, 50)) {
      b.name(text(in));
    }
    if (chance(in, 50)) {
      b.description(text(in));
    }
    int projects = integer(in, 0, 4);
    for (int k = 0; k < projects; k++) {
      b.addProjects(project(in, index + "." + k));
    }
    return b.build();
  }

  static Project project(RandomnessSource in, String suffix) {
    int start = integer(in, 1900, 2200);
    Project.Builder b = Project.builder().id(id(in, "p" + suffix)).start(start);
    if (chance(in, 50)) {
      b.name(text(in));
    }
    if (chance(in, 50)) {
      b.description(text(in));
    }
    if (chance(in, 70)) {
      b.fullEffect(integer(in, 1900, 2200));
    }
    if (chance(in, 30)) {
      b.end(integer(in, 1900, 2200));
    }
    if (chance(in, 70)) {
      b.ramp(Ramp.values()[integer(in, 0, 2)]);
    }
    if (chance(in, 60)) {
      b.capitalCost(nonNegative(in));
    }
    int pre = integer(in, 0, 2);
    for (int p = 0; p < pre; p++) {
      b.addPrerequisites(id(in, "pre"));
    }
    int effects = integer(in, 0, 4);
    for (int e = 0; e < effects; e++) {
      b.addEffects(effect(in));
    }
    if (chance(in, 30)) {
      ClosedAssets assets = ClosedAssets.of(nonNegative(in), integer(in, 1800, 2200), positive(in));
      b.closedAssets(chance(in, 50) ? assets.withSector(id(in, "s")) : assets);
    }
    return b.build();
  }

  static Effect effect(RandomnessSource in) {
    SectorSelector sel = selector(in);
    double x = any(in);
    return switch (integer(in, 0, 6)) {
      case 0 -> Effect.newCapacity(sel, x);
      case 1 -> Effect.scaleDemand(sel, x);
      case 2 -> Effect.growthShift(sel, x);
      case 3 -> Effect.energyIntensity(sel, x);
      case 4 -> Effect.emissionFactor(sel, x);
      case 5 -> Effect.productivity(sel, x);
      default -> Effect.reemployment(x);
    };
  }

  static SectorSelector selector(RandomnessSource in) {
    return chance(in, 50) ? SectorSelector.sector(id(in, "s")) : SectorSelector.tag(id(in, "t"));
  }

  // ---- scenarios -------------------------------------------------------------------------------------------

  static Scenario scenario(RandomnessSource in, int index) {
    Scenario.Builder b = Scenario.builder().name(id(in, "sc" + index));
    if (chance(in, 50)) {
      b.description(text(in));
    }
    if (chance(in, 50)) {
      b.parent(id(in, "parent"));
    }
    if (chance(in, 70)) {
      b.endYear(integer(in, 1900, 2200));
    }
    int adoptions = integer(in, 0, 3);
    for (int a = 0; a < adoptions; a++) {
      switch (integer(in, 0, 2)) {
        case 0 -> b.adopt(id(in, "st" + a));
        case 1 -> b.adopt(id(in, "st" + a), unitInterval(in));
        default -> b.adopt(id(in, "st" + a), unitInterval(in), any(in));
      }
    }
    int overrides = integer(in, 0, 3);
    for (int o = 0; o < overrides; o++) {
      ProjectOverride po = ProjectOverride.none();
      if (chance(in, 50)) {
        po = po.withIncluded(chance(in, 50));
      }
      if (chance(in, 50)) {
        po = po.withDelay(any(in));
      }
      if (chance(in, 50)) {
        po = po.withScale(nonNegative(in));
      }
      b.override(id(in, "p" + o), po);
    }
    int growth = integer(in, 0, 2);
    for (int g = 0; g < growth; g++) {
      b.growthOverride(id(in, "s" + g), path(in, false));
    }
    if (chance(in, 30)) {
      b.macroShock(path(in, false));
    }
    int ef = integer(in, 0, 2);
    Set<SectorSelector> seen = new LinkedHashSet<>();
    for (int e = 0; e < ef; e++) {
      SectorSelector s = selector(in);
      if (seen.add(s)) {
        b.emissionFactorPath(s, path(in, true));
      }
    }
    if (chance(in, 40)) {
      b.reemploymentRate(unitInterval(in));
    }
    if (chance(in, 30)) {
      b.populationPath(path(in, true));
    }
    int prices = integer(in, 0, 2);
    Set<SectorSelector> priced = new LinkedHashSet<>();
    for (int e = 0; e < prices; e++) {
      SectorSelector s = selector(in);
      if (priced.add(s)) {
        b.pricePath(s, path(in, true));
      }
    }
    return b.build();
  }

  static YearPath path(RandomnessSource in, boolean nonNegative) {
    Map<Integer, Double> points = new LinkedHashMap<>();
    int n = integer(in, 1, 4);
    for (int p = 0; p < n; p++) {
      points.put(integer(in, 1900, 2200), nonNegative ? nonNegative(in) : any(in));
    }
    return YearPath.of(YearPath.Interpolation.values()[integer(in, 0, 2)], points);
  }

  // ---- targets ---------------------------------------------------------------------------------------------

  static Target target(RandomnessSource in) {
    var indicator = IndicatorCatalogue.standard().get(INDICATORS.get(integer(in, 0, INDICATORS.size() - 1)));
    int year = integer(in, 1901, 2200);
    Target t = switch (integer(in, 0, 5)) {
      case 0 -> Target.atLeast(indicator, any(in), year);
      case 1 -> Target.atMost(indicator, any(in), year);
      case 2 -> Target.changeAtLeast(indicator, integer(in, 1900, year - 1), year, any(in));
      case 3 -> Target.changeAtMost(indicator, integer(in, 1900, year - 1), year, any(in));
      case 4 -> Target.cap(indicator, any(in), integer(in, 1900, year), year);
      default -> Target.peakBy(indicator, year);
    };
    if (chance(in, 50)) {
      t = t.withId(id(in, "target"));
    }
    if (chance(in, 50)) {
      t = t.withDescription(text(in));
    }
    if (chance(in, 50)) {
      t = t.withSource(text(in));
    }
    return t;
  }

  /** A model check of any kind, with every optional key present or not; its names distinct by their suffix. */
  static ModelCheck check(RandomnessSource in, int index) {
    var indicator = IndicatorCatalogue.standard().get(INDICATORS.get(integer(in, 0, INDICATORS.size() - 1)));
    String name = id(in, "check" + index);
    List<String> scenarios = new ArrayList<>();
    for (int s = integer(in, 0, 3) - 1; s >= 0; s--) {
      scenarios.add(id(in, "scenario" + s));
    }
    int year = integer(in, 1901, 2200);
    ModelCheck c = switch (integer(in, 0, 2)) {
      case 0 -> {
        List<Integer> years = new ArrayList<>();
        int y = year - integer(in, 0, 50);
        for (int n = integer(in, 1, 4); n > 0; n--) {
          years.add(y);
          y += integer(in, 1, 3);
        }
        double lo = any(in);
        OptionalDouble min = chance(in, 70) ? OptionalDouble.of(lo) : OptionalDouble.empty();
        OptionalDouble max = min.isEmpty() || chance(in, 50) ? OptionalDouble.of(above(in, lo)) : OptionalDouble.empty();
        yield ModelCheck.bound(name, indicator, years, min, max).forScenarios(scenarios);
      }
      case 1 -> ModelCheck.peakYear(name, indicator, scenarios, integer(in, 1900, year), year);
      default -> ModelCheck.order(name, indicator, year, id(in, "first"), chance(in, 50)
          ? ModelCheck.Relation.AT_MOST : ModelCheck.Relation.AT_LEAST, id(in, "second"));
    };
    return chance(in, 50) ? c.withNote(text(in)) : c;
  }

  // ---- uncertainty -----------------------------------------------------------------------------------------

  static ParameterSpace space(RandomnessSource in) {
    ParameterSpace.Builder b = ParameterSpace.builder();
    int k = integer(in, 0, 5);
    Set<String> names = new LinkedHashSet<>();
    List<Boolean> constant = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      String name = i == 0 && chance(in, 30) ? List.of("macro-shock", "emission-factor-path", "reemployment-rate")
          .get(integer(in, 0, 2)) : String.format(PATH_FORMS.get(integer(in, 0, PATH_FORMS.size() - 1)),
              id(in, "x" + i).replace("/", "|"));
      if (!names.add(name)) {
        continue;
      }
      Distribution d = distribution(in);
      constant.add(d.kind().equals("constant"));
      b.parameter(name, d);
    }
    int levers = integer(in, k == 0 ? 1 : 0, 2);
    for (int l = 0; l < levers; l++) {
      int n = integer(in, 1, 4);
      Set<Double> values = new LinkedHashSet<>();
      for (int v = 0; v < n; v++) {
        double x = any(in);
        values.add(x == 0 ? 0.0 : x);
      }
      b.lever(Lever.of("lever/" + l + id(in, ""), values));
    }
    List<String> list = new ArrayList<>(names);
    if (list.size() >= 2 && !constant.get(0) && !constant.get(1) && chance(in, 50)) {
      double rho = (unitInterval(in) - 0.5) * 1.8;
      double[][] m = new double[list.size()][list.size()];
      for (int i = 0; i < m.length; i++) {
        m[i][i] = 1.0;
      }
      m[0][1] = rho;
      m[1][0] = rho;
      b.rankCorrelation(m);
    }
    return b.build();
  }

  static Distribution distribution(RandomnessSource in) {
    double a = bounded(in);
    double w = Math.abs(bounded(in)) + 1e-3;
    switch (integer(in, 0, 9)) {
      case 0:
        return Distribution.uniform(a, a + w);
      case 1:
        return Distribution.triangular(a, a + w * unitInterval(in), a + w);
      case 2:
        return Distribution.pert(a, a + w * unitInterval(in), a + w);
      case 3:
        return Distribution.normal(a, w);
      case 4:
        return Distribution.truncatedNormal(a, w, chance(in, 50) ? Double.NEGATIVE_INFINITY : a - w,
            chance(in, 50) ? Double.POSITIVE_INFINITY : a + 2 * w);
      case 5:
        return Distribution.lognormal(a / 100, w);
      case 6:
        return Distribution.lognormalFromMeanAndSd(w, w * unitInterval(in) + 1e-3);
      case 7: {
        int n = integer(in, 1, 4);
        double[] values = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
          values[i] = a + i * w;
          p[i] = i == n - 1 ? 1.0 - (n - 1) * (1.0 / n) : 1.0 / n;
        }
        return Distribution.discrete(values, p);
      }
      case 8:
        return Distribution.choice(a, a + w, a + 2 * w);
      default:
        return Distribution.constant(a);
    }
  }

  // ---- values ----------------------------------------------------------------------------------------------

  static int integer(RandomnessSource in, int lo, int hi) {
    return (int) in.next(Constraint.between(lo, hi));
  }

  static boolean chance(RandomnessSource in, int percent) {
    return integer(in, 0, 99) < percent;
  }

  /** A finite double of any kind: an arbitrary bit pattern, a short decimal, a sum without a short form, -0.0. */
  static double any(RandomnessSource in) {
    switch (integer(in, 0, 4)) {
      case 0:
        return integer(in, -100_000, 100_000) / 1000.0;
      case 1: {
        double x = Double.longBitsToDouble(in.next(Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE)));
        return Double.isFinite(x) ? x : 0.5;
      }
      case 2:
        return 0.1 * integer(in, -50, 50) + 0.2;
      case 3:
        return -0.0;
      default:
        return integer(in, -1000, 1000);
    }
  }

  /** A finite double at least 0 ({@code -0.0} included, which compares equal to 0). */
  static double nonNegative(RandomnessSource in) {
    double x = any(in);
    return x == 0 ? x : Math.abs(x);
  }

  static double positive(RandomnessSource in) {
    double x = Math.abs(any(in));
    return x > 0 ? x : 1.5;
  }

  static double above(RandomnessSource in, double floor) {
    double x = any(in);
    return x > floor ? x : floor + 0.75;
  }

  /** A double in [0, 1) with all 53 bits drawn. */
  static double unitInterval(RandomnessSource in) {
    return (in.next(Constraint.between(0, (1L << 53) - 1))) * 0x1.0p-53;
  }

  /** A double of moderate size with all its bits drawn, for distribution parameters. */
  static double bounded(RandomnessSource in) {
    return (unitInterval(in) - 0.5) * Math.pow(10, integer(in, -3, 3));
  }

  /** A string of 0 to 5 tricky pieces. */
  static String text(RandomnessSource in) {
    StringBuilder b = new StringBuilder();
    int n = integer(in, 0, 5);
    for (int i = 0; i < n; i++) {
      b.append(PIECES.get(integer(in, 0, PIECES.size() - 1)));
    }
    return b.toString();
  }

  /** A non-blank id: tricky pieces, then a plain suffix that keeps ids distinct where they must be. */
  static String id(RandomnessSource in, String suffix) {
    String t = chance(in, 50) ? text(in) : "";
    String id = t + suffix;
    return id.isBlank() ? "id" + id : id;
  }
}
