package io.xinlu.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One investment, closure, retrofit or reform that carries out a strategy.
 *
 * <p>Its ramp is 0 before {@link #start()}, rises to 1 at {@link #fullEffect()} following {@link #ramp()}, stays
 * 1 through {@link #end()} (if given) and is 0 after it. Its {@link #capitalCost()} is spent evenly over the
 * years from the start up to (not including) the full-effect year, or all in the start year when they coincide.
 * {@link #prerequisites()} are projects that must be at full effect before this one starts ("build the new before
 * breaking the old"); the engine defers the start if needed and records the deferral.
 *
 * <pre>{@code
 * Project closure = Project.builder()
 *     .id("close-old-power").start(2026).fullEffect(2028).ramp(Ramp.LINEAR)
 *     .capitalCost(1.5)                                   // billion CNY
 *     .addPrerequisite("wind-solar-base")                 // its id, or the Project itself
 *     .addEffect(Effect.scaleDemand("coal-power", -0.3))
 *     .build();
 * }</pre>
 *
 * <p>Checked when its strategy is put into a {@link io.xinlu.scenario.CityModel}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Project {
  Project() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Project}; mutable, not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}

    /**
     * Adds a prerequisite given as the project itself: the same as {@code addPrerequisite(prerequisite.id())}.
     * Only its id is recorded; the model's project of that id is the one waited for, and an id the model lacks (or
     * this project's own id) is reported when the strategy is put into a {@link io.xinlu.scenario.CityModel}, as for
     * the id given as text.
     *
     * @throws NullPointerException if {@code prerequisite} is null
     */
    public Builder addPrerequisite(Project prerequisite) {
      return addPrerequisite(checkNotNull(prerequisite, "addPrerequisite(Project): the prerequisite is null").id());
    }
  }

  /** The project's id, unique across every strategy of a model. */
  public abstract String id();

  /** A readable name; the id when not given. */
  @Value.Default
  public String name() {
    return id();
  }

  /** A description, with the sources of its figures. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The first year with an effect. */
  public abstract int start();

  /** The first year at full effect; the start year when not given. */
  @Value.Default
  public int fullEffect() {
    return start();
  }

  /** The last year with an effect, if the project ends. */
  public abstract OptionalInt end();

  /** The shape of the phase-in; linear when not given. */
  @Value.Default
  public Ramp ramp() {
    return Ramp.LINEAR;
  }

  /** Capital cost, billion CNY at constant base-year prices. */
  @Value.Default
  public double capitalCost() {
    return 0.0;
  }

  /** Ids of projects that must reach full effect before this one starts. */
  public abstract ImmutableSet<String> prerequisites();

  /** What the project changes at full effect. */
  public abstract ImmutableList<Effect> effects();

  /**
   * The fixed assets the project closes, for a closure (a scale-demand cut): their original capital, built year,
   * life and sector, from which the engine works out the stranded value (section 22 of {@code docs/MODEL.md}).
   * Empty when not given: the project strands nothing.
   */
  public abstract Optional<ClosedAssets> closedAssets();
}
