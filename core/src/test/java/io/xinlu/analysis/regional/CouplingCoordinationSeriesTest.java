package io.xinlu.analysis.regional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Coupling coordination over a series of years in one call, against the published table that
 * {@link CouplingCoordinationTest} reproduces year by year: "Urban-Rural Logistics Coupling Coordinated Development
 * and Urban-Rural Integrated Development: Measurement, Influencing Factors, and Countermeasures", Mathematical
 * Problems in Engineering 2022, Article ID 2969206, Table 4 (doi:10.1155/2022/2969206): the indices Uu and Ur of
 * 2011-2020 and the published C, T and D to three decimals, computed from unrounded indices, so matched to within
 * 0.001.
 */
class CouplingCoordinationSeriesTest {
  static final int[] YEARS = {2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020};
  static final double[][] INDICES = {
      {0.101, 0.280}, {0.165, 0.406}, {0.187, 0.427}, {0.238, 0.511}, {0.424, 0.421},
      {0.538, 0.407}, {0.591, 0.466}, {0.694, 0.581}, {0.892, 0.662}, {0.879, 0.637}};
  /** Table 4's C, T and D per year. */
  static final double[][] PUBLISHED = {
      {0.882, 0.190, 0.410}, {0.906, 0.286, 0.509}, {0.920, 0.307, 0.532}, {0.931, 0.374, 0.590},
      {1.000, 0.422, 0.650}, {0.990, 0.473, 0.684}, {0.993, 0.528, 0.724}, {0.996, 0.638, 0.797},
      {0.989, 0.777, 0.877}, {0.987, 0.758, 0.865}};

  @Test
  void the_whole_table_in_one_call() {
    ImmutableSortedMap<Integer, CouplingCoordination> byYear = CouplingCoordination.series(YEARS, INDICES);
    assertEquals(List.of(2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020), byYear.keySet().asList());
    for (int t = 0; t < YEARS.length; t++) {
      CouplingCoordination cc = byYear.get(YEARS[t]);
      assertEquals(PUBLISHED[t][0], cc.coupling(), 1e-3, YEARS[t] + " C");
      assertEquals(PUBLISHED[t][1], cc.development(), 1e-3, YEARS[t] + " T");
      assertEquals(PUBLISHED[t][2], cc.coordination(), 1e-3, YEARS[t] + " D");
      assertEquals(CouplingCoordination.of(INDICES[t]), cc, "the same as one year at a time");
    }
    assertEquals(byYear, CouplingCoordination.series(YEARS, INDICES, new double[] {0.5, 0.5}));
    assertEquals(byYear.get(2015), CouplingCoordination.series(Map.of(2015, INDICES[4])).get(2015));
  }

  @Test
  void years_in_any_order_come_back_sorted() {
    ImmutableSortedMap<Integer, CouplingCoordination> s = CouplingCoordination.series(new int[] {2020, 2011},
        new double[][] {INDICES[9], INDICES[0]});
    assertEquals(List.of(2011, 2020), s.keySet().asList());
    assertEquals(CouplingCoordination.of(INDICES[0]), s.get(2011));
  }

  @Test
  void bad_input_names_the_year() {
    IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
        () -> CouplingCoordination.series(new int[] {2011, 2012}, new double[][] {{0.1, 0.2}, {0.3, 1.2}}));
    assertTrue(outside.getMessage().startsWith("year 2012: index U[1] = 1.2 is outside [0, 1]"),
        outside.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> CouplingCoordination.series(new int[] {2011, 2011}, new double[][] {{0.1, 0.2}, {0.3, 0.2}}));
    assertTrue(twice.getMessage().contains("year 2011 appears twice"), twice.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CouplingCoordination.series(new int[] {2011}, new double[][] {{0.1, 0.2}, {0.3, 0.2}}));
    assertThrows(IllegalArgumentException.class, () -> CouplingCoordination.series(new int[0], new double[0][]));
    IllegalArgumentException weights = assertThrows(IllegalArgumentException.class,
        () -> CouplingCoordination.series(YEARS, INDICES, new double[] {0.5, 0.6}));
    assertTrue(weights.getMessage().startsWith("year 2011: the weights"), weights.getMessage());
  }
}
