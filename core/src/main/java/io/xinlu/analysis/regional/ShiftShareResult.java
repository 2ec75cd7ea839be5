package io.xinlu.analysis.regional;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one {@link ShiftShare shift-share analysis}: per sector and in total, the regional change and its
 * three components, national share, industry mix and regional (competitive) shift, with the growth rates behind
 * them.
 *
 * <p>Components and changes are in the unit of the regional values (thousand persons, billion CNY, ...); growth
 * rates are fractions over the whole period ({@code 0.29} is 29 %), not annual rates. For each sector
 * {@code nationalShare + industryMix + regionalShift = change} up to rounding, and the totals are sums over
 * sectors in sector order.
 *
 * <p>Immutable and thread-safe: array accessors return copies. Sectors are looked up by id or by index in
 * {@link #sectors()}.
 *
 * @since 0.1.0
 */
public final class ShiftShareResult {
  private final ImmutableList<String> sectors;
  private final double[] regionalFrom;
  private final double[] regionalTo;
  private final double[] referenceFrom;
  private final double[] referenceTo;
  private final double referenceTotalGrowth;
  private final double[] nationalShare;
  private final double[] industryMix;
  private final double[] regionalShift;

  ShiftShareResult(ImmutableList<String> sectors, double[] regionalFrom, double[] regionalTo,
      double[] referenceFrom, double[] referenceTo) {
    this.sectors = sectors;
    this.regionalFrom = regionalFrom;
    this.regionalTo = regionalTo;
    this.referenceFrom = referenceFrom;
    this.referenceTo = referenceTo;
    int n = sectors.size();
    double n0 = 0;
    double n1 = 0;
    for (int i = 0; i < n; i++) {
      n0 += referenceFrom[i];
      n1 += referenceTo[i];
    }
    this.referenceTotalGrowth = n1 / n0 - 1;
    this.nationalShare = new double[n];
    this.industryMix = new double[n];
    this.regionalShift = new double[n];
    for (int i = 0; i < n; i++) {
      double x0 = regionalFrom[i];
      double expected = x0 * (referenceTo[i] / referenceFrom[i]); // x0 (1 + g_i)
      nationalShare[i] = x0 * referenceTotalGrowth;
      industryMix[i] = (expected - x0) - nationalShare[i];
      regionalShift[i] = regionalTo[i] - expected;
    }
  }

  /** The sector ids, in the order of every array this result returns. */
  public ImmutableList<String> sectors() {
    return sectors;
  }

  /** The regional values at the start, by sector. */
  public double[] regionalFrom() {
    return regionalFrom.clone();
  }

  /** The regional values at the end, by sector. */
  public double[] regionalTo() {
    return regionalTo.clone();
  }

  /** The reference economy's values at the start, by sector. */
  public double[] referenceFrom() {
    return referenceFrom.clone();
  }

  /** The reference economy's values at the end, by sector. */
  public double[] referenceTo() {
    return referenceTo.clone();
  }

  /** The regional change {@code x_i1 - x_i0}, by sector. */
  public double[] change() {
    double[] out = new double[sectors.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = regionalTo[i] - regionalFrom[i];
    }
    return out;
  }

  /** The regional change of one sector. */
  public double change(String sector) {
    int i = index(sector);
    return regionalTo[i] - regionalFrom[i];
  }

  /** The total regional change {@code sum x_1 - sum x_0}. */
  public double totalChange() {
    return sum(regionalTo) - sum(regionalFrom);
  }

  /** The growth of the whole reference economy over the period, {@code G = sum N_1 / sum N_0 - 1}. */
  public double referenceTotalGrowth() {
    return referenceTotalGrowth;
  }

  /** The reference industry's growth over the period, {@code g_i = N_i1 / N_i0 - 1}. */
  public double referenceGrowth(String sector) {
    int i = index(sector);
    return referenceTo[i] / referenceFrom[i] - 1;
  }

  /**
   * The region's growth in a sector over the period, {@code r_i = x_i1 / x_i0 - 1}; NaN when the sector starts at
   * 0 (its whole change is then regional shift).
   */
  public double regionalGrowth(String sector) {
    int i = index(sector);
    return regionalFrom[i] == 0 ? Double.NaN : regionalTo[i] / regionalFrom[i] - 1;
  }

  /** The national share {@code NS_i = x_i0 G} by sector: the change had each sector grown like the reference. */
  public double[] nationalShare() {
    return nationalShare.clone();
  }

  /** The national share of one sector. */
  public double nationalShare(String sector) {
    return nationalShare[index(sector)];
  }

  /** The total national share, {@code G sum x_0}. */
  public double totalNationalShare() {
    return sum(nationalShare);
  }

  /**
   * The industry mix (proportionality shift) {@code IM_i = x_i0 (g_i - G)} by sector: what the sector gained or
   * lost because its industry grew faster or slower than the whole reference economy.
   */
  public double[] industryMix() {
    return industryMix.clone();
  }

  /** The industry mix of one sector. */
  public double industryMix(String sector) {
    return industryMix[index(sector)];
  }

  /** The total industry mix: positive when the region leans towards industries that grew fast in the reference. */
  public double totalIndustryMix() {
    return sum(industryMix);
  }

  /**
   * The regional (competitive, differential) shift {@code RS_i = x_i0 (r_i - g_i) = x_i1 - x_i0 (1 + g_i)} by
   * sector: how much better or worse the sector did in the region than its industry in the reference economy.
   */
  public double[] regionalShift() {
    return regionalShift.clone();
  }

  /** The regional shift of one sector. */
  public double regionalShift(String sector) {
    return regionalShift[index(sector)];
  }

  /** The total regional shift. */
  public double totalRegionalShift() {
    return sum(regionalShift);
  }

  /**
   * The total shift of one sector, {@code IM_i + RS_i = x_i1 - x_i0 (1 + G)}: its change beyond what national
   * growth explains.
   */
  public double totalShift(String sector) {
    int i = index(sector);
    return industryMix[i] + regionalShift[i];
  }

  /** The total shift of the region, {@code sum x_1 - (1 + G) sum x_0}. */
  public double totalShift() {
    return totalIndustryMix() + totalRegionalShift();
  }

  private int index(String sector) {
    int i = sectors.indexOf(sector);
    checkArgument(i >= 0, "no sector '%s' in this shift-share analysis; sectors: %s", sector, sectors);
    return i;
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double x : a) {
      s += x;
    }
    return s;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ShiftShareResult)) {
      return false;
    }
    ShiftShareResult r = (ShiftShareResult) o;
    return sectors.equals(r.sectors) && Arrays.equals(regionalFrom, r.regionalFrom)
        && Arrays.equals(regionalTo, r.regionalTo) && Arrays.equals(referenceFrom, r.referenceFrom)
        && Arrays.equals(referenceTo, r.referenceTo);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * (31 * sectors.hashCode() + Arrays.hashCode(regionalFrom))
        + Arrays.hashCode(regionalTo)) + Arrays.hashCode(referenceFrom)) + Arrays.hashCode(referenceTo);
  }

  @Override
  public String toString() {
    return "ShiftShareResult{" + sectors.size() + " sectors, change " + totalChange() + " = national share "
        + totalNationalShare() + " + industry mix " + totalIndustryMix() + " + regional shift "
        + totalRegionalShift() + "}";
  }
}
