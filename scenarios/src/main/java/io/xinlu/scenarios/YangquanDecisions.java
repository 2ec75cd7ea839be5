package io.xinlu.scenarios;

import com.google.common.collect.ImmutableList;
import io.xinlu.decision.Robustness.Sense;
import io.xinlu.decision.RobustnessMetric;
import io.xinlu.decision.city.CityProblem;
import io.xinlu.decision.city.Decision;
import io.xinlu.decision.city.Objective;
import io.xinlu.indicator.Indicators;
import io.xinlu.indicator.Target;
import io.xinlu.scenario.CityModel;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;

/**
 * Yangquan's seed plan as a robust decision problem: twelve levers of the {@value Yangquan#SEED_PLAN} scenario, three
 * objectives (CO2 in 2030, GDP in 2035, the peak of displaced workers) and futures drawn from
 * {@link Yangquan#uncertainties()}.
 *
 * <p>Provenance: the lever ranges are estimates of this project, not the city's. Intensities range over [0.5, 1]: the
 * seed plan carries every strategy out fully (1), and half of a named strategy is taken as the least a city that has
 * announced it would do. {@code strategy/digital-first/intensity} is not a lever because it is already uncertain.
 * Start windows run from the planned start (or the base year after) to a few years after it: the energy projects
 * may move two years earlier at most (they were under way in 2023) and up to four or six years later; the
 * coal-power retirement and the mining exit may not start before their prerequisites reach full effect, which the
 * problem reports as a prerequisite violation rather than repairing. The seed plan's own lever values
 * ({@link #seedPlanLevers()}) are its intensities (1) and its projects' effective starts: the retirement's planned
 * start is 2026, but it waits for the wind and solar base (full effect 2028) and the coalbed-methane expansion (full
 * effect 2030), so the engine defers it to 2030 (a {@code Deferral} event); its lever value is 2030.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class YangquanDecisions {
  /** The seed of the futures' Latin hypercube. */
  public static final long FUTURES_SEED = 20260418L;

  private YangquanDecisions() {}

  /** The levers, in the order of the problem's variables. */
  public static ImmutableList<Decision> levers() {
    return ImmutableList.of(
        Decision.parse("strategy/industrial-empowerment/intensity", 0.5, 1.0),
        Decision.parse("strategy/services-upgrade/intensity", 0.5, 1.0),
        Decision.parse("strategy/ecology/intensity", 0.5, 1.0),
        Decision.parse("strategy/whole-area-coordination/intensity", 0.5, 1.0),
        Decision.parse("strategy/innovation/intensity", 0.5, 1.0),
        Decision.parse("strategy/energy-revolution/intensity", 0.5, 1.0),
        Decision.parse("project/green-power-base/start", 2023, 2027),
        Decision.parse("project/cbm-expansion/start", 2023, 2027),
        Decision.parse("project/coal-power-retirement/start", 2024, 2032),
        Decision.parse("project/coal-capacity-exit/start", 2028, 2034),
        Decision.parse("project/btr-anode-50kt/start", 2023, 2026),
        Decision.parse("project/intercity-rail/start", 2025, 2031));
  }

  /**
   * The seed plan's lever values, in the order of {@link #levers()}: every intensity 1, every start the year the
   * project starts in the seed plan's run (the coal-power retirement's after its deferral, 2030).
   */
  public static double[] seedPlanLevers() {
    return new double[] {1, 1, 1, 1, 1, 1, 2023, 2023, 2030, 2030, 2023, 2027};
  }

  /** The uncertainty space of {@link Yangquan#uncertainties()}: each range as a triangular distribution. */
  public static ParameterSpace uncertaintySpace() {
    ParameterSpace.Builder space = ParameterSpace.builder();
    for (Uncertainty u : Yangquan.uncertainties()) {
      space.parameter(u.path(), Distribution.triangular(u.low(), u.mode(), u.high()));
    }
    return space.build();
  }

  /** The three objectives: CO2 in 2030 (min), GDP in 2035 (max), the peak of displaced workers (min). */
  public static ImmutableList<Objective> objectives() {
    return ImmutableList.of(
        Objective.inYear(Indicators.co2(), 2030, Sense.MINIMISE),
        Objective.inYear(Indicators.gdp(), 2035, Sense.MAXIMISE),
        Objective.peak(Indicators.displacedWorkers(), Sense.MINIMISE));
  }

  /**
   * The robust problem over {@code futures} futures (a Latin hypercube of {@link #uncertaintySpace()} from
   * {@link #FUTURES_SEED}): each objective scored by its mean and its 90th percentile towards the worse side, and the
   * share of futures in which CO2 peaks by 2030 ({@code co2-peak-2030} of {@link Yangquan#targets()}).
   *
   * @throws IllegalArgumentException if {@code futures} is below 1
   */
  public static CityProblem robustProblem(int futures) {
    return robustProblem(Yangquan.model(), futures);
  }

  /** {@link #robustProblem(int)} on a given model (which must hold Yangquan's strategies and seed plan). */
  public static CityProblem robustProblem(CityModel model, int futures) {
    CityProblem.Builder b = CityProblem.builder(model, Yangquan.SEED_PLAN);
    levers().forEach(b::decision);
    objectives().forEach(b::objective);
    Target peak = Yangquan.targets().stream().filter(t -> t.id().equals("co2-peak-2030")).findFirst().orElseThrow();
    return b.futures(uncertaintySpace(), futures, FUTURES_SEED)
        .metrics(RobustnessMetric.mean(), RobustnessMetric.percentile(0.9))
        .satisficing(peak)
        .build();
  }
}
