package io.xinlu.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.economy.SectorGroup;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds indicators by id: the fixed ones ({@code gdp}, {@code energy-intensity}, ...), the families that take an
 * argument after a colon ({@code share:sector:coal}, {@code share:tag:digital}, {@code reserve-life:coal},
 * {@code energy-intensity-change:2020}, ...), and any custom indicators added with {@link #with(Indicator)}, which
 * then work everywhere a built-in one does.
 *
 * <pre>{@code
 * IndicatorCatalogue catalogue = IndicatorCatalogue.standard().with(myIndicator);
 * Indicator share = catalogue.get("share:group:tertiary");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IndicatorCatalogue {
  private static final ImmutableMap<String, Indicator> FIXED = fixed();
  private static final ImmutableMap<String, Function<String, Indicator>> FAMILIES = families();
  private static final IndicatorCatalogue STANDARD = new IndicatorCatalogue(ImmutableMap.of());

  private final ImmutableMap<String, Indicator> custom;

  private IndicatorCatalogue(ImmutableMap<String, Indicator> custom) {
    this.custom = custom;
  }

  /** The built-in catalogue. */
  public static IndicatorCatalogue standard() {
    return STANDARD;
  }

  /**
   * A catalogue with one more indicator.
   *
   * @throws IllegalArgumentException if the id is already taken by a built-in or custom indicator or family
   */
  public IndicatorCatalogue with(Indicator indicator) {
    checkArgument(!contains(indicator.id()), "indicator id '%s' is already in the catalogue", indicator.id());
    Map<String, Indicator> m = new LinkedHashMap<>(custom);
    m.put(indicator.id(), indicator);
    return new IndicatorCatalogue(ImmutableMap.copyOf(m));
  }

  /** Whether an id names an indicator of this catalogue. */
  public boolean contains(String id) {
    return find(id).isPresent();
  }

  /** The indicator with this id, if any. */
  public Optional<Indicator> find(String id) {
    Indicator c = custom.get(id);
    if (c != null) {
      return Optional.of(c);
    }
    Indicator f = FIXED.get(id);
    if (f != null) {
      return Optional.of(f);
    }
    for (Map.Entry<String, Function<String, Indicator>> e : FAMILIES.entrySet()) {
      String prefix = e.getKey();
      if (id.startsWith(prefix) && id.length() > prefix.length()) {
        try {
          Indicator i = e.getValue().apply(id.substring(prefix.length()));
          // only the canonical spelling: "energy-intensity-change:02020" is not an id
          return i.id().equals(id) ? Optional.of(i) : Optional.empty();
        } catch (IllegalArgumentException bad) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The indicator with this id.
   *
   * @throws IllegalArgumentException if there is none; the message lists the known ids and families
   */
  public Indicator get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("unknown indicator '" + id
        + "'; known indicators: " + String.join(", ", ids()) + "; families: "
        + String.join(", ", familyPatterns())));
  }

  /** The ids of the fixed and custom indicators. */
  public ImmutableList<String> ids() {
    return ImmutableList.<String>builder().addAll(FIXED.keySet()).addAll(custom.keySet()).build();
  }

  /** The families that take an argument, such as {@code share:sector:<sector>}. */
  public ImmutableList<String> familyPatterns() {
    return ImmutableList.of("share:sector:<sector>", "share:group:<primary|secondary|tertiary>", "share:tag:<tag>",
        "va:sector:<sector>", "energy:tag:<tag>", "co2:tag:<tag>", "employment:sector:<sector>",
        "employment:group:<group>", "employment:tag:<tag>", "stock:<sector>", "reserve-life:<sector>",
        "energy-intensity-change:<year>", "va-current:sector:<sector>", "stranded-value:sector:<sector>",
        "displaced:age:<age band>", "displaced:skill:<skill level>");
  }

  private static ImmutableMap<String, Indicator> fixed() {
    ImmutableMap.Builder<String, Indicator> b = ImmutableMap.builder();
    for (Indicator i : ImmutableList.of(Indicators.gdp(), Indicators.gdpGrowth(), Indicators.gdpPerCapita(),
        Indicators.population(), Indicators.groupShare(SectorGroup.PRIMARY),
        Indicators.groupShare(SectorGroup.SECONDARY), Indicators.groupShare(SectorGroup.TERTIARY),
        Indicators.resourceDependence(), Indicators.tertiaryToSecondary(), Indicators.herfindahl(),
        Indicators.effectiveSectors(), Indicators.shannonEntropy(), Indicators.theilStructure(),
        Indicators.energy(), Indicators.energyIntensity(), Indicators.co2(), Indicators.carbonIntensity(),
        Indicators.tapioElasticity(Pressure.CO2), Indicators.tapioElasticity(Pressure.ENERGY),
        Indicators.co2PerCapita(), Indicators.employment(), Indicators.labourProductivity(),
        Indicators.jobsLost(), Indicators.jobsCreated(), Indicators.displacedWorkers(), Indicators.investment(),
        Indicators.cumulativeInvestment(), Indicators.gdpCurrent(), Indicators.gdpDeflator(),
        Indicators.budgetRevenue(), Indicators.coalRevenueShare(), Indicators.revenuePerResident(),
        Indicators.strandedValue(), Indicators.cumulativeStrandedValue(),
        Indicators.longTermUnemployed(), Indicators.retiredFromPool(), Indicators.outMigrated(), Indicators.wageBill(),
        Indicators.wageBillLost(), Indicators.wageBillRegained(), Indicators.wageIncomePerResident())) {
      b.put(i.id(), i);
    }
    return b.buildOrThrow();
  }

  private static ImmutableMap<String, Function<String, Indicator>> families() {
    Map<String, Function<String, Indicator>> m = new LinkedHashMap<>();
    m.put("share:sector:", Indicators::sectorShare);
    m.put("share:group:", g -> Indicators.groupShare(group(g)));
    m.put("share:tag:", Indicators::tagShare);
    m.put("va:sector:", Indicators::sectorValueAdded);
    m.put("energy:tag:", Indicators::tagEnergy);
    m.put("co2:tag:", Indicators::tagCo2);
    m.put("employment:sector:", Indicators::sectorEmployment);
    m.put("employment:group:", g -> Indicators.groupEmployment(group(g)));
    m.put("employment:tag:", Indicators::tagEmployment);
    m.put("stock:", Indicators::resourceStock);
    m.put("reserve-life:", Indicators::reserveLife);
    m.put("energy-intensity-change:", y -> Indicators.energyIntensityChange(Integer.parseInt(y)));
    m.put("va-current:sector:", Indicators::sectorValueAddedCurrent);
    m.put("stranded-value:sector:", Indicators::sectorStrandedValue);
    m.put("displaced:age:", Indicators::displacedByAge);
    m.put("displaced:skill:", Indicators::displacedBySkill);
    return ImmutableMap.copyOf(m);
  }

  private static SectorGroup group(String name) {
    return SectorGroup.valueOf(name.toUpperCase(Locale.ROOT));
  }
}
