package io.xinlu.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.indicator.Indicators;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sensitivity.SaltelliDesign;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad studies fail before a job starts, and a failing run on an executor names itself; each message says what. */
class BadInputTest {
  private static final CitySource CITY = () -> SyntheticCity.model(6, 2, 2030);
  private static final List<String> SHOCK = List.of("macro-shock");
  private static final EnsembleSetup CO2 = b -> b.indicators(Indicators.co2());

  private static Study plain(double[][] values) {
    return Study.builder().city("town", CITY, "all", SHOCK, values).setup(CO2).build();
  }

  @Test
  void partitions_below_one_are_refused() {
    Study study = plain(new double[][] {{0.0}, {0.001}});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SparkStudy.run(LocalSpark.context(), study, 0));
    assertEquals("the number of partitions must be at least 1, got 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> study.runLocally(0));
  }

  @Test
  void every_problem_of_a_study_is_listed_at_once() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Study.builder()
        .city("town", CITY, "all", SHOCK, new double[0][])
        .city("town", CITY, "all", SHOCK, new double[][] {{0.0, 1.0}})
        .blockSize(0)
        .build());
    assertEquals("""
        5 problems in study:
          - a study needs a setup: call setup(b -> b.indicators(...))
          - the block size must be at least 1, got 0
          - city 'town': the uncertainty design is empty (no run)
          - city 'town' appears twice""", e.getMessage().lines().limit(5).reduce((a, b) -> a + "\n" + b).get());
    assertTrue(e.getMessage().contains("city 'town': design row 0 has 2 values for 1 parameters [macro-shock]"),
        e.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> Study.builder().setup(CO2).build());
    assertTrue(none.getMessage().contains("a study needs at least one city"), none.getMessage());
  }

  @Test
  void paths_scenarios_years_and_lever_settings_that_do_not_fit_a_city_are_found_on_the_driver() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Study.builder()
        .city("a", CITY, "all", List.of("sector/coal/growth"), new double[][] {{0.01}})
        .city("b", CITY, "green", SHOCK, new double[][] {{0.0}})
        .city("c", () -> SyntheticCity.model(6, 2, 2030), "all", ParameterSpace.builder()
            .lever("strategy/all-projects/intensity", 0.5, 1.5)
            .parameter("macro-shock", Distribution.uniform(-0.01, 0.01)).build(), Designs.monteCarlo(1, 4, 1))
        .setup(b -> b.indicators(Indicators.co2()).years(2040))
        .build());
    String m = e.getMessage();
    assertTrue(m.startsWith("3 problems in study:"), m);
    assertTrue(m.contains("city 'a': parameter 'sector/coal/growth': unknown sector 'coal'"), m);
    assertTrue(m.contains("city 'b': ") && m.contains("green"), m);
    assertTrue(m.contains("city 'c': year 2040 is outside scenario 'all' (2020..2030)"), m);
    IllegalArgumentException lever = assertThrows(IllegalArgumentException.class, () -> Study.builder()
        .city("c", CITY, "all", ParameterSpace.builder()
            .lever("strategy/all-projects/intensity", 0.5, 1.5)
            .parameter("macro-shock", Distribution.uniform(-0.01, 0.01)).build(), Designs.monteCarlo(1, 4, 1))
        .setup(CO2).build());
    assertTrue(lever.getMessage().contains("strategy/all-projects/intensity: must lie in [0, 1], was 1.5"),
        lever.getMessage());
  }

  @Test
  void a_run_that_fails_on_an_executor_names_its_index_and_parameters() {
    Study study = Study.builder()
        .city("town", CITY, "all", List.of("strategy/all-projects/intensity"),
            new double[][] {{0.1}, {0.2}, {0.3}, {1.7}, {0.5}})
        .setup(CO2).blockSize(2).build();
    StudyException e = assertThrows(StudyException.class, () -> SparkStudy.run(LocalSpark.context(), study, 2));
    assertTrue(e.getMessage().startsWith("the Spark job failed: "), e.getMessage());
    assertTrue(e.getMessage().contains("run 3 of the ensemble failed with parameters "
        + "{strategy/all-projects/intensity=1.7}"), e.getMessage());
  }

  @Test
  void a_sobol_study_checks_its_design_indicator_and_years() {
    ParameterSpace space = ParameterSpace.builder()
        .parameter("macro-shock", Distribution.uniform(-0.01, 0.01))
        .parameter("reemployment-rate", Distribution.uniform(0.2, 0.8)).build();
    SaltelliDesign design = SaltelliDesign.random(space.parameterNames(), 8, 1);
    SaltelliDesign other = SaltelliDesign.random(List.of("x1", "x2"), 8, 1);
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SobolStudy.builder(CITY, "all", space, other).indicator(Indicators::co2).years(2030).build())
        .getMessage().contains("the Saltelli design's factors [x1, x2] are not the space's parameters"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SobolStudy.builder(CITY, "all", space, design).years(2030).build())
        .getMessage().contains("needs an indicator"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SobolStudy.builder(CITY, "all", space, design).indicator(Indicators::co2).build())
        .getMessage().contains("needs at least one year"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SobolStudy.builder(CITY, "all", space, design).indicator(Indicators::co2).years(2031).build())
        .getMessage().contains("year 2031 is outside scenario 'all' (2020..2030)"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SobolStudy.builder(CITY, "all", space, design).indicator(Indicators::co2).years(2030).blockRows(0)
            .build()).getMessage().contains("at least 1 base row, got 0"));
    SobolStudy ok = SobolStudy.builder(CITY, "all", space, design).indicator(Indicators::co2).years(2030).build();
    assertEquals("the number of partitions must be at least 1, got -1", assertThrows(IllegalArgumentException.class,
        () -> SparkStudy.run(LocalSpark.context(), ok, -1)).getMessage());
  }
}
