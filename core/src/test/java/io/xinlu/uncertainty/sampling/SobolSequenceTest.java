package io.xinlu.uncertainty.sampling;

import static io.xinlu.uncertainty.sampling.DistributionTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.xinlu.internal.SobolSequence;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Sobol sequence against published and independently computed points, and its net properties. */
class SobolSequenceTest {
  /**
   * The first 2-D Sobol points after the origin: (0.5, 0.5), (0.75, 0.25), (0.25, 0.75), (0.375, 0.375),
   * (0.875, 0.875), (0.625, 0.125), (0.125, 0.625), as Joe and Kuo's reference program {@code sobol.cc}
   * (https://web.maths.unsw.edu.au/~fkuo/sobol/) and SciPy's {@code qmc.Sobol(d=2, scramble=False)} give them. By
   * hand: point {@code i} is the XOR of the direction numbers {@code v_b} for the bits {@code b} of the Gray code
   * {@code i ^ (i >> 1)}; dimension 1 has {@code v_b = 2^-b} (van der Corput), dimension 2 the polynomial
   * {@code x + 1} with {@code m = 1, 3, 5, 15, ...}, so {@code v = 0.1, 0.11, 0.101, ...} in binary; point 2, Gray code
   * 3, is {@code (0.1 ^ 0.01, 0.1 ^ 0.11) = (0.75, 0.25)}.
   */
  @Test
  void the_first_two_dimensional_points_are_the_published_ones() {
    Design d = Designs.sobol(2, 7);
    assertArrayEquals(new double[][] {{0.5, 0.5}, {0.75, 0.25}, {0.25, 0.75}, {0.375, 0.375}, {0.875, 0.875},
        {0.625, 0.125}, {0.125, 0.625}}, d.toArray());
    assertEquals("sobol(k=2, n=7, skip=1)", d.method());
  }

  /**
   * Points 1 to 15 in sixteenths, in several dimensions up to the last embedded one, as computed by SciPy 1.17.1,
   * {@code scipy.stats.qmc.Sobol(d=1000, scramble=False).random(16)[1:] * 16}, whose direction numbers are Joe and
   * Kuo's {@code new-joe-kuo-6.21201}. (All 1000 dimensions of points 1 to 1024 were compared with SciPy when the
   * table was embedded, and were bit-identical.)
   */
  @Test
  void points_match_an_independent_implementation_in_high_dimensions() {
    int[][] sixteenths = {
        {1, 8, 12, 4, 6, 14, 10, 2, 3, 11, 15, 7, 5, 13, 9, 1},
        {2, 8, 4, 12, 6, 14, 2, 10, 5, 13, 1, 9, 3, 11, 7, 15},
        {3, 8, 4, 12, 10, 2, 14, 6, 15, 7, 11, 3, 5, 13, 1, 9},
        {4, 8, 4, 12, 14, 6, 10, 2, 7, 15, 3, 11, 9, 1, 13, 5},
        {5, 8, 12, 4, 6, 14, 10, 2, 9, 1, 5, 13, 15, 7, 3, 11},
        {64, 8, 12, 4, 2, 10, 14, 6, 11, 3, 7, 15, 9, 1, 5, 13},
        {100, 8, 12, 4, 14, 6, 2, 10, 15, 7, 3, 11, 1, 9, 13, 5},
        {500, 8, 4, 12, 10, 2, 14, 6, 7, 15, 3, 11, 13, 5, 9, 1},
        {1000, 8, 12, 4, 2, 10, 14, 6, 15, 7, 3, 11, 13, 5, 1, 9}};
    Design d = Designs.sobol(1000, 15);
    for (int[] row : sixteenths) {
      int dim = row[0];
      double[] expected = new double[15];
      for (int i = 0; i < 15; i++) {
        expected[i] = row[i + 1] / 16.0;
      }
      assertArrayEquals(expected, d.column(dim - 1), "dimension " + dim);
    }
  }

  /**
   * Far into the sequence: points 1,000,001 to 1,000,003 in dimensions 1, 2, 17 and 1000, in units of 2^-20, from
   * SciPy 1.17.1 ({@code Sobol(d=1000, scramble=False)}, {@code fast_forward(1000001)}, {@code random(3)}).
   */
  @Test
  void skipping_reaches_the_same_points_as_an_independent_implementation() {
    Design d = Designs.sobol(1000, 3, 1_000_001);
    int[][] expected = {{1, 552049, 814193, 289905}, {2, 851359, 64927, 589215}, {17, 988819, 726675, 202387},
        {1000, 828119, 565975, 41687}};
    for (int[] row : expected) {
      double[] column = d.column(row[0] - 1);
      for (int i = 0; i < 3; i++) {
        assertEquals(row[i + 1] * 0x1.0p-20, column[i], 0, "dimension " + row[0] + ", point " + (1_000_001 + i));
      }
    }
  }

  @Test
  void a_skipped_design_continues_the_sequence() {
    qt().forAll(integers().between(1, 20), integers().between(1, 200), longs().between(1, 300))
        .checkAssert((k, n, skip) -> {
          Design whole = Designs.sobol(k, (int) (skip - 1 + n));
          Design part = Designs.sobol(k, n, skip);
          for (int i = 0; i < n; i++) {
            assertArrayEquals(whole.point((int) (skip - 1 + i)), part.point(i));
          }
        });
  }

  /**
   * Every coordinate of the first {@code 2^m} points (the origin included) takes each value {@code i / 2^m} exactly
   * once: each one-dimensional projection is a (0, m, 1)-net in base 2 (Sobol' 1967).
   */
  @Test
  void every_margin_of_the_first_two_to_the_m_points_is_a_net() {
    for (int m = 1; m <= 10; m++) {
      int n = 1 << m;
      Design d = Designs.sobol(Designs.SOBOL_MAX_DIMENSION, n - 1);
      for (int j = 0; j < d.dimension(); j++) {
        boolean[] seen = new boolean[n];
        seen[0] = true; // the origin, point 0
        for (double u : d.column(j)) {
          int i = (int) (u * n);
          if (i * (1.0 / n) != u || seen[i]) {
            fail("dimension " + (j + 1) + ", m = " + m + ": " + u);
          }
          seen[i] = true;
        }
      }
    }
  }

  /**
   * The first two dimensions form a (0, m, 2)-net: among the first {@code 2^m} points, every elementary interval
   * {@code [a 2^-p, (a + 1) 2^-p) x [b 2^-(m-p), (b + 1) 2^-(m-p))} holds exactly one point.
   */
  @Test
  void the_first_two_dimensions_form_a_zero_m_two_net() {
    for (int m = 1; m <= 12; m++) {
      int n = 1 << m;
      double[][] points = new double[n][];
      points[0] = new double[] {0, 0};
      double[][] rest = Designs.sobol(2, n - 1).toArray();
      System.arraycopy(rest, 0, points, 1, n - 1);
      for (int p = 0; p <= m; p++) {
        int[][] count = new int[1 << p][1 << (m - p)];
        for (double[] x : points) {
          count[(int) (x[0] * (1 << p))][(int) (x[1] * (1 << (m - p)))]++;
        }
        for (int[] row : count) {
          for (int c : row) {
            assertEquals(1, c, "m = " + m + ", p = " + p);
          }
        }
      }
    }
  }

  /**
   * The embedded table is intact: each dimension's direction integers {@code m_i} are odd and below {@code 2^i}
   * (Joe and Kuo 2008, section 2), also those from the recurrence.
   */
  @Test
  void every_embedded_dimension_has_valid_direction_numbers() {
    for (int j = 0; j < Designs.SOBOL_MAX_DIMENSION; j++) {
      long[] v = SobolSequence.directions(j);
      for (int i = 1; i <= SobolSequence.BITS; i++) {
        long mi = v[i - 1] >>> (SobolSequence.BITS - i);
        if ((mi & 1) != 1 || mi >= (1L << i) || (v[i - 1] & ((1L << (SobolSequence.BITS - i)) - 1)) != 0) {
          fail("dimension " + (j + 1) + ", m_" + i + " = " + mi);
        }
      }
    }
  }

  @Test
  void points_are_strictly_inside_the_unit_cube() {
    Design d = Designs.sobol(64, 4096);
    for (int i = 0; i < d.size(); i++) {
      for (double u : d.point(i)) {
        if (!(u > 0 && u < 1)) {
          fail("point " + (i + 1) + ": " + Arrays.toString(d.point(i)));
        }
      }
    }
    assertTrue(Designs.sobol(1, 1, SobolSequence.MAX_INDEX).get(0, 0) < 1);
  }

  @Test
  void sobol_needs_an_embedded_dimension_and_skips_the_origin() {
    assertEquals(1000, Designs.SOBOL_MAX_DIMENSION);
    assertMessage("sobol: k = 1001 exceeds the 1000 dimensions embedded (Joe and Kuo's new-joe-kuo-6.21201, "
        + "first 1000)", () -> Designs.sobol(1001, 10));
    assertMessage("sobol: skip must be at least 1 (point 0 is the all-zero corner), got 0", () -> Designs.sobol(2, 8, 0));
    assertMessage("sobol: k (the number of parameters) must be at least 1, got 0", () -> Designs.sobol(0, 8));
    assertMessage("sobol: n must be at least 1, got 0", () -> Designs.sobol(2, 0));
    assertMessage("sobol: skip + n - 1 = 4503599627370496 exceeds the last point of the sequence, 2^52 - 1",
        () -> Designs.sobol(2, 2, SobolSequence.MAX_INDEX));
  }
}
