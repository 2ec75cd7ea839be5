package io.xinlu.uncertainty.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Indicators;
import io.xinlu.indicator.Target;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Ensembles: determinism across threads, streaming summaries against direct computation, failures, options. */
class EnsembleTest {
  private static final List<String> PATHS = List.of("sector/coal/growth", "project/mine-closure/delay",
      "strategy/green/intensity", "macro-shock", "reemployment-rate");

  private static CityModel model() {
    CityProfile city = CityProfile.builder().name("town").baseYear(2020)
        .addSectors(
            Sector.builder().id("coal").group(SectorGroup.SECONDARY).addTag("resource").valueAdded(60)
                .employment(40).energy(12).emissionFactor(2.6).growth(0.01).productivityGrowth(0.03).build(),
            Sector.builder().id("power").group(SectorGroup.SECONDARY).valueAdded(20).employment(8).energy(10)
                .emissionFactor(2.4).growth(0.02).build(),
            Sector.builder().id("services").group(SectorGroup.TERTIARY).valueAdded(70).employment(120)
                .energy(3).emissionFactor(2.0).growth(0.05).productivityGrowth(0.02).build())
        .build();
    Strategy green = Strategy.builder().id("green")
        .addProject(Project.builder().id("solar").start(2022).fullEffect(2026).ramp(Ramp.LOGISTIC).capitalCost(3)
            .addEffects(Effect.emissionFactor("power", -0.4), Effect.newCapacity("services", 5)).build())
        .addProject(Project.builder().id("mine-closure").start(2024).fullEffect(2027).addPrerequisite("solar")
            .addEffects(Effect.scaleDemand("coal", -0.3)).build())
        .build();
    return CityModel.builder().profile(city).addStrategy(green)
        .addScenario(Scenario.builder().name("plan").endYear(2040).adopt("green").build())
        .build();
  }

  static final Parameterization P = Parameterization.of(model(), "plan", PATHS);

  /** A seeded design over sensible ranges: growth, delay, intensity, shock, rate. */
  static double[][] design(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] d = new double[n][];
    for (int i = 0; i < n; i++) {
      d[i] = new double[] {-0.03 + 0.05 * r.nextDouble(), 3 * r.nextDouble(), r.nextDouble(),
          -0.01 + 0.02 * r.nextDouble(), 0.2 + 0.6 * r.nextDouble()};
    }
    return d;
  }

  static Ensemble.Builder builder(double[][] design) {
    return Ensemble.builder(P).design(design)
        .indicators(Indicators.co2(), Indicators.gdp(), Indicators.displacedWorkers())
        .years(2025, 2030, 2040)
        .targets(Target.peakBy(Indicators.co2(), 2030), Target.atMost(Indicators.co2(), 50, 2040))
        .keep(Indicators.co2(), 2040)
        .blockSize(16);
  }

  static List<Double> everything(EnsembleResult r) {
    List<Double> all = new ArrayList<>();
    for (EnsembleResult.Row row : r.rows()) {
      all.add(row.value());
    }
    all.add(r.targetProbability(0));
    all.add(r.targetProbability(1));
    for (double x : r.outcomes("co2", 2040)) {
      all.add(x);
    }
    return all;
  }

  @Test
  void the_same_design_gives_bit_identical_results_on_1_2_and_8_threads() {
    double[][] d = design(500, 42);
    List<Double> one = everything(builder(d).threads(1).build().run());
    List<Double> two = everything(builder(d).threads(2).build().run());
    List<Double> eight = everything(builder(d).threads(8).build().run());
    ExecutorService exec = Executors.newFixedThreadPool(3);
    try {
      List<Double> callers = everything(builder(d).executor(exec).build().run());
      assertEquals(one, callers);
    } finally {
      exec.shutdownNow();
    }
    // List.equals compares Double.equals, which is bit equality (NaN equal to NaN, 0.0 unequal to -0.0)
    assertEquals(one, two);
    assertEquals(one, eight);
    assertNotEquals(one, everything(builder(design(500, 43)).threads(2).build().run()));
  }

  @Test
  void summaries_match_a_direct_computation_over_every_run() {
    double[][] d = design(300, 7);
    EnsembleResult r = builder(d).threads(2).build().run();
    double[] co2 = new double[d.length];
    int peaks = 0;
    for (int i = 0; i < d.length; i++) {
      Run run = P.run(d[i]);
      co2[i] = run.total(Quantity.CO2, 2040);
      if (Target.peakBy(Indicators.co2(), 2030).check(run).met()) {
        peaks++;
      }
    }
    assertArrayEquals(co2, r.outcomes("co2", 2040));
    double mean = Arrays.stream(co2).sum() / co2.length;
    double ss = 0;
    for (double x : co2) {
      ss += (x - mean) * (x - mean);
    }
    Summary s = r.summary("co2", 2040);
    assertEquals(300, s.count());
    assertEquals(mean, s.mean(), 1e-9 * mean);
    assertEquals(Math.sqrt(ss / (co2.length - 1)), s.standardDeviation(), 1e-9 * mean);
    double[] sorted = co2.clone();
    Arrays.sort(sorted);
    assertEquals(sorted[0], s.min());
    assertEquals(sorted[sorted.length - 1], s.max());
    for (double q : Ensemble.DEFAULT_QUANTILES) {
      double exact = sorted[(int) Math.floor(q * (sorted.length - 1))];
      assertEquals(exact, s.quantile(q), QuantileSketch.DEFAULT_ALPHA * Math.abs(exact) * 1.0001, "q" + q);
    }
    assertEquals((double) peaks / d.length, r.targetProbability(0));
    assertEquals(r.targetProbability(0), r.targetProbability(Target.peakBy(Indicators.co2(), 2030).id()));
    assertEquals(3, r.summaries("gdp").size());
  }

  @Test
  void a_failing_run_stops_the_ensemble_naming_its_index_and_parameters() {
    double[][] d = design(100, 1);
    d[37][2] = 1.5; // an intensity above 1
    EnsembleException e = assertThrows(EnsembleException.class, () -> builder(d).threads(2).build().run());
    assertEquals(37, e.runIndex());
    assertEquals(1.5, e.parameters().get("strategy/green/intensity"));
    assertTrue(e.getMessage().startsWith("run 37 of the ensemble failed with parameters {sector/coal/growth="),
        e.getMessage());
    assertTrue(e.getMessage().contains("strategy/green/intensity: must lie in [0, 1], was 1.5"), e.getMessage());
  }

  @Test
  void progress_is_reported_in_order_and_cancellation_stops_the_ensemble() {
    List<Long> seen = new ArrayList<>();
    builder(design(100, 3)).threads(2).listener((done, total) -> {
      assertEquals(100, total);
      seen.add(done);
    }).build().run();
    assertEquals(List.of(16L, 32L, 48L, 64L, 80L, 96L, 100L), seen);
    Cancellation stop = new Cancellation();
    Ensemble e = builder(design(1000, 3)).threads(2).cancellation(stop)
        .listener((done, total) -> stop.cancel()).build();
    CancellationException c = assertThrows(CancellationException.class, e::run);
    assertTrue(c.getMessage().contains("ensemble cancelled after 16 of 1000 runs"), c.getMessage());
    assertTrue(stop.isCancelled());
  }

  @Test
  void conflicting_or_invalid_options_fail_at_build_time_saying_what_is_wrong() {
    ExecutorService exec = Executors.newSingleThreadExecutor();
    try {
      IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
          () -> builder(design(10, 1)).threads(2).executor(exec).build());
      assertTrue(both.getMessage().contains("threads(2) and executor(...) both given"), both.getMessage());
    } finally {
      exec.shutdownNow();
    }
    assertThrows(IllegalStateException.class, () -> Ensemble.builder(P).indicators(Indicators.co2()).build());
    assertThrows(IllegalStateException.class, () -> Ensemble.builder(P).design(design(3, 1)).build());
    double[][] shortRow = design(3, 1);
    shortRow[1] = new double[] {0.0};
    IllegalArgumentException row = assertThrows(IllegalArgumentException.class,
        () -> builder(shortRow).build());
    assertTrue(row.getMessage().contains("design row 1 has 1 values for 5 parameters"), row.getMessage());
    IllegalArgumentException year = assertThrows(IllegalArgumentException.class,
        () -> builder(design(3, 1)).years(2050).build());
    assertTrue(year.getMessage().contains("year 2050 is outside scenario 'plan' (2020..2040)"), year.getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder(design(3, 1)).quantiles(1.5).build());
    assertThrows(IllegalArgumentException.class, () -> builder(design(3, 1)).blockSize(0).build());
    assertThrows(IllegalArgumentException.class, () -> builder(design(3, 1)).threads(-1).build());
    assertThrows(IllegalArgumentException.class,
        () -> builder(design(3, 1)).indicators(Indicators.co2()).build()); // listed twice
    IllegalArgumentException pop = assertThrows(IllegalArgumentException.class,
        () -> Ensemble.builder(P).design(design(3, 1)).indicators(Indicators.gdpPerCapita()).build());
    assertTrue(pop.getMessage().contains("indicator 'gdp-per-capita' cannot be computed"), pop.getMessage());
  }

  @Test
  void results_say_what_they_do_not_hold() {
    EnsembleResult r = builder(design(20, 5)).threads(1).build().run();
    assertThrows(IllegalArgumentException.class, () -> r.summary("energy", 2030));
    assertThrows(IllegalArgumentException.class, () -> r.summary("co2", 2031));
    assertThrows(IllegalArgumentException.class, () -> r.outcomes("gdp", 2040));
    assertThrows(IllegalArgumentException.class, () -> r.targetProbability(2));
    assertThrows(IllegalArgumentException.class, () -> r.targetProbability("nope"));
    assertThrows(IllegalArgumentException.class, () -> r.summary("co2", 2030).quantile(0.9));
    assertEquals(20, r.runs());
    assertEquals(PATHS, r.parameters());
    Indicator co2 = Indicators.co2();
    assertFalse(r.rows().isEmpty());
    assertEquals(co2.unit(), r.rows().get(0).unit());
  }
}
