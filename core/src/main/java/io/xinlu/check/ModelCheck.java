package io.xinlu.check;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.xinlu.indicator.Indicator;
import java.util.HashSet;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * An assertion about a model's runs, with a name that results and messages use: a {@link Bound} on an indicator in
 * given years, the {@link PeakYear} of an indicator within a window, or an {@link Order} between two scenarios in a
 * year.
 *
 * <pre>{@code
 * List<ModelCheck> checks = List.of(
 *     ModelCheck.bound("gdp-grows", Indicators.gdpGrowth(), List.of(2025, 2030, 2035), OptionalDouble.of(0),
 *         OptionalDouble.empty()),
 *     ModelCheck.peakYear("co2-peaks-by-2030", Indicators.co2(), List.of("seed-plan"), 2022, 2030),
 *     ModelCheck.order("accelerated-emits-less", Indicators.co2(), 2035, "accelerated",
 *         ModelCheck.Relation.AT_MOST,
 *         "baseline"));
 * ImmutableList<CheckResult> results = ModelChecks.run(model, checks);
 * }</pre>
 *
 * <p>The factories check what a check alone can get wrong (a blank name, no years, a minimum above the maximum, NaN
 * bounds, a window that ends before it starts) and throw {@link IllegalArgumentException} naming the check; what
 * needs the model (unknown scenarios, years outside the horizon) is checked by {@link ModelChecks#problems}.
 * Immutable and thread-safe; two checks are equal when all their fields are.
 *
 * @since 0.1.0
 */
public sealed interface ModelCheck permits ModelCheck.Bound, ModelCheck.PeakYear, ModelCheck.Order {

  /** The check's name: non-blank, unique among the checks run together. */
  String name();

  /** The indicator the check reads. */
  Indicator indicator();

  /** A free note saying why the check holds (its reason or source), or the empty string. */
  String note();

  /** The scenarios the check reads, in order; empty means every scenario of the model. */
  ImmutableList<String> scenarios();

  /** The years the check reads, in order; empty means every year of the run (a peak year reads the whole run). */
  ImmutableList<Integer> years();

  /** This check with another note. */
  ModelCheck withNote(String note);

  /** One line saying what the check asserts, such as {@code gdp in 2030, 2035 at least 0 (all scenarios)}. */
  String describe();

  /** The relation of an {@link Order}: the first scenario's value at most or at least the second's. */
  enum Relation {
    /** The first scenario's value is at most the second's ({@code a <= b}). */
    AT_MOST("at-most", "<="),
    /** The first scenario's value is at least the second's ({@code a >= b}). */
    AT_LEAST("at-least", ">=");

    private final String key;
    private final String symbol;

    Relation(String key, String symbol) {
      this.key = key;
      this.symbol = symbol;
    }

    /** The relation's name in files: {@code at-most} or {@code at-least}. */
    public String key() {
      return key;
    }

    /** The relation as a symbol: {@code <=} or {@code >=}. */
    public String symbol() {
      return symbol;
    }

    boolean holds(double a, double b) {
      return this == AT_MOST ? a <= b : a >= b;
    }
  }

  /**
   * A bound: the indicator lies at or above {@code min} and at or below {@code max} (either may be absent, not both)
   * in each of the years, in each of the scenarios (every scenario of the model when none is named).
   *
   * @param name the check's name
   * @param indicator the indicator, in its own unit
   * @param years the years, at least one, no duplicates
   * @param min the lowest value allowed, if any, in the indicator's unit
   * @param max the highest value allowed, if any, in the indicator's unit; at least {@code min}
   * @param scenarios the scenarios, no duplicates; empty for all
   * @param note why the bound holds, or the empty string
   */
  record Bound(String name, Indicator indicator, ImmutableList<Integer> years, OptionalDouble min,
      OptionalDouble max, ImmutableList<String> scenarios, String note) implements ModelCheck {
    /** Checks the fields; see the parameters. */
    public Bound {
      common(name, indicator, scenarios, note);
      checkNotNull(min, "check '%s': min is null", name);
      checkNotNull(max, "check '%s': max is null", name);
      checkArgument(!years.isEmpty(), "check '%s': a bound needs at least one year", name);
      checkArgument(new HashSet<>(years).size() == years.size(), "check '%s': duplicate years in %s", name, years);
      checkArgument(min.isPresent() || max.isPresent(), "check '%s': a bound needs a minimum, a maximum or both",
          name);
      checkArgument(min.isEmpty() || Double.isFinite(min.getAsDouble()), "check '%s': min must be finite, got %s",
          name, min);
      checkArgument(max.isEmpty() || Double.isFinite(max.getAsDouble()), "check '%s': max must be finite, got %s",
          name, max);
      checkArgument(min.isEmpty() || max.isEmpty() || min.getAsDouble() <= max.getAsDouble(),
          "check '%s': min %s is greater than max %s", name, min.orElse(0), max.orElse(0));
    }

    /** This bound for the given scenarios only (none: all). */
    public Bound forScenarios(Iterable<String> names) {
      return new Bound(name, indicator, years, min, max, ImmutableList.copyOf(names), note);
    }

    @Override
    public Bound withNote(String newNote) {
      return new Bound(name, indicator, years, min, max, scenarios, newNote);
    }

    @Override
    public String describe() {
      StringBuilder s = new StringBuilder(indicator.id()).append(" in ").append(joinYears(years));
      if (min.isPresent() && max.isPresent()) {
        s.append(" between ").append(num(min.getAsDouble())).append(" and ").append(num(max.getAsDouble()));
      } else if (min.isPresent()) {
        s.append(" at least ").append(num(min.getAsDouble()));
      } else {
        s.append(" at most ").append(num(max.getAsDouble()));
      }
      return s.append(" (").append(scenarioText(scenarios)).append(')').toString();
    }
  }

  /**
   * A peak year: in each of the scenarios (all when none is named), the year in which the indicator is highest over
   * the whole run (the first such year on a tie) lies within {@code from} to {@code to}, both included.
   *
   * @param name the check's name
   * @param indicator the indicator
   * @param scenarios the scenarios, no duplicates; empty for all
   * @param from the window's first year
   * @param to the window's last year, at least {@code from}
   * @param note why the peak falls in the window, or the empty string
   */
  record PeakYear(String name, Indicator indicator, ImmutableList<String> scenarios, int from, int to, String note)
      implements ModelCheck {
    /** Checks the fields; see the parameters. */
    public PeakYear {
      common(name, indicator, scenarios, note);
      checkArgument(from <= to, "check '%s': the window's first year %s is after its last year %s", name, from, to);
    }

    @Override
    public ImmutableList<Integer> years() {
      return ImmutableList.of(from, to);
    }

    @Override
    public PeakYear withNote(String newNote) {
      return new PeakYear(name, indicator, scenarios, from, to, newNote);
    }

    @Override
    public String describe() {
      return indicator.id() + " peaks in " + from + "-" + to + " (" + scenarioText(scenarios) + ")";
    }
  }

  /**
   * An order: in the given year, the indicator in scenario {@code first} is at most (or at least) the indicator in
   * scenario {@code second}. The comparison is exact: equal values meet either relation.
   *
   * @param name the check's name
   * @param indicator the indicator
   * @param year the year compared
   * @param first the first scenario
   * @param relation how the first compares with the second
   * @param second the second scenario, another than the first
   * @param note why the order holds, or the empty string
   */
  record Order(String name, Indicator indicator, int year, String first, Relation relation, String second,
      String note) implements ModelCheck {
    /** Checks the fields; see the parameters. */
    public Order {
      common(name, indicator, ImmutableList.of(first, second), note);
      checkNotNull(relation, "check '%s': the relation is null", name);
    }

    @Override
    public ImmutableList<String> scenarios() {
      return ImmutableList.of(first, second);
    }

    @Override
    public ImmutableList<Integer> years() {
      return ImmutableList.of(year);
    }

    @Override
    public Order withNote(String newNote) {
      return new Order(name, indicator, year, first, relation, second, newNote);
    }

    @Override
    public String describe() {
      return indicator.id() + " in " + year + ": " + first + " " + relation.symbol() + " " + second;
    }
  }

  /**
   * A bound on the indicator in the years, for every scenario of the model.
   *
   * @throws IllegalArgumentException as {@link Bound}
   */
  static Bound bound(String name, Indicator indicator, Iterable<Integer> years, OptionalDouble min,
      OptionalDouble max) {
    return new Bound(name, indicator, ImmutableList.copyOf(years), min, max, ImmutableList.of(), "");
  }

  /**
   * A bound from below: the indicator at least {@code min} in each year, for every scenario.
   *
   * @throws IllegalArgumentException as {@link Bound}
   */
  static Bound atLeast(String name, Indicator indicator, Iterable<Integer> years, double min) {
    return bound(name, indicator, years, OptionalDouble.of(min), OptionalDouble.empty());
  }

  /**
   * A bound from above: the indicator at most {@code max} in each year, for every scenario.
   *
   * @throws IllegalArgumentException as {@link Bound}
   */
  static Bound atMost(String name, Indicator indicator, Iterable<Integer> years, double max) {
    return bound(name, indicator, years, OptionalDouble.empty(), OptionalDouble.of(max));
  }

  /**
   * The peak year of the indicator within {@code from} to {@code to} in the scenarios (none: all).
   *
   * @throws IllegalArgumentException as {@link PeakYear}
   */
  static PeakYear peakYear(String name, Indicator indicator, Iterable<String> scenarios, int from, int to) {
    return new PeakYear(name, indicator, ImmutableList.copyOf(scenarios), from, to, "");
  }

  /**
   * The indicator in {@code year}: scenario {@code first} at most or at least scenario {@code second}.
   *
   * @throws IllegalArgumentException as {@link Order}
   */
  static Order order(String name, Indicator indicator, int year, String first, Relation relation, String second) {
    return new Order(name, indicator, year, first, relation, second, "");
  }

  private static void common(String name, Indicator indicator, ImmutableList<String> scenarios, String note) {
    checkNotNull(name, "a check's name is null");
    checkArgument(!name.isBlank(), "a check's name is blank");
    checkNotNull(indicator, "check '%s': the indicator is null", name);
    checkNotNull(scenarios, "check '%s': the scenarios are null", name);
    checkNotNull(note, "check '%s': the note is null", name);
    Set<String> seen = new HashSet<>();
    for (String s : scenarios) {
      checkArgument(!s.isBlank(), "check '%s': a blank scenario name", name);
      checkArgument(seen.add(s), "check '%s': scenario '%s' is named twice", name, s);
    }
  }

  private static String joinYears(ImmutableList<Integer> years) {
    return String.join(", ", years.stream().map(String::valueOf).toList());
  }

  private static String scenarioText(ImmutableList<String> scenarios) {
    return scenarios.isEmpty() ? "all scenarios" : String.join(", ", scenarios);
  }

  /** A number as a check prints it: up to six significant digits, no grouping. */
  static String num(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    String s = String.format(Locale.ROOT, "%.6g", v);
    if (s.contains("e") || s.contains("E")) {
      return s;
    }
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }
}
