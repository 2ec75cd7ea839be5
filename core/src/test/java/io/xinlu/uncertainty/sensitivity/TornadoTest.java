package io.xinlu.uncertainty.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** One-at-a-time ranges of {@link Tornado}. */
class TornadoTest {
  private static final List<String> NAMES = List.of("growth", "price", "wage");
  private static final double[] BASE = {0.05, 600, 1};
  private static final double[] LOW = {0.03, 400, 0.5};
  private static final double[] HIGH = {0.07, 900, 1};
  private static final ToDoubleFunction<double[]> LINEAR = x -> 1000 * x[0] - 0.1 * x[1] + 20 * x[2];

  @Test
  void bars_are_sorted_by_swing_with_the_outputs_at_each_end() {
    Tornado t = Tornado.compute(NAMES, BASE, LOW, HIGH, LINEAR);
    assertEquals(50 - 60 + 20, t.baseOutput(), 1e-9);
    assertEquals(List.of("price", "growth", "wage"), t.bars().stream().map(Tornado.Bar::factor).toList());
    Tornado.Bar price = t.bar("price");
    assertEquals(50, price.swing(), 1e-9); // 0.1 x 500
    assertEquals(50 - 40 + 20, price.outputAtLow(), 1e-9);
    assertEquals(50 - 90 + 20, price.outputAtHigh(), 1e-9);
    assertEquals(400, price.low());
    assertEquals(900, price.high());
    assertEquals(600, price.base());
    assertEquals(40, t.bar("growth").swing(), 1e-9); // 1000 x 0.04
    assertEquals(10, t.bar("wage").swing(), 1e-9);
    assertEquals(NAMES, t.names());
  }

  @Test
  void the_points_vary_one_factor_at_a_time_around_the_base() {
    double[][] p = Tornado.points(BASE, LOW, HIGH);
    assertEquals(7, p.length);
    assertArrayEquals(BASE, p[0], 0);
    assertArrayEquals(new double[] {0.05, 400, 1}, p[3], 0);
    assertArrayEquals(new double[] {0.05, 900, 1}, p[4], 0);
    assertArrayEquals(new double[] {0.05, 600, 0.5}, p[5], 0);
    double[] y = new double[7];
    for (int r = 0; r < 7; r++) {
      y[r] = LINEAR.applyAsDouble(p[r]);
    }
    assertEquals(Tornado.compute(NAMES, BASE, LOW, HIGH, LINEAR).bars(), Tornado.of(NAMES, BASE, LOW, HIGH, y).bars());
  }

  @Test
  void a_peak_between_the_ends_counts_in_the_swing() {
    Tornado t = Tornado.compute(List.of("x", "y"), new double[] {0.5, 0.5}, new double[] {0, 0},
        new double[] {1, 1}, x -> -(x[0] - 0.5) * (x[0] - 0.5) + 0.1 * x[1]);
    // x: -0.25 at both ends, 0.05 at base: the ends alone would show no swing
    assertEquals(0.25, t.bar("x").swing(), 1e-12);
    assertEquals(0.1, t.bar("y").swing(), 1e-12);
    assertEquals("x", t.bars().get(0).factor());
  }

  @Test
  void ties_keep_the_input_order() {
    Tornado t = Tornado.compute(List.of("b", "a", "c"), new double[] {0, 0, 0}, new double[] {-1, -1, -1},
        new double[] {1, 1, 1}, x -> x[0] + x[1] + 2 * x[2]);
    assertEquals(List.of("c", "b", "a"), t.bars().stream().map(Tornado.Bar::factor).toList());
  }

  @Test
  void bad_ranges_are_refused_naming_the_factor() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tornado.compute(NAMES, BASE, LOW, new double[] {0.07, 400, 1}, LINEAR));
    assertTrue(e.getMessage().contains("factor 'price' has low value 400.0 not below its high value 400.0"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Tornado.compute(NAMES, new double[] {0.08, 600, 1}, LOW, HIGH, LINEAR));
    assertTrue(e.getMessage().contains("factor 'growth' has base value 0.08 outside its range [0.03, 0.07]"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Tornado.compute(NAMES, BASE, new double[] {0.03, 400}, HIGH, LINEAR));
    assertTrue(e.getMessage().contains("3 factors but 3 base, 2 low and 3 high values"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Tornado.compute(NAMES, BASE, new double[] {0.03, Double.NaN, 0.5}, HIGH, LINEAR));
    assertTrue(e.getMessage().contains("factor 'price' has a value that is not finite"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Tornado.compute(List.of(), new double[0], new double[0], new double[0], LINEAR));
    assertThrows(IllegalArgumentException.class, () -> Tornado.points(new double[0], new double[0], new double[0]));
  }

  @Test
  void bad_outputs_are_refused_naming_the_run() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tornado.of(NAMES, BASE, LOW, HIGH, new double[6]));
    assertEquals("tornado: expected 2k + 1 = 7 outputs (k = 3), got 6", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Tornado.of(NAMES, BASE, LOW, HIGH, new double[] {1, 2, 3, 4, Double.NaN, 6, 7}));
    assertTrue(e.getMessage().contains("row 4 (the high value of 'price') is NaN"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Tornado.compute(NAMES, BASE, LOW, HIGH, x -> x[2] < 1 ? Double.POSITIVE_INFINITY : 0));
    assertTrue(e.getMessage().contains("row 5 (the low value of 'wage') is Infinity"), e.getMessage());
    Tornado t = Tornado.compute(NAMES, BASE, LOW, HIGH, LINEAR);
    e = assertThrows(IllegalArgumentException.class, () -> t.bar("rent"));
    assertEquals("tornado has no factor 'rent'; it has [growth, price, wage]", e.getMessage());
  }
}
