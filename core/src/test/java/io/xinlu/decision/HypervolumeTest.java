package io.xinlu.decision;

import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class HypervolumeTest {
  @Test
  void a_two_objective_staircase_is_the_union_of_its_rectangles() {
    // by hand: (4-1)(4-3) + (4-2)(3-2) + (4-3)(2-1) = 3 + 2 + 1
    double[][] points = {{3, 1}, {1, 3}, {2, 2}};
    assertEquals(6.0, Hypervolume.of(points, new double[] {4, 4}), 0);
  }

  @Test
  void a_dominated_or_duplicate_point_adds_nothing() {
    double[][] points = {{1, 3}, {2, 2}, {3, 1}, {3, 3}, {2, 2}};
    assertEquals(6.0, Hypervolume.of(points, new double[] {4, 4}), 0);
  }

  @Test
  void points_that_do_not_strictly_dominate_the_reference_contribute_nothing() {
    double[][] points = {{4, 1}, {1, 4}, {5, 0}, {2, 2}};
    assertEquals(4.0, Hypervolume.of(points, new double[] {4, 4}), 0);
    assertEquals(0.0, Hypervolume.of(new double[0][], new double[] {1, 1, 1}), 0);
  }

  @Test
  void three_objectives_by_hand() {
    // one box: 1 x 1 x 1
    assertEquals(1.0, Hypervolume.of(new double[][] {{1, 1, 1}}, new double[] {2, 2, 2}), 0);
    // two boxes 2x2x1 and 1x1x2 overlapping in [1,2]^3: 4 + 2 - 1
    assertEquals(5.0, Hypervolume.of(new double[][] {{0, 0, 1}, {1, 1, 0}}, new double[] {2, 2, 2}), 0);
    // three unit-thick slabs along each axis from the corner (0,0,0) with ref (3,3,3): each point (2,0,0) etc.
    // dominates a 1x3x3 slab; pairwise overlaps are 1x1x3, the triple 1x1x1: 3*9 - 3*3 + 1 = 19
    assertEquals(19.0,
        Hypervolume.of(new double[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}}, new double[] {3, 3, 3}), 0);
  }

  @Test
  void one_and_four_objectives() {
    assertEquals(2.5, Hypervolume.of(new double[][] {{1.5}, {2}}, new double[] {4}), 0);
    // 2x2x2x1 and 1x1x1x2 overlapping in [1,2]^4: 8 + 2 - 1
    assertEquals(9.0,
        Hypervolume.of(new double[][] {{0, 0, 0, 1}, {1, 1, 1, 0}}, new double[] {2, 2, 2, 2}), 0);
  }

  @Test
  void bad_input_says_what_is_wrong() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Hypervolume.of(new double[][] {{1, 2, 3}}, new double[] {4, 4}));
    assertTrue(e.getMessage().contains("point 0 has 3 objectives, the reference point 2"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Hypervolume.of(new double[0][], new double[0]));
    assertThrows(IllegalArgumentException.class,
        () -> Hypervolume.of(new double[][] {{Double.NaN, 1}}, new double[] {4, 4}));
    assertThrows(IllegalArgumentException.class,
        () -> Hypervolume.of(new double[][] {{1, 1}}, new double[] {Double.POSITIVE_INFINITY, 4}));
  }

  /** Points on a grid of 0..4 in 1 to 4 objectives, up to 7 of them. */
  private static Gen<double[][]> gridPoints(int d) {
    Gen<double[]> point = lists().of(integers().between(0, 4)).ofSize(d)
        .map(l -> l.stream().mapToDouble(Integer::doubleValue).toArray());
    return lists().of(point).ofSizeBetween(0, 7).map(l -> l.toArray(new double[0][]));
  }

  /**
   * Against an independent exact formula, inclusion and exclusion over every subset: the volume dominated by all of
   * a subset is the box from its componentwise maximum to the reference.
   */
  @Test
  void equals_inclusion_exclusion_over_subsets() {
    qt().forAll(integers().between(1, 4).flatMap(HypervolumeTest::gridPoints)).checkAssert(points -> {
      int d = points.length == 0 ? 2 : points[0].length;
      double[] ref = new double[d];
      Arrays.fill(ref, 4.5);
      assertEquals(inclusionExclusion(points, ref), Hypervolume.of(points, ref), 1e-9, Arrays.deepToString(points));
    });
  }

  /** Adding a point never lowers the hypervolume, and removing every point dominated by another changes nothing. */
  @Test
  void is_monotone_and_ignores_dominated_points() {
    qt().forAll(integers().between(2, 4).flatMap(d -> gridPoints(d).zip(
        lists().of(integers().between(0, 4)).ofSize(d), (ps, p) -> new Object[] {ps, p})))
        .checkAssert(pair -> {
          double[][] points = (double[][]) pair[0];
          @SuppressWarnings("unchecked")
          List<Integer> extra = (List<Integer>) pair[1];
          double[] ref = new double[extra.size()];
          Arrays.fill(ref, 4.5);
          double[] p = extra.stream().mapToDouble(Integer::doubleValue).toArray();
          double[][] more = Arrays.copyOf(points, points.length + 1);
          more[points.length] = p;
          double before = Hypervolume.of(points, ref);
          double after = Hypervolume.of(more, ref);
          assertTrue(after >= before, before + " -> " + after);
          double[][] nondominated = Arrays.stream(more)
              .filter(a -> Arrays.stream(more).noneMatch(b -> Pareto.dominates(b, a)))
              .toArray(double[][]::new);
          assertEquals(after, Hypervolume.of(nondominated, ref), 1e-9);
        });
  }

  private static double inclusionExclusion(double[][] points, double[] ref) {
    int n = points.length;
    int d = ref.length;
    double sum = 0;
    for (int mask = 1; mask < (1 << n); mask++) {
      double volume = 1;
      for (int j = 0; j < d; j++) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          if ((mask & (1 << i)) != 0) {
            max = Math.max(max, points[i][j]);
          }
        }
        volume *= Math.max(0, ref[j] - max);
      }
      sum += Integer.bitCount(mask) % 2 == 1 ? volume : -volume;
    }
    return sum;
  }
}
