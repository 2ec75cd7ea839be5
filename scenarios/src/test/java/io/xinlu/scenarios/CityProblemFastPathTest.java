package io.xinlu.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import io.xinlu.decision.Robustness.Sense;
import io.xinlu.decision.RobustnessMetric;
import io.xinlu.decision.Variable;
import io.xinlu.decision.city.CityProblem;
import io.xinlu.decision.city.Constraint;
import io.xinlu.decision.city.Objective;
import io.xinlu.indicator.Indicators;
import io.xinlu.indicator.Target;
import io.xinlu.scenario.CityModel;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * {@link CityProblem#evaluate}'s fast path (decisions worked out once per problem and once per candidate, one reused
 * parameter vector, {@code Objective.fastValue}, the reference run only when needed) against the plain path
 * ({@code CityProblem.evaluatePlain}, package-private, called by reflection as the tests run on the class path:
 * {@link Objective#value(io.xinlu.engine.Run)} and
 * {@link Constraint#violation(io.xinlu.engine.Run)} on runs with freshly built parameter vectors), every objective
 * and violation bit for bit, over generated candidates of the synthetic city and of Yangquan, in all three kinds.
 */
class CityProblemFastPathTest {
  /** Sets an example count and shrink budget that keep each property to a few seconds. */
  private static QuickTheory qt() {
    QuickTheory qt = QuickTheory.qt();
    qt = System.getProperty("QT_EXAMPLES") == null ? qt.withExamples(40) : qt;
    return System.getProperty("QT_SHRINKS") == null ? qt.withShrinkCycles(200) : qt;
  }

  /** A candidate: one number in [0, 1) per variable, mapped into the variable's range (rounded if whole). */
  private static Gen<double[]> candidates(CityProblem problem) {
    List<Variable> vars = problem.variables();
    return lists().of(doubles().between(0.0, 0.999999)).ofSize(vars.size()).map(u -> {
      double[] x = new double[vars.size()];
      for (int i = 0; i < x.length; i++) {
        Variable v = vars.get(i);
        double raw = v.lower() + u.get(i) * (v.upper() - v.lower());
        x[i] = v.type() == Variable.Type.REAL ? raw : Math.min(v.upper(), Math.floor(raw + 0.5));
      }
      return x;
    });
  }

  private static void evaluatePlain(CityProblem problem, double[] x, double[] o, double[] v) {
    try {
      Method plain = CityProblem.class.getDeclaredMethod("evaluatePlain", double[].class, double[].class,
          double[].class);
      plain.setAccessible(true);
      plain.invoke(problem, x, o, v);
    } catch (InvocationTargetException e) {
      throw new AssertionError("the plain path failed on " + Arrays.toString(x), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("CityProblem.evaluatePlain(double[], double[], double[]) is missing", e);
    }
  }

  private static void assertSameBits(CityProblem problem, double[] x) {
    double[] fastO = new double[problem.objectives().size()];
    double[] fastV = new double[problem.constraints().size()];
    double[] plainO = new double[fastO.length];
    double[] plainV = new double[fastV.length];
    Arrays.fill(fastO, 12345.0);
    Arrays.fill(fastV, 12345.0);
    problem.evaluate(x, fastO, fastV);
    evaluatePlain(problem, x, plainO, plainV);
    String at = "candidate " + Arrays.toString(x) + ": objectives " + Arrays.toString(fastO) + " vs "
        + Arrays.toString(plainO) + ", violations " + Arrays.toString(fastV) + " vs " + Arrays.toString(plainV);
    for (int i = 0; i < fastO.length; i++) {
      assertEquals(Double.doubleToRawLongBits(plainO[i]), Double.doubleToRawLongBits(fastO[i]),
          problem.objectives().get(i) + ", " + at);
    }
    for (int i = 0; i < fastV.length; i++) {
      assertEquals(Double.doubleToRawLongBits(plainV[i]), Double.doubleToRawLongBits(fastV[i]),
          problem.constraints().get(i) + ", " + at);
    }
  }

  private static final CityModel SYNTHETIC = SyntheticCity.model(12, 8, 2040);

  /** Every decision kind, every reduction (whole-run and partial spans), both budgets and a target. */
  private static CityProblem.Builder synthetic() {
    Target co2Cap = Target.atMost(Indicators.co2(), 600, 2035);
    return CityProblem.builder(SYNTHETIC, "all")
        .lever("strategy/" + SyntheticCity.STRATEGY + "/intensity", 0.3, 1.0)
        .lever("project/p0/scale", 0.5, 1.5)
        .lever("project/p1/start", 2021, 2030)
        .lever("project/p2/carried-out", 0, 1)
        .lever("project/p3/scale", 0.2, 2.0)
        .lever("project/p3/carried-out", 0, 1)
        .lever("project/p4/start", 2022, 2035)
        .objective(Objective.inYear(Indicators.co2(), 2040, Sense.MINIMISE))
        .objective(Objective.inYear(Indicators.gdp(), 2035, Sense.MAXIMISE))
        .objective(Objective.peak(Indicators.displacedWorkers(), Sense.MINIMISE))
        .objective(Objective.peak(Indicators.co2(), 2025, 2032, Sense.MINIMISE))
        .objective(Objective.sum(Indicators.investment(), 2020, 2040, Sense.MINIMISE))
        .objective(Objective.sum(Indicators.energy(), 2022, 2030, Sense.MINIMISE))
        .objective(Objective.firstYearMet(co2Cap));
  }

  /** The synthetic city's uncertainties plus an uncertain delay and scale on decided projects (added, multiplied). */
  private static ParameterSpace syntheticFutures() {
    ParameterSpace.Builder b = ParameterSpace.builder();
    SyntheticCity.uncertainty(12, 8).parameters().stream().filter(u -> !u.name().startsWith("strategy/"))
        .forEach(u -> b.parameter(u.name(), u.distribution()));
    return b.parameter("project/p1/delay", Distribution.uniform(0.0, 3.0))
        .parameter("project/p3/scale", Distribution.uniform(0.7, 1.3))
        .build();
  }

  @Test
  void synthetic_robust_problem_gives_the_plain_paths_bits() {
    CityProblem p = synthetic()
        .constraint(Constraint.annualBudget(3.0))
        .constraint(Constraint.totalBudget(30.0))
        .constraint(Constraint.of(Target.atMost(Indicators.co2(), 700, 2030)))
        .metrics(RobustnessMetric.mean(), RobustnessMetric.percentile(0.9), RobustnessMetric.worstCase(),
            RobustnessMetric.regretFromReference())
        .satisficing(Target.atMost(Indicators.co2(), 650, 2040))
        .futures(syntheticFutures(), 12, 5)
        .build();
    qt().forAll(candidates(p)).checkAssert(x -> assertSameBits(p, x));
  }

  @Test
  void synthetic_robust_problem_without_constraints_skips_the_reference_run_with_the_same_bits() {
    // no constraint and no regret from the reference future: the fast path runs no reference run
    CityProblem p = synthetic().metrics(RobustnessMetric.mean(), RobustnessMetric.percentile(0.5))
        .futures(syntheticFutures(), 12, 6)
        .build();
    qt().forAll(candidates(p)).checkAssert(x -> assertSameBits(p, x));
  }

  @Test
  void synthetic_reference_and_worst_future_problems_give_the_plain_paths_bits() {
    CityProblem asGiven = synthetic().constraint(Constraint.annualBudget(2.5)).build();
    qt().forAll(candidates(asGiven)).checkAssert(x -> assertSameBits(asGiven, x));
    CityProblem inAFuture = synthetic().referenceFuture(Map.of("project/p1/delay", 2.0, "macro-shock", -0.001))
        .build();
    qt().forAll(candidates(inAFuture)).checkAssert(x -> assertSameBits(inAFuture, x));
    CityProblem worst = synthetic().worstFutureOf(syntheticFutures(), 0.8, 1.2, 2024, 1, 1.5, 1, 2030).build();
    qt().forAll(candidates(worst)).checkAssert(x -> assertSameBits(worst, x));
  }

  @Test
  void yangquan_robust_problem_gives_the_plain_paths_bits() {
    // the seed plan's twelve levers, prerequisite constraints, mean and p90, satisficing; 16 futures
    CityProblem p = YangquanDecisions.robustProblem(Yangquan.model(), 16);
    qt().forAll(candidates(p)).checkAssert(x -> assertSameBits(p, x));
    CityProblem.Builder b = CityProblem.builder(Yangquan.model(), Yangquan.SEED_PLAN);
    YangquanDecisions.levers().forEach(b::decision);
    YangquanDecisions.objectives().forEach(b::objective);
    CityProblem budgeted = b.constraint(Constraint.annualBudget(20.0)).constraint(Constraint.totalBudget(100.0))
        .metrics(RobustnessMetric.mean(), RobustnessMetric.regretFromReference())
        .futures(YangquanDecisions.uncertaintySpace(), 8, 3)
        .build();
    qt().forAll(candidates(budgeted)).checkAssert(x -> assertSameBits(budgeted, x));
  }
}
