package io.xinlu.economy;

import com.google.common.collect.ImmutableSet;
import io.xinlu.internal.Problems;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One sector of the city in the base year: its value added, employment, energy use and emission factor, and the
 * trends the baseline extrapolates.
 *
 * <p>Build one with {@link #builder()}:
 * <pre>{@code
 * Sector coal = Sector.builder()
 *     .id("coal").name("Coal mining and washing").group(SectorGroup.SECONDARY).addTag("resource")
 *     .valueAdded(180.0)            // billion CNY
 *     .employment(95.0)             // thousand persons
 *     .energy(4.1)                  // Mtce
 *     .emissionFactor(2.66)         // t CO2 per tce
 *     .growth(-0.01).productivityGrowth(0.04).energyIntensityDecline(0.02)
 *     .resource(ResourceStock.of(1500.0, 0.4))
 *     .build();
 * }</pre>
 *
 * <p>A sector is checked when it is put into a {@link CityProfile}, which reports every problem of every sector at
 * once. A new industry with zero base-year value added has no intensities of its own: give them with
 * {@link #energyIntensity()} and {@link #labourProductivity()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Sector {
  Sector() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Sector}; mutable, not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSector.Builder {
    Builder() {}
  }

  /** The sector's unique id within its profile, such as {@code coal}. */
  public abstract String id();

  /** A readable name; the id when not given. */
  @Value.Default
  public String name() {
    return id();
  }

  /** The national-accounts group. */
  public abstract SectorGroup group();

  /**
   * Free tags that select sectors in effects and indicators, such as {@code resource}, {@code energy-intensive},
   * {@code strategic-emerging}, {@code digital} or {@code new-materials}.
   */
  public abstract ImmutableSet<String> tags();

  /** Value added in the base year, billion CNY, at least 0. */
  public abstract double valueAdded();

  /** Employment in the base year, thousand persons; empty when the profile has no employment data. */
  public abstract OptionalDouble employment();

  /** Final energy use in the base year, Mtce. */
  @Value.Default
  public double energy() {
    return 0.0;
  }

  /** CO2 per unit of energy in the base year, t CO2 per tce (equivalently Mt per Mtce). */
  @Value.Default
  public double emissionFactor() {
    return 0.0;
  }

  /** Baseline real growth of final demand, fraction per year. */
  @Value.Default
  public double growth() {
    return 0.0;
  }

  /** Growth of labour productivity, fraction per year. */
  @Value.Default
  public double productivityGrowth() {
    return 0.0;
  }

  /** Autonomous decline of energy intensity, fraction per year. */
  @Value.Default
  public double energyIntensityDecline() {
    return 0.0;
  }

  /**
   * Explicit base-year energy intensity, Mtce per billion CNY, for a sector with zero base-year value added (a new
   * industry). Not allowed when value added is positive, where the intensity is energy over value added.
   */
  public abstract OptionalDouble energyIntensity();

  /**
   * Explicit base-year labour productivity, billion CNY per thousand persons, for a sector with zero base-year value
   * added. Not allowed when value added is positive.
   */
  public abstract OptionalDouble labourProductivity();

  /** The sector's resource stock, if it is extractive. */
  public abstract Optional<ResourceStock> resource();

  /** Whether the sector carries the tag. */
  public boolean hasTag(String tag) {
    return tags().contains(tag);
  }

  /** The base-year energy intensity, Mtce per billion CNY: explicit, or energy over value added. */
  public double baseEnergyIntensity() {
    return valueAdded() > 0 ? energy() / valueAdded() : energyIntensity().orElse(0.0);
  }

  /**
   * The base-year labour productivity, billion CNY per thousand persons: explicit, or value added over
   * employment; NaN when the sector has no employment data.
   */
  public double baseLabourProductivity() {
    if (valueAdded() > 0) {
      return employment().isPresent() ? valueAdded() / employment().getAsDouble() : Double.NaN;
    }
    return labourProductivity().orElse(Double.NaN);
  }

  void validate(Problems p) {
    if (id().isBlank()) {
      p.add("id", "must not be blank");
    }
    boolean vaOk = p.nonNegative("value added", valueAdded());
    employment().ifPresent(n -> p.nonNegative("employment", n));
    p.nonNegative("energy", energy());
    p.nonNegative("emission factor", emissionFactor());
    p.finite("growth", growth());
    if (p.finite("energy-intensity decline", energyIntensityDecline()) && !(energyIntensityDecline() < 1)) {
      p.add("energy-intensity decline", "must be below 1 (a decline of 100 % a year), was " + energyIntensityDecline());
    }
    if (p.finite("productivity growth", productivityGrowth()) && !(productivityGrowth() > -1)) {
      p.add("productivity growth", "must be above -1, was " + productivityGrowth());
    }
    energyIntensity().ifPresent(e -> p.nonNegative("energy intensity", e));
    labourProductivity().ifPresent(q -> p.positive("labour productivity", q));
    resource().ifPresent(r -> r.validate(p.at("resource")));
    if (!vaOk) {
      return;
    }
    if (valueAdded() > 0) {
      if (energyIntensity().isPresent() || labourProductivity().isPresent()) {
        p.add("explicit intensities are only for a sector with zero base-year value added;"
            + " with value added " + valueAdded() + " they follow from energy and employment");
      }
      if (employment().isPresent() && employment().getAsDouble() == 0) {
        p.add("employment", "must be positive when value added is positive (" + valueAdded() + ")");
      }
    } else {
      if (energy() > 0) {
        p.add("energy", "is " + energy() + " with zero value added: give an energy intensity instead");
      }
      if (employment().isPresent() && employment().getAsDouble() > 0) {
        p.add("employment", "is " + employment().getAsDouble()
            + " with zero value added: give a labour productivity instead");
      }
      if (energyIntensity().isEmpty() || (employment().isPresent() && labourProductivity().isEmpty())) {
        p.add("a new sector with zero base-year value added needs explicit intensities: "
            + (energyIntensity().isEmpty() ? "energy intensity" : "")
            + (energyIntensity().isEmpty() && employment().isPresent() && labourProductivity().isEmpty() ? " and " : "")
            + (employment().isPresent() && labourProductivity().isEmpty() ? "labour productivity" : "")
            + " missing");
      }
    }
  }
}
