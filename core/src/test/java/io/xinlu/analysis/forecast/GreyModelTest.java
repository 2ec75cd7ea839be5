package io.xinlu.analysis.forecast;

import static io.xinlu.analysis.AnalysisRuns.assertMessage;
import static io.xinlu.analysis.AnalysisRuns.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.xinlu.analysis.AnalysisRuns;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GM(1,1): a published fit and forecast, the posterior variance test and its grades, runs, bad input, and the fit
 * of exact exponential series.
 */
class GreyModelTest {

  // ---- the published example -----------------------------------------------------------------------------

  /**
   * "Using a Novel Grey System Model to Forecast Natural Gas Consumption in China", Mathematical Problems in
   * Engineering 2015, Article ID 686501, Table 2 "Fitted values and MAPE of different models"
   * (https://www.hindawi.com/journals/mpe/2015/686501/tab2/, doi:10.1155/2015/686501), column GM(1,1): China's
   * natural gas consumption 1990-2004 (billion m3) as published, the GM(1,1) fitted values 1990-2004 and its
   * forecasts for 2005 and 2006, all to two decimals.
   */
  private static final double[] GAS_1990_2004 = {45.41, 47.56, 50.58, 51.85, 56.25, 58.63, 59.94, 75.43, 82.45,
      93.40, 100.67, 103.63, 111.71, 128.19, 151.04};
  private static final double[] GM11_FITTED_1990_2004 = {45.41, 42.18, 46.32, 50.85, 55.83, 61.30, 67.31, 73.90,
      81.14, 89.08, 97.81, 107.39, 117.91, 129.45, 142.13};
  private static final double[] GM11_FORECAST_2005_2006 = {156.06, 171.34};

  /**
   * The fitted values and forecasts of the table, to the paper's two decimals (0.01: the paper's 129.45 and 142.13
   * are 129.4559 and 142.1354 here, so it seems to truncate rather than round in places).
   */
  @Test
  void reproduces_the_gm11_column_of_the_natural_gas_table() {
    Gm11 m = Gm11.fit(GAS_1990_2004);
    assertArrayEquals(GM11_FITTED_1990_2004, m.fitted(), 0.01);
    assertArrayEquals(GM11_FORECAST_2005_2006, m.forecast(2), 0.01);
    assertTrue(m.developmentCoefficient() < 0, "a growing series has a < 0");
    assertEquals(GM11_FORECAST_2005_2006[0], m.value(16), 0.01);
    assertEquals(15, m.size());
  }

  /**
   * The paper gives no posterior variance test, so C and P are checked against their definitions applied to the
   * published fitted values: C = S2 / S1 with population standard deviations of the observations and of the
   * residuals, and P the share of residuals within 0.6745 S1 of their mean.
   */
  @Test
  void the_posterior_variance_test_of_the_natural_gas_fit_matches_its_definition() {
    Gm11 m = Gm11.fit(GAS_1990_2004);
    int n = GAS_1990_2004.length;
    double[] e = new double[n];
    for (int k = 0; k < n; k++) {
      e[k] = GAS_1990_2004[k] - GM11_FITTED_1990_2004[k];
    }
    double s1 = std(GAS_1990_2004);
    double s2 = std(e);
    assertEquals(s2 / s1, m.posteriorVarianceRatio(), 1e-3);
    int small = 0;
    for (double ek : e) {
      small += Math.abs(ek - mean(e)) < 0.6745 * s1 ? 1 : 0;
    }
    assertEquals((double) small / n, m.smallErrorProbability(), 0);
    assertEquals(1.0, m.smallErrorProbability(), 0);
    assertTrue(m.posteriorVarianceRatio() < 0.35);
    assertEquals(GreyAccuracy.GOOD, m.accuracy());
    double[] r = m.relativeErrors();
    double mre = 0;
    for (int k = 1; k < n; k++) {
      mre += r[k] / (n - 1);
    }
    assertEquals(mre, m.meanRelativeError(), 1e-15);
    assertArrayEquals(e, m.residuals(), 0.01);
  }

  // ---- grades --------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "C = {0}, P = {1}: {2}")
  @CsvSource({
      "0.35, 0.95, GOOD",
      "0.10, 1.00, GOOD",
      "0.36, 1.00, QUALIFIED",
      "0.30, 0.94, QUALIFIED",
      "0.50, 0.80, QUALIFIED",
      "0.51, 0.99, BARELY_QUALIFIED",
      "0.20, 0.75, BARELY_QUALIFIED",
      "0.65, 0.70, BARELY_QUALIFIED",
      "0.66, 1.00, UNQUALIFIED",
      "0.10, 0.69, UNQUALIFIED",
      "NaN, 1.00, UNQUALIFIED",
  })
  void grades_follow_the_posterior_variance_table(double c, double p, GreyAccuracy grade) {
    assertEquals(grade, GreyAccuracy.of(c, p));
  }

  // ---- runs ----------------------------------------------------------------------------------------------

  @Test
  void a_runs_series_is_fitted_and_forecast_by_calendar_year() {
    Run run = AnalysisRuns.twoSectors();
    Gm11 services = Gm11.fit(run, Quantity.VALUE_ADDED, "services", 2020, 2025);
    assertEquals(OptionalInt.of(2020), services.firstYear());
    assertEquals(-2 * 0.06 / 2.06, services.developmentCoefficient(), 1e-12);
    assertEquals(run.value(Quantity.VALUE_ADDED, 2030, "services"), services.valueInYear(2030),
        2e-3 * run.value(Quantity.VALUE_ADDED, 2030, "services"));
    assertEquals(services.value(11), services.valueInYear(2030), 0);
    Gm11 gdp = Gm11.fit(run, Quantity.VALUE_ADDED, 2020, 2030);
    double[] total = run.totalSeries(Quantity.VALUE_ADDED);
    assertEquals(Gm11.fit(total), Gm11.fit(total));
    assertArrayEquals(Gm11.fit(total).fitted(), gdp.fitted(), 0);
    assertMessage(() -> gdp.valueInYear(2019), "year 2019 is before the first fitted year 2020");
    assertMessage(() -> Gm11.fit(run, Quantity.VALUE_ADDED, 2020, 2022), "at least 4 years, but 2020..2022 has 3");
    assertMessage(() -> Gm11.fit(run, Quantity.VALUE_ADDED, 2019, 2025), "fromYear 2019 is outside run 'base'");
    assertMessage(() -> Gm11.fit(run, Quantity.VALUE_ADDED, "steel", 2020, 2025), "no sector 'steel'");
    assertMessage(() -> Gm11.fit(run, Quantity.INVESTMENT, 2020, 2025), "total investment in 2020 is 0.0");
  }

  // ---- bad input -----------------------------------------------------------------------------------------

  @Test
  void bad_series_are_rejected() {
    assertMessage(() -> Gm11.fit(1, 2, 3), "at least 4 observations, but the series has 3");
    assertMessage(() -> Gm11.fit(1, 2, 0, 4), "observation 3 of 4 is 0.0");
    assertMessage(() -> Gm11.fit(1, -2, 3, 4), "observation 2 of 4 is -2.0");
    assertMessage(() -> Gm11.fit(1, 2, 3, Double.NaN), "observation 4 of 4 is NaN");
    Gm11 m = Gm11.fit(1, 2, 3, 4);
    assertMessage(() -> m.forecast(-1), "steps is -1");
    assertMessage(() -> m.value(0), "point k = 0");
    assertThrows(IllegalStateException.class, () -> m.valueInYear(2030));
  }

  @Test
  void a_constant_series_is_fitted_exactly_with_a_zero_development_coefficient() {
    Gm11 m = Gm11.fit(5, 5, 5, 5, 5);
    assertEquals(0, m.developmentCoefficient(), 1e-15);
    assertEquals(5, m.greyInput(), 1e-12);
    assertArrayEquals(new double[] {5, 5, 5, 5, 5}, m.fitted(), 1e-12);
    assertArrayEquals(new double[] {5, 5}, m.forecast(2), 1e-12);
    assertTrue(Double.isNaN(m.posteriorVarianceRatio()), "S1 = 0: C is undefined");
  }

  // ---- properties ----------------------------------------------------------------------------------------

  /**
   * For any geometric series {@code c q^(k-1)}, {@code q} in [0.9, 1.1], {@code n} in 4..12: the least-squares fit
   * is exact with {@code a = -2 (q - 1)/(q + 1)} and {@code b = 2 c/(q + 1)}; the fitted values, three forecasts
   * and accumulated values reproduce the series within 0.2 % (the model's known bias: it grows by {@code e^-a}, not
   * {@code q}, per step); and the test grades it good.
   */
  @Test
  void an_exact_exponential_series_is_reproduced() {
    qt().forAll(doubles().between(1, 1e4), doubles().between(0.9, 1.1), integers().between(4, 12))
        .checkAssert((c, q, n) -> {
          double[] x = new double[n];
          for (int k = 0; k < n; k++) {
            x[k] = c * Math.pow(q, k);
          }
          Gm11 m = Gm11.fit(x);
          assertEquals(-2 * (q - 1) / (q + 1), m.developmentCoefficient(), 1e-9);
          assertEquals(2 * c / (q + 1), m.greyInput(), 1e-9 * c);
          double cumulative = 0;
          for (int k = 1; k <= n + 3; k++) {
            double exact = c * Math.pow(q, k - 1);
            assertEquals(exact, m.value(k), 2e-3 * exact, "point " + k);
            cumulative += m.value(k);
            assertEquals(cumulative, m.accumulatedValue(k), 1e-9 * cumulative, "accumulated " + k);
          }
          assertTrue(m.posteriorVarianceRatio() < 0.35 || Math.abs(q - 1) < 1e-3,
              "C = " + m.posteriorVarianceRatio());
        });
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  private static double std(double[] v) {
    double m = mean(v);
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return Math.sqrt(s / v.length);
  }
}
