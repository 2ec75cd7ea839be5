package io.xinlu.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

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

  @Test
  void bad_input_is_rejected() {
    QuantileSketch s = new QuantileSketch();
    assertThrows(IllegalStateException.class, () -> s.quantile(0.5));
    assertThrows(IllegalArgumentException.class, () -> s.add(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> s.add(Double.POSITIVE_INFINITY));
    s.add(1);
    assertThrows(IllegalArgumentException.class, () -> s.quantile(1.1));
    assertThrows(IllegalArgumentException.class, () -> new QuantileSketch(0));
    assertThrows(IllegalArgumentException.class, () -> new QuantileSketch(1));
    assertThrows(IllegalArgumentException.class, () -> s.merge(new QuantileSketch(0.02)));
  }
}
