package io.xinlu.indicator;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one Tapio decoupling analysis over one period: the relative changes of GDP and of the pressure
 * (CO2 or energy), their elasticity and the {@link TapioState} it gives under a {@link TapioConvention}. Obtain one
 * from {@link Decoupling}.
 *
 * <p>Changes are fractions over the whole period ({@code 0.05} is a rise of 5 %, {@code -0.1} a fall of 10 %), not
 * annual rates; the elasticity is dimensionless. When GDP does not change the elasticity is NaN and the state is
 * {@link TapioState#UNDEFINED}.
 *
 * <p>Immutable and thread-safe. Two results are equal when all their numbers (NaN equal to NaN), states and
 * conventions are.
 *
 * @since 0.1.0
 */
public final class TapioResult {
  private final double gdpChange;
  private final double pressureChange;
  private final double elasticity;
  private final TapioState state;
  private final TapioConvention convention;

  TapioResult(double gdpChange, double pressureChange, double elasticity, TapioState state,
      TapioConvention convention) {
    this.gdpChange = gdpChange;
    this.pressureChange = pressureChange;
    this.elasticity = elasticity;
    this.state = state;
    this.convention = convention;
  }

  /** The relative change of GDP over the period, {@code %ΔGDP = (GDP_end - GDP_start) / GDP_start}, a fraction. */
  public double gdpChange() {
    return gdpChange;
  }

  /** The relative change of the pressure over the period, {@code %ΔP = (P_end - P_start) / P_start}, a fraction. */
  public double pressureChange() {
    return pressureChange;
  }

  /**
   * The Tapio elasticity {@code e = %ΔP / %ΔGDP}, dimensionless; NaN when GDP does not change. An unchanged
   * pressure gives {@code +0.0}, never {@code -0.0}.
   */
  public double elasticity() {
    return elasticity;
  }

  /** The decoupling state; {@link TapioState#UNDEFINED} when GDP does not change. */
  public TapioState state() {
    return state;
  }

  /** The boundary convention the state was classified under. */
  public TapioConvention convention() {
    return convention;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TapioResult)) {
      return false;
    }
    TapioResult r = (TapioResult) o;
    return Double.compare(gdpChange, r.gdpChange) == 0 && Double.compare(pressureChange, r.pressureChange) == 0
        && Double.compare(elasticity, r.elasticity) == 0 && state == r.state && convention == r.convention;
  }

  @Override
  public int hashCode() {
    return Objects.hash(gdpChange, pressureChange, elasticity, state, convention);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "TapioResult{gdpChange=%s, pressureChange=%s, elasticity=%s, %s, %s}",
        gdpChange, pressureChange, elasticity, state.label(), convention);
  }
}
