package io.xinlu.scenarios;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One number of a ready-made profile with its unit and its {@link Provenance}: an official figure or an estimate
 * with its method.
 *
 * <pre>{@code
 * Figure coal = Figure.official("yq.raw-coal.2021", "Raw coal output", 68.25, "Mt",
 *     "Yangquan 2021 statistical communiqué", 2021);
 * double mt = coal.value();
 * boolean published = coal.isOfficial();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable id, such as {@code yq.gdp.2022}, not blank
 * @param label a readable label
 * @param value the number, finite
 * @param unit its unit, such as {@code 亿元}, {@code billion CNY}, {@code Mt}, not blank
 * @param provenance where it comes from
 * @since 0.1.0
 */
public record Figure(String id, String label, double value, String unit, Provenance provenance) {
  /** Unit of the Chinese statistical 亿元 (100 million CNY = 0.1 billion CNY). */
  public static final String YI_YUAN = "亿元";

  /** The engine's money unit. */
  public static final String BILLION_CNY = "billion CNY";

  /** Validates the components. */
  public Figure {
    checkArgument(!id.isBlank(), "a figure needs an id");
    checkArgument(!unit.isBlank(), "figure '%s' needs a unit", id);
    checkArgument(Double.isFinite(value), "figure '%s' must be finite, was %s", id, value);
  }

  /** An official figure. */
  public static Figure official(String id, String label, double value, String unit, String document, int year) {
    return new Figure(id, label, value, unit, Provenance.official(document, year));
  }

  /** An estimate with its method and anchors. */
  public static Figure estimate(String id, String label, double value, String unit, String method,
      String... anchors) {
    return new Figure(id, label, value, unit, Provenance.estimate(method, anchors));
  }

  /** Whether the figure is official. */
  public boolean isOfficial() {
    return provenance.isOfficial();
  }

  /**
   * The value in billion CNY, for a money figure in {@code 亿元} (times 0.1) or {@code billion CNY}.
   *
   * @throws IllegalStateException if the figure is not money
   */
  public double billionCny() {
    if (unit.equals(BILLION_CNY)) {
      return value;
    }
    if (unit.equals(YI_YUAN)) {
      return value / 10.0;
    }
    throw new IllegalStateException("figure '" + id + "' is in " + unit + ", not money");
  }
}
