package io.xinlu.uncertainty.discovery;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A box found by {@link Prim}: an inclusive lower and upper limit for every parameter, with how well it captures the
 * cases of interest.
 *
 * <ul>
 *   <li>{@link #coverage()}: the share of all cases of interest that lie in the box ({@code H / H_total});
 *   <li>{@link #density()}: the share of cases of interest among the cases in the box ({@code H / T});
 *   <li>{@link #mass()}: the share of all cases that lie in the box ({@code T / N}), also called support;
 *   <li>{@link #restrictions()}: the parameters whose limits are tighter than their range in the data, the box's
 *       restricted dimensions, with their quasi-p-values.
 * </ul>
 *
 * <p>{@code T} and {@code H} count the cases of the data set the box was found on that lie within its limits: all
 * cases for {@link Prim#discover}, the cases outside the earlier boxes for later boxes of {@link Prim#cover}.
 * {@code N} and {@code H_total} always count all cases given, so the coverages of the boxes of a covering add up.
 * A box holds at least one case.
 *
 * <p>{@link #index()} is the box's position in its {@link PrimResult#trajectory() peeling trajectory} (0 is the box
 * spanning the whole data); a {@linkplain #pasted() pasted} box carries the index of the peeled box it grew from.
 *
 * <p>Immutable and thread-safe; accessors of arrays return copies. Two boxes are equal when all their components
 * are.
 *
 * @since 0.1.0
 */
public final class PrimBox {
  private final ImmutableList<String> parameters;
  private final double[] lower;
  private final double[] upper;
  private final int index;
  private final boolean pasted;
  private final int count;
  private final int casesOfInterest;
  private final double coverage;
  private final double density;
  private final double mass;
  private final ImmutableList<PrimRestriction> restrictions;

  PrimBox(ImmutableList<String> parameters, double[] lower, double[] upper, int index, boolean pasted, int count,
      int casesOfInterest, double coverage, double density, double mass,
      ImmutableList<PrimRestriction> restrictions) {
    this.parameters = parameters;
    this.lower = lower.clone();
    this.upper = upper.clone();
    this.index = index;
    this.pasted = pasted;
    this.count = count;
    this.casesOfInterest = casesOfInterest;
    this.coverage = coverage;
    this.density = density;
    this.mass = mass;
    this.restrictions = restrictions;
  }

  /** The parameter names, in column order. */
  public ImmutableList<String> parameters() {
    return parameters;
  }

  /** The lower limits (inclusive), one per parameter in column order; a copy. */
  public double[] lower() {
    return lower.clone();
  }

  /** The upper limits (inclusive), one per parameter in column order; a copy. */
  public double[] upper() {
    return upper.clone();
  }

  /**
   * The lower limit of a parameter.
   *
   * @throws IllegalArgumentException if there is no such parameter
   */
  public double lower(String parameter) {
    return lower[dimension(parameter)];
  }

  /**
   * The upper limit of a parameter.
   *
   * @throws IllegalArgumentException if there is no such parameter
   */
  public double upper(String parameter) {
    return upper[dimension(parameter)];
  }

  /** The position in the peeling trajectory; for a pasted box, that of the peeled box it grew from. */
  public int index() {
    return index;
  }

  /** Whether the box was grown by pasting from the peeled box at {@link #index()}. */
  public boolean pasted() {
    return pasted;
  }

  /** The number of cases in the box, {@code T >= 1}. */
  public int count() {
    return count;
  }

  /** The number of cases of interest in the box, {@code H}. */
  public int casesOfInterest() {
    return casesOfInterest;
  }

  /** The share of all cases of interest in the box, in [0, 1]. */
  public double coverage() {
    return coverage;
  }

  /** The share of cases of interest among the cases in the box, in [0, 1]. */
  public double density() {
    return density;
  }

  /** The share of all cases in the box, in (0, 1]. */
  public double mass() {
    return mass;
  }

  /** The restricted dimensions, in column order; empty for a box spanning the data. */
  public ImmutableList<PrimRestriction> restrictions() {
    return restrictions;
  }

  /** The names of the restricted parameters, in column order. */
  public ImmutableList<String> restrictedParameters() {
    return restrictions.stream().map(PrimRestriction::parameter).collect(ImmutableList.toImmutableList());
  }

  /**
   * The restriction on a parameter; empty if the box does not restrict it.
   *
   * @throws IllegalArgumentException if there is no such parameter
   */
  public Optional<PrimRestriction> restriction(String parameter) {
    int j = dimension(parameter);
    return restrictions.stream().filter(r -> r.dimension() == j).findFirst();
  }

  /**
   * Whether the box restricts a parameter.
   *
   * @throws IllegalArgumentException if there is no such parameter
   */
  public boolean isRestricted(String parameter) {
    return restriction(parameter).isPresent();
  }

  /**
   * Whether a point, one value per parameter in column order, lies within the box's limits.
   *
   * @throws IllegalArgumentException if the point has the wrong number of values
   */
  public boolean contains(double[] point) {
    checkArgument(point.length == lower.length, "the point has %s values, but the box has %s parameters %s",
        point.length, lower.length, parameters);
    for (int j = 0; j < lower.length; j++) {
      if (!(point[j] >= lower[j] && point[j] <= upper[j])) {
        return false;
      }
    }
    return true;
  }

  /**
   * A readable summary such as
   * {@code box 31: coverage 0.97, density 1.00, mass 0.12; x0 >= 0.6012 (qp 3e-40), x1 <= 0.2987 (qp 1e-60)}.
   */
  public String describe() {
    StringBuilder s = new StringBuilder(pasted ? "pasted box " : "box ").append(index)
        .append(String.format(Locale.ROOT, ": coverage %.2f, density %.2f, mass %.2f", coverage, density, mass));
    if (restrictions.isEmpty()) {
      s.append("; no restriction");
    }
    for (int r = 0; r < restrictions.size(); r++) {
      s.append(r == 0 ? "; " : ", ").append(restrictions.get(r).describe());
    }
    return s.toString();
  }

  private int dimension(String parameter) {
    int j = parameters.indexOf(parameter);
    checkArgument(j >= 0, "unknown parameter '%s'; parameters: %s", parameter, parameters);
    return j;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PrimBox b && parameters.equals(b.parameters) && Arrays.equals(lower, b.lower)
        && Arrays.equals(upper, b.upper) && index == b.index && pasted == b.pasted && count == b.count
        && casesOfInterest == b.casesOfInterest && coverage == b.coverage && density == b.density
        && mass == b.mass && restrictions.equals(b.restrictions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parameters, Arrays.hashCode(lower), Arrays.hashCode(upper), index, pasted, count,
        casesOfInterest, restrictions);
  }

  @Override
  public String toString() {
    return describe();
  }
}
