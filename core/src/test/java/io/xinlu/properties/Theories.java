package io.xinlu.properties;

import org.quicktheories.QuickTheory;

/**
 * The entry point of every property here: {@link QuickTheory#qt()} (seed and examples from the {@code QT_SEED} and
 * {@code QT_EXAMPLES} system properties that surefire sets) with a bounded shrink budget.
 *
 * <p>QuickTheories' default budget is 100 shrink cycles per example, 20,000 for 200 examples; every cycle here
 * builds and runs whole models, so a falsified property would spend most of a minute shrinking. A budget of
 * {@value #SHRINK_CYCLES} cycles still reaches a small counterexample in a few seconds. Setting {@code QT_SHRINKS}
 * on the command line restores QuickTheories' own choice.
 */
public final class Theories {
  /** Shrink cycles when {@code QT_SHRINKS} is not set. */
  static final int SHRINK_CYCLES = 1000;

  private Theories() {}

  /** {@code qt()}, with {@value #SHRINK_CYCLES} shrink cycles unless {@code QT_SHRINKS} is set. */
  public static QuickTheory qt() {
    QuickTheory qt = QuickTheory.qt();
    return System.getProperty("QT_SHRINKS") == null ? qt.withShrinkCycles(SHRINK_CYCLES) : qt;
  }
}
