package io.xinlu.history;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * An observed series: the values an indicator took in some years, in the indicator's unit, each with its source
 * (the document and table it comes from). A missing year is simply absent; years are strictly increasing and every
 * value is finite.
 *
 * <pre>{@code
 * ObservedSeries gdp = ObservedSeries.builder("gdp", "billion CNY")
 *     .add(2020, 172.6, "Yangquan statistical communique 2020")
 *     .add(2021, 182.0, "Yangquan statistical communique 2021")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ObservedSeries {
  private final String indicator;
  private final String unit;
  private final int[] years;
  private final double[] values;
  private final ImmutableList<String> sources;

  private ObservedSeries(String indicator, String unit, int[] years, double[] values, ImmutableList<String> sources) {
    this.indicator = indicator;
    this.unit = unit;
    this.years = years;
    this.values = values;
    this.sources = sources;
  }

  /**
   * A series whose values all come from one source.
   *
   * @param indicator the id of the indicator observed, as the catalogue knows it (such as {@code gdp})
   * @param unit the values' unit, which must be the indicator's unit when the series is compared with a run
   * @param years the years, strictly increasing, at least one
   * @param values the values, one per year, finite
   * @param source the document the values come from, not blank
   * @throws IllegalArgumentException naming the series and the year for an empty series, lengths that differ,
   *     duplicate or unsorted years, a value that is not finite or a blank id, unit or source
   */
  public static ObservedSeries of(String indicator, String unit, int[] years, double[] values, String source) {
    checkArgument(years.length == values.length, "observed series '%s': %s years but %s values", indicator,
        years.length, values.length);
    Builder b = builder(indicator, unit);
    for (int i = 0; i < years.length; i++) {
      b.add(years[i], values[i], source);
    }
    return b.build();
  }

  /** A builder of a series of this indicator in this unit. */
  public static Builder builder(String indicator, String unit) {
    return new Builder(indicator, unit);
  }

  /** The id of the indicator observed. */
  public String indicator() {
    return indicator;
  }

  /** The values' unit. */
  public String unit() {
    return unit;
  }

  /** The number of observations, at least 1. */
  public int size() {
    return years.length;
  }

  /** The years, strictly increasing (a copy). */
  public int[] years() {
    return years.clone();
  }

  /** The values, one per year (a copy). */
  public double[] values() {
    return values.clone();
  }

  /** The sources, one per year. */
  public ImmutableList<String> sources() {
    return sources;
  }

  /** The year of observation {@code i}, from 0. */
  public int year(int i) {
    return years[i];
  }

  /** The value of observation {@code i}, from 0. */
  public double value(int i) {
    return values[i];
  }

  /** The value observed in a year, or empty if that year is not observed. */
  public OptionalDouble valueIn(int year) {
    int i = Arrays.binarySearch(years, year);
    return i >= 0 ? OptionalDouble.of(values[i]) : OptionalDouble.empty();
  }

  /** The first observed year. */
  public int firstYear() {
    return years[0];
  }

  /** The last observed year. */
  public int lastYear() {
    return years[years.length - 1];
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof ObservedSeries s && s.indicator.equals(indicator) && s.unit.equals(unit)
        && Arrays.equals(s.years, years) && Arrays.equals(s.values, values) && s.sources.equals(sources);
  }

  @Override
  public int hashCode() {
    return ((indicator.hashCode() * 31 + unit.hashCode()) * 31 + Arrays.hashCode(years)) * 31
        + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "ObservedSeries[" + indicator + " (" + unit + "), " + years.length + " years " + firstYear() + ".."
        + lastYear() + "]";
  }

  /**
   * Collects observations in year order; not thread-safe, build once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final String indicator;
    private final String unit;
    private final List<Integer> years = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();

    private Builder(String indicator, String unit) {
      checkArgument(!indicator.isBlank(), "observed series: the indicator id is blank");
      checkArgument(!unit.isBlank(), "observed series '%s': the unit is blank", indicator);
      this.indicator = indicator;
      this.unit = unit;
    }

    /**
     * Adds one observation, after the previous one.
     *
     * @param year the year, after the previous observation's
     * @param value the value, finite
     * @param source the document it comes from, not blank
     * @throws IllegalArgumentException naming the series and year if the year repeats or comes before the
     *     previous one, the value is not finite or the source is blank
     */
    public Builder add(int year, double value, String source) {
      if (!years.isEmpty()) {
        int last = years.get(years.size() - 1);
        checkArgument(year != last, "observed series '%s' > year %s: the year is given twice", indicator, year);
        checkArgument(year > last, "observed series '%s' > year %s: years must increase, but %s comes after %s",
            indicator, year, year, last);
      }
      checkArgument(Double.isFinite(value), "observed series '%s' > year %s: value %s is not finite", indicator,
          year, value);
      checkArgument(!source.isBlank(), "observed series '%s' > year %s: the source is blank", indicator, year);
      years.add(year);
      values.add(value);
      sources.add(source);
      return this;
    }

    /**
     * The series.
     *
     * @throws IllegalArgumentException if no observation was added
     */
    public ObservedSeries build() {
      checkArgument(!years.isEmpty(), "observed series '%s' is empty: it needs at least one year", indicator);
      return new ObservedSeries(indicator, unit, years.stream().mapToInt(Integer::intValue).toArray(),
          values.stream().mapToDouble(Double::doubleValue).toArray(), ImmutableList.copyOf(sources));
    }
  }
}
