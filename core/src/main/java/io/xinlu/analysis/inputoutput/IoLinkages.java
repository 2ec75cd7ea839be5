package io.xinlu.analysis.inputoutput;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import org.jspecify.annotations.Nullable;

/**
 * The Rasmussen linkage indices of every sector of an input-output table and the key sectors they identify, from
 * {@link InputOutputAnalysis#linkages()} or {@link InputOutputAnalysis#linkages(ForwardLinkageMeasure)}.
 *
 * <pre>{@code
 * IoLinkages links = analysis.linkages(ForwardLinkageMeasure.GHOSH);
 * for (String id : links.sectorsIn(KeySectorClass.KEY)) {
 *   out.println(id + " is a key sector");
 * }
 * double pull = links.of("coal").backward();   // above 1: above-average pull on local suppliers
 * }</pre>
 *
 * <p>With {@code n} sectors and {@code M} the Leontief inverse {@code L} (backward) or, for the forward index, {@code L}
 * or the Ghosh inverse {@code G}:
 * <pre>
 * backward_j = n * sum_i L_ij / sum_ij L_ij          forward_i = n * sum_j M_ij / sum_ij M_ij
 * </pre>
 * Each index averages exactly 1 over the sectors (up to rounding).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IoLinkages {
  private final ForwardLinkageMeasure forwardMeasure;
  private final ImmutableMap<String, IoLinkage> bySector;

  IoLinkages(ForwardLinkageMeasure forwardMeasure, ImmutableMap<String, IoLinkage> bySector) {
    this.forwardMeasure = forwardMeasure;
    this.bySector = bySector;
  }

  /** How the forward index was measured. */
  public ForwardLinkageMeasure forwardMeasure() {
    return forwardMeasure;
  }

  /** Every sector's linkage, keyed by sector id in table order. */
  public ImmutableMap<String, IoLinkage> bySector() {
    return bySector;
  }

  /**
   * One sector's linkage.
   *
   * @throws IllegalArgumentException if there is no such sector; the message lists the known ids
   */
  public IoLinkage of(String sector) {
    IoLinkage l = bySector.get(sector);
    checkArgument(l != null, "no sector '%s'; the table has %s", sector, bySector.keySet());
    return l;
  }

  /** The backward linkage indices, keyed by sector id in table order (dimensionless, average 1). */
  public ImmutableMap<String, Double> backward() {
    return ImmutableMap.copyOf(Maps.transformValues(bySector, IoLinkage::backward));
  }

  /** The forward linkage indices, keyed by sector id in table order (dimensionless, average 1). */
  public ImmutableMap<String, Double> forward() {
    return ImmutableMap.copyOf(Maps.transformValues(bySector, IoLinkage::forward));
  }

  /** The key-sector class of every sector, keyed by sector id in table order. */
  public ImmutableMap<String, KeySectorClass> classes() {
    return ImmutableMap.copyOf(Maps.transformValues(bySector, IoLinkage::keySectorClass));
  }

  /** The sectors in one class, in table order; empty if none. */
  public ImmutableList<String> sectorsIn(KeySectorClass keySectorClass) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (IoLinkage l : bySector.values()) {
      if (l.keySectorClass() == keySectorClass) {
        b.add(l.sector());
      }
    }
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IoLinkages && ((IoLinkages) o).forwardMeasure == forwardMeasure
        && ((IoLinkages) o).bySector.equals(bySector);
  }

  @Override
  public int hashCode() {
    return 31 * forwardMeasure.hashCode() + bySector.hashCode();
  }

  @Override
  public String toString() {
    return "IoLinkages{" + forwardMeasure + ", " + bySector.values() + "}";
  }
}
