package io.xinlu.uncertainty.sampling;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import com.google.common.primitives.Doubles;
import java.util.Arrays;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.jspecify.annotations.Nullable;

/**
 * The probability distribution of one uncertain input, used through its inverse CDF: a sampling {@link Design}
 * gives points {@code u} in the open unit interval and {@link #inverseCdf} turns each into a value.
 *
 * <pre>{@code
 * Distribution growth = Distribution.triangular(0.02, 0.045, 0.06);   // lo, mode, hi
 * Distribution price = Distribution.lognormalFromMeanAndSd(80, 20);
 * Distribution closure = Distribution.discrete(new double[] {2027, 2030, 2035}, new double[] {0.2, 0.5, 0.3});
 * double median = growth.inverseCdf(0.5);
 * }</pre>
 *
 * <p>The factories validate their arguments and throw an {@link IllegalArgumentException} whose message names the
 * distribution and the bad argument, such as {@code triangular: lo (4) must be less than hi (1)}: non-finite numbers,
 * inverted or empty ranges ({@code lo >= hi}), a mode outside {@code [lo, hi]}, a standard deviation that is not
 * positive, probabilities outside {@code [0, 1]} or not summing to 1, duplicate values.
 *
 * <p>The continuous distributions are those of Apache Commons Statistics; PERT is its Beta distribution scaled to
 * {@code [lo, hi]}; discrete choices and constants are implemented here.
 *
 * <p>Immutable and thread-safe. Two distributions are equal when they are of the same kind with the same
 * parameters; {@link #toString()} is {@link #describe()}.
 *
 * @since 0.1.0
 */
public abstract class Distribution {
  /** The tolerance on the sum of a discrete distribution's probabilities: {@code |sum - 1| <= 1e-9}. */
  public static final double PROBABILITY_SUM_TOLERANCE = 1e-9;

  private final String kind;
  private final String[] labels;
  private final double[] parameters;

  private Distribution(String kind, String[] labels, double[] parameters) {
    this.kind = kind;
    this.labels = labels;
    this.parameters = parameters;
  }

  // ---------------------------------------------------------------------------------------------------- factories

  /**
   * The continuous uniform distribution on {@code [lo, hi]}.
   *
   * @throws IllegalArgumentException if a bound is not finite or {@code lo >= hi}
   */
  public static Distribution uniform(double lo, double hi) {
    String d = "uniform";
    requireFinite(d, "lo", lo);
    requireFinite(d, "hi", hi);
    requireLess(d, lo, hi);
    return new Continuous(d, new String[] {"lo", "hi"}, new double[] {lo, hi},
        UniformContinuousDistribution.of(lo, hi), 0, 1, lo, hi);
  }

  /**
   * The triangular distribution on {@code [lo, hi]} with its peak at {@code mode}; mean {@code (lo + mode + hi) / 3}.
   *
   * @throws IllegalArgumentException if an argument is not finite, {@code lo >= hi} or {@code mode} lies outside
   *     {@code [lo, hi]}
   */
  public static Distribution triangular(double lo, double mode, double hi) {
    String d = "triangular";
    checkLoModeHi(d, lo, mode, hi);
    return new Continuous(d, new String[] {"lo", "mode", "hi"}, new double[] {lo, mode, hi},
        TriangularDistribution.of(lo, mode, hi), 0, 1, lo, hi);
  }

  /**
   * The normal distribution with the given mean and standard deviation.
   *
   * @throws IllegalArgumentException if the mean is not finite or {@code sd} is not positive and finite
   */
  public static Distribution normal(double mean, double sd) {
    String d = "normal";
    requireFinite(d, "mean", mean);
    requirePositive(d, "sd", sd);
    return new Continuous(d, new String[] {"mean", "sd"}, new double[] {mean, sd},
        NormalDistribution.of(mean, sd), 0, 1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /**
   * The normal distribution with the given mean and standard deviation (those of the untruncated normal) truncated to
   * {@code [lo, hi]}. One bound may be infinite, to truncate on one side only.
   *
   * @throws IllegalArgumentException if the mean is not finite, {@code sd} is not positive and finite, a bound is
   *     NaN, {@code lo >= hi}, or the interval holds too little of the normal's probability to be computed
   */
  public static Distribution truncatedNormal(double mean, double sd, double lo, double hi) {
    String d = "truncatedNormal";
    requireFinite(d, "mean", mean);
    requirePositive(d, "sd", sd);
    checkArgument(!Double.isNaN(lo), "%s: lo must be a number, got NaN", d);
    checkArgument(!Double.isNaN(hi), "%s: hi must be a number, got NaN", d);
    checkArgument(lo != Double.POSITIVE_INFINITY, "%s: lo must not be +Infinity", d);
    checkArgument(hi != Double.NEGATIVE_INFINITY, "%s: hi must not be -Infinity", d);
    requireLess(d, lo, hi);
    ContinuousDistribution dist;
    try {
      dist = TruncatedNormalDistribution.of(mean, sd, lo, hi);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(d + ": " + e.getMessage(), e);
    }
    return new Continuous(d, new String[] {"mean", "sd", "lo", "hi"}, new double[] {mean, sd, lo, hi}, dist, 0, 1,
        lo, hi);
  }

  /**
   * The lognormal distribution whose logarithm is normal with mean {@code mu} and standard deviation {@code sigma};
   * its median is {@code exp(mu)} and its mean {@code exp(mu + sigma^2 / 2)}. See
   * {@link #lognormalFromMeanAndSd} to give the mean and standard deviation of the value itself.
   *
   * @throws IllegalArgumentException if {@code mu} is not finite or {@code sigma} is not positive and finite
   */
  public static Distribution lognormal(double mu, double sigma) {
    String d = "lognormal";
    requireFinite(d, "mu", mu);
    requirePositive(d, "sigma", sigma);
    return new Continuous(d, new String[] {"mu", "sigma"}, new double[] {mu, sigma},
        LogNormalDistribution.of(mu, sigma), 0, 1, 0, Double.POSITIVE_INFINITY);
  }

  /**
   * The lognormal distribution with the given mean and standard deviation of the value (not of its logarithm):
   * {@code sigma^2 = ln(1 + sd^2 / mean^2)} and {@code mu = ln(mean) - sigma^2 / 2}.
   *
   * @throws IllegalArgumentException if {@code mean} or {@code sd} is not positive and finite
   */
  public static Distribution lognormalFromMeanAndSd(double mean, double sd) {
    String d = "lognormal";
    requirePositive(d, "mean", mean);
    requirePositive(d, "sd", sd);
    double cv = sd / mean;
    double sigma2 = Math.log1p(cv * cv);
    return lognormal(Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2));
  }

  /**
   * The (beta-)PERT distribution on {@code [lo, hi]} with the given most likely value: {@code lo + (hi - lo) B}
   * where {@code B} is Beta with {@code alpha = 1 + 4 (mode - lo) / (hi - lo)} and
   * {@code beta = 1 + 4 (hi - mode) / (hi - lo)}; its mean is {@code (lo + 4 mode + hi) / 6}.
   *
   * @throws IllegalArgumentException if an argument is not finite, {@code lo >= hi} or {@code mode} lies outside
   *     {@code [lo, hi]}
   */
  public static Distribution pert(double lo, double mode, double hi) {
    String d = "pert";
    checkLoModeHi(d, lo, mode, hi);
    double width = hi - lo;
    double alpha = 1 + 4 * (mode - lo) / width;
    double beta = 1 + 4 * (hi - mode) / width;
    return new Continuous(d, new String[] {"lo", "mode", "hi"}, new double[] {lo, mode, hi},
        BetaDistribution.of(alpha, beta), lo, width, lo, hi);
  }

  /**
   * A discrete distribution: {@code values[i]} with probability {@code probabilities[i]}. Values need not be sorted;
   * a value of probability 0 is allowed and never drawn.
   *
   * @throws IllegalArgumentException if the arrays are empty or of different lengths, a value is not finite or
   *     appears twice, a probability lies outside {@code [0, 1]}, or the probabilities do not sum to 1 within
   *     {@link #PROBABILITY_SUM_TOLERANCE}
   */
  public static Distribution discrete(double[] values, double[] probabilities) {
    String d = "discrete";
    checkArgument(values.length == probabilities.length,
        "%s: values and probabilities have different lengths (%s and %s)", d, values.length, probabilities.length);
    checkValues(d, values);
    double sum = 0;
    for (int i = 0; i < probabilities.length; i++) {
      double p = probabilities[i];
      checkArgument(p >= 0 && p <= 1, "%s: probabilities[%s] = %s is outside [0, 1]", d, i, fmt(p));
      sum += p;
    }
    checkArgument(Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE,
        "%s: probabilities sum to %s, not 1 (tolerance %s)", d, sum, PROBABILITY_SUM_TOLERANCE);
    return Discrete.of(d, values, probabilities);
  }

  /**
   * A choice among the given values, each with the same probability {@code 1 / values.length}.
   *
   * @throws IllegalArgumentException if there is no value, or a value is not finite or appears twice
   */
  public static Distribution choice(double... values) {
    String d = "choice";
    checkValues(d, values);
    double[] p = new double[values.length];
    Arrays.fill(p, 1.0 / values.length);
    return Discrete.of(d, values, p);
  }

  /**
   * The value {@code x} with certainty: a parameter held fixed.
   *
   * @throws IllegalArgumentException if {@code x} is not finite
   */
  public static Distribution constant(double x) {
    requireFinite("constant", "x", x);
    return new Constant(x);
  }

  // ---------------------------------------------------------------------------------------------------- queries

  /**
   * The quantile function: the smallest {@code x} with {@code cdf(x) >= u}. Designs give {@code u} strictly inside
   * {@code (0, 1)}; {@code u = 0} and {@code u = 1} give the lower and upper bounds of the {@link #support()}
   * (possibly infinite).
   *
   * @throws IllegalArgumentException if {@code u} is NaN or outside {@code [0, 1]}
   */
  public final double inverseCdf(double u) {
    if (!(u >= 0 && u <= 1)) { // no boxing on the hot path of mapping a design
      throw new IllegalArgumentException(describe() + ": inverseCdf needs u in [0, 1], got " + u);
    }
    return quantile(u);
  }

  /**
   * The cumulative distribution function {@code P(X <= x)}.
   *
   * @throws IllegalArgumentException if {@code x} is NaN
   */
  public final double cdf(double x) {
    if (Double.isNaN(x)) {
      throw new IllegalArgumentException(describe() + ": cdf needs a number, got NaN");
    }
    return cumulative(x);
  }

  /** The mean (expected value). */
  public abstract double mean();

  /** The variance. */
  public abstract double variance();

  /**
   * The support: the closed interval between the smallest and largest values the distribution can take, unbounded
   * on a side where it is infinite (the normal's is {@link Range#all()}).
   */
  public abstract Range<Double> support();

  /** Whether the distribution takes finitely many values (discrete, choice, constant). */
  public abstract boolean isDiscrete();

  /** The factory's name: {@code uniform}, {@code triangular}, {@code normal}, {@code truncatedNormal}, ... */
  public final String kind() {
    return kind;
  }

  /**
   * The factory's arguments, in the order the factory takes them: {@code lo, hi} for {@code uniform},
   * {@code lo, mode, hi} for {@code triangular} and {@code pert}, {@code mean, sd} for {@code normal},
   * {@code mean, sd, lo, hi} for {@code truncatedNormal} (a bound may be infinite), {@code mu, sigma} for
   * {@code lognormal} (also when built with {@link #lognormalFromMeanAndSd}), {@code x} for {@code constant}; for
   * {@code discrete} and {@code choice} the values in ascending order followed by their probabilities. With
   * {@link #kind()} they rebuild an equal distribution, which is what file formats need.
   */
  public final ImmutableList<Double> parameters() {
    return ImmutableList.copyOf(Doubles.asList(parameters));
  }

  /**
   * The kind and parameters, such as {@code triangular(lo=1, mode=2, hi=4)} or
   * {@code discrete(values=[1, 2], probabilities=[0.25, 0.75])}.
   */
  public String describe() {
    StringBuilder b = new StringBuilder(kind).append('(');
    for (int i = 0; i < labels.length; i++) {
      b.append(i == 0 ? "" : ", ").append(labels[i]).append('=').append(fmt(parameters[i]));
    }
    return b.append(')').toString();
  }

  abstract double quantile(double u);

  abstract double cumulative(double x);

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Distribution)) {
      return false;
    }
    Distribution d = (Distribution) o;
    return kind.equals(d.kind) && Arrays.equals(labels, d.labels) && Arrays.equals(parameters, d.parameters);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Arrays.hashCode(parameters);
  }

  @Override
  public String toString() {
    return describe();
  }

  // ---------------------------------------------------------------------------------------------------- checks

  private static void requireFinite(String d, String what, double x) {
    checkArgument(Double.isFinite(x), "%s: %s must be a finite number, got %s", d, what, x);
  }

  private static void requirePositive(String d, String what, double x) {
    checkArgument(x > 0 && Double.isFinite(x), "%s: %s must be positive and finite, got %s", d, what, fmt(x));
  }

  private static void requireLess(String d, double lo, double hi) {
    checkArgument(lo < hi, "%s: lo (%s) must be less than hi (%s)", d, fmt(lo), fmt(hi));
  }

  private static void checkLoModeHi(String d, double lo, double mode, double hi) {
    requireFinite(d, "lo", lo);
    requireFinite(d, "mode", mode);
    requireFinite(d, "hi", hi);
    requireLess(d, lo, hi);
    checkArgument(mode >= lo && mode <= hi, "%s: mode (%s) must lie in [lo, hi] = [%s, %s]", d, fmt(mode), fmt(lo),
        fmt(hi));
  }

  private static void checkValues(String d, double[] values) {
    checkArgument(values.length > 0, "%s: needs at least one value", d);
    for (int i = 0; i < values.length; i++) {
      checkArgument(Double.isFinite(values[i]), "%s: values[%s] = %s is not a finite number", d, i, values[i]);
    }
    for (int i = 0; i < values.length; i++) {
      for (int j = i + 1; j < values.length; j++) {
        checkArgument(values[i] != values[j], "%s: value %s appears twice (values[%s] and values[%s])", d,
            fmt(values[i]), i, j);
      }
    }
  }

  /** Formats a number briefly: integers without {@code .0}, others as {@link Double#toString}. */
  static String fmt(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return Double.toString(x);
  }

  private static Range<Double> closedOrUnbounded(double lo, double hi) {
    boolean hasLo = Double.isFinite(lo);
    boolean hasHi = Double.isFinite(hi);
    if (hasLo && hasHi) {
      return Range.closed(lo, hi);
    }
    if (hasLo) {
      return Range.atLeast(lo);
    }
    if (hasHi) {
      return Range.atMost(hi);
    }
    return Range.all();
  }

  // ---------------------------------------------------------------------------------------------------- kinds

  /** A Commons Statistics distribution, optionally scaled: {@code X = offset + scale * Y}. */
  private static final class Continuous extends Distribution {
    private final ContinuousDistribution dist;
    private final double offset;
    private final double scale;
    private final double lo;
    private final double hi;

    Continuous(String kind, String[] labels, double[] parameters, ContinuousDistribution dist, double offset,
        double scale, double lo, double hi) {
      super(kind, labels, parameters);
      this.dist = dist;
      this.offset = offset;
      this.scale = scale;
      this.lo = lo;
      this.hi = hi;
    }

    @Override
    double quantile(double u) {
      double x = offset + scale * dist.inverseCumulativeProbability(u);
      return Math.min(hi, Math.max(lo, x)); // scaling may round a hair past a bound
    }

    @Override
    double cumulative(double x) {
      return dist.cumulativeProbability((x - offset) / scale);
    }

    @Override
    public double mean() {
      return offset + scale * dist.getMean();
    }

    @Override
    public double variance() {
      return scale * scale * dist.getVariance();
    }

    @Override
    public Range<Double> support() {
      return closedOrUnbounded(lo, hi);
    }

    @Override
    public boolean isDiscrete() {
      return false;
    }
  }

  /** Finitely many values, sorted, with their probabilities. */
  private static final class Discrete extends Distribution {
    private final double[] values;
    private final double[] probabilities;
    private final double[] cumulative;

    private Discrete(String kind, double[] sortedValues, double[] probabilities) {
      super(kind, new String[0], concat(sortedValues, probabilities));
      this.values = sortedValues;
      this.probabilities = probabilities;
      this.cumulative = new double[values.length];
      double c = 0;
      for (int i = 0; i < values.length; i++) {
        c += probabilities[i];
        cumulative[i] = c;
      }
      // the sum is 1 within the tolerance: from the last positive probability on, the cumulative is exactly 1
      for (int i = lastPositive(); i < values.length; i++) {
        cumulative[i] = 1.0;
      }
    }

    static Discrete of(String kind, double[] values, double[] probabilities) {
      Integer[] order = new Integer[values.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
      double[] v = new double[values.length];
      double[] p = new double[values.length];
      for (int i = 0; i < order.length; i++) {
        v[i] = values[order[i]];
        p[i] = probabilities[order[i]];
      }
      return new Discrete(kind, v, p);
    }

    private static double[] concat(double[] a, double[] b) {
      double[] c = Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, c, a.length, b.length);
      return c;
    }

    @Override
    double quantile(double u) {
      if (u == 0) {
        return values[firstPositive()];
      }
      for (int i = 0; i < values.length; i++) {
        if (cumulative[i] >= u && probabilities[i] > 0) {
          return values[i];
        }
      }
      return values[lastPositive()];
    }

    @Override
    double cumulative(double x) {
      double c = 0;
      for (int i = 0; i < values.length && values[i] <= x; i++) {
        c = cumulative[i];
      }
      return c;
    }

    private int firstPositive() {
      int i = 0;
      while (probabilities[i] == 0) {
        i++;
      }
      return i;
    }

    private int lastPositive() {
      int i = values.length - 1;
      while (probabilities[i] == 0) {
        i--;
      }
      return i;
    }

    @Override
    public double mean() {
      double m = 0;
      for (int i = 0; i < values.length; i++) {
        m += probabilities[i] * values[i];
      }
      return m;
    }

    @Override
    public double variance() {
      double m = mean();
      double v = 0;
      for (int i = 0; i < values.length; i++) {
        v += probabilities[i] * (values[i] - m) * (values[i] - m);
      }
      return v;
    }

    @Override
    public Range<Double> support() {
      return Range.closed(values[firstPositive()], values[lastPositive()]);
    }

    @Override
    public boolean isDiscrete() {
      return true;
    }

    @Override
    public String describe() {
      StringBuilder b = new StringBuilder(kind()).append("(values=");
      list(b, values);
      if (kind().equals("discrete")) {
        b.append(", probabilities=");
        list(b, probabilities);
      }
      return b.append(')').toString();
    }

    private static void list(StringBuilder b, double[] xs) {
      b.append('[');
      for (int i = 0; i < xs.length; i++) {
        b.append(i == 0 ? "" : ", ").append(fmt(xs[i]));
      }
      b.append(']');
    }
  }

  /** One value with certainty. */
  private static final class Constant extends Distribution {
    private final double x;

    Constant(double x) {
      super("constant", new String[] {"x"}, new double[] {x});
      this.x = x;
    }

    @Override
    double quantile(double u) {
      return x;
    }

    @Override
    double cumulative(double y) {
      return y >= x ? 1 : 0;
    }

    @Override
    public double mean() {
      return x;
    }

    @Override
    public double variance() {
      return 0;
    }

    @Override
    public Range<Double> support() {
      return Range.singleton(x);
    }

    @Override
    public boolean isDiscrete() {
      return true;
    }
  }
}
