package io.xinlu.analysis.inputoutput;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.xinlu.analysis.internal.Checks;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a city loses if one sector vanishes: the result of the hypothetical extraction method, from
 * {@link InputOutputAnalysis#extraction(String)}.
 *
 * <p>The sector's row and column are removed from {@code A} (it neither buys from nor sells to the other local
 * sectors any more) and its own final demand is no longer met locally, while the other sectors keep their final
 * demand {@code y}. This is the complete extraction of Miller and Lahr (2001) and Miller and Blair (2009,
 * section 12.2), after Dietzenbacher, van der Linden and Steenge (1993):
 * <pre>
 * x(-k)_R = (I - A_RR)^-1 y_R        R = every sector but k;    x(-k)_k = 0
 * loss    = i'x - i'x(-k)            share = loss / i'x
 * </pre>
 * The loss of a factor (value added, jobs, energy, CO2) is {@code c'x - c'x(-k)} with the direct coefficients
 * {@code c}. Because the inverse of {@code I - A_RR} is {@code L_RR - L_Rk L_kR / L_kk} (the partitioned inverse),
 * {@code x_R - x(-k)_R = L_Rk x_k / L_kk}, and the output loss is {@code x_k m_k / L_kk} with the output multiplier
 * {@code m_k}: never negative, at least the sector's own output {@code x_k}, and 0 for a sector without output. The
 * analysis computes it this way, so no loss turns negative through rounding.
 *
 * <p>Output is in billion CNY and factors in their {@link IoFactor#unit() units} when the analysis comes from a
 * profile. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HypotheticalExtraction {
  private final String sector;
  private final ImmutableList<String> sectorIds;
  private final double[] x;
  private final double[] loss;
  private final double[] without;
  private final EnumMap<IoFactor, double[]> coefficients;

  HypotheticalExtraction(String sector, ImmutableList<String> sectorIds, double[] x, double[] loss,
      EnumMap<IoFactor, double[]> coefficients) {
    this.sector = sector;
    this.sectorIds = sectorIds;
    this.x = x;
    this.loss = loss;
    this.without = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      without[i] = x[i] - loss[i];
    }
    this.coefficients = coefficients;
  }

  /** The extracted sector's id. */
  public String sector() {
    return sector;
  }

  /** Total gross output with every sector, {@code i'x}, billion CNY. */
  public double totalOutput() {
    return sum(x);
  }

  /** Total gross output once the sector is gone, {@code i'x(-k)}, billion CNY. */
  public double totalOutputWithout() {
    return sum(without);
  }

  /** The loss of total gross output, {@code i'x - i'x(-k)}, billion CNY; at least 0. */
  public double outputLoss() {
    return sum(loss);
  }

  /** The loss as a share of total gross output, in [0, 1]; 0 when the table has no output at all. */
  public double outputLossShare() {
    double total = totalOutput();
    return total > 0 ? outputLoss() / total : 0.0;
  }

  /** Every sector's gross output once the sector is gone (0 for the extracted one), billion CNY, in table order. */
  public ImmutableMap<String, Double> outputWithout() {
    return Checks.keyed(sectorIds, without);
  }

  /** Every sector's loss of gross output, {@code x_i - x(-k)_i}, billion CNY, in table order. */
  public ImmutableMap<String, Double> outputLossBySector() {
    return Checks.keyed(sectorIds, loss);
  }

  /** The factors this extraction can report: those the analysis has coefficients for. */
  public ImmutableSet<IoFactor> factors() {
    return ImmutableSet.copyOf(coefficients.keySet());
  }

  /**
   * The factor's city total with every sector, {@code c'x}, in the factor's {@link IoFactor#unit() unit}.
   *
   * @throws IllegalArgumentException if the analysis has no coefficients for the factor
   */
  public double total(IoFactor factor) {
    return dot(coefficients(factor), x);
  }

  /** The factor's city total once the sector is gone, {@code c'x(-k)}. */
  public double totalWithout(IoFactor factor) {
    return dot(coefficients(factor), without);
  }

  /** The factor's loss, {@code c'x - c'x(-k)}, at least 0: value added, jobs, energy or CO2 that go with the sector. */
  public double loss(IoFactor factor) {
    return dot(coefficients(factor), loss);
  }

  /** The factor's loss as a share of its city total, in [0, 1]; 0 when the total is 0. */
  public double lossShare(IoFactor factor) {
    double total = total(factor);
    return total > 0 ? loss(factor) / total : 0.0;
  }

  /** The loss of value added (GDP), billion CNY: {@code loss(IoFactor.VALUE_ADDED)}. */
  public double valueAddedLoss() {
    return loss(IoFactor.VALUE_ADDED);
  }

  /** The loss of value added as a share of GDP: {@code lossShare(IoFactor.VALUE_ADDED)}. */
  public double valueAddedLossShare() {
    return lossShare(IoFactor.VALUE_ADDED);
  }

  private double[] coefficients(IoFactor factor) {
    double[] c = coefficients.get(factor);
    checkArgument(c != null, "the analysis has no %s coefficients; it has %s", factor, coefficients.keySet());
    return c;
  }


  private static double sum(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof HypotheticalExtraction)) {
      return false;
    }
    HypotheticalExtraction e = (HypotheticalExtraction) o;
    if (!e.sector.equals(sector) || !e.sectorIds.equals(sectorIds) || !Arrays.equals(e.x, x)
        || !Arrays.equals(e.loss, loss) || !e.coefficients.keySet().equals(coefficients.keySet())) {
      return false;
    }
    for (Map.Entry<IoFactor, double[]> c : coefficients.entrySet()) {
      if (!Arrays.equals(c.getValue(), e.coefficients.get(c.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * sector.hashCode() + Arrays.hashCode(x)) + Arrays.hashCode(loss);
  }

  @Override
  public String toString() {
    return "HypotheticalExtraction{" + sector + ": output loss " + outputLoss() + " of " + totalOutput() + "}";
  }
}
