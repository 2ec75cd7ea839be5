package io.xinlu.check;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.stream.Collectors;

/**
 * One point of a {@link VersionComparison}'s design: the parameter values both versions of the model are run with.
 * Point 0 is the models as given (no value set); point {@code i >= 1} is row {@code i - 1} of the design.
 *
 * <p>Immutable and thread-safe; two points are equal when their fields are.
 *
 * @param index the point's number, from 0
 * @param values each parameter path of the design (such as {@code sector/coal-mining/growth}) to its value, in the
 *     design's column order; empty for point 0
 * @since 0.1.0
 */
public record DesignPoint(int index, ImmutableMap<String, Double> values) {
  /** Checks the fields: the index at least 0, values only for a point other than 0. */
  public DesignPoint {
    checkArgument(index >= 0, "a design point's index must be at least 0, got %s", index);
    checkNotNull(values, "the values are null");
    checkArgument(index > 0 || values.isEmpty(), "point 0 is the models as given: it sets no values, got %s", values);
  }

  /** Whether this is point 0: the models as given. */
  public boolean asGiven() {
    return index == 0;
  }

  /** {@code point 0 (as given)} or {@code point 3 (sector/coal-mining/growth = 0.012, ...)}. */
  @Override
  public String toString() {
    return "point " + index + " (" + (index == 0 ? "as given" : values.entrySet().stream()
        .map(e -> e.getKey() + " = " + ModelCheck.num(e.getValue())).collect(Collectors.joining(", "))) + ")";
  }
}
