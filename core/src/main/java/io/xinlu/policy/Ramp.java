package io.xinlu.policy;

/**
 * How a project's effect phases in between its start year {@code s} and its full-effect year {@code f}. The ramp
 * is 0 before {@code s} and 1 from {@code f} on; years are real numbers so that fractional delays work. When
 * {@code s == f} every shape is a step.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Ramp {
  /** Full effect from the start year: {@code r(t) = 1} for {@code t >= s}. */
  STEP {
    @Override
    double between(double t, double s, double f) {
      return 1.0;
    }
  },
  /** A straight line: {@code r(t) = (t - s) / (f - s)}. */
  LINEAR {
    @Override
    double between(double t, double s, double f) {
      return (t - s) / (f - s);
    }
  },
  /**
   * An S-curve: the logistic {@code sigma(t) = 1 / (1 + exp(-8 (t - (s + f) / 2) / (f - s)))}, rescaled as
   * {@code (sigma(t) - sigma(s)) / (sigma(f) - sigma(s))} so that it is exactly 0 at {@code s} and 1 at {@code f}.
   */
  LOGISTIC {
    @Override
    double between(double t, double s, double f) {
      double mid = 0.5 * (s + f);
      double k = 8.0 / (f - s);
      double lo = sigma(k * (s - mid));
      double hi = sigma(k * (f - mid));
      return (sigma(k * (t - mid)) - lo) / (hi - lo);
    }
  };

  /**
   * The ramp's value in year {@code t} for a project starting in {@code start} and at full effect in
   * {@code full} (end years are handled by the engine).
   *
   * @return a number in [0, 1]
   */
  public double value(double t, double start, double full) {
    if (t < start) {
      return 0.0;
    }
    if (t >= full) {
      return 1.0;
    }
    double r = between(t, start, full);
    return r < 0 ? 0.0 : (r > 1 ? 1.0 : r);
  }

  abstract double between(double t, double s, double f);

  private static double sigma(double z) {
    return 1.0 / (1.0 + StrictMath.exp(-z));
  }
}
