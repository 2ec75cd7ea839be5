package io.xinlu.uncertainty.discovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * PRIM (Friedman and Fisher 1999) as used in scenario discovery (Bryant and Lempert 2010): a known box is found,
 * with and without label noise; the trajectory traces the coverage-density trade-off; pasting, covering and the
 * choice rules do what they say; bad input is refused with a message naming the problem; and, as a property, every
 * box counts exactly the cases inside its limits.
 */
class PrimTest {
  private static final List<String> NAMES = List.of("x0", "x1", "x2");

  /** {@code n} points uniform in [0, 1]^k from a seeded generator. */
  static double[][] uniform(int n, int k, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[n][k];
    for (double[] row : x) {
      for (int j = 0; j < k; j++) {
        row[j] = random.nextDouble();
      }
    }
    return x;
  }

  static boolean[] label(double[][] x, Predicate<double[]> interesting) {
    boolean[] y = new boolean[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = interesting.test(x[i]);
    }
    return y;
  }

  /** The known box of the issue: x0 > 0.6 and x1 < 0.3, whatever x2; its mass is 0.4 * 0.3 = 0.12. */
  static boolean[] knownBox(double[][] x) {
    return label(x, p -> p[0] > 0.6 && p[1] < 0.3);
  }

  /** Flips each label with probability {@code share}, seeded. */
  static boolean[] flip(boolean[] y, double share, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    boolean[] flipped = y.clone();
    for (int i = 0; i < y.length; i++) {
      if (random.nextDouble() < share) {
        flipped[i] = !flipped[i];
      }
    }
    return flipped;
  }

  /**
   * The box restricts exactly x0 and x1, not x2, and its limits lie within 0.05 of the true box [0.6, 1] x [0, 0.3]
   * x [0, 1]; both restrictions have tiny quasi-p-values.
   */
  static void assertNearKnownBox(PrimBox box) {
    assertEquals(List.of("x0", "x1"), box.restrictedParameters(), box.describe());
    assertFalse(box.isRestricted("x2"), box.describe());
    assertEquals(0.6, box.lower("x0"), 0.05, box.describe());
    assertEquals(1.0, box.upper("x0"), 0.05, box.describe());
    assertEquals(0.0, box.lower("x1"), 0.05, box.describe());
    assertEquals(0.3, box.upper("x1"), 0.05, box.describe());
    for (PrimRestriction r : box.restrictions()) {
      assertTrue(r.quasiPValue() < 1e-10, "the restriction matters: " + box.describe());
    }
  }

  /** As {@link #assertNearKnownBox}, and x0 is restricted from below only, x1 from above only. */
  static void assertKnownBox(PrimBox box) {
    assertNearKnownBox(box);
    PrimRestriction x0 = box.restriction("x0").orElseThrow();
    PrimRestriction x1 = box.restriction("x1").orElseThrow();
    assertTrue(x0.lowerRestricted() && !x0.upperRestricted(), box.describe());
    assertTrue(x1.upperRestricted() && !x1.lowerRestricted(), box.describe());
  }

  // ---- the known box ---------------------------------------------------------------------------------------

  /**
   * X uniform in [0, 1]^3 (1000 points, seed 42), y = x0 > 0.6 && x1 < 0.3. With the defaults (alphas 0.05,
   * minimum mass 0.05, pasting, the densest box): the chosen box restricts exactly x0 (lower limit within 0.05 of
   * 0.6) and x1 (upper limit within 0.05 of 0.3), has density at least 0.99 and coverage at least 0.9, and a mass
   * within 0.03 of the true 0.12.
   */
  @Test
  void finds_the_known_box() {
    double[][] x = uniform(1000, 3, 42);
    PrimResult r = Prim.defaults().discover(NAMES, x, knownBox(x));
    PrimBox box = r.chosen();
    assertKnownBox(box);
    assertTrue(box.density() >= 0.99, box.describe());
    assertTrue(box.coverage() >= 0.9, box.describe());
    assertEquals(0.12, box.mass(), 0.03, box.describe());
    assertEquals(1000, r.cases());
    assertEquals(r.casesOfInterest(), r.trajectory().get(0).casesOfInterest());
  }

  /**
   * The peeling trajectory traces the trade-off: box 0 spans the data (coverage 1, mass 1, density the share of
   * cases of interest, no restriction); coverage and mass never increase; density never falls by more than 0.05 in
   * one peel and ends far above where it started; the last box still has the minimum mass.
   */
  @Test
  void trajectory_traces_the_coverage_density_trade_off() {
    double[][] x = uniform(1000, 3, 42);
    boolean[] y = knownBox(x);
    PrimResult r = Prim.defaults().discover(NAMES, x, y);
    ImmutableList<PrimBox> t = r.trajectory();
    assertTrue(t.size() > 10, "peels: " + t.size());
    PrimBox first = t.get(0);
    assertEquals(1.0, first.coverage());
    assertEquals(1.0, first.mass());
    assertEquals((double) r.casesOfInterest() / 1000, first.density());
    assertTrue(first.restrictions().isEmpty());
    for (int i = 1; i < t.size(); i++) {
      PrimBox before = t.get(i - 1);
      PrimBox box = t.get(i);
      assertEquals(i, box.index());
      assertFalse(box.pasted());
      assertTrue(box.coverage() <= before.coverage(), "coverage rose at box " + i);
      assertTrue(box.mass() < before.mass(), "mass did not fall at box " + i);
      assertTrue(box.density() >= before.density() - 0.05, "density fell at box " + i);
    }
    PrimBox last = t.get(t.size() - 1);
    assertTrue(last.density() > 5 * first.density());
    assertTrue(last.mass() >= 0.05, last.describe());
  }

  /**
   * Five per cent of the labels flipped (seeded): outside the true box about 4.4 % of all cases become cases of
   * interest, so even the true box has density near 0.95 and coverage near 0.95 * 0.12 / (0.95 * 0.12 + 0.05 *
   * 0.88), about 0.72. With a threshold density of 0.9 the chosen box still restricts exactly x0 and x1, with
   * limits within 0.05 of the true box (noise may trim a sliver off a side the true box leaves open), density at
   * least 0.9 and coverage at least 0.65.
   */
  @Test
  void finds_the_known_box_despite_noise() {
    double[][] x = uniform(1000, 3, 42);
    boolean[] y = flip(knownBox(x), 0.05, 7);
    PrimResult r = Prim.builder().thresholdDensity(0.9).build().discover(NAMES, x, y);
    assertTrue(r.ruleMet());
    PrimBox box = r.chosen();
    assertNearKnownBox(box);
    assertTrue(box.density() >= 0.9, box.describe());
    assertTrue(box.coverage() >= 0.65, box.describe());
    assertEquals(r.firstReaching(0.9).orElseThrow().index(), box.index());
  }

  /** The same with 2000 points and another seed, to show the result does not hinge on one sample. */
  @Test
  void finds_the_known_box_despite_noise_in_another_sample() {
    double[][] x = uniform(2000, 3, 2024);
    boolean[] y = flip(knownBox(x), 0.05, 11);
    PrimBox box = Prim.builder().thresholdDensity(0.9).build().discover(NAMES, x, y).chosen();
    assertNearKnownBox(box);
    assertTrue(box.density() >= 0.9 && box.coverage() >= 0.65, box.describe());
  }

  /**
   * The example of docs/DISCOVERY.md: 1000 synthetic cases, a jobs target that fails when coal demand falls below
   * 0.8 of its base and the re-employment rate stays under 0.4, whatever the carbon price. The lines checked are
   * the ones the document shows.
   */
  @Test
  void the_documented_example_finds_the_failure_scenario() {
    SplittableRandom random = new SplittableRandom(2026);
    int n = 1000;
    double[][] x = new double[n][3];
    boolean[] failed = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = 0.5 + random.nextDouble();        // coal demand, share of its base: 0.5..1.5
      x[i][1] = random.nextDouble();              // re-employment rate: 0..1
      x[i][2] = 200 * random.nextDouble();        // carbon price, CNY/t: 0..200
      failed[i] = x[i][0] < 0.8 && x[i][1] < 0.4;
    }
    PrimResult r = Prim.builder().thresholdDensity(0.9).build()
        .discover(List.of("coalDemand", "reemployment", "carbonPrice"), x, failed);
    PrimBox box = r.chosen();
    StringBuilder printed = new StringBuilder(box.describe()).append('\n');
    for (PrimBox b : r.trajectory()) {
      if (b.index() % 10 == 0) {
        printed.append(String.format(java.util.Locale.ROOT, "%2d  coverage %.2f  density %.2f  mass %.2f  %s%n",
            b.index(), b.coverage(), b.density(), b.mass(), b.restrictedParameters()));
      }
    }
    assertEquals("""
        box 42: coverage 1.00, density 0.98, mass 0.12; \
        coalDemand <= 0.7976 (qp 5.9e-57), reemployment <= 0.4025 (qp 7.4e-48)
         0  coverage 1.00  density 0.12  mass 1.00  []
        10  coverage 1.00  density 0.20  mass 0.60  [coalDemand]
        20  coverage 1.00  density 0.34  mass 0.36  [coalDemand]
        30  coverage 1.00  density 0.55  mass 0.22  [coalDemand, reemployment]
        40  coverage 1.00  density 0.90  mass 0.14  [coalDemand, reemployment]
        50  coverage 0.70  density 1.00  mass 0.09  [coalDemand, reemployment]
        60  coverage 0.45  density 1.00  mass 0.06  [coalDemand, reemployment]
        """, printed.toString());
    assertEquals(List.of("coalDemand", "reemployment"), box.restrictedParameters(), box.describe());
    assertEquals(0.8, box.upper("coalDemand"), 0.05);
    assertEquals(0.4, box.upper("reemployment"), 0.05);
    assertTrue(box.density() >= 0.9 && box.coverage() >= 0.9, box.describe());
  }

  // ---- pasting, choosing, covering ---------------------------------------------------------------------------

  /**
   * Coarse peels (alpha 0.3) overshoot the true limits; pasting with a fine alpha (0.01) grows the chosen box back
   * toward them: more coverage, no less density, the same trajectory index, flagged as pasted.
   */
  @Test
  void pasting_undoes_greedy_peels() {
    double[][] x = uniform(1000, 3, 42);
    boolean[] y = knownBox(x);
    PrimResult peeled = Prim.builder().peelingAlpha(0.3).paste(false).build().discover(NAMES, x, y);
    PrimResult pasted = Prim.builder().peelingAlpha(0.3).pastingAlpha(0.01).build().discover(NAMES, x, y);
    assertEquals(peeled.trajectory(), pasted.trajectory());
    PrimBox before = peeled.chosen();
    PrimBox after = pasted.chosen();
    assertFalse(before.pasted());
    assertTrue(after.pasted());
    assertEquals(before.index(), after.index());
    assertTrue(after.coverage() > before.coverage() + 0.1, before.describe() + " -> " + after.describe());
    assertTrue(after.density() >= before.density(), before.describe() + " -> " + after.describe());
    assertKnownBox(after);
    assertTrue(after.lower("x0") < before.lower("x0") && after.upper("x1") > before.upper("x1"));
    assertEquals(after, pasted.pasted(after.index()), "pasted(i) pastes like the chosen box");
  }

  /** The choice rules: a coverage floor, a density threshold, the default (the densest box). */
  @Test
  void chooses_boxes_by_the_rule_given() {
    double[][] x = uniform(1000, 3, 42);
    boolean[] y = flip(knownBox(x), 0.05, 7);
    PrimResult densest = Prim.builder().paste(false).build().discover(NAMES, x, y);
    double top = densest.trajectory().stream().mapToDouble(PrimBox::density).max().orElseThrow();
    assertEquals(top, densest.chosen().density());

    PrimResult floor = Prim.builder().minimumCoverage(0.8).paste(false).build().discover(NAMES, x, y);
    PrimBox chosen = floor.chosen();
    assertTrue(chosen.coverage() >= 0.8);
    for (PrimBox b : floor.trajectory()) {
      assertTrue(b.coverage() < 0.8 || b.density() <= chosen.density(), b.describe());
    }
    assertEquals(chosen, floor.highestDensity(0.8));

    PrimBox first = floor.firstReaching(0.9).orElseThrow();
    for (PrimBox b : floor.trajectory().subList(0, first.index())) {
      assertTrue(b.density() < 0.9, b.describe());
    }
    assertEquals(first, floor.trajectory().get(first.index()));
  }

  /** Labels unrelated to X: no box reaches density 0.9, the densest is chosen, and covering finds nothing. */
  @Test
  void reports_a_threshold_no_box_reaches() {
    double[][] x = uniform(1000, 3, 42);
    SplittableRandom random = new SplittableRandom(3);
    boolean[] y = label(x, p -> random.nextDouble() < 0.1);
    Prim prim = Prim.builder().thresholdDensity(0.9).build();
    PrimResult r = prim.discover(NAMES, x, y);
    assertFalse(r.ruleMet());
    assertTrue(r.firstReaching(0.9).isEmpty());
    assertTrue(r.chosen().density() < 0.9);
    assertEquals(List.of(), prim.cover(NAMES, x, y, 3));
  }

  /**
   * Two boxes, x0 > 0.7 && x1 < 0.3 and x0 < 0.25 && x2 > 0.7: covering finds the first, removes its cases and
   * finds the second on the rest; their coverages add up to at most 1 and here to nearly 1.
   */
  @Test
  void covering_finds_two_boxes() {
    double[][] x = uniform(1000, 3, 42);
    boolean[] y = label(x, p -> (p[0] > 0.7 && p[1] < 0.3) || (p[0] < 0.25 && p[2] > 0.7));
    ImmutableList<PrimResult> boxes = Prim.builder().thresholdDensity(0.95).build().cover(NAMES, x, y, 4);
    assertEquals(2, boxes.size(), boxes.toString());
    PrimBox a = boxes.get(0).chosen();
    PrimBox b = boxes.get(1).chosen();
    assertEquals(List.of("x0", "x1"), a.restrictedParameters(), a.describe());
    assertEquals(0.7, a.lower("x0"), 0.05);
    assertEquals(0.3, a.upper("x1"), 0.05);
    assertEquals(List.of("x0", "x2"), b.restrictedParameters(), b.describe());
    assertEquals(0.25, b.upper("x0"), 0.05);
    assertEquals(0.7, b.lower("x2"), 0.05);
    assertEquals(1000 - a.count(), boxes.get(1).cases());
    double total = a.coverage() + b.coverage();
    assertTrue(total <= 1 && total >= 0.9, "coverages " + a.coverage() + " + " + b.coverage());
    assertEquals(a, Prim.builder().thresholdDensity(0.95).build().discover(NAMES, x, y).chosen());
  }

  /** Same input, same result; the result keeps its own copy of the data. */
  @Test
  void is_deterministic_and_copies_its_input() {
    double[][] x = uniform(500, 3, 5);
    boolean[] y = knownBox(x);
    PrimResult one = Prim.defaults().discover(NAMES, x, y);
    PrimResult two = Prim.defaults().discover(NAMES, x, y);
    assertEquals(one.trajectory(), two.trajectory());
    assertEquals(one.chosen(), two.chosen());
    PrimBox pastedBefore = one.pasted(5);
    for (double[] row : x) {
      row[0] = 0.5;
    }
    y[0] = !y[0];
    assertEquals(pastedBefore, one.pasted(5));
    double[] lower = one.chosen().lower();
    lower[0] = -1;
    assertNotEquals(-1, one.chosen().lower()[0]);
  }

  /** A parameter with a few discrete levels is peeled a whole level at a time. */
  @Test
  void peels_discrete_parameters_by_whole_levels() {
    double[][] x = uniform(600, 2, 9);
    for (double[] row : x) {
      row[1] = Math.floor(row[1] * 3); // levels 0, 1, 2
    }
    boolean[] y = label(x, p -> p[1] == 2 && p[0] > 0.5);
    PrimBox box = Prim.defaults().discover(List.of("share", "level"), x, y).chosen();
    assertEquals(2.0, box.lower("level"), box.describe());
    assertEquals(0.5, box.lower("share"), 0.05, box.describe());
    assertTrue(box.density() >= 0.99, box.describe());
  }

  // ---- bad input ---------------------------------------------------------------------------------------------

  static void assertRefused(Class<? extends RuntimeException> type, Executable call, String... fragments) {
    RuntimeException e = assertThrows(type, call);
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), "message '" + e.getMessage() + "' lacks '" + f + "'");
    }
  }

  @Test
  void refuses_bad_data() {
    Prim p = Prim.defaults();
    double[][] x = {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}, {0.7, 0.8, 0.9}};
    boolean[] y = {true, false, false};
    assertRefused(IllegalArgumentException.class, () -> p.discover(NAMES, x, new boolean[] {true, false}),
        "mismatched dimensions", "3 rows", "2 labels");
    assertRefused(IllegalArgumentException.class, () -> p.discover(List.of("x0", "x1"), x, y),
        "mismatched dimensions", "row 0 of x has 3 values", "2 parameters [x0, x1]");
    assertRefused(IllegalArgumentException.class,
        () -> p.discover(NAMES, new double[][] {{0.1, 0.2, 0.3}, {0.4, 0.5}, {0.7, 0.8, 0.9}}, y),
        "row 1 of x has 2 values");
    assertRefused(IllegalArgumentException.class,
        () -> p.discover(NAMES, new double[][] {{0.1, 0.2, 0.3}, {0.4, 0.5, Double.NaN}, {0.7, 0.8, 1 / 0.0}}, y),
        "2 NaN or infinite values", "x[1][2] (parameter 'x2') = NaN");
    assertRefused(IllegalArgumentException.class, () -> p.discover(NAMES, x, new boolean[3]),
        "no cases of interest", "3 cases");
    assertRefused(IllegalArgumentException.class, () -> p.discover(NAMES, x, new boolean[] {true, true, true}),
        "only cases of interest");
    assertRefused(IllegalArgumentException.class, () -> p.discover(NAMES, new double[0][], new boolean[0]),
        "no cases");
    assertRefused(IllegalArgumentException.class, () -> p.discover(List.of(), x, y), "no parameters");
    assertRefused(IllegalArgumentException.class, () -> p.discover(List.of("x0", "x1", "x0"), x, y),
        "'x0' appears twice", "positions 0 and 2");
    assertRefused(IllegalArgumentException.class, () -> p.discover(List.of("x0", " ", "x2"), x, y),
        "parameter 1 has a blank name");
    assertRefused(IllegalArgumentException.class, () -> p.cover(NAMES, x, y, 0), "maxBoxes", "got 0");
  }

  @Test
  void refuses_bad_options() {
    for (double a : new double[] {0, 0.5, -0.1, 0.7, Double.NaN}) {
      assertRefused(IllegalArgumentException.class, () -> Prim.builder().peelingAlpha(a),
          "peeling alpha must lie in (0, 0.5), got " + a);
      assertRefused(IllegalArgumentException.class, () -> Prim.builder().pastingAlpha(a),
          "pasting alpha must lie in (0, 0.5), got " + a);
    }
    for (double m : new double[] {0, 1, -0.5, Double.NaN}) {
      assertRefused(IllegalArgumentException.class, () -> Prim.builder().minimumMass(m),
          "minimum mass must lie in (0, 1), got " + m);
    }
    for (double d : new double[] {0, 1.5, Double.NaN}) {
      assertRefused(IllegalArgumentException.class, () -> Prim.builder().thresholdDensity(d),
          "threshold density must lie in (0, 1], got " + d);
    }
    assertRefused(IllegalArgumentException.class, () -> Prim.builder().minimumCoverage(-0.1),
        "minimum coverage must lie in [0, 1], got -0.1");
    assertRefused(IllegalStateException.class,
        () -> Prim.builder().thresholdDensity(0.9).minimumCoverage(0.8).build(),
        "thresholdDensity(0.9) conflicts with minimumCoverage(0.8)");
    assertRefused(IllegalStateException.class, () -> Prim.builder().pastingAlpha(0.01).paste(false).build(),
        "pastingAlpha(0.01) conflicts with paste(false)");
  }

  @Test
  void refuses_bad_questions_to_results() {
    double[][] x = uniform(200, 3, 1);
    PrimResult r = Prim.defaults().discover(NAMES, x, knownBox(x));
    int last = r.trajectory().size() - 1;
    assertRefused(IllegalArgumentException.class, () -> r.pasted(last + 1),
        "box index " + (last + 1) + " lies outside the trajectory [0, " + last + "]");
    assertRefused(IllegalArgumentException.class, () -> r.highestDensity(1.5), "got 1.5");
    assertRefused(IllegalArgumentException.class, () -> r.firstReaching(Double.NaN), "got NaN");
    assertRefused(IllegalArgumentException.class, () -> r.chosen().lower("x9"),
        "unknown parameter 'x9'", "[x0, x1, x2]");
    assertRefused(IllegalArgumentException.class, () -> r.chosen().contains(new double[2]),
        "the point has 2 values", "3 parameters");
  }

  // ---- property ----------------------------------------------------------------------------------------------

  /** A small random data set and options. */
  record Case(double[][] x, boolean[] y, Prim prim) {
    @Override
    public String toString() {
      return prim + " on " + y.length + " cases of " + x[0].length + " parameters";
    }
  }

  /**
   * 2 to 60 cases of 1 to 3 parameters, continuous or on a grid of 4 levels (ties), labels with a random share of
   * cases of interest (at least one of each kind), and random alphas, minimum mass, pasting and choice rule.
   */
  static Gen<Case> cases() {
    Gen<Long> seeds = longs().all();
    Gen<Integer> sizes = integers().between(2, 60);
    Gen<Integer> dims = integers().between(1, 3);
    Gen<Double> alphas = doubles().between(0.01, 0.49);
    Gen<Double> masses = doubles().between(0.01, 0.9);
    Gen<Integer> rules = integers().between(0, 2);
    return in -> {
      SplittableRandom random = new SplittableRandom(seeds.generate(in));
      int n = sizes.generate(in);
      int k = dims.generate(in);
      boolean grid = random.nextBoolean();
      double share = random.nextDouble();
      double[][] x = new double[n][k];
      boolean[] y = new boolean[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < k; j++) {
          x[i][j] = grid ? random.nextInt(4) : random.nextDouble() * 10 - 5;
        }
        y[i] = random.nextDouble() < share;
      }
      y[0] = true;
      y[n - 1] = false;
      Prim.Builder b = Prim.builder().peelingAlpha(alphas.generate(in)).minimumMass(masses.generate(in));
      if (random.nextBoolean()) {
        b.pastingAlpha(alphas.generate(in));
      } else {
        b.paste(false);
      }
      int rule = rules.generate(in);
      if (rule == 1) {
        b.thresholdDensity(Math.max(0.01, random.nextDouble()));
      } else if (rule == 2) {
        b.minimumCoverage(random.nextDouble());
      }
      return new Case(x, y, b.build());
    };
  }

  /**
   * For any data and options: every box of the trajectory, the chosen box and every pasted box has coverage,
   * density and mass in [0, 1]; counts exactly the cases within its limits ({@link PrimBox#contains}) and the
   * cases of interest among them; restricts exactly the parameters whose limits are tighter than the data's range;
   * coverage and mass never increase along the trajectory; pasting never lowers density; and the coverages of the
   * boxes of a covering add up to at most 1.
   */
  @Test
  void boxes_count_the_cases_they_contain() {
    QuickTheory qt = QuickTheory.qt();
    if (System.getProperty("QT_SHRINKS") == null) {
      qt = qt.withShrinkCycles(1000);
    }
    qt.forAll(cases()).checkAssert(c -> {
      PrimResult r = c.prim().discover(NAMES.subList(0, c.x()[0].length), c.x(), c.y());
      ImmutableList<PrimBox> t = r.trajectory();
      for (int i = 0; i < t.size(); i++) {
        PrimBox box = t.get(i);
        assertCounts(c, box);
        PrimBox pasted = r.pasted(i);
        assertCounts(c, pasted);
        assertTrue(pasted.density() >= box.density(), "pasting lowered density: " + box + " -> " + pasted);
        assertEquals(i, pasted.index());
        if (i > 0) {
          assertTrue(box.coverage() <= t.get(i - 1).coverage() && box.mass() <= t.get(i - 1).mass());
        }
      }
      assertCounts(c, r.chosen());
      assertTrue(t.contains(r.chosen()) || r.chosen().pasted());
      double covered = 0;
      for (PrimResult step : c.prim().cover(NAMES.subList(0, c.x()[0].length), c.x(), c.y(), 3)) {
        covered += step.chosen().coverage();
      }
      assertTrue(covered <= 1 + 1e-12, "coverages of a covering add up to " + covered);
    });
  }

  private static void assertCounts(Case c, PrimBox box) {
    double[][] x = c.x();
    boolean[] y = c.y();
    int n = y.length;
    int all = 0;
    int inside = 0;
    int interesting = 0;
    for (int i = 0; i < n; i++) {
      all += y[i] ? 1 : 0;
      if (box.contains(x[i])) {
        inside++;
        interesting += y[i] ? 1 : 0;
      }
    }
    String what = c + ": " + box.describe();
    for (double v : new double[] {box.coverage(), box.density(), box.mass()}) {
      assertTrue(v >= 0 && v <= 1, what);
    }
    assertEquals(inside, box.count(), what);
    assertTrue(inside >= 1, what);
    assertEquals(interesting, box.casesOfInterest(), what);
    assertEquals((double) interesting / all, box.coverage(), 1e-15, what);
    assertEquals((double) interesting / inside, box.density(), 1e-15, what);
    assertEquals((double) inside / n, box.mass(), 1e-15, what);
    double[] lower = box.lower();
    double[] upper = box.upper();
    for (int j = 0; j < lower.length; j++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double[] row : x) {
        min = Math.min(min, row[j]);
        max = Math.max(max, row[j]);
      }
      assertTrue(lower[j] >= min && upper[j] <= max && lower[j] <= upper[j], what);
      assertEquals(lower[j] > min || upper[j] < max, box.isRestricted(box.parameters().get(j)), what);
    }
    assertArrayEquals(lower, box.lower());
  }
}
