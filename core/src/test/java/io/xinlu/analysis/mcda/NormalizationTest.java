package io.xinlu.analysis.mcda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The four normalizations: a published normalized matrix, hand-worked columns, degenerate criteria, bad input. */
class NormalizationTest {
  /** One benefit and one cost criterion with the values 2, 4, 6 (mean 4, sample standard deviation 2). */
  private static final DecisionMatrix TWO_FOUR_SIX = DecisionMatrix.builder().alternatives("a", "b", "c")
      .benefit("up", 2, 4, 6)
      .cost("down", 2, 4, 6)
      .build();

  /**
   * Vector normalization reproduces the normalized matrix of Hwang and Yoon's fighter-aircraft example (1981,
   * p. 133; see {@link FighterAircraft}) to its printed four decimals. Its cost column X4 is turned around here
   * ({@code 1 - x / ||x||}); it is off in print by up to 7e-4 and r_42 by 2.2e-4, so those are compared to 1e-3
   * and 3e-4.
   */
  @Test
  void vector_reproduces_hwang_and_yoons_normalized_matrix() {
    double[][] r = Normalization.vector().apply(FighterAircraft.matrix());
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 6; j++) {
        if (j == 3) {
          assertEquals(FighterAircraft.NORMALIZED[i][j], 1 - r[i][j], 1e-3, "r" + (i + 1) + (j + 1));
        } else {
          double tol = i == 3 && j == 1 ? 3e-4 : 5e-5 + 1e-12;
          assertEquals(FighterAircraft.NORMALIZED[i][j], r[i][j], tol, "r" + (i + 1) + (j + 1));
        }
      }
    }
  }

  @Test
  void vector_columns_have_unit_norm() {
    double[][] r = Normalization.vector().apply(TWO_FOUR_SIX);
    double norm = Math.sqrt(4 + 16 + 36);
    assertArrayEquals(new double[] {2 / norm, 1 - 2 / norm}, r[0], 1e-15);
    assertArrayEquals(new double[] {6 / norm, 1 - 6 / norm}, r[2], 1e-15);
  }

  @Test
  void min_max_maps_the_worst_to_zero_and_the_best_to_one() {
    double[][] r = Normalization.minMax().apply(TWO_FOUR_SIX);
    assertArrayEquals(new double[] {0, 1}, r[0], 0.0);
    assertArrayEquals(new double[] {0.5, 0.5}, r[1], 0.0);
    assertArrayEquals(new double[] {1, 0}, r[2], 0.0);
  }

  @Test
  void min_max_with_an_offset_shifts_every_value() {
    double[][] r = Normalization.minMax(0.01).apply(TWO_FOUR_SIX);
    assertArrayEquals(new double[] {0.01, 1.01}, r[0], 1e-15);
    assertArrayEquals(new double[] {1.01, 0.01}, r[2], 1e-15);
    assertEquals("min-max (offset 0.01)", Normalization.minMax(0.01).toString());
    assertEquals(0.01, Normalization.minMax(0.01).offset(), 0.0);
    assertSame(Normalization.minMax(), Normalization.minMax(0));
  }

  /** The documented rule: a criterion with zero range gives every alternative the middle, {@code 0.5 + offset}. */
  @Test
  void min_max_gives_the_middle_to_every_alternative_of_a_zero_range_criterion() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("a", "b", "c").benefit("flat", 7, 7, 7)
        .cost("flatCost", -1, -1, -1).build();
    for (double[] row : Normalization.minMax().apply(m)) {
      assertArrayEquals(new double[] {0.5, 0.5}, row, 0.0);
    }
    for (double[] row : Normalization.minMax(0.01).apply(m)) {
      assertArrayEquals(new double[] {0.51, 0.51}, row, 1e-15);
    }
  }

  @Test
  void z_score_uses_the_sample_standard_deviation_and_turns_costs() {
    double[][] r = Normalization.zScore().apply(TWO_FOUR_SIX);
    assertArrayEquals(new double[] {-1, 1}, r[0], 1e-15);
    assertArrayEquals(new double[] {0, 0}, r[1], 1e-15);
    assertArrayEquals(new double[] {1, -1}, r[2], 1e-15);
    DecisionMatrix flat = DecisionMatrix.builder().alternatives("a", "b").benefit("flat", 3, 3).build();
    assertArrayEquals(new double[] {0}, Normalization.zScore().apply(flat)[0], 0.0);
  }

  @Test
  void linear_max_divides_by_the_maximum_or_into_the_minimum() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("a", "b", "c")
        .benefit("up", 2, 4, 5).cost("down", 2, 4, 5).build();
    double[][] r = Normalization.linearMax().apply(m);
    assertArrayEquals(new double[] {0.4, 1.0}, r[0], 1e-15);
    assertArrayEquals(new double[] {0.8, 0.5}, r[1], 1e-15);
    assertArrayEquals(new double[] {1.0, 0.4}, r[2], 1e-15);
  }

  @Test
  void all_zero_criteria_give_zero_for_a_benefit_and_one_for_a_cost_under_vector_and_linear_max() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("a", "b").benefit("none", 0, 0).cost("nil", 0, 0)
        .build();
    assertArrayEquals(new double[] {0, 1}, Normalization.vector().apply(m)[1], 0.0);
    DecisionMatrix b = DecisionMatrix.builder().alternatives("a", "b").benefit("none", 0, 0).build();
    assertArrayEquals(new double[] {0}, Normalization.linearMax().apply(b)[1], 0.0);
  }

  @Test
  void every_method_is_invariant_to_scaling_a_criterion() {
    DecisionMatrix m = FighterAircraft.matrix();
    double[] payloadInTonnes = m.column(2);
    for (int i = 0; i < payloadInTonnes.length; i++) {
      payloadInTonnes[i] *= 0.00045359237;
    }
    DecisionMatrix scaled = DecisionMatrix.builder().alternatives(m.alternatives())
        .benefit("speed", m.column(0)).benefit("range", m.column(1)).benefit("payload", payloadInTonnes)
        .cost("cost", m.column(3)).benefit("reliability", m.column(4)).benefit("maneuverability", m.column(5))
        .build();
    for (Normalization n : List.of(Normalization.minMax(), Normalization.minMax(0.01), Normalization.zScore(),
        Normalization.vector(), Normalization.linearMax())) {
      double[][] a = n.apply(m);
      double[][] b = n.apply(scaled);
      for (int i = 0; i < a.length; i++) {
        assertArrayEquals(a[i], b[i], 1e-12, n + " row " + i);
      }
    }
  }

  // ---- bad input ---------------------------------------------------------------------------------------------

  @Test
  void vector_and_linear_max_reject_negative_values_naming_each() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("a", "b", "c")
        .benefit("growth", -0.02, 0.01, -0.03).cost("co2", 1, 2, 3).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Normalization.vector().apply(m));
    assertEquals("vector cannot normalize: criterion 'growth' is -0.02 for alternative 'a', but vector "
        + "normalization needs values >= 0; criterion 'growth' is -0.03 for alternative 'c', but vector "
        + "normalization needs values >= 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Normalization.linearMax().apply(m));
    assertEquals("linear-max cannot normalize: criterion 'growth' is -0.02 for alternative 'a', but linear-max "
        + "normalization needs values >= 0; criterion 'growth' is -0.03 for alternative 'c', but linear-max "
        + "normalization needs values >= 0", e.getMessage());
  }

  @Test
  void linear_max_rejects_a_zero_cost() {
    DecisionMatrix m = DecisionMatrix.builder().alternatives("a", "b").cost("displaced", 0, 3).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Normalization.linearMax().apply(m));
    assertEquals("linear-max cannot normalize: cost criterion 'displaced' is 0 for alternative 'a', but linear-max "
        + "normalization divides by it (min / x)", e.getMessage());
  }

  @Test
  void the_offset_must_be_finite_and_not_negative() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Normalization.minMax(-0.01));
    assertEquals("a min-max offset must be finite and >= 0, got -0.01", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Normalization.minMax(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Normalization.minMax(Double.POSITIVE_INFINITY));
  }
}
