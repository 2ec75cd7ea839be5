package io.xinlu.analysis.lmdi;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Quantity;

/**
 * The ready-made decomposition identities of a {@link io.xinlu.engine.Run run}, each a product of factors per sector
 * {@code i} whose sum over sectors is a city total. With {@code G} the city's GDP (total value added), {@code V_i}
 * a sector's value added, {@code E_i} its energy, {@code C_i} its CO2 and {@code N_i} its employment:
 *
 * <pre>
 * CO2         C = sum_i G (V_i / G) (E_i / V_i) (C_i / E_i)    activity, structure, energy intensity, emission factor
 * ENERGY      E = sum_i G (V_i / G) (E_i / V_i)                activity, structure, energy intensity
 * EMPLOYMENT  N = sum_i G (V_i / G) (N_i / V_i)                activity, structure, labour intensity
 * </pre>
 *
 * <p>Labour intensity {@code N_i / V_i} is the inverse of labour productivity {@code q_i}: a rise in productivity
 * shows as a negative labour-intensity effect on employment.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum LmdiIdentity {
  /** CO2 = activity x structure x energy intensity x emission factor. */
  CO2(Quantity.CO2, "activity", "structure", "energy intensity", "emission factor"),
  /** Energy = activity x structure x energy intensity. */
  ENERGY(Quantity.ENERGY, "activity", "structure", "energy intensity"),
  /** Employment = activity x structure x labour intensity (1 / labour productivity). */
  EMPLOYMENT(Quantity.EMPLOYMENT, "activity", "structure", "labour intensity");

  /** The name of the activity factor, {@code G}. */
  public static final String ACTIVITY = "activity";
  /** The name of the structure factor, {@code V_i / G}. */
  public static final String STRUCTURE = "structure";
  /** The name of the energy-intensity factor, {@code E_i / V_i}. */
  public static final String ENERGY_INTENSITY = "energy intensity";
  /** The name of the emission-factor factor, {@code C_i / E_i}. */
  public static final String EMISSION_FACTOR = "emission factor";
  /** The name of the labour-intensity factor, {@code N_i / V_i}. */
  public static final String LABOUR_INTENSITY = "labour intensity";

  private final Quantity aggregate;
  private final ImmutableList<String> factors;

  LmdiIdentity(Quantity aggregate, String... factors) {
    this.aggregate = aggregate;
    this.factors = ImmutableList.copyOf(factors);
  }

  /** The run quantity whose city total is decomposed. */
  public Quantity aggregate() {
    return aggregate;
  }

  /** The factors' names, in order. */
  public ImmutableList<String> factors() {
    return factors;
  }
}
