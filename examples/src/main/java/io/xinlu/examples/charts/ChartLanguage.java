package io.xinlu.examples.charts;

/** The language of a chart's titles, axis labels and sector names. */
public enum ChartLanguage {
  /** English labels; always available. */
  ENGLISH,
  /** Chinese labels; used only when a font that displays Chinese is installed (see {@link ChartLabels}). */
  CHINESE
}
