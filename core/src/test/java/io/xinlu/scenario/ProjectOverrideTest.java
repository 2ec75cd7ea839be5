package io.xinlu.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A scenario's change to one project: its parts, the merge over a parent's, equality and text form. */
class ProjectOverrideTest {
  @Test
  void each_factory_sets_one_part() {
    assertEquals(Optional.empty(), ProjectOverride.none().included());
    assertEquals(OptionalDouble.empty(), ProjectOverride.none().delayYears());
    assertEquals(OptionalDouble.empty(), ProjectOverride.none().scaleFactor());
    assertEquals(Optional.of(true), ProjectOverride.include().included());
    assertEquals(Optional.of(false), ProjectOverride.exclude().included());
    assertEquals(OptionalDouble.of(2.5), ProjectOverride.delay(2.5).delayYears());
    assertEquals(Optional.empty(), ProjectOverride.delay(2.5).included());
    assertEquals(OptionalDouble.of(0.5), ProjectOverride.scale(0.5).scaleFactor());
    assertEquals(OptionalDouble.empty(), ProjectOverride.scale(0.5).delayYears());
  }

  @Test
  void with_methods_change_one_part_and_keep_the_others() {
    ProjectOverride o = ProjectOverride.delay(2).withScale(0.5).withIncluded(true);
    assertEquals(Optional.of(true), o.included());
    assertEquals(OptionalDouble.of(2), o.delayYears());
    assertEquals(OptionalDouble.of(0.5), o.scaleFactor());
    ProjectOverride later = o.withDelay(3);
    assertEquals(OptionalDouble.of(3), later.delayYears());
    assertEquals(OptionalDouble.of(0.5), later.scaleFactor());
    assertEquals(Optional.of(true), later.included());
    assertEquals(OptionalDouble.of(2), o.delayYears(), "the original is unchanged");
  }

  @Test
  void a_child_override_wins_part_by_part_over_its_parents() {
    ProjectOverride parent = ProjectOverride.delay(2).withScale(0.5).withIncluded(true);
    assertEquals(parent, ProjectOverride.none().over(parent));
    assertEquals(ProjectOverride.delay(1).withScale(0.5).withIncluded(true), ProjectOverride.delay(1).over(parent));
    assertEquals(ProjectOverride.delay(2).withScale(3).withIncluded(true), ProjectOverride.scale(3).over(parent));
    assertEquals(ProjectOverride.delay(2).withScale(0.5).withIncluded(false), ProjectOverride.exclude().over(parent));
    assertEquals(ProjectOverride.delay(4).withScale(2), ProjectOverride.scale(2).over(ProjectOverride.delay(4)));
  }

  @Test
  void overrides_are_equal_when_every_part_is() {
    assertEquals(ProjectOverride.delay(2).withScale(0.5), ProjectOverride.scale(0.5).withDelay(2));
    assertEquals(ProjectOverride.delay(2).withScale(0.5).hashCode(),
        ProjectOverride.scale(0.5).withDelay(2).hashCode());
    assertNotEquals(ProjectOverride.include(), ProjectOverride.exclude());
    assertNotEquals(ProjectOverride.delay(1), ProjectOverride.delay(2));
    assertNotEquals(ProjectOverride.scale(1), ProjectOverride.scale(2));
    assertNotEquals(ProjectOverride.delay(1), ProjectOverride.scale(1));
    assertNotEquals(ProjectOverride.none(), (Object) "none");
    Set<Integer> codes = new HashSet<>();
    for (ProjectOverride o : new ProjectOverride[] {ProjectOverride.none(), ProjectOverride.include(),
        ProjectOverride.exclude(), ProjectOverride.delay(1), ProjectOverride.scale(1), ProjectOverride.delay(2)}) {
      codes.add(o.hashCode());
    }
    assertEquals(6, codes.size(), "hash codes of different overrides");
  }

  @Test
  void the_text_form_lists_the_parts_given() {
    assertEquals("ProjectOverride{}", ProjectOverride.none().toString());
    assertEquals("ProjectOverride{include delay 2.0 scale 0.5}",
        ProjectOverride.delay(2).withScale(0.5).withIncluded(true).toString());
    assertEquals("ProjectOverride{exclude}", ProjectOverride.exclude().toString());
  }
}
