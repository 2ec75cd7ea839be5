package io.xinlu.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.uncertainty.sensitivity.SaltelliDesign;
import io.xinlu.uncertainty.sensitivity.SobolAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimator sums against core's SobolAnalysis on the Ishigami function, merged in any split; degenerate cases. */
class SobolSumsTest {
  /** Ishigami and Homma (1990) with a = 7, b = 0.1, on [-pi, pi]^3; a large offset tests the centring. */
  private static double ishigami(double[] u) {
    double x1 = -Math.PI + 2 * Math.PI * u[0];
    double x2 = -Math.PI + 2 * Math.PI * u[1];
    double x3 = -Math.PI + 2 * Math.PI * u[2];
    return 1e4 + Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
  }

  private static SobolSums sums(SaltelliDesign d, double[] y, int from, int to) {
    int n = d.baseSize();
    SobolSums s = new SobolSums(3, 1);
    for (int j = from; j < to; j++) {
      double[][] ab = new double[3][];
      for (int i = 0; i < 3; i++) {
        ab[i] = new double[] {y[(2 + i) * n + j]};
      }
      s.add(new double[] {y[j]}, new double[] {y[n + j]}, ab);
    }
    return s;
  }

  @Test
  void merged_sums_give_core_indices_whatever_the_split() {
    SaltelliDesign d = SaltelliDesign.random(List.of("x1", "x2", "x3"), 4000, 3);
    double[] y = d.evaluate(SobolSumsTest::ishigami);
    SobolAnalysis core = SobolAnalysis.of(d, y);
    for (int[] cuts : new int[][] {{0, 4000}, {0, 1, 4000}, {0, 1000, 1001, 2500, 4000}, {0, 3999, 4000}}) {
      SobolSums whole = new SobolSums(3, 1);
      whole.merge(new SobolSums(3, 1)); // an empty merge changes nothing
      for (int c = 0; c + 1 < cuts.length; c++) {
        whole.merge(sums(d, y, cuts[c], cuts[c + 1]));
      }
      assertEquals(4000, whole.baseRows());
      assertArrayEquals(core.firstOrder(), whole.firstOrder(0), 1e-12);
      assertArrayEquals(core.total(), whole.total(0), 1e-12);
      assertEquals(core.mean(), whole.mean(0), 1e-12 * core.mean());
      assertEquals(core.variance(), whole.variance(0), 1e-11 * core.variance());
    }
    // the analytic indices (S1 = 0.314, 0.442, 0; ST = 0.558, 0.442, 0.244) are near: the sums estimate the right thing
    double[] s1 = sums(d, y, 0, 4000).firstOrder(0);
    assertEquals(0.314, s1[0], 0.05);
    assertEquals(0.442, s1[1], 0.05);
  }

  @Test
  void constant_outputs_have_nan_indices_and_bad_input_is_refused() {
    SobolSums s = new SobolSums(2, 1);
    for (int j = 0; j < 5; j++) {
      s.add(new double[] {3}, new double[] {3}, new double[][] {{3}, {3}});
    }
    assertEquals(0.0, s.variance(0));
    assertTrue(Double.isNaN(s.firstOrder(0)[0]) && Double.isNaN(s.total(0)[1]));
    assertThrows(IllegalArgumentException.class, () -> new SobolSums(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new SobolSums(1, 0));
    assertThrows(IllegalArgumentException.class, () -> s.merge(new SobolSums(3, 1)));
    assertThrows(IllegalArgumentException.class, () -> s.add(new double[] {1}, new double[] {1}, new double[][] {{1}}));
    assertThrows(IllegalArgumentException.class,
        () -> s.add(new double[] {Double.NaN}, new double[] {1}, new double[][] {{1}, {1}}));
    assertThrows(IllegalArgumentException.class, () -> s.variance(1));
    assertEquals("Sobol sums are empty: no base row was added",
        assertThrows(IllegalArgumentException.class, () -> new SobolSums(1, 1).mean(0)).getMessage());
  }
}
