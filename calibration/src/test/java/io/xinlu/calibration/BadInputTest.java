package io.xinlu.calibration;

import static io.xinlu.calibration.SyntheticObservations.MODEL;
import static io.xinlu.calibration.SyntheticObservations.SCENARIO;
import static io.xinlu.calibration.SyntheticObservations.TRUTH;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.history.ObservedSeries;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every kind of bad input is an IllegalArgumentException that names the parameter path or series concerned. */
class BadInputTest {
  private static final List<ObservedSeries> OBSERVED = SyntheticObservations.observe(TRUTH, 0.01, 1);
  private static final ObservedSeries GDP = OBSERVED.get(0);

  private static Calibration.Builder valid() {
    return Calibration.builder(MODEL, SCENARIO).observeAll(OBSERVED).parameter("sector/s0/growth", -0.05, 0.1);
  }

  private static void refused(Executable e, String... fragments) {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
    for (String f : fragments) {
      assertTrue(x.getMessage().contains(f), () -> "'" + f + "' is not in: " + x.getMessage());
    }
  }

  private static void refused(Supplier<?> s, String... fragments) {
    refused(() -> {
      s.get();
    }, fragments);
  }

  @Test
  void theValidBaseCaseBuilds() {
    valid().build();
  }

  @Test
  void anObservationOfAnUnknownIndicator() {
    ObservedSeries mars = ObservedSeries.of("gdp-of-mars", "billion CNY", new int[] {2021, 2022},
        new double[] {1, 2}, "nowhere");
    refused(() -> valid().observe(mars).build(), "observed series 'gdp-of-mars'", "unknown indicator 'gdp-of-mars'",
        "known indicators: ", "gdp");
  }

  @Test
  void anObservationOutsideTheRun() {
    ObservedSeries early = ObservedSeries.of("energy", OBSERVED.get(1).unit(), new int[] {2015, 2021},
        new double[] {1, 2}, "a yearbook");
    refused(() -> Calibration.builder(MODEL, SCENARIO).observe(early).parameter("sector/s0/growth", -0.05, 0.1)
        .build(), "observed series 'energy'", "year 2015", "outside the run", "2020..2035");
    ObservedSeries late = ObservedSeries.of("gdp", GDP.unit(), new int[] {2036}, new double[] {1}, "the future");
    refused(() -> Calibration.builder(MODEL, SCENARIO).observe(late).observe(OBSERVED.get(1))
        .parameter("sector/s0/growth", -0.05, 0.1).build(), "observed series 'gdp'", "year 2036", "outside the run");
  }

  @Test
  void anObservationInAnotherUnitOrTwiceOfOneIndicator() {
    ObservedSeries yuan = ObservedSeries.of("energy", "yuan", new int[] {2021}, new double[] {1}, "a report");
    refused(() -> Calibration.builder(MODEL, SCENARIO).observe(GDP).observe(yuan)
        .parameter("sector/s0/growth", -0.05, 0.1).build(), "observed series 'energy'", "unit 'yuan'");
    refused(() -> valid().observe(GDP).build(), "observed series 'gdp'", "observed by two series");
  }

  @Test
  void emptyInvertedOrInfiniteBounds() {
    refused(() -> CalibrationParameter.of("sector/s0/growth", 0.03, 0.03), "'sector/s0/growth'", "[0.03, 0.03]",
        "empty");
    refused(() -> valid().parameter("sector/s2/growth", 0.1, -0.05), "'sector/s2/growth'", "[0.1, -0.05]",
        "inverted");
    refused(() -> CalibrationParameter.of("sector/s0/growth", Double.NaN, 0.1), "'sector/s0/growth'", "finite");
    refused(() -> CalibrationParameter.of("sector/s0/growth", 0, Double.POSITIVE_INFINITY), "'sector/s0/growth'",
        "finite");
  }

  @Test
  void aBoundTheModelDoesNotAccept() {
    refused(() -> valid().parameter("sector/s0/intensity-decline", 0.0, 1.5).build(),
        "parameter 'sector/s0/intensity-decline'", "upper bound 1.5", "not a value the model accepts",
        "must be below 1");
  }

  @Test
  void aParameterTheModelLacks() {
    refused(() -> valid().parameter("sector/nope/growth", -0.05, 0.1).build(), "'sector/nope/growth'",
        "unknown sector 'nope'", "s0, s1, s2, s3, s4");
    refused(() -> valid().parameter("project/p9/delay", 0, 3).build(), "'project/p9/delay'", "unknown project 'p9'",
        "p0");
    refused(() -> valid().parameter("sector/s0/growht", 0, 1), "'sector/s0/growht'", "sector/<id>/growth");
    refused(() -> valid().parameter("sector/s0/growth", -0.01, 0.01).build(), "'sector/s0/growth'", "twice");
  }

  @Test
  void anUnknownScenario() {
    refused(() -> Calibration.builder(MODEL, "green").observeAll(OBSERVED).parameter("sector/s0/growth", -0.05, 0.1)
        .build(), "scenario 'green'", "baseline");
  }

  @Test
  void aStartValueOutsideItsBounds() {
    refused(() -> valid().parameter("sector/s2/growth", -0.05, 0.1, 0.2), "'sector/s2/growth'", "start value 0.2",
        "[-0.05, 0.1]");
    refused(() -> valid().parameter("sector/s2/growth", -0.05, 0.1, -0.05), "'sector/s2/growth'",
        "start value -0.05", "strictly between");
    refused(() -> valid().parameter("sector/s2/growth", -0.05, 0.1, Double.NaN), "'sector/s2/growth'",
        "start value NaN");
  }

  @Test
  void noParametersNoObservationsOrTooFew() {
    refused(() -> Calibration.builder(MODEL, SCENARIO).observeAll(OBSERVED).build(), "scenario 'all'",
        "no parameters");
    refused(() -> Calibration.builder(MODEL, SCENARIO).parameter("sector/s0/growth", -0.05, 0.1).build(),
        "scenario 'all'", "no observed series");
    ObservedSeries two = ObservedSeries.of("gdp", GDP.unit(), new int[] {2021, 2022}, new double[] {100, 105},
        "a communique");
    refused(() -> Calibration.builder(MODEL, SCENARIO).observe(two).parameter("sector/s0/growth", -0.05, 0.1)
        .parameter("sector/s2/growth", -0.05, 0.1).parameter("sector/s3/growth", -0.05, 0.1).build(),
        "2 observations for 3 parameters", "sector/s3/growth");
    refused(() -> Calibration.builder(MODEL, SCENARIO).observe(two).parameter("sector/s0/growth", -0.05, 0.1)
        .parameter("sector/s2/growth", -0.05, 0.1).build(), "2 observations for 2 parameters");
  }

  @Test
  void aSeriesOfZerosWithoutAWeightOrABadWeight() {
    ObservedSeries zeros = ObservedSeries.of("jobs-lost", "thousand persons", new int[] {2021, 2022},
        new double[] {0, 0}, "a report");
    refused(() -> valid().observe(zeros).build(), "observed series 'jobs-lost'", "all 0", "weight");
    valid().observe(zeros, 1.0).build();
    refused(() -> valid().observe(zeros, 0.0), "observed series 'jobs-lost'", "weight 0.0");
    refused(() -> valid().observe(zeros, Double.NaN), "observed series 'jobs-lost'", "weight NaN");
  }

  @Test
  void limitsBelowOne() {
    refused(() -> valid().maxIterations(0), "maxIterations", "0");
    refused(() -> valid().maxEvaluations(-1), "maxEvaluations", "-1");
  }
}
