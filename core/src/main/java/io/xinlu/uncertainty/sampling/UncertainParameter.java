package io.xinlu.uncertainty.sampling;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A named uncertain input and its distribution, such as {@code sector/coal/growth} with a triangular distribution.
 *
 * <p>The name is a path that the engine interprets (what it points at is checked there, not here); it only has to
 * be non-blank. Immutable and thread-safe.
 *
 * @param name the parameter's path, not blank
 * @param distribution its distribution
 * @since 0.1.0
 */
public record UncertainParameter(String name, Distribution distribution) {
  /**
   * Validates the name.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public UncertainParameter {
    checkArgument(!name.isBlank(), "an uncertain parameter needs a non-blank name, got '%s' (%s)", name,
        distribution);
  }

  /**
   * Returns the parameter {@code name} with the given distribution.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static UncertainParameter of(String name, Distribution distribution) {
    return new UncertainParameter(name, distribution);
  }

  /** The value at probability {@code u}: {@code distribution().inverseCdf(u)}. */
  public double valueAt(double u) {
    return distribution.inverseCdf(u);
  }

  @Override
  public String toString() {
    return name + " ~ " + distribution.describe();
  }
}
