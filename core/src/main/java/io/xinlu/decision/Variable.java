package io.xinlu.decision;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One decision variable of a {@link SearchProblem}: a name, a type and a closed range {@code [lower, upper]}.
 * An {@link Type#INTEGER} variable takes whole numbers in its range; a {@link Type#BINARY} variable takes 0 or 1.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the variable's name, not blank (for a city, a lever such as {@code strategy/digital-first/intensity})
 * @param type what values it takes
 * @param lower the least value, finite
 * @param upper the greatest value, finite, at least {@code lower}
 * @since 0.1.0
 */
public record Variable(String name, Type type, double lower, double upper) {
  /**
   * What values a variable takes.
   *
   * @since 0.1.0
   */
  public enum Type {
    /** Any number in the range. */
    REAL,
    /** Whole numbers in the range. */
    INTEGER,
    /** 0 or 1. */
    BINARY
  }

  /**
   * Validates the variable.
   *
   * @throws IllegalArgumentException if the name is blank, a bound is not finite, the range is empty, an integer
   *     range holds no whole number, or a binary variable's range is not [0, 1]
   */
  public Variable {
    checkArgument(!name.isBlank(), "a variable needs a non-blank name");
    checkArgument(Double.isFinite(lower) && Double.isFinite(upper),
        "variable '%s': the bounds must be finite numbers, were [%s, %s]", name, lower, upper);
    checkArgument(lower <= upper, "variable '%s': empty range [%s, %s] (the lower bound is above the upper)", name,
        lower, upper);
    checkArgument(type != Type.INTEGER || Math.ceil(lower) <= Math.floor(upper),
        "variable '%s': the integer range [%s, %s] holds no whole number", name, lower, upper);
    checkArgument(type != Type.BINARY || (lower == 0 && upper == 1),
        "variable '%s': a binary variable ranges over [0, 1], was [%s, %s]", name, lower, upper);
  }

  /** A real variable in {@code [lower, upper]}. */
  public static Variable real(String name, double lower, double upper) {
    return new Variable(name, Type.REAL, lower, upper);
  }

  /** An integer variable in {@code [lower, upper]}. */
  public static Variable integer(String name, int lower, int upper) {
    return new Variable(name, Type.INTEGER, lower, upper);
  }

  /** A binary (0 or 1) variable. */
  public static Variable binary(String name) {
    return new Variable(name, Type.BINARY, 0, 1);
  }

  /** Whether {@code x} is a value this variable takes. */
  public boolean accepts(double x) {
    if (!(x >= lower && x <= upper)) {
      return false;
    }
    return type == Type.REAL || x == Math.rint(x);
  }
}
