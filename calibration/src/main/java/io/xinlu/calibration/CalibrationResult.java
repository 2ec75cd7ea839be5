package io.xinlu.calibration;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link Calibration} found: the estimates with their standard errors and 95 % intervals, the covariance and
 * correlation of the estimates, the residuals per series and year, the fit of every series before and after, the
 * residual sum of squares, the optimiser's effort and the {@link CalibrationWarning warnings}.
 *
 * <p><b>Uncertainty.</b> With {@code n} observations, {@code p} parameters and {@code J} the {@code n × p} Jacobian
 * of the weighted residuals at the estimates, by central differences in the parameters' own units (steps of
 * {@code 10⁻⁶} of each range), the covariance of the estimates is {@code s² (JᵀJ)⁻¹} with
 * {@code s² = RSS / (n − p)}: the usual large-sample approximation for nonlinear least squares, which assumes that
 * the weighted residuals are independent with a common variance. Intervals are Wald's with Student's t on
 * {@code n − p} degrees of freedom. A parameter without sensitivity is left out of {@code JᵀJ} (its block is zero)
 * and gets an infinite standard error; so do all parameters when the column-scaled {@code JᵀJ} is singular
 * (condition number above {@link Calibration#SINGULAR_CONDITION}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CalibrationResult {
  private final ImmutableList<ParameterEstimate> estimates;
  private final double[][] covariance;
  private final double[][] correlation;
  private final ImmutableList<Residual> residuals;
  private final ImmutableList<CalibratedSeries> series;
  private final double rss;
  private final double startRss;
  private final int observations;
  private final double tQuantile;
  private final double conditionNumber;
  private final int iterations;
  private final int evaluations;
  private final int runs;
  private final boolean converged;
  private final ImmutableList<CalibrationWarning> warnings;
  private final Run run;

  CalibrationResult(ImmutableList<ParameterEstimate> estimates, double[][] covariance, double[][] correlation,
      ImmutableList<Residual> residuals, ImmutableList<CalibratedSeries> series, double rss, double startRss,
      int observations, double tQuantile, double conditionNumber, int iterations, int evaluations, int runs,
      boolean converged, ImmutableList<CalibrationWarning> warnings, Run run) {
    this.estimates = estimates;
    this.covariance = covariance;
    this.correlation = correlation;
    this.residuals = residuals;
    this.series = series;
    this.rss = rss;
    this.startRss = startRss;
    this.observations = observations;
    this.tQuantile = tQuantile;
    this.conditionNumber = conditionNumber;
    this.iterations = iterations;
    this.evaluations = evaluations;
    this.runs = runs;
    this.converged = converged;
    this.warnings = warnings;
    this.run = run;
  }

  /** The estimates, in the order of the calibration's parameters. */
  public ImmutableList<ParameterEstimate> estimates() {
    return estimates;
  }

  /**
   * The estimate of one parameter.
   *
   * @param path the parameter's path as given, such as {@code sector/s0/growth}
   * @throws IllegalArgumentException if no parameter has that path, listing those fitted
   */
  public ParameterEstimate estimate(String path) {
    return estimates.get(index(path));
  }

  /** The estimated values, in the order of the calibration's parameters (a copy). */
  public double[] values() {
    double[] v = new double[estimates.size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = estimates.get(k).estimate();
    }
    return v;
  }

  /**
   * The covariance matrix of the estimates, {@code s² (JᵀJ)⁻¹}, in the parameters' own units, in the order of the
   * parameters (a copy). A parameter that is not identified has {@code +∞} on the diagonal and NaN elsewhere in its
   * row and column.
   */
  public double[][] covariance() {
    return copy(covariance);
  }

  /**
   * The correlation matrix of the estimates, in the order of the parameters (a copy): 1 on the diagonal, NaN
   * between a parameter that is not identified and any other.
   */
  public double[][] correlation() {
    return copy(correlation);
  }

  /**
   * The correlation of the estimates of two parameters; NaN if either is not identified.
   *
   * @throws IllegalArgumentException if a path is not among the parameters
   */
  public double correlation(String path, String other) {
    return correlation[index(path)][index(other)];
  }

  /** The residuals at the estimates, series by series in the order given, years in order within each. */
  public ImmutableList<Residual> residuals() {
    return residuals;
  }

  /**
   * The residuals of one series at the estimates, in year order.
   *
   * @throws IllegalArgumentException if no series observes the indicator, listing those that do
   */
  public ImmutableList<Residual> residuals(String indicator) {
    calibratedSeries(indicator);
    ImmutableList.Builder<Residual> b = ImmutableList.builder();
    for (Residual r : residuals) {
      if (r.indicator().equals(indicator)) {
        b.add(r);
      }
    }
    return b.build();
  }

  /** Every series with its weight and fit before and after, in the order given. */
  public ImmutableList<CalibratedSeries> series() {
    return series;
  }

  /**
   * One series with its weight and fit before and after.
   *
   * @throws IllegalArgumentException if no series observes the indicator, listing those that do
   */
  public CalibratedSeries calibratedSeries(String indicator) {
    List<String> ids = new ArrayList<>();
    for (CalibratedSeries s : series) {
      if (s.indicator().equals(indicator)) {
        return s;
      }
      ids.add(s.indicator());
    }
    throw new IllegalArgumentException("calibration result: no observed series of indicator '" + indicator
        + "'; observed: " + String.join(", ", ids));
  }

  /** The residual sum of squares at the estimates, {@code Σ r²} of the weighted residuals. */
  public double rss() {
    return rss;
  }

  /** The residual sum of squares at the start values. */
  public double startRss() {
    return startRss;
  }

  /** The number of observations {@code n}. */
  public int observations() {
    return observations;
  }

  /** The degrees of freedom {@code n − p}, at least 1. */
  public int degreesOfFreedom() {
    return observations - estimates.size();
  }

  /** The residual variance {@code s² = RSS / (n − p)} of the weighted residuals. */
  public double residualVariance() {
    return rss / degreesOfFreedom();
  }

  /** The quantile {@code t(0.975, n − p)} of Student's t that the 95 % intervals use. */
  public double tQuantile() {
    return tQuantile;
  }

  /**
   * The condition number of {@code JᵀJ} with the Jacobian's columns scaled to unit length (so that it measures how
   * nearly the parameters' effects coincide, not their units), over the parameters with sensitivity; {@code +∞}
   * when it is singular or no parameter has sensitivity.
   */
  public double conditionNumber() {
    return conditionNumber;
  }

  /** The optimiser's iterations (each with one Jacobian). */
  public int iterations() {
    return iterations;
  }

  /** The optimiser's evaluations of the residuals (one run each). */
  public int evaluations() {
    return evaluations;
  }

  /** All runs of the model the fit made: evaluations, Jacobians, the final Jacobian and the run at the estimates. */
  public int runs() {
    return runs;
  }

  /** Whether the optimiser converged before its limits; if not, a {@code NOT_CONVERGED} warning says so. */
  public boolean converged() {
    return converged;
  }

  /** The warnings, empty when every parameter is identified and the fit converged. */
  public ImmutableList<CalibrationWarning> warnings() {
    return warnings;
  }

  /** The warnings that name a parameter. */
  public ImmutableList<CalibrationWarning> warnings(String path) {
    index(path);
    ImmutableList.Builder<CalibrationWarning> b = ImmutableList.builder();
    for (CalibrationWarning w : warnings) {
      if (w.parameters().contains(path)) {
        b.add(w);
      }
    }
    return b.build();
  }

  /** The run of the scenario at the estimates. */
  public Run run() {
    return run;
  }

  private int index(String path) {
    List<String> paths = new ArrayList<>();
    for (int k = 0; k < estimates.size(); k++) {
      if (estimates.get(k).path().equals(path)) {
        return k;
      }
      paths.add(estimates.get(k).path());
    }
    throw new IllegalArgumentException("calibration result: no parameter '" + path + "'; fitted: "
        + String.join(", ", paths));
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("CalibrationResult[rss=").append(rss).append(", n=").append(observations);
    for (ParameterEstimate e : estimates) {
      b.append(", ").append(e.path()).append('=').append(e.estimate()).append(" ± ").append(e.standardError());
    }
    return b.append(", ").append(warnings.size()).append(" warnings]").toString();
  }
}
