package io.xinlu.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A value that changes by year: a scenario's growth override, macro shock, emission-factor path or population
 * path. It is given at some years and read at any year according to its {@link Interpolation}; before its first
 * year it has no value (the default applies).
 *
 * <pre>{@code
 * YearPath shock = YearPath.exact(Map.of(2024, -0.02, 2025, -0.01));     // two bad years
 * YearPath coalGrowth = YearPath.stepwise(Map.of(2023, 0.01, 2026, -0.03)); // held from each year on
 * YearPath gridFactor = YearPath.linear(Map.of(2023, 1.0, 2035, 0.7));     // straight line, then held
 * }</pre>
 *
 * <p>Immutable and thread-safe. Its numbers and years are checked when a scenario using it is put into a
 * {@link CityModel}.
 *
 * @since 0.1.0
 */
public final class YearPath {
  /**
   * How a path is read between and after the years it gives. Immutable and thread-safe.
   *
   * @since 0.1.0
   */
  public enum Interpolation {
    /** Only at the years given; no value elsewhere. */
    EXACT,
    /** The value of the latest year given at or before the year read: held until the next point. */
    STEP,
    /** Straight lines between the years given; the last value is held after the last year. */
    LINEAR
  }

  private final ImmutableSortedMap<Integer, Double> points;
  private final Interpolation interpolation;

  private YearPath(ImmutableSortedMap<Integer, Double> points, Interpolation interpolation) {
    checkArgument(!points.isEmpty(), "a year path needs at least one year");
    this.points = points;
    this.interpolation = interpolation;
  }

  /** A path with the given points and interpolation. */
  public static YearPath of(Interpolation interpolation, Map<Integer, Double> points) {
    return new YearPath(ImmutableSortedMap.copyOf(points), interpolation);
  }

  /** A path with values at the given years only. */
  public static YearPath exact(Map<Integer, Double> points) {
    return of(Interpolation.EXACT, points);
  }

  /** A path that holds each value from its year until the next one. */
  public static YearPath stepwise(Map<Integer, Double> points) {
    return of(Interpolation.STEP, points);
  }

  /** A path interpolated linearly between its years and held after the last. */
  public static YearPath linear(Map<Integer, Double> points) {
    return of(Interpolation.LINEAR, points);
  }

  /** A constant value from a year on. */
  public static YearPath constantFrom(int year, double value) {
    return of(Interpolation.STEP, Map.of(year, value));
  }

  /** The points given, by year. */
  public ImmutableSortedMap<Integer, Double> points() {
    return points;
  }

  /** How the path is read between points. */
  public Interpolation interpolation() {
    return interpolation;
  }

  /** The first year given. */
  public int firstYear() {
    return points.firstKey();
  }

  /** The last year given. */
  public int lastYear() {
    return points.lastKey();
  }

  /** The value in a year, if the path has one there. */
  public OptionalDouble at(int year) {
    if (!points.containsKey(year) && (interpolation == Interpolation.EXACT || year < points.firstKey())) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(valueAt(year, 0.0));
  }

  /** The value in a year, or {@code fallback} where the path has none. */
  public double valueAt(int year, double fallback) {
    Double exact = points.get(year);
    if (exact != null) {
      return exact;
    }
    if (interpolation == Interpolation.EXACT || year < points.firstKey()) {
      return fallback;
    }
    Map.Entry<Integer, Double> below = points.floorEntry(year);
    checkState(below != null, "no point at or before %s though the first is at %s", year, points.firstKey());
    if (interpolation == Interpolation.STEP) {
      return below.getValue();
    }
    Map.Entry<Integer, Double> above = points.ceilingEntry(year);
    if (above == null) {
      return below.getValue();
    }
    double w = (double) (year - below.getKey()) / (above.getKey() - below.getKey());
    return below.getValue() + w * (above.getValue() - below.getValue());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof YearPath
        && ((YearPath) o).interpolation == interpolation
        && ((YearPath) o).points.equals(points);
  }

  @Override
  public int hashCode() {
    return Objects.hash(points, interpolation);
  }

  @Override
  public String toString() {
    return interpolation.name().toLowerCase(java.util.Locale.ROOT) + points;
  }
}
