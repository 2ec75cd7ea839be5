package io.xinlu.history;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;

/**
 * The implausibility measure of history matching, for {@link HistoryMatch}: how many standard deviations a simulated
 * value {@code f(x)} lies from an observation {@code z},
 *
 * <blockquote>{@code I(x) = |z − f(x)| / sqrt(Var_obs + Var_md)}</blockquote>
 *
 * <p>with {@code Var_obs} the variance of the observation error and {@code Var_md} the variance of the model
 * discrepancy (what the model cannot reproduce at any input), both in the series' unit squared, given here as
 * standard deviations. A point {@code x} is implausible when the largest implausibility over the outputs exceeds a
 * cutoff, 3 by Pukelsheim's three-sigma rule. This is the measure of Craig, Goldstein, Seheult and Smith (1997),
 * "Pressure matching for hydrocarbon reservoirs: a case study in the use of Bayes linear strategies for large
 * computer experiments", <i>Case Studies in Bayesian Statistics</i> III, Springer, 37-93, and of Vernon, Goldstein
 * and Bower (2010), "Galaxy formation: a Bayesian uncertainty analysis", <i>Bayesian Analysis</i> 5(4), 619-669,
 * with the model run itself in place of their emulator, so that the emulator's variance is 0. The cutoff follows
 * Pukelsheim (1994), "The three sigma rule", <i>The American Statistician</i> 48(2), 88-91: for any unimodal
 * distribution at least 95 % of the probability lies within three standard deviations of the mean.
 *
 * <pre>{@code
 * Implausibility gdpError = Implausibility.of(1.5, 2.0);   // observation sd 1.5, discrepancy sd 2 (billion CNY)
 * double i = gdpError.value(180.0, 186.5);                 // 6.5 / 2.5 = 2.6 standard deviations
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Implausibility {
  /** The usual cutoff on the largest implausibility, from Pukelsheim's three-sigma rule. */
  public static final double THREE_SIGMA = 3.0;

  private final double observationSd;
  private final double discrepancySd;
  private final double scale;

  private Implausibility(double observationSd, double discrepancySd) {
    this.observationSd = observationSd;
    this.discrepancySd = discrepancySd;
    this.scale = Math.hypot(observationSd, discrepancySd);
  }

  /**
   * The measure for one series.
   *
   * @param observationSd the standard deviation of the observation error, {@code sqrt(Var_obs)}, in the series'
   *     unit, finite and at least 0
   * @param discrepancySd the standard deviation of the model discrepancy, {@code sqrt(Var_md)}, in the series'
   *     unit, finite and at least 0
   * @throws IllegalArgumentException if a standard deviation is negative or not finite, or both are 0
   */
  public static Implausibility of(double observationSd, double discrepancySd) {
    return checked("implausibility", observationSd, discrepancySd);
  }

  /** The measure after checking both deviations, with {@code where} at the head of any message. */
  static Implausibility checked(String where, double observationSd, double discrepancySd) {
    checkArgument(Double.isFinite(observationSd) && observationSd >= 0,
        "%s: the observation error's standard deviation %s must be finite and at least 0", where, observationSd);
    checkArgument(Double.isFinite(discrepancySd) && discrepancySd >= 0,
        "%s: the model discrepancy's standard deviation %s must be finite and at least 0", where, discrepancySd);
    checkArgument(observationSd > 0 || discrepancySd > 0,
        "%s: the observation error and the model discrepancy are both 0, so every miss is infinitely implausible; "
            + "give at least one a positive standard deviation, or use an absolute tolerance of 0", where);
    return new Implausibility(observationSd, discrepancySd);
  }

  /** The standard deviation of the observation error, in the series' unit. */
  public double observationSd() {
    return observationSd;
  }

  /** The standard deviation of the model discrepancy, in the series' unit. */
  public double discrepancySd() {
    return discrepancySd;
  }

  /**
   * {@code I = |observed − simulated| / sqrt(observationSd² + discrepancySd²)}; NaN when the simulated value is not
   * finite.
   */
  public double value(double observed, double simulated) {
    return Double.isFinite(simulated) ? Math.abs(observed - simulated) / scale : Double.NaN;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Implausibility i && Double.compare(i.observationSd, observationSd) == 0
        && Double.compare(i.discrepancySd, discrepancySd) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(observationSd) * 31 + Double.hashCode(discrepancySd);
  }

  /** Such as {@code implausibility(sd obs 1.5, sd discrepancy 2.0)}. */
  @Override
  public String toString() {
    return "implausibility(sd obs " + observationSd + ", sd discrepancy " + discrepancySd + ")";
  }
}
