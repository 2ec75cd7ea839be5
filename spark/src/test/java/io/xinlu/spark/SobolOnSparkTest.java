package io.xinlu.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Parameterization;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.uncertainty.ensemble.Ensemble;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sensitivity.SaltelliDesign;
import io.xinlu.uncertainty.sensitivity.SobolAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Sobol' indices from merged estimator sums on Spark: the same bits on 1, 3 and 8 partitions, and core's
 * {@link SobolAnalysis} of the same design to within 1e-12.
 */
class SobolOnSparkTest {
  private static final CitySource CITY = () -> SyntheticCity.model(10, 5, 2040);

  private static ParameterSpace space() {
    return ParameterSpace.builder()
        .parameter("sector/s0/growth", Distribution.triangular(0.0, 0.02, 0.04))
        .parameter("macro-shock", Distribution.uniform(-0.005, 0.005))
        .parameter("strategy/all-projects/intensity", Distribution.uniform(0.0, 1.0))
        .build();
  }

  @Test
  void indices_are_the_same_on_any_partitioning_and_agree_with_core_sobol_analysis() {
    ParameterSpace space = space();
    SaltelliDesign design = SaltelliDesign.random(space.parameterNames(), 250, 7);
    SobolStudy study = SobolStudy.builder(CITY, "all", space, design).indicator(Indicators::co2)
        .years(2030, 2040).blockRows(16).build();
    assertEquals(250 * 5, study.runCount());
    SobolStudy.Result local = study.runLocally();
    assertEquals(250, local.baseRows());
    for (int partitions : new int[] {1, 3, 8}) {
      SobolStudy.Result spark = SparkStudy.run(LocalSpark.context(), study, partitions);
      for (int year : new int[] {2030, 2040}) {
        assertArrayEquals(local.firstOrder(year), spark.firstOrder(year), 0.0, partitions + " partitions");
        assertArrayEquals(local.total(year), spark.total(year), 0.0, partitions + " partitions");
        assertEquals(local.variance(year), spark.variance(year), 0.0);
        assertEquals(local.mean(year), spark.mean(year), 0.0);
      }
    }

    Parameterization p = Parameterization.of(CITY.build(), "all", space.parameterNames());
    EnsembleResult runs = Ensemble.builder(p).design(design, space).keep(Indicators.co2(), 2030, 2040).build().run();
    for (int year : new int[] {2030, 2040}) {
      SobolAnalysis core = SobolAnalysis.of(design, runs.outcomes("co2", year));
      assertTrue(core.isDefined());
      assertArrayEquals(core.firstOrder(), local.firstOrder(year), 1e-12, "first order " + year);
      assertArrayEquals(core.total(), local.total(year), 1e-12, "total " + year);
      assertEquals(core.mean(), local.mean(year), 1e-12 * core.mean());
      assertEquals(core.variance(), local.variance(year), 1e-12 * core.variance());
    }
    // the strategy's intensity matters for CO2 in 2040: the indices are not trivially equal
    assertTrue(local.total(2040)[2] > 0.01, () -> "total index of the intensity: " + local.total(2040)[2]);
  }
}
