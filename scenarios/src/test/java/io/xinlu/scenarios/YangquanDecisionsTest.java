package io.xinlu.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import io.xinlu.decision.Robustness.Sense;
import io.xinlu.decision.RobustnessMetric;
import io.xinlu.decision.RobustnessTable;
import io.xinlu.decision.Variable;
import io.xinlu.decision.city.CityProblem;
import io.xinlu.decision.city.Constraint;
import io.xinlu.decision.city.Decision;
import io.xinlu.decision.city.Objective;
import io.xinlu.decision.city.Plan;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenario.CityModel;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** The city as a search problem, on Yangquan's seed plan: the smoke problem, plan export and bad input. */
class YangquanDecisionsTest {
  private static final CityModel MODEL = Yangquan.model();
  private static final CityProblem ROBUST = YangquanDecisions.robustProblem(MODEL, 200);

  private static CityProblem.Builder reference() {
    CityProblem.Builder b = CityProblem.builder(MODEL, Yangquan.SEED_PLAN);
    YangquanDecisions.levers().forEach(b::decision);
    YangquanDecisions.objectives().forEach(b::objective);
    return b;
  }

  @Test
  void robust_smoke_problem_on_the_seed_plan() {
    assertTrue(ROBUST.variables().size() >= 10);
    assertTrue(ROBUST.variables().stream().map(Variable::name).toList()
        .containsAll(List.of("project/coal-power-retirement/start", "project/green-power-base/start",
            "project/cbm-expansion/start")));
    assertEquals(200, ROBUST.futures().length);
    assertEquals(List.of("co2@2030/mean", "co2@2030/p90", "gdp@2035/mean", "gdp@2035/p90",
        "peak(displaced-workers)/mean", "peak(displaced-workers)/p90", "satisficing"), ROBUST.objectives());
    // the retirement waits for green-power-base and cbm-expansion; the mining exit for cbm-expansion
    assertEquals(List.of("prerequisites/coal-power-retirement", "prerequisites/coal-capacity-exit"),
        ROBUST.constraints());
    double[] o = new double[ROBUST.objectives().size()];
    double[] v = new double[ROBUST.constraints().size()];
    ROBUST.evaluate(YangquanDecisions.seedPlanLevers(), o, v);
    for (double x : o) {
      assertTrue(Double.isFinite(x), () -> java.util.Arrays.toString(o));
    }
    assertArrayEquals(new double[] {0, 0}, v);
    assertTrue(o[6] <= 0 && o[6] >= -1, "satisficing is minus a share");
    // the seed plan's reference-future values equal a plain Engine run of seed-plan
    Run plain = Engine.run(MODEL, Yangquan.SEED_PLAN);
    Run ref = ROBUST.referenceRun(YangquanDecisions.seedPlanLevers());
    assertEquals(Indicators.co2().value(plain, 2030), Indicators.co2().value(ref, 2030));
    assertEquals(Indicators.gdp().value(plain, 2035), Indicators.gdp().value(ref, 2035));
    assertArrayEquals(plain.totalSeries(Quantity.DISPLACED_WORKERS), ref.totalSeries(Quantity.DISPLACED_WORKERS));
    // and the reference problem's objectives are exactly those values (GDP negated: it is maximised)
    CityProblem r = reference().build();
    double[] ro = new double[3];
    r.evaluate(YangquanDecisions.seedPlanLevers(), ro, new double[r.constraints().size()]);
    double peak = 0;
    for (double d : plain.totalSeries(Quantity.DISPLACED_WORKERS)) {
      peak = Math.max(peak, d);
    }
    assertArrayEquals(new double[] {Indicators.co2().value(plain, 2030), -Indicators.gdp().value(plain, 2035), peak},
        ro);
  }

  @Test
  void the_robust_table_holds_regret_from_the_best_plan() {
    CityProblem small = YangquanDecisions.robustProblem(MODEL, 12);
    double[] seed = YangquanDecisions.seedPlanLevers();
    double[] half = seed.clone();
    for (int i = 0; i < 6; i++) {
      half[i] = 0.5;
    }
    RobustnessTable t = small.robustnessTable(List.of(seed, half));
    assertEquals(List.of("mean", "p90", "worst", "regret1", "mean-regret1", "regret2"), t.metrics());
    double[][] co2 = t.values("co2@2030");
    // regret 1 by hand from the per-future values: the larger of the two plans' shortfalls from the better plan
    for (int p = 0; p < 2; p++) {
      double r = 0;
      for (int f = 0; f < 12; f++) {
        r = Math.max(r, co2[p][f] - Math.min(co2[0][f], co2[1][f]));
      }
      assertEquals(r, t.score(p, "co2@2030", "regret1"));
    }
    // the same futures as evaluate uses: the mean agrees with the problem's objective
    double[] o = new double[small.objectives().size()];
    small.evaluate(seed, o, new double[small.constraints().size()]);
    assertEquals(o[0], t.score(0, "co2@2030", "mean"));
    assertEquals(-o[2], t.score(0, "gdp@2035", "mean"));
    assertEquals(-o[6], t.satisficing(0));
  }

  @Test
  void an_exported_plan_runs_like_the_problems_reference_evaluation() {
    CityProblem problem = reference().lever("project/anode-park-expansion/carried-out", 0, 1)
        .lever("project/sapphire-plant/scale", 0.0, 2.0).build();
    List<Variable> vars = problem.variables();
    QuickTheory.qt().withExamples(40).forAll(integers().all()).checkAssert(seed -> {
      Random rnd = new Random(seed);
      double[] x = new double[vars.size()];
      for (int i = 0; i < x.length; i++) {
        Variable v = vars.get(i);
        x[i] = switch (v.type()) {
          case REAL -> v.lower() + rnd.nextDouble() * (v.upper() - v.lower());
          case INTEGER -> v.lower() + rnd.nextInt((int) (v.upper() - v.lower()) + 1);
          case BINARY -> rnd.nextInt(2);
        };
      }
      Plan plan = problem.plan(x);
      Run exported = Engine.run(plan.modelWith("found"), "found");
      Run evaluated = problem.referenceRun(x);
      for (Quantity q : List.of(Quantity.GROSS_OUTPUT, Quantity.VALUE_ADDED, Quantity.ENERGY, Quantity.FINAL_DEMAND,
          Quantity.EMPLOYMENT, Quantity.DISPLACED_WORKERS, Quantity.INVESTMENT)) {
        assertArrayEquals(evaluated.totalSeries(q), exported.totalSeries(q), () -> q + " of " + plan);
      }
      double[] o = new double[3];
      problem.evaluate(x, o, new double[problem.constraints().size()]);
      assertEquals(Indicators.co2().value(exported, 2030), o[0]);
    });
  }

  @Test
  void prerequisites_are_reported_not_repaired() {
    CityProblem r = reference().build();
    double[] x = YangquanDecisions.seedPlanLevers();
    double[] v = new double[2];
    // the retirement decided for 2026: 2 years before the wind and solar base's full effect (2028) and 4 before
    // the coalbed-methane expansion's (2030)
    x[8] = 2026;
    r.evaluate(x, new double[3], v);
    assertArrayEquals(new double[] {6, 0}, v);
    // the coalbed-methane expansion started in 2025 reaches full effect in 2032: the retirement (2030) and the
    // mining exit (2030) are each 2 years early
    x = YangquanDecisions.seedPlanLevers();
    x[7] = 2025;
    r.evaluate(x, new double[3], v);
    assertArrayEquals(new double[] {2, 2}, v);
    // not carrying out the wind and solar base: 1 per missing prerequisite
    CityProblem c = reference().lever("project/green-power-base/carried-out", 0, 1).build();
    double[] y = java.util.Arrays.copyOf(YangquanDecisions.seedPlanLevers(), 13);
    double[] w = new double[c.constraints().size()];
    c.evaluate(y, new double[3], w);
    assertEquals(1.0, w[0]);
    y[12] = 1;
    c.evaluate(y, new double[3], w);
    assertEquals(0.0, w[0]);
  }

  @Test
  void budgets_and_targets_as_constraints() {
    CityProblem r = reference().constraint(Constraint.annualBudget(0.0)).constraint(Constraint.totalBudget(1e6))
        .constraint(Constraint.of(Yangquan.targets().get(0))).build();
    double[] v = new double[r.constraints().size()];
    r.evaluate(YangquanDecisions.seedPlanLevers(), new double[3], v);
    Run plain = Engine.run(MODEL, Yangquan.SEED_PLAN);
    double spent = 0;
    for (int y = Yangquan.BASE_YEAR + 1; y <= Yangquan.END_YEAR; y++) {
      spent += plain.total(Quantity.INVESTMENT, y);
    }
    assertTrue(spent > 0);
    assertEquals(spent, v[0], 1e-9 * spent);
    assertEquals(0.0, v[1]);
    assertEquals(Math.max(0, Yangquan.targets().get(0).check(plain).gap()), v[2]);
  }

  @Test
  void worst_future_of_a_plan_searches_the_uncertainties() {
    ParameterSpace space = YangquanDecisions.uncertaintySpace();
    CityProblem w = reference().worstFutureOf(space, YangquanDecisions.seedPlanLevers()).build();
    assertEquals(space.parameterNames(), w.variables().stream().map(Variable::name).toList());
    assertEquals(List.of(), w.constraints());
    double[] mode = new double[space.parameters().size()];
    double[] high = new double[mode.length];
    for (int i = 0; i < mode.length; i++) {
      List<Double> p = space.parameters().get(i).distribution().parameters();
      mode[i] = p.get(1);
      high[i] = p.get(2);
    }
    double[] a = new double[3];
    double[] b = new double[3];
    w.evaluate(mode, a, new double[0]);
    w.evaluate(high, b, new double[0]);
    // directions reversed: CO2 (minimised) is written negated, GDP (maximised) as is
    assertTrue(a[0] < 0 && a[1] > 0);
    assertNotEquals(a[0], b[0]);
  }

  @Test
  void identity_changes_with_what_changes_evaluation() {
    assertEquals(ROBUST.identity(), YangquanDecisions.robustProblem(MODEL, 200).identity());
    assertNotEquals(ROBUST.identity(), YangquanDecisions.robustProblem(MODEL, 199).identity());
    assertNotEquals(reference().build().identity(),
        reference().constraint(Constraint.annualBudget(3)).build().identity());
    assertEquals(64, ROBUST.identity().length());
  }

  @Test
  void many_threads_evaluate_the_same_numbers() throws Exception {
    CityProblem p = YangquanDecisions.robustProblem(MODEL, 20);
    double[] x = YangquanDecisions.seedPlanLevers();
    double[] expected = new double[p.objectives().size()];
    p.evaluate(x, expected, new double[2]);
    java.util.concurrent.ExecutorService ex = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<double[]>> fs = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        fs.add(ex.submit(() -> {
          double[] o = new double[expected.length];
          p.evaluate(x, o, new double[2]);
          return o;
        }));
      }
      for (java.util.concurrent.Future<double[]> f : fs) {
        assertArrayEquals(expected, f.get());
      }
    } finally {
      ex.shutdown();
    }
  }

  // ---- bad input -------------------------------------------------------------------------------------------

  private static void assertRefused(String part, Supplier<?> build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::get);
    assertTrue(e.getMessage().contains(part), () -> "expected '" + part + "' in: " + e.getMessage());
  }

  @Test
  void bad_input_is_refused_with_its_path() {
    assertRefused("lever 'strategy/no-such/intensity': unknown strategy 'no-such'",
        () -> reference().lever("strategy/no-such/intensity", 0, 1).build());
    assertRefused("lever 'project/no-such/start': unknown project 'no-such'",
        () -> reference().lever("project/no-such/start", 2024, 2026).build());
    assertRefused("lever 'project/green-power-base/finish' is not a lever path",
        () -> Decision.parse("project/green-power-base/finish", 0, 1));
    assertRefused("lever 'strategy//intensity' is not a lever path", () -> Decision.parse("strategy//intensity", 0, 1));
    assertRefused("lever 'strategy/ecology/intensity': empty range [0.9, 0.2]",
        () -> Decision.parse("strategy/ecology/intensity", 0.9, 0.2));
    assertRefused("lever 'project/cbm-expansion/start': empty start window [2027, 2025]",
        () -> Decision.parse("project/cbm-expansion/start", 2027, 2025));
    assertRefused("lever 'strategy/ecology/intensity': an intensity ranges inside [0, 1]",
        () -> Decision.parse("strategy/ecology/intensity", 0.5, 1.5));
    assertRefused("lever 'project/sapphire-plant/start': the start window [2019, 2025] begins before the base year 2022",
        () -> reference().lever("project/sapphire-plant/start", 2019, 2025).build());
    assertRefused("ends after the scenario's last year 2035",
        () -> reference().lever("project/high-tech-zone/start", 2030, 2040).build());
    assertRefused("lever 'project/green-power-base/start': scenario 'baseline' does not carry out project "
        + "'green-power-base'; adopt its strategy 'energy-revolution'",
        () -> CityProblem.builder(MODEL, Yangquan.BASELINE).lever("project/green-power-base/start", 2023, 2025)
            .objective(YangquanDecisions.objectives().get(0)).build());
    assertRefused("lever 'strategy/digital-first/intensity': the intensity is both decided and uncertain",
        () -> CityProblem.builder(MODEL, Yangquan.SEED_PLAN).lever("strategy/digital-first/intensity", 0.5, 1)
                .objective(YangquanDecisions.objectives().get(0))
                .futures(YangquanDecisions.uncertaintySpace(), 5, 1).metrics(RobustnessMetric.mean()).build());
    assertRefused("no objective given",
        () -> CityProblem.builder(MODEL, Yangquan.SEED_PLAN).lever("strategy/ecology/intensity", 0.5, 1).build());
    assertRefused("robust problem on scenario 'seed-plan': no futures given",
        () -> reference().metrics(RobustnessMetric.mean()).build());
    assertRefused("objective 'co2@2040': years 2040-2040 lie outside the run 2022-2035",
        () -> reference().objective(Objective.inYear(Indicators.co2(), 2040, Sense.MINIMISE)).build());
    assertRefused("lever 'strategy/ecology/intensity' is given twice",
        () -> reference().lever("strategy/ecology/intensity", 0.5, 1).build());
    assertRefused("conflicting options: metrics/satisficing (a robust problem) and referenceFuture",
        () -> reference().metrics(RobustnessMetric.mean()).referenceFuture(Map.of("macro-shock", 0.0)).build());
    assertRefused("conflicting options: constraints and worstFutureOf",
        () -> reference().constraint(Constraint.totalBudget(1))
            .worstFutureOf(YangquanDecisions.uncertaintySpace(), YangquanDecisions.seedPlanLevers()).build());
    assertRefused("metric 'regret1' needs every plan",
        () -> reference().futures(YangquanDecisions.uncertaintySpace(), 3, 1).metrics(RobustnessMetric.regretFromBest())
            .build());
    assertRefused("variable 'project/coal-power-retirement/start' does not take the value 2028.5", () -> {
      double[] x = YangquanDecisions.seedPlanLevers();
      x[8] = 2028.5;
      reference().build().evaluate(x, new double[3], new double[2]);
      return null;
    });
    ParameterSpace unbounded = ParameterSpace.builder().parameter("macro-shock", Distribution.normal(0, 0.01)).build();
    assertRefused("uncertain parameter 'macro-shock' has an unbounded range",
        () -> reference().worstFutureOf(unbounded, YangquanDecisions.seedPlanLevers()).build());
  }
}
