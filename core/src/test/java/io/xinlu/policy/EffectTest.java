package io.xinlu.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The effects' kinds, units and sizes as the Javadoc of {@link Effect} states them: new capacity in billion CNY of
 * final demand, a growth shift in fraction per year, the four multiplicative changes and the re-employment change
 * as fractions.
 */
class EffectTest {
  @Test
  void each_kind_has_its_label_and_unit() {
    assertEquals("new capacity", Effect.Kind.NEW_CAPACITY.label());
    assertEquals("billion CNY of final demand", Effect.Kind.NEW_CAPACITY.unit());
    assertEquals("fraction per year", Effect.Kind.GROWTH_SHIFT.unit());
    assertEquals("growth shift", Effect.Kind.GROWTH_SHIFT.label());
    for (Effect.Kind k : List.of(Effect.Kind.SCALE_DEMAND, Effect.Kind.ENERGY_INTENSITY,
        Effect.Kind.EMISSION_FACTOR, Effect.Kind.PRODUCTIVITY, Effect.Kind.REEMPLOYMENT)) {
      assertEquals("fraction", k.unit(), k::name);
    }
    assertEquals("re-employment rate change", Effect.Kind.REEMPLOYMENT.label());
    assertEquals("energy-intensity change", Effect.Kind.ENERGY_INTENSITY.label());
  }

  @Test
  void every_factory_gives_its_kind_size_and_selector() {
    SectorSelector coal = SectorSelector.sector("coal");
    SectorSelector tag = SectorSelector.tag("resource");
    List<Effect> bySector = List.of(Effect.newCapacity("coal", 12.0), Effect.scaleDemand("coal", 12.0),
        Effect.growthShift("coal", 12.0), Effect.energyIntensity("coal", 12.0), Effect.emissionFactor("coal", 12.0),
        Effect.productivity("coal", 12.0));
    List<Effect> byTag = List.of(Effect.newCapacity(tag, 12.0), Effect.scaleDemand(tag, 12.0),
        Effect.growthShift(tag, 12.0), Effect.energyIntensity(tag, 12.0), Effect.emissionFactor(tag, 12.0),
        Effect.productivity(tag, 12.0));
    List<Effect.Kind> kinds = List.of(Effect.Kind.NEW_CAPACITY, Effect.Kind.SCALE_DEMAND, Effect.Kind.GROWTH_SHIFT,
        Effect.Kind.ENERGY_INTENSITY, Effect.Kind.EMISSION_FACTOR, Effect.Kind.PRODUCTIVITY);
    for (int i = 0; i < kinds.size(); i++) {
      for (Effect e : List.of(bySector.get(i), byTag.get(i))) {
        assertEquals(kinds.get(i), e.kind());
        assertEquals(12.0, e.size());
      }
      assertEquals(Optional.of(coal), bySector.get(i).selector());
      assertEquals(Optional.of(tag), byTag.get(i).selector());
    }
    Effect rho = Effect.reemployment(0.1);
    assertEquals(Effect.Kind.REEMPLOYMENT, rho.kind());
    assertEquals(0.1, rho.size());
    assertEquals(Optional.empty(), rho.selector());
    assertTrue(rho.selector().isEmpty());
  }

  @Test
  void names_default_to_ids_and_descriptions_to_empty() {
    Project p = Project.builder().id("5g-mines").start(2024).build();
    assertEquals("5g-mines", p.name());
    assertEquals("", p.description());
    assertEquals(2024, p.fullEffect());
    assertEquals(Ramp.LINEAR, p.ramp());
    assertEquals(0.0, p.capitalCost());
    Strategy s = Strategy.builder().id("digital").addProjects(p).build();
    assertEquals("digital", s.name());
    assertEquals("", s.description());
    assertEquals(Optional.of(p), s.project("5g-mines"));
    assertEquals(Optional.empty(), s.project("other"));
    assertEquals("Digital economy first",
        Strategy.builder().id("digital").name("Digital economy first").build().name());
    assertEquals("Fifth generation", Project.builder().id("5g").name("Fifth generation").start(2024).build().name());
  }
}
