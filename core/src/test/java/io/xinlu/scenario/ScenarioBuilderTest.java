package io.xinlu.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.xinlu.policy.SectorSelector;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The builder of {@link Scenario} has one vocabulary, the domain's: the generated builder's {@code put*},
 * {@code putAll*}, {@code from} and {@code Optional} setters are not part of it. The typed overloads are checked in
 * {@code TypedOverloadsTest}.
 */
class ScenarioBuilderTest {
  @Test
  void the_builder_speaks_only_the_domains_words() {
    Set<String> names = Arrays.stream(Scenario.Builder.class.getMethods())
        .filter(m -> m.getDeclaringClass() != Object.class)
        .map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(List.of("adopt", "build", "description", "emissionFactorPath", "endYear", "exclude",
        "growthOverride", "include", "macroShock", "name", "override", "parent", "populationPath",
        "reemploymentRate", "pricePath")), names);
    for (Method m : Scenario.Builder.class.getMethods()) {
      for (Class<?> p : m.getParameterTypes()) {
        for (Class<?> container : List.of(Optional.class, OptionalInt.class, OptionalDouble.class, Map.class,
            Map.Entry.class, Iterable.class)) {
          assertFalse(container.isAssignableFrom(p), m + " takes a " + container.getSimpleName());
        }
      }
    }
  }

  @Test
  void every_part_of_a_scenario_is_stated_through_the_builder() {
    YearPath growth = YearPath.stepwise(Map.of(2024, 0.04, 2027, 0.0));
    YearPath shock = YearPath.exact(Map.of(2024, -0.02));
    YearPath cleaner = YearPath.linear(Map.of(2023, 1.0, 2035, 0.85));
    YearPath population = YearPath.linear(Map.of(2030, 1300.0));
    Scenario s = Scenario.builder()
        .name("late").description("three years late").parent("plan").endYear(2035)
        .adopt("new-materials", 0.8, 3.0)
        .override("close-old-mines", ProjectOverride.delay(2).withScale(0.5))
        .include("anode-plant")
        .growthOverride("coal", growth)
        .macroShock(shock)
        .emissionFactorPath(SectorSelector.tag("energy-intensive"), cleaner)
        .reemploymentRate(0.6)
        .populationPath(population)
        .build();
    assertEquals("late", s.name());
    assertEquals("three years late", s.description());
    assertEquals(Optional.of("plan"), s.parent());
    assertEquals(OptionalInt.of(2035), s.endYear());
    assertEquals(Map.of("new-materials", StrategyAdoption.of(0.8, 3.0)), s.adoptions());
    assertEquals(Map.of("close-old-mines", ProjectOverride.delay(2).withScale(0.5), "anode-plant",
        ProjectOverride.include()), s.projectOverrides());
    assertEquals(Map.of("coal", growth), s.growthOverrides());
    assertEquals(Optional.of(shock), s.macroShock());
    assertEquals(Map.of(SectorSelector.tag("energy-intensive"), cleaner), s.emissionFactorPaths());
    assertEquals(OptionalDouble.of(0.6), s.reemploymentRate());
    assertEquals(Optional.of(population), s.populationPath());
  }

  @Test
  void the_short_forms_are_the_adoptions_and_overrides_they_stand_for() {
    assertEquals(with(b -> b.adopt("x", StrategyAdoption.full())), with(b -> b.adopt("x")));
    assertEquals(with(b -> b.adopt("x", StrategyAdoption.of(0.4))), with(b -> b.adopt("x", 0.4)));
    assertEquals(with(b -> b.adopt("x", StrategyAdoption.of(0.4, 2.0))), with(b -> b.adopt("x", 0.4, 2.0)));
    assertEquals(with(b -> b.override("p", ProjectOverride.exclude())), with(b -> b.exclude("p")));
    assertEquals(with(b -> b.override("p", ProjectOverride.include())), with(b -> b.include("p")));
    assertEquals(StrategyAdoption.of(0.4, 2.0), with(b -> b.adopt("x", 0.4, 2.0)).adoptions().get("x"));
  }

  @Test
  void a_scenario_without_a_name_or_with_an_id_stated_twice_is_refused_when_built() {
    IllegalStateException nameless = assertThrows(IllegalStateException.class,
        () -> Scenario.builder().endYear(2035).build());
    assertEquals("Cannot build Scenario, some of required attributes are not set [name]", nameless.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Scenario.builder().name("s").adopt("x").adopt("x", 0.5)
        .build());
    assertThrows(IllegalArgumentException.class, () -> Scenario.builder().name("s").exclude("p").include("p")
        .build());
    assertThrows(IllegalArgumentException.class, () -> Scenario.builder().name("s")
        .growthOverride("coal", YearPath.constantFrom(2024, 0.0)).growthOverride("coal", YearPath.constantFrom(2025,
            0.0)).build());
  }

  private static Scenario with(java.util.function.UnaryOperator<Scenario.Builder> f) {
    return f.apply(Scenario.builder().name("s").endYear(2035)).build();
  }
}
