package io.xinlu.scenarios;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A documented check of a profile's estimates against an independent anchor: a value computed from the profile
 * (or its base-year run) and the range within which the estimates are taken as plausible.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a short id, such as {@code coal-va-ratio}
 * @param description what is compared with what
 * @param value the value computed from the profile
 * @param low the lowest plausible value
 * @param high the highest plausible value
 * @param unit the unit of the value and range
 * @since 0.1.0
 */
public record CalibrationCheck(String id, String description, double value, double low, double high, String unit) {
  /** Validates the range. */
  public CalibrationCheck {
    checkArgument(low <= high, "check '%s': low %s above high %s", id, low, high);
  }

  /** Whether the value lies in {@code [low, high]}. */
  public boolean holds() {
    return value >= low && value <= high;
  }
}
