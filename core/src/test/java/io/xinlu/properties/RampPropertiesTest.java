package io.xinlu.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.xinlu.properties.Theories.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.xinlu.engine.CompiledScenario;
import io.xinlu.engine.Engine;
import io.xinlu.policy.Ramp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Phase-in ramps are fractions that rise from 0 to 1. */
class RampPropertiesTest {
  /**
   * A ramp and two years to read it at.
   *
   * @param ramp the shape
   * @param start the start year {@code s}
   * @param full the full-effect year {@code f >= s}
   * @param t a year
   * @param later a year at or after {@code t}
   */
  record Case(Ramp ramp, double start, double full, double t, double later) {}

  /**
   * Real start years, both realistic (1900..2300) and far out (within 1e6, and within 1e300 where a build length
   * may vanish in rounding), since start shifts and delays may be any finite number; build lengths of 0, of a few
   * ulps, fractional, and up to 1000 years (the longest horizon); years to read spread around the ramp, and later
   * years one ulp to 100 years on. Build lengths stay finite: {@code full - start} never overflows, as in the engine,
   * where a delay moves the start and the full-effect year together.
   */
  static Gen<Case> cases() {
    Gen<Ramp> ramps = Generate.enumValues(Ramp.class);
    Gen<Double> starts = doubles().between(1900, 2300)
        .mix(doubles().between(-1e6, 1e6), 30)
        .mix(doubles().between(-1e300, 1e300), 10);
    Gen<Integer> lengthKind = integers().between(0, 3);
    return in -> {
      Ramp ramp = ramps.generate(in);
      double s = starts.generate(in);
      double length;
      switch (lengthKind.generate(in)) {
        case 0:
          length = 0;
          break;
        case 1:
          length = Math.ulp(s) * integers().between(1, 4).generate(in);
          break;
        case 2:
          length = doubles().between(0, 5).generate(in);
          break;
        default:
          length = doubles().between(0, 1000).generate(in);
          break;
      }
      double f = s + length;
      double t = s + doubles().between(-20, length + 20).generate(in);
      double later = integers().between(0, 1).generate(in) == 0
          ? t + Math.ulp(t) * integers().between(0, 8).generate(in)
          : t + doubles().between(0, 100).generate(in);
      return new Case(ramp, s, f, t, later);
    };
  }

  /**
   * Property 8. For every ramp shape and any real {@code start <= full}: {@code value(t)} lies in [0, 1], is 0
   * before the start and 1 at and after full effect, is non-decreasing in {@code t}, and (for a positive build
   * length) starts at 0 for linear and logistic ramps and at 1 for a step.
   */
  @Test
  void ramps_rise_monotonically_from_zero_to_one() {
    qt().forAll(cases()).checkAssert(c -> {
      Ramp r = c.ramp();
      double v = r.value(c.t(), c.start(), c.full());
      double w = r.value(c.later(), c.start(), c.full());
      assertTrue(v >= 0 && v <= 1, "value " + v);
      assertTrue(w >= 0 && w <= 1, "value at the later year " + w);
      if (c.t() < c.start()) {
        assertEquals(0.0, v, "before the start");
      }
      if (c.t() >= c.full()) {
        assertEquals(1.0, v, "at or after full effect");
      }
      assertTrue(v <= w, "fell from " + v + " to " + w);
      assertEquals(1.0, r.value(c.full(), c.start(), c.full()), "at full effect");
      if (c.start() < c.full()) {
        assertEquals(r == Ramp.STEP ? 1.0 : 0.0, r.value(c.start(), c.start(), c.full()), "at the start");
      }
    });
  }

  /**
   * The ramps a scenario compiles (after adoption, prerequisite deferrals and end years) are fractions in [0, 1]
   * in every year, and 0 in the base year.
   */
  @Test
  void compiled_ramps_are_fractions_and_zero_in_the_base_year() {
    qt().forAll(ModelGen.models()).checkAssert(g -> {
      for (String scenario : List.of(ModelGen.BASELINE, ModelGen.POLICY)) {
        CompiledScenario c = Engine.compile(g.model(), scenario);
        for (String id : c.activeProjectIds()) {
          assertEquals(0.0, c.ramp(id, c.baseYear()), scenario + " " + id + ": base year");
          for (int t = c.baseYear(); t <= c.endYear(); t++) {
            double r = c.ramp(id, t);
            assertTrue(r >= 0 && r <= 1, scenario + " " + id + " " + t + ": ramp " + r);
          }
        }
      }
    });
  }
}
