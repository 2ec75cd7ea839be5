package io.xinlu.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.check.StructuralDifference.Kind;
import io.xinlu.check.StructuralDifference.Side;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A comparison of two versions of a small hand-built model whose values are worked out by hand. The profile has no
 * input-output table, so a sector's value added is its final demand and compounds its growth: industry
 * {@code V = 60} flat, services {@code V = 40 g^k} in year {@code 2020 + k}. The old version grows services by
 * {@code g = 1.10} a year, the new one by {@code g = 1.11}: the change reaches services and GDP after the base year,
 * never industry's value added, never the base year.
 */
class VersionComparisonTest {
  private static final Indicator GDP = Indicators.gdp();
  private static final Indicator INDUSTRY = Indicators.sectorValueAdded("industry");
  private static final Indicator SERVICES = Indicators.sectorValueAdded("services");

  private static Sector industry() {
    return Sector.builder().id("industry").group(SectorGroup.SECONDARY).valueAdded(60).energy(12)
        .emissionFactor(2.5).build();
  }

  private static Sector services(double growth) {
    return Sector.builder().id("services").group(SectorGroup.TERTIARY).valueAdded(40).energy(2).emissionFactor(1.0)
        .growth(growth).build();
  }

  private static CityModel model(double servicesGrowth, int end, Sector... more) {
    CityProfile city = CityProfile.builder().name("small").baseYear(2020).addSectors(industry())
        .addSectors(services(servicesGrowth)).addSectors(more).build();
    return CityModel.builder().profile(city).addScenario(Scenario.baseline("baseline", end))
        .addScenario(Scenario.builder().name("fast").parent("baseline").build())
        .addScenario(Scenario.baseline("short", 2025)).build();
  }

  private static VersionComparison.Builder threeIndicators(CityModel a, CityModel b) {
    return VersionComparison.builder(a, b).indicators(GDP, INDUSTRY, SERVICES);
  }

  @Test
  void identical_versions_report_nothing_and_count_every_output_compared() {
    VersionDiff same = VersionComparison.compare(model(0.1, 2030), model(0.1, 2030));
    assertTrue(same.isEmpty(), same.report(10));
    assertEquals(List.of("baseline", "fast", "short"), same.scenarios());
    // every output: (2 scenarios x 11 years + 1 scenario x 6 years) x the indicators compared
    assertEquals((2L * 11 + 6) * same.indicators().size(), same.compared());
    // the catalogue's indicators and its families over the sectors; no employment data, so no employment indicator
    assertTrue(same.indicators().containsAll(List.of("gdp", "co2", "energy-intensity", "va:sector:industry",
        "share:sector:services")), same.indicators().toString());
    assertTrue(same.indicators().stream().noneMatch(i -> i.startsWith("employment")), same.indicators().toString());
    assertTrue(VersionComparison.compare(model(0.1, 2030), model(0.1, 2030)).report(5)
        .startsWith("No differences: 0 of "), same.report(5));
  }

  @Test
  void a_changed_growth_moves_services_and_gdp_after_the_base_year_and_nothing_else() {
    VersionDiff d = threeIndicators(model(0.10, 2030), model(0.11, 2030)).tolerance(ChangeTolerance.EXACT).build().run();
    // by hand: services 40 * 1.10^k -> 40 * 1.11^k, GDP 60 + those; industry flat at 60 in both
    List<String> expected = new ArrayList<>();
    for (String s : List.of("baseline", "fast", "short")) {
      int years = s.equals("short") ? 5 : 10;
      for (int k = 1; k <= years; k++) {
        expected.add(s + " gdp " + (2020 + k));
        expected.add(s + " va:sector:services " + (2020 + k));
      }
    }
    assertEquals(expected.size(), d.moves().size(), d.report(100));
    assertEquals(new java.util.HashSet<>(expected), d.moves().stream().map(m -> m.scenario() + " " + m.indicator()
        + " " + m.year()).collect(java.util.stream.Collectors.toSet()));
    assertTrue(d.moves().stream().noneMatch(m -> m.year() == 2020 || m.indicator().equals("va:sector:industry")));
    for (OutputMove m : d.moves()) {
      int k = m.year() - 2020;
      double services = 40 * Math.pow(1.10, k);
      double servicesNew = 40 * Math.pow(1.11, k);
      boolean gdp = m.indicator().equals("gdp");
      assertEquals(gdp ? 60 + services : services, m.oldValue(), 1e-9, m.toString());
      assertEquals(gdp ? 60 + servicesNew : servicesNew, m.newValue(), 1e-9, m.toString());
      assertEquals(m.newValue() - m.oldValue(), m.change(), 0);
      assertEquals(0, m.point());
    }
    // the largest: services in 2030, (1.11 / 1.10)^10 - 1 = 0.0947197 (worked out by hand); baseline before fast
    OutputMove first = d.moves().get(0);
    assertEquals("baseline va:sector:services 2030", first.scenario() + " " + first.indicator() + " " + first.year());
    assertEquals(0.0947197, first.relativeChange(), 1e-6);
    assertEquals("fast va:sector:services 2030", d.moves().get(1).scenario() + " " + d.moves().get(1).indicator()
        + " " + d.moves().get(1).year());
    for (int i = 1; i < d.moves().size(); i++) {
      assertTrue(d.moves().get(i - 1).relativeSize() >= d.moves().get(i).relativeSize(), d.report(100));
    }
    assertEquals(List.of("va:sector:services", "gdp"), d.movedIndicators());
    IndicatorMoves gdp = d.summaries().get(1);
    assertEquals(25, gdp.moves());
    assertEquals(3, gdp.scenarios());
    assertEquals(1, gdp.points());
    assertEquals(10, gdp.years());
    // GDP's largest: 2030, 40 (1.11^10 - 1.10^10) / (60 + 40 * 1.10^10) = 9.82714 / 163.7497 = 0.0600132
    assertEquals(2030, gdp.largest().year());
    assertEquals(0.0600132, gdp.largest().relativeChange(), 1e-6);
    assertTrue(d.structure().isEmpty());
    assertFalse(d.isEmpty());
  }

  @Test
  void a_relative_tolerance_keeps_the_small_moves_out() {
    // services moves by (1.11 / 1.10)^k - 1: 4.63 % in 2025, 5.58 % in 2026 (by hand); above 5 % from 2026 on
    VersionDiff d = threeIndicators(model(0.10, 2030), model(0.11, 2030)).indicators(SERVICES)
        .scenarios(List.of("baseline")).tolerance(ChangeTolerance.of(0.05, 0)).build().run();
    assertEquals(List.of(2026, 2027, 2028, 2029, 2030), d.moves().stream().map(OutputMove::year).sorted().toList());
    assertEquals(List.of("baseline"), d.scenarios());
    assertEquals(11, d.compared());
    // an absolute tolerance of 5 (billion CNY): 40 (1.11^k - 1.10^k) > 5 from k = 7 on (5.098; k = 6: 3.954)
    VersionDiff abs = threeIndicators(model(0.10, 2030), model(0.11, 2030)).indicators(SERVICES)
        .scenarios(List.of("baseline")).tolerance(ChangeTolerance.of(0, 5)).build().run();
    assertEquals(List.of(2027, 2028, 2029, 2030), abs.moves().stream().map(OutputMove::year).sorted().toList());
  }

  @Test
  void what_one_version_has_alone_is_listed_not_compared() {
    Sector mine = Sector.builder().id("mine").group(SectorGroup.SECONDARY).valueAdded(0).energy(0)
        .energyIntensity(0.1).emissionFactor(0).addTag("resource").resource(ResourceStock.of(100, 1)).build();
    CityProfile longer = CityProfile.builder().name("small").baseYear(2020).addSectors(industry())
        .addSectors(services(0.1)).addSectors(mine).build();
    CityModel newer = CityModel.builder().profile(longer).addScenario(Scenario.baseline("baseline", 2033))
        .addScenario(Scenario.baseline("extra", 2030)).build();
    VersionDiff d = VersionComparison.compare(model(0.1, 2030), newer);
    assertEquals(List.of("baseline"), d.scenarios());
    List<String> structure = d.structure().stream().map(StructuralDifference::message).toList();
    assertEquals("scenario 'fast' in the old version only", structure.get(0));
    assertEquals("scenario 'short' in the old version only", structure.get(1));
    assertEquals("scenario 'extra' in the new version only", structure.get(2));
    assertEquals("scenario 'baseline': years 2031-2033 in the new version only", structure.get(structure.size() - 1));
    assertTrue(d.structure().contains(new StructuralDifference(Kind.YEARS, Side.NEW_ONLY, "baseline",
        "scenario 'baseline': years 2031-2033 in the new version only")));
    // the mine's stock and reserve life exist in the new version only; its value added is 0 and moves nothing
    List<String> onlyNew = d.structure().stream().filter(s -> s.kind() == Kind.INDICATOR).map(StructuralDifference::subject)
        .toList();
    assertTrue(onlyNew.contains("stock:mine") && onlyNew.contains("reserve-life:mine"), onlyNew.toString());
    assertTrue(d.structure().stream().filter(s -> s.kind() == Kind.INDICATOR)
        .allMatch(s -> s.side() == Side.NEW_ONLY), structure.toString());
    assertTrue(d.moves().stream().allMatch(m -> m.year() <= 2030), d.report(5));
    assertFalse(d.isEmpty());
    assertTrue(d.report(3).contains(" structural (2 old only, "), d.report(3));
  }

  @Test
  void a_design_applies_the_same_values_to_both_versions() {
    // both versions run with services growth 0.05 and 0.2 at points 1 and 2: they agree there; point 0 differs
    ParameterSpace space = ParameterSpace.of(List.of(io.xinlu.uncertainty.sampling.UncertainParameter.of(
        "sector/services/growth", Distribution.uniform(0, 0.3))));
    VersionDiff d = threeIndicators(model(0.10, 2030), model(0.11, 2030))
        .design(space, Designs.table(new double[][] {{0.05}, {0.2}})).tolerance(ChangeTolerance.EXACT).build().run();
    assertEquals(3, d.points().size());
    assertEquals("point 2 (sector/services/growth = 0.2)", d.points().get(2).toString());
    assertEquals("point 0 (as given)", d.points().get(0).toString());
    assertEquals(50, d.moves().size());
    assertTrue(d.moves().stream().allMatch(m -> m.point() == 0), d.report(5));
    // a design that moves the industry's growth reaches the industry, identically in both versions: no move there
    ParameterSpace industry = ParameterSpace.of(List.of(io.xinlu.uncertainty.sampling.UncertainParameter.of(
        "sector/industry/growth", Distribution.uniform(0, 0.3))));
    VersionDiff same = VersionComparison.builder(model(0.10, 2030), model(0.10, 2030))
        .design(industry, Designs.latinHypercube(1, 4, 7)).tolerance(ChangeTolerance.EXACT).build().run();
    assertTrue(same.isEmpty(), same.report(5));
    assertEquals(5, same.points().size());
  }

  @Test
  void a_design_path_one_version_lacks_is_refused_by_name() {
    Sector mine = Sector.builder().id("mine").group(SectorGroup.SECONDARY).valueAdded(5).energy(1)
        .emissionFactor(2).build();
    ParameterSpace space = ParameterSpace.of(List.of(
        io.xinlu.uncertainty.sampling.UncertainParameter.of("macro-shock", Distribution.uniform(-0.01, 0.01)),
        io.xinlu.uncertainty.sampling.UncertainParameter.of("sector/mine/growth", Distribution.uniform(0, 0.1))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VersionComparison
        .builder(model(0.1, 2030, mine), model(0.1, 2030)).design(space, Designs.latinHypercube(2, 3, 1)).build());
    assertTrue(e.getMessage().startsWith("design path 'sector/mine/growth': the new version lacks it: "),
        e.getMessage());
    assertTrue(e.getMessage().contains("unknown sector 'mine'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> VersionComparison
        .builder(model(0.1, 2030), model(0.1, 2030, mine)).design(space, Designs.latinHypercube(2, 3, 1)).build());
    assertTrue(e.getMessage().startsWith("design path 'sector/mine/growth': the old version lacks it: "),
        e.getMessage());
    ParameterSpace notAPath = ParameterSpace.of(List.of(io.xinlu.uncertainty.sampling.UncertainParameter.of(
        "price/coal", Distribution.uniform(1, 2))));
    e = assertThrows(IllegalArgumentException.class, () -> VersionComparison.builder(model(0.1, 2030),
        model(0.1, 2030)).design(notAPath, Designs.latinHypercube(1, 3, 1)).build());
    assertTrue(e.getMessage().startsWith("'price/coal' is not a parameter path"), e.getMessage());
  }

  @Test
  void a_value_a_version_refuses_names_the_version_the_scenario_and_the_point() {
    ParameterSpace space = ParameterSpace.of(List.of(io.xinlu.uncertainty.sampling.UncertainParameter.of(
        "reemployment-rate", Distribution.uniform(0, 1))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VersionComparison
        .builder(model(0.1, 2030), model(0.1, 2030)).design(space, Designs.table(new double[][] {{0.5}, {1.5}}))
        .build().run());
    assertTrue(e.getMessage().startsWith("the old version, scenario 'baseline', point 2 (reemployment-rate = 1.5): "),
        e.getMessage());
  }

  @Test
  void bad_settings_are_refused_with_what_is_wrong() {
    CityModel m = model(0.1, 2030);
    assertEquals("tolerance: the relative tolerance must be finite and at least 0, got -0.1",
        assertThrows(IllegalArgumentException.class, () -> ChangeTolerance.of(-0.1, 0)).getMessage());
    assertEquals("tolerance: the absolute tolerance must be finite and at least 0, got NaN",
        assertThrows(IllegalArgumentException.class, () -> ChangeTolerance.of(0, Double.NaN)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ChangeTolerance.of(Double.POSITIVE_INFINITY, 0));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> VersionComparison.builder(m, m)
        .indicators(List.of()).build()).getMessage().startsWith("indicators: the list is empty"));
    assertEquals("indicators: 'gdp' is given twice", assertThrows(IllegalArgumentException.class,
        () -> VersionComparison.builder(m, m).indicators(GDP, GDP).build()).getMessage());
    assertEquals("scenario 'green': the old version lacks it; its scenarios: [baseline, fast, short]",
        assertThrows(IllegalArgumentException.class, () -> VersionComparison.builder(m, m)
            .scenarios(List.of("green")).build()).getMessage());
    CityModel two = CityModel.builder().from(m).scenarios(List.of(Scenario.baseline("baseline", 2030))).build();
    assertEquals("scenario 'fast': the new version lacks it; its scenarios: [baseline]",
        assertThrows(IllegalArgumentException.class, () -> VersionComparison.builder(m, two)
            .scenarios(List.of("fast")).build()).getMessage());
    ParameterSpace levers = ParameterSpace.builder().lever("strategy/x/intensity", 0, 1).build();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> VersionComparison.builder(m, m)
        .design(levers, Designs.fullFactorial(levers)).build()).getMessage().contains("is of lever settings"));
    // a chosen indicator neither version can give
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VersionComparison.builder(m, m)
        .indicators(Indicators.resourceStock("industry")).build().run());
    assertTrue(e.getMessage().startsWith("indicator 'stock:industry' cannot be computed in either version"),
        e.getMessage());
  }

  @Test
  void tolerance_judges_undefined_and_infinite_values_by_identity() {
    ChangeTolerance t = ChangeTolerance.of(0.5, 1);
    assertFalse(t.moved(Double.NaN, Double.NaN));
    assertTrue(t.moved(Double.NaN, 0));
    assertTrue(t.moved(3, Double.NaN));
    assertFalse(t.moved(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
    assertTrue(t.moved(Double.POSITIVE_INFINITY, 1e300));
    assertTrue(t.moved(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
    assertFalse(ChangeTolerance.EXACT.moved(0.0, -0.0));
    // the threshold itself is not a move: |12 - 10| = 2 = 1 + 0.1 * 10
    assertFalse(ChangeTolerance.of(0.1, 1).moved(10, 12));
    assertTrue(ChangeTolerance.of(0.1, 1).moved(10, Math.nextUp(12.0)));
    // relative to the old value: 10 -> 12 moves at 18 % (2 > 1.8), 12 -> 10 does not (2 <= 0.18 * 12 = 2.16)
    assertTrue(ChangeTolerance.of(0.18, 0).moved(10, 12));
    assertFalse(ChangeTolerance.of(0.18, 0).moved(12, 10));
    assertTrue(ChangeTolerance.EXACT.moved(-Double.MAX_VALUE, Double.MAX_VALUE));
    OutputMove fromZero = new OutputMove("s", 0, "gdp", "bn CNY", 2030, 0, 1);
    assertEquals(Double.POSITIVE_INFINITY, fromZero.relativeSize());
    assertEquals(Double.POSITIVE_INFINITY, new OutputMove("s", 0, "gdp", "", 2030, Double.NaN, 1).relativeSize());
    assertEquals("gdp in 2030 (s, point 0): 0 -> 1 (+1, from 0)", fromZero.toString());
    assertEquals("gdp in 2030 (s, point 1): 10 -> 9.5 (-0.5, -5 %)",
        new OutputMove("s", 1, "gdp", "", 2030, 10, 9.5).toString());
  }

  @Test
  void an_executor_gives_the_same_result_bit_for_bit() throws InterruptedException {
    ParameterSpace space = ParameterSpace.of(List.of(io.xinlu.uncertainty.sampling.UncertainParameter.of(
        "sector/industry/growth", Distribution.uniform(0, 0.1)), io.xinlu.uncertainty.sampling.UncertainParameter.of(
        "macro-shock", Distribution.uniform(-0.01, 0.01))));
    VersionComparison c = VersionComparison.builder(model(0.10, 2030), model(0.11, 2030))
        .design(space, Designs.latinHypercube(2, 6, 3)).tolerance(ChangeTolerance.EXACT).build();
    VersionDiff inline = c.run();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      VersionDiff pooled = VersionComparison.builder(model(0.10, 2030), model(0.11, 2030))
          .design(space, Designs.latinHypercube(2, 6, 3)).tolerance(ChangeTolerance.EXACT).executor(pool).build().run();
      assertEquals(inline, pooled);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(inline, c.run());
    assertEquals(7, inline.points().size());
    assertTrue(IntStream.range(0, 7).allMatch(p -> inline.moves().stream().anyMatch(m -> m.point() == p)));
  }
}
