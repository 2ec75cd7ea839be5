package io.xinlu.scenarios;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;

/**
 * Every number of one sector of a ready-made profile, each a {@link Figure} with its provenance: value added, the
 * value-added ratio of its input-output column, employment, energy, emission factor and the three trend rates.
 * {@link #toSector()} turns it into the engine's {@link Sector}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the sector id
 * @param name a readable name
 * @param group its national-accounts group
 * @param tags its tags
 * @param valueAdded base-year value added, billion CNY
 * @param valueAddedRatio value added per unit of gross output (the input-output table's {@code v})
 * @param employment base-year employment, thousand persons
 * @param energy base-year energy use, Mtce
 * @param emissionFactor CO2 per unit of energy, t CO2 per tce (process CO2 included where the sector has it)
 * @param growth baseline real growth of final demand, fraction per year
 * @param productivityGrowth labour-productivity growth, fraction per year
 * @param intensityDecline autonomous energy-intensity decline, fraction per year
 * @since 0.1.0
 */
public record SectorFigures(String id, String name, SectorGroup group, ImmutableSet<String> tags, Figure valueAdded,
    Figure valueAddedRatio, Figure employment, Figure energy, Figure emissionFactor, Figure growth,
    Figure productivityGrowth, Figure intensityDecline) {

  /** Every figure of the sector, in component order. */
  public ImmutableList<Figure> figures() {
    return ImmutableList.of(valueAdded, valueAddedRatio, employment, energy, emissionFactor, growth,
        productivityGrowth, intensityDecline);
  }

  /** The engine's sector (without a resource stock; {@link Yangquan#profile()} adds the coal stock). */
  public Sector.Builder toSectorBuilder() {
    return Sector.builder()
        .id(id)
        .name(name)
        .group(group)
        .addAllTags(tags)
        .valueAdded(valueAdded.value())
        .employment(employment.value())
        .energy(energy.value())
        .emissionFactor(emissionFactor.value())
        .growth(growth.value())
        .productivityGrowth(productivityGrowth.value())
        .energyIntensityDecline(intensityDecline.value());
  }

  /** The engine's sector, without a resource stock. */
  public Sector toSector() {
    return toSectorBuilder().build();
  }
}
