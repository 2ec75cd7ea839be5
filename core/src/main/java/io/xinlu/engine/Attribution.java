package io.xinlu.engine;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.ResolvedScenario;

/**
 * The difference one project makes: the scenario run with the project minus the same scenario run without it
 * (the project excluded, everything else equal, including projects that depend on it, which are then blocked).
 *
 * <pre>{@code
 * Attribution a = Attribution.of(model, "plan", "btr-anode");
 * double extraGdp2035 = a.difference(Quantity.VALUE_ADDED, 2035);
 * double extraJobs = a.difference(Quantity.EMPLOYMENT, 2035, "new-materials");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Attribution {
  private final String projectId;
  private final Run with;
  private final Run without;

  private Attribution(String projectId, Run with, Run without) {
    this.projectId = projectId;
    this.with = with;
    this.without = without;
  }

  /**
   * Runs a scenario with and without one of its projects.
   *
   * @throws IllegalArgumentException if the model has no such scenario, or the scenario does not carry out the
   *     project
   */
  public static Attribution of(CityModel model, String scenario, String projectId) {
    ResolvedScenario rs = model.resolve(scenario);
    CompiledScenario compiled = Engine.compile(model, rs);
    checkArgument(compiled.activeProjectIds().contains(projectId),
        "scenario '%s' does not carry out project '%s'; its projects: %s", scenario, projectId,
        compiled.activeProjectIds());
    ResolvedScenario less = rs.withProjectOverride(scenario + " without " + projectId, projectId,
        ProjectOverride.exclude());
    return new Attribution(projectId, compiled.run(), Engine.compile(model, less).run());
  }

  /** The project attributed. */
  public String projectId() {
    return projectId;
  }

  /** The run without the project. */
  public Run withoutProject() {
    return without;
  }

  /** The difference in a city total (or city-wide quantity) in a year: with minus without. */
  public double difference(Quantity q, int year) {
    return with.total(q, year) - without.total(q, year);
  }

  /** The difference in a per-sector quantity in a year and sector: with minus without. */
  public double difference(Quantity q, int year, String sector) {
    return with.value(q, year, sector) - without.value(q, year, sector);
  }

  /** The difference in a city total by year, base year first. */
  public double[] differenceSeries(Quantity q) {
    double[] a = with.totalSeries(q);
    double[] b = without.totalSeries(q);
    for (int k = 0; k < a.length; k++) {
      a[k] -= b[k];
    }
    return a;
  }

  @Override
  public String toString() {
    return "Attribution{" + projectId + " in " + with.scenarioName() + "}";
  }
}
