package io.xinlu.scenarios;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.engine.ParameterPath;

/**
 * A triangular range for one parameter of a ready-made model, for ensembles: the {@link ParameterPath parameter
 * path} (such as {@code sector/coal-mining/growth} or {@code project/btr-anode-50kt/delay}), its lowest, most likely
 * and highest value, and a note on where the range comes from. Turning it into a distribution is the uncertainty
 * package's business; the range itself is data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the parameter path, in the form {@link ParameterPath#parse} reads
 * @param low the lowest value
 * @param mode the most likely value, in {@code [low, high]}
 * @param high the highest value
 * @param note where the range comes from (all ranges of the Yangquan catalogue are estimates of this project)
 * @since 0.1.0
 */
public record Uncertainty(String path, double low, double mode, double high, String note) {
  /** Validates the path and the order {@code low <= mode <= high}. */
  public Uncertainty {
    ParameterPath.parse(path);
    checkArgument(Double.isFinite(low) && Double.isFinite(mode) && Double.isFinite(high),
        "uncertainty '%s': bounds must be finite", path);
    checkArgument(low <= mode && mode <= high && low < high,
        "uncertainty '%s': need low <= mode <= high and low < high, got %s, %s, %s", path, low, mode, high);
    checkArgument(!note.isBlank(), "uncertainty '%s' needs a note", path);
  }

  /** The parsed path. */
  public ParameterPath parameterPath() {
    return ParameterPath.parse(path);
  }
}
