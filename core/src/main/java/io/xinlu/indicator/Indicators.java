package io.xinlu.indicator;

import static io.xinlu.indicator.Indicator.defined;
import static io.xinlu.indicator.Indicator.divide;

import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The built-in indicator catalogue. Each factory documents the formula, the display unit and where the value is
 * undefined (NaN). Engine quantities are converted to display units with {@link DisplayUnit}. Shares are fractions
 * in [0, 1] (unit {@code share}). A ratio is also NaN where its denominator, though not 0, is so small against the
 * numerator that the ratio (in display units) is beyond the range of doubles; no indicator but a reserve life
 * ({@code +Infinity} where nothing is extracted) is ever infinite.
 *
 * <p>All indicators returned are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Indicators {
  private Indicators() {}

  // ---- size and growth -----------------------------------------------------------------------------------

  /** GDP: the sum of value added over sectors, billion CNY (constant base-year prices). */
  public static Indicator gdp() {
    return Indicator.of("gdp", "GDP", DisplayUnit.BILLION_CNY.label(), Direction.HIGHER_IS_BETTER,
        (run, year) -> run.total(Quantity.VALUE_ADDED, year));
  }

  /** Real GDP growth against the previous year, fraction per year; NaN in the base year and after a GDP of 0. */
  public static Indicator gdpGrowth() {
    Indicator g = gdp();
    return Indicator.of("gdp-growth", "Real GDP growth", "fraction per year", Direction.HIGHER_IS_BETTER,
        (run, year) -> year == run.baseYear() ? Double.NaN
            : divide(g.value(run, year), g.value(run, year - 1)) - 1.0);
  }

  /** GDP per resident, CNY per person; needs a population; NaN where the population is 0. */
  public static Indicator gdpPerCapita() {
    return Indicator.of("gdp-per-capita", "GDP per capita", DisplayUnit.CNY_PER_PERSON.label(),
        Direction.HIGHER_IS_BETTER,
        (run, year) -> defined(DisplayUnit.CNY_PER_PERSON.toDisplay(
            divide(run.total(Quantity.VALUE_ADDED, year), run.total(Quantity.POPULATION, year)))),
        Indicators::needsPopulation);
  }

  /** Population, thousand persons; needs a population. */
  public static Indicator population() {
    return Indicator.of("population", "Population", DisplayUnit.THOUSAND_PERSONS.label(), Direction.NEUTRAL,
        (run, year) -> run.total(Quantity.POPULATION, year), Indicators::needsPopulation);
  }

  // ---- structure -----------------------------------------------------------------------------------------

  /** One sector's value added, billion CNY; needs the sector. */
  public static Indicator sectorValueAdded(String sectorId) {
    return Indicator.of("va:sector:" + sectorId, "Value added of " + sectorId, DisplayUnit.BILLION_CNY.label(),
        Direction.NEUTRAL, (run, year) -> run.value(Quantity.VALUE_ADDED, year, sectorId),
        run -> needsSector(run, sectorId));
  }

  /** A sector's share of GDP, in [0, 1]; NaN where GDP is 0. */
  public static Indicator sectorShare(String sectorId) {
    return Indicator.of("share:sector:" + sectorId, "Share of " + sectorId + " in GDP", "share", Direction.NEUTRAL,
        (run, year) -> share(run, year, Quantity.VALUE_ADDED, s -> s.id().equals(sectorId)),
        run -> needsSector(run, sectorId));
  }

  /** A group's share of GDP (primary, secondary, tertiary), in [0, 1]; NaN where GDP is 0. */
  public static Indicator groupShare(SectorGroup group) {
    String g = group.name().toLowerCase(Locale.ROOT);
    return Indicator.of("share:group:" + g, "Share of the " + g + " sector in GDP", "share",
        group == SectorGroup.TERTIARY ? Direction.HIGHER_IS_BETTER : Direction.NEUTRAL,
        (run, year) -> share(run, year, Quantity.VALUE_ADDED, s -> s.group() == group));
  }

  /**
   * The share in GDP of the sectors carrying a tag, in [0, 1]; 0 when no sector carries it; NaN where GDP is 0.
   * The direction is {@link Direction#LOWER_IS_BETTER} for {@code resource} (resource dependence),
   * {@link Direction#HIGHER_IS_BETTER} for {@code strategic-emerging}, {@code digital} and {@code new-materials},
   * neutral otherwise.
   */
  public static Indicator tagShare(String tag) {
    Direction d = tag.equals("resource") ? Direction.LOWER_IS_BETTER
        : (tag.equals("strategic-emerging") || tag.equals("digital") || tag.equals("new-materials"))
            ? Direction.HIGHER_IS_BETTER : Direction.NEUTRAL;
    return Indicator.of("share:tag:" + tag, "Share of '" + tag + "' sectors in GDP", "share", d,
        (run, year) -> share(run, year, Quantity.VALUE_ADDED, s -> s.hasTag(tag)));
  }

  /** Resource dependence: the GDP share of sectors tagged {@code resource}, in [0, 1]; NaN where GDP is 0. */
  public static Indicator resourceDependence() {
    Indicator share = tagShare("resource");
    return Indicator.of("resource-dependence", "Resource dependence (share of resource sectors in GDP)", "share",
        Direction.LOWER_IS_BETTER, share::value);
  }

  /** Tertiary value added over secondary value added; NaN where secondary is 0. */
  public static Indicator tertiaryToSecondary() {
    return Indicator.of("tertiary-to-secondary", "Tertiary to secondary ratio", "ratio", Direction.HIGHER_IS_BETTER,
        (run, year) -> divide(sum(run, year, Quantity.VALUE_ADDED, s -> s.group() == SectorGroup.TERTIARY),
            sum(run, year, Quantity.VALUE_ADDED, s -> s.group() == SectorGroup.SECONDARY)));
  }

  /**
   * The Herfindahl-Hirschman index of value-added shares, {@code sum_i s_i^2}, in [1/n, 1]: 1 when one sector makes
   * all of GDP. NaN where GDP is 0.
   */
  public static Indicator herfindahl() {
    return Indicator.of("hhi", "Herfindahl-Hirschman index of sector shares", "index", Direction.LOWER_IS_BETTER,
        Indicators::hhi);
  }

  /** The effective number of sectors, {@code 1 / HHI}, in [1, n]. NaN where GDP is 0. */
  public static Indicator effectiveSectors() {
    return Indicator.of("effective-sectors", "Effective number of sectors (1 / HHI)", "sectors",
        Direction.HIGHER_IS_BETTER, (run, year) -> 1.0 / hhi(run, year));
  }

  /**
   * The Shannon entropy of value-added shares, {@code -sum_i s_i ln s_i} in nats (with {@code 0 ln 0 = 0}), in
   * [0, ln n]. NaN where GDP is 0.
   */
  public static Indicator shannonEntropy() {
    return Indicator.of("shannon-entropy", "Shannon entropy of sector shares", "nats", Direction.HIGHER_IS_BETTER,
        (run, year) -> {
          double[] v = run.sectorValues(Quantity.VALUE_ADDED, year);
          double total = 0;
          for (double x : v) {
            total += x;
          }
          if (total == 0) {
            return Double.NaN;
          }
          double h = 0;
          for (double x : v) {
            if (x > 0) {
              double s = x / total;
              h -= s * Math.log(s);
            }
          }
          return h;
        });
  }

  /**
   * The Theil index of structural rationality over the three groups (Gan, Zheng and Yu 2011):
   * {@code TL = sum_g (Y_g / Y) ln((Y_g / L_g) / (Y / L))} with value added {@code Y} and employment {@code L}.
   * 0 when labour productivity is equal across groups; larger means a less rational structure. Groups without
   * value added contribute 0; NaN where a group has value added but no employment, or where GDP or employment is 0.
   * Needs employment data.
   */
  public static Indicator theilStructure() {
    return Indicator.of("theil-structure", "Theil index of structural rationality", "index",
        Direction.LOWER_IS_BETTER, Indicators::theil, Indicators::needsEmployment);
  }

  // ---- energy and carbon ---------------------------------------------------------------------------------

  /** Total final energy use, Mtce. */
  public static Indicator energy() {
    return Indicator.of("energy", "Energy use", DisplayUnit.MTCE.label(), Direction.LOWER_IS_BETTER,
        (run, year) -> run.total(Quantity.ENERGY, year));
  }

  /** Energy per GDP, tce per 10,000 CNY; NaN where GDP is 0. */
  public static Indicator energyIntensity() {
    return Indicator.of("energy-intensity", "Energy intensity", DisplayUnit.TCE_PER_10K_CNY.label(),
        Direction.LOWER_IS_BETTER, (run, year) -> defined(DisplayUnit.TCE_PER_10K_CNY.toDisplay(
            divide(run.total(Quantity.ENERGY, year), run.total(Quantity.VALUE_ADDED, year)))));
  }

  /**
   * The change of energy intensity against a reference year, {@code EI(t) / EI(ref) - 1} (-0.135 is "down 13.5
   * %"); the reference year must lie in the run.
   */
  public static Indicator energyIntensityChange(int referenceYear) {
    return energyIntensity().changeSince(referenceYear, "energy-intensity-change:" + referenceYear,
        "Energy intensity, change since " + referenceYear);
  }

  /** Total CO2, Mt. */
  public static Indicator co2() {
    return Indicator.of("co2", "CO2 emissions", DisplayUnit.MT_CO2.label(), Direction.LOWER_IS_BETTER,
        (run, year) -> run.total(Quantity.CO2, year));
  }

  /** CO2 per GDP, t CO2 per 10,000 CNY; NaN where GDP is 0. */
  public static Indicator carbonIntensity() {
    return Indicator.of("carbon-intensity", "Carbon intensity", DisplayUnit.T_CO2_PER_10K_CNY.label(),
        Direction.LOWER_IS_BETTER, (run, year) -> defined(DisplayUnit.T_CO2_PER_10K_CNY.toDisplay(
            divide(run.total(Quantity.CO2, year), run.total(Quantity.VALUE_ADDED, year)))));
  }

  /** CO2 per resident, t CO2 per person; needs a population; NaN where it is 0. */
  public static Indicator co2PerCapita() {
    return Indicator.of("co2-per-capita", "CO2 per capita", DisplayUnit.T_CO2_PER_PERSON.label(),
        Direction.LOWER_IS_BETTER, (run, year) -> defined(DisplayUnit.T_CO2_PER_PERSON.toDisplay(
            divide(run.total(Quantity.CO2, year), run.total(Quantity.POPULATION, year)))),
        Indicators::needsPopulation);
  }

  /** Energy use of the sectors carrying a tag, Mtce (0 when none does). */
  public static Indicator tagEnergy(String tag) {
    return Indicator.of("energy:tag:" + tag, "Energy use of '" + tag + "' sectors", DisplayUnit.MTCE.label(),
        Direction.LOWER_IS_BETTER, (run, year) -> sum(run, year, Quantity.ENERGY, s -> s.hasTag(tag)));
  }

  /** CO2 of the sectors carrying a tag, Mt (0 when none does). */
  public static Indicator tagCo2(String tag) {
    return Indicator.of("co2:tag:" + tag, "CO2 of '" + tag + "' sectors", DisplayUnit.MT_CO2.label(),
        Direction.LOWER_IS_BETTER, (run, year) -> sum(run, year, Quantity.CO2, s -> s.hasTag(tag)));
  }

  /**
   * The year-on-year Tapio (2005) decoupling elasticity of a pressure against GDP, dimensionless:
   * {@code e(t) = %ΔP / %ΔGDP} with {@code %ΔP = (P(t) - P(t-1)) / P(t-1)} for total CO2 or total energy and
   * {@code %ΔGDP} likewise for GDP. Ids {@code tapio-elasticity:co2} and {@code tapio-elasticity:energy}. NaN in the
   * base year, where GDP does not change ({@code %ΔGDP = 0}), and where GDP or the pressure of the previous year is
   * 0. The direction is {@link Direction#NEUTRAL}: a low elasticity is good while GDP grows, but a high one is good
   * while it shrinks (recessive decoupling). {@link Decoupling} gives the state and other periods.
   */
  public static Indicator tapioElasticity(Pressure pressure) {
    return Indicator.of("tapio-elasticity:" + pressure.id(), "Tapio elasticity of " + pressure.label() + " to GDP",
        "elasticity", Direction.NEUTRAL, (run, year) -> Decoupling.yearOnYearElasticity(run, pressure, year));
  }

  // ---- jobs and people -----------------------------------------------------------------------------------

  /** Total employment, thousand persons; needs employment data. */
  public static Indicator employment() {
    return Indicator.of("employment", "Employment", DisplayUnit.THOUSAND_PERSONS.label(), Direction.HIGHER_IS_BETTER,
        (run, year) -> run.total(Quantity.EMPLOYMENT, year), Indicators::needsEmployment);
  }

  /** Employment of one sector, thousand persons; needs employment data and the sector. */
  public static Indicator sectorEmployment(String sectorId) {
    return Indicator.of("employment:sector:" + sectorId, "Employment in " + sectorId,
        DisplayUnit.THOUSAND_PERSONS.label(), Direction.NEUTRAL,
        (run, year) -> run.value(Quantity.EMPLOYMENT, year, sectorId),
        run -> needsEmployment(run).or(() -> needsSector(run, sectorId)));
  }

  /** Employment of a group, thousand persons; needs employment data. */
  public static Indicator groupEmployment(SectorGroup group) {
    String g = group.name().toLowerCase(Locale.ROOT);
    return Indicator.of("employment:group:" + g, "Employment in the " + g + " sector",
        DisplayUnit.THOUSAND_PERSONS.label(), Direction.NEUTRAL,
        (run, year) -> sum(run, year, Quantity.EMPLOYMENT, s -> s.group() == group), Indicators::needsEmployment);
  }

  /** Employment of the sectors carrying a tag, thousand persons; needs employment data. */
  public static Indicator tagEmployment(String tag) {
    return Indicator.of("employment:tag:" + tag, "Employment in '" + tag + "' sectors",
        DisplayUnit.THOUSAND_PERSONS.label(), Direction.NEUTRAL,
        (run, year) -> sum(run, year, Quantity.EMPLOYMENT, s -> s.hasTag(tag)), Indicators::needsEmployment);
  }

  /** GDP per worker, 10,000 CNY per person; needs employment data; NaN where employment is 0. */
  public static Indicator labourProductivity() {
    return Indicator.of("labour-productivity", "Labour productivity",
        DisplayUnit.TEN_THOUSAND_CNY_PER_PERSON.label(), Direction.HIGHER_IS_BETTER,
        (run, year) -> defined(DisplayUnit.TEN_THOUSAND_CNY_PER_PERSON.toDisplay(
            divide(run.total(Quantity.VALUE_ADDED, year), run.total(Quantity.EMPLOYMENT, year)))),
        Indicators::needsEmployment);
  }

  /** Jobs lost in shrinking sectors in the year, thousand persons (0 in the base year). */
  public static Indicator jobsLost() {
    return Indicator.of("jobs-lost", "Jobs lost", DisplayUnit.THOUSAND_PERSONS.label(), Direction.LOWER_IS_BETTER,
        (run, year) -> run.total(Quantity.JOBS_LOST, year), Indicators::needsEmployment);
  }

  /** Jobs created in growing sectors in the year, thousand persons (0 in the base year). */
  public static Indicator jobsCreated() {
    return Indicator.of("jobs-created", "Jobs created", DisplayUnit.THOUSAND_PERSONS.label(),
        Direction.HIGHER_IS_BETTER, (run, year) -> run.total(Quantity.JOBS_CREATED, year),
        Indicators::needsEmployment);
  }

  /** Displaced workers waiting for work, thousand persons. */
  public static Indicator displacedWorkers() {
    return Indicator.of("displaced-workers", "Displaced workers waiting for work",
        DisplayUnit.THOUSAND_PERSONS.label(), Direction.LOWER_IS_BETTER,
        (run, year) -> run.total(Quantity.DISPLACED_WORKERS, year), Indicators::needsEmployment);
  }

  // ---- resources and money -------------------------------------------------------------------------------

  /** The remaining stock of a resource sector, in the stock's unit; needs a stock on that sector. */
  public static Indicator resourceStock(String sectorId) {
    return Indicator.of("stock:" + sectorId, "Resource stock of " + sectorId, "stock unit", Direction.HIGHER_IS_BETTER,
        (run, year) -> run.value(Quantity.RESOURCE_STOCK, year, sectorId), run -> needsResource(run, sectorId));
  }

  /**
   * Reserve life of a resource sector, years: the remaining stock over the year's extraction,
   * {@code R(t) / Q(t)}. {@code +Infinity} when nothing is extracted from a positive stock; NaN when both are 0.
   */
  public static Indicator reserveLife(String sectorId) {
    return Indicator.of("reserve-life:" + sectorId, "Reserve life of " + sectorId, DisplayUnit.YEARS.label(),
        Direction.HIGHER_IS_BETTER, (run, year) -> {
          double r = run.value(Quantity.RESOURCE_STOCK, year, sectorId);
          double q = run.value(Quantity.EXTRACTION, year, sectorId);
          return q == 0 ? (r > 0 ? Double.POSITIVE_INFINITY : Double.NaN) : r / q;
        }, run -> needsResource(run, sectorId));
  }

  /** Capital spent by projects in the year, billion CNY. */
  public static Indicator investment() {
    return Indicator.of("investment", "Investment", DisplayUnit.BILLION_CNY.label(), Direction.NEUTRAL,
        (run, year) -> run.total(Quantity.INVESTMENT, year));
  }

  /** Capital spent by projects from the base year through the year, billion CNY. */
  public static Indicator cumulativeInvestment() {
    Indicator k = investment().cumulative();
    return Indicator.of("cumulative-investment", "Cumulative investment", DisplayUnit.BILLION_CNY.label(),
        Direction.NEUTRAL, k::value);
  }

  // ---- prices and public finance (section 20 of docs/MODEL.md) ------------------------------------------

  /**
   * GDP at current prices: the sum over sectors of value added times the sector's price index, billion CNY. Equal to
   * {@link #gdp()}, bit for bit, in every year of a scenario without price paths.
   */
  public static Indicator gdpCurrent() {
    return Indicator.of("gdp-current", "GDP at current prices", DisplayUnit.BILLION_CNY.label(),
        Direction.HIGHER_IS_BETTER, (run, year) -> run.gdpCurrent(year));
  }

  /** One sector's value added at current prices, billion CNY; needs the sector. */
  public static Indicator sectorValueAddedCurrent(String sectorId) {
    return Indicator.of("va-current:sector:" + sectorId, "Value added of " + sectorId + " at current prices",
        DisplayUnit.BILLION_CNY.label(), Direction.NEUTRAL, (run, year) -> run.valueAddedCurrent(year, sectorId),
        run -> needsSector(run, sectorId));
  }

  /**
   * The GDP deflator: GDP at current prices over GDP at constant prices, an index that is 1 in the base year (and in
   * every year without price paths); NaN where GDP is 0.
   */
  public static Indicator gdpDeflator() {
    return Indicator.of("gdp-deflator", "GDP deflator (current over constant prices)", "index", Direction.NEUTRAL,
        (run, year) -> run.gdpDeflator(year));
  }

  /**
   * General budget revenue, billion CNY at current prices: the sectors' modelled taxes (resource tax, the city's
   * shares of VAT and enterprise income tax) plus the other revenue; the official figure in the base year. Needs
   * public finance in the profile.
   */
  public static Indicator budgetRevenue() {
    return Indicator.of("budget-revenue", "General budget revenue", DisplayUnit.BILLION_CNY.label(),
        Direction.HIGHER_IS_BETTER, (run, year) -> run.budgetRevenue(year), Indicators::needsPublicFinance);
  }

  /**
   * Coal's share of budget revenue: the modelled taxes of the sectors tagged {@code coal} over the revenue, in
   * [0, 1] (0 when no sector carries the tag); NaN where the revenue is 0. Needs public finance.
   */
  public static Indicator coalRevenueShare() {
    return Indicator.of("coal-revenue-share", "Share of budget revenue from coal-tagged sectors' taxes", "share",
        Direction.LOWER_IS_BETTER, (run, year) -> divide(run.tagTaxes(year, "coal"), run.budgetRevenue(year)),
        Indicators::needsPublicFinance);
  }

  /** Budget revenue per resident, CNY per person; needs public finance and a population; NaN where it is 0. */
  public static Indicator revenuePerResident() {
    return Indicator.of("revenue-per-resident", "Budget revenue per resident", DisplayUnit.CNY_PER_PERSON.label(),
        Direction.HIGHER_IS_BETTER,
        (run, year) -> defined(DisplayUnit.CNY_PER_PERSON.toDisplay(
            divide(run.budgetRevenue(year), run.total(Quantity.POPULATION, year)))),
        run -> needsPublicFinance(run).or(() -> needsPopulation(run)));
  }

  // ---- stranded assets (section 22 of docs/MODEL.md) -------------------------------------------------------

  /**
   * The stranded value in the year, billion CNY: the book value (original capital depreciated straight-line over the
   * asset life) of the capacity that closure projects close in that year; 0 in the base year. Needs a model in which
   * some project describes the assets it closes.
   */
  public static Indicator strandedValue() {
    return Indicator.of("stranded-value", "Stranded value", DisplayUnit.BILLION_CNY.label(),
        Direction.LOWER_IS_BETTER, (run, year) -> run.strandedValue(year), Indicators::needsClosedAssets);
  }

  /** The stranded value of one sector in the year, billion CNY; needs closed assets in the model and the sector. */
  public static Indicator sectorStrandedValue(String sectorId) {
    return Indicator.of("stranded-value:sector:" + sectorId, "Stranded value in " + sectorId,
        DisplayUnit.BILLION_CNY.label(), Direction.LOWER_IS_BETTER, (run, year) -> run.strandedValue(year, sectorId),
        run -> needsClosedAssets(run).or(() -> needsSector(run, sectorId)));
  }

  /** The stranded value from the base year through the year, billion CNY; needs closed assets in the model. */
  public static Indicator cumulativeStrandedValue() {
    return Indicator.of("cumulative-stranded-value", "Cumulative stranded value", DisplayUnit.BILLION_CNY.label(),
        Direction.LOWER_IS_BETTER, (run, year) -> run.cumulativeStrandedValue(year), Indicators::needsClosedAssets);
  }

  // ---- workers by cohort and wages (docs/MODEL.md, section 21) -------------------------------------------

  /**
   * Displaced workers of one age band waiting for work, summed over the skill levels, thousand persons; needs a
   * labour market with that age band. Id {@code displaced:age:<band>}.
   */
  public static Indicator displacedByAge(String ageBand) {
    return Indicator.of("displaced:age:" + ageBand, "Displaced workers aged " + ageBand,
        DisplayUnit.THOUSAND_PERSONS.label(), Direction.LOWER_IS_BETTER,
        (run, year) -> run.displacedInAgeBand(ageBand, year),
        run -> needsCohorts(run).or(() -> run.ageBands().contains(ageBand) ? Optional.empty()
            : Optional.of("no age band '" + ageBand + "'; age bands: " + run.ageBands())));
  }

  /**
   * Displaced workers of one skill level waiting for work, summed over the age bands, thousand persons; needs a
   * labour market with that skill level. Id {@code displaced:skill:<level>}.
   */
  public static Indicator displacedBySkill(String skillLevel) {
    return Indicator.of("displaced:skill:" + skillLevel, "Displaced workers of skill " + skillLevel,
        DisplayUnit.THOUSAND_PERSONS.label(), Direction.LOWER_IS_BETTER,
        (run, year) -> run.displacedWithSkill(skillLevel, year),
        run -> needsCohorts(run).or(() -> run.skillLevels().contains(skillLevel) ? Optional.empty()
            : Optional.of("no skill level '" + skillLevel + "'; skill levels: " + run.skillLevels())));
  }

  /**
   * Displaced workers who have waited since an earlier year (more than a year), thousand persons; needs a labour
   * market.
   */
  public static Indicator longTermUnemployed() {
    return Indicator.of("long-term-unemployed", "Long-term unemployed (displaced, waiting over a year)",
        DisplayUnit.THOUSAND_PERSONS.label(), Direction.LOWER_IS_BETTER, Run::longTermUnemployed,
        Indicators::needsCohorts);
  }

  /** Displaced workers who retired from the pool since the base year (cumulative), thousand persons. */
  public static Indicator retiredFromPool() {
    return Indicator.of("retired-from-pool", "Displaced workers retired from the pool (cumulative)",
        DisplayUnit.THOUSAND_PERSONS.label(), Direction.NEUTRAL, Run::retiredFromPool, Indicators::needsCohorts);
  }

  /** Displaced workers who left the city since the base year (cumulative), thousand persons. */
  public static Indicator outMigrated() {
    return Indicator.of("out-migrated", "Displaced workers who left the city (cumulative)",
        DisplayUnit.THOUSAND_PERSONS.label(), Direction.LOWER_IS_BETTER, Run::outMigrated, Indicators::needsCohorts);
  }

  /** The wage bill {@code sum_i w_i(t) N_i(t)}, billion CNY (base-year prices); needs wages. */
  public static Indicator wageBill() {
    return Indicator.of("wage-bill", "Wage bill", DisplayUnit.BILLION_CNY.label(), Direction.HIGHER_IS_BETTER,
        Run::wageBill, Indicators::needsWages);
  }

  /** The wages of the jobs lost in the year, billion CNY (0 in the base year); needs wages. */
  public static Indicator wageBillLost() {
    return Indicator.of("wage-bill-lost", "Wage bill lost with the jobs lost", DisplayUnit.BILLION_CNY.label(),
        Direction.LOWER_IS_BETTER, Run::wageBillLost, Indicators::needsWages);
  }

  /**
   * The wages of the jobs displaced workers take in the year, at the average wage of the jobs created, billion CNY
   * (0 in the base year); needs wages.
   */
  public static Indicator wageBillRegained() {
    return Indicator.of("wage-bill-regained", "Wage bill regained by re-employed displaced workers",
        DisplayUnit.BILLION_CNY.label(), Direction.HIGHER_IS_BETTER, Run::wageBillRegained, Indicators::needsWages);
  }

  /** The wage bill per resident, CNY per person; needs wages and a population; NaN where the population is 0. */
  public static Indicator wageIncomePerResident() {
    return Indicator.of("wage-income-per-resident", "Wage income per resident",
        DisplayUnit.CNY_PER_PERSON.label(), Direction.HIGHER_IS_BETTER,
        (run, year) -> defined(DisplayUnit.CNY_PER_PERSON.toDisplay(
            divide(run.wageBill(year), run.total(Quantity.POPULATION, year)))),
        run -> needsWages(run).or(() -> needsPopulation(run)));
  }

  // ---- helpers -------------------------------------------------------------------------------------------

  static double sum(Run run, int year, Quantity q, Predicate<Sector> which) {
    double[] v = run.sectorValues(q, year);
    double s = 0;
    for (int i = 0; i < v.length; i++) {
      if (which.test(run.profile().sectors().get(i))) {
        s += v[i];
      }
    }
    return s;
  }

  static double share(Run run, int year, Quantity q, Predicate<Sector> which) {
    return divide(sum(run, year, q, which), run.total(q, year));
  }

  private static double hhi(Run run, int year) {
    double[] v = run.sectorValues(Quantity.VALUE_ADDED, year);
    double total = 0;
    for (double x : v) {
      total += x;
    }
    if (total == 0) {
      return Double.NaN;
    }
    double h = 0;
    for (double x : v) {
      double s = x / total;
      h += s * s;
    }
    return h;
  }

  private static double theil(Run run, int year) {
    double y = run.total(Quantity.VALUE_ADDED, year);
    double l = run.total(Quantity.EMPLOYMENT, year);
    if (y == 0 || l == 0) {
      return Double.NaN;
    }
    double tl = 0;
    for (SectorGroup g : SectorGroup.values()) {
      double yg = sum(run, year, Quantity.VALUE_ADDED, s -> s.group() == g);
      double lg = sum(run, year, Quantity.EMPLOYMENT, s -> s.group() == g);
      if (yg == 0) {
        continue;
      }
      if (lg == 0) {
        return Double.NaN;
      }
      tl += (yg / y) * Math.log((yg / lg) / (y / l));
    }
    return defined(tl);
  }

  static Optional<String> needsEmployment(Run run) {
    return run.hasEmployment() ? Optional.empty()
        : Optional.of("profile '" + run.profileName() + "' has no employment data");
  }

  static Optional<String> needsPopulation(Run run) {
    return run.hasPopulation() ? Optional.empty()
        : Optional.of("profile '" + run.profileName() + "' gives no population");
  }

  static Optional<String> needsPublicFinance(Run run) {
    return run.hasPublicFinance() ? Optional.empty()
        : Optional.of("profile '" + run.profileName() + "' gives no public finance");
  }

  static Optional<String> needsClosedAssets(Run run) {
    return run.hasStrandedAssets() ? Optional.empty()
        : Optional.of("no project of model '" + run.profileName() + "' describes the assets it closes");
  }

  static Optional<String> needsCohorts(Run run) {
    return run.hasCohorts() ? Optional.empty()
        : Optional.of("profile '" + run.profileName() + "' gives no labour market (cohorts of workers)");
  }

  static Optional<String> needsWages(Run run) {
    return run.hasWages() ? Optional.empty()
        : Optional.of("profile '" + run.profileName() + "' gives no wages (a labour market with wages)");
  }

  static Optional<String> needsSector(Run run, String sectorId) {
    return run.sectorIds().contains(sectorId) ? Optional.empty()
        : Optional.of("no sector '" + sectorId + "'; sectors: " + run.sectorIds());
  }

  static Optional<String> needsResource(Run run, String sectorId) {
    return run.resourceSectorIds().contains(sectorId) ? Optional.empty()
        : Optional.of("sector '" + sectorId + "' has no resource stock; resource sectors: "
            + run.resourceSectorIds());
  }
}
