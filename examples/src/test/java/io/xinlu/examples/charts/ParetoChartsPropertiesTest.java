package io.xinlu.examples.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import io.xinlu.examples.charts.ParetoCharts.Axis;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of {@link ParetoCharts#normalised}: over any values, where the parallel coordinates draw them. */
class ParetoChartsPropertiesTest {
  @Test
  void positions_lie_in_the_unit_interval_with_the_better_end_on_top() {
    // any values on a minimised and a maximised axis: the best row is at 1, the worst at 0, and order is kept
    qt().forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(1, 30))
        .checkAssert(values -> {
          List<double[]> rows = values.stream().map(v -> new double[] {v, v}).collect(Collectors.toList());
          double[][] p = ParetoCharts.normalised(
              List.of(Axis.minimised("min", "1"), Axis.maximised("max", "1")), rows);
          double lo = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
          double hi = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
          for (int i = 0; i < rows.size(); i++) {
            double v = values.get(i);
            assertTrue(p[i][0] >= 0 && p[i][0] <= 1 && p[i][1] >= 0 && p[i][1] <= 1, values.toString());
            if (lo == hi) {
              assertEquals(0.5, p[i][0]);
              assertEquals(0.5, p[i][1]);
            } else {
              assertEquals(v == lo ? 1.0 : v == hi ? 0.0 : p[i][0], p[i][0]);
              assertEquals(v == hi ? 1.0 : v == lo ? 0.0 : p[i][1], p[i][1]);
              // the same value on a minimised and a maximised axis mirrors
              assertEquals(1.0, p[i][0] + p[i][1], 1e-9);
            }
            for (int k = 0; k < rows.size(); k++) {
              if (values.get(k) < v) {
                assertTrue(p[k][0] >= p[i][0] && p[k][1] <= p[i][1], values.toString());
              }
            }
          }
        });
  }

}
