package io.xinlu.scenarios;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;

/**
 * Generated archetype cities for the four types of resource-based city of the 2013 national plan
 * ({@link ResourceCityType}): made-up five-sector cities whose parameters ({@link ArchetypeSpec}) reproduce the
 * traits of each type, for experiments and teaching. They are not real cities.
 *
 * <p>Every archetype has the sectors {@code agriculture} (primary, 5 % of GDP), {@code extraction} (secondary, tagged
 * {@code resource}, with a stock in Mt at 1 Mt per billion CNY of value added), {@code processing} (secondary,
 * {@code energy-intensive}, 15 %), {@code manufacturing} (secondary, {@code strategic-emerging}, 10 %) and
 * {@code services} (tertiary, the rest); no input-output table; and one scenario, {@code baseline}, to the spec's
 * end year.
 *
 * <pre>{@code
 * CityModel declining = Archetypes.generate(ResourceCityType.DECLINING);
 * Run run = Engine.run(declining, Archetypes.BASELINE);
 * ResourceCityType t = ResourceCityClassifier.classify(run, 2022).type();   // DECLINING
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Archetypes {
  /** The name of the archetypes' only scenario. */
  public static final String BASELINE = "baseline";
  /** The extractive sector's id. */
  public static final String EXTRACTION = "extraction";

  private Archetypes() {}

  /** An archetype of the type with its {@link ArchetypeSpec#defaults default} parameters. */
  public static CityModel generate(ResourceCityType type) {
    return generate(type, ArchetypeSpec.defaults(type));
  }

  /** An archetype with the given parameters; the type names the city. */
  public static CityModel generate(ResourceCityType type, ArchetypeSpec spec) {
    double gdp = spec.gdp();
    double extraction = gdp * spec.resourceShare();
    double services = gdp * (1 - ArchetypeSpec.AGRICULTURE_SHARE - spec.resourceShare()
        - ArchetypeSpec.PROCESSING_SHARE - ArchetypeSpec.MANUFACTURING_SHARE);
    CityProfile profile = CityProfile.builder()
        .name("archetype-" + type.label())
        .baseYear(spec.baseYear())
        .addSectors(
            sector("agriculture", SectorGroup.PRIMARY, gdp * ArchetypeSpec.AGRICULTURE_SHARE, 40.0, 0.02, 2.2,
                0.02).build(),
            sector(EXTRACTION, SectorGroup.SECONDARY, extraction, 2.0, 0.03, 2.5, spec.resourceGrowth())
                .addTag("resource")
                .resource(ResourceStock.of(spec.reserveLife() * extraction, 1.0))
                .build(),
            sector("processing", SectorGroup.SECONDARY, gdp * ArchetypeSpec.PROCESSING_SHARE, 4.0, 0.15, 2.6,
                spec.industryGrowth() - 0.01).addTag("energy-intensive").build(),
            sector("manufacturing", SectorGroup.SECONDARY, gdp * ArchetypeSpec.MANUFACTURING_SHARE, 5.0, 0.03, 2.2,
                spec.industryGrowth() + 0.02).addTag("strategic-emerging").build(),
            sector("services", SectorGroup.TERTIARY, services, 10.0, 0.01, 2.0, spec.servicesGrowth()).build())
        .build();
    return CityModel.builder()
        .profile(profile)
        .addScenario(Scenario.builder().name(BASELINE).endYear(spec.endYear())
            .description("trends of the " + type.label() + " archetype").build())
        .build();
  }

  /**
   * A sector with value added, jobs per billion CNY, energy intensity (Mtce per billion CNY), emission factor and
   * growth; productivity growth 3 % and intensity decline 2 % a year.
   */
  private static Sector.Builder sector(String id, SectorGroup group, double va, double jobsPerBn, double intensity,
      double ef, double growth) {
    return Sector.builder().id(id).group(group).valueAdded(va).employment(va * jobsPerBn).energy(va * intensity)
        .emissionFactor(ef).growth(growth).productivityGrowth(0.03).energyIntensityDecline(0.02);
  }
}
