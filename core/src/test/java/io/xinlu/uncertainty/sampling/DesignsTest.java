package io.xinlu.uncertainty.sampling;

import static io.xinlu.uncertainty.sampling.DistributionTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** Monte Carlo, Latin hypercube, full factorial and table designs; mapping designs to values. */
class DesignsTest {
  // ------------------------------------------------------------------------------------------------ Latin hypercube

  /** McKay, Beckman and Conover (1979): every margin holds exactly one point in each of the n strata. */
  @Test
  void latin_hypercubes_stratify_every_margin() {
    qt().forAll(integers().between(1, 12), integers().between(2, 300), longs().all()).checkAssert((k, n, seed) -> {
      Design d = Designs.latinHypercube(k, n, seed);
      assertEquals(n, d.size());
      assertEquals(k, d.dimension());
      for (int j = 0; j < k; j++) {
        int[] count = new int[n];
        for (double u : d.column(j)) {
          if (!(u > 0 && u < 1)) {
            fail(u + " is not inside (0, 1)");
          }
          count[(int) Math.floor(u * n)]++;
        }
        for (int s = 0; s < n; s++) {
          if (count[s] != 1) {
            fail("seed " + seed + ", column " + j + ": stratum " + s + " of " + n + " holds " + count[s] + " points");
          }
        }
      }
    });
  }

  @Test
  void a_large_latin_hypercube_is_stratified_too() {
    int n = 100_003;
    Design d = Designs.latinHypercube(2, n, 7);
    for (int j = 0; j < 2; j++) {
      boolean[] seen = new boolean[n];
      for (double u : d.column(j)) {
        int s = (int) Math.floor(u * n);
        if (seen[s]) {
          fail("stratum " + s + " twice");
        }
        seen[s] = true;
      }
    }
  }

  /** Rounding of {@code (s + u) / n} may land on the next stratum or on 1: the point is nudged back. */
  @Test
  void points_at_the_edge_of_a_stratum_stay_inside_it() {
    double almostOne = 1 - 0x1.0p-53;
    for (int n : new int[] {2, 3, 7, 1000, 999_999_937, Integer.MAX_VALUE}) {
      for (int s : new int[] {0, 1, n / 2, n - 1}) {
        for (double u : new double[] {0x1.0p-53, 0.5, almostOne}) {
          double x = Designs.inStratum(s, n, u);
          assertEquals(s, (int) Math.floor(x * n), "n=" + n + " s=" + s + " u=" + u);
          assertTrue(x > 0 && x < 1);
        }
      }
    }
  }

  /** The extreme draws are {@code 2^-53} and {@code 1 - 2^-53}: never 0 or 1. */
  @Test
  void uniform_draws_are_strictly_inside_the_unit_interval() {
    UniformRandomProvider zeros = () -> 0L;
    UniformRandomProvider ones = () -> -1L;
    assertEquals(0x1.0p-53, Designs.openUniform(zeros));
    assertEquals(1 - 0x1.0p-53, Designs.openUniform(ones));
  }

  // ------------------------------------------------------------------------------------------------ determinism

  @Test
  void the_same_seed_gives_the_same_design_bit_for_bit() {
    qt().forAll(integers().between(1, 6), integers().between(2, 200), longs().all()).checkAssert((k, n, seed) -> {
      for (Design[] pair : new Design[][] {
          {Designs.monteCarlo(k, n, seed), Designs.monteCarlo(k, n, seed)},
          {Designs.latinHypercube(k, n, seed), Designs.latinHypercube(k, n, seed)},
          {Designs.sobol(k, n, 1 + (seed & 0xffff)), Designs.sobol(k, n, 1 + (seed & 0xffff))}}) {
        assertEquals(pair[0], pair[1]);
        for (int i = 0; i < n; i++) {
          double[] a = pair[0].point(i);
          double[] b = pair[1].point(i);
          for (int j = 0; j < k; j++) {
            if (Double.doubleToRawLongBits(a[j]) != Double.doubleToRawLongBits(b[j])) {
              fail(pair[0] + " differs at " + i + ", " + j);
            }
          }
        }
      }
    });
  }

  @Test
  void different_seeds_give_different_designs() {
    qt().forAll(integers().between(1, 6), integers().between(2, 200), longs().all()).checkAssert((k, n, seed) -> {
      assertNotEquals(Designs.monteCarlo(k, n, seed), Designs.monteCarlo(k, n, seed + 1));
      assertNotEquals(Designs.latinHypercube(k, n, seed), Designs.latinHypercube(k, n, seed + 1));
    });
  }

  /** A design says how it was made, and the same arguments make an equal design. */
  @Test
  void designs_describe_how_they_were_made() {
    Design mc = Designs.monteCarlo(2, 3, 42);
    Design lhs = Designs.latinHypercube(2, 3, 42);
    assertEquals(mc, Designs.monteCarlo(2, 3, 42));
    assertEquals(lhs, Designs.latinHypercube(2, 3, 42));
    assertEquals("monteCarlo(k=2, n=3, seed=42): UNIT_CUBE, 3 x 2", mc.toString());
    assertEquals("latinHypercube(k=2, n=3, seed=42)", lhs.method());
  }

  // ------------------------------------------------------------------------------------------------ Monte Carlo

  @Test
  void monte_carlo_points_are_uniform_and_inside_the_cube() {
    Design d = Designs.monteCarlo(3, 20_000, 1);
    for (int j = 0; j < 3; j++) {
      double sum = 0;
      int below = 0;
      for (double u : d.column(j)) {
        assertTrue(u > 0 && u < 1);
        sum += u;
        below += u < 0.25 ? 1 : 0;
      }
      // mean 1/2 with standard error sqrt(1/12/20000) = 0.002; 0.25 of points below 0.25, s.e. 0.003
      assertEquals(0.5, sum / 20_000, 0.01);
      assertEquals(0.25, below / 20_000.0, 0.015);
    }
  }

  // ------------------------------------------------------------------------------------------------ full factorial

  @Test
  void full_factorial_tries_every_combination_first_lever_slowest() {
    Design d = Designs.fullFactorial(List.of(Lever.of("a", 1, 2), Lever.of("b", 10, 20, 30)));
    assertEquals(Design.Kind.LEVER_VALUES, d.kind());
    assertEquals(6, d.size());
    assertArrayEquals(new double[][] {{1, 10}, {1, 20}, {1, 30}, {2, 10}, {2, 20}, {2, 30}}, d.toArray());
    assertEquals("fullFactorial(levers=[a, b])", d.method());
    Design three = Designs.fullFactorial(List.of(Lever.of("x", 0, 1), Lever.of("y", 5), Lever.of("z", 7, 8)));
    assertArrayEquals(new double[][] {{0, 5, 7}, {0, 5, 8}, {1, 5, 7}, {1, 5, 8}}, three.toArray());
  }

  @Test
  void full_factorial_of_a_space_maps_to_its_levers() {
    ParameterSpace space = ParameterSpace.builder().parameter("p", Distribution.uniform(0, 1))
        .lever("carbon-price", 50, 100, 200).lever("closure-year", 2030, 2035).build();
    Design d = Designs.fullFactorial(space);
    assertEquals(6, d.size());
    assertArrayEquals(new double[] {200, 2035}, d.values(space)[5]);
    ParameterSpace other = ParameterSpace.builder().lever("carbon-price", 50, 100).lever("closure-year", 2030, 2035)
        .build();
    assertMessage("design fullFactorial(levers=[carbon-price, closure-year]), row 4, column 0: 200 is not a setting "
        + "of lever carbon-price in [50, 100]", () -> d.values(other));
  }

  @Test
  void full_factorial_rejects_no_levers_duplicates_and_explosions() {
    assertMessage("fullFactorial: needs at least one lever", () -> Designs.fullFactorial(List.of()));
    assertMessage("fullFactorial: lever 'a' appears twice",
        () -> Designs.fullFactorial(List.of(Lever.of("a", 1), Lever.of("a", 2))));
    double[] thousand = new double[1000];
    for (int i = 0; i < thousand.length; i++) {
      thousand[i] = i;
    }
    Lever big = Lever.of("big", thousand);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Designs.fullFactorial(List.of(big, Lever.of("b2", thousand), Lever.of("b3", thousand))));
    assertTrue(e.getMessage().startsWith("fullFactorial: the levers [big, b2, b3] have too many combinations"),
        e.getMessage());
  }

  // ------------------------------------------------------------------------------------------------ tables, values

  @Test
  void a_table_is_taken_in_the_parameters_own_units() {
    double[][] rows = {{0.03, 800}, {0.05, 900}, {0.04, 750}};
    Design t = Designs.table(rows);
    rows[0][0] = 99; // copied
    assertEquals(Design.Kind.PARAMETER_VALUES, t.kind());
    assertEquals("table(n=3, k=2)", t.method());
    ParameterSpace space = ParameterSpace.builder().parameter("growth", Distribution.uniform(0, 0.1))
        .parameter("price", Distribution.normal(800, 100)).build();
    assertArrayEquals(new double[][] {{0.03, 800}, {0.05, 900}, {0.04, 750}}, t.values(space));
  }

  @Test
  void values_map_each_column_through_its_parameters_inverse_cdf() {
    ParameterSpace space = ParameterSpace.builder().parameter("a", Distribution.uniform(10, 20))
        .parameter("b", Distribution.normal(0, 1)).parameter("c", Distribution.choice(1, 2, 3, 4)).build();
    Design d = Designs.sobol(3, 4);
    double[][] v = d.values(space);
    for (int i = 0; i < 4; i++) {
      assertEquals(10 + 10 * d.get(i, 0), v[i][0], 1e-12);
      assertEquals(space.parameters().get(1).valueAt(d.get(i, 1)), v[i][1]);
      assertEquals(Distribution.choice(1, 2, 3, 4).inverseCdf(d.get(i, 2)), v[i][2]);
    }
    assertEquals(15, v[0][0], 1e-12); // the first Sobol point is (0.5, 0.5, 0.5)
    assertEquals(0, v[0][1], 1e-15);
    assertEquals(2, v[0][2]);
    assertMessage("design sobol(k=2, n=4, skip=1) has 2 columns but the space has 3 uncertain parameters [a, b, c]",
        () -> Designs.sobol(2, 4).values(space));
  }

  @Test
  void accessors_return_copies_and_check_indices() {
    Design d = Designs.monteCarlo(2, 3, 5);
    double[] p = d.point(1);
    p[0] = -1;
    assertNotEquals(-1, d.get(1, 0));
    double[][] all = d.toArray();
    all[2][1] = -1;
    assertNotEquals(-1, d.get(2, 1));
    assertArrayEquals(new double[] {d.get(0, 1), d.get(1, 1), d.get(2, 1)}, d.column(1));
    assertThrows(IndexOutOfBoundsException.class, () -> d.point(3));
    assertThrows(IndexOutOfBoundsException.class, () -> d.get(0, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> d.column(-1));
  }

  // ------------------------------------------------------------------------------------------------ bad sizes

  @Test
  void sample_sizes_too_small_for_the_design_are_rejected() {
    assertMessage("latinHypercube: n must be at least 2 (one point per stratum, at least two strata), got 1",
        () -> Designs.latinHypercube(3, 1, 0));
    assertMessage("monteCarlo: n must be at least 1, got 0", () -> Designs.monteCarlo(3, 0, 0));
    assertMessage("sobol: n must be at least 1, got -5", () -> Designs.sobol(3, -5));
    assertMessage("monteCarlo: k (the number of parameters) must be at least 1, got 0", () -> Designs.monteCarlo(0, 10, 0));
    assertMessage("latinHypercube: n * k = 2147483648 exceeds the largest array (2147483639 cells)",
        () -> Designs.latinHypercube(2, 1 << 30, 0).size());
    assertEquals(1, Designs.monteCarlo(1, 1, 0).size());
    assertEquals(2, Designs.latinHypercube(1, 2, 0).size());
  }

  @Test
  void bad_tables_are_rejected() {
    assertMessage("table: needs at least one row", () -> Designs.table(new double[0][]));
    assertMessage("table: needs at least one column", () -> Designs.table(new double[][] {{}}));
    assertMessage("table: row 2 has 1 values, not 2 like row 0",
        () -> Designs.table(new double[][] {{1, 2}, {3, 4}, {5}}));
    assertMessage("table: row 1, column 0 is NaN, not a finite number",
        () -> Designs.table(new double[][] {{1, 2}, {Double.NaN, 4}}));
  }
}
