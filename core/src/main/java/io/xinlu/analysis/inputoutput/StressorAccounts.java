package io.xinlu.analysis.inputoutput;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.analysis.internal.Checks;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Production-based and consumption-based accounts of one stressor (an emission, energy, water, land, jobs: any
 * quantity with a direct coefficient per unit of gross output) for a final demand {@code f}: with {@code s} the
 * direct coefficients, {@code L} the Leontief inverse and {@code x = L f} the output the demand calls for,
 *
 * <pre>
 * multipliers              m_j = (s' L)_j            the stressor per unit of final demand for j, direct and indirect
 * production-based         p_i = s_i x_i             the stressor where it is released, by producing sector
 * consumption-based        c_j = m_j f_j             the stressor embodied in the final demand for j, by product
 * </pre>
 *
 * Both accounts add up to the same total {@code s' L f} (up to rounding); they split it differently. Results come as
 * maps keyed by sector id and as arrays in the analysis's sector order.
 *
 * <pre>{@code
 * StressorAccounts water = analysis.stressorAccounts("water", new double[] {0.8, 0.1},
 *     Map.of("s1", 600, "s2", 1500));
 * water.consumptionBased().get("s2");     // the water embodied in the final demand for s2
 * water.total();                          // = sum of either account
 * }</pre>
 *
 * <p>Immutable and thread-safe; array accessors return copies.
 *
 * @since 0.1.0
 */
public final class StressorAccounts {
  private final String stressor;
  private final ImmutableList<String> sectorIds;
  private final double[] coefficients;
  private final double[] finalDemand;
  private final double[] output;
  private final double[] multipliers;
  private final double[] production;
  private final double[] consumption;

  StressorAccounts(String stressor, ImmutableList<String> sectorIds, double[] coefficients, double[] finalDemand,
      double[] output, double[] multipliers) {
    this.stressor = stressor;
    this.sectorIds = sectorIds;
    this.coefficients = coefficients;
    this.finalDemand = finalDemand;
    this.output = output;
    this.multipliers = multipliers;
    int n = sectorIds.size();
    this.production = new double[n];
    this.consumption = new double[n];
    for (int i = 0; i < n; i++) {
      production[i] = coefficients[i] * output[i];
      consumption[i] = multipliers[i] * finalDemand[i];
    }
  }

  /** The stressor's name, as given. */
  public String stressor() {
    return stressor;
  }

  /** The sector ids, in the order of every array. */
  public ImmutableList<String> sectorIds() {
    return sectorIds;
  }

  /** The direct coefficients {@code s_j}, per unit of gross output, in sector order. */
  public double[] coefficientsArray() {
    return coefficients.clone();
  }

  /** The final demand {@code f}, by sector. */
  public ImmutableMap<String, Double> finalDemand() {
    return Checks.keyed(sectorIds, finalDemand);
  }

  /** The final demand {@code f}, in sector order. */
  public double[] finalDemandArray() {
    return finalDemand.clone();
  }

  /** The gross output {@code x = L f} the final demand calls for, by sector. */
  public ImmutableMap<String, Double> output() {
    return Checks.keyed(sectorIds, output);
  }

  /** The gross output {@code x = L f}, in sector order. */
  public double[] outputArray() {
    return output.clone();
  }

  /** The multipliers {@code m_j = (s' L)_j}, by sector. */
  public ImmutableMap<String, Double> multipliers() {
    return Checks.keyed(sectorIds, multipliers);
  }

  /** The multipliers {@code m_j}, in sector order. */
  public double[] multipliersArray() {
    return multipliers.clone();
  }

  /** The production-based account {@code p_i = s_i x_i}, by producing sector. */
  public ImmutableMap<String, Double> productionBased() {
    return Checks.keyed(sectorIds, production);
  }

  /** The production-based account, in sector order. */
  public double[] productionBasedArray() {
    return production.clone();
  }

  /** The consumption-based account {@code c_j = m_j f_j}, by product of final demand. */
  public ImmutableMap<String, Double> consumptionBased() {
    return Checks.keyed(sectorIds, consumption);
  }

  /** The consumption-based account, in sector order. */
  public double[] consumptionBasedArray() {
    return consumption.clone();
  }

  /** The total {@code s' L f}: the sum of the consumption-based account (the production-based one agrees). */
  public double total() {
    double t = 0;
    for (double c : consumption) {
      t += c;
    }
    return t;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StressorAccounts a && a.stressor.equals(stressor) && a.sectorIds.equals(sectorIds)
        && Arrays.equals(a.coefficients, coefficients) && Arrays.equals(a.finalDemand, finalDemand)
        && Arrays.equals(a.multipliers, multipliers) && Arrays.equals(a.output, output);
  }

  @Override
  public int hashCode() {
    return (stressor.hashCode() * 31 + Arrays.hashCode(coefficients)) * 31 + Arrays.hashCode(finalDemand);
  }

  @Override
  public String toString() {
    return "StressorAccounts{" + stressor + ", total " + total() + "}";
  }
}
