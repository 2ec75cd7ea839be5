package io.xinlu.uncertainty.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Ensemble.Builder#sobol}: each run's Sobol point worked out when the run starts gives the results of the
 * same points held as a design ({@link Designs#sobol(int, int, long)} through the space), bit for bit, whatever the
 * skip, the size (a last block that is not full) and the threads.
 */
class StreamedSobolTest {
  /** The five parameters of {@link EnsembleTest}'s paths, with distributions of several kinds. */
  private static ParameterSpace space() {
    return ParameterSpace.builder()
        .parameter("sector/coal/growth", Distribution.triangular(-0.03, 0.0, 0.02))
        .parameter("project/mine-closure/delay", Distribution.uniform(0, 3))
        .parameter("strategy/green/intensity", Distribution.pert(0, 0.7, 1))
        .parameter("macro-shock", Distribution.truncatedNormal(0, 0.005, -0.01, 0.01))
        .parameter("reemployment-rate", Distribution.choice(0.3, 0.5, 0.7))
        .build();
  }

  private static Ensemble.Builder builder() {
    return Ensemble.builder(EnsembleTest.P).indicators(io.xinlu.indicator.Indicators.co2(),
            io.xinlu.indicator.Indicators.gdp(), io.xinlu.indicator.Indicators.displacedWorkers())
        .years(2025, 2030, 2040)
        .targets(io.xinlu.indicator.Target.peakBy(io.xinlu.indicator.Indicators.co2(), 2030))
        .keep(io.xinlu.indicator.Indicators.co2(), 2040)
        .blockSize(16);
  }

  private static List<Double> everything(EnsembleResult r) {
    List<Double> all = new java.util.ArrayList<>();
    for (EnsembleResult.Row row : r.rows()) {
      all.add(row.value());
    }
    all.add(r.targetProbability(0));
    for (double x : r.outcomes("co2", 2040)) {
      all.add(x);
    }
    return all;
  }

  @Test
  void streamed_points_give_the_results_of_the_held_design_bit_for_bit() {
    ParameterSpace space = space();
    long[][] cases = {{1, 300}, {1024, 250}, {3, 17}, {(1L << 40) + 5, 100}};
    for (long[] c : cases) {
      long skip = c[0];
      int n = (int) c[1];
      List<Double> held = everything(builder().design(Designs.sobol(5, n, skip), space).threads(1).build().run());
      List<Double> streamed = everything(builder().sobol(space, n, skip).threads(2).build().run());
      // List.equals compares Double.equals: bit equality
      assertEquals(held, streamed, "skip " + skip + ", n " + n);
      assertEquals(n, builder().sobol(space, n, skip).build().size());
    }
  }

  /**
   * Block arithmetic near the largest {@code int}: a streamed design of {@code Integer.MAX_VALUE} runs has
   * {@code ceil((2^31 - 1) / 256)} blocks, and its last block holds the last 255 runs; a block size of
   * {@code Integer.MAX_VALUE} makes one block of every run. Both once overflowed (the block count came out negative
   * or 0, and an ensemble of 10 runs then summarised none of them).
   */
  @Test
  void block_counts_and_bounds_do_not_overflow() {
    Ensemble huge = builder().sobol(space(), Integer.MAX_VALUE, 1).blockSize(256).build();
    assertEquals(Integer.MAX_VALUE, huge.size());
    assertEquals(8_388_608, huge.blockCount());
    EnsemblePart last = huge.runBlock(huge.blockCount() - 1);
    assertEquals(255, last.runs());
    EnsembleResult one = builder().sobol(space(), 10, 1).blockSize(Integer.MAX_VALUE).threads(1).build().run();
    assertEquals(10, one.runs());
    assertEquals(10, one.summary("co2", 2030).count());
    assertEquals(10, one.outcomes("co2", 2040).length);
  }

  @Test
  void bad_sizes_and_spaces_are_rejected_as_the_held_design_rejects_them() {
    ParameterSpace space = space();
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> builder().sobol(space, 0, 1));
    assertTrue(zero.getMessage().contains("at least 1"), zero.getMessage());
    IllegalArgumentException corner = assertThrows(IllegalArgumentException.class,
        () -> builder().sobol(space, 10, 0));
    assertTrue(corner.getMessage().contains("skip must be at least 1"), corner.getMessage());
    IllegalArgumentException end = assertThrows(IllegalArgumentException.class,
        () -> builder().sobol(space, 10, (1L << 52) - 5));
    assertTrue(end.getMessage().contains("exceeds the last point of the sequence"), end.getMessage());
    ParameterSpace other = ParameterSpace.builder().parameter("macro-shock", Distribution.uniform(0, 1)).build();
    IllegalArgumentException names = assertThrows(IllegalArgumentException.class, () -> builder().sobol(other, 10, 1));
    assertTrue(names.getMessage().contains("are not the parameterisation's"), names.getMessage());
  }
}
