package io.xinlu.decision.city;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import io.xinlu.policy.Project;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.ProjectPlan;
import io.xinlu.scenario.ResolvedScenario;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.StrategyAdoption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A plan found by a search: values for a {@link CityProblem}'s decisions, exported as a {@link Scenario} so that it
 * runs, compares and reports like any other.
 *
 * <p>The scenario has the problem's scenario as parent and sets, per decision: an intensity as an adoption of the
 * strategy at that intensity (keeping the parent's start shift); a start year as the project override's delay
 * {@code year - s_k - shift}; a scale as the override's scale; carried-out 0 as the override's scale 0 (the project is
 * carried out at weight 0, exactly as the problem evaluates it; its dependants are then not blocked, which the
 * problem reports as a prerequisite violation rather than repairing). Running it with {@link io.xinlu.engine.Engine}
 * gives the problem's reference run, bit for bit.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Plan {
  private final CityModel model;
  private final String baseScenario;
  private final ImmutableList<Decision> decisions;
  private final ImmutableDoubleArray values;

  Plan(CityModel model, String baseScenario, ImmutableList<Decision> decisions, double[] values) {
    checkArgument(values.length == decisions.size(), "a plan needs %s values, got %s", decisions.size(),
        values.length);
    for (int i = 0; i < values.length; i++) {
      checkArgument(decisions.get(i).variable().accepts(values[i]), "lever '%s' does not take %s",
          decisions.get(i).path(), values[i]);
    }
    this.model = model;
    this.baseScenario = baseScenario;
    this.decisions = decisions;
    this.values = ImmutableDoubleArray.copyOf(values);
  }

  /** The decisions. */
  public ImmutableList<Decision> decisions() {
    return decisions;
  }

  /** The decided values, one per decision. */
  public ImmutableDoubleArray values() {
    return values;
  }

  /** The lever values by lever path, in the decisions' order. */
  public Map<String, Double> levers() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < decisions.size(); i++) {
      m.put(decisions.get(i).path(), values.get(i));
    }
    return m;
  }

  /**
   * The plan as a scenario named {@code name}, with the base scenario as parent.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public Scenario toScenario(String name) {
    checkArgument(!name.isBlank(), "a plan's scenario needs a non-blank name");
    ResolvedScenario base = model.resolve(baseScenario);
    StringBuilder description = new StringBuilder("plan found by search over scenario ").append(baseScenario)
        .append(':');
    Scenario.Builder b = Scenario.builder().name(name).parent(baseScenario);
    Map<String, ProjectOverride> overrides = new LinkedHashMap<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      double v = values.get(i);
      description.append(' ').append(d.path()).append('=').append(String.format(Locale.ROOT, "%s", v));
      if (d instanceof Decision.Intensity) {
        StrategyAdoption a = base.adoptions().get(d.id());
        b.adopt(d.id(), v, a == null ? 0.0 : a.startShift());
        continue;
      }
      Project p = model.project(d.id()).orElseThrow();
      ProjectPlan plan = base.plan(model.strategyOf(d.id()).orElseThrow(), p);
      ProjectOverride o = overrides.getOrDefault(d.id(), ProjectOverride.none());
      if (d instanceof Decision.StartYear) {
        o = o.withDelay(v - p.start() - plan.startShift());
      } else if (d instanceof Decision.Scale) {
        o = o.scaleFactor().isPresent() && o.scaleFactor().getAsDouble() == 0.0 ? o : o.withScale(v);
      } else if (v == 0) {
        o = o.withScale(0.0);
      }
      overrides.put(d.id(), o);
    }
    overrides.forEach(b::override);
    return b.description(description.toString()).build();
  }

  /**
   * The model with the plan's scenario added under {@code name}, ready for {@link io.xinlu.engine.Engine#run}.
   *
   * @throws IllegalArgumentException if the model already has a scenario of that name
   */
  public CityModel modelWith(String name) {
    checkArgument(!model.scenarioNames().contains(name), "the model already has a scenario named '%s'", name);
    return CityModel.builder().from(model).addScenarios(toScenario(name)).build();
  }

  @Override
  public String toString() {
    return "Plan" + levers();
  }
}
