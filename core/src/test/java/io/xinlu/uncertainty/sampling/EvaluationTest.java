package io.xinlu.uncertainty.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import io.xinlu.uncertainty.sensitivity.SaltelliDesign;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Parallel evaluation of a plain function: the same outputs, in design order, whatever the number of threads; the
 * lowest failing row reported whatever the number of threads; bad input.
 */
class EvaluationTest {
  /** A function whose bits depend on every coordinate, so a row out of place shows. */
  static final ToDoubleFunction<double[]> F = x -> {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += Math.sin((i + 1) * x[i]) * Math.exp(x[i]);
    }
    return s;
  };

  @Test
  void parallel_equals_sequential_for_any_thread_count_property() {
    QuickTheory.qt().forAll(integers().between(1, 6), integers().between(0, 700), integers().between(1, 5))
        .checkAssert((threads, rows, k) -> {
          double[][] points = Designs.sobol(k, Math.max(rows, 1)).toArray();
          if (rows == 0) {
            points = new double[0][];
          }
          double[] sequential = new double[points.length];
          for (int r = 0; r < points.length; r++) {
            sequential[r] = F.applyAsDouble(points[r]);
          }
          double[] parallel = Evaluation.parallel(points, F, threads);
          assertArrayEquals(sequential, parallel, 0, threads + " threads, " + rows + " rows");
        });
  }

  @Test
  void a_saltelli_design_evaluates_the_same_on_one_and_four_threads() {
    SaltelliDesign d = SaltelliDesign.sobol(List.of("a", "b", "c"), 512);
    double[] one = d.evaluate(F);
    assertArrayEquals(one, d.evaluate(F, 1), 0);
    assertArrayEquals(one, d.evaluate(F, 4), 0);
    assertArrayEquals(one, Evaluation.parallel(d.points(), F, 3), 0);
    Design sobol = Designs.sobol(2, 300);
    assertArrayEquals(Evaluation.sequential(sobol.toArray(), F), Evaluation.parallel(sobol, F, 2), 0);
  }

  @Test
  void the_function_gets_a_copy_of_each_point() {
    double[][] points = {{1, 2}, {3, 4}};
    Evaluation.parallel(points, x -> {
      x[0] = -1;
      return 0;
    }, 1);
    assertArrayEquals(new double[] {1, 2}, points[0], 0);
  }

  @Test
  void the_lowest_failing_row_is_reported_whatever_the_threads() {
    double[][] points = Designs.sobol(2, 1000).toArray();
    ToDoubleFunction<double[]> failing = x -> {
      if (x[0] > 0.9) {
        throw new IllegalStateException("diverged at " + x[0]);
      }
      return x[0];
    };
    int lowest = -1;
    for (int r = 0; r < points.length && lowest < 0; r++) {
      if (points[r][0] > 0.9) {
        lowest = r;
      }
    }
    for (int threads = 1; threads <= 5; threads++) {
      int t = threads;
      EvaluationException e = assertThrows(EvaluationException.class,
          () -> Evaluation.parallel(points, failing, t));
      assertEquals(lowest, e.row());
      assertArrayEquals(points[lowest], e.point(), 0);
      assertTrue(e.getMessage().contains("row " + lowest), e.getMessage());
      assertTrue(e.getMessage().contains("diverged"), e.getMessage());
      assertTrue(e.getCause() instanceof IllegalStateException);
    }
    // a failure in the last block only, found on many threads
    EvaluationException last = assertThrows(EvaluationException.class,
        () -> Evaluation.parallel(points, x -> x == null ? 0 : failAt(x, points[999]), 4));
    assertEquals(999, last.row());
  }

  private static double failAt(double[] x, double[] bad) {
    if (java.util.Arrays.equals(x, bad)) {
      throw new ArithmeticException("bad point");
    }
    return 1;
  }

  @Test
  void bad_input_says_what_is_wrong() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> Evaluation.parallel(new double[][] {{1}}, F, 0));
    assertTrue(zero.getMessage().contains("at least 1"), zero.getMessage());
    IllegalArgumentException nullRow = assertThrows(IllegalArgumentException.class,
        () -> Evaluation.parallel(new double[][] {{1}, null}, F, 2));
    assertTrue(nullRow.getMessage().contains("row 1"), nullRow.getMessage());
    assertEquals(0, Evaluation.parallel(new double[0][], F, 4).length);
  }
}
