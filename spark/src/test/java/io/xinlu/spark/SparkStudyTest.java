package io.xinlu.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.indicator.Indicators;
import io.xinlu.indicator.Target;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.ensemble.QuantileSketch;
import io.xinlu.uncertainty.ensemble.Summary;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spark in {@code local[2]} gives the single-machine ensemble's summaries bit for bit, on 1, 3 and 8 partitions and
 * more: counts, means, standard deviations, extremes, target probabilities and kept outcomes, and quantiles, which are
 * also checked against the exact quantiles within the sketch's documented relative error.
 */
class SparkStudyTest {
  /** The five uncertain parameters of the uncertainty study ({@link SyntheticCity#uncertainty}). */
  static ParameterSpace space() {
    return SyntheticCity.uncertainty(40, 20);
  }

  static final EnsembleSetup SETUP = b -> b
      .indicators(Indicators.co2(), Indicators.gdp(), Indicators.displacedWorkers())
      .years(2030, 2040, 2050)
      .targets(Target.atMost(Indicators.co2(), 1350, 2035), Target.peakBy(Indicators.co2(), 2030))
      .keep(Indicators.co2(), 2050);

  /** The synthetic city of the uncertainty study, 2,000 Latin-hypercube runs in 16 blocks of 128 (the last short). */
  static Study syntheticEnsemble() {
    return Study.builder()
        .city("synthetic", () -> SyntheticCity.model(40, 20, 2050), "all", space(),
            Designs.latinHypercube(5, 2000, 20261128L))
        .setup(SETUP)
        .blockSize(128)
        .build();
  }

  /** Every number of a result: statistics row by row, target counts and kept outcomes. */
  static List<Double> everything(EnsembleResult r) {
    List<Double> all = new ArrayList<>();
    r.rows().forEach(row -> all.add(row.value()));
    for (int t = 0; t < r.targets().size(); t++) {
      all.add((double) r.targetMet(t));
    }
    for (double x : r.outcomes("co2", 2050)) {
      all.add(x);
    }
    return all;
  }

  /** The statistics and target counts of a result (no kept outcome). */
  static List<Double> summaryNumbers(EnsembleResult r) {
    List<Double> all = new ArrayList<>();
    r.rows().forEach(row -> all.add(row.value()));
    for (int t = 0; t < r.targets().size(); t++) {
      all.add((double) r.targetMet(t));
    }
    return all;
  }

  static List<List<Double>> everything(StudyResult r) {
    return r.cells().stream().map(c -> everything(c.result())).toList();
  }

  @Test
  void the_synthetic_city_on_1_3_and_8_partitions_equals_the_single_machine_ensemble_bit_for_bit() {
    Study study = syntheticEnsemble();
    StudyResult local = study.runLocally(2);
    assertEquals(2000, local.runs());
    List<List<Double>> expected = everything(local);
    for (int partitions : new int[] {1, 3, 8}) {
      StudyResult spark = SparkStudy.run(LocalSpark.context(), study, partitions);
      // List.equals compares Double.equals: bit equality
      assertEquals(expected, everything(spark), partitions + " partitions");
    }
    // a different seed gives different numbers: the comparison can fail
    Study other = Study.builder()
        .city("synthetic", () -> SyntheticCity.model(40, 20, 2050), "all", space(),
            Designs.latinHypercube(5, 2000, 1))
        .setup(SETUP).blockSize(128).build();
    assertNotEquals(expected, everything(SparkStudy.run(LocalSpark.context(), other, 3)));
  }

  @Test
  void quantiles_lie_within_the_sketch_error_of_the_exact_quantiles() {
    EnsembleResult r = SparkStudy.run(LocalSpark.context(), syntheticEnsemble(), 3).cells().get(0).result();
    double[] co2 = r.outcomes("co2", 2050);
    Arrays.sort(co2);
    Summary s = r.summary("co2", 2050);
    assertEquals(QuantileSketch.DEFAULT_ALPHA, s.accuracy());
    for (double q : s.levels()) {
      double exact = co2[(int) Math.floor(q * (co2.length - 1))];
      assertEquals(exact, s.quantile(q), s.accuracy() * Math.abs(exact), "q" + q);
    }
    assertEquals(co2[0], s.min());
    assertEquals(co2[co2.length - 1], s.max());
    double mean = Arrays.stream(co2).sum() / co2.length;
    assertEquals(mean, s.mean(), 1e-12 * mean);
  }

  @Test
  void a_study_of_cities_with_levers_is_the_same_on_any_number_of_partitions() {
    ParameterSpace space = ParameterSpace.builder()
        .lever("strategy/all-projects/intensity", 0.0, 1.0)
        .lever("reemployment-rate", 0.3, 0.7)
        .parameter("macro-shock", Distribution.uniform(-0.005, 0.005))
        .parameter("sector/s1/growth", Distribution.triangular(-0.04, -0.02, 0.0))
        .build();
    Study study = Study.builder()
        .city("small", () -> SyntheticCity.model(6, 2, 2035), "all", space, Designs.latinHypercube(2, 70, 1))
        .city("medium", () -> SyntheticCity.model(12, 6, 2035), "all", space, Designs.monteCarlo(2, 45, 2))
        .city("plain", () -> SyntheticCity.model(8, 3, 2035), "baseline", List.of("macro-shock"),
            new double[][] {{0.001}, {-0.002}, {0.0}, {0.003}, {-0.001}})
        .setup(b -> b.indicators(Indicators.co2(), Indicators.employment()).years(2025, 2035)
            .keep(Indicators.co2(), 2035))
        .blockSize(16)
        .build();
    assertEquals(9, study.cellCount()); // 4 + 4 lever combinations + 1 plain ensemble
    assertEquals(4 * 70 + 4 * 45 + 5, study.runCount());
    StudyResult local = study.runLocally(2);
    List<List<Double>> expected = summaryAndOutcomes(local);
    // 1 partition, a few, and more partitions than blocks (33 blocks in all: 4 x 5, 4 x 3 and 1)
    for (int partitions : new int[] {1, 2, 3, 5, 8, 25, 40}) {
      StudyResult spark = SparkStudy.run(LocalSpark.context(), study, partitions);
      List<List<Double>> got = summaryAndOutcomes(spark);
      assertEquals(expected, got, partitions + " partitions");
    }
    StudyResult.Cell cell = local.cell("medium", 1.0, 0.3);
    assertEquals(List.of("strategy/all-projects/intensity", "reemployment-rate"), cell.leverNames());
    assertEquals(45, cell.result().runs());
    assertEquals(5, local.cell("plain").result().runs());
    assertTrue(local.cell("small", 0.0, 0.3).result().summary("co2", 2035).mean()
        != local.cell("small", 1.0, 0.3).result().summary("co2", 2035).mean());
  }

  /** Every cell's summary values, then its kept CO2 outcomes of 2035, cell by cell. */
  private static List<List<Double>> summaryAndOutcomes(StudyResult result) {
    return result.cells().stream().map(c -> {
      List<Double> all = new ArrayList<>();
      c.result().rows().forEach(row -> all.add(row.value()));
      for (double x : c.result().outcomes("co2", 2035)) {
        all.add(x);
      }
      return all;
    }).toList();
  }
}
