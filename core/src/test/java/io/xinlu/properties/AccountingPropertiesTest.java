package io.xinlu.properties;

import static io.xinlu.properties.RunValues.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.xinlu.properties.Theories.qt;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.Sector;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * National-accounts identities of every run: value added adds up, is the value-added ratio times gross output,
 * gross output balances intermediate use plus final demand, shares are fractions summing to one, and the base year
 * reproduces the profile.
 */
class AccountingPropertiesTest {
  static final List<String> SCENARIOS = List.of(ModelGen.BASELINE, ModelGen.POLICY);

  /**
   * Property 1. In every year, the sectors' value added sums to {@code Run.total(VALUE_ADDED, t)}, and every
   * sector's value added is its value-added ratio {@code v_i} (1 without a table) times its gross output.
   * The run adds sectors in the same order as this test, so the sum in fact agrees exactly; {@code V = v x} is
   * exact after the base year and within rounding in the base year, where {@code x(t0) = V(t0) / v}.
   */
  @Test
  void value_added_sums_to_the_total_and_is_the_value_added_ratio_times_gross_output() {
    qt().forAll(ModelGen.models()).checkAssert(g -> {
      double[] v = valueAddedRatios(g.profile());
      for (String scenario : SCENARIOS) {
        Run run = Engine.run(g.model(), scenario);
        for (int t : run.years()) {
          double sum = 0;
          for (int i = 0; i < v.length; i++) {
            String id = run.sectorIds().get(i);
            double va = run.value(Quantity.VALUE_ADDED, t, id);
            sum += va;
            assertRelative(v[i] * run.value(Quantity.GROSS_OUTPUT, t, id), va, 1e-12,
                scenario + " " + t + " " + id + ": V = v x");
          }
          assertRelative(sum, run.total(Quantity.VALUE_ADDED, t), 1e-12, scenario + " " + t + ": sum of V");
        }
      }
    });
  }

  /**
   * Gross output balances: in every year and sector {@code x_i = sum_j A_ij x_j + y_i}, also in years when a
   * depleted resource caps output and the engine lowers the capped sectors' final demand (within 1e-9 of the
   * year's scale, since the caps come from a linear solve).
   */
  @Test
  void gross_output_is_intermediate_use_plus_final_demand() {
    qt().forAll(ModelGen.models()).checkAssert(g -> {
      double[][] a = coefficients(g.profile());
      int n = a.length;
      for (String scenario : SCENARIOS) {
        Run run = Engine.run(g.model(), scenario);
        for (int t : run.years()) {
          double[] x = run.sectorValues(Quantity.GROSS_OUTPUT, t);
          double[] y = run.sectorValues(Quantity.FINAL_DEMAND, t);
          double scale = 0;
          for (int i = 0; i < n; i++) {
            scale += Math.abs(x[i]) + Math.abs(y[i]);
          }
          for (int i = 0; i < n; i++) {
            double use = 0;
            for (int j = 0; j < n; j++) {
              use += a[i][j] * x[j];
            }
            double residual = x[i] - use - y[i];
            assertTrue(Math.abs(residual) <= 1e-9 * scale, scenario + " " + t + " " + run.sectorIds().get(i)
                + ": x - A x - y = " + residual + " (scale " + scale + ")");
          }
        }
      }
    });
  }

  /**
   * Property 7. The base year of every run equals the profile, whatever the scenario (projects may start in the
   * base year): per sector, value added and employment exactly, energy as {@code (E / V) V} and CO2 as
   * {@code c E} to 1e-12 relative, resource stocks exactly.
   */
  @Test
  void the_base_year_reproduces_the_profile() {
    qt().forAll(ModelGen.models()).checkAssert(g -> {
      CityProfile p = g.profile();
      int t0 = p.baseYear();
      for (String scenario : SCENARIOS) {
        Run run = Engine.run(g.model(), scenario);
        assertEquals(t0, run.baseYear());
        for (Sector s : p.sectors()) {
          String what = scenario + " " + s.id();
          assertEquals(s.valueAdded(), run.value(Quantity.VALUE_ADDED, t0, s.id()), what + ": value added");
          assertRelative(s.energy(), run.value(Quantity.ENERGY, t0, s.id()), 1e-12, what + ": energy");
          assertRelative(s.emissionFactor() * s.energy(), run.value(Quantity.CO2, t0, s.id()), 1e-12,
              what + ": CO2");
          if (s.employment().isPresent()) {
            assertEquals(s.employment().getAsDouble(), run.value(Quantity.EMPLOYMENT, t0, s.id()),
                what + ": employment");
          }
          if (s.resource().isPresent()) {
            assertEquals(s.resource().get().stock(), run.value(Quantity.RESOURCE_STOCK, t0, s.id()),
                what + ": stock");
          }
        }
        assertRelative(p.totalValueAdded(), run.total(Quantity.VALUE_ADDED, t0), 1e-12, scenario + ": GDP");
        assertEquals(p.hasEmployment(), run.has(Quantity.EMPLOYMENT), scenario + ": has employment");
      }
    });
  }

  /**
   * Shares: in every year, each sector's share of value added and of energy use lies in [0, 1] and the shares sum
   * to 1 (to 1e-12), whenever the total is positive. The bounds are exact: with no negative sector value, each
   * value is at most the floating-point sum of all of them, so the rounded quotient is at most 1.
   */
  @Test
  void sector_shares_are_fractions_that_sum_to_one() {
    qt().forAll(ModelGen.models()).checkAssert(g -> {
      for (String scenario : SCENARIOS) {
        Run run = Engine.run(g.model(), scenario);
        for (Quantity q : List.of(Quantity.VALUE_ADDED, Quantity.ENERGY)) {
          for (int t : run.years()) {
            double total = run.total(q, t);
            if (!(total > 0)) {
              continue;
            }
            double sum = 0;
            for (double x : run.sectorValues(q, t)) {
              double share = x / total;
              assertTrue(share >= 0 && share <= 1,
                  scenario + " " + t + ": " + q + " share " + share + " (" + x + " of " + total + ")");
              sum += share;
            }
            assertRelative(1.0, sum, 1e-12, scenario + " " + t + ": " + q + " shares sum");
          }
        }
      }
    });
  }

  /** The value-added ratios in profile order; 1 without a table. */
  static double[] valueAddedRatios(CityProfile p) {
    double[] v = new double[p.sectors().size()];
    for (int i = 0; i < v.length; i++) {
      String id = p.sectorIds().get(i);
      v[i] = p.inputOutputTable().map(t -> t.valueAddedRatio(id)).orElse(1.0);
    }
    return v;
  }

  /** The technical coefficients in profile order; 0 without a table. */
  static double[][] coefficients(CityProfile p) {
    int n = p.sectors().size();
    double[][] a = new double[n][n];
    if (p.inputOutputTable().isPresent()) {
      InputOutputTable t = p.inputOutputTable().get();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          a[i][j] = t.coefficient(p.sectorIds().get(i), p.sectorIds().get(j));
        }
      }
    }
    return a;
  }
}
