package io.xinlu.properties;

import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run's city totals are the sums of its sector values ({@link Run#total}'s Javadoc), for every per-sector
 * quantity and year, base year included: CO2 has a faster path for the ensembles, and it must give the same bits
 * as adding the sectors' values in their order, so that a table of sector values and its total row agree exactly.
 */
class RunTotalsPropertiesTest {
  @Test
  void every_total_is_the_sum_of_the_sector_values_in_sector_order_bit_for_bit() {
    qt().forAll(ModelGen.models(1, 30)).checkAssert(g -> {
      for (String scenario : List.of(ModelGen.BASELINE, ModelGen.POLICY)) {
        Run run = Engine.run(g.model(), scenario);
        for (Quantity q : Quantity.values()) {
          if (!q.isPerSector() || !run.has(q)) {
            continue;
          }
          boolean stock = q == Quantity.RESOURCE_STOCK || q == Quantity.EXTRACTION;
          double[] series = run.totalSeries(q);
          for (int t : run.years()) {
            double sum = 0;
            for (String id : stock ? run.resourceSectorIds() : run.sectorIds()) {
              sum += run.value(q, t, id);
            }
            assertEquals(sum, run.total(q, t), () -> scenario + ": total " + q + " in " + t);
            assertEquals(series[t - run.baseYear()], run.total(q, t), () -> scenario + ": series " + q);
          }
          if (!stock) {
            for (int t : run.years()) {
              double[] bySector = run.sectorValues(q, t);
              for (int i = 0; i < bySector.length; i++) {
                assertEquals(run.value(q, t, run.sectorIds().get(i)), bySector[i]);
              }
            }
            String first = run.sectorIds().get(0);
            double[] one = run.series(q, first);
            for (int t : run.years()) {
              assertEquals(run.value(q, t, first), one[t - run.baseYear()]);
            }
          }
        }
        assertArrayEquals(run.totalSeries(Quantity.INVESTMENT),
            java.util.stream.IntStream.of(run.years()).mapToDouble(t -> run.total(Quantity.INVESTMENT, t)).toArray());
      }
    });
  }
}
