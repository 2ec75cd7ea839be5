package io.xinlu.analysis.lmdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Properties of LMDI over generated data (QuickTheories; seed and number of examples from the {@code QT_SEED} and
 * {@code QT_EXAMPLES} system properties that surefire sets, 200 examples in the build).
 *
 * <p>Generated data have 1 to 6 factors, 1 to 8 sectors and 2 to 6 periods; values are drawn on a log scale from
 * 1e-3 to 1e3, so sectors differ by many orders of magnitude. In the data with zeros, each value is zero with
 * probability 1/5.
 */
class LmdiPropertiesTest {
  /** Periods of factor values with the same factors and sectors. */
  record Data(List<double[][]> periods) {
    FactorValues period(int p) {
      return FactorValues.of(Integer.toString(p), periods.get(p));
    }

    List<FactorValues> all() {
      List<FactorValues> out = new ArrayList<>();
      for (int p = 0; p < periods.size(); p++) {
        out.add(period(p));
      }
      return out;
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("Data");
      for (double[][] x : periods) {
        b.append(java.util.Arrays.deepToString(x));
      }
      return b.toString();
    }
  }

  private static QuickTheory qt() {
    return QuickTheory.qt();
  }

  private static int integer(RandomnessSource in, int min, int max) {
    return min == max ? min : integers().between(min, max).generate(in);
  }

  /** Positive data, or data where each value is zero with probability {@code zeroPercent}. */
  static Gen<Data> data(int zeroPercent) {
    return data(zeroPercent, 6, -3, 3);
  }

  /**
   * Data with 1 to {@code maxFactors} factors, values {@code 10^u} with {@code u} uniform in
   * {@code [minExponent, maxExponent]}, each zero with probability {@code zeroPercent}.
   */
  static Gen<Data> data(int zeroPercent, int maxFactors, double minExponent, double maxExponent) {
    return in -> {
      int factors = integer(in, 1, maxFactors);
      int sectors = integer(in, 1, 8);
      int periods = integer(in, 2, 6);
      List<double[][]> out = new ArrayList<>();
      for (int p = 0; p < periods; p++) {
        double[][] x = new double[factors][sectors];
        for (int k = 0; k < factors; k++) {
          for (int i = 0; i < sectors; i++) {
            boolean zero = integer(in, 0, 99) < zeroPercent;
            x[k][i] = zero ? 0 : Math.pow(10, doubles().between(minExponent, maxExponent).generate(in));
          }
        }
        out.add(x);
      }
      return new Data(List.copyOf(out));
    };
  }

  /**
   * The rounding scale of a result: the largest aggregate, effect or sector term (in logarithms for the
   * multiplicative form). Sums in floating point are exact up to a few ulps of their largest summand, and the terms
   * can be much larger than the aggregate when they cancel (LMDI-II with zeros, when the sectors positive in both
   * periods hold a tiny share).
   */
  static double scale(LmdiResult r) {
    double scale = r.form() == LmdiForm.ADDITIVE ? Math.max(Math.abs(r.startTotal()), Math.abs(r.endTotal())) : 1;
    for (String f : r.factors()) {
      double e = r.effect(f);
      scale = Math.max(scale, Math.abs(r.form() == LmdiForm.ADDITIVE ? e : Math.log(e)));
      for (String s : r.sectors()) {
        scale = Math.max(scale, Math.abs(r.term(f, s)));
      }
    }
    return scale;
  }

  /** Additive effects sum to {@code V_T - V_0} up to rounding. */
  static void assertSumsToTheChange(LmdiResult r) {
    for (double e : r.effects().values()) {
      assertTrue(Double.isFinite(e), r.toString());
    }
    assertEquals(r.total(), r.combinedEffects(), 1e-11 * scale(r), r.toString());
  }

  /** Multiplicative effects multiply to {@code V_T / V_0} up to rounding (compared as logarithms). */
  static void assertMultipliesToTheRatio(LmdiResult r) {
    double logSum = 0;
    for (double e : r.effects().values()) {
      assertTrue(Double.isFinite(e) && e > 0, r.toString());
      logSum += Math.log(e);
    }
    assertEquals(Math.log(r.total()), logSum, 1e-11 * scale(r), r.toString());
  }

  /** A multiplicative LMDI-II with zeros either multiplies to the ratio or refuses because an effect overflows. */
  static void assertMultipliesOrOverflows(FactorValues a, FactorValues b) {
    try {
      assertMultipliesToTheRatio(Lmdi.decompose(a, b, LmdiMethod.LMDI_II, LmdiForm.MULTIPLICATIVE));
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().contains("overflows a double"), e.getMessage());
    }
  }

  @Test
  void additive_effects_sum_exactly_to_the_change() {
    qt().forAll(data(0)).checkAssert(d -> {
      for (LmdiMethod method : LmdiMethod.values()) {
        assertSumsToTheChange(Lmdi.decompose(d.period(0), d.period(1), method, LmdiForm.ADDITIVE));
      }
    });
  }

  @Test
  void multiplicative_effects_multiply_exactly_to_the_ratio() {
    qt().forAll(data(0)).checkAssert(d -> {
      for (LmdiMethod method : LmdiMethod.values()) {
        assertMultipliesToTheRatio(Lmdi.decompose(d.period(0), d.period(1), method, LmdiForm.MULTIPLICATIVE));
      }
    });
  }

  @Test
  void chained_effects_sum_or_multiply_to_the_change_over_all_periods() {
    qt().forAll(data(0)).checkAssert(d -> {
      for (LmdiMethod method : LmdiMethod.values()) {
        LmdiResult add = Lmdi.chain(d.all(), method, LmdiForm.ADDITIVE);
        assertEquals(d.periods().size() - 1, add.steps());
        assertSumsToTheChange(add);
        assertMultipliesToTheRatio(Lmdi.chain(d.all(), method, LmdiForm.MULTIPLICATIVE));
      }
    });
  }

  @Test
  void decomposition_between_identical_periods_is_all_zero() {
    qt().forAll(data(20)).checkAssert(d -> {
      FactorValues same = d.period(0);
      FactorValues again = same.withPeriod("again");
      for (LmdiMethod method : LmdiMethod.values()) {
        if (method == LmdiMethod.LMDI_I || same.total() > 0 && hasPositiveSector(same)) {
          LmdiResult r = Lmdi.decompose(same, again, method, LmdiForm.ADDITIVE);
          for (double e : r.effects().values()) {
            assertEquals(0.0, e, r.toString()); // exactly
          }
        }
        if (same.total() > 0) {
          LmdiResult r = Lmdi.decompose(same, again, method, LmdiForm.MULTIPLICATIVE);
          for (double e : r.effects().values()) {
            assertEquals(1.0, e, r.toString()); // exactly
          }
        }
      }
    });
  }

  @Test
  void reversing_time_negates_additive_and_inverts_multiplicative_effects() {
    qt().forAll(data(0)).checkAssert(d -> {
      for (LmdiMethod method : LmdiMethod.values()) {
        LmdiResult forward = Lmdi.decompose(d.period(0), d.period(1), method, LmdiForm.ADDITIVE);
        LmdiResult backward = Lmdi.decompose(d.period(1), d.period(0), method, LmdiForm.ADDITIVE);
        LmdiResult mf = Lmdi.decompose(d.period(0), d.period(1), method, LmdiForm.MULTIPLICATIVE);
        LmdiResult mb = Lmdi.decompose(d.period(1), d.period(0), method, LmdiForm.MULTIPLICATIVE);
        double scale = Math.max(d.period(0).total(), d.period(1).total());
        for (int k = 0; k < forward.factors().size(); k++) {
          assertEquals(-forward.effect(k), backward.effect(k), 1e-12 * scale);
          assertEquals(1, mf.effect(k) * mb.effect(k), 1e-12);
        }
      }
    });
  }

  @Test
  void the_two_forms_are_linked_by_the_logarithmic_mean_of_the_totals() {
    qt().forAll(data(0)).checkAssert(d -> {
      for (LmdiMethod method : LmdiMethod.values()) {
        LmdiResult add = Lmdi.decompose(d.period(0), d.period(1), method, LmdiForm.ADDITIVE);
        LmdiResult mul = Lmdi.decompose(d.period(0), d.period(1), method, LmdiForm.MULTIPLICATIVE);
        double lv = Lmdi.logarithmicMean(add.endTotal(), add.startTotal());
        for (int k = 0; k < add.factors().size(); k++) {
          assertEquals(1, Math.exp(add.effect(k) / lv) / mul.effect(k), 1e-11);
        }
      }
    });
  }

  /**
   * With zeros the zero rule applies: never NaN, and still a perfect decomposition wherever the variant is defined
   * (LMDI-I additive always; multiplicative with a positive aggregate in both periods; LMDI-II with a positive
   * aggregate in both periods and a sector positive in both). Elsewhere the variant refuses with an exception.
   */
  @Test
  void with_zeros_effects_are_never_na_n_and_still_add_up() {
    qt().forAll(data(20)).checkAssert(d -> {
      FactorValues a = d.period(0);
      FactorValues b = d.period(1);
      boolean positive = a.total() > 0 && b.total() > 0;
      boolean common = false;
      for (int i = 0; i < a.sectorCount(); i++) {
        common |= a.sectorValues()[i] > 0 && b.sectorValues()[i] > 0;
      }
      assertSumsToTheChange(Lmdi.decompose(a, b, LmdiMethod.LMDI_I, LmdiForm.ADDITIVE));
      if (positive) {
        assertMultipliesToTheRatio(Lmdi.decompose(a, b, LmdiMethod.LMDI_I, LmdiForm.MULTIPLICATIVE));
      } else {
        assertThrows(IllegalArgumentException.class,
            () -> Lmdi.decompose(a, b, LmdiMethod.LMDI_I, LmdiForm.MULTIPLICATIVE));
      }
      if (positive && common) {
        assertSumsToTheChange(Lmdi.decompose(a, b, LmdiMethod.LMDI_II, LmdiForm.ADDITIVE));
        assertMultipliesOrOverflows(a, b);
      } else {
        assertThrows(IllegalArgumentException.class,
            () -> Lmdi.decompose(a, b, LmdiMethod.LMDI_II, LmdiForm.ADDITIVE));
      }
    });
  }

  /**
   * The zero rule's limit is what tiny positive stand-ins for the zeros tend to. Convergence is slow, like
   * {@code 1 / ln(1/delta)} (Wood and Lenzen 2006), so the data here are moderate (values from 0.5 to 2, at most 4
   * factors, so that {@code delta^4} does not underflow at {@code delta = 1e-75}). The property checks the rate: from
   * {@code delta = 1e-25} to {@code 1e-75}, {@code ln(1/delta)} triples, so the error must shrink to at most 0.6 of
   * itself (a third, asymptotically), up to 1e-6 of the aggregate where both are converged and differ by rounding.
   * Errors are measured on the sector terms.
   * For LMDI-I the error at {@code 1e-75} is also at most 5 % of the aggregate; LMDI-II converges more slowly, since
   * its share weights carry another {@code 1 / ln(1/delta)} term (an example 0.050 off at {@code 1e-75} is still
   * 0.0013 off at {@code 1e-3000} in 60-digit arithmetic, against a limit of -2.0157).
   */
  @Test
  void the_zero_rule_is_the_limit_of_tiny_positive_values() {
    qt().forAll(data(20, 4, Math.log10(0.5), Math.log10(2))).checkAssert(d -> {
      FactorValues a = d.period(0);
      FactorValues b = d.period(1);
      double scale = Math.max(1, Math.max(a.total(), b.total()));
      for (LmdiMethod method : LmdiMethod.values()) {
        LmdiResult limit;
        try {
          limit = Lmdi.decompose(a, b, method, LmdiForm.ADDITIVE);
        } catch (IllegalArgumentException undefined) {
          continue; // LMDI-II without a sector positive in both periods: no limit to approach
        }
        double coarse = error(limit, a, b, 1e-25);
        double fine = error(limit, a, b, 1e-75);
        assertTrue(fine <= 0.6 * coarse + 1e-6 * scale,
            method + ": error " + fine + " at 1e-75, " + coarse + " at 1e-25");
        if (method == LmdiMethod.LMDI_I) {
          assertTrue(fine <= 0.05 * scale, method + ": error " + fine + " at 1e-75 (aggregate " + scale + ")");
        }
      }
    });
  }

  /**
   * The largest difference between the limit's sector terms and those computed with zeros replaced by delta (terms
   * rather than effects, whose errors from different sectors may cancel differently at different delta).
   */
  private static double error(LmdiResult limit, FactorValues a, FactorValues b, double delta) {
    LmdiResult near = Lmdi.decompose(replaceZeros(a, delta), replaceZeros(b, delta), limit.method(),
        LmdiForm.ADDITIVE);
    assertTrue(near.zeroSectors().isEmpty());
    double error = 0;
    for (String f : limit.factors()) {
      for (String s : limit.sectors()) {
        assertTrue(Double.isFinite(near.term(f, s)));
        error = Math.max(error, Math.abs(limit.term(f, s) - near.term(f, s)));
      }
    }
    return error;
  }

  private static FactorValues replaceZeros(FactorValues f, double delta) {
    double[][] x = f.values();
    for (double[] row : x) {
      for (int i = 0; i < row.length; i++) {
        row[i] = row[i] == 0 ? delta : row[i];
      }
    }
    return FactorValues.of(f.period(), f.factors(), f.sectors(), x);
  }

  private static boolean hasPositiveSector(FactorValues f) {
    for (double v : f.sectorValues()) {
      if (v > 0) {
        return true;
      }
    }
    return false;
  }
}
