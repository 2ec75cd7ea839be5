package io.xinlu.scenarios;

/**
 * The result of {@link ResourceCityClassifier#classify}: the type and the three indicators it was read from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the resource-city type
 * @param reserveLife remaining stock over the year's extraction, summed over resource sectors with a stock, years
 *     ({@code +Infinity} if nothing is extracted, NaN if no sector has a stock)
 * @param resourceDependence the GDP share of sectors tagged {@code resource}
 * @param resourceGrowth the average annual growth of the resource sectors' value added over the window
 * @param reason which rule decided, in words
 * @since 0.1.0
 */
public record Classification(ResourceCityType type, double reserveLife, double resourceDependence,
    double resourceGrowth, String reason) {}
