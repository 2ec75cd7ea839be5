package io.xinlu.properties;

import static io.xinlu.properties.RunValues.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.xinlu.properties.Theories.qt;

import io.xinlu.economy.Sector;
import io.xinlu.engine.CompiledScenario;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Event;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.policy.Project;
import io.xinlu.policy.Strategy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stock-flow bookkeeping of the transition: capital, resources and displaced workers. */
class TransitionPropertiesTest {
  /**
   * Capital is conserved: each project spends its capital cost times its strategy's intensity, so the investment
   * summed over the horizon equals the sum of intensity-weighted capital costs when every project (after
   * prerequisite deferrals) starts and reaches full effect within the horizon, and never exceeds it otherwise. The
   * baseline invests nothing, and investment is never negative.
   */
  @Test
  void investment_over_the_horizon_is_the_intensity_weighted_capital_cost() {
    qt().forAll(ModelGen.models()).checkAssert(g -> {
      int endYear = g.endYear();
      CompiledScenario policy = Engine.compile(g.model(), ModelGen.POLICY);
      Map<String, Double> shift = new HashMap<>();
      for (Event e : policy.compileEvents()) {
        if (e instanceof Event.Deferral d) {
          shift.put(d.projectId(), d.newStart() - d.plannedStart());
        }
      }
      double expected = 0;
      boolean allInside = true;
      for (int s = 0; s < g.model().strategies().size(); s++) {
        Strategy strategy = g.model().strategies().get(s);
        for (Project p : strategy.projects()) {
          expected += p.capitalCost() * g.intensities().get(s);
          double moved = shift.getOrDefault(p.id(), 0.0);
          if (p.start() + moved > endYear || p.fullEffect() + moved > endYear) {
            allInside = false;
          }
        }
      }
      Run run = policy.run();
      Run baseline = Engine.run(g.model(), ModelGen.BASELINE);
      double spent = 0;
      for (int t : run.years()) {
        double k = run.total(Quantity.INVESTMENT, t);
        assertTrue(k >= 0, t + ": investment " + k);
        assertEquals(0.0, baseline.total(Quantity.INVESTMENT, t), t + ": baseline investment");
        spent += k;
      }
      if (allInside) {
        assertRelative(expected, spent, 1e-12, "investment over the horizon");
      } else {
        assertTrue(spent <= expected * (1 + 1e-12), "spent " + spent + " of " + expected);
      }
    });
  }

  /**
   * Resources are booked consistently: for every resource sector and year after the base year, extraction is not
   * negative, {@code R(t) = R(t-1) - Q(t)}, extraction equals {@code phi V(t)} (capped output uses up exactly the
   * remaining stock) and so never exceeds the stock left at the start of the year, and from the year of a sector's
   * depletion event its stock stays at 0.
   */
  @Test
  void resource_stocks_fall_by_exactly_what_is_extracted() {
    qt().forAll(ModelGen.models()).checkAssert(g -> {
      for (String scenario : List.of(ModelGen.BASELINE, ModelGen.POLICY)) {
        Run run = Engine.run(g.model(), scenario);
        Map<String, Integer> depleted = new HashMap<>();
        for (Event e : run.events()) {
          if (e instanceof Event.Depletion d) {
            assertTrue(depleted.putIfAbsent(d.sectorId(), d.year()) == null, "two depletion events: " + d);
          }
        }
        for (String id : run.resourceSectorIds()) {
          Sector s = g.profile().sector(id);
          double phi = s.resource().orElseThrow().extractionIntensity();
          double stock0 = s.resource().orElseThrow().stock();
          for (int t = run.baseYear() + 1; t <= run.endYear(); t++) {
            String what = scenario + " " + t + " " + id;
            double before = run.value(Quantity.RESOURCE_STOCK, t - 1, id);
            double after = run.value(Quantity.RESOURCE_STOCK, t, id);
            double q = run.value(Quantity.EXTRACTION, t, id);
            double va = run.value(Quantity.VALUE_ADDED, t, id);
            double tolerance = 1e-9 * Math.max(stock0, Math.max(Math.abs(q), Math.abs(phi * va)));
            assertTrue(q >= -tolerance, what + ": extraction " + q);
            assertEquals(before - q, after, tolerance, what + ": stock balance");
            assertEquals(phi * va, q, tolerance, what + ": extraction = phi V");
            assertTrue(q <= before + tolerance, what + ": extracted " + q + " of " + before);
            if (depleted.containsKey(id) && t >= depleted.get(id)) {
              assertEquals(0.0, after, what + ": stock after depletion");
            }
          }
        }
      }
    });
  }

  /**
   * Displaced workers follow the labour transition of MODEL.md: jobs lost {@code D} and created {@code J} are not
   * negative and {@code J - D} is the change in total employment; the re-employment rate lies in [0, 1];
   * {@code U(t0) = 0} and {@code U(t) = U(t-1) + D(t) - min(U(t-1) + D(t), rho(t) J(t))}, so {@code U} is never
   * negative.
   */
  @Test
  void displaced_workers_follow_the_labour_transition() {
    qt().forAll(ModelGen.models()).checkAssert(g -> {
      for (String scenario : List.of(ModelGen.BASELINE, ModelGen.POLICY)) {
        Run run = Engine.run(g.model(), scenario);
        if (!run.has(Quantity.EMPLOYMENT)) {
          continue;
        }
        assertEquals(0.0, run.total(Quantity.DISPLACED_WORKERS, run.baseYear()), scenario + ": U(t0)");
        for (int t = run.baseYear() + 1; t <= run.endYear(); t++) {
          String what = scenario + " " + t;
          double lost = run.total(Quantity.JOBS_LOST, t);
          double created = run.total(Quantity.JOBS_CREATED, t);
          double rho = run.total(Quantity.REEMPLOYMENT_RATE, t);
          double before = run.total(Quantity.DISPLACED_WORKERS, t - 1);
          double now = run.total(Quantity.DISPLACED_WORKERS, t);
          double n0 = run.total(Quantity.EMPLOYMENT, t - 1);
          double n1 = run.total(Quantity.EMPLOYMENT, t);
          assertTrue(lost >= 0 && created >= 0, what + ": D " + lost + ", J " + created);
          assertTrue(rho >= 0 && rho <= 1, what + ": rho " + rho);
          assertEquals(n1 - n0, created - lost, 1e-9 * Math.max(n0, n1), what + ": J - D");
          double waiting = before + lost;
          assertRelative(waiting - Math.min(waiting, rho * created), now, 1e-12, what + ": U");
          assertTrue(now >= 0, what + ": U " + now);
        }
      }
    });
  }

  /**
   * Jobs lost and created are, bit for bit, the sums over sectors (in sector order) of the falls and rises of
   * sector employment from the year before: the engine's vectorised form must not change a bit of the definition.
   */
  @Test
  void jobs_lost_and_created_are_the_sums_of_falls_and_rises_bit_for_bit() {
    qt().forAll(ModelGen.models()).checkAssert(g -> {
      for (String scenario : List.of(ModelGen.BASELINE, ModelGen.POLICY)) {
        Run run = Engine.run(g.model(), scenario);
        if (!run.has(Quantity.EMPLOYMENT)) {
          continue;
        }
        for (int t = run.baseYear() + 1; t <= run.endYear(); t++) {
          double[] before = run.sectorValues(Quantity.EMPLOYMENT, t - 1);
          double[] now = run.sectorValues(Quantity.EMPLOYMENT, t);
          double lost = 0;
          double created = 0;
          for (int i = 0; i < now.length; i++) {
            double change = now[i] - before[i];
            if (change < 0) {
              lost -= change;
            } else {
              created += change;
            }
          }
          assertEquals(lost, run.total(Quantity.JOBS_LOST, t), 0.0, scenario + " " + t + ": D");
          assertEquals(created, run.total(Quantity.JOBS_CREATED, t), 0.0, scenario + " " + t + ": J");
        }
      }
    });
  }
}
