package io.xinlu.spark;

import io.xinlu.scenario.CityModel;
import java.io.Serializable;

/**
 * A serialisable recipe for a city model: what travels to the executors instead of the model, which is not
 * serialisable. Each executor builds the model once per study (and keeps it while it works on that city), so
 * {@link #build()} must give the same model every time it is called, on every machine: a lambda or method reference
 * over values, such as {@code () -> SyntheticCity.model(40, 20, 2050)}, not one that reads files or clocks.
 *
 * <pre>{@code
 * CitySource yangquan = Yangquan::model;
 * CitySource synthetic = () -> SyntheticCity.model(12, 4, 2035);
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe: several tasks may build from one source at once.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CitySource extends Serializable {
  /** Builds the model. */
  CityModel build();
}
