package io.xinlu.calibration;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.history.HistoryComparison;
import io.xinlu.history.ObservedSeries;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.scenario.CityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The calibration of chosen parameters of one scenario to observed series by weighted least squares: find the
 * values {@code θ} within their bounds that minimise {@code RSS(θ) = Σ_s Σ_t r_st²} with the weighted residuals
 * {@code r_st = w_s (sim_s(t; θ) − obs_s(t))}, one per observation {@code t} of series {@code s}.
 *
 * <pre>{@code
 * Calibration c = Calibration.builder(model, "baseline")
 *     .parameter("sector/s0/growth", -0.05, 0.10)
 *     .parameter("sector/s2/growth", -0.05, 0.10, 0.0)          // with a start value
 *     .parameter("sector/s0/intensity-decline", 0.0, 0.08)
 *     .observe(gdp).observe(energy).observe(employment)          // ObservedSeries
 *     .build();
 * CalibrationResult r = c.fit();
 * r.estimate("sector/s0/growth").standardError();
 * r.warnings();                                                 // what the data cannot identify
 * }</pre>
 *
 * <p><b>The model.</b> The parameters are applied exactly as ensembles apply theirs, through core's
 * {@link Parameterization} of the scenario; each evaluation is one run of the scenario with new values. The run is
 * compared with the observations by core's {@link HistoryComparison}: the same indicator lookup (a catalogue, the
 * standard one unless {@link Builder#catalogue} gives another), the same checks of units and years.
 *
 * <p><b>Weights.</b> A series' weight {@code w_s} defaults to {@code 1 / mean_t |obs_s(t)|}, so that each weighted
 * residual is a fraction of its series' level and series in different units weigh alike; {@link
 * Builder#observe(ObservedSeries, double)} gives another.
 *
 * <p><b>Bounds.</b> The optimiser (Hipparchus' Levenberg-Marquardt) is unconstrained; it works on the internal
 * variable {@code u} of MINUIT's transform for a parameter with two limits,
 * {@code θ = lower + (upper − lower) (sin u + 1) / 2}, so every value it tries lies within the bounds and the model
 * never sees a value outside them, while a step past a bound folds back inside instead of running off to infinity
 * (as it could in a logit transform, whose flat tails trap the optimiser near a bound). The Jacobian it uses is a
 * central difference in {@code u}. The standard errors, intervals and correlations are computed afterwards, from a
 * central-difference Jacobian in the parameters' own units at the optimum; see {@link CalibrationResult}.
 *
 * <p><b>Threads.</b> By default every run happens on the thread that calls {@link #fit()}. With {@link
 * Builder#executor}, the runs of one Jacobian (two per parameter) go to the caller's
 * executor, which the calibration never shuts down; the result is the same, bit for bit, on any executor, because
 * every run is a pure function of its values and the columns are put together in parameter order.
 *
 * <p>Immutable and thread-safe: {@link #fit()} may be called from several threads at once, each fit with its own
 * state.
 *
 * @since 0.1.0
 */
public final class Calibration {
  /**
   * The least sensitivity for a parameter to count as identified: the norm of its column of the Jacobian of the
   * weighted residuals times the width of its bounds, the linearised change of the weighted residuals (fractions
   * of the series' levels with the default weights) when the parameter moves across its whole range.
   */
  public static final double MIN_SENSITIVITY = 1e-6;
  /** The largest condition number of the column-scaled {@code JᵀJ} without a warning. */
  public static final double MAX_CONDITION = 1e6;
  /** The condition number of the column-scaled {@code JᵀJ} above which it is taken as singular. */
  public static final double SINGULAR_CONDITION = 1e14;
  /** The largest absolute correlation of two estimates without a warning. */
  public static final double MAX_CORRELATION = 0.99;
  /** An estimate this close to a bound, as a fraction of the range, is at the bound. */
  public static final double AT_BOUND = 1e-3;
  /** The confidence level of the intervals. */
  public static final double CONFIDENCE = 0.95;
  /** The default limit of the optimiser's iterations. */
  public static final int DEFAULT_MAX_ITERATIONS = 200;
  /** The default limit of the optimiser's evaluations (runs for the Jacobians not counted). */
  public static final int DEFAULT_MAX_EVALUATIONS = 1000;

  private final Parameterization parameterization;
  private final ImmutableList<CalibrationParameter> parameters;
  private final double[] starts;
  private final ImmutableList<ObservedSeries> observed;
  private final double[] weights;
  private final IndicatorCatalogue catalogue;
  private final @Nullable Executor executor;
  private final int maxIterations;
  private final int maxEvaluations;
  private final HistoryComparison atStart;
  private final int observations;

  private Calibration(Builder b, Parameterization parameterization, double[] starts, double[] weights,
      HistoryComparison atStart, int observations) {
    this.parameterization = parameterization;
    this.parameters = ImmutableList.copyOf(b.parameters);
    this.starts = starts;
    this.observed = ImmutableList.copyOf(b.observed);
    this.weights = weights;
    this.catalogue = b.catalogue;
    this.executor = b.executor;
    this.maxIterations = b.maxIterations;
    this.maxEvaluations = b.maxEvaluations;
    this.atStart = atStart;
    this.observations = observations;
  }

  /**
   * A builder of the calibration of a scenario of a model.
   *
   * @param model the model
   * @param scenario the name of the scenario to run; checked by {@link Builder#build()}
   */
  public static Builder builder(CityModel model, String scenario) {
    return new Builder(model, scenario);
  }

  /**
   * Fits the parameters.
   *
   * @return the estimates, their uncertainty, the residuals, the fit and the warnings
   * @throws IllegalArgumentException if a run fails or gives a value that is not finite at values within the
   *     bounds (the message gives the values); narrower bounds avoid it
   */
  public CalibrationResult fit() {
    return new WeightedLeastSquares(this).fit();
  }

  /** The scenario opened for the parameters, in the order of {@link #parameters()}. */
  public Parameterization parameterization() {
    return parameterization;
  }

  /** The parameters, in the order given. */
  public ImmutableList<CalibrationParameter> parameters() {
    return parameters;
  }

  /** The start values, in the order of {@link #parameters()} (a copy). */
  public double[] startValues() {
    return starts.clone();
  }

  /** The observed series, in the order given. */
  public ImmutableList<ObservedSeries> observed() {
    return observed;
  }

  /** The weight of each series, by indicator id, in the order of {@link #observed()}. */
  public ImmutableMap<String, Double> weights() {
    ImmutableMap.Builder<String, Double> m = ImmutableMap.builder();
    for (int s = 0; s < observed.size(); s++) {
      m.put(observed.get(s).indicator(), weights[s]);
    }
    return m.buildOrThrow();
  }

  /** The number of observations {@code n}, over all series; above the number of parameters. */
  public int observations() {
    return observations;
  }

  /** The catalogue the series' indicators are found in. */
  public IndicatorCatalogue catalogue() {
    return catalogue;
  }

  /** The run at the start values compared with the observations. */
  public HistoryComparison atStart() {
    return atStart;
  }

  double weight(int series) {
    return weights[series];
  }

  @Nullable Executor executor() {
    return executor;
  }

  int maxIterations() {
    return maxIterations;
  }

  int maxEvaluations() {
    return maxEvaluations;
  }

  @Override
  public String toString() {
    return "Calibration[" + parameterization.scenario().name() + ", " + parameters.size() + " parameters, "
        + observed.size() + " series, " + observations + " observations]";
  }

  /**
   * Collects the parameters, observations and settings of a calibration; {@link #build()} checks them all against
   * the model. Not thread-safe; build once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final CityModel model;
    private final String scenario;
    private final List<CalibrationParameter> parameters = new ArrayList<>();
    private final List<ObservedSeries> observed = new ArrayList<>();
    private final List<Double> givenWeights = new ArrayList<>();
    private IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    private @Nullable Executor executor;
    private int maxIterations = DEFAULT_MAX_ITERATIONS;
    private int maxEvaluations = DEFAULT_MAX_EVALUATIONS;

    private Builder(CityModel model, String scenario) {
      this.model = model;
      this.scenario = scenario;
    }

    /**
     * Adds a parameter to fit, started from the model's own value (or the midpoint of the bounds if that lies
     * outside them).
     *
     * @throws IllegalArgumentException as {@link CalibrationParameter#of(String, double, double)}
     */
    public Builder parameter(String path, double lower, double upper) {
      return parameter(CalibrationParameter.of(path, lower, upper));
    }

    /**
     * Adds a parameter to fit, started from a given value.
     *
     * @throws IllegalArgumentException as {@link CalibrationParameter#of(String, double, double, double)}
     */
    public Builder parameter(String path, double lower, double upper, double start) {
      return parameter(CalibrationParameter.of(path, lower, upper, start));
    }

    /** Adds a parameter to fit. */
    public Builder parameter(CalibrationParameter parameter) {
      parameters.add(parameter);
      return this;
    }

    /** Adds an observed series with the default weight {@code 1 / mean |observed value|}. */
    public Builder observe(ObservedSeries series) {
      observed.add(series);
      givenWeights.add(Double.NaN);
      return this;
    }

    /**
     * Adds an observed series with a weight of its own.
     *
     * @param weight the weight of its residuals, finite and positive, in 1 / the series' unit
     * @throws IllegalArgumentException naming the series if the weight is not finite and positive
     */
    public Builder observe(ObservedSeries series, double weight) {
      checkArgument(Double.isFinite(weight) && weight > 0,
          "calibration > observed series '%s': the weight %s must be finite and positive", series.indicator(),
          weight);
      observed.add(series);
      givenWeights.add(weight);
      return this;
    }

    /** Adds observed series, each with the default weight. */
    public Builder observeAll(Iterable<ObservedSeries> series) {
      for (ObservedSeries s : series) {
        observe(s);
      }
      return this;
    }

    /** The catalogue the series' indicators are found in; the standard catalogue by default. */
    public Builder catalogue(IndicatorCatalogue catalogue) {
      this.catalogue = catalogue;
      return this;
    }

    /**
     * Runs the runs of each Jacobian on the caller's executor, which the calibration never shuts down. Without
     * one, every run happens on the thread that calls {@link Calibration#fit()}.
     */
    public Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    /**
     * The limit of the optimiser's iterations, {@link Calibration#DEFAULT_MAX_ITERATIONS} by default; at the limit the
     * fit stops with a {@link CalibrationWarning.Reason#NOT_CONVERGED} warning.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxIterations(int maxIterations) {
      checkArgument(maxIterations >= 1, "calibration: maxIterations must be at least 1, got %s", maxIterations);
      this.maxIterations = maxIterations;
      return this;
    }

    /**
     * The limit of the optimiser's evaluations (each one run; the runs of the Jacobians are not counted),
     * {@link Calibration#DEFAULT_MAX_EVALUATIONS} by default; at the limit the fit stops with a
     * {@link CalibrationWarning.Reason#NOT_CONVERGED} warning.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxEvaluations(int maxEvaluations) {
      checkArgument(maxEvaluations >= 1, "calibration: maxEvaluations must be at least 1, got %s",
          maxEvaluations);
      this.maxEvaluations = maxEvaluations;
      return this;
    }

    /**
     * Checks everything against the model and returns the calibration.
     *
     * @throws IllegalArgumentException with the path or series concerned: no parameters; no observed series; an
     *     unknown scenario; a parameter listed twice or one the model lacks (naming what exists); a bound the model
     *     does not accept for that parameter (such as an intensity decline of 1); an observed series of an unknown
     *     indicator, in a unit other than the indicator's, with a year outside the run, or two of one indicator
     *     (as {@link HistoryComparison#of(Run, Iterable, IndicatorCatalogue)}); a series whose values are all 0
     *     and has no weight of its own; no more observations than parameters
     */
    public Calibration build() {
      String where = "calibration of scenario '" + scenario + "'";
      checkArgument(!parameters.isEmpty(),
          "%s: no parameters to fit; add at least one with parameter(path, lower, upper)", where);
      checkArgument(!observed.isEmpty(), "%s: no observed series to fit to; add at least one with observe(series)",
          where);
      List<String> paths = new ArrayList<>();
      for (CalibrationParameter p : parameters) {
        paths.add(p.path().toString());
      }
      Parameterization parameterization;
      try {
        parameterization = Parameterization.of(model, scenario, paths);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      double[] given = parameterization.baseValues();
      double[] starts = new double[parameters.size()];
      for (int k = 0; k < starts.length; k++) {
        CalibrationParameter p = parameters.get(k);
        starts[k] = p.start().orElse(p.inside(given[k]) ? given[k] : 0.5 * (p.lower() + p.upper()));
      }
      for (int k = 0; k < starts.length; k++) {
        CalibrationParameter p = parameters.get(k);
        accepts(parameterization, starts, k, p.lower(), "lower", where);
        accepts(parameterization, starts, k, p.upper(), "upper", where);
      }
      Run start;
      try {
        start = parameterization.run(starts);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": the run at the start values "
            + parameterization.describe(starts) + " fails: " + e.getMessage(), e);
      }
      HistoryComparison atStart = HistoryComparison.of(start, observed, catalogue);
      double[] weights = new double[observed.size()];
      int n = 0;
      for (int s = 0; s < observed.size(); s++) {
        ObservedSeries series = observed.get(s);
        n += series.size();
        double w = givenWeights.get(s);
        if (Double.isNaN(w)) {
          double sum = 0;
          for (int i = 0; i < series.size(); i++) {
            sum += Math.abs(series.value(i));
          }
          double meanAbs = sum / series.size();
          checkArgument(meanAbs > 0 && Double.isFinite(1 / meanAbs),
              "%s > observed series '%s': its values are all 0, so the default weight 1 / mean |value| is not "
                  + "defined; give it a weight with observe(series, weight)", where, series.indicator());
          w = 1 / meanAbs;
        }
        weights[s] = w;
      }
      checkArgument(n > parameters.size(),
          "%s: %s observations for %s parameters %s; a fit needs more observations than parameters", where, n,
          parameters.size(), paths);
      return new Calibration(this, parameterization, starts, weights, atStart, n);
    }

    /** Checks that the model accepts a bound as the value of parameter {@code k}, the others at their starts. */
    private void accepts(Parameterization parameterization, double[] starts, int k, double bound, String which,
        String where) {
      double[] values = starts.clone();
      values[k] = bound;
      try {
        parameterization.compile(values);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + " > parameter '" + parameters.get(k).path() + "': the " + which
            + " bound " + bound + " is not a value the model accepts: " + e.getMessage(), e);
      }
    }
  }
}
