package io.xinlu.properties;

import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Cohort;
import io.xinlu.economy.LabourMarket;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cohort account (MODEL.md, section 21) over generated models, each given a generated labour market: 1 to 3 age
 * bands and skill levels, shares drawn and normalised, some sectors with their own shares, rates in [0, 1] and
 * weights in (0, 5].
 */
class CohortPropertiesTest {
  private static final List<String> SCENARIOS = List.of(ModelGen.BASELINE, ModelGen.POLICY);

  /** A labour market for a profile from the choices; {@code plain}: no retirement or migration, equal weights. */
  static LabourMarket market(CityProfile profile, Choices.Cursor in, boolean plain) {
    int bands = 1 + in.nextInt(3);
    int skills = 1 + in.nextInt(3);
    LabourMarket.Builder b = LabourMarket.builder();
    for (int a = 0; a < bands; a++) {
      b.addAgeBand("a" + a);
    }
    for (int s = 0; s < skills; s++) {
      b.addSkillLevel("s" + s);
    }
    List<Double> shares = shares(in, bands * skills);
    for (int a = 0; a < bands; a++) {
      for (int s = 0; s < skills; s++) {
        int c = a * skills + s;
        b.addCohort(Cohort.of("a" + a, "s" + s, shares.get(c), plain ? 0 : in.nextDouble(),
            plain ? 0 : in.nextDouble(), plain ? 1 : 0.01 + 5 * in.nextDouble()));
      }
    }
    for (String id : profile.sectorIds()) {
      if (in.nextBoolean()) {
        b.putSectorShare(id, ImmutableList.copyOf(shares(in, bands * skills)));
      }
      b.putWage(id, 1000 + 200_000 * in.nextDouble());
    }
    return b.build();
  }

  /** Shares in [0, 1] summing to 1: draws normalised, the last one the rest (so the sum is 1 to rounding). */
  private static List<Double> shares(Choices.Cursor in, int count) {
    double[] w = new double[count];
    double total = 0;
    for (int c = 0; c < count; c++) {
      w[c] = 0.05 + in.nextDouble();
      total += w[c];
    }
    List<Double> out = new ArrayList<>();
    double sum = 0;
    for (int c = 0; c < count - 1; c++) {
      out.add(w[c] / total);
      sum += w[c] / total;
    }
    out.add(Math.max(0.0, 1.0 - sum));
    return out;
  }

  private static CityModel withMarket(ModelGen.GeneratedModel g, LabourMarket m) {
    CityProfile p = CityProfile.builder().from(g.profile()).labourMarket(m).build();
    return CityModel.builder().from(g.model()).profile(p).build();
  }

  /** The scale of a run's labour numbers, for tolerances: the jobs lost over the whole horizon, at least 1. */
  private static double scale(Run run) {
    double s = 1;
    for (int t : run.years()) {
      s += run.total(Quantity.JOBS_LOST, t);
    }
    return s;
  }

  /**
   * With no retirement, no out-migration and equal weights, the cohorts' pool is the single pool {@code U(t)} of
   * section 12 to rounding, in every year of both scenarios.
   */
  @Test
  void with_no_exits_and_equal_weights_the_cohorts_sum_to_the_displaced_pool() {
    qt().forAll(ModelGen.models(1, 40), Choices.of(160)).checkAssert((g, choices) -> {
      if (!g.profile().hasEmployment()) {
        return;
      }
      CityModel model = withMarket(g, market(g.profile(), choices.cursor(), true));
      for (String scenario : SCENARIOS) {
        Run run = Engine.run(model, scenario);
        double tolerance = 1e-9 * scale(run);
        for (int t : run.years()) {
          assertEquals(run.total(Quantity.DISPLACED_WORKERS, t), run.cohortPool(t), tolerance, scenario + " " + t);
          assertEquals(0.0, run.retiredFromPool(t));
          assertEquals(0.0, run.outMigrated(t));
        }
      }
    });
  }

  /**
   * Whatever the rates and weights: the cohorts sum to the cohort model's pool by age band, by skill level and in
   * total; the pool follows {@code pool(t) = pool(t-1) + D(t) - retired - migrated - H(t)} with the jobs lost
   * {@code D(t)} of section 12; re-employment never exceeds {@code rho(t) J(t)}; every cohort is non-negative, and the
   * long-term unemployed are at most the pool.
   */
  @Test
  void the_cohorts_always_sum_to_the_cohort_models_pool() {
    qt().forAll(ModelGen.models(1, 40), Choices.of(160)).checkAssert((g, choices) -> {
      if (!g.profile().hasEmployment()) {
        return;
      }
      CityModel model = withMarket(g, market(g.profile(), choices.cursor(), false));
      for (String scenario : SCENARIOS) {
        Run run = Engine.run(model, scenario);
        double tolerance = 1e-9 * scale(run);
        double before = 0;
        for (int t : run.years()) {
          double pool = run.cohortPool(t);
          double cohorts = 0;
          for (String c : run.cohortIds()) {
            double u = run.displacedInCohort(c, t);
            assertTrue(u >= 0, c + " " + t + ": " + u);
            cohorts += u;
          }
          double byAge = 0;
          for (String a : run.ageBands()) {
            byAge += run.displacedInAgeBand(a, t);
          }
          double bySkill = 0;
          for (String s : run.skillLevels()) {
            bySkill += run.displacedWithSkill(s, t);
          }
          assertEquals(pool, cohorts, tolerance, "cohorts " + t);
          assertEquals(pool, byAge, tolerance, "age bands " + t);
          assertEquals(pool, bySkill, tolerance, "skill levels " + t);
          double longTerm = run.longTermUnemployed(t);
          assertTrue(longTerm >= -tolerance && longTerm <= pool + tolerance, t + ": long-term " + longTerm);
          if (t > run.baseYear()) {
            double exits = run.retiredFromPool(t) - run.retiredFromPool(t - 1) + run.outMigrated(t)
                - run.outMigrated(t - 1);
            double h = run.reemployedFromPool(t);
            assertEquals(before + run.total(Quantity.JOBS_LOST, t) - exits - h, pool, tolerance, "recursion " + t);
            assertTrue(h <= run.total(Quantity.REEMPLOYMENT_RATE, t) * run.total(Quantity.JOBS_CREATED, t)
                + tolerance, t + ": H " + h);
            assertTrue(run.wageBillLost(t) >= 0 && run.wageBillRegained(t) >= 0, "wages " + t);
          } else {
            assertEquals(0.0, pool);
          }
          before = pool;
        }
      }
    });
  }

  /** A labour market changes nothing else a run gives: every quantity's total in every year has the same bits. */
  @Test
  void a_labour_market_leaves_every_other_result_as_it_was() {
    qt().forAll(ModelGen.models(1, 40), Choices.of(160)).checkAssert((g, choices) -> {
      if (!g.profile().hasEmployment()) {
        return;
      }
      CityModel model = withMarket(g, market(g.profile(), choices.cursor(), false));
      for (String scenario : SCENARIOS) {
        Run with = Engine.run(model, scenario);
        Run without = Engine.run(g.model(), scenario);
        for (Quantity q : Quantity.values()) {
          if (!without.has(q)) {
            continue;
          }
          for (int t : without.years()) {
            assertEquals(Double.doubleToLongBits(without.total(q, t)), Double.doubleToLongBits(with.total(q, t)),
                q + " " + t);
          }
        }
      }
    });
  }

  /**
   * The labour transition and the cohort account start from one pass over the years, worked out at the first
   * request of either: which is asked for first changes no value of either. Two runs of each scenario, one asked for
   * the displaced workers first and one for the cohorts' pool first, give the same bits for the single pool, jobs
   * lost and created, every cohort's displaced workers, the pool, the long-term unemployed and the wages.
   */
  @Test
  void the_order_of_requests_changes_no_labour_or_cohort_value() {
    qt().forAll(ModelGen.models(1, 40), Choices.of(160)).checkAssert((g, choices) -> {
      if (!g.profile().hasEmployment()) {
        return;
      }
      CityModel model = withMarket(g, market(g.profile(), choices.cursor(), false));
      for (String scenario : SCENARIOS) {
        Run labourFirst = Engine.run(model, scenario);
        Run cohortsFirst = Engine.run(model, scenario);
        int last = labourFirst.endYear();
        labourFirst.total(Quantity.DISPLACED_WORKERS, last);
        cohortsFirst.cohortPool(last);
        for (int t : labourFirst.years()) {
          for (Quantity q : List.of(Quantity.DISPLACED_WORKERS, Quantity.JOBS_LOST, Quantity.JOBS_CREATED)) {
            assertEquals(Double.doubleToLongBits(labourFirst.total(q, t)),
                Double.doubleToLongBits(cohortsFirst.total(q, t)), q + " " + t);
          }
          assertEquals(Double.doubleToLongBits(labourFirst.cohortPool(t)),
              Double.doubleToLongBits(cohortsFirst.cohortPool(t)), "pool " + t);
          assertEquals(Double.doubleToLongBits(labourFirst.longTermUnemployed(t)),
              Double.doubleToLongBits(cohortsFirst.longTermUnemployed(t)), "long-term " + t);
          assertEquals(Double.doubleToLongBits(labourFirst.wageBill(t)),
              Double.doubleToLongBits(cohortsFirst.wageBill(t)), "wage bill " + t);
          assertEquals(Double.doubleToLongBits(labourFirst.wageBillRegained(t)),
              Double.doubleToLongBits(cohortsFirst.wageBillRegained(t)), "wages regained " + t);
          for (String id : labourFirst.cohortIds()) {
            assertEquals(Double.doubleToLongBits(labourFirst.displacedInCohort(id, t)),
                Double.doubleToLongBits(cohortsFirst.displacedInCohort(id, t)), id + " " + t);
          }
        }
      }
    });
  }
}
