package io.xinlu.policy;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A strategy of the city (such as "digital economy first"), carried out through its projects. A scenario adopts a
 * strategy at an intensity in [0, 1] that scales every effect and capital cost of its projects, and may shift all
 * its projects' years.
 *
 * <pre>{@code
 * Strategy digital = Strategy.builder()
 *     .id("digital").name("Digital economy first")
 *     .addProjects(Project.builder().id("5g-mines").start(2024).fullEffect(2026)
 *         .capitalCost(0.8)                                          // billion CNY
 *         .addEffect(Effect.productivity("coal", 0.1))               // 10 % more output per worker
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Checked when it is put into a {@link io.xinlu.scenario.CityModel}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Strategy {
  Strategy() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Strategy}; mutable, not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableStrategy.Builder {
    Builder() {}
  }

  /** The strategy's unique id, such as {@code digital}. */
  public abstract String id();

  /** A readable name; the id when not given. */
  @Value.Default
  public String name() {
    return id();
  }

  /** A description, with sources. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The projects that carry out the strategy. */
  public abstract ImmutableList<Project> projects();

  /** The project with this id, if the strategy has it. */
  public Optional<Project> project(String projectId) {
    return projects().stream().filter(p -> p.id().equals(projectId)).findFirst();
  }
}
