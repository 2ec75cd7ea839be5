package io.xinlu.benchmarks;

import io.xinlu.engine.Parameterization;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.uncertainty.ensemble.Ensemble;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.ensemble.Summary;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The load check: one ensemble of many runs (10 million unless told) of {@code synthetic(40, 20, 2050)}, scenario
 * {@code all}, over the five uncertain parameters of {@code SyntheticCity.uncertainty(40, 20)} on a Sobol design,
 * summarising CO2 in every year 2020 to 2050, with the heap measured after a full collection
 * ({@code System.gc()}, then {@link MemoryMXBean#getHeapMemoryUsage()}) before the ensemble and after every tenth of
 * its runs. Meant to run with {@code -Xmx256m}; prints one line per sample and the time taken.
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/xinlu-benchmarks.jar io.xinlu.benchmarks.EnsembleLoad [runs] [threads] [design]
 * </pre>
 *
 * <p>{@code design} is {@code streamed} (the default: {@link Ensemble.Builder#sobol}, each run's point worked out
 * when it starts) or {@code held} (the same points as a {@link io.xinlu.uncertainty.sampling.Design} held in memory, through
 * {@link Ensemble.Builder#design(io.xinlu.uncertainty.sampling.Design, ParameterSpace)}).
 */
public final class EnsembleLoad {
  private EnsembleLoad() {}

  /** A heap sample: runs done, seconds since the ensemble started, heap used after a full collection (bytes). */
  private record Sample(long runs, double seconds, long heap) {}

  /** Runs the check; arguments: runs (10,000,000), threads (2), design ({@code streamed} or {@code held}). */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 10_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    boolean held = args.length > 2 && args[2].equals("held");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.out.printf(Locale.ROOT, "max heap %.1f MB, %d runs, %d threads, %s design%n",
        Runtime.getRuntime().maxMemory() / 1e6, runs, threads, held ? "held" : "streamed");

    CityModel city = SyntheticCity.model(40, 20, 2050);
    ParameterSpace space = SyntheticCity.uncertainty(40, 20);
    Parameterization p = Parameterization.of(city, "all", space.parameterNames());
    List<Sample> samples = new ArrayList<>();
    long[] start = new long[1];
    long[] nextSample = {runs / 10};
    Ensemble.Builder b = Ensemble.builder(p).threads(threads).indicators(Indicators.co2())
        .listener((done, total) -> {
          // called after each block, in block order, on the thread that runs the ensemble
          if (done >= nextSample[0] || done == total) {
            double seconds = (System.nanoTime() - start[0]) / 1e9;
            samples.add(new Sample(done, seconds, heapAfterGc(memory)));
            print(samples.get(samples.size() - 1));
            nextSample[0] += runs / 10;
          }
        });
    if (held) {
      b.design(Designs.sobol(space.parameters().size(), runs, 1), space);
    } else {
      b.sobol(space, runs, 1);
    }
    Ensemble ensemble = b.build();
    Sample before = new Sample(0, 0, heapAfterGc(memory));
    print(before);
    start[0] = System.nanoTime();
    EnsembleResult r = ensemble.run();
    double seconds = (System.nanoTime() - start[0]) / 1e9;
    Summary co2 = r.summary("co2", 2050);
    System.out.printf(Locale.ROOT, "%d runs in %.1f s (%.0f runs/s); CO2 2050 mean %.4f, q05 %.4f, q95 %.4f%n",
        r.runs(), seconds, r.runs() / seconds, co2.mean(), co2.quantile(0.05), co2.quantile(0.95));
    long least = Long.MAX_VALUE;
    long most = 0;
    for (Sample s : samples) {
      least = Math.min(least, s.heap());
      most = Math.max(most, s.heap());
    }
    System.out.printf(Locale.ROOT, "heap after GC: before %.1f MB; during and after the runs %.1f to %.1f MB%n",
        before.heap() / 1e6, least / 1e6, most / 1e6);
  }

  private static long heapAfterGc(MemoryMXBean memory) {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static void print(Sample s) {
    System.out.printf(Locale.ROOT, "%,12d runs %8.1f s  heap after GC %7.1f MB%n", s.runs(), s.seconds(),
        s.heap() / 1e6);
  }
}
