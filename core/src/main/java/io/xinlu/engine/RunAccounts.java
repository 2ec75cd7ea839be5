package io.xinlu.engine;

import com.google.common.collect.ImmutableList;

/**
 * The accounts a {@link Run} derives from its values on access, with their public accessors, which are
 * {@code Run}'s own (this class is not public and is no type of the API): prices and public finance
 * ({@link Accounts}: section 20 of {@code docs/MODEL.md}), stranded assets (section 22) and workers by cohort and
 * wages ({@link CohortValues}: section 21). It keeps {@code Run} to the quantities of the yearly step and within the
 * size of a class the engine allows. Immutable and thread-safe, as {@code Run}.
 */
abstract class RunAccounts {
  /** The compiled scenario of the run. */
  final CompiledScenario c;
  /** The values, stored and derived, each checked on access. */
  final RunValues values;
  /** The prices, public-finance and stranded-asset accounts, each worked out at the first request of a value. */
  private final Accounts accounts;
  /** The cohort account's values, worked out on first access. */
  private final CohortValues cohorts;

  RunAccounts(CompiledScenario c, RunValues values) {
    this.c = c;
    this.values = values;
    this.accounts = new Accounts(c, values);
    this.cohorts = new CohortValues(c, values);
  }

  /** The index of a year of the run, from 0 at the base year; throws for a year outside the run. */
  abstract int yearIndex(int year);

  /** The index of a sector of the run; throws for an unknown sector. */
  abstract int sectorIndex(String sector);

  /** Checks the cohort account's values in year index {@code k}, if any; see {@link Run#requireFinite}. */
  final void requireFiniteAccounts(int k) {
    if (hasCohorts()) {
      cohorts.requireFinite(k);
    }
  }

  // ---- prices and public finance: the Prices and Budget accounts (section 20 of docs/MODEL.md) ----------------

  /**
   * The price index {@code pi_i(t)} of a sector: 1 in the base year, the product of the scenario's price paths that
   * select the sector (scaled by parameter values), 1 for a sector no path selects.
   *
   * @throws IllegalArgumentException for a year outside the run or an unknown sector, or if an index of the run is
   *     not positive and finite within {@link Run#largestValue()}
   */
  public double priceIndex(int year, String sector) {
    return accounts.prices().index[yearIndex(year)][sectorIndex(sector)];
  }

  /** Value added at current prices {@code pi_i(t) V_i(t)}, billion CNY; as {@link #priceIndex} otherwise. */
  public double valueAddedCurrent(int year, String sector) {
    int k = yearIndex(year);
    return accounts.valueAddedCurrent(k, sectorIndex(sector));
  }

  /** GDP at current prices, billion CNY: {@code total(VALUE_ADDED, year)}, bit for bit, without price paths. */
  public double gdpCurrent(int year) {
    int k = yearIndex(year);
    return accounts.inRange(accounts.prices().gdp[k], k);
  }

  /** GDP at current over constant prices: 1 in the base year and without price paths; NaN where GDP is 0. */
  public double gdpDeflator(int year) {
    return accounts.deflator(yearIndex(year));
  }

  /** Whether the profile gives public finance (else the budget quantities are unavailable). */
  public boolean hasPublicFinance() {
    return c.finance.hasFinance();
  }

  /**
   * The general budget revenue {@code B(t)}, billion CNY at current prices: the official figure in the base year.
   *
   * @throws IllegalStateException if the profile gives no public finance
   * @throws IllegalArgumentException for a year outside the run, or if base-year taxes exceed the official revenue
   */
  public double budgetRevenue(int year) {
    int k = yearIndex(year);
    return accounts.inRange(accounts.budget().revenue[k], k);
  }

  /** A sector's modelled taxes {@code T_i(t)}, billion CNY at current prices; as {@link #budgetRevenue}. */
  public double sectorTaxes(int year, String sector) {
    int k = yearIndex(year);
    return accounts.sectorTaxes(k, sectorIndex(sector));
  }

  /** The modelled taxes of the sectors carrying a tag (0 if none does), billion CNY; as {@link #budgetRevenue}. */
  public double tagTaxes(int year, String tag) {
    return accounts.tagTaxes(yearIndex(year), tag);
  }

  /** The other revenue {@code B_other(t)}, moving with GDP at current prices; as {@link #budgetRevenue}. */
  public double otherRevenue(int year) {
    int k = yearIndex(year);
    return accounts.inRange(accounts.budget().other[k], k);
  }

  // ---- the stranded-asset account (section 22 of docs/MODEL.md) ------------------------------------------

  /**
   * Whether the run has a stranded-asset account: some project of the model describes the assets it closes
   * ({@link io.xinlu.policy.Project#closedAssets()}). A scenario that carries out none of those projects has the
   * account, with 0 in every year.
   */
  public boolean hasStrandedAssets() {
    return c.closures.available;
  }

  /**
   * The stranded value of the city in a year, billion CNY: the book value (straight-line depreciation of the
   * original capital over the asset life) of the capacity that closure projects close in that year, summed over
   * sectors; 0 in the base year.
   *
   * @throws IllegalArgumentException for a year outside the run, or if the closures' capital times their weights adds
   *     up beyond {@link Run#largestValue()}
   * @throws IllegalStateException if the run has no stranded-asset account ({@link #hasStrandedAssets()})
   */
  public double strandedValue(int year) {
    int k = yearIndex(year);
    return accounts.stranded().total[k];
  }

  /**
   * The stranded value of one sector in a year, billion CNY: the book value of its capacity that closures close in
   * that year.
   *
   * @throws IllegalArgumentException for a year outside the run or an unknown sector, or as
   *     {@link #strandedValue(int)}
   * @throws IllegalStateException if the run has no stranded-asset account
   */
  public double strandedValue(int year, String sector) {
    int k = yearIndex(year);
    int i = sectorIndex(sector);
    return accounts.stranded().bySector[k][i];
  }

  /**
   * The stranded value of the city from the base year through a year, billion CNY: the sum of
   * {@link #strandedValue(int)} over those years.
   *
   * @throws IllegalArgumentException for a year outside the run, or as {@link #strandedValue(int)}
   * @throws IllegalStateException if the run has no stranded-asset account
   */
  public double cumulativeStrandedValue(int year) {
    int k = yearIndex(year);
    return accounts.stranded().cumulative[k];
  }

  // ---- workers by cohort and wages: the cohort account (docs/MODEL.md, section 21) ---------------------------
  // In thousand persons, or billion CNY at base-year prices for the wage bill. Without a labour market (or its wages)
  // these throw IllegalStateException saying so; an unknown cohort, band or level, or a year outside the run,
  // IllegalArgumentException; a value out of range, a NonFiniteResultException.

  /** Whether the profile gives a {@link io.xinlu.economy.LabourMarket}, so the run has displaced workers by cohort. */
  public boolean hasCohorts() {
    return c.cohortInputs != null;
  }

  /** Whether the profile's labour market gives wages, so the run has the wage bill. */
  public boolean hasWages() {
    return cohorts.hasWages();
  }

  /** The labour market's age bands, youngest first; empty without one. */
  public ImmutableList<String> ageBands() {
    return cohorts.ageBands();
  }

  /** The labour market's skill levels; empty without one. */
  public ImmutableList<String> skillLevels() {
    return cohorts.skillLevels();
  }

  /** The cohort ids ({@code <age band>/<skill level>}) in the labour market's order; empty without one. */
  public ImmutableList<String> cohortIds() {
    return cohorts.cohortIds();
  }

  /** The displaced workers of one cohort waiting for work at the end of a year, {@code U_c(t)}. */
  public double displacedInCohort(String cohortId, int year) {
    return cohorts.displacedInCohort(cohortId, yearIndex(year));
  }

  /** The displaced workers of one age band, summed over its skill levels. */
  public double displacedInAgeBand(String ageBand, int year) {
    return cohorts.displacedInAgeBand(ageBand, yearIndex(year));
  }

  /** The displaced workers of one skill level, summed over the age bands. */
  public double displacedWithSkill(String skillLevel, int year) {
    return cohorts.displacedWithSkill(skillLevel, yearIndex(year));
  }

  /**
   * The cohort model's pool of displaced workers {@code sum_c U_c(t)}: with no retirement, no out-migration and
   * equal weights, {@link Quantity#DISPLACED_WORKERS} to rounding.
   */
  public double cohortPool(int year) {
    return cohorts.pool(yearIndex(year));
  }

  /** The displaced workers waiting since an earlier year (more than a year, in annual steps). */
  public double longTermUnemployed(int year) {
    return cohorts.longTermUnemployed(yearIndex(year));
  }

  /** The displaced workers who retired from the pool, from the base year through the year. */
  public double retiredFromPool(int year) {
    return cohorts.retiredFromPool(yearIndex(year));
  }

  /** The displaced workers who left the city, from the base year through the year. */
  public double outMigrated(int year) {
    return cohorts.outMigrated(yearIndex(year));
  }

  /** The cohorts' displaced workers re-employed in the year, {@code H(t)}; 0 in the base year. */
  public double reemployedFromPool(int year) {
    return cohorts.reemployed(yearIndex(year));
  }

  /** The wage bill {@code sum_i w_i(t) N_i(t)}, wages moving with each sector's labour productivity. */
  public double wageBill(int year) {
    return cohorts.wageBill(yearIndex(year));
  }

  /** The wages of the jobs lost in the year, {@code sum_i w_i(t) d_i(t)}; 0 in the base year. */
  public double wageBillLost(int year) {
    return cohorts.wageBillLost(yearIndex(year));
  }

  /**
   * The wages of the jobs the displaced take in the year: {@code H(t)} at the average wage of the jobs created,
   * {@code sum_i w_i(t) j_i(t) / J(t)}; 0 in the base year and when no job is created.
   */
  public double wageBillRegained(int year) {
    return cohorts.wageBillRegained(yearIndex(year));
  }
}
