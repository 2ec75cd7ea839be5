package io.xinlu.analysis.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import io.xinlu.analysis.internal.Checks;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A fitted GM(1,1) grey forecasting model (Deng Julong): the first-order, one-variable grey model of a short,
 * positive, equally spaced series, with its development coefficient {@code a}, grey input {@code b}, fitted values,
 * residuals, forecasts and the posterior variance test.
 *
 * <p><b>Model.</b> For observations {@code x0(1..n)}, {@code n >= 4}, all positive:
 *
 * <pre>
 *   x1(k) = x0(1) + ... + x0(k)                      accumulated series (1-AGO)
 *   z1(k) = (x1(k) + x1(k-1)) / 2,  k = 2..n         background values
 *   x0(k) + a z1(k) = b                              grey differential equation; a, b by least squares
 *   dx1/dt + a x1 = b                                whitenisation equation
 *   x1^(k+1) = (x0(1) - b/a) e^(-a k) + b/a          time response
 *   x0^(1) = x0(1),  x0^(k+1) = x1^(k+1) - x1^(k) = (b - a x0(1)) (e^a - 1)/a e^(-a k),  k >= 1
 * </pre>
 *
 * The last form is used for computing: it stays exact as {@code a -> 0} (a constant series), where
 * {@code (e^a - 1)/a -> 1}. A negative {@code a} means growth, a positive one decline. For {@code k > n} the
 * same formula gives the forecasts.
 *
 * <p><b>Posterior variance test.</b> With residuals {@code e(k) = x0(k) - x0^(k)} over all {@code n} points
 * ({@code e(1) = 0}), {@code S1} the standard deviation of the observations and {@code S2} that of the residuals
 * (both population standard deviations, dividing by {@code n}):
 *
 * <pre>
 *   C = S2 / S1                                          posterior variance ratio
 *   P = #{k : |e(k) - mean e| &lt; 0.6745 S1} / n        small-error probability
 * </pre>
 *
 * and the {@link GreyAccuracy grade} follows from both. Textbooks differ in small ways (some leave out {@code e(1)},
 * some divide by {@code n - 1}); the choice here is documented in {@code docs/analysis/FORECASTING.md}. {@code C}
 * is NaN when the observations do not vary ({@code S1 = 0}).
 *
 * <p><b>Exponential series.</b> GM(1,1) fits a geometric series {@code c q^(k-1)} with zero least-squares error,
 * {@code a = -2 (q - 1)/(q + 1)}, {@code b = 2 c/(q + 1)}, yet its fitted values grow by {@code e^-a} rather than
 * {@code q} per step: the trapezoid background value makes the model slightly biased, by about {@code (ln q)^3/12}
 * in the log growth rate per step (below {@code 1e-4} for {@code |q - 1| <= 0.1}).
 *
 * <pre>{@code
 * Gm11 m = Gm11.fit(45.41, 47.56, 50.58, 51.85, 56.25, 58.63, 59.94);
 * m.developmentCoefficient();   // a
 * m.fitted();                   // x0^(1..n)
 * m.forecast(3);                // x0^(n+1..n+3)
 * m.accuracy();                 // GreyAccuracy.GOOD, ...
 * Gm11 gdp = Gm11.fit(run, Quantity.VALUE_ADDED, 2022, 2027);   // the run's GDP, 2022-2027
 * gdp.valueInYear(2030);
 * }</pre>
 *
 * <p><b>Bad input</b> throws {@link IllegalArgumentException} naming the value (and year, for runs): fewer than
 * {@value #MIN_POINTS} observations, an observation that is not positive or not finite, years outside the run or
 * out of order, forecast steps below 0, a point {@code k < 1}.
 *
 * <p>Sources: Deng Julong (1982). Control problems of grey systems. Systems &amp; Control Letters 1(5), 288–294;
 * Deng Julong (1989). Introduction to grey system theory. The Journal of Grey System 1(1), 1–24. The published
 * example the tests reproduce is given in {@code docs/analysis/FORECASTING.md}.
 *
 * <p>Immutable and thread-safe: array accessors return copies. Two models are equal when their observations and
 * first years are.
 *
 * @since 0.1.0
 */
public final class Gm11 {
  /** The fewest observations a GM(1,1) model is fitted to. */
  public static final int MIN_POINTS = 4;

  /** The factor of {@code S1} in the small-error probability. */
  public static final double SMALL_ERROR_FACTOR = 0.6745;

  private final double[] observed;
  private final OptionalInt firstYear;
  private final double a;
  private final double b;
  private final double[] fitted;
  private final double posteriorVarianceRatio;
  private final double smallErrorProbability;

  private Gm11(double[] x0, OptionalInt firstYear) {
    this.observed = x0;
    this.firstYear = firstYear;
    int n = x0.length;
    // background values and least squares of x0(k) = b - a z1(k), k = 2..n, centred for accuracy
    double[] z = new double[n - 1];
    double x1 = x0[0];
    for (int k = 1; k < n; k++) {
      double next = x1 + x0[k];
      z[k - 1] = 0.5 * (x1 + next);
      x1 = next;
    }
    double zMean = 0;
    double yMean = 0;
    for (int k = 1; k < n; k++) {
      zMean += z[k - 1];
      yMean += x0[k];
    }
    zMean /= n - 1;
    yMean /= n - 1;
    double sxy = 0;
    double sxx = 0;
    for (int k = 1; k < n; k++) {
      double dz = z[k - 1] - zMean;
      sxy += dz * (x0[k] - yMean);
      sxx += dz * dz;
    }
    this.a = -sxy / sxx; // sxx > 0: z1 strictly increases for positive data
    this.b = yMean + a * zMean;
    this.fitted = new double[n];
    for (int k = 1; k <= n; k++) {
      fitted[k - 1] = value(k);
    }
    double s1 = populationStd(x0);
    double[] e = residuals();
    double s2 = populationStd(e);
    this.posteriorVarianceRatio = s2 / s1;
    double eMean = mean(e);
    int small = 0;
    for (double ek : e) {
      if (Math.abs(ek - eMean) < SMALL_ERROR_FACTOR * s1) {
        small++;
      }
    }
    this.smallErrorProbability = (double) small / n;
  }

  /**
   * Fits GM(1,1) to a series of equally spaced observations, oldest first; point {@code k} is
   * {@code series[k - 1]}.
   *
   * @param series at least {@value #MIN_POINTS} values, all finite and positive
   * @throws IllegalArgumentException naming the value at fault
   */
  public static Gm11 fit(double... series) {
    Objects.requireNonNull(series, "series");
    checkArgument(series.length >= MIN_POINTS, "GM(1,1) needs at least %s observations, but the series has %s",
        MIN_POINTS, series.length);
    for (int k = 0; k < series.length; k++) {
      double x = series[k];
      checkArgument(Double.isFinite(x) && x > 0,
          "observation %s of %s is %s; GM(1,1) needs finite, positive data (shift the series first)", k + 1,
          series.length, x);
    }
    return new Gm11(series.clone(), OptionalInt.empty());
  }

  /**
   * Fits GM(1,1) to a quantity's city total in a run (GDP for {@link Quantity#VALUE_ADDED}) over the years
   * {@code fromYear..toYear}; {@link #valueInYear(int)} then forecasts by calendar year.
   *
   * @throws IllegalArgumentException if a year lies outside the run, the range has fewer than {@value #MIN_POINTS}
   *     years, or the total is not positive in a year (named)
   * @throws IllegalStateException if the run cannot give the quantity
   */
  public static Gm11 fit(Run run, Quantity quantity, int fromYear, int toYear) {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(quantity, "quantity");
    checkYears(run, fromYear, toYear);
    double[] x = new double[toYear - fromYear + 1];
    for (int t = fromYear; t <= toYear; t++) {
      x[t - fromYear] = checkYearValue(run.total(quantity, t), run, quantity, "total", t);
    }
    return new Gm11(x, OptionalInt.of(fromYear));
  }

  /**
   * Fits GM(1,1) to one sector's quantity in a run over the years {@code fromYear..toYear}.
   *
   * @throws IllegalArgumentException as {@link #fit(Run, Quantity, int, int)}, or for an unknown sector
   */
  public static Gm11 fit(Run run, Quantity quantity, String sector, int fromYear, int toYear) {
    Objects.requireNonNull(run, "run");
    Checks.perSector(quantity);
    checkYears(run, fromYear, toYear);
    double[] x = new double[toYear - fromYear + 1];
    for (int t = fromYear; t <= toYear; t++) {
      x[t - fromYear] = checkYearValue(run.value(quantity, t, sector), run, quantity, "sector '" + sector + "'", t);
    }
    return new Gm11(x, OptionalInt.of(fromYear));
  }

  /** The number of observations {@code n}. */
  public int size() {
    return observed.length;
  }

  /** The observations {@code x0(1..n)}. */
  public double[] observed() {
    return observed.clone();
  }

  /** The calendar year of the first observation, for models fitted to a run. */
  public OptionalInt firstYear() {
    return firstYear;
  }

  /** The development coefficient {@code a}: negative for a growing series, positive for a declining one. */
  public double developmentCoefficient() {
    return a;
  }

  /** The grey input (grey action quantity) {@code b}. */
  public double greyInput() {
    return b;
  }

  /**
   * The model's value at point {@code k} (1-based): the first observation for {@code k = 1}, a fitted value for
   * {@code k <= n}, a forecast beyond.
   *
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public double value(int k) {
    checkArgument(k >= 1, "point k = %s; points are numbered from 1", k);
    if (k == 1) {
      return observed[0];
    }
    return (b - a * observed[0]) * expm1OverX(a) * Math.exp(-a * (k - 1));
  }

  /**
   * The model's accumulated value {@code x1^(k) = x0(1) + (b - a x0(1)) (1 - e^(-a (k - 1)))/a} at point
   * {@code k >= 1}, the sum of {@link #value(int)} over points 1 to {@code k} (up to rounding).
   *
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public double accumulatedValue(int k) {
    checkArgument(k >= 1, "point k = %s; points are numbered from 1", k);
    double t = k - 1;
    double growth = a == 0 ? t : -Math.expm1(-a * t) / a;
    return observed[0] + (b - a * observed[0]) * growth;
  }

  /** The fitted values {@code x0^(1..n)}; the first equals the first observation. */
  public double[] fitted() {
    return fitted.clone();
  }

  /** The residuals {@code e(k) = x0(k) - x0^(k)}, {@code k = 1..n} ({@code e(1) = 0}). */
  public double[] residuals() {
    double[] e = new double[observed.length];
    for (int k = 0; k < e.length; k++) {
      e[k] = observed[k] - fitted[k];
    }
    return e;
  }

  /** The relative errors {@code |e(k)| / x0(k)}, {@code k = 1..n}, fractions. */
  public double[] relativeErrors() {
    double[] e = residuals();
    for (int k = 0; k < e.length; k++) {
      e[k] = Math.abs(e[k]) / observed[k];
    }
    return e;
  }

  /** The mean relative error over points {@code 2..n} (point 1 is fitted exactly by construction), a fraction. */
  public double meanRelativeError() {
    double[] r = relativeErrors();
    double s = 0;
    for (int k = 1; k < r.length; k++) {
      s += r[k];
    }
    return s / (r.length - 1);
  }

  /**
   * The forecasts for the {@code steps} points after the last observation, {@code x0^(n+1..n+steps)}.
   *
   * @throws IllegalArgumentException if {@code steps < 0}
   */
  public double[] forecast(int steps) {
    checkArgument(steps >= 0, "steps is %s; it must not be negative", steps);
    double[] out = new double[steps];
    for (int s = 0; s < steps; s++) {
      out[s] = value(observed.length + 1 + s);
    }
    return out;
  }

  /**
   * The model's value in a calendar year, for models fitted to a run: fitted within the fitted years, a forecast
   * after them.
   *
   * @throws IllegalStateException if the model was not fitted to a run (it has no calendar)
   * @throws IllegalArgumentException if {@code year} is before the first fitted year
   */
  public double valueInYear(int year) {
    checkState(firstYear.isPresent(), "this GM(1,1) model was fitted to a plain series and has no years; use value(k)");
    int first = firstYear.getAsInt();
    checkArgument(year >= first, "year %s is before the first fitted year %s", year, first);
    return value(year - first + 1);
  }

  /** The posterior variance ratio {@code C = S2 / S1}; NaN when the observations do not vary. */
  public double posteriorVarianceRatio() {
    return posteriorVarianceRatio;
  }

  /** The small-error probability {@code P}, the share of points with {@code |e(k) - mean e| < 0.6745 S1}. */
  public double smallErrorProbability() {
    return smallErrorProbability;
  }

  /** The accuracy grade from {@link #posteriorVarianceRatio()} and {@link #smallErrorProbability()}. */
  public GreyAccuracy accuracy() {
    return GreyAccuracy.of(posteriorVarianceRatio, smallErrorProbability);
  }

  private static double expm1OverX(double x) {
    return x == 0 ? 1 : Math.expm1(x) / x;
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  private static double populationStd(double[] v) {
    double m = mean(v);
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return Math.sqrt(s / v.length);
  }

  private static void checkYears(Run run, int fromYear, int toYear) {
    Checks.year(run, fromYear, "fromYear");
    Checks.year(run, toYear, "toYear");
    int n = toYear - fromYear + 1;
    checkArgument(n >= MIN_POINTS, "run '%s': GM(1,1) needs at least %s years, but %s..%s has %s", run.scenarioName(),
        MIN_POINTS, fromYear, toYear, Math.max(n, 0));
  }

  private static double checkYearValue(double x, Run run, Quantity quantity, String what, int year) {
    checkArgument(Double.isFinite(x) && x > 0,
        "run '%s': %s %s in %s is %s; GM(1,1) needs finite, positive data", run.scenarioName(), what,
        quantity.label(), year, x);
    return x;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Gm11)) {
      return false;
    }
    Gm11 g = (Gm11) o;
    return Arrays.equals(observed, g.observed) && firstYear.equals(g.firstYear);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(observed) + firstYear.hashCode();
  }

  @Override
  public String toString() {
    return "Gm11{n=" + observed.length + ", a=" + a + ", b=" + b + ", C=" + posteriorVarianceRatio + ", P="
        + smallErrorProbability + ", " + accuracy().label() + "}";
  }
}
