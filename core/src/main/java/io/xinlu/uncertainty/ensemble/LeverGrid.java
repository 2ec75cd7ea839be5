package io.xinlu.uncertainty.ensemble;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Doubles;
import io.xinlu.engine.Parameterization;
import io.xinlu.uncertainty.sampling.Design;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A lever grid crossed with scenarios of uncertainty, as the EMA Workbench separates policy levers from
 * uncertainties: for every combination of lever settings, one {@link Ensemble} over the same uncertainty design.
 * The parameterisation's paths are the space's levers followed by its uncertain parameters, in that order.
 *
 * <pre>{@code
 * ParameterSpace space = ParameterSpace.builder()
 *     .lever("strategy/green/intensity", 0.0, 0.5, 1.0)
 *     .parameter("macro-shock", Distribution.uniform(-0.01, 0.01))
 *     .build();
 * Parameterization p = Parameterization.of(model, "plan", LeverGrid.paths(space));
 * List<LeverGrid.Cell> cells = LeverGrid.run(p, space, Designs.latinHypercube(1, 1000, 7),
 *     b -> b.indicators(Indicators.co2()).threads(2));
 * }</pre>
 *
 * <p>Stateless; each cell's result is as deterministic as an ensemble's.
 *
 * @since 0.1.0
 */
public final class LeverGrid {
  private LeverGrid() {}

  /**
   * One combination of lever settings and its ensemble.
   *
   * <p>Immutable and thread-safe.
   *
   * @param levers the settings, in the order of the space's levers
   * @param result the ensemble over the uncertainty design with those settings
   * @since 0.1.0
   */
  public record Cell(ImmutableList<Double> levers, EnsembleResult result) {}

  /** The paths a parameterisation for this space must have: the levers, then the uncertain parameters. */
  public static ImmutableList<String> paths(ParameterSpace space) {
    return ImmutableList.<String>builder().addAll(space.leverNames()).addAll(space.parameterNames()).build();
  }

  /**
   * Runs one ensemble per combination of lever settings (first lever varying slowest), each over the same
   * uncertainty design mapped through the space's distributions; {@code configure} sets indicators, targets,
   * threads and so on, and must not set a design.
   *
   * @throws IllegalArgumentException if the parameterisation's paths are not {@link #paths(ParameterSpace)}, or the
   *     space has no lever
   */
  public static List<Cell> run(Parameterization parameterization, ParameterSpace space, Design uncertainty,
      UnaryOperator<Ensemble.Builder> configure) {
    List<String> expected = paths(space);
    List<String> actual = parameterization.parameters().stream().map(Object::toString).toList();
    checkArgument(actual.equals(expected), "the parameterisation's paths %s are not the space's levers then its "
        + "uncertain parameters %s", actual, expected);
    checkArgument(!space.levers().isEmpty(), "a lever grid needs at least one lever");
    double[][] grid = Designs.fullFactorial(space).values(space);
    double[][] uncertain = uncertainty.values(space);
    List<Cell> cells = new ArrayList<>();
    for (double[] settings : grid) {
      double[][] values = new double[uncertain.length][];
      for (int i = 0; i < uncertain.length; i++) {
        values[i] = Doubles.concat(settings, uncertain[i]);
      }
      EnsembleResult r = configure.apply(Ensemble.builder(parameterization)).design(values).build().run();
      cells.add(new Cell(ImmutableList.copyOf(Doubles.asList(settings)), r));
    }
    return cells;
  }
}
