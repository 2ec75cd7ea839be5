package io.xinlu.indicator;

import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking a {@link Target} on a run: whether it is met, the first year it holds, the value and the
 * signed gap.
 *
 * <pre>{@code
 * TargetCheck c = Target.changeAtMost(Indicators.energyIntensity(), 2020, 2025, -0.135).check(run);
 * c.met();            // false
 * c.value();          // -0.119: energy intensity fell 11.9 %
 * c.gap();            // 0.016: 1.6 percentage points short
 * c.firstYearMet();   // OptionalInt[2026]: met a year late
 * c.describe();       // one line with all of the above
 * }</pre>
 *
 * <p>Sign convention of {@link #gap()}, for every kind: positive means short of the target by that much, zero or
 * negative means met with that margin, and {@link #met()} is true exactly when the gap is at most 0 (a value within
 * {@link Target#TOLERANCE} of the threshold counts as met, with a gap of 0). The gap is NaN, and the target not met,
 * when the value is undefined (NaN). What value and gap measure depends on the kind:
 *
 * <table>
 *   <caption>Fields by kind of target</caption>
 *   <tr><th>kind</th><th>{@code value}</th><th>{@code gap}</th><th>{@code firstYearMet}</th></tr>
 *   <tr><td>{@link Target.Level}</td><td>the indicator in the target year</td>
 *       <td>{@code threshold - value} (at least) or {@code value - threshold} (at most), indicator's unit</td>
 *       <td>the first year of the run in which the level holds</td></tr>
 *   <tr><td>{@link Target.Change}</td><td>the relative change from the base year to the target year, a fraction</td>
 *       <td>{@code value - threshold} (at most) or {@code threshold - value} (at least), a fraction</td>
 *       <td>the first year after the base year in which the change holds</td></tr>
 *   <tr><td>{@link Target.Cap}</td><td>the highest value in the window</td><td>{@code value - max}, indicator's
 *       unit</td><td>the first year from which the cap holds in every later year of the window</td></tr>
 *   <tr><td>{@link Target.Peak}</td><td>the peak value</td><td>the largest rise after the peak (or after the
 *       deadline when the peak is late), indicator's unit</td><td>the peak year, if met</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe. Two checks are equal when their targets, scenario names and results are equal.
 *
 * @since 0.1.0
 */
public final class TargetCheck {
  private final Target target;
  private final String scenarioName;
  private final boolean met;
  private final OptionalInt firstYearMet;
  private final double value;
  private final int valueYear;
  private final double gap;

  TargetCheck(Target target, String scenarioName, boolean met, OptionalInt firstYearMet, double value,
      int valueYear, double gap) {
    this.target = target;
    this.scenarioName = scenarioName;
    this.met = met;
    this.firstYearMet = firstYearMet;
    this.value = value;
    this.valueYear = valueYear;
    this.gap = gap;
  }

  /** The target checked. */
  public Target target() {
    return target;
  }

  /** The name of the run's scenario. */
  public String scenarioName() {
    return scenarioName;
  }

  /** Whether the target is met; true exactly when {@link #gap()} is at most 0. */
  public boolean met() {
    return met;
  }

  /**
   * The first year the target holds, or empty if it never does in the run: for a level or change, the first year
   * the comparison holds (later than the target year for a target met late); for a cap, the first year from which
   * the cap holds in every later year of its window; for a peak, the peak year if the target is met.
   */
  public OptionalInt firstYearMet() {
    return firstYearMet;
  }

  /**
   * The value judged, in {@link #unit()}: the indicator in the target year (level), the relative change (change, a
   * fraction), the highest value in the window (cap), the peak value (peak). NaN where undefined.
   */
  public double value() {
    return value;
  }

  /**
   * The year {@link #value()} belongs to: the target year for a level or change, the year of the highest value for
   * a cap, the peak year for a peak (later than {@link #targetYear()} when the peak is late).
   */
  public int valueYear() {
    return valueYear;
  }

  /**
   * How far the run is from meeting the target, in {@link #unit()}: positive when short by that much, zero or
   * negative when met with that margin; NaN when the value is undefined. See the class documentation for each kind.
   */
  public double gap() {
    return gap;
  }

  /** The target year: the level's or change's year, the cap's last year, the peak's deadline. */
  public int targetYear() {
    return target.targetYear();
  }

  /** The unit of {@link #value()} and {@link #gap()}: {@code fraction} for a change, else the indicator's unit. */
  public String unit() {
    return target instanceof Target.Change ? "fraction" : target.indicator().unit();
  }

  /**
   * One line with the target, the run, the verdict, the value, the gap and the first year met, such as
   * {@code energy:cap<=11@2021-2025 on run 'spike': not met; highest 12.5 Mtce in 2023, gap 1.5; holds from 2024}.
   */
  public String describe() {
    String what;
    String first;
    if (target instanceof Target.Peak) {
      what = "peak";
      first = met ? "peaked " + valueYear
          : valueYear > targetYear() ? late(valueYear - targetYear()) : "rises again after the peak";
    } else if (target instanceof Target.Cap) {
      what = "highest";
      first = firstYearMet.isPresent() ? "holds from " + firstYearMet.getAsInt() : "broken in " + targetYear();
    } else {
      what = target instanceof Target.Change ? "change" : "value";
      first = firstYearMet.isPresent() ? "first met " + firstYearMet.getAsInt() : "never met";
    }
    if (Double.isNaN(gap)) {
      first = "undefined";
    }
    return target.id() + " on run '" + scenarioName + "': " + (met ? "met" : "not met") + "; " + what + " "
        + TargetMath.brief(value) + " " + unit() + " in " + valueYear + ", gap " + TargetMath.brief(gap) + "; "
        + first;
  }

  private static String late(int years) {
    return years == 1 ? "1 year late" : years + " years late";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof TargetCheck)) {
      return false;
    }
    TargetCheck c = (TargetCheck) o;
    return target.equals(c.target) && scenarioName.equals(c.scenarioName) && met == c.met
        && firstYearMet.equals(c.firstYearMet) && Double.compare(value, c.value) == 0 && valueYear == c.valueYear
        && Double.compare(gap, c.gap) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, scenarioName, met, firstYearMet, value, valueYear, gap);
  }

  /** The same as {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }
}
