package io.xinlu.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.spark.examples.SyntheticStudy;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The example's study of 50 synthetic cities with a lever grid, small, in {@code local[2]}. */
class ManyCitiesTest {
  @Test
  void fifty_cities_with_a_lever_grid_run_on_spark_and_equal_the_single_machine_study() {
    Study study = SyntheticStudy.study(50, 32, 16);
    assertEquals(50, study.cities().size());
    assertEquals(50 * 6, study.cellCount());
    assertEquals(50 * 6 * 32, study.runCount());
    StudyResult spark = SparkStudy.run(LocalSpark.context(), study, 8);
    assertEquals(study.runCount(), spark.runs());
    Set<List<Double>> means = new HashSet<>();
    for (StudyResult.Cell cell : spark.cells()) {
      EnsembleResult r = cell.result();
      assertEquals(32, r.runs());
      assertEquals(32, r.summary("co2", SyntheticStudy.END_YEAR).count());
      means.add(List.of(r.summary("co2", SyntheticStudy.END_YEAR).mean(),
          r.summary("displaced-workers", SyntheticStudy.END_YEAR).mean()));
    }
    // the intensity moves CO2, the re-employment rate the displaced workers: every cell has its own pair of means
    assertEquals(300, means.size());
    StudyResult local = study.runLocally(2);
    for (int c = 0; c < local.cells().size(); c++) {
      assertEquals(SparkStudyTest.summaryNumbers(local.cells().get(c).result()),
          SparkStudyTest.summaryNumbers(spark.cells().get(c).result()), "cell " + c);
    }
    assertTrue(spark.cell(SyntheticStudy.cityId(0), 1.0, 0.7).result().targetProbability(0) >= 0);
  }
}
