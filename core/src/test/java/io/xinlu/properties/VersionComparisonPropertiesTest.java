package io.xinlu.properties;

import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.xinlu.check.OutputMove;
import io.xinlu.check.StructuralDifference;
import io.xinlu.check.ChangeTolerance;
import io.xinlu.check.VersionComparison;
import io.xinlu.check.VersionDiff;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sampling.UncertainParameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link VersionComparison} over generated models: a model compared with itself (the same instance or a copy, as given
 * or over a design) reports nothing; swapping the old and the new version gives the same moved outputs with their
 * values swapped and the structural differences with their sides swapped.
 */
class VersionComparisonPropertiesTest {

  /** A design over the macro shock and the first sector's growth, in ranges that keep every run finite. */
  private static ParameterSpace space() {
    return ParameterSpace.of(List.of(UncertainParameter.of("macro-shock", Distribution.uniform(-0.01, 0.01)),
        UncertainParameter.of("sector/s0/growth", Distribution.uniform(-0.02, 0.05))));
  }

  @Test
  void a_model_compared_with_itself_reports_nothing() {
    qt().forAll(ModelGen.models(1, 30), integers().between(0, 4), integers().between(0, 1000)).checkAssert((g, n,
        seed) -> {
      CityModel copy = CityModel.builder().from(g.model()).build();
      VersionComparison.Builder b = VersionComparison.builder(g.model(), n == 1 ? g.model() : copy)
          .tolerance(ChangeTolerance.EXACT);
      if (n >= 2) {
        b.design(space(), Designs.latinHypercube(2, n, seed));
      }
      VersionDiff d = b.build().run();
      assertTrue(d.isEmpty(), () -> d.report(5));
      assertEquals(n >= 2 ? n + 1 : 1, d.points().size());
      assertEquals(List.of(ModelGen.BASELINE, ModelGen.POLICY), d.scenarios());
      // the outputs compared: both scenarios run the whole horizon in every indicator, at every point
      assertEquals(2L * d.points().size() * d.indicators().size() * (g.endYear() - g.baseYear() + 1), d.compared());
      assertTrue(d.indicators().contains("gdp"), d.indicators().toString());
    });
  }

  /**
   * A second version of a generated model: kind 0 the same numbers, 1 one sector's growth moved by {@code delta},
   * 2 one sector's value added scaled by {@code 1 + delta}, 3 without the policy scenario and with a scenario of its
   * own, 4 a scenario that both have and whose end year differs by 1 to 3 years.
   */
  private static CityModel[] versions(ModelGen.GeneratedModel g, int kind, int which, double delta) {
    CityModel old = g.model();
    CityProfile p = g.profile();
    int j = which % p.sectors().size();
    switch (kind) {
      case 1, 2 -> {
        List<Sector> sectors = new ArrayList<>(p.sectors());
        Sector s = sectors.get(j);
        sectors.set(j, kind == 1 ? Sector.builder().from(s).growth(s.growth() + delta).build()
            : Sector.builder().from(s).valueAdded(s.valueAdded() * (1 + Math.abs(delta))).build());
        CityProfile q = CityProfile.builder().from(p).sectors(sectors).build();
        return new CityModel[] {old, CityModel.builder().from(old).profile(q).build()};
      }
      case 3 -> {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(old.scenario(ModelGen.BASELINE));
        scenarios.add(Scenario.builder().name("own").parent(ModelGen.BASELINE).build());
        return new CityModel[] {old, CityModel.builder().from(old).scenarios(scenarios).build()};
      }
      case 4 -> {
        int end = g.endYear();
        return new CityModel[] {g.with(List.of(), List.of(Scenario.builder().name("longer").parent(ModelGen.POLICY)
            .endYear(end + 1).build())), g.with(List.of(), List.of(Scenario.builder().name("longer")
            .parent(ModelGen.POLICY).endYear(end + 2 + which % 3).build()))};
      }
      default -> {
        return new CityModel[] {old, CityModel.builder().from(old).build()};
      }
    }
  }

  private static String key(OutputMove m) {
    return m.scenario() + " " + m.point() + " " + m.indicator() + " " + m.year();
  }

  private static Map<String, Integer> mirrored(List<StructuralDifference> ds, boolean flip) {
    Map<String, Integer> m = new HashMap<>();
    for (StructuralDifference d : ds) {
      m.merge(d.kind() + " " + d.subject() + " " + (flip ? d.side().other() : d.side()), 1, Integer::sum);
    }
    return m;
  }

  @Test
  void swapping_old_and_new_gives_the_same_moves_and_mirrored_structure() {
    // kind (0 to 4) and which sector or end year (0 to 7) in one draw: QuickTheories takes at most four sources
    qt().forAll(ModelGen.models(1, 25), integers().between(0, 39), doubles().between(-0.03, 0.03),
        integers().between(0, 3)).checkAssert((g, kindAndWhich, delta, tol) -> {
      int kind = kindAndWhich % 5;
      CityModel[] v = versions(g, kind, kindAndWhich / 5, delta);
      // an absolute tolerance alone judges a move and its reverse alike; 0, a rounding step, and two sizes
      ChangeTolerance t = ChangeTolerance.of(0, new double[] {0, 1e-12, 1e-3, 0.1}[tol]);
      VersionDiff forth = VersionComparison.builder(v[0], v[1]).tolerance(t).build().run();
      VersionDiff back = VersionComparison.builder(v[1], v[0]).tolerance(t).build().run();
      Map<String, OutputMove> there = new HashMap<>();
      forth.moves().forEach(m -> there.put(key(m), m));
      assertEquals(there.size(), forth.moves().size(), "one move per output");
      assertEquals(there.keySet(), new HashSet<>(back.moves().stream().map(VersionComparisonPropertiesTest::key)
          .toList()), () -> forth.report(3) + "\n" + back.report(3));
      for (OutputMove m : back.moves()) {
        OutputMove o = there.get(key(m));
        assertEquals(Double.doubleToLongBits(o.oldValue()), Double.doubleToLongBits(m.newValue()), m::toString);
        assertEquals(Double.doubleToLongBits(o.newValue()), Double.doubleToLongBits(m.oldValue()), m::toString);
      }
      assertEquals(mirrored(forth.structure(), false), mirrored(back.structure(), true));
      assertEquals(forth.compared(), back.compared());
      assertEquals(new HashSet<>(forth.movedIndicators()), new HashSet<>(back.movedIndicators()));
      if (kind == 0) {
        assertTrue(forth.isEmpty(), () -> forth.report(3));
      }
      if (kind == 3) {
        assertTrue(forth.structure().contains(new StructuralDifference(StructuralDifference.Kind.SCENARIO,
            StructuralDifference.Side.NEW_ONLY, "own", "scenario 'own' in the new version only")));
      }
    });
  }

  /**
   * With a relative tolerance, a move and its reverse are judged against different old values: an output moved one
   * way only when its change lies between {@code abs + rel * min(|a|, |b|)} and {@code abs + rel * max(|a|, |b|)}.
   */
  @Test
  void with_a_relative_tolerance_a_move_seen_one_way_only_lies_between_the_two_thresholds() {
    qt().forAll(ModelGen.models(1, 25), integers().between(0, 7), doubles().between(-0.03, 0.03),
        doubles().between(0, 0.2)).checkAssert((g, which, delta, rel) -> {
      CityModel[] v = versions(g, 1, which, delta);
      ChangeTolerance t = ChangeTolerance.of(rel, 1e-12);
      VersionDiff forth = VersionComparison.builder(v[0], v[1]).tolerance(t).build().run();
      VersionDiff back = VersionComparison.builder(v[1], v[0]).tolerance(t).build().run();
      Set<String> there = new HashSet<>(forth.moves().stream().map(VersionComparisonPropertiesTest::key).toList());
      Set<String> here = new HashSet<>(back.moves().stream().map(VersionComparisonPropertiesTest::key).toList());
      List<OutputMove> oneWay = new ArrayList<>();
      forth.moves().stream().filter(m -> !here.contains(key(m))).forEach(oneWay::add);
      back.moves().stream().filter(m -> !there.contains(key(m))).forEach(oneWay::add);
      for (OutputMove m : oneWay) {
        double a = Math.abs(m.oldValue());
        double b = Math.abs(m.newValue());
        double d = Math.abs(m.change());
        assertTrue(d > 1e-12 + rel * Math.min(a, b) && d <= 1e-12 + rel * Math.max(a, b), m::toString);
      }
    });
  }
}
