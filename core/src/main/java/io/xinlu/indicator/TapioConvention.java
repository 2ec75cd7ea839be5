package io.xinlu.indicator;

/**
 * Where the exact boundary elasticities {@code e = 0.8} and {@code e = 1.2} fall in Tapio's (2005) scheme.
 *
 * <p>Tapio's states are given by the signs of the changes and the elasticity ranges below 0, from 0 to 0.8, from
 * 0.8 to 1.2 and above 1.2 (the coupling band is unit elasticity with a 20 % margin either way). Applications differ
 * on which state the two boundary values belong to, and a year-on-year elasticity of exactly 0.8 or 1.2 does
 * occur with rounded statistics, so Xinlu makes the choice explicit:
 *
 * <table class="striped">
 * <caption>Boundary conventions</caption>
 * <thead>
 * <tr><th>convention</th><th>coupling</th><th>e = 0.8, GDP grows</th><th>e = 1.2, GDP grows</th>
 *     <th>e = 0.8, GDP shrinks</th><th>e = 1.2, GDP shrinks</th></tr>
 * </thead>
 * <tbody>
 * <tr><td>{@link #COUPLING_INCLUSIVE} (default)</td><td>0.8 &le; e &le; 1.2</td><td>expansive coupling</td>
 *     <td>expansive coupling</td><td>recessive coupling</td><td>recessive coupling</td></tr>
 * <tr><td>{@link #COUPLING_EXCLUSIVE}</td><td>0.8 &lt; e &lt; 1.2</td><td>weak decoupling</td>
 *     <td>expansive negative decoupling</td><td>weak negative decoupling</td><td>recessive decoupling</td></tr>
 * </tbody>
 * </table>
 *
 * <p><b>The default is {@link #COUPLING_INCLUSIVE}</b>, for two reasons. It keeps the whole 20 % margin around unit
 * elasticity in the coupling band, which is how the band is usually printed (0.8 &le; e &le; 1.2). And it never
 * labels a boundary value as decoupling: an elasticity of exactly 0.8 in a growing city is not credited as weak
 * decoupling, nor exactly 1.2 in a shrinking one as recessive decoupling, so a plan's progress is not overstated by
 * rounding. The overloads of {@link Decoupling} without a convention use it.
 *
 * <p>The convention does not affect {@code e = 0} (an unchanged pressure while GDP changes), which is always in the
 * band {@code 0 <= e < 0.8}: weak decoupling when GDP grows, weak negative decoupling when it shrinks (see
 * {@link TapioState}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum TapioConvention {
  /**
   * Coupling is {@code 0.8 <= e <= 1.2}: the boundary values are coupling (expansive when GDP grows, recessive when
   * it shrinks). Weak (negative) decoupling is {@code 0 <= e < 0.8}; expansive negative and recessive decoupling are
   * {@code e > 1.2}. The default.
   */
  COUPLING_INCLUSIVE,
  /**
   * Coupling is {@code 0.8 < e < 1.2}: the boundary values go to the neighbouring states. Weak (negative) decoupling
   * is {@code 0 <= e <= 0.8}; expansive negative and recessive decoupling are {@code e >= 1.2}.
   */
  COUPLING_EXCLUSIVE;

  /** The lower threshold of the coupling band, 0.8. */
  public static final double LOWER_THRESHOLD = 0.8;

  /** The upper threshold of the coupling band, 1.2. */
  public static final double UPPER_THRESHOLD = 1.2;

  /** Whether an elasticity lies below the coupling band under this convention (assumes {@code e >= 0}). */
  boolean belowCoupling(double e) {
    return this == COUPLING_INCLUSIVE ? e < LOWER_THRESHOLD : e <= LOWER_THRESHOLD;
  }

  /** Whether an elasticity lies above the coupling band under this convention. */
  boolean aboveCoupling(double e) {
    return this == COUPLING_INCLUSIVE ? e > UPPER_THRESHOLD : e >= UPPER_THRESHOLD;
  }
}
