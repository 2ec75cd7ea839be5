package io.xinlu.calibration;

import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.history.ObservedSeries;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.SyntheticCity;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The recovery problem of the calibration tests: observations made from runs of the synthetic reference city
 * {@code synthetic(5, 3, 2035)}, scenario {@code all}, with known parameter values, plus Gaussian noise.
 *
 * <p>The three parameters are two sectors' trend growth and one sector's energy-intensity decline; the observed
 * series are GDP, energy use, employment and the share of sector {@code s0} in GDP in the ten years 2021-2030. The
 * noise of a series has the standard deviation {@code relativeNoise} times the mean absolute value of its noise-free
 * values, so that with the default weights (1 / the series' mean) every weighted residual has nearly the same
 * variance, as the intervals assume.
 */
final class SyntheticObservations {
  static final CityModel MODEL = SyntheticCity.model(5, 3, 2035);
  static final String SCENARIO = "all";
  static final List<String> PATHS = List.of("sector/s0/growth", "sector/s2/growth", "sector/s0/intensity-decline");
  /** The values that make the observations; the model's own are 0.02, 0.04 and 0.02. */
  static final double[] TRUTH = {0.035, 0.025, 0.035};
  static final double[] LOWER = {-0.05, -0.05, 0.0};
  static final double[] UPPER = {0.10, 0.10, 0.10};
  static final List<String> INDICATORS = List.of("gdp", "energy", "employment", "share:sector:s0");
  static final int FIRST_YEAR = 2021;
  static final int LAST_YEAR = 2030;

  private SyntheticObservations() {}

  /** The series the scenario gives at the values, with Gaussian noise of {@code relativeNoise} of each mean. */
  static List<ObservedSeries> observe(double[] values, double relativeNoise, long seed) {
    return observe(MODEL, PATHS, values, relativeNoise, seed);
  }

  /** The series a scenario of a model gives with the paths at the values, with noise as above. */
  static List<ObservedSeries> observe(CityModel model, List<String> paths, double[] values, double relativeNoise,
      long seed) {
    Run run = Parameterization.of(model, SCENARIO, paths).run(values);
    SplittableRandom random = new SplittableRandom(seed);
    List<ObservedSeries> out = new ArrayList<>();
    for (String id : INDICATORS) {
      Indicator indicator = IndicatorCatalogue.standard().get(id);
      int count = LAST_YEAR - FIRST_YEAR + 1;
      int[] years = new int[count];
      double[] clean = new double[count];
      double meanAbs = 0;
      for (int i = 0; i < count; i++) {
        years[i] = FIRST_YEAR + i;
        clean[i] = indicator.value(run, years[i]);
        meanAbs += Math.abs(clean[i]) / count;
      }
      double[] noisy = new double[count];
      for (int i = 0; i < count; i++) {
        noisy[i] = clean[i] + relativeNoise * meanAbs * gaussian(random);
      }
      out.add(ObservedSeries.of(id, indicator.unit(), years, noisy, "synthetic(5, 3, 2035), seed " + seed));
    }
    return out;
  }

  /** The calibration of the three parameters to the series, started from the model's own values. */
  static Calibration.Builder calibration(List<ObservedSeries> observed) {
    Calibration.Builder b = Calibration.builder(MODEL, SCENARIO).observeAll(observed);
    for (int k = 0; k < PATHS.size(); k++) {
      b.parameter(PATHS.get(k), LOWER[k], UPPER[k]);
    }
    return b;
  }

  /** A standard normal draw (Box-Muller), from the generator alone so that a seed fixes the noise everywhere. */
  static double gaussian(SplittableRandom random) {
    double u1 = random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log1p(-u1)) * Math.cos(2 * Math.PI * u2);
  }
}
