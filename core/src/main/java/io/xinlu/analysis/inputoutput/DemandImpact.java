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
 * The effect of a change in final demand {@code dy} on the local economy, from
 * {@link InputOutputAnalysis#impactOf(Map)}: the change in gross output {@code dx = L dy} (direct and indirect, the
 * type I effect of Miller and Blair 2009, chapter 6) and the induced change of every factor, {@code c_i dx_i}.
 *
 * <pre>{@code
 * DemandImpact park = analysis.impactOf(Map.of("new-materials", 12.0));   // billion CNY of new final demand
 * double gdp = park.totalChange(IoFactor.VALUE_ADDED);                    // billion CNY
 * double jobs = park.totalChange(IoFactor.EMPLOYMENT);                    // thousand persons
 * }</pre>
 *
 * <p>The model is linear, so a cut ({@code dy < 0}) gives the mirror image of an increase of the same size. Money is
 * in billion CNY and factors in their {@link IoFactor#unit() units} when the analysis comes from a profile.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DemandImpact {
  private final ImmutableList<String> sectorIds;
  private final double[] dy;
  private final double[] dx;
  private final EnumMap<IoFactor, double[]> coefficients;

  DemandImpact(ImmutableList<String> sectorIds, double[] dy, double[] dx, EnumMap<IoFactor, double[]> coefficients) {
    this.sectorIds = sectorIds;
    this.dy = dy;
    this.dx = dx;
    this.coefficients = coefficients;
  }

  /** The change in final demand, billion CNY, for every sector in table order (0 where none was given). */
  public ImmutableMap<String, Double> demandChange() {
    return Checks.keyed(sectorIds, dy);
  }

  /** The change in gross output {@code dx = L dy}, billion CNY, for every sector in table order. */
  public ImmutableMap<String, Double> outputChange() {
    return Checks.keyed(sectorIds, dx);
  }

  /** The change in total gross output, {@code i'dx}, billion CNY. */
  public double totalOutputChange() {
    double s = 0;
    for (double d : dx) {
      s += d;
    }
    return s;
  }

  /** The factors this impact can report: those the analysis has coefficients for. */
  public ImmutableSet<IoFactor> factors() {
    return ImmutableSet.copyOf(coefficients.keySet());
  }

  /**
   * The induced change of a factor in every sector, {@code c_i dx_i}, in the factor's {@link IoFactor#unit() unit},
   * in table order: value added (billion CNY), jobs (thousand persons), energy (Mtce) or CO2 (Mt).
   *
   * @throws IllegalArgumentException if the analysis has no coefficients for the factor
   */
  public ImmutableMap<String, Double> change(IoFactor factor) {
    double[] c = coefficients(factor);
    double[] d = new double[dx.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = c[i] * dx[i];
    }
    return Checks.keyed(sectorIds, d);
  }

  /** The induced change of a factor for the whole city, {@code c'dx}. */
  public double totalChange(IoFactor factor) {
    double[] c = coefficients(factor);
    double s = 0;
    for (int i = 0; i < c.length; i++) {
      s += c[i] * dx[i];
    }
    return s;
  }

  private double[] coefficients(IoFactor factor) {
    double[] c = coefficients.get(factor);
    checkArgument(c != null, "the analysis has no %s coefficients; it has %s", factor, coefficients.keySet());
    return c;
  }


  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof DemandImpact)) {
      return false;
    }
    DemandImpact d = (DemandImpact) o;
    if (!d.sectorIds.equals(sectorIds) || !Arrays.equals(d.dy, dy) || !Arrays.equals(d.dx, dx)
        || !d.coefficients.keySet().equals(coefficients.keySet())) {
      return false;
    }
    for (Map.Entry<IoFactor, double[]> c : coefficients.entrySet()) {
      if (!Arrays.equals(c.getValue(), d.coefficients.get(c.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(dy) + Arrays.hashCode(dx);
  }

  @Override
  public String toString() {
    return "DemandImpact{dy " + demandChange() + ", dx " + outputChange() + "}";
  }
}
