package io.xinlu.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The four archetypes and the classifier. */
class ArchetypesTest {
  @ParameterizedTest
  @EnumSource(ResourceCityType.class)
  void each_archetype_classifies_as_its_own_type(ResourceCityType type) {
    CityModel model = Archetypes.generate(type);
    Run run = Engine.run(model, Archetypes.BASELINE);
    for (int year : new int[] {2022, 2025, 2027}) {
      Classification c = ResourceCityClassifier.classify(run, year);
      assertEquals(type, c.type(), type + " in " + year + ": " + c.reason());
    }
  }

  @Test
  void the_rules_apply_in_order_with_the_documented_thresholds() {
    assertEquals(ResourceCityType.REGENERATING, ResourceCityClassifier.classify(5, 0.0999, -0.1).type());
    assertEquals(ResourceCityType.DECLINING, ResourceCityClassifier.classify(14.9, 0.10, 0.05).type());
    assertEquals(ResourceCityType.DECLINING, ResourceCityClassifier.classify(80, 0.3, -0.03).type());
    assertEquals(ResourceCityType.GROWING, ResourceCityClassifier.classify(50, 0.3, 0.03).type());
    assertEquals(ResourceCityType.MATURE, ResourceCityClassifier.classify(49.9, 0.3, 0.05).type());
    assertEquals(ResourceCityType.MATURE, ResourceCityClassifier.classify(15, 0.3, 0.0).type());
    assertEquals(ResourceCityType.MATURE, ResourceCityClassifier.classify(Double.NaN, 0.3, 0.05).type());
    assertEquals(ResourceCityType.DECLINING, ResourceCityClassifier.classify(Double.NaN, 0.3, -0.04).type());
    assertThrows(IllegalArgumentException.class, () -> ResourceCityClassifier.classify(10, 1.5, 0));
  }

  @Test
  void a_mature_city_turns_declining_as_its_reserves_run_down() {
    ArchetypeSpec spec = ArchetypeSpec.defaults(ResourceCityType.MATURE).withReserveLife(20).withYears(2022, 2040);
    Run run = Engine.run(Archetypes.generate(ResourceCityType.MATURE, spec), Archetypes.BASELINE);
    assertEquals(ResourceCityType.MATURE, ResourceCityClassifier.classify(run, 2022).type());
    assertEquals(ResourceCityType.DECLINING, ResourceCityClassifier.classify(run, 2035).type());
  }

  @Test
  void generated_cities_have_the_spec_s_numbers() {
    ArchetypeSpec spec = ArchetypeSpec.defaults(ResourceCityType.GROWING);
    CityModel m = Archetypes.generate(ResourceCityType.GROWING, spec);
    assertEquals(spec.gdp(), m.profile().totalValueAdded(), 1e-9);
    assertEquals(spec.gdp() * spec.resourceShare(), m.profile().sector(Archetypes.EXTRACTION).valueAdded(), 1e-12);
    assertEquals(spec.reserveLife() * spec.gdp() * spec.resourceShare(),
        m.profile().sector(Archetypes.EXTRACTION).resource().get().stock(), 1e-9);
    assertTrue(m.profile().sector(Archetypes.EXTRACTION).hasTag("resource"));
  }

  @Test
  void bad_specs_are_rejected() {
    assertThrows(IllegalArgumentException.class, () -> ArchetypeSpec.defaults(ResourceCityType.MATURE)
        .withResourceShare(0.7));
    assertThrows(IllegalArgumentException.class, () -> ArchetypeSpec.defaults(ResourceCityType.MATURE)
        .withReserveLife(0));
    assertThrows(IllegalArgumentException.class, () -> ArchetypeSpec.defaults(ResourceCityType.MATURE)
        .withYears(2022, 2022));
  }
}
