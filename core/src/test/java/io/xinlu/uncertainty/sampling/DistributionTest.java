package io.xinlu.uncertainty.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import com.google.common.collect.Range;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Inverse CDFs, moments, supports and validation of every distribution. */
class DistributionTest {
  /**
   * Standard normal quantiles, as tabulated in Abramowitz and Stegun, Handbook of Mathematical Functions (1964),
   * chapter 26, and the NIST/SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.1: z(0.975) = 1.959963985,
   * z(0.95) = 1.644853627, z(0.99) = 2.326347874, z(0.8413447461) = 1.
   */
  @Test
  void normal_quantiles_match_the_tables() {
    Distribution z = Distribution.normal(0, 1);
    assertEquals(0.0, z.inverseCdf(0.5), 1e-15);
    assertEquals(1.959963985, z.inverseCdf(0.975), 1e-9);
    assertEquals(-1.959963985, z.inverseCdf(0.025), 1e-9);
    assertEquals(1.644853627, z.inverseCdf(0.95), 1e-9);
    assertEquals(2.326347874, z.inverseCdf(0.99), 1e-9);
    assertEquals(1.0, z.inverseCdf(0.8413447460685429), 1e-12);
    assertEquals(0.975, z.cdf(1.959963984540054), 1e-15);
    Distribution n = Distribution.normal(10, 2);
    assertEquals(10 + 2 * 1.959963985, n.inverseCdf(0.975), 1e-8);
    assertEquals(10, n.mean());
    assertEquals(4, n.variance(), 1e-15);
    assertEquals(Range.all(), n.support());
  }

  @Test
  void uniform_is_linear() {
    Distribution u = Distribution.uniform(2, 6);
    assertEquals(3, u.inverseCdf(0.25), 1e-15);
    assertEquals(2, u.inverseCdf(0), 0);
    assertEquals(6, u.inverseCdf(1), 0);
    assertEquals(0.75, u.cdf(5), 1e-15);
    assertEquals(4, u.mean());
    assertEquals(16.0 / 12, u.variance(), 1e-15);
    assertEquals(Range.closed(2.0, 6.0), u.support());
  }

  /**
   * The triangular CDF is {@code (x - lo)^2 / ((hi - lo)(mode - lo))} below the mode, so
   * {@code F^-1(u) = lo + sqrt(u (hi - lo)(mode - lo))} for {@code u <= (mode - lo) / (hi - lo)}, and
   * {@code hi - sqrt((1 - u)(hi - lo)(hi - mode))} above; the mean is {@code (lo + mode + hi) / 3}.
   */
  @Test
  void triangular_follows_its_closed_form() {
    Distribution t = Distribution.triangular(1, 2, 4);
    assertEquals(2, t.inverseCdf(1.0 / 3), 1e-12);
    assertEquals(1 + Math.sqrt(0.1 * 3 * 1), t.inverseCdf(0.1), 1e-12);
    assertEquals(4 - Math.sqrt(0.2 * 3 * 2), t.inverseCdf(0.8), 1e-12);
    assertEquals(7.0 / 3, t.mean(), 1e-15);
    assertEquals(Range.closed(1.0, 4.0), t.support());
    assertEquals(1, Distribution.triangular(0, 0, 1).inverseCdf(1), 0);
  }

  /** The lognormal's median is {@code exp(mu)} and its mean {@code exp(mu + sigma^2 / 2)}. */
  @Test
  void lognormal_is_the_exponential_of_a_normal() {
    Distribution l = Distribution.lognormal(0, 1);
    assertEquals(1, l.inverseCdf(0.5), 1e-15);
    assertEquals(Math.exp(1.959963985), l.inverseCdf(0.975), 1e-7);
    assertEquals(Math.exp(0.5), l.mean(), 1e-14);
    assertEquals(Range.atLeast(0.0), l.support());
    Distribution m = Distribution.lognormalFromMeanAndSd(80, 20);
    assertEquals(80, m.mean(), 1e-12);
    assertEquals(400, m.variance(), 1e-9);
    assertEquals("lognormal", m.kind());
  }

  /**
   * PERT: mean {@code (lo + 4 mode + hi) / 6} and variance {@code (mean - lo)(hi - mean) / 7} (Malcolm, Roseboom,
   * Clark and Fazar 1959; Vose, Risk Analysis: A Quantitative Guide, 3rd ed., 2008); with the mode at {@code lo} it is
   * {@code Beta(1, 5)}, whose CDF {@code 1 - (1 - x)^5} gives the median {@code 1 - 0.5^(1/5)}.
   */
  @Test
  void pert_has_the_textbook_mean_and_variance() {
    Distribution p = Distribution.pert(0, 2, 10);
    assertEquals((0 + 4 * 2 + 10) / 6.0, p.mean(), 1e-12);
    assertEquals((3.0 - 0) * (10 - 3.0) / 7, p.variance(), 1e-12);
    assertEquals(Range.closed(0.0, 10.0), p.support());
    Distribution q = Distribution.pert(100, 150, 300);
    assertEquals((100 + 4 * 150 + 300) / 6.0, q.mean(), 1e-10);
    assertEquals(5, Distribution.pert(0, 5, 10).inverseCdf(0.5), 1e-12);
    Distribution skewed = Distribution.pert(10, 10, 20);
    assertEquals(10 + 10 * (1 - Math.pow(0.5, 0.2)), skewed.inverseCdf(0.5), 1e-12);
    assertEquals(10, skewed.inverseCdf(0), 0);
    assertEquals(20, skewed.inverseCdf(1), 0);
  }

  /**
   * A standard normal truncated to {@code [0, inf)} is the half-normal: median {@code z(0.75) = 0.6744897502} and
   * mean {@code sqrt(2 / pi)}.
   */
  @Test
  void truncated_normal_on_a_half_line_is_the_half_normal() {
    Distribution h = Distribution.truncatedNormal(0, 1, 0, Double.POSITIVE_INFINITY);
    assertEquals(0.6744897502, h.inverseCdf(0.5), 1e-9);
    assertEquals(Math.sqrt(2 / Math.PI), h.mean(), 1e-12);
    assertEquals(Range.atLeast(0.0), h.support());
    Distribution t = Distribution.truncatedNormal(0, 1, -1, 1);
    assertEquals(0, t.inverseCdf(0.5), 1e-12);
    assertEquals(Range.closed(-1.0, 1.0), t.support());
    assertTrue(t.inverseCdf(1e-12) >= -1 && t.inverseCdf(1 - 1e-12) <= 1);
  }

  @Test
  void discrete_returns_the_smallest_value_whose_cdf_reaches_u() {
    Distribution d = Distribution.discrete(new double[] {3, 1, 2}, new double[] {0.5, 0.2, 0.3});
    assertEquals(1, d.inverseCdf(0.1));
    assertEquals(1, d.inverseCdf(0.2));
    assertEquals(2, d.inverseCdf(0.2000001));
    assertEquals(2, d.inverseCdf(0.5));
    assertEquals(3, d.inverseCdf(0.500001));
    assertEquals(3, d.inverseCdf(1));
    assertEquals(1, d.inverseCdf(0));
    assertEquals(0.5, d.cdf(2), 1e-15);
    assertEquals(0, d.cdf(0.5));
    assertEquals(1, d.cdf(3));
    assertEquals(2.3, d.mean(), 1e-15);
    assertEquals(0.2 * 1.69 + 0.3 * 0.09 + 0.5 * 0.49, d.variance(), 1e-12);
    assertEquals(Range.closed(1.0, 3.0), d.support());
    assertTrue(d.isDiscrete());
    assertEquals("discrete(values=[1, 2, 3], probabilities=[0.2, 0.3, 0.5])", d.describe());
  }

  @Test
  void a_value_of_probability_zero_is_never_drawn() {
    Distribution d = Distribution.discrete(new double[] {0, 1, 2, 3}, new double[] {0, 0.5, 0.5, 0});
    assertEquals(1, d.inverseCdf(0));
    assertEquals(1, d.inverseCdf(1e-300));
    assertEquals(2, d.inverseCdf(1));
    assertEquals(Range.closed(1.0, 2.0), d.support());
  }

  @Test
  void choice_gives_equal_probabilities() {
    Distribution c = Distribution.choice(40, 10, 30, 20);
    assertEquals(10, c.inverseCdf(0.25));
    assertEquals(20, c.inverseCdf(0.26));
    assertEquals(40, c.inverseCdf(0.99));
    assertEquals(25, c.mean(), 1e-15);
    assertEquals("choice(values=[10, 20, 30, 40])", c.describe());
  }

  @Test
  void constant_is_certain() {
    Distribution c = Distribution.constant(3.5);
    assertEquals(3.5, c.inverseCdf(0.01));
    assertEquals(3.5, c.inverseCdf(0.99));
    assertEquals(0, c.cdf(3.4));
    assertEquals(1, c.cdf(3.5));
    assertEquals(0, c.variance());
    assertEquals(Range.singleton(3.5), c.support());
    assertEquals("constant(x=3.5)", c.describe());
  }

  @Test
  void describe_names_the_kind_and_parameters_and_equality_follows_them() {
    assertEquals("triangular(lo=1, mode=2, hi=4)", Distribution.triangular(1, 2, 4).describe());
    assertEquals("normal(mean=0.06, sd=0.01)", Distribution.normal(0.06, 0.01).toString());
    assertEquals("truncatedNormal(mean=0, sd=1, lo=0, hi=Infinity)",
        Distribution.truncatedNormal(0, 1, 0, Double.POSITIVE_INFINITY).describe());
    assertEquals("pert(lo=0, mode=2, hi=10)", Distribution.pert(0, 2, 10).describe());
    assertEquals(Distribution.pert(0, 2, 10), Distribution.pert(0, 2, 10));
    assertEquals(Distribution.pert(0, 2, 10).hashCode(), Distribution.pert(0, 2, 10).hashCode());
    assertNotEquals(Distribution.pert(0, 2, 10), Distribution.triangular(0, 2, 10));
    assertNotEquals(Distribution.choice(1, 2), Distribution.discrete(new double[] {1, 2}, new double[] {0.5, 0.5}));
    assertEquals(Distribution.choice(2, 1), Distribution.choice(1, 2));
    assertFalse(Distribution.normal(0, 1).isDiscrete());
  }

  @Test
  void inverse_cdf_is_monotone_inside_the_support_and_inverts_the_cdf() {
    List<Distribution> continuous = List.of(Distribution.uniform(-1, 3), Distribution.triangular(0, 1, 5),
        Distribution.normal(2, 0.5), Distribution.truncatedNormal(1, 2, 0, 3), Distribution.lognormal(1, 0.4),
        Distribution.pert(10, 12, 20));
    qt().forAll(doubles().between(1e-9, 1 - 1e-9), doubles().between(1e-9, 1 - 1e-9)).checkAssert((u, v) -> {
      for (Distribution d : continuous) {
        double x = d.inverseCdf(Math.min(u, v));
        double y = d.inverseCdf(Math.max(u, v));
        assertTrue(x <= y, d + " is not monotone at " + u + ", " + v);
        assertTrue(d.support().contains(x), d + ": " + x + " outside the support");
        assertEquals(u, d.cdf(d.inverseCdf(u)), 1e-9, d + " at " + u);
      }
    });
  }

  // ------------------------------------------------------------------------------------------------ bad input

  @Test
  void inverted_and_empty_ranges_are_rejected() {
    assertMessage("uniform: lo (3) must be less than hi (1)", () -> Distribution.uniform(3, 1));
    assertMessage("uniform: lo (2) must be less than hi (2)", () -> Distribution.uniform(2, 2));
    assertMessage("triangular: lo (4) must be less than hi (1)", () -> Distribution.triangular(4, 2, 1));
    assertMessage("triangular: mode (5) must lie in [lo, hi] = [1, 4]", () -> Distribution.triangular(1, 5, 4));
    assertMessage("pert: lo (1) must be less than hi (1)", () -> Distribution.pert(1, 1, 1));
    assertMessage("pert: mode (-1) must lie in [lo, hi] = [0, 10]", () -> Distribution.pert(0, -1, 10));
    assertMessage("truncatedNormal: lo (2) must be less than hi (1)", () -> Distribution.truncatedNormal(0, 1, 2, 1));
  }

  @Test
  void non_positive_standard_deviations_are_rejected() {
    assertMessage("normal: sd must be positive and finite, got 0", () -> Distribution.normal(0, 0));
    assertMessage("normal: sd must be positive and finite, got -1", () -> Distribution.normal(0, -1));
    assertMessage("normal: sd must be positive and finite, got NaN", () -> Distribution.normal(0, Double.NaN));
    assertMessage("truncatedNormal: sd must be positive and finite, got -0.5",
        () -> Distribution.truncatedNormal(0, -0.5, 0, 1));
    assertMessage("lognormal: sigma must be positive and finite, got 0", () -> Distribution.lognormal(0, 0));
    assertMessage("lognormal: sd must be positive and finite, got -3",
        () -> Distribution.lognormalFromMeanAndSd(10, -3));
    assertMessage("lognormal: mean must be positive and finite, got 0", () -> Distribution.lognormalFromMeanAndSd(0, 1));
  }

  @Test
  void non_finite_parameters_are_rejected() {
    assertMessage("uniform: lo must be a finite number, got NaN", () -> Distribution.uniform(Double.NaN, 1));
    assertMessage("uniform: hi must be a finite number, got Infinity",
        () -> Distribution.uniform(0, Double.POSITIVE_INFINITY));
    assertMessage("normal: mean must be a finite number, got -Infinity",
        () -> Distribution.normal(Double.NEGATIVE_INFINITY, 1));
    assertMessage("triangular: mode must be a finite number, got NaN", () -> Distribution.triangular(0, Double.NaN, 1));
    assertMessage("truncatedNormal: lo must be a number, got NaN", () -> Distribution.truncatedNormal(0, 1, Double.NaN, 1));
    assertMessage("constant: x must be a finite number, got NaN", () -> Distribution.constant(Double.NaN));
    assertMessage("lognormal: mu must be a finite number, got Infinity",
        () -> Distribution.lognormal(Double.POSITIVE_INFINITY, 1));
  }

  @Test
  void probabilities_outside_the_unit_interval_or_not_summing_to_one_are_rejected() {
    assertMessage("discrete: probabilities[1] = 1.5 is outside [0, 1]",
        () -> Distribution.discrete(new double[] {1, 2}, new double[] {0.5, 1.5}));
    assertMessage("discrete: probabilities[0] = -0.1 is outside [0, 1]",
        () -> Distribution.discrete(new double[] {1, 2}, new double[] {-0.1, 1.1}));
    assertMessage("discrete: probabilities[0] = NaN is outside [0, 1]",
        () -> Distribution.discrete(new double[] {1}, new double[] {Double.NaN}));
    assertMessage("discrete: probabilities sum to 0.9, not 1 (tolerance 1.0E-9)",
        () -> Distribution.discrete(new double[] {1, 2}, new double[] {0.4, 0.5}));
    assertMessage("discrete: values and probabilities have different lengths (3 and 2)",
        () -> Distribution.discrete(new double[] {1, 2, 3}, new double[] {0.5, 0.5}));
    assertMessage("discrete: needs at least one value", () -> Distribution.discrete(new double[0], new double[0]));
    assertMessage("discrete: value 2 appears twice (values[1] and values[2])",
        () -> Distribution.discrete(new double[] {1, 2, 2}, new double[] {0.2, 0.3, 0.5}));
    assertMessage("choice: values[1] = NaN is not a finite number", () -> Distribution.choice(1, Double.NaN));
    assertMessage("choice: needs at least one value", Distribution::choice);
    // within the tolerance, a sum of rounded thirds is accepted
    assertEquals(1, Distribution.discrete(new double[] {1, 2, 3}, new double[] {0.3333333333, 0.3333333333,
        0.3333333334}).inverseCdf(0.3));
  }

  @Test
  void inverse_cdf_and_cdf_reject_arguments_outside_their_domain() {
    Distribution n = Distribution.normal(0, 1);
    assertMessage("normal(mean=0, sd=1): inverseCdf needs u in [0, 1], got 1.5", () -> n.inverseCdf(1.5));
    assertMessage("normal(mean=0, sd=1): inverseCdf needs u in [0, 1], got NaN", () -> n.inverseCdf(Double.NaN));
    assertMessage("normal(mean=0, sd=1): cdf needs a number, got NaN", () -> n.cdf(Double.NaN));
    assertEquals(Double.NEGATIVE_INFINITY, n.inverseCdf(0));
  }

  @Test
  void parameters_are_the_factory_arguments_in_order() {
    assertEquals(List.of(1.0, 3.0), Distribution.uniform(1, 3).parameters());
    assertEquals(List.of(1.0, 2.0, 4.0), Distribution.triangular(1, 2, 4).parameters());
    assertEquals(List.of(-1.0, 0.5), Distribution.normal(-1, 0.5).parameters());
    assertEquals(List.of(0.0, 1.0, Double.NEGATIVE_INFINITY, 2.0),
        Distribution.truncatedNormal(0, 1, Double.NEGATIVE_INFINITY, 2).parameters());
    assertEquals(List.of(0.25, 0.5), Distribution.lognormal(0.25, 0.5).parameters());
    assertEquals(List.of(0.0, 3.0, 4.0), Distribution.pert(0, 3, 4).parameters());
    assertEquals(List.of(7.5), Distribution.constant(7.5).parameters());
    // discrete values come back sorted, each with its probability
    assertEquals(List.of(1.0, 2.0, 0.75, 0.25),
        Distribution.discrete(new double[] {2, 1}, new double[] {0.25, 0.75}).parameters());
    assertEquals(List.of(1.0, 5.0, 0.5, 0.5), Distribution.choice(5, 1).parameters());
    Distribution fromMean = Distribution.lognormalFromMeanAndSd(80, 20);
    List<Double> p = fromMean.parameters();
    assertEquals(fromMean, Distribution.lognormal(p.get(0), p.get(1)));
  }

  static void assertMessage(String expected, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(expected, e.getMessage());
  }
}
