package io.xinlu.calibration;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.history.HistoryComparison;
import io.xinlu.history.ObservedSeries;
import io.xinlu.history.SeriesFit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.optim.AbstractOptimizationProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.AbstractEvaluation;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.jspecify.annotations.Nullable;

/**
 * One fit of a {@link Calibration}: the problem handed to Hipparchus' Levenberg-Marquardt optimiser in the sine
 * transform of the bounds, then the uncertainty of the estimates in the parameters' own units and the warnings.
 * Holds the state of one fit; used by one thread (the runs of a Jacobian may go to the calibration's executor).
 */
final class WeightedLeastSquares {
  /** The central-difference step of the optimiser's Jacobian, in the sine transform. */
  static final double TRANSFORM_STEP = 1e-5;
  /** The central-difference step of the final Jacobian, as a fraction of each parameter's range. */
  static final double COVARIANCE_STEP = 1e-6;
  /** A parameter is named in an ill-conditioning warning if it weighs this much of the largest component. */
  private static final double NAMED_COMPONENT = 0.1;

  private final Calibration c;
  private final Parameterization parameterization;
  private final ImmutableList<ObservedSeries> observed;
  private final int p;
  private final int n;
  private final double[] lower;
  private final double[] upper;
  /** The weight of each observation, series by series. */
  private final double[] w;
  /** The weighted observations, the optimiser's target. */
  private final double[] target;
  private final AtomicInteger runs = new AtomicInteger();
  private int evaluations;
  private int jacobians;
  private double bestRss = Double.POSITIVE_INFINITY;
  private double @Nullable [] bestU;

  WeightedLeastSquares(Calibration c) {
    this.c = c;
    this.parameterization = c.parameterization();
    this.observed = c.observed();
    this.p = c.parameters().size();
    this.n = c.observations();
    this.lower = new double[p];
    this.upper = new double[p];
    for (int k = 0; k < p; k++) {
      lower[k] = c.parameters().get(k).lower();
      upper[k] = c.parameters().get(k).upper();
    }
    this.w = new double[n];
    this.target = new double[n];
    int i = 0;
    for (int s = 0; s < observed.size(); s++) {
      ObservedSeries series = observed.get(s);
      for (int t = 0; t < series.size(); t++) {
        w[i] = c.weight(s);
        target[i] = w[i] * series.value(t);
        i++;
      }
    }
  }

  CalibrationResult fit() {
    double[] start = c.startValues();
    double[] u0 = new double[p];
    for (int k = 0; k < p; k++) {
      u0[k] = toU(k, start[k]);
    }
    LevenbergMarquardtOptimizer lm = new LevenbergMarquardtOptimizer();
    boolean converged = true;
    try {
      lm.optimize(new Problem(u0));
    } catch (MathIllegalStateException e) {
      if (e.getSpecifier() == LocalizedCoreFormats.MAX_COUNT_EXCEEDED) {
        converged = false;
      } else if (bestU == null) {
        throw e;
      }
      // otherwise the optimiser stopped because no further reduction is possible at machine precision: the best
      // point seen is the optimum
    }
    double[] u = bestU != null ? bestU : u0;
    double[] x = new double[p];
    for (int k = 0; k < p; k++) {
      x[k] = toX(k, u[k]);
    }
    double[][] jacobian = centralJacobian(x);
    Run run = run(x);
    HistoryComparison after = HistoryComparison.of(run, observed, c.catalogue());
    return assemble(start, x, jacobian, run, after, converged);
  }

  /** The value of parameter {@code k} at {@code u} in the sine transform: always within the bounds. */
  private double toX(int k, double u) {
    double x = lower[k] + 0.5 * (upper[k] - lower[k]) * (Math.sin(u) + 1);
    return Math.max(lower[k], Math.min(upper[k], x));
  }

  private double toU(int k, double x) {
    return Math.asin(Math.max(-1, Math.min(1, 2 * (x - lower[k]) / (upper[k] - lower[k]) - 1)));
  }

  /** Runs the scenario with the values, naming them if the run fails. */
  private Run run(double[] x) {
    runs.incrementAndGet();
    try {
      return parameterization.run(x);
    } catch (IllegalArgumentException e) {
      throw failure(x, e);
    }
  }

  private IllegalArgumentException failure(double[] x, RuntimeException e) {
    return new IllegalArgumentException("calibration of scenario '" + parameterization.scenario().name()
        + "': the run at " + parameterization.describe(x) + " fails: " + e.getMessage()
        + "; narrow the parameters' bounds", e);
  }

  /** The run's values at the observations, series by series, unweighted. */
  private double[] simulate(double[] x) {
    Run run = run(x);
    List<SeriesFit> fits;
    try {
      fits = HistoryComparison.of(run, observed, c.catalogue()).fits();
    } catch (IllegalArgumentException e) {
      throw failure(x, e);
    }
    double[] sim = new double[n];
    int i = 0;
    for (SeriesFit f : fits) {
      for (double v : f.simulated()) {
        sim[i++] = v;
      }
    }
    return sim;
  }

  /** The weighted simulated values at {@code u}: the optimiser's model. */
  private double[] model(double[] u) {
    double[] x = new double[p];
    for (int k = 0; k < p; k++) {
      x[k] = toX(k, u[k]);
    }
    double[] sim = simulate(x);
    for (int i = 0; i < n; i++) {
      sim[i] *= w[i];
    }
    return sim;
  }

  /** Evaluates columns {@code 0..count-1}, on the executor if there is one, and returns them in order. */
  private double[][] columns(int count, IntFunction<double[]> column) {
    Executor executor = c.executor();
    double[][] out = new double[count][];
    if (executor == null) {
      for (int k = 0; k < count; k++) {
        out[k] = column.apply(k);
      }
      return out;
    }
    List<CompletableFuture<double[]>> futures = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      int kk = k;
      futures.add(CompletableFuture.supplyAsync(() -> column.apply(kk), executor));
    }
    try {
      for (int k = 0; k < count; k++) {
        out[k] = futures.get(k).join();
      }
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
    return out;
  }

  /**
   * The optimiser's Jacobian of the weighted model at {@code u}: central differences in the transform, so that the
   * optimiser can follow a narrow valley (two parameters whose effects nearly coincide) down to the rounding of the
   * runs.
   */
  private double[][] transformJacobian(double[] u) {
    jacobians++;
    double[][] cols = columns(2 * p, j -> {
      int k = j / 2;
      double h = TRANSFORM_STEP * Math.max(1, Math.abs(u[k]));
      double[] v = u.clone();
      v[k] += j % 2 == 0 ? h : -h;
      return model(v);
    });
    double[][] jac = new double[n][p];
    for (int k = 0; k < p; k++) {
      double h = TRANSFORM_STEP * Math.max(1, Math.abs(u[k]));
      double step = (u[k] + h) - (u[k] - h);
      for (int i = 0; i < n; i++) {
        jac[i][k] = (cols[2 * k][i] - cols[2 * k + 1][i]) / step;
      }
    }
    return jac;
  }

  /**
   * The Jacobian of the weighted residuals in the parameters' own units at {@code x}: central differences with a
   * step of {@link #COVARIANCE_STEP} of the range, one-sided where a step would leave the bounds.
   */
  private double[][] centralJacobian(double[] x) {
    double[][] cols = columns(2 * p, j -> {
      int k = j / 2;
      double h = COVARIANCE_STEP * (upper[k] - lower[k]);
      double[] v = x.clone();
      if (j % 2 == 0) {
        v[k] = Math.min(x[k] + h, upper[k]);
      } else {
        v[k] = Math.max(x[k] - h, lower[k]);
      }
      double[] f = simulate(v);
      double[] out = new double[n + 1];
      System.arraycopy(f, 0, out, 0, n);
      out[n] = v[k];
      return out;
    });
    double[][] jac = new double[n][p];
    for (int k = 0; k < p; k++) {
      double[] plus = cols[2 * k];
      double[] minus = cols[2 * k + 1];
      double dx = plus[n] - minus[n];
      for (int i = 0; i < n; i++) {
        jac[i][k] = w[i] * (plus[i] - minus[i]) / dx;
      }
    }
    return jac;
  }

  private CalibrationResult assemble(double[] start, double[] x, double[][] jac, Run run, HistoryComparison after,
      boolean converged) {
    ImmutableList.Builder<Residual> residuals = ImmutableList.builder();
    ImmutableList.Builder<CalibratedSeries> series = ImmutableList.builder();
    double rss = 0;
    double startRss = 0;
    HistoryComparison before = c.atStart();
    for (int s = 0; s < observed.size(); s++) {
      ObservedSeries o = observed.get(s);
      SeriesFit fitAfter = after.fits().get(s);
      SeriesFit fitBefore = before.fits().get(s);
      double[] simAfter = fitAfter.simulated();
      double[] simBefore = fitBefore.simulated();
      double weight = c.weight(s);
      for (int t = 0; t < o.size(); t++) {
        Residual r = new Residual(o.indicator(), o.year(t), o.value(t), simAfter[t], weight);
        residuals.add(r);
        rss += r.weighted() * r.weighted();
        double rb = weight * (simBefore[t] - o.value(t));
        startRss += rb * rb;
      }
      series.add(new CalibratedSeries(o.indicator(), o.unit(), weight, fitBefore.statistics(),
          fitAfter.statistics()));
    }
    int dof = n - p;
    double s2 = rss / dof;
    double t = new TDistribution(dof).inverseCumulativeProbability(0.5 + Calibration.CONFIDENCE / 2);
    List<CalibrationWarning> warnings = new ArrayList<>();
    String[] paths = new String[p];
    for (int k = 0; k < p; k++) {
      paths[k] = c.parameters().get(k).path().toString();
    }
    if (!converged) {
      warnings.add(new CalibrationWarning(CalibrationWarning.Reason.NOT_CONVERGED, ImmutableList.copyOf(paths),
          "the optimiser stopped at its limit (" + c.maxIterations() + " iterations, " + c.maxEvaluations()
              + " evaluations) before it converged; the estimates are the best values seen"));
    }
    // sensitivities and the identified columns
    double[] norm = new double[p];
    List<Integer> identified = new ArrayList<>();
    for (int k = 0; k < p; k++) {
      double ss = 0;
      for (int i = 0; i < n; i++) {
        ss += jac[i][k] * jac[i][k];
      }
      norm[k] = Math.sqrt(ss);
      double sensitivity = norm[k] * (upper[k] - lower[k]);
      if (sensitivity >= Calibration.MIN_SENSITIVITY) {
        identified.add(k);
      } else {
        warnings.add(new CalibrationWarning(CalibrationWarning.Reason.NO_SENSITIVITY, ImmutableList.of(paths[k]),
            "parameter '" + paths[k] + "': moving it across its bounds [" + lower[k] + ", " + upper[k]
                + "] changes the weighted residuals by " + sensitivity + " (linearised), below "
                + Calibration.MIN_SENSITIVITY + ": no observed series depends on it; it keeps its start value "
                + start[k] + " and its standard error is infinite"));
      }
    }
    double[][] cov = new double[p][p];
    double[][] cor = new double[p][p];
    for (int j = 0; j < p; j++) {
      for (int k = 0; k < p; k++) {
        cov[j][k] = j == k ? Double.POSITIVE_INFINITY : Double.NaN;
        cor[j][k] = j == k ? 1 : Double.NaN;
      }
    }
    double condition = Double.POSITIVE_INFINITY;
    int m = identified.size();
    if (m > 0) {
      double[][] scaled = new double[n][m];
      for (int a = 0; a < m; a++) {
        int k = identified.get(a);
        for (int i = 0; i < n; i++) {
          scaled[i][a] = jac[i][k] / norm[k];
        }
      }
      SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(scaled, false));
      double[] sv = svd.getSingularValues();
      double ratio = sv[0] / sv[m - 1];
      condition = ratio * ratio;
      if (condition > Calibration.MAX_CONDITION) {
        RealVector weakest = svd.getV().getColumnVector(m - 1);
        double largest = weakest.getLInfNorm();
        List<String> named = new ArrayList<>();
        for (int a = 0; a < m; a++) {
          if (Math.abs(weakest.getEntry(a)) >= NAMED_COMPONENT * largest) {
            named.add(paths[identified.get(a)]);
          }
        }
        boolean singular = !(condition <= Calibration.SINGULAR_CONDITION);
        warnings.add(new CalibrationWarning(CalibrationWarning.Reason.ILL_CONDITIONED, ImmutableList.copyOf(named),
            "the condition number of JᵀJ with unit columns is " + condition + ", above "
                + Calibration.MAX_CONDITION + ": the data hardly constrain a combination of " + named
                + (singular ? "; the matrix is singular (above " + Calibration.SINGULAR_CONDITION
                    + "), so no parameter's standard error is finite" : "")));
      }
      if (condition <= Calibration.SINGULAR_CONDITION) {
        // (J_s^T J_s)^-1 = V diag(1/sv^2) V^T; the covariance of the unscaled parameters divides by the norms
        RealMatrix v = svd.getV();
        double[][] inv = new double[m][m];
        for (int a = 0; a < m; a++) {
          for (int b = 0; b < m; b++) {
            double sum = 0;
            for (int q = 0; q < m; q++) {
              sum += v.getEntry(a, q) * v.getEntry(b, q) / (sv[q] * sv[q]);
            }
            inv[a][b] = sum;
          }
        }
        for (int a = 0; a < m; a++) {
          int j = identified.get(a);
          for (int b = 0; b < m; b++) {
            int k = identified.get(b);
            cov[j][k] = s2 * inv[a][b] / (norm[j] * norm[k]);
            cor[j][k] = a == b ? 1 : Math.max(-1, Math.min(1, inv[a][b] / Math.sqrt(inv[a][a] * inv[b][b])));
          }
        }
      }
    }
    ImmutableList.Builder<ParameterEstimate> estimates = ImmutableList.builder();
    for (int k = 0; k < p; k++) {
      double se = Math.sqrt(cov[k][k]);
      double half = Double.isFinite(se) ? t * se : Double.POSITIVE_INFINITY;
      estimates.add(new ParameterEstimate(paths[k], lower[k], upper[k], start[k], x[k], se, x[k] - half,
          x[k] + half));
    }
    for (int j = 0; j < p; j++) {
      for (int k = j + 1; k < p; k++) {
        if (Math.abs(cor[j][k]) > Calibration.MAX_CORRELATION) {
          warnings.add(new CalibrationWarning(CalibrationWarning.Reason.HIGH_CORRELATION,
              ImmutableList.of(paths[j], paths[k]), "the estimates of '" + paths[j] + "' and '" + paths[k]
                  + "' have a correlation of " + cor[j][k] + ", beyond " + Calibration.MAX_CORRELATION
                  + " in absolute value: the data constrain a combination of the two rather than each"));
        }
      }
    }
    for (int k = 0; k < p; k++) {
      double range = upper[k] - lower[k];
      boolean low = x[k] - lower[k] <= Calibration.AT_BOUND * range;
      boolean high = upper[k] - x[k] <= Calibration.AT_BOUND * range;
      if (low || high) {
        warnings.add(new CalibrationWarning(CalibrationWarning.Reason.AT_BOUND, ImmutableList.of(paths[k]),
            "parameter '" + paths[k] + "': the estimate " + x[k] + " lies at its " + (low ? "lower" : "upper")
                + " bound " + (low ? lower[k] : upper[k]) + " (within " + Calibration.AT_BOUND
                + " of the range): the data would move it further; widen the bound if the model allows"));
      }
    }
    return new CalibrationResult(estimates.build(), cov, cor, residuals.build(), series.build(), rss, startRss, n,
        t, condition, jacobians, evaluations, runs.get(), converged, ImmutableList.copyOf(warnings), run);
  }

  /** The problem as Hipparchus sees it: the weighted model in the sine transform against the weighted target. */
  private final class Problem extends AbstractOptimizationProblem<LeastSquaresProblem.Evaluation>
      implements LeastSquaresProblem {
    private final double[] start;

    Problem(double[] start) {
      super(c.maxEvaluations(), c.maxIterations(), null);
      this.start = start;
    }

    @Override
    public RealVector getStart() {
      return new ArrayRealVector(start);
    }

    @Override
    public int getObservationSize() {
      return n;
    }

    @Override
    public int getParameterSize() {
      return p;
    }

    @Override
    public LeastSquaresProblem.Evaluation evaluate(RealVector point) {
      double[] u = point.toArray();
      double[] f = model(u);
      evaluations++;
      double[] residuals = new double[n];
      double rss = 0;
      for (int i = 0; i < n; i++) {
        residuals[i] = target[i] - f[i];
        rss += residuals[i] * residuals[i];
      }
      if (rss < bestRss || bestU == null) {
        bestRss = rss;
        bestU = u.clone();
      }
      return new Point(u, residuals);
    }
  }

  /** One evaluation: the residuals at once, the Jacobian when the optimiser asks for it, computed once. */
  private final class Point extends AbstractEvaluation {
    private final double[] u;
    private final RealVector residuals;
    private @Nullable RealMatrix jacobian;

    Point(double[] u, double[] residuals) {
      super(n);
      this.u = u;
      this.residuals = new ArrayRealVector(residuals, false);
    }

    @Override
    public RealMatrix getJacobian() {
      RealMatrix j = jacobian;
      if (j == null) {
        j = new Array2DRowRealMatrix(transformJacobian(u), false);
        jacobian = j;
      }
      return j;
    }

    @Override
    public RealVector getPoint() {
      return new ArrayRealVector(u);
    }

    @Override
    public RealVector getResiduals() {
      return residuals;
    }
  }
}
