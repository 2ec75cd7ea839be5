package io.xinlu.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.engine.Run;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A measure of a run, year by year: GDP, the tertiary share, energy intensity, the displaced-worker pool. An
 * indicator has an id (unique in a catalogue), a name, a display unit (such as {@code tce per 10,000 CNY}) and a
 * {@link Direction}, and is a pure function of a {@link Run} and a year.
 *
 * <p>Built-in indicators come from {@link Indicators}; define your own with {@link #of} or by composing others:
 * <pre>{@code
 * Indicator coalPerGdp = Indicator.ratio("coal-per-gdp", "Coal value added per GDP", "share",
 *     Direction.LOWER_IS_BETTER, Indicators.sectorValueAdded("coal"), Indicators.gdp());
 * Indicator custom = Indicator.of("jobs-per-mtce", "Jobs per Mtce", "thousand persons per Mtce",
 *     Direction.HIGHER_IS_BETTER, (run, year) -> run.total(Quantity.EMPLOYMENT, year)
 *         / run.total(Quantity.ENERGY, year));
 * }</pre>
 *
 * <p>{@link #value} returns NaN only where the quantity is mathematically undefined (a ratio over a zero
 * denominator, a growth rate in the base year); each indicator's description says where. Asking for a year
 * outside the run, or for an indicator the run cannot give (employment without employment data, a reserve life
 * without a resource sector) throws an {@link IllegalArgumentException} naming the indicator and the run.
 *
 * <p>Implementations must be immutable, thread-safe and pure: the same run and year give the same value. Two
 * indicators with the same id, name, unit and direction are equal.
 *
 * @since 0.1.0
 */
public abstract class Indicator {
  private final String id;
  private final String name;
  private final String unit;
  private final Direction direction;

  /**
   * For subclasses.
   *
   * @throws IllegalArgumentException if the id, name or unit is blank
   */
  protected Indicator(String id, String name, String unit, Direction direction) {
    checkArgument(!id.isBlank(), "an indicator needs an id");
    checkArgument(!name.isBlank(), "indicator '%s' needs a name", id);
    this.id = id;
    this.name = name;
    this.unit = unit;
    this.direction = Objects.requireNonNull(direction);
  }

  /**
   * What a custom indicator computes: the value in a year of a run. Must be pure.
   *
   * <p>Implementations must be pure and thread-safe: ensembles call one formula from many threads at once.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Formula {
    /** The value in {@code year} of {@code run}; NaN only where undefined. */
    double apply(Run run, int year);
  }

  /** The id, such as {@code energy-intensity} or {@code share:tag:resource}. */
  public final String id() {
    return id;
  }

  /** A readable name. */
  public final String name() {
    return name;
  }

  /** The display unit, such as {@code tce per 10,000 CNY}, {@code share} or {@code billion CNY}. */
  public final String unit() {
    return unit;
  }

  /** Which way is better. */
  public final Direction direction() {
    return direction;
  }

  /**
   * The value in a year.
   *
   * @throws IllegalArgumentException if the year is outside the run or the run cannot give this indicator
   */
  public final double value(Run run, int year) {
    checkAvailable(run);
    if (year < run.baseYear() || year > run.endYear()) {
      // not checkArgument: its varargs would box the years on every call, and ensembles call this per run
      throw new IllegalArgumentException("indicator '" + id + "' on run '" + run.scenarioName() + "': year " + year
          + " is outside the run (" + run.baseYear() + ".." + run.endYear() + ")");
    }
    return compute(run, year);
  }

  /** The values for every year of the run, base year first. */
  public final double[] series(Run run) {
    checkAvailable(run);
    double[] out = new double[run.yearCount()];
    for (int k = 0; k < out.length; k++) {
      out[k] = compute(run, run.baseYear() + k);
    }
    return out;
  }

  /** Whether the run can give this indicator. */
  public final boolean isAvailable(Run run) {
    return unavailableReason(run).isEmpty();
  }

  /**
   * Checks that the run can give this indicator.
   *
   * @throws IllegalArgumentException naming the indicator, the run and the missing data
   */
  public final void checkAvailable(Run run) {
    Optional<String> why = unavailableReason(run);
    if (why.isPresent()) {
      throw new IllegalArgumentException(
          "indicator '" + id + "' cannot be computed on run '" + run.scenarioName() + "': " + why.get());
    }
  }

  /** Why the run cannot give this indicator, or empty if it can. Subclasses override when they need data. */
  public Optional<String> unavailableReason(Run run) {
    return Optional.empty();
  }

  /** The value in a year, the year already checked. */
  protected abstract double compute(Run run, int year);

  // ---- composition ---------------------------------------------------------------------------------------

  /** A custom indicator from a formula; it is available on every run. */
  public static Indicator of(String id, String name, String unit, Direction direction, Formula formula) {
    return new Custom(id, name, unit, direction, formula, run -> Optional.empty());
  }

  /**
   * A custom indicator from a formula with a requirement: {@code requirement} returns why a run cannot give it,
   * or empty.
   */
  public static Indicator of(String id, String name, String unit, Direction direction, Formula formula,
      Function<Run, Optional<String>> requirement) {
    return new Custom(id, name, unit, direction, formula, requirement);
  }

  /** {@code numerator / denominator}; NaN where the denominator is 0. Needs what both need. */
  public static Indicator ratio(String id, String name, String unit, Direction direction, Indicator numerator,
      Indicator denominator) {
    return new Custom(id, name, unit, direction,
        (run, year) -> divide(numerator.compute(run, year), denominator.compute(run, year)),
        run -> numerator.unavailableReason(run).or(() -> denominator.unavailableReason(run)));
  }

  /** This indicator times a constant, in another unit: a unit conversion. */
  public final Indicator scaled(double factor, String newId, String newUnit) {
    Indicator self = this;
    return new Custom(newId, name, newUnit, direction, (run, year) -> factor * self.compute(run, year),
        self::unavailableReason);
  }

  /**
   * The relative change against a reference year: {@code value(t) / value(ref) - 1}; NaN where the reference value
   * is 0. The reference year must lie in the run.
   */
  public final Indicator changeSince(int referenceYear) {
    return changeSince(referenceYear, id + "-change-since-" + referenceYear, name + ", change since " + referenceYear);
  }

  /**
   * The relative change against a reference year under a given id and name. A run whose years do not include the
   * reference year cannot give it ({@link #unavailableReason}).
   */
  public final Indicator changeSince(int referenceYear, String newId, String newName) {
    Indicator self = this;
    return new Custom(newId, newName, "fraction", direction,
        (run, year) -> divide(self.compute(run, year), self.compute(run, referenceYear)) - 1.0,
        run -> self.unavailableReason(run).or(() -> referenceYear >= run.baseYear() && referenceYear <= run.endYear()
            ? Optional.empty()
            : Optional.of("reference year " + referenceYear + " is outside the run (" + run.baseYear() + ".."
                + run.endYear() + ")")));
  }

  /** Year-on-year growth: {@code value(t) / value(t - 1) - 1}; NaN in the base year and where the previous is 0. */
  public final Indicator growth() {
    Indicator self = this;
    return new Custom(id + "-growth", name + ", growth", "fraction per year", direction,
        (run, year) -> year == run.baseYear() ? Double.NaN
            : divide(self.compute(run, year), self.compute(run, year - 1)) - 1.0,
        self::unavailableReason);
  }

  /** The sum from the base year through each year. */
  public final Indicator cumulative() {
    Indicator self = this;
    return new Custom(id + "-cumulative", name + ", cumulative", unit, direction, (run, year) -> {
      double s = 0;
      for (int t = run.baseYear(); t <= year; t++) {
        s += self.compute(run, t);
      }
      return s;
    }, self::unavailableReason);
  }

  /**
   * {@code a / b}, NaN where {@code b} is 0 (and {@code a} is finite) or so close to 0 that the quotient is beyond
   * the range of doubles: a ratio whose denominator has all but vanished is as undefined as one over 0.
   */
  static double divide(double a, double b) {
    return b == 0 ? Double.NaN : defined(a / b);
  }

  /** {@code x}, or NaN where it is infinite: a ratio or a product of ratios that left the range of doubles. */
  static double defined(double x) {
    return Double.isInfinite(x) ? Double.NaN : x;
  }

  /**
   * Indicators are equal when their id, name, unit and direction are: an id names one measure, so that targets
   * and tables built from separately created indicators compare equal.
   */
  @Override
  public final boolean equals(@Nullable Object o) {
    if (!(o instanceof Indicator)) {
      return false;
    }
    Indicator i = (Indicator) o;
    return i.id.equals(id) && i.name.equals(name) && i.unit.equals(unit) && i.direction == direction;
  }

  @Override
  public final int hashCode() {
    return Objects.hash(id, name, unit, direction);
  }

  @Override
  public String toString() {
    return id + " [" + unit + "]";
  }

  private static final class Custom extends Indicator {
    private final Formula formula;
    private final Function<Run, Optional<String>> requirement;

    Custom(String id, String name, String unit, Direction direction, Formula formula,
        Function<Run, Optional<String>> requirement) {
      super(id, name, unit, direction);
      this.formula = formula;
      this.requirement = requirement;
    }

    @Override
    public Optional<String> unavailableReason(Run run) {
      return requirement.apply(run);
    }

    @Override
    protected double compute(Run run, int year) {
      return formula.apply(run, year);
    }
  }
}
