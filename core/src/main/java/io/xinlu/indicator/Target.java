package io.xinlu.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Run;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a plan wants of an indicator: a comparison and a year, checked on a {@link Run}. Four kinds:
 *
 * <ul>
 *   <li>{@link Level}: a level by a year, such as a tertiary share of at least 50 % in 2025
 *       ({@link #atLeast}, {@link #atMost});
 *   <li>{@link Change}: a relative change against a base year, such as energy intensity down 13.5 % from 2020 to
 *       2025 ({@link #changeAtMost}, {@link #changeAtLeast});
 *   <li>{@link Cap}: a ceiling in every year of a window, such as total energy use under China's "dual control"
 *       of total and intensity ({@link #cap});
 *   <li>{@link Peak}: the series peaks no later than a year and does not rise again, such as CO2 peaking by 2030
 *       ({@link #peakBy}).
 * </ul>
 *
 * <pre>{@code
 * Target tertiary = Target.atLeast(Indicators.groupShare(SectorGroup.TERTIARY), 0.5, 2025)
 *     .withSource("illustrative");
 * Target intensity = Target.changeAtMost(Indicators.energyIntensity(), 2020, 2025, -0.135)
 *     .withId("ei-14th-fyp").withSource("Shanxi 14th Five-Year Plan");
 * Target energyCap = Target.cap(Indicators.energy(), 42.0, 2021, 2025);   // Mtce in every year
 * Target co2Peak = Target.peakBy(Indicators.co2(), 2030);
 * TargetCheck check = intensity.check(run);
 * if (!check.met()) {
 *   out.println(check.describe());
 * }
 * }</pre>
 *
 * <p>Targets are data: a scenario catalogue or a profile can carry them beside the scenarios they judge. Each has an
 * id (by default derived from its indicator, comparison, threshold and years, such as
 * {@code energy-intensity:change<=-0.135@2020-2025}), an optional description and a {@code source} saying where it
 * comes from ({@code Shanxi 14th Five-Year Plan}, {@code illustrative}); both are empty when not given. Values and
 * thresholds are in the indicator's display unit ({@link Indicator#unit()}), except the relative change of a
 * {@link Change}, a fraction ({@code -0.135} is "down 13.5 %").
 *
 * <p>Construction validates: a blank id, a threshold that is NaN or infinite, a base year not before the target
 * year and a window that ends before it starts throw an {@link IllegalArgumentException} naming the target.
 * {@link #check} throws an {@link IllegalArgumentException} naming the target, the indicator and the run when the
 * run cannot give the indicator (employment without employment data, a reserve life without that resource sector)
 * or a year of the target lies outside the run.
 *
 * <p>Comparisons forgive rounding noise: a value counts as meeting a threshold if it misses it by at most
 * {@link #TOLERANCE} times the larger magnitude of the two (for a {@link Change}, of the ratios
 * {@code value(year) / value(baseYear)} and {@code 1 + threshold}). NaN never meets a threshold.
 *
 * <p>Every implementation is an immutable record and thread-safe, provided its indicator is (the built-in ones
 * are). Equality is the records' component-wise equality; indicators compare with {@link Indicator#equals}, that
 * is, by identity.
 *
 * @since 0.1.0
 */
public sealed interface Target permits Target.Level, Target.Change, Target.Cap, Target.Peak {
  /**
   * The relative tolerance of every comparison, {@code 1e-12}: a value that misses a threshold by at most this
   * times the larger magnitude of the two still meets it, and a year-on-year rise of at most this times the larger
   * of the two values does not count as a rise after a peak. It absorbs floating-point rounding, nothing more.
   */
  double TOLERANCE = 1e-12;

  /** Which side of a threshold meets a target. Immutable and thread-safe. */
  enum Comparison {
    /** The value must be at least the threshold ({@code >=}). */
    AT_LEAST(">=", "at least"),
    /** The value must be at most the threshold ({@code <=}). */
    AT_MOST("<=", "at most");

    private final String symbol;
    private final String words;

    Comparison(String symbol, String words) {
      this.symbol = symbol;
      this.words = words;
    }

    /** The symbol used in ids: {@code >=} or {@code <=}. */
    String symbol() {
      return symbol;
    }

    /** The words used in descriptions: {@code at least} or {@code at most}. */
    String words() {
      return words;
    }
  }

  // ---- factories -----------------------------------------------------------------------------------------

  /**
   * A level target: the indicator is at least {@code threshold} in {@code year}, such as a tertiary share of at
   * least 0.5 in 2025.
   *
   * @param threshold in the indicator's unit, finite
   * @throws IllegalArgumentException if the threshold is NaN or infinite
   */
  static Level atLeast(Indicator indicator, double threshold, int year) {
    return Level.of(indicator, Comparison.AT_LEAST, threshold, year);
  }

  /**
   * A level target: the indicator is at most {@code threshold} in {@code year}, such as a resource dependence of
   * at most 0.3 in 2030.
   *
   * @param threshold in the indicator's unit, finite
   * @throws IllegalArgumentException if the threshold is NaN or infinite
   */
  static Level atMost(Indicator indicator, double threshold, int year) {
    return Level.of(indicator, Comparison.AT_MOST, threshold, year);
  }

  /**
   * A change target: the relative change {@code value(year) / value(baseYear) - 1} is at most {@code change}, such
   * as energy intensity down at least 13.5 % from 2020 to 2025: {@code changeAtMost(ei, 2020, 2025, -0.135)}.
   *
   * @param change a fraction, finite; {@code -0.135} is "down 13.5 %"
   * @throws IllegalArgumentException if the change is NaN or infinite or the base year is not before the year
   */
  static Change changeAtMost(Indicator indicator, int baseYear, int year, double change) {
    return Change.of(indicator, Comparison.AT_MOST, change, baseYear, year);
  }

  /**
   * A change target: the relative change {@code value(year) / value(baseYear) - 1} is at least {@code change}, such
   * as GDP up at least 30 % from 2020 to 2025: {@code changeAtLeast(gdp, 2020, 2025, 0.3)}.
   *
   * @param change a fraction, finite; {@code 0.3} is "up 30 %"
   * @throws IllegalArgumentException if the change is NaN or infinite or the base year is not before the year
   */
  static Change changeAtLeast(Indicator indicator, int baseYear, int year, double change) {
    return Change.of(indicator, Comparison.AT_LEAST, change, baseYear, year);
  }

  /**
   * A cap: the indicator is at most {@code max} in every year from {@code fromYear} to {@code toYear}, both
   * included, such as total energy use under a five-year plan's "dual control".
   *
   * @param max in the indicator's unit, finite
   * @throws IllegalArgumentException if the maximum is NaN or infinite or the window ends before it starts
   */
  static Cap cap(Indicator indicator, double max, int fromYear, int toYear) {
    return Cap.of(indicator, max, fromYear, toYear);
  }

  /**
   * A peak target: the indicator reaches its maximum over the run no later than {@code year} and does not rise
   * again after it, such as CO2 peaking by 2030.
   */
  static Peak peakBy(Indicator indicator, int year) {
    return Peak.of(indicator, year);
  }

  /**
   * Checks every target on a run, in order.
   *
   * @throws IllegalArgumentException as {@link #check} does, for the first target that cannot be checked
   */
  static ImmutableList<TargetCheck> checkAll(Iterable<? extends Target> targets, Run run) {
    ImmutableList.Builder<TargetCheck> b = ImmutableList.builder();
    for (Target t : targets) {
      b.add(t.check(run));
    }
    return b.build();
  }

  // ---- what every target has -----------------------------------------------------------------------------

  /** The target's id, such as {@code energy-intensity:change<=-0.135@2020-2025}; never blank. */
  String id();

  /** The indicator the target is about. */
  Indicator indicator();

  /** The year the target is judged in: the level's or change's year, the cap's last year, the peak's deadline. */
  int targetYear();

  /** A free description; empty when not given. */
  String description();

  /** Where the target comes from, such as {@code Shanxi 14th Five-Year Plan} or {@code illustrative}; may be empty. */
  String source();

  /**
   * A copy with another id.
   *
   * @throws IllegalArgumentException if the id is blank
   */
  Target withId(String id);

  /** A copy with another description. */
  Target withDescription(String description);

  /** A copy with another source. */
  Target withSource(String source);

  /**
   * One line stating the target, such as {@code Energy intensity: change from 2020 to 2025 at most -0.135 (-13.5
   * %)}, followed by its source in brackets when it has one.
   */
  String describe();

  /**
   * Checks the target on a run. Pure and thread-safe.
   *
   * @throws IllegalArgumentException naming the target, the indicator and the run if the run cannot give the
   *     indicator or a year of the target lies outside the run
   */
  TargetCheck check(Run run);

  // ---- the four kinds ------------------------------------------------------------------------------------

  /**
   * A level by a year: {@code indicator(year) >= threshold} or {@code <= threshold}.
   *
   * <p>{@link #check} reports: {@code met} if the comparison holds in the year; {@code firstYearMet} the first
   * year of the run in which it holds (after the year for a target met late; it may also lie before the year of a
   * target not met there, if the level was reached and lost again); {@code value} the indicator in the year;
   * {@code gap}, in the indicator's unit, {@code threshold - value} for {@link Comparison#AT_LEAST} and
   * {@code value - threshold} for {@link Comparison#AT_MOST}: positive when short by that much, zero or negative when
   * met with that margin (0 when met within the tolerance).
   *
   * <p>Immutable and thread-safe.
   *
   * @param id the target's id, not blank
   * @param indicator the indicator
   * @param comparison which side of the threshold meets the target
   * @param threshold in the indicator's unit, finite
   * @param year the target year
   * @param description a free description, may be empty
   * @param source where the target comes from, may be empty
   */
  record Level(String id, Indicator indicator, Comparison comparison, double threshold, int year,
      String description, String source) implements Target {
    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if the id is blank or the threshold is NaN or infinite
     */
    public Level {
      Objects.requireNonNull(id);
      Objects.requireNonNull(indicator);
      Objects.requireNonNull(comparison);
      Objects.requireNonNull(description);
      Objects.requireNonNull(source);
      checkArgument(!id.isBlank(), "a target on indicator '%s' needs a non-blank id", indicator.id());
      checkArgument(Double.isFinite(threshold), "target '%s': the threshold must be a finite number, was %s", id,
          threshold);
    }

    /**
     * A level target with the default id, such as {@code share:group:tertiary>=0.5@2025}.
     *
     * @throws IllegalArgumentException if the threshold is NaN or infinite
     */
    static Level of(Indicator indicator, Comparison comparison, double threshold, int year) {
      return new Level(indicator.id() + comparison.symbol() + TargetMath.exact(threshold) + "@" + year, indicator,
          comparison, threshold, year, "", "");
    }

    @Override
    public int targetYear() {
      return year;
    }

    @Override
    public Level withId(String id) {
      return new Level(id, indicator, comparison, threshold, year, description, source);
    }

    @Override
    public Level withDescription(String description) {
      return new Level(id, indicator, comparison, threshold, year, description, source);
    }

    @Override
    public Level withSource(String source) {
      return new Level(id, indicator, comparison, threshold, year, description, source);
    }

    @Override
    public String describe() {
      return sourced(indicator.name() + ": " + comparison.words() + " " + TargetMath.brief(threshold) + " "
          + indicator.unit() + " in " + year, source);
    }

    @Override
    public TargetCheck check(Run run) {
      TargetMath.checkAvailable(this, run);
      TargetMath.checkYear(this, run, "target year", year);
      double[] s = TargetMath.series(this, run);
      double value = s[year - run.baseYear()];
      boolean met = TargetMath.holds(comparison, value, threshold);
      OptionalInt first = OptionalInt.empty();
      for (int k = 0; k < s.length; k++) {
        if (TargetMath.holds(comparison, s[k], threshold)) {
          first = OptionalInt.of(run.baseYear() + k);
          break;
        }
      }
      double gap = comparison == Comparison.AT_LEAST ? threshold - value : value - threshold;
      return new TargetCheck(this, run.scenarioName(), met, first, value, year, met ? Math.min(gap, 0.0) : gap);
    }
  }

  /**
   * A change against a base year: the relative change {@code indicator(year) / indicator(baseYear) - 1} is at
   * most or at least {@code threshold}, a fraction ({@code -0.135} is "down 13.5 %"). The change is NaN, and the
   * target not met, where the base-year value is 0.
   *
   * <p>{@link #check} reports: {@code met} if the comparison holds in the year; {@code firstYearMet} the first year
   * after the base year in which it holds; {@code value} the relative change in the year (a fraction, not the
   * indicator's unit); {@code gap}, as a fraction, {@code value - threshold} for {@link Comparison#AT_MOST} and
   * {@code threshold - value} for {@link Comparison#AT_LEAST}: positive when short by that much ({@code 0.02} is two
   * percentage points of change short), zero or negative when met with that margin.
   *
   * <p>Immutable and thread-safe.
   *
   * @param id the target's id, not blank
   * @param indicator the indicator
   * @param comparison which side of the threshold meets the target
   * @param threshold the relative change, a fraction, finite
   * @param baseYear the reference year, before {@code year}
   * @param year the target year
   * @param description a free description, may be empty
   * @param source where the target comes from, may be empty
   */
  record Change(String id, Indicator indicator, Comparison comparison, double threshold, int baseYear, int year,
      String description, String source) implements Target {
    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if the id is blank, the threshold is NaN or infinite, or the base year is
     *     not before the target year
     */
    public Change {
      Objects.requireNonNull(id);
      Objects.requireNonNull(indicator);
      Objects.requireNonNull(comparison);
      Objects.requireNonNull(description);
      Objects.requireNonNull(source);
      checkArgument(!id.isBlank(), "a target on indicator '%s' needs a non-blank id", indicator.id());
      checkArgument(Double.isFinite(threshold), "target '%s': the change must be a finite number, was %s", id,
          threshold);
      checkArgument(baseYear < year, "target '%s': the base year %s must be before the target year %s", id, baseYear,
          year);
    }

    /**
     * A change target with the default id, such as {@code energy-intensity:change<=-0.135@2020-2025}.
     *
     * @throws IllegalArgumentException if the change is NaN or infinite or the base year is not before the year
     */
    static Change of(Indicator indicator, Comparison comparison, double threshold, int baseYear, int year) {
      return new Change(indicator.id() + ":change" + comparison.symbol() + TargetMath.exact(threshold) + "@"
          + baseYear + "-" + year, indicator, comparison, threshold, baseYear, year, "", "");
    }

    @Override
    public int targetYear() {
      return year;
    }

    @Override
    public Change withId(String id) {
      return new Change(id, indicator, comparison, threshold, baseYear, year, description, source);
    }

    @Override
    public Change withDescription(String description) {
      return new Change(id, indicator, comparison, threshold, baseYear, year, description, source);
    }

    @Override
    public Change withSource(String source) {
      return new Change(id, indicator, comparison, threshold, baseYear, year, description, source);
    }

    @Override
    public String describe() {
      return sourced(indicator.name() + ": change from " + baseYear + " to " + year + " " + comparison.words() + " "
          + TargetMath.brief(threshold) + " (" + TargetMath.brief(100 * threshold) + " %)", source);
    }

    @Override
    public TargetCheck check(Run run) {
      TargetMath.checkAvailable(this, run);
      TargetMath.checkYear(this, run, "base year", baseYear);
      TargetMath.checkYear(this, run, "target year", year);
      double[] s = TargetMath.series(this, run);
      int t0 = run.baseYear();
      double base = s[baseYear - t0];
      double ratio = Indicator.divide(s[year - t0], base);
      double value = ratio - 1.0;
      boolean met = TargetMath.holds(comparison, ratio, 1.0 + threshold);
      OptionalInt first = OptionalInt.empty();
      for (int k = baseYear - t0 + 1; k < s.length; k++) {
        if (TargetMath.holds(comparison, Indicator.divide(s[k], base), 1.0 + threshold)) {
          first = OptionalInt.of(t0 + k);
          break;
        }
      }
      double gap = comparison == Comparison.AT_LEAST ? threshold - value : value - threshold;
      return new TargetCheck(this, run.scenarioName(), met, first, value, year, met ? Math.min(gap, 0.0) : gap);
    }
  }

  /**
   * A cap: {@code indicator(t) <= max} in every year {@code t} from {@code fromYear} to {@code toYear}, both
   * included. Its target year is {@code toYear}.
   *
   * <p>{@link #check} reports: {@code met} if the cap holds in every year of the window; {@code firstYearMet} the
   * first year of the window from which the cap holds in every later year of the window (empty if it fails in
   * {@code toYear}); {@code value} the highest value in the window and {@code valueYear} its year (the first such
   * year; the first NaN year if there is one, with a NaN value and gap); {@code gap}, in the indicator's unit,
   * {@code value - max}: positive when the worst year is over the cap by that much, zero or negative when every year
   * is under it with at least that margin.
   *
   * <p>Immutable and thread-safe.
   *
   * @param id the target's id, not blank
   * @param indicator the indicator
   * @param max the cap in the indicator's unit, finite
   * @param fromYear the window's first year
   * @param toYear the window's last year, not before {@code fromYear}
   * @param description a free description, may be empty
   * @param source where the target comes from, may be empty
   */
  record Cap(String id, Indicator indicator, double max, int fromYear, int toYear, String description,
      String source) implements Target {
    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if the id is blank, the maximum is NaN or infinite, or the window ends
     *     before it starts
     */
    public Cap {
      Objects.requireNonNull(id);
      Objects.requireNonNull(indicator);
      Objects.requireNonNull(description);
      Objects.requireNonNull(source);
      checkArgument(!id.isBlank(), "a target on indicator '%s' needs a non-blank id", indicator.id());
      checkArgument(Double.isFinite(max), "target '%s': the cap must be a finite number, was %s", id, max);
      checkArgument(fromYear <= toYear, "target '%s': the window starts in %s, after its end year %s", id, fromYear,
          toYear);
    }

    /**
     * A cap with the default id, such as {@code energy:cap<=42@2021-2025}.
     *
     * @throws IllegalArgumentException if the maximum is NaN or infinite or the window ends before it starts
     */
    static Cap of(Indicator indicator, double max, int fromYear, int toYear) {
      return new Cap(indicator.id() + ":cap<=" + TargetMath.exact(max) + "@" + fromYear + "-" + toYear, indicator,
          max, fromYear, toYear, "", "");
    }

    @Override
    public int targetYear() {
      return toYear;
    }

    @Override
    public Cap withId(String id) {
      return new Cap(id, indicator, max, fromYear, toYear, description, source);
    }

    @Override
    public Cap withDescription(String description) {
      return new Cap(id, indicator, max, fromYear, toYear, description, source);
    }

    @Override
    public Cap withSource(String source) {
      return new Cap(id, indicator, max, fromYear, toYear, description, source);
    }

    @Override
    public String describe() {
      return sourced(indicator.name() + ": at most " + TargetMath.brief(max) + " " + indicator.unit()
          + " in every year from " + fromYear + " to " + toYear, source);
    }

    @Override
    public TargetCheck check(Run run) {
      TargetMath.checkAvailable(this, run);
      TargetMath.checkYear(this, run, "first year", fromYear);
      TargetMath.checkYear(this, run, "target year", toYear);
      double[] s = TargetMath.series(this, run);
      int t0 = run.baseYear();
      int from = fromYear - t0;
      int to = toYear - t0;
      int k = to;
      while (k >= from && TargetMath.atMost(s[k], max)) {
        k--;
      }
      boolean met = k < from;
      OptionalInt first = k < to ? OptionalInt.of(t0 + k + 1) : OptionalInt.empty();
      int worst = from;
      for (int j = from; j <= to; j++) {
        if (Double.isNaN(s[j])) {
          worst = j;
          break;
        }
        if (s[j] > s[worst]) {
          worst = j;
        }
      }
      double value = s[worst];
      double gap = value - max;
      return new TargetCheck(this, run.scenarioName(), met, first, value, t0 + worst,
          met ? Math.min(gap, 0.0) : gap);
    }
  }

  /**
   * A peak: the indicator peaks no later than {@code year} and does not rise again.
   *
   * <p>The peak year is the first year whose value is within {@link #TOLERANCE} (relative) of the series' maximum
   * over the whole run. The target is met if the peak year is no later than {@code year} and the series does not
   * rise after it: {@code value(t) <= value(t - 1) + TOLERANCE * max(|value(t)|, |value(t - 1)|)} for every year
   * {@code t} after the peak. A peak followed by a later rise is not met, even if the rise stays below the peak. A
   * series that rises until the deadline and the run ends there counts as peaking at the deadline: run past the
   * deadline to see whether it falls.
   *
   * <p>{@link #check} reports: {@code firstYearMet} the peak year if the target is met; {@code value} the peak
   * value and {@code valueYear} the peak year (met or not); {@code gap}, in the indicator's unit, the largest rise
   * of the series after the earlier of the peak year and the deadline, {@code max over s < t of value(t) -
   * value(s)} with both years from that point on: positive when not met (the rise after the peak, or how much the
   * series still rises after the deadline when it peaks late; the years late are {@code valueYear() -
   * targetYear()}), zero or negative when met (then it is the smallest year-on-year fall after the peak, negated;
   * 0 when the peak is the last year of the run). If a value of the series is NaN or infinite the peak is undefined:
   * not met, the value and year of the first such value, and a NaN gap.
   *
   * <p>Immutable and thread-safe.
   *
   * @param id the target's id, not blank
   * @param indicator the indicator
   * @param year the deadline: the latest acceptable peak year
   * @param description a free description, may be empty
   * @param source where the target comes from, may be empty
   */
  record Peak(String id, Indicator indicator, int year, String description, String source) implements Target {
    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if the id is blank
     */
    public Peak {
      Objects.requireNonNull(id);
      Objects.requireNonNull(indicator);
      Objects.requireNonNull(description);
      Objects.requireNonNull(source);
      checkArgument(!id.isBlank(), "a target on indicator '%s' needs a non-blank id", indicator.id());
    }

    /** A peak target with the default id, such as {@code co2:peak@2030}. */
    static Peak of(Indicator indicator, int year) {
      return new Peak(indicator.id() + ":peak@" + year, indicator, year, "", "");
    }

    @Override
    public int targetYear() {
      return year;
    }

    @Override
    public Peak withId(String id) {
      return new Peak(id, indicator, year, description, source);
    }

    @Override
    public Peak withDescription(String description) {
      return new Peak(id, indicator, year, description, source);
    }

    @Override
    public Peak withSource(String source) {
      return new Peak(id, indicator, year, description, source);
    }

    @Override
    public String describe() {
      return sourced(indicator.name() + ": peak no later than " + year + ", no rise after it", source);
    }

    @Override
    public TargetCheck check(Run run) {
      TargetMath.checkAvailable(this, run);
      TargetMath.checkYear(this, run, "target year", year);
      double[] s = TargetMath.series(this, run);
      int t0 = run.baseYear();
      for (int k = 0; k < s.length; k++) {
        if (!Double.isFinite(s[k])) {
          return new TargetCheck(this, run.scenarioName(), false, OptionalInt.empty(), s[k], t0 + k, Double.NaN);
        }
      }
      double max = s[0];
      for (double v : s) {
        max = Math.max(max, v);
      }
      int peak = 0;
      while (!TargetMath.atLeast(s[peak], max)) {
        peak++;
      }
      boolean rises = false;
      for (int k = peak + 1; k < s.length; k++) {
        if (!TargetMath.atMost(s[k], s[k - 1])) {
          rises = true;
          break;
        }
      }
      int deadline = year - t0;
      boolean met = peak <= deadline && !rises;
      int from = Math.min(peak, deadline);
      double gap;
      if (from == s.length - 1) {
        gap = 0.0;
      } else {
        gap = Double.NEGATIVE_INFINITY;
        double low = s[from];
        for (int k = from + 1; k < s.length; k++) {
          gap = Math.max(gap, s[k] - low);
          low = Math.min(low, s[k]);
        }
      }
      return new TargetCheck(this, run.scenarioName(), met, met ? OptionalInt.of(t0 + peak) : OptionalInt.empty(),
          s[peak], t0 + peak, met ? Math.min(gap, 0.0) : gap);
    }
  }

  /** The statement followed by the source in brackets, if there is one. */
  private static String sourced(String statement, String source) {
    return source.isEmpty() ? statement : statement + " [" + source + "]";
  }
}
