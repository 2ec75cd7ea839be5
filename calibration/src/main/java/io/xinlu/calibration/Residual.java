package io.xinlu.calibration;

/**
 * One observation beside the calibrated run's value in the same year.
 *
 * <p>Immutable and thread-safe.
 *
 * @param indicator the id of the series' indicator
 * @param year the year observed
 * @param observed the observed value, in the series' unit
 * @param simulated the run's value at the estimates, in the series' unit
 * @param weight the series' weight, positive, in 1 / the series' unit
 * @since 0.1.0
 */
public record Residual(String indicator, int year, double observed, double simulated, double weight) {
  /** The raw residual {@code simulated − observed}, in the series' unit; positive when the model runs high. */
  public double raw() {
    return simulated - observed;
  }

  /** The weighted residual {@code weight · (simulated − observed)}, a pure number; the fit minimises their squares. */
  public double weighted() {
    return weight * (simulated - observed);
  }
}
