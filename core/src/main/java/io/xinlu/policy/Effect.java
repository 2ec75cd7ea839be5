package io.xinlu.policy;

import java.util.Optional;

/**
 * What a project changes once it is at full effect. Each effect is scaled by the project's ramp {@code r(t)} and
 * by the strategy's adoption intensity (and any project-level scale). Effects that name a tag act on every tagged
 * sector: a rate or multiplicative effect applies to each one, and {@link NewCapacity} is split across them in
 * proportion to their base-year value added (equally if they all have none).
 *
 * <p>Units at full effect: {@link NewCapacity} in billion CNY of final demand a year; {@link GrowthShift} in
 * fraction per year (0.01 is one percentage point); the multiplicative changes ({@link ScaleDemand},
 * {@link EnergyIntensityChange}, {@link EmissionFactorChange}, {@link ProductivityChange}) as a fraction
 * ({@code -0.2} is 20 % less); {@link ReemploymentChange} as a change of the re-employment rate, a fraction.
 *
 * <pre>{@code
 * Effect park = Effect.newCapacity(SectorSelector.tag("new-materials"), 12.0);   // billion CNY of final demand
 * Effect cleaner = Effect.energyIntensity("coal", -0.15);                       // 15 % less energy per output
 * Effect slower = Effect.growthShift("coal", -0.02);                            // 2 points less growth a year
 * }</pre>
 *
 * <p>All implementations are records: immutable and thread-safe. Their numbers are checked when the strategy is
 * put into a {@link io.xinlu.scenario.CityModel}.
 *
 * @since 0.1.0
 */
public sealed interface Effect
    permits Effect.NewCapacity,
        Effect.ScaleDemand,
        Effect.GrowthShift,
        Effect.EnergyIntensityChange,
        Effect.EmissionFactorChange,
        Effect.ProductivityChange,
        Effect.ReemploymentChange {

  /** The kinds of effect, one per record. Immutable and thread-safe. */
  enum Kind {
    /** {@code y_i(t) += dy r(t)}. */
    NEW_CAPACITY("new capacity", "billion CNY of final demand"),
    /** {@code y_i(t) *= 1 + m r(t)}. */
    SCALE_DEMAND("scale demand", "fraction"),
    /** {@code g_i(t) += dg r(t)}. */
    GROWTH_SHIFT("growth shift", "fraction per year"),
    /** {@code e_i(t) *= 1 + de r(t)}. */
    ENERGY_INTENSITY("energy-intensity change", "fraction"),
    /** {@code c_i(t) *= 1 + dc r(t)}. */
    EMISSION_FACTOR("emission-factor change", "fraction"),
    /** {@code q_i(t) *= 1 + dq r(t)}. */
    PRODUCTIVITY("productivity change", "fraction"),
    /** {@code rho(t) += drho r(t)}. */
    REEMPLOYMENT("re-employment rate change", "fraction");

    private final String label;
    private final String unit;

    Kind(String label, String unit) {
      this.label = label;
      this.unit = unit;
    }

    /** A readable label, such as {@code new capacity}. */
    public String label() {
      return label;
    }

    /** The unit of the effect's size. */
    public String unit() {
      return unit;
    }
  }

  /** The kind of this effect. */
  Kind kind();

  /** The size at full effect, in the kind's unit. */
  double size();

  /** The sectors acted on; empty for the city-wide {@link ReemploymentChange}. */
  Optional<SectorSelector> selector();

  /** New capacity: {@code demand} billion CNY of final demand added at full effect. */
  static NewCapacity newCapacity(SectorSelector target, double demand) {
    return new NewCapacity(target, demand);
  }

  /** New capacity in one sector. */
  static NewCapacity newCapacity(String sectorId, double demand) {
    return new NewCapacity(SectorSelector.sector(sectorId), demand);
  }

  /** Scales final demand by {@code 1 + fraction} at full effect (a cut when negative). */
  static ScaleDemand scaleDemand(SectorSelector target, double fraction) {
    return new ScaleDemand(target, fraction);
  }

  /** Scales final demand of one sector. */
  static ScaleDemand scaleDemand(String sectorId, double fraction) {
    return new ScaleDemand(SectorSelector.sector(sectorId), fraction);
  }

  /** Adds {@code perYear} to the growth rate at full effect. */
  static GrowthShift growthShift(SectorSelector target, double perYear) {
    return new GrowthShift(target, perYear);
  }

  /** Adds to the growth rate of one sector. */
  static GrowthShift growthShift(String sectorId, double perYear) {
    return new GrowthShift(SectorSelector.sector(sectorId), perYear);
  }

  /** Multiplies energy intensity by {@code 1 + fraction} at full effect. */
  static EnergyIntensityChange energyIntensity(SectorSelector target, double fraction) {
    return new EnergyIntensityChange(target, fraction);
  }

  /** Multiplies energy intensity of one sector. */
  static EnergyIntensityChange energyIntensity(String sectorId, double fraction) {
    return new EnergyIntensityChange(SectorSelector.sector(sectorId), fraction);
  }

  /** Multiplies the emission factor by {@code 1 + fraction} at full effect. */
  static EmissionFactorChange emissionFactor(SectorSelector target, double fraction) {
    return new EmissionFactorChange(target, fraction);
  }

  /** Multiplies the emission factor of one sector. */
  static EmissionFactorChange emissionFactor(String sectorId, double fraction) {
    return new EmissionFactorChange(SectorSelector.sector(sectorId), fraction);
  }

  /** Multiplies labour productivity by {@code 1 + fraction} at full effect (automation when positive). */
  static ProductivityChange productivity(SectorSelector target, double fraction) {
    return new ProductivityChange(target, fraction);
  }

  /** Multiplies labour productivity of one sector. */
  static ProductivityChange productivity(String sectorId, double fraction) {
    return new ProductivityChange(SectorSelector.sector(sectorId), fraction);
  }

  /** Adds {@code delta} to the city's re-employment rate at full effect (training, placement). */
  static ReemploymentChange reemployment(double delta) {
    return new ReemploymentChange(delta);
  }

  /** New capacity: final demand added, billion CNY at full effect. Immutable and thread-safe. */
  record NewCapacity(SectorSelector target, double demand) implements Effect {
    @Override
    public Kind kind() {
      return Kind.NEW_CAPACITY;
    }

    @Override
    public double size() {
      return demand;
    }

    @Override
    public Optional<SectorSelector> selector() {
      return Optional.of(target);
    }
  }

  /** Scale demand: final demand multiplied by {@code 1 + fraction r(t)}. Immutable and thread-safe. */
  record ScaleDemand(SectorSelector target, double fraction) implements Effect {
    @Override
    public Kind kind() {
      return Kind.SCALE_DEMAND;
    }

    @Override
    public double size() {
      return fraction;
    }

    @Override
    public Optional<SectorSelector> selector() {
      return Optional.of(target);
    }
  }

  /** Growth shift: {@code perYear r(t)} added to the growth rate. Immutable and thread-safe. */
  record GrowthShift(SectorSelector target, double perYear) implements Effect {
    @Override
    public Kind kind() {
      return Kind.GROWTH_SHIFT;
    }

    @Override
    public double size() {
      return perYear;
    }

    @Override
    public Optional<SectorSelector> selector() {
      return Optional.of(target);
    }
  }

  /** Energy-intensity change: intensity multiplied by {@code 1 + fraction r(t)}. Immutable and thread-safe. */
  record EnergyIntensityChange(SectorSelector target, double fraction) implements Effect {
    @Override
    public Kind kind() {
      return Kind.ENERGY_INTENSITY;
    }

    @Override
    public double size() {
      return fraction;
    }

    @Override
    public Optional<SectorSelector> selector() {
      return Optional.of(target);
    }
  }

  /**
   * Emission-factor change: CO2 per unit of energy multiplied by {@code 1 + fraction r(t)}.
   *
   * <p>Immutable and thread-safe.
   */
  record EmissionFactorChange(SectorSelector target, double fraction) implements Effect {
    @Override
    public Kind kind() {
      return Kind.EMISSION_FACTOR;
    }

    @Override
    public double size() {
      return fraction;
    }

    @Override
    public Optional<SectorSelector> selector() {
      return Optional.of(target);
    }
  }

  /** Productivity change: labour productivity multiplied by {@code 1 + fraction r(t)}. Immutable and thread-safe. */
  record ProductivityChange(SectorSelector target, double fraction) implements Effect {
    @Override
    public Kind kind() {
      return Kind.PRODUCTIVITY;
    }

    @Override
    public double size() {
      return fraction;
    }

    @Override
    public Optional<SectorSelector> selector() {
      return Optional.of(target);
    }
  }

  /** Re-employment rate change: {@code delta r(t)} added to the city's rate. Immutable and thread-safe. */
  record ReemploymentChange(double delta) implements Effect {
    @Override
    public Kind kind() {
      return Kind.REEMPLOYMENT;
    }

    @Override
    public double size() {
      return delta;
    }

    @Override
    public Optional<SectorSelector> selector() {
      return Optional.empty();
    }
  }
}
