package io.xinlu.analysis.inputoutput;

/**
 * How {@link InputOutputAnalysis#linkages(ForwardLinkageMeasure)} measures a sector's total forward linkage, the
 * strength with which it supplies the rest of the local economy. Either way the index is normalised so that the
 * sectors average 1.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ForwardLinkageMeasure {
  /**
   * Row sums of the Leontief inverse {@code L}: how much sector {@code i} must produce when final demand for every
   * sector rises by one unit. This is Rasmussen's (1956) "sensitivity of dispersion" and the default, as in the
   * classical key-sector analysis of Rasmussen and Hirschman.
   */
  LEONTIEF,
  /**
   * Row sums of the Ghosh inverse {@code G = (I - B)^-1}, with output coefficients {@code B = x^-1 A x}
   * ({@code b_ij = z_ij / x_i}): how much output of all sectors a unit of primary input in sector {@code i} supports
   * downstream. This measure avoids adding up a sector's response to demand for every product, the objection
   * raised against Leontief row sums (Jones 1976). It is the forward linkage of the Eurostat Manual of Supply, Use
   * and Input-Output Tables (2008, Table 15.20) and is discussed by Miller and Blair (2009, section 12.2).
   */
  GHOSH
}
