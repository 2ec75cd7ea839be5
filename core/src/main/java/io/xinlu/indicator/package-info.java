/**
 * Indicators and targets: an {@link io.xinlu.indicator.Indicator} is a pure function of a
 * {@link io.xinlu.engine.Run} per year, with an id, a display unit and a direction; {@link
 * io.xinlu.indicator.Indicators} is the built-in catalogue and {@link io.xinlu.indicator.IndicatorCatalogue} finds
 * indicators by id; {@link io.xinlu.indicator.Target}s state what a plan wants and are checked on runs.
 */
@NullMarked
package io.xinlu.indicator;

import org.jspecify.annotations.NullMarked;
