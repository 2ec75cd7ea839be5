package io.xinlu.uncertainty.sensitivity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * Morris elementary effects of one model output over the trajectories of a {@link MorrisDesign}, summarised per
 * factor by {@code mu}, {@code mu*} and {@code sigma}.
 *
 * <p>In a trajectory, the step from point {@code x} to point {@code x'} changes one factor {@code i}; its elementary
 * effect is {@code EE_i = (f(x') - f(x)) / (x'_i - x_i)} (Morris 1991), per unit of the factor's unit-cube
 * coordinate. A step down gives the same effect as the step up between the same two points. Over the {@code r}
 * trajectories:
 *
 * <ul>
 *   <li>{@code mu_i}, the mean of the effects (Morris 1991): effects of opposite sign cancel;
 *   <li>{@code mu*_i}, the mean of their absolute values (Campolongo, Cariboni and Saltelli 2007), the measure of a
 *       factor's overall influence used for ranking;
 *   <li>{@code sigma_i}, their sample standard deviation with divisor {@code r - 1}, a sign of interactions or
 *       non-linearity. The divisor {@code r - 1} reproduces the values of Saltelli et al. (2008, <i>Global
 *       Sensitivity Analysis: The Primer</i>, chapter 3, exercise 4); divisor {@code r} would give smaller values.
 * </ul>
 *
 * <pre>{@code
 * MorrisAnalysis m = MorrisAnalysis.of(design, design.evaluate(u -> model(u)));
 * for (MorrisAnalysis.Effects e : m.ranking()) {
 *   out.println(e.factor() + " " + e.muStar());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; accessors return copies.
 *
 * @since 0.1.0
 */
public final class MorrisAnalysis {
  private static final String WHAT = "Morris analysis";

  /**
   * The summary of one factor's elementary effects.
   *
   * <p>Immutable and thread-safe.
   *
   * @param factor the factor's name
   * @param mu the mean of the effects
   * @param muStar the mean of their absolute values
   * @param sigma their standard deviation, with divisor {@code r - 1}
   * @since 0.1.0
   */
  public record Effects(String factor, double mu, double muStar, double sigma) {}

  private final ImmutableList<String> names;
  private final ImmutableMap<String, Integer> index;
  private final int r;
  private final double[][] effects; // [factor][trajectory]
  private final ImmutableList<Effects> summaries;

  private MorrisAnalysis(ImmutableList<String> names, double[][] effects) {
    this.names = names;
    this.index = SensitivitySupport.indexOf(names);
    this.r = effects[0].length;
    this.effects = effects;
    ImmutableList.Builder<Effects> b = ImmutableList.builderWithExpectedSize(names.size());
    for (int i = 0; i < names.size(); i++) {
      double[] ee = effects[i];
      double sum = 0;
      double abs = 0;
      for (double e : ee) {
        sum += e;
        abs += Math.abs(e);
      }
      double mu = sum / r;
      double ss = 0;
      for (double e : ee) {
        ss += (e - mu) * (e - mu);
      }
      b.add(new Effects(names.get(i), mu, abs / r, Math.sqrt(ss / (r - 1))));
    }
    this.summaries = b.build();
  }

  /**
   * Computes the elementary effects and their summaries.
   *
   * @param design the design whose points were evaluated
   * @param outputs the model's outputs, {@code r(k + 1)} finite values, one per point of the design, in order
   * @throws IllegalArgumentException if the number of outputs is not {@code r(k + 1)} or an output is not finite;
   *     the message names the expected and actual sizes, or the row
   */
  public static MorrisAnalysis of(MorrisDesign design, double[] outputs) {
    int k = design.factorCount();
    int r = design.trajectoryCount();
    checkArgument(outputs.length == design.size(), "%s: expected r(k + 1) = %s outputs (r = %s, k = %s), got %s",
        WHAT, design.size(), r, k, outputs.length);
    for (int row = 0; row < outputs.length; row++) {
      if (!Double.isFinite(outputs[row])) {
        throw new IllegalArgumentException(WHAT + ": the output at row " + row + " (trajectory " + row / (k + 1)
            + ", point " + row % (k + 1) + ") is " + outputs[row] + "; every output must be finite");
      }
    }
    double[][] effects = new double[k][r];
    for (int t = 0; t < r; t++) {
      int row = t * (k + 1);
      for (int s = 0; s < k; s++) {
        int i = design.moved(t, s);
        double dx = design.coordinate(row + s + 1, i) - design.coordinate(row + s, i);
        effects[i][t] = (outputs[row + s + 1] - outputs[row + s]) / dx;
      }
    }
    return new MorrisAnalysis(design.names(), effects);
  }

  /** The factors' names, in the design's column order. */
  public ImmutableList<String> names() {
    return names;
  }

  /** The number of trajectories {@code r}: the number of elementary effects per factor. */
  public int trajectoryCount() {
    return r;
  }

  /**
   * A copy of a factor's elementary effects, one per trajectory, in trajectory order.
   *
   * @throws IllegalArgumentException if there is no such factor; the message lists the factors
   */
  public double[] elementaryEffects(String factor) {
    return effects[indexOf(factor)].clone();
  }

  /**
   * The summary of a factor's effects.
   *
   * @throws IllegalArgumentException if there is no such factor
   */
  public Effects effects(String factor) {
    return summaries.get(indexOf(factor));
  }

  /** The mean of a factor's elementary effects. */
  public double mu(String factor) {
    return effects(factor).mu();
  }

  /** The mean of the absolute values of a factor's elementary effects. */
  public double muStar(String factor) {
    return effects(factor).muStar();
  }

  /** The standard deviation of a factor's elementary effects, with divisor {@code r - 1}. */
  public double sigma(String factor) {
    return effects(factor).sigma();
  }

  /** The summaries of every factor, in factor order. */
  public ImmutableList<Effects> summaries() {
    return summaries;
  }

  /** The summaries sorted by {@code mu*}, largest first; ties keep factor order. */
  public ImmutableList<Effects> ranking() {
    Effects[] sorted = summaries.toArray(new Effects[0]);
    Arrays.sort(sorted, Comparator.comparingDouble(Effects::muStar).reversed());
    return ImmutableList.copyOf(sorted);
  }

  private int indexOf(String factor) {
    return SensitivitySupport.index(WHAT, index, factor);
  }

  /** A table of the summaries, one factor a line. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("MorrisAnalysis{r=").append(r).append('}');
    for (Effects e : summaries) {
      s.append('\n').append(String.format(Locale.ROOT, "  %s: mu=%.4g, mu*=%.4g, sigma=%.4g", e.factor(), e.mu(),
          e.muStar(), e.sigma()));
    }
    return s.toString();
  }
}
