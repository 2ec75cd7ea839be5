package io.xinlu.economy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.xinlu.PathSegment;
import io.xinlu.internal.LinearAlgebra;
import io.xinlu.internal.Problems;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A city in its base year: its sectors, an optional input-output table and its population. The starting point of
 * every scenario.
 *
 * <pre>{@code
 * CityProfile city = CityProfile.builder()
 *     .name("example").baseYear(2022)
 *     .addSectors(coal, power, services)
 *     .population(1311.0).populationGrowth(-0.003)   // thousand persons, fraction per year
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} checks the whole profile and throws one {@link io.xinlu.InvalidModelException} that lists
 * every problem with its path: NaN or infinite numbers, negative value added, employment, energy or stocks,
 * blank or duplicate sector ids, employment given for some sectors and not others, a new sector (zero value added)
 * without explicit intensities, and an input-output table that does not cover exactly the profile's sectors or is
 * unproductive (naming the column), and a {@link #labourMarket() labour market} whose cohorts, shares, rates or
 * wages are wrong (see {@link LabourMarket}). Without a table the engine takes {@code A = 0} and {@code v = 1}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CityProfile {
  CityProfile() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CityProfile}; mutable, not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCityProfile.Builder {
    Builder() {}
  }

  /** The city's name, such as {@code yangquan}. */
  public abstract String name();

  /** The base year {@code t0}: the year the profile describes. */
  public abstract int baseYear();

  /** The sectors, in declaration order (the order of every per-sector array in results). */
  public abstract ImmutableList<Sector> sectors();

  /** The input-output table, if the profile has one. */
  public abstract Optional<InputOutputTable> inputOutputTable();

  /** Resident population in the base year, thousand persons, if known. */
  public abstract OptionalDouble population();

  /** Population growth, fraction per year. */
  @Value.Default
  public double populationGrowth() {
    return 0.0;
  }

  /**
   * The city's general public budget in the base year, if the profile gives one: the official revenue and the tax
   * rates by sector (section 20 of {@code docs/MODEL.md}). Without it, the budget quantities are unavailable.
   */
  public abstract Optional<PublicFinance> publicFinance();

  /**
   * Who works in the sectors and what they earn: age bands, skill levels, cohort shares and rates, wages
   * ({@code docs/MODEL.md}, section 21); empty unless given, and then the cohort and wage quantities are unavailable.
   */
  public abstract Optional<LabourMarket> labourMarket();

  /** The sector ids in declaration order. */
  @Value.Lazy
  public ImmutableList<String> sectorIds() {
    return sectors().stream().map(Sector::id).collect(ImmutableList.toImmutableList());
  }

  @Value.Lazy
  ImmutableMap<String, Integer> indexById() {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < sectors().size(); i++) {
      b.put(sectors().get(i).id(), i);
    }
    return b.buildKeepingLast();
  }

  /** The position of a sector in {@link #sectors()}, or -1 if there is none with that id. */
  public int indexOf(String sectorId) {
    Integer i = indexById().get(sectorId);
    return i == null ? -1 : i;
  }

  /** Whether the profile has a sector with this id. */
  public boolean hasSector(String sectorId) {
    return indexById().containsKey(sectorId);
  }

  /**
   * The sector with this id.
   *
   * @throws IllegalArgumentException if there is none; the message lists the known ids
   */
  public Sector sector(String sectorId) {
    int i = indexOf(sectorId);
    if (i < 0) {
      throw new IllegalArgumentException(
          "profile '" + name() + "' has no sector '" + sectorId + "'; known sectors: " + sectorIds());
    }
    return sectors().get(i);
  }

  /** Every tag carried by at least one sector. */
  @Value.Lazy
  public ImmutableSet<String> tags() {
    Set<String> t = new LinkedHashSet<>();
    sectors().forEach(s -> t.addAll(s.tags()));
    return ImmutableSet.copyOf(t);
  }

  /** The sectors carrying a tag, in declaration order; empty if none does. */
  public ImmutableList<Sector> sectorsTagged(String tag) {
    return sectors().stream().filter(s -> s.hasTag(tag)).collect(ImmutableList.toImmutableList());
  }

  /** Whether every sector has employment data (the profile gives employment for all sectors or for none). */
  public boolean hasEmployment() {
    return !sectors().isEmpty() && sectors().get(0).employment().isPresent();
  }

  /** Total base-year value added (GDP), billion CNY. */
  public double totalValueAdded() {
    double s = 0;
    for (Sector x : sectors()) {
      s += x.valueAdded();
    }
    return s;
  }

  /** Checks the whole profile when it is built, throwing one exception that lists every problem. */
  @Value.Check
  void check() {
    Problems root = Problems.collector();
    Problems p = root.at(PathSegment.Kind.PROFILE, name());
    if (name().isBlank()) {
      p.add("name", "must not be blank");
    }
    if (baseYear() < 1900 || baseYear() > 2200) {
      p.add("base year", "must lie in 1900..2200, was " + baseYear());
    }
    if (sectors().isEmpty()) {
      p.add("sectors", "a profile needs at least one sector");
    }
    Set<String> ids = new HashSet<>();
    int withEmployment = 0;
    for (int i = 0; i < sectors().size(); i++) {
      Sector s = sectors().get(i);
      if (!ids.add(s.id())) {
        p.add(PathSegment.named(PathSegment.Kind.SECTOR, s.id(), i), "duplicate sector id (sector " + (i + 1) + ")");
      }
      s.validate(p.at(PathSegment.Kind.SECTOR, s.id(), i));
      if (s.employment().isPresent()) {
        withEmployment++;
      }
    }
    if (withEmployment > 0 && withEmployment < sectors().size()) {
      StringBuilder missing = new StringBuilder();
      for (Sector s : sectors()) {
        if (s.employment().isEmpty()) {
          missing.append(missing.length() == 0 ? "" : ", ").append('\'').append(s.id()).append('\'');
        }
      }
      p.add("employment", "given for " + withEmployment + " of " + sectors().size()
          + " sectors: give it for all or none (missing: " + missing + ")");
    }
    population().ifPresent(x -> p.nonNegative("population", x));
    if (p.finite("population growth", populationGrowth()) && !(populationGrowth() > -1)) {
      p.add("population growth", "must be above -1, was " + populationGrowth());
    }
    labourMarket().ifPresent(m -> m.validate(p.at("labour market"), this));
    if (inputOutputTable().isPresent()) {
      InputOutputTable t = inputOutputTable().get();
      Problems tp = p.at("input-output table");
      int before = root.all().size();
      Set<String> tableIds = new HashSet<>(t.sectorIds());
      for (String id : ids) {
        if (!tableIds.contains(id)) {
          tp.add("has no row or column for sector '" + id + "'");
        }
      }
      for (String id : t.sectorIds()) {
        if (!ids.contains(id)) {
          tp.add("unknown sector '" + id + "'");
        }
      }
      t.validate(tp);
      double[][] a = t.coefficients();
      for (Sector s : sectors()) {
        int row = t.sectorIds().indexOf(s.id());
        if (row < 0 || !(s.valueAdded() == 0)) {
          continue;
        }
        for (int j = 0; j < a[row].length; j++) {
          if (a[row][j] != 0) {
            tp.at(PathSegment.Kind.ROW, s.id()).add("sector '" + s.id() + "' has no base-year value added, so it cannot "
                + "supply inputs: A[" + s.id() + "][" + t.sectorIds().get(j) + "] must be 0, was " + a[row][j]);
          }
        }
      }
      if (root.all().size() == before && ids.size() == sectors().size()) {
        productiveInProfileOrder(t, tp);
      }
    }
    if (publicFinance().isPresent()) {
      Problems fp = p.at("public finance");
      if (publicFinance().get().validate(fp, this) && root.all().isEmpty()) {
        otherRevenueNotNegative(publicFinance().get(), fp);
      }
    }
    root.throwIfAny(PathSegment.named(PathSegment.Kind.PROFILE, name()).toString());
  }

  /**
   * Reports a budget whose base-year taxes exceed the official revenue: the other revenue, the residual that
   * calibrates the base year, would be negative. Gross output is value added over the table's value-added ratio (1
   * without a table), and prices are 1 in the base year.
   */
  private void otherRevenueNotNegative(PublicFinance f, Problems fp) {
    int n = sectors().size();
    double[] res = new double[n];
    double[] vat = new double[n];
    double[] eit = new double[n];
    double[] x = new double[n];
    double[] va = new double[n];
    double @Nullable [] ratios = inputOutputTable().map(InputOutputTable::valueAddedRatios).orElse(null);
    for (int i = 0; i < n; i++) {
      Sector s = sectors().get(i);
      TaxRates r = f.ratesOf(s.id());
      res[i] = r.resourceTax();
      vat[i] = r.vat();
      eit[i] = r.incomeTax();
      va[i] = s.valueAdded();
      x[i] = ratios == null ? va[i] : va[i] / ratios[inputOutputTable().get().sectorIds().indexOf(s.id())];
    }
    double taxes = PublicFinance.taxes(res, vat, eit, x, va);
    if (!(taxes <= f.baseYearRevenue())) {
      fp.add("base-year revenue", f.baseYearRevenue() + " billion CNY is less than the base year's modelled taxes, "
          + taxes + " billion CNY (resource tax on gross output, VAT and income tax on value added): the other "
          + "revenue that calibrates the base year would be negative; lower the rates or check the revenue");
    }
  }

  /**
   * The engine and the input-output analysis invert {@code I - A} with the sectors in the profile's order, the
   * table's check in the table's order. Rounding differs between the two orders, so a table at the edge of
   * productivity can pass its check and still have no Leontief inverse in the profile's order; that is reported
   * here rather than left to fail when the model runs.
   */
  private void productiveInProfileOrder(InputOutputTable t, Problems tp) {
    ImmutableList<String> order = sectorIds();
    if (order.equals(t.sectorIds())) {
      return; // the same order: the table's check has inverted this very matrix
    }
    int n = order.size();
    int[] map = new int[n];
    for (int i = 0; i < n; i++) {
      map[i] = t.sectorIds().indexOf(order.get(i));
    }
    double[][] ta = t.coefficients();
    double[] a = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i * n + j] = ta[map[i]][map[j]];
      }
    }
    if (LinearAlgebra.leontiefInverse(a, n) == null) {
      tp.add("unproductive in the profile's order of sectors " + order + ": (I - A)^-1 does not exist numerically "
          + "with the sectors in that order, though it does in the table's order " + t.sectorIds() + " (the table "
          + "is at the edge of productivity: a group of sectors uses up nearly all its own output)");
    }
  }
}
