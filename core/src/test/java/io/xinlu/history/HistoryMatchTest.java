package io.xinlu.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.uncertainty.ensemble.Ensemble;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.sampling.Design;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * History matching on a one-sector town whose value added is known in closed form: without an input-output table,
 * projects or depletion, MODEL.md section 10 gives {@code V(t) = V0 (1 + g)^(t − 2020)}, energy
 * {@code E = e0 V} (no intensity decline) and CO2 {@code C = c E}, so every observation is a power of {@code 1 + g}
 * and the band of kept growth rates can be worked out by hand. Observations come from the town's own run at the
 * growth as given, {@code g* = 0.03}.
 */
class HistoryMatchTest {
  static final String GROWTH = "sector/industry/growth";

  /** The town: one sector, 100 billion CNY of value added in 2020, growing 3 % a year, no intensity decline. */
  static CityModel town() {
    CityProfile city = CityProfile.builder().name("town").baseYear(2020)
        .addSectors(Sector.builder().id("industry").group(SectorGroup.SECONDARY).valueAdded(100).employment(50)
            .energy(40).emissionFactor(2.5).growth(0.03).productivityGrowth(0.02).energyIntensityDecline(0.0)
            .build())
        .build();
    return CityModel.builder().profile(city)
        .addScenario(Scenario.baseline("history", 2040))
        .build();
  }

  static final CityModel TOWN = town();
  static final Run TRUTH = Engine.run(TOWN, "history");

  /** The growth rates of the design: 0.000, 0.005, ..., 0.060 (13 points, index i at 0.005 i). */
  static final double[][] GRID = IntStream.rangeClosed(0, 12).mapToObj(i -> new double[] {0.005 * i})
      .toArray(double[][]::new);

  static final ParameterSpace GROWTH_SPACE = ParameterSpace.builder()
      .parameter(GROWTH, Distribution.uniform(0.0, 0.06)).build();

  /** The truth's values of an indicator in 2021..2025. */
  static ObservedSeries observe(Run run, Indicator indicator) {
    ObservedSeries.Builder b = ObservedSeries.builder(indicator.id(), indicator.unit());
    for (int y = 2021; y <= 2025; y++) {
      b.add(y, indicator.value(run, y), "the town's own run at growth 0.03");
    }
    return b.build();
  }

  static final ObservedSeries GDP = observe(TRUTH, Indicators.gdp());
  static final ObservedSeries CO2 = observe(TRUTH, Indicators.co2());

  static HistoryMatch.Builder grid() {
    return HistoryMatch.builder(TOWN, "history").design(Designs.table(GRID), GROWTH_SPACE);
  }

  @Test
  void the_observations_are_the_closed_form() {
    for (int k = 1; k <= 5; k++) {
      assertEquals(100 * Math.pow(1.03, k), GDP.value(k - 1), 1e-12 * 100, "gdp in " + (2020 + k));
      // CO2 = 2.5 Mt/Mtce x 0.4 Mtce per billion CNY x V: the same powers of 1.03
      assertEquals(100 * Math.pow(1.03, k), CO2.value(k - 1), 1e-12 * 100, "co2 in " + (2020 + k));
    }
  }

  /**
   * With a relative tolerance {@code r}, a growth {@code g} is kept when {@code |((1 + g) / 1.03)^k − 1| <= r} for
   * {@code k = 1..5}; the deviation grows with {@code k}, so {@code k = 5} decides:
   * {@code 1.03 (1 − r)^(1/5) − 1 <= g <= 1.03 (1 + r)^(1/5) − 1}. For gdp within 5 %: {@code 0.019488 <= g <=
   * 0.040100}, so points 4..8 (0.020 .. 0.040). For CO2 within 3 %: {@code 0.023745 <= g <= 0.036107}, points 5..7
   * (0.025 .. 0.035). Both: points 5..7. Every edge lies at least 1e-4 from a design point.
   */
  @Test
  void kept_points_are_exactly_those_inside_the_band_worked_out_by_hand() {
    HistoryMatch gdpOnly = grid().observe(GDP, Tolerance.relative(0.05)).run();
    assertArrayEquals(new int[] {4, 5, 6, 7, 8}, gdpOnly.keptIndices(), gdpOnly.toString());
    assertEquals(13, gdpOnly.size());
    assertEquals(5, gdpOnly.keptCount());
    assertEquals(5.0 / 13, gdpOnly.keptFraction(), 0);
    assertEquals(new HistoryMatch.RuledOut("gdp", "±5.0 %", 8, 8), gdpOnly.ruledOut("gdp"));
    assertArrayEquals(new double[] {0.02}, gdpOnly.keptPoints()[0]);
    assertArrayEquals(new double[] {0.04}, gdpOnly.keptPoints()[4]);

    HistoryMatch both = grid().observe(GDP, CO2).tolerance("gdp", Tolerance.relative(0.05))
        .tolerance("co2", 0, 0.03).run();
    assertArrayEquals(new int[] {5, 6, 7}, both.keptIndices(), both.toString());
    // gdp misses only where co2 misses too: it rules out 8 points, none alone; co2 alone rules out 4 and 8
    assertEquals(new HistoryMatch.RuledOut("gdp", "±5.0 %", 8, 0), both.ruledOut("gdp"));
    assertEquals(new HistoryMatch.RuledOut("co2", "±3.0 %", 10, 2), both.ruledOut("co2"));
    assertEquals(List.of(both.ruledOut("gdp"), both.ruledOut("co2")), both.ruledOut());
    assertEquals(0, both.misses(6));
    assertTrue(both.isKept(6));
    assertFalse(both.isKept(4));
    // the model as given is the truth: it fits perfectly
    assertEquals(0.0, both.asGiven().fit("gdp").statistics().mse(), 0);
    assertEquals(List.of(GROWTH), both.parameters());
    assertEquals("history", both.scenario());
  }

  /**
   * The misses counted by hand, with {@code q = (1 + g) / 1.03}: at point 4 ({@code q = 0.990291}) co2 misses 3 %
   * in 2024 ({@code q^4 = 0.96172}) and 2025 ({@code 0.95238}) but not 2023 ({@code 0.97115}), gdp never: 2 misses.
   * At point 8 ({@code q = 1.009709}) likewise ({@code q^3 = 1.02942}, {@code q^4 = 1.03940}): 2. At point 3
   * ({@code q = 0.985437}: 0.97109, 0.95695, 0.94301, 0.92928 for k = 2..5) co2 misses 2023-25 and gdp 2024-25: 5.
   * At point 9 ({@code q = 1.014563}: 1.02933, 1.04432, 1.05953, 1.07496) co2 misses 2023-25 and gdp 2024-25: 5.
   */
  @Test
  void at_most_k_misses_keeps_the_points_with_k_or_fewer_outputs_outside() {
    HistoryMatch.Builder b = grid().observe(GDP, CO2).tolerance("gdp", Tolerance.relative(0.05))
        .tolerance("co2", Tolerance.relative(0.03));
    HistoryMatch none = b.run();
    assertEquals(2, none.misses(4));
    assertEquals(2, none.misses(8));
    assertEquals(5, none.misses(3));
    assertEquals(5, none.misses(9));
    assertArrayEquals(new int[] {4, 5, 6, 7, 8}, b.maxMisses(2).run().keptIndices());
    assertArrayEquals(new int[] {4, 5, 6, 7, 8}, b.maxMisses(4).run().keptIndices());
    HistoryMatch five = b.maxMisses(5).run();
    assertArrayEquals(new int[] {3, 4, 5, 6, 7, 8, 9}, five.keptIndices());
    assertEquals(5, five.maxMisses());
    // with 5 misses allowed, point 2 (q = 0.980583; gdp misses 2023-25, co2 2022-25: 7) is ruled out; without gdp
    // it would miss 4 and be kept, without co2 3 and kept: each series rules it out alone. So do points 0, 1, 10,
    // 11 and 12 (7 or 8 misses, at most 4 of either series)
    assertEquals(7, five.misses(2));
    assertEquals(new HistoryMatch.RuledOut("gdp", "±5.0 %", 6, 6), five.ruledOut("gdp"));
    assertEquals(new HistoryMatch.RuledOut("co2", "±3.0 %", 6, 6), five.ruledOut("co2"));
  }

  /**
   * Judged by implausibility with observation and discrepancy deviations of 3 and 4 billion CNY, the scale is
   * {@code sqrt(9 + 16) = 5}, and a cutoff of 3 keeps {@code |100 (1 + g)^k − 100 · 1.03^k| <= 15} for every k; k = 5
   * decides ({@code 100 · 1.03^5 = 115.927}): {@code 1.00927 <= (1 + g)^5 <= 1.30927}, that is {@code 0.001847 <= g
   * <= 0.055373}: points 1..11. At g = 0 the largest implausibility is {@code (115.927 − 100) / 5 = 3.1855} (2025);
   * the next largest, {@code (112.551 − 100) / 5 = 2.5102} (2024), is below 3, so allowing one miss (Vernon et al.'s
   * second-largest implausibility) keeps it.
   */
  @Test
  void implausibility_keeps_the_points_within_the_cutoff_worked_out_by_hand() {
    HistoryMatch m = grid().observe(GDP).implausibility("gdp", 3, 4).run();
    assertArrayEquals(IntStream.rangeClosed(1, 11).toArray(), m.keptIndices(), m.toString());
    assertEquals((100 * Math.pow(1.03, 5) - 100) / 5, m.largestImplausibility(0).orElseThrow(), 1e-12);
    assertEquals(3.18548, m.largestImplausibility(0).orElseThrow(), 1e-5);
    assertEquals(0.0, m.largestImplausibility(6).orElseThrow(), 1e-12, "the truth");
    assertEquals("implausibility(sd obs 3.0, sd discrepancy 4.0) <= 3.0", m.ruledOut("gdp").criterion());
    HistoryMatch second = grid().observe(GDP).implausibility("gdp", Implausibility.of(3, 4)).maxMisses(1).run();
    assertTrue(second.isKept(0), second.toString());
    // a cutoff of 2 is a band of 10 billion CNY: 1.05927 <= (1 + g)^5 <= 1.25927, 0.011583 <= g <= 0.047187
    HistoryMatch two = grid().observe(GDP).implausibility("gdp", 3, 4).cutoff(2).run();
    assertArrayEquals(new int[] {3, 4, 5, 6, 7, 8, 9}, two.keptIndices());
    // a tolerance-judged match reports no implausibility
    assertTrue(grid().observe(GDP, Tolerance.relative(0.05)).run().largestImplausibility(0).isEmpty());
  }

  @Test
  void absolute_and_relative_tolerances_the_larger_wins() {
    Tolerance t = Tolerance.of(2, 0.05);
    assertEquals(5, t.halfWidth(100), 0);
    assertEquals(2, t.halfWidth(10), 0);
    assertEquals(2, t.halfWidth(-10), 0);
    assertEquals(5, t.halfWidth(-100), 0);
    assertTrue(t.contains(100, 105));
    assertFalse(t.contains(100, 105.000001));
    assertTrue(t.contains(10, 8));
    assertFalse(t.contains(10, Double.NaN));
    assertFalse(t.contains(10, Double.POSITIVE_INFINITY));
    assertEquals(Tolerance.of(4, 0.1), t.scaled(2));
    assertEquals("±max(2.0, 5.0 %)", t.toString());
    assertEquals("±2.0", Tolerance.absolute(2).toString());
    assertEquals("±5.0 %", Tolerance.relative(0.05).toString());
    assertEquals(2.6, Implausibility.of(1.5, 2).value(180, 186.5), 1e-12);
    assertTrue(Double.isNaN(Implausibility.of(1, 0).value(1, Double.NaN)));
    // an absolute tolerance of 15 billion CNY keeps the band of the implausibility above: the larger of 15 and 5 %
    // (5.0 .. 5.8 billion CNY) is 15
    assertArrayEquals(IntStream.rangeClosed(1, 11).toArray(),
        grid().observe(GDP).defaultTolerance(15, 0.05).run().keptIndices());
  }

  @Test
  void the_prior_is_the_kept_points_as_they_are_or_resampled_with_a_seed() {
    HistoryMatch m = grid().observe(GDP, Tolerance.relative(0.05)).run();
    Design prior = m.prior();
    assertEquals(Design.Kind.PARAMETER_VALUES, prior.kind());
    assertArrayEquals(new double[] {0.02, 0.025, 0.03, 0.035, 0.04}, prior.column(0));
    Design drawn = m.prior(40, 11);
    assertEquals(40, drawn.size());
    Set<Double> kept = new HashSet<>(List.of(0.02, 0.025, 0.03, 0.035, 0.04));
    Set<Double> seen = new HashSet<>();
    for (double g : drawn.column(0)) {
      assertTrue(kept.contains(g), g + " is not a kept point");
      seen.add(g);
    }
    assertEquals(5, seen.size(), "40 draws from 5 points see every point (probability 1 - 5 (4/5)^40 > 0.999)");
    assertEquals(drawn, m.prior(40, 11), "the same seed gives the same design");
    assertNotEquals(drawn, m.prior(40, 12));
    assertMessage("a resampled prior needs at least 1 point, got 0", () -> m.prior(0, 1));
  }

  @Test
  void no_point_kept_is_a_result_and_asking_for_its_prior_says_what_to_relax() {
    // the points 0.0025, 0.0075, ..., 0.0625 straddle the truth; the nearest, 0.0275 and 0.0325, are 1.2 % off in 2025
    double[][] offset = IntStream.rangeClosed(0, 12).mapToObj(i -> new double[] {0.0025 + 0.005 * i})
        .toArray(double[][]::new);
    HistoryMatch none = HistoryMatch.builder(TOWN, "history").design(Designs.table(offset), GROWTH_SPACE)
        .observe(GDP, CO2).tolerance("gdp", Tolerance.relative(0.001))
        .defaultTolerance(Tolerance.relative(0.002)).run();
    assertEquals(0, none.keptCount());
    assertEquals(0.0, none.keptFraction(), 0);
    assertEquals(0, none.keptIndices().length);
    assertEquals(0, none.keptPoints().length);
    assertTrue(none.toString().contains("13 points of [sector/industry/growth], none kept with at most 0 misses"),
        none.toString());
    assertTrue(none.toString().endsWith("none kept with at most 0 misses; ruled out by gdp 13 (alone 0), co2 13 "
        + "(alone 0); to keep points, widen the tolerances, allow misses or widen the design]"), none.toString());
    IllegalStateException e = assertThrows(IllegalStateException.class, none::prior);
    assertTrue(e.getMessage().contains("no point of 13 was kept, so there is no prior; relax the match: widen the "
        + "tolerance of series"), e.getMessage());
    assertTrue(e.getMessage().contains("allow misses (maxMisses, now 0)"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> none.prior(10, 1));
    HistoryMatch some = grid().observe(GDP, Tolerance.relative(0.05)).run();
    assertEquals("HistoryMatch[scenario 'history', 13 points of [sector/industry/growth], 5 kept (38.5 %) with at "
        + "most 0 misses; ruled out by gdp 8 (alone 8)]", some.toString());
  }

  /**
   * The kept set as the prior of a forward ensemble: growth and intensity decline vary; gdp observed in 2021-25
   * within 2 % pins the growth, so the forward ensemble's gdp in 2040 over the kept points is narrower than over the
   * whole design, while the intensity decline, which gdp does not see, keeps its spread.
   */
  @Test
  void a_forward_ensemble_over_the_kept_points_is_no_wider_than_over_the_whole_design() {
    ParameterSpace space = ParameterSpace.builder()
        .parameter(GROWTH, Distribution.uniform(0.0, 0.06))
        .parameter("sector/industry/intensity-decline", Distribution.uniform(0.0, 0.04))
        .build();
    Design design = Designs.latinHypercube(2, 400, 5);
    HistoryMatch m = HistoryMatch.builder(TOWN, "history").design(design, space)
        .observe(GDP, Tolerance.relative(0.02)).run();
    assertTrue(m.keptCount() >= 20 && m.keptCount() < 200, m.toString());
    Parameterization p = Parameterization.of(TOWN, "history", space.parameterNames());
    EnsembleResult wide = Ensemble.builder(p).design(design, space).indicators(Indicators.gdp(), Indicators.energy())
        .years(2040).threads(1).build().run();
    EnsembleResult narrow = Ensemble.builder(p).design(m.prior(400, 3), space)
        .indicators(Indicators.gdp(), Indicators.energy()).years(2040).threads(1).build().run();
    EnsembleResult asKept = Ensemble.builder(p).design(m.prior(), space).indicators(Indicators.gdp())
        .years(2040).threads(1).build().run();
    double sdWide = wide.summary("gdp", 2040).standardDeviation();
    assertTrue(narrow.summary("gdp", 2040).standardDeviation() <= sdWide / 2,
        narrow.summary("gdp", 2040) + " against " + wide.summary("gdp", 2040));
    assertTrue(asKept.summary("gdp", 2040).standardDeviation() <= sdWide / 2);
    assertTrue(narrow.summary("gdp", 2040).max() - narrow.summary("gdp", 2040).min()
        <= wide.summary("gdp", 2040).max() - wide.summary("gdp", 2040).min());
    // every kept growth lies within the 2 % band of k = 5: 1.03 (0.98)^(1/5) - 1 .. 1.03 (1.02)^(1/5) - 1
    for (double[] x : m.keptPoints()) {
      assertTrue(x[0] >= 0.02584663 - 1e-9 && x[0] <= 0.03408743 + 1e-9, Arrays.toString(x));
    }
  }

  @Test
  void the_result_is_the_same_on_one_thread_two_threads_and_an_executor() {
    ParameterSpace space = ParameterSpace.builder()
        .parameter(GROWTH, Distribution.uniform(0.0, 0.06))
        .parameter("sector/industry/intensity-decline", Distribution.uniform(0.0, 0.04))
        .parameter("macro-shock", Distribution.uniform(-0.005, 0.005))
        .build();
    HistoryMatch.Builder b = HistoryMatch.builder(TOWN, "history").sample(space, 600, 9)
        .observe(GDP, CO2).defaultTolerance(Tolerance.of(1, 0.03)).maxMisses(1);
    List<Object> one = everything(b.run());
    List<Object> two = everything(b.threads(2).run());
    List<Object> four = everything(b.threads(4).run());
    ExecutorService exec = Executors.newFixedThreadPool(3);
    try {
      List<Object> callers = everything(b.threads(0).executor(exec).run());
      assertEquals(one, callers);
      assertFalse(exec.isShutdown(), "the caller's executor is not shut down");
    } finally {
      exec.shutdownNow();
    }
    assertEquals(one, two);
    assertEquals(one, four);
    HistoryMatch other = HistoryMatch.builder(TOWN, "history").sample(space, 600, 10).observe(GDP, CO2)
        .defaultTolerance(Tolerance.of(1, 0.03)).maxMisses(1).run();
    assertNotEquals(one, everything(other), "another seed gives another design");
  }

  /** Every number of a match, boxed (Double.equals is bit equality) and the kept points' resampled prior. */
  private static List<Object> everything(HistoryMatch m) {
    List<Object> all = new ArrayList<>();
    for (int i = 0; i < m.size(); i++) {
      for (double x : m.point(i)) {
        all.add(x);
      }
      all.add(m.misses(i));
      all.add(m.isKept(i));
    }
    for (int y = 2021; y <= 2025; y++) {
      for (double x : m.outcomes("co2", y)) {
        all.add(x);
      }
    }
    all.add(m.ruledOut());
    all.add(m.prior(100, 4));
    return all;
  }

  @Test
  void bad_input_is_refused_naming_the_series() {
    ObservedSeries unknown = ObservedSeries.of("gdp-of-mars", "billion CNY", new int[] {2021}, new double[] {1}, "x");
    assertMessage("run 'history' > observed series 'gdp-of-mars': unknown indicator 'gdp-of-mars'; known "
        + "indicators: gdp, ", () -> grid().observe(unknown).defaultTolerance(Tolerance.relative(0.1)).run());
    ObservedSeries early = ObservedSeries.of("gdp", "billion CNY", new int[] {2015, 2021}, new double[] {1, 2}, "x");
    assertMessage("run 'history' > observed series 'gdp' > year 2015: outside the run, which has the years "
        + "2020..2040", () -> grid().observe(early, Tolerance.relative(0.1)).run());
    ObservedSeries late = ObservedSeries.of("gdp", "billion CNY", new int[] {2041}, new double[] {1}, "x");
    assertMessage("observed series 'gdp' > year 2041: outside the run",
        () -> grid().observe(late, Tolerance.relative(0.1)).run());
    assertMessage("run 'history' > observed series 'gdp': the indicator is observed by two series",
        () -> grid().observe(GDP, GDP).defaultTolerance(Tolerance.relative(0.1)).run());
    assertMessage("run 'history': no observed series", () -> grid().defaultTolerance(Tolerance.relative(0.1)).run());

    assertMessage("history match of scenario 'history' > observed series 'gdp': the relative tolerance -0.05 is "
        + "negative", () -> grid().tolerance("gdp", 0, -0.05));
    assertMessage("history match of scenario 'history' > observed series 'co2': the absolute tolerance NaN is not "
        + "finite", () -> grid().tolerance("co2", Double.NaN, 0));
    assertMessage("history match of scenario 'history' > default tolerance: the absolute tolerance Infinity is not "
        + "finite", () -> grid().defaultTolerance(Double.POSITIVE_INFINITY, 0));
    assertMessage("tolerance: the absolute tolerance -1.0 is negative", () -> Tolerance.absolute(-1));
    assertMessage("tolerance: the relative tolerance NaN is not finite", () -> Tolerance.relative(Double.NaN));
    assertMessage("history match of scenario 'history' > observed series 'gdp': the observation error's standard "
        + "deviation -1.0", () -> grid().implausibility("gdp", -1, 1));
    assertMessage("both 0", () -> Implausibility.of(0, 0));

    assertMessage("history match of scenario 'history' > tolerance of 'co2': no observed series of that indicator; "
        + "observed: [gdp]", () -> grid().observe(GDP, Tolerance.relative(0.1)).tolerance("co2", 0, 0.1).run());
    assertMessage("history match of scenario 'history' > implausibility of 'energy': no observed series of that "
        + "indicator; observed: [gdp]",
        () -> grid().observe(GDP, Tolerance.relative(0.1)).implausibility("energy", 1, 1).run());
    assertMessage("history match of scenario 'history' > observed series 'co2': no tolerance; give it one",
        () -> grid().observe(GDP, Tolerance.relative(0.1)).observe(CO2).run());
    assertMessage("history match of scenario 'history' > observed series 'gdp': given both a tolerance",
        () -> grid().observe(GDP, Tolerance.relative(0.1)).implausibility("gdp", 1, 1).run());
    assertMessage("the implausibility cutoff 0.0 must be positive and finite",
        () -> grid().observe(GDP).implausibility("gdp", 1, 1).cutoff(0).run());
    assertMessage("maxMisses -1 is negative", () -> grid().observe(GDP, Tolerance.relative(0.1)).maxMisses(-1).run());

    assertMessage("history match of scenario 'history': the sample needs at least 2 points",
        () -> HistoryMatch.builder(TOWN, "history").sample(GROWTH_SPACE, 0, 1));
    ParameterSpace leversOnly = ParameterSpace.builder().lever("policy/x", 1, 2).build();
    assertMessage("history match of scenario 'history': the space has no uncertain parameter",
        () -> HistoryMatch.builder(TOWN, "history").sample(leversOnly, 10, 1));
    assertMessage("the space has no uncertain parameter", () -> HistoryMatch.builder(TOWN, "history")
        .design(Designs.fullFactorial(leversOnly), leversOnly).observe(GDP, Tolerance.relative(0.1)).run());
    ParameterSpace missing = ParameterSpace.builder().parameter("sector/coal/growth", Distribution.uniform(0, 1))
        .build();
    assertMessage("parameter 'sector/coal/growth': unknown sector 'coal'", () -> HistoryMatch.builder(TOWN, "history")
        .design(Designs.table(GRID), missing).observe(GDP, Tolerance.relative(0.1)).run());
    assertMessage("design table(n=1, k=2) has 2 columns but the space has 1 uncertain parameters",
        () -> HistoryMatch.builder(TOWN, "history").design(Designs.table(new double[][] {{1, 2}}), GROWTH_SPACE)
            .observe(GDP, Tolerance.relative(0.1)).run());
    assertMessage("threads(2) and executor(...) both given", () -> {
      ExecutorService exec = Executors.newSingleThreadExecutor();
      try {
        grid().observe(GDP, Tolerance.relative(0.1)).threads(2).executor(exec).run();
      } finally {
        exec.shutdownNow();
      }
    });
    IllegalStateException noDesign = assertThrows(IllegalStateException.class,
        () -> HistoryMatch.builder(TOWN, "history").observe(GDP, Tolerance.relative(0.1)).run());
    assertTrue(noDesign.getMessage().contains("needs a design"), noDesign.getMessage());

    HistoryMatch m = grid().observe(GDP, Tolerance.relative(0.05)).run();
    assertMessage("history match of scenario 'history': no observed series 'co2'; observed: [gdp]",
        () -> m.ruledOut("co2"));
    assertMessage("'gdp' was not observed in 2030", () -> m.outcomes("gdp", 2030));
    assertThrows(IndexOutOfBoundsException.class, () -> m.point(13));
  }

  private static void assertMessage(String part, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
