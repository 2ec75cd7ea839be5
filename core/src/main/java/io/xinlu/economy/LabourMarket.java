package io.xinlu.economy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.PathSegment;
import io.xinlu.internal.Problems;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who works in the city's sectors and what they earn, in the base year: the optional part of a {@link CityProfile}
 * from which a run derives its displaced workers by cohort (age band and skill level), their retirement,
 * out-migration and re-employment, and the wage bill ({@code docs/MODEL.md}, section 21). Without it those
 * quantities are unavailable; nothing else a run gives depends on it.
 *
 * <pre>{@code
 * LabourMarket market = LabourMarket.builder()
 *     .addAgeBands("16-44", "45-over").addSkillLevels("low", "high")
 *     .addCohorts(Cohort.of("16-44", "low", 0.3, 0.0, 0.05, 1.0), Cohort.of("16-44", "high", 0.2, 0.0, 0.08, 1.5),
 *         Cohort.of("45-over", "low", 0.4, 0.10, 0.01, 0.6), Cohort.of("45-over", "high", 0.1, 0.10, 0.02, 1.0))
 *     .putSectorShare("coal", ImmutableList.of(0.2, 0.05, 0.7, 0.05))   // in the order of the cohorts
 *     .putWage("coal", 98_000.0).putWage("services", 76_000.0)         // CNY per worker per year
 *     .build();
 * }</pre>
 *
 * <p>The cohorts list every pair of an age band and a skill level exactly once; their {@link Cohort#share() shares}
 * are the workforce shares of every sector that gives none of its own in {@link #sectorShares()}, and each sector's
 * shares sum to 1. Wages are given for every sector or for none. The labour market is checked when its profile is
 * built, which reports every problem with its path: an unknown age band, skill level or sector, a pair given twice or
 * missing, shares outside [0, 1] or not summing to 1 (within {@value #SHARE_SUM_TOLERANCE}), rates outside [0, 1],
 * a re-employment weight that is not above 0, a negative wage, or a profile without employment data.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LabourMarket {
  /** How far a list of workforce shares may sum from 1 (rounding in published shares). */
  public static final double SHARE_SUM_TOLERANCE = 1e-6;

  LabourMarket() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LabourMarket}; mutable, not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableLabourMarket.Builder {
    Builder() {}
  }

  /** The age bands, youngest first, such as {@code 16-29}, {@code 30-44}, {@code 45-54}, {@code 55-over}. */
  public abstract ImmutableList<String> ageBands();

  /** The skill levels, such as {@code low}, {@code medium}, {@code high}. */
  public abstract ImmutableList<String> skillLevels();

  /** The cohorts: every pair of an age band and a skill level once, in the order results give them. */
  public abstract ImmutableList<Cohort> cohorts();

  /**
   * Workforce shares of particular sectors, by sector id: one share per cohort, in the order of {@link #cohorts()},
   * summing to 1. A sector not listed has the cohorts' own {@link Cohort#share() shares}.
   */
  public abstract ImmutableMap<String, ImmutableList<Double>> sectorShares();

  /**
   * The average wage of each sector in the base year, CNY per worker per year, at least 0; for every sector of the
   * profile, or empty (then the wage quantities are unavailable). Wages move with each sector's labour productivity.
   */
  public abstract ImmutableMap<String, Double> wages();

  /** Whether wages are given (for every sector). */
  public boolean hasWages() {
    return !wages().isEmpty();
  }

  /**
   * A sector's base-year wage, CNY per worker per year.
   *
   * @throws IllegalArgumentException if the labour market gives no wage for that sector
   */
  public double wageOf(String sectorId) {
    Double w = wages().get(sectorId);
    checkArgument(w != null, "the labour market gives no wage for sector '%s'; wages: %s", sectorId, wages());
    return w;
  }

  /** The cohort ids ({@code <age band>/<skill level>}), in the order of {@link #cohorts()}. */
  public ImmutableList<String> cohortIds() {
    return cohorts().stream().map(Cohort::id).collect(ImmutableList.toImmutableList());
  }

  /** The position of a cohort in {@link #cohorts()} by its id, or -1 if there is none. */
  public int indexOfCohort(String cohortId) {
    for (int c = 0; c < cohorts().size(); c++) {
      if (cohorts().get(c).id().equals(cohortId)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * A sector's workforce shares by cohort, in the order of {@link #cohorts()}: its own if {@link #sectorShares()}
   * gives them, else the cohorts' shares.
   */
  public ImmutableList<Double> sharesOf(String sectorId) {
    ImmutableList<Double> own = sectorShares().get(sectorId);
    return own != null ? own
        : cohorts().stream().map(Cohort::share).collect(ImmutableList.toImmutableList());
  }

  /** Checks the labour market against its profile, adding every problem found to {@code p}. */
  void validate(Problems p, CityProfile profile) {
    if (!profile.hasEmployment()) {
      p.add("a labour market needs employment data: give every sector's employment");
    }
    Set<String> bands = names(p, "age bands", ageBands(), "age band");
    Set<String> skills = names(p, "skill levels", skillLevels(), "skill level");
    Map<String, Integer> seen = new HashMap<>();
    double sum = 0;
    boolean sharesFinite = true;
    for (int c = 0; c < cohorts().size(); c++) {
      Cohort k = cohorts().get(c);
      Problems cp = p.at(PathSegment.Kind.COHORT, k.id(), c);
      if (!bands.contains(k.ageBand())) {
        cp.add("age band", "unknown age band '" + k.ageBand() + "'; age bands: " + ageBands());
      }
      if (!skills.contains(k.skillLevel())) {
        cp.add("skill level", "unknown skill level '" + k.skillLevel() + "'; skill levels: " + skillLevels());
      }
      Integer before = seen.putIfAbsent(k.id(), c);
      if (before != null) {
        cp.add("cohort '" + k.id() + "' is given twice (cohorts " + (before + 1) + " and " + (c + 1) + ")");
      }
      sharesFinite &= cp.fraction("share", k.share());
      sum += k.share();
      cp.fraction("retirement rate", k.retirementRate());
      cp.fraction("out-migration rate", k.outMigrationRate());
      if (cp.finite("re-employment weight", k.reemploymentWeight()) && !(k.reemploymentWeight() > 0)) {
        cp.add("re-employment weight", "must be above 0, was " + k.reemploymentWeight());
      }
    }
    if (cohorts().isEmpty()) {
      p.add("cohorts", "a labour market needs at least one cohort");
    }
    for (String b : bands) {
      for (String s : skills) {
        if (!seen.containsKey(b + "/" + s)) {
          p.add("cohorts", "no cohort for age band '" + b + "' and skill level '" + s + "': give every pair once");
        }
      }
    }
    if (sharesFinite && !cohorts().isEmpty() && !(Math.abs(sum - 1) <= SHARE_SUM_TOLERANCE)) {
      p.add("cohorts", "the cohorts' shares sum to " + sum + ", not 1 (within " + SHARE_SUM_TOLERANCE + ")");
    }
    Problems sp = p.at("sector shares");
    for (Map.Entry<String, ImmutableList<Double>> e : sectorShares().entrySet()) {
      Problems at = sp.at(PathSegment.Kind.SECTOR, e.getKey());
      if (!profile.hasSector(e.getKey())) {
        at.add("unknown sector '" + e.getKey() + "'; sectors: " + profile.sectorIds());
      }
      List<Double> shares = e.getValue();
      if (shares.size() != cohorts().size()) {
        at.add("gives " + shares.size() + " shares for " + cohorts().size() + " cohorts " + cohortIds()
            + ": give one per cohort, in their order");
        continue;
      }
      double s = 0;
      boolean ok = true;
      for (int c = 0; c < shares.size(); c++) {
        ok &= at.fraction(PathSegment.named(PathSegment.Kind.COHORT, cohorts().get(c).id(), c), shares.get(c));
        s += shares.get(c);
      }
      if (ok && !(Math.abs(s - 1) <= SHARE_SUM_TOLERANCE)) {
        at.add("the shares sum to " + s + ", not 1 (within " + SHARE_SUM_TOLERANCE + ")");
      }
    }
    Problems wp = p.at("wages");
    for (Map.Entry<String, Double> e : wages().entrySet()) {
      Problems at = wp.at(PathSegment.Kind.SECTOR, e.getKey());
      if (!profile.hasSector(e.getKey())) {
        at.add("unknown sector '" + e.getKey() + "'; sectors: " + profile.sectorIds());
      }
      at.nonNegative(PathSegment.field("wage"), e.getValue());
    }
    if (!wages().isEmpty()) {
      for (String id : profile.sectorIds()) {
        if (!wages().containsKey(id)) {
          wp.add("no wage for sector '" + id + "': give wages for every sector or for none");
        }
      }
    }
  }

  /** Checks a list of band or level names: not empty, none blank, none with a '/', none twice. */
  private static Set<String> names(Problems p, String field, List<String> names, String what) {
    Set<String> out = new HashSet<>();
    if (names.isEmpty()) {
      p.add(field, "give at least one " + what);
    }
    for (String name : names) {
      if (name.isBlank() || name.indexOf('/') >= 0) {
        p.add(field, "'" + name + "' is not a valid " + what + " name: give one that is not blank and has no '/'");
      } else if (!out.add(name)) {
        p.add(field, what + " '" + name + "' is given twice");
      }
    }
    return out;
  }
}
