package io.xinlu.indicator;

/**
 * The eight decoupling states of Tapio (2005), and {@link #UNDEFINED} for a period in which GDP does not change.
 *
 * <p>A state follows from the signs of the relative changes of GDP ({@code %ΔGDP}) and of the pressure, CO2 or
 * energy ({@code %ΔP}), and from the elasticity {@code e = %ΔP / %ΔGDP} against the thresholds 0.8 and 1.2.
 * The full table, with the two readings of the exact boundary values, is in {@link Decoupling}; in short, with
 * the default {@link TapioConvention#COUPLING_INCLUSIVE}:
 *
 * <table class="striped">
 * <caption>Tapio's states (default convention)</caption>
 * <thead>
 * <tr><th>group</th><th>state</th><th>%ΔGDP</th><th>%ΔP</th><th>e</th></tr>
 * </thead>
 * <tbody>
 * <tr><td>negative decoupling</td><td>{@link #EXPANSIVE_NEGATIVE_DECOUPLING}</td><td>&gt; 0</td><td>&gt; 0</td>
 *     <td>e &gt; 1.2</td></tr>
 * <tr><td>negative decoupling</td><td>{@link #STRONG_NEGATIVE_DECOUPLING}</td><td>&lt; 0</td><td>&gt; 0</td>
 *     <td>e &lt; 0</td></tr>
 * <tr><td>negative decoupling</td><td>{@link #WEAK_NEGATIVE_DECOUPLING}</td><td>&lt; 0</td><td>&le; 0</td>
 *     <td>0 &le; e &lt; 0.8</td></tr>
 * <tr><td>decoupling</td><td>{@link #WEAK_DECOUPLING}</td><td>&gt; 0</td><td>&ge; 0</td>
 *     <td>0 &le; e &lt; 0.8</td></tr>
 * <tr><td>decoupling</td><td>{@link #STRONG_DECOUPLING}</td><td>&gt; 0</td><td>&lt; 0</td><td>e &lt; 0</td></tr>
 * <tr><td>decoupling</td><td>{@link #RECESSIVE_DECOUPLING}</td><td>&lt; 0</td><td>&lt; 0</td>
 *     <td>e &gt; 1.2</td></tr>
 * <tr><td>coupling</td><td>{@link #EXPANSIVE_COUPLING}</td><td>&gt; 0</td><td>&gt; 0</td>
 *     <td>0.8 &le; e &le; 1.2</td></tr>
 * <tr><td>coupling</td><td>{@link #RECESSIVE_COUPLING}</td><td>&lt; 0</td><td>&lt; 0</td>
 *     <td>0.8 &le; e &le; 1.2</td></tr>
 * <tr><td></td><td>{@link #UNDEFINED}</td><td>= 0</td><td>any</td><td>undefined (NaN)</td></tr>
 * </tbody>
 * </table>
 *
 * <p>An unchanged pressure ({@code %ΔP = 0}, so {@code e = 0}) while GDP changes falls in the band
 * {@code 0 <= e < 0.8}: {@link #WEAK_DECOUPLING} when GDP grows, {@link #WEAK_NEGATIVE_DECOUPLING} when it shrinks.
 * Strong decoupling needs the pressure to fall, and strong negative decoupling needs it to rise.
 *
 * <p>Source: Tapio, P. (2005). Towards a theory of decoupling: degrees of decoupling in the EU and the case of road
 * traffic in Finland between 1970 and 2001. Transport Policy 12(2), 137–151.
 * <a href="https://doi.org/10.1016/j.tranpol.2005.01.001">doi:10.1016/j.tranpol.2005.01.001</a>.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum TapioState {
  /** GDP grows, the pressure falls ({@code e < 0}): absolute decoupling, the most desirable state. */
  STRONG_DECOUPLING("strong decoupling"),
  /** GDP grows and the pressure grows more slowly or not at all ({@code 0 <= e < 0.8}): relative decoupling. */
  WEAK_DECOUPLING("weak decoupling"),
  /** GDP and the pressure grow at about the same rate ({@code 0.8 <= e <= 1.2} by default). */
  EXPANSIVE_COUPLING("expansive coupling"),
  /** GDP grows and the pressure grows faster ({@code e > 1.2} by default). */
  EXPANSIVE_NEGATIVE_DECOUPLING("expansive negative decoupling"),
  /** GDP shrinks, the pressure grows ({@code e < 0}): the least desirable state. */
  STRONG_NEGATIVE_DECOUPLING("strong negative decoupling"),
  /** GDP shrinks and the pressure falls more slowly or not at all ({@code 0 <= e < 0.8}). */
  WEAK_NEGATIVE_DECOUPLING("weak negative decoupling"),
  /** GDP and the pressure fall at about the same rate ({@code 0.8 <= e <= 1.2} by default). */
  RECESSIVE_COUPLING("recessive coupling"),
  /** GDP shrinks and the pressure falls faster ({@code e > 1.2} by default). */
  RECESSIVE_DECOUPLING("recessive decoupling"),
  /** GDP does not change ({@code %ΔGDP = 0}), so the elasticity and the state are undefined. */
  UNDEFINED("undefined (GDP unchanged)");

  private final String label;

  TapioState(String label) {
    this.label = label;
  }

  /** A readable label, such as {@code weak decoupling}. */
  public String label() {
    return label;
  }

  /** Whether this is one of Tapio's three decoupling states: strong, weak or recessive decoupling. */
  public boolean isDecoupling() {
    return this == STRONG_DECOUPLING || this == WEAK_DECOUPLING || this == RECESSIVE_DECOUPLING;
  }

  /** Whether this is one of Tapio's two coupling states: expansive or recessive coupling. */
  public boolean isCoupling() {
    return this == EXPANSIVE_COUPLING || this == RECESSIVE_COUPLING;
  }

  /** Whether this is one of Tapio's three negative decoupling states: expansive, strong or weak. */
  public boolean isNegativeDecoupling() {
    return this == EXPANSIVE_NEGATIVE_DECOUPLING || this == STRONG_NEGATIVE_DECOUPLING
        || this == WEAK_NEGATIVE_DECOUPLING;
  }

  /** Whether the state is defined, that is, not {@link #UNDEFINED}. */
  public boolean isDefined() {
    return this != UNDEFINED;
  }
}
