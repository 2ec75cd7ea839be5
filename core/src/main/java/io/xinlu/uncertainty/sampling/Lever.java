package io.xinlu.uncertainty.sampling;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Doubles;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A policy lever: a name and the finite list of settings a study tries, such as {@code policy/carbon-price} with
 * {@code 50, 100, 200}. Unlike an {@link UncertainParameter} it has no probabilities: designs over levers try every
 * setting ({@link Designs#fullFactorial}).
 *
 * <p>Values keep the order given. Immutable and thread-safe.
 *
 * @param name the lever's path, not blank
 * @param values its settings: at least one, finite, distinct
 * @since 0.1.0
 */
public record Lever(String name, ImmutableList<Double> values) {
  /**
   * Validates the lever.
   *
   * @throws IllegalArgumentException if the name is blank, there is no value, or a value is not finite or appears
   *     twice
   */
  public Lever {
    checkArgument(!name.isBlank(), "a lever needs a non-blank name, got '%s'", name);
    values = ImmutableList.copyOf(values);
    checkArgument(!values.isEmpty(), "lever '%s' needs at least one value", name);
    Map<Double, Integer> seen = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      double v = values.get(i);
      checkArgument(Double.isFinite(v), "lever '%s': values[%s] = %s is not a finite number", name, i, v);
      Integer before = seen.putIfAbsent(v == 0 ? 0.0 : v, i);
      checkArgument(before == null, "lever '%s': value %s appears twice (values[%s] and values[%s])", name,
          Distribution.fmt(v), before, i);
    }
  }

  /**
   * Returns the lever {@code name} with the given settings, in order.
   *
   * @throws IllegalArgumentException as the constructor
   */
  public static Lever of(String name, double... values) {
    return new Lever(name, ImmutableList.copyOf(Doubles.asList(values)));
  }

  /**
   * Returns the lever {@code name} with the given settings, in order.
   *
   * @throws IllegalArgumentException as the constructor
   */
  public static Lever of(String name, Collection<Double> values) {
    return new Lever(name, ImmutableList.copyOf(values));
  }

  /** The number of settings. */
  public int size() {
    return values.size();
  }

  /** The setting at {@code index}. */
  public double value(int index) {
    return values.get(index);
  }

  /** Whether {@code x} is one of the settings. */
  public boolean contains(double x) {
    for (double v : values) {
      if (v == x) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(name).append(" in [");
    for (int i = 0; i < values.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(Distribution.fmt(values.get(i)));
    }
    return b.append(']').toString();
  }
}
