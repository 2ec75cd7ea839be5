/**
 * The city's economy in its base year: {@link io.xinlu.economy.Sector sectors} with their groups and tags, the
 * {@link io.xinlu.economy.CityProfile city profile}, the optional {@link io.xinlu.economy.InputOutputTable
 * input-output table} and {@link io.xinlu.economy.ResourceStock resource stocks}.
 *
 * <p>Units: money in billion CNY at constant base-year prices, employment and population in thousand persons,
 * energy in Mtce, CO2 in Mt, rates as fractions per year.
 */
@NullMarked
@XinluStyle
package io.xinlu.economy;

import io.xinlu.internal.XinluStyle;
import org.jspecify.annotations.NullMarked;
