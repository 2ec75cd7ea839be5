package io.xinlu.scenario;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A scenario's change to one project: include it even if its strategy is not adopted, exclude it, delay it by some
 * years, or scale its effects and capital cost. Each part is optional; a child scenario's override is merged over
 * its parent's part by part ({@link #over(ProjectOverride)}).
 *
 * <pre>{@code
 * ProjectOverride late = ProjectOverride.delay(2).withScale(0.5);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProjectOverride {
  private static final ProjectOverride NONE = new ProjectOverride(Optional.empty(), OptionalDouble.empty(),
      OptionalDouble.empty());

  private final Optional<Boolean> included;
  private final OptionalDouble delay;
  private final OptionalDouble scale;

  private ProjectOverride(Optional<Boolean> included, OptionalDouble delay, OptionalDouble scale) {
    this.included = included;
    this.delay = delay;
    this.scale = scale;
  }

  /** An override that changes nothing. */
  public static ProjectOverride none() {
    return NONE;
  }

  /** Includes the project (at its strategy's intensity if adopted, else at intensity 1). */
  public static ProjectOverride include() {
    return NONE.withIncluded(true);
  }

  /** Excludes the project. */
  public static ProjectOverride exclude() {
    return NONE.withIncluded(false);
  }

  /** Delays the project by {@code years} (fractional allowed). */
  public static ProjectOverride delay(double years) {
    return NONE.withDelay(years);
  }

  /** Scales the project's effects and capital cost by {@code factor}. */
  public static ProjectOverride scale(double factor) {
    return NONE.withScale(factor);
  }

  /** Whether the override includes ({@code true}) or excludes ({@code false}) the project, if it says. */
  public Optional<Boolean> included() {
    return included;
  }

  /** The delay in years, if given. */
  public OptionalDouble delayYears() {
    return delay;
  }

  /** The scale factor, if given. */
  public OptionalDouble scaleFactor() {
    return scale;
  }

  /** A copy that includes or excludes the project. */
  public ProjectOverride withIncluded(boolean include) {
    return new ProjectOverride(Optional.of(include), delay, scale);
  }

  /** A copy with a delay. */
  public ProjectOverride withDelay(double years) {
    return new ProjectOverride(included, OptionalDouble.of(years), scale);
  }

  /** A copy with a scale factor. */
  public ProjectOverride withScale(double factor) {
    return new ProjectOverride(included, delay, OptionalDouble.of(factor));
  }

  /** This override merged over a parent's: each part this one gives wins, the rest comes from the parent. */
  public ProjectOverride over(ProjectOverride parent) {
    return new ProjectOverride(
        included.isPresent() ? included : parent.included,
        delay.isPresent() ? delay : parent.delay,
        scale.isPresent() ? scale : parent.scale);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ProjectOverride)) {
      return false;
    }
    ProjectOverride p = (ProjectOverride) o;
    return p.included.equals(included) && p.delay.equals(delay) && p.scale.equals(scale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(included, delay, scale);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("ProjectOverride{");
    included.ifPresent(i -> b.append(i ? "include " : "exclude "));
    delay.ifPresent(d -> b.append("delay ").append(d).append(' '));
    scale.ifPresent(s -> b.append("scale ").append(s).append(' '));
    return b.toString().trim() + "}";
  }
}
