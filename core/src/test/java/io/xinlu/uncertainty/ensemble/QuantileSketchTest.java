package io.xinlu.uncertainty.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The DDSketch quantile sketch (Masson, Rim and Lee 2019): every quantile within the relative accuracy of the exact
 * order statistic of the same rank, and merging independent of how the values were split.
 */
class QuantileSketchTest {
  @Test
  void every_quantile_is_within_the_relative_accuracy_of_the_exact_order_statistic() {
    qt().forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(1, 400), doubles().between(0, 1))
        .checkAssert((values, q) -> {
          QuantileSketch s = new QuantileSketch(0.01);
          values.forEach(s::add);
          double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
          double exact = sorted[(int) Math.floor(q * (sorted.length - 1))];
          double got = s.quantile(q);
          // values below the smallest normal double count as zero
          double tolerance = 0.01 * Math.abs(exact) * (1 + 1e-12) + Double.MIN_NORMAL;
          assertEquals(exact, got, tolerance, "q" + q + " of " + values.size() + " values");
        });
  }

  @Test
  void merging_gives_the_same_sketch_however_the_values_are_split() {
    qt().forAll(lists().of(doubles().between(-1e3, 1e3)).ofSizeBetween(2, 300), integers().between(1, 299))
        .checkAssert((values, cut) -> {
          int c = Math.min(cut, values.size() - 1);
          QuantileSketch whole = new QuantileSketch();
          values.forEach(whole::add);
          QuantileSketch left = new QuantileSketch();
          QuantileSketch right = new QuantileSketch();
          values.subList(0, c).forEach(left::add);
          values.subList(c, values.size()).forEach(right::add);
          right.merge(left);
          for (double q : new double[] {0, 0.05, 0.25, 0.5, 0.75, 0.95, 1}) {
            assertEquals(Double.doubleToLongBits(whole.quantile(q)), Double.doubleToLongBits(right.quantile(q)));
          }
          assertEquals(whole.count(), right.count());
        });
  }

  @Test
  void zeros_negatives_and_extremes() {
    QuantileSketch s = new QuantileSketch(0.01);
    for (double x : List.of(-5.0, 0.0, 0.0, 3.0, 100.0)) {
      s.add(x);
    }
    assertEquals(-5.0, s.quantile(0), 0.05);
    assertEquals(0.0, s.quantile(0.25));
    assertEquals(0.0, s.quantile(0.5));
    assertEquals(3.0, s.quantile(0.75), 0.03);
    assertEquals(100.0, s.quantile(1), 1.0);
  }

  /**
   * Values of every sign and magnitude: many runs share a value, some are subnormal (counted as zero by the sketch),
   * some are near the largest double.
   */
  private static Gen<List<Double>> samples() {
    Gen<Double> magnitude = integers().between(-320, 307).zip(doubles().between(1, 10), (e, m) -> m * Math.pow(10, e));
    Gen<Double> value = integers().between(0, 9).zip(magnitude, (sign, x) -> sign < 3 ? -x : sign == 3 ? 0.0 : x);
    Gen<List<Double>> distinct = lists().of(value).ofSizeBetween(1, 12);
    // each distinct value repeated 1 to 40 times
    return distinct.zip(lists().of(integers().between(1, 40)).ofSize(12), (values, times) -> {
      List<Double> out = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        for (int r = 0; r < times.get(i); r++) {
          out.add(values.get(i));
        }
      }
      return out;
    });
  }

  @Test
  void every_quantile_lies_between_the_smallest_and_largest_value_and_grows_with_q() {
    double[] levels = {0, 0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1};
    qt().withShrinkCycles(500).forAll(samples(), doubles().between(0.0001, 0.1)).checkAssert((values, alpha) -> {
      QuantileSketch s = new QuantileSketch(alpha);
      values.forEach(s::add);
      double min = values.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
      double max = values.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
      double before = Double.NEGATIVE_INFINITY;
      for (double q : levels) {
        double got = s.quantile(q);
        assertTrue(got >= min && got <= max, "q" + q + " = " + got + " outside [" + min + ", " + max + "]");
        assertTrue(got >= before, "q" + q + " = " + got + " below the quantile before it, " + before);
        before = got;
      }
      assertEquals(min, s.quantile(0));
      assertEquals(max, s.quantile(1));
    });
  }

  @Test
  void constant_samples_give_that_constant_at_every_level() {
    qt().withShrinkCycles(500).forAll(samples(), integers().between(1, 500)).checkAssert((values, times) -> {
      double c = values.get(0);
      QuantileSketch s = new QuantileSketch();
      StreamingSummary summary = new StreamingSummary();
      for (int i = 0; i < times; i++) {
        s.add(c);
        summary.add(c);
      }
      Summary snap = summary.snapshot(0, 0.05, 0.25, 0.5, 0.75, 0.95, 1);
      for (double level : snap.levels()) {
        assertEquals(c, s.quantile(level));
        assertEquals(c, snap.quantile(level), "level " + level);
      }
    });
  }

  /** The case that showed the fault: 50 runs of one value reported every quantile as 131.23651136883012. */
  @Test
  void fifty_runs_of_one_value() {
    StreamingSummary summary = new StreamingSummary();
    for (int i = 0; i < 50; i++) {
      summary.add(131.2);
    }
    Summary s = summary.snapshot(0.05, 0.25, 0.5, 0.75, 0.95);
    assertEquals(131.2, s.min());
    assertEquals(131.2, s.max());
    for (double level : s.levels()) {
      assertEquals(131.2, s.quantile(level), "level " + level);
    }
  }

  /** Merged sketches keep the smallest and largest value of both parts. */
  @Test
  void merging_keeps_the_range() {
    QuantileSketch a = new QuantileSketch();
    QuantileSketch b = new QuantileSketch();
    a.add(101.31);
    a.add(101.32);
    b.add(101.33);
    b.add(101.34);
    a.merge(b);
    assertEquals(101.31, a.quantile(0));
    assertEquals(101.34, a.quantile(1));
    for (double q = 0; q <= 1; q += 0.05) {
      assertTrue(a.quantile(q) >= 101.31 && a.quantile(q) <= 101.34, "q" + q + " = " + a.quantile(q));
    }
  }

  @Test
  void bad_input_is_rejected() {
    QuantileSketch s = new QuantileSketch();
    assertThrows(IllegalStateException.class, () -> s.quantile(0.5));
    assertThrows(IllegalArgumentException.class, () -> s.add(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> s.add(Double.POSITIVE_INFINITY));
    s.add(1);
    assertThrows(IllegalArgumentException.class, () -> s.quantile(1.1));
    assertThrows(IllegalArgumentException.class, () -> new QuantileSketch(0));
    // finer than 1e-6, the bucket indices of the largest and smallest doubles would not fit in an int
    assertThrows(IllegalArgumentException.class, () -> new QuantileSketch(1e-7));
    assertThrows(IllegalArgumentException.class, () -> new QuantileSketch(1));
    assertThrows(IllegalArgumentException.class, () -> s.merge(new QuantileSketch(0.02)));
  }
}
