package io.xinlu.spark;

import io.xinlu.indicator.Indicator;
import java.io.Serializable;

/**
 * A serialisable recipe for an indicator, such as {@code Indicators::co2}: indicators themselves are not serialisable,
 * so executors rebuild them. It must give the same indicator every time. Implementations must be immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface IndicatorSource extends Serializable {
  /** The indicator. */
  Indicator get();
}
