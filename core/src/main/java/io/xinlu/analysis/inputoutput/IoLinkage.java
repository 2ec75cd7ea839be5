package io.xinlu.analysis.inputoutput;

/**
 * One sector's normalised linkage indices and its key-sector class. Both indices are dimensionless and average 1
 * over the sectors of the table.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sector the sector id
 * @param backward the backward linkage index: {@code n * (column sum j of L) / (sum of all entries of L)}
 * @param forward the forward linkage index, by the {@link ForwardLinkageMeasure} of the {@link IoLinkages} it
 *     belongs to: {@code n * (row sum i) / (sum of all entries)} of {@code L} or of the Ghosh inverse {@code G}
 * @param keySectorClass {@link KeySectorClass#of(double, double)} of the two indices
 * @since 0.1.0
 */
public record IoLinkage(String sector, double backward, double forward, KeySectorClass keySectorClass) {}
