package io.xinlu.properties;

import static io.xinlu.properties.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.xinlu.InvalidModelException;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.NonFiniteResultException;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.properties.ModelGen.GeneratedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Finite results (docs/MODEL.md, section 19), over generated models with extreme magnitudes mixed in
 * ({@link ModelGen#extremeModels}): every model either fails validation with an {@link InvalidModelException}, or
 * each value of its runs is either finite (within {@link Run#largestValue()}) or refused with a
 * {@link NonFiniteResultException} that names the run's scenario, the quantity, the sector of a per-sector quantity
 * and a year no later than the one asked for. The same holds for every indicator of the catalogue, whose values
 * are finite, NaN where the indicator is undefined, or (for a reserve life) +Infinity where nothing is extracted.
 */
class FiniteResultsPropertiesTest {
  /** Counts of what the generated models gave, printed once so that a reader can see the property is not vacuous. */
  private static final int[] SEEN = new int[4];

  @Test
  void every_value_is_finite_or_refused_naming_sector_quantity_and_year() {
    qt().forAll(ModelGen.extremeModels(250)).checkAssert(recipe -> {
      GeneratedModel g;
      try {
        g = recipe.build().get();
      } catch (InvalidModelException rejected) {
        SEEN[0]++;
        return;
      }
      for (String scenario : List.of(ModelGen.BASELINE, ModelGen.POLICY)) {
        Run run;
        try {
          run = Engine.run(g.model(), scenario);
        } catch (InvalidModelException rejected) {
          // intensities and scales that leave a sector without labour productivity, found when compiling
          SEEN[1]++;
          continue;
        }
        int refused = quantities(run) + indicators(run, g);
        SEEN[refused > 0 ? 2 : 3]++;
      }
    });
    System.out.printf(Locale.ROOT, "FiniteResultsPropertiesTest: %d models rejected when built, %d scenarios when "
        + "compiled, %d runs with values refused, %d runs wholly finite%n", SEEN[0], SEEN[1], SEEN[2], SEEN[3]);
  }

  /** Checks every quantity of the run in every year; returns how many were refused. */
  private static int quantities(Run run) {
    int refused = 0;
    for (Quantity q : Quantity.values()) {
      if (!run.has(q)) {
        continue;
      }
      for (int t : run.years()) {
        if (q.isPerSector()) {
          boolean resource = q == Quantity.RESOURCE_STOCK || q == Quantity.EXTRACTION;
          for (String id : resource ? run.resourceSectorIds() : run.sectorIds()) {
            try {
              assertInRange(run, run.value(q, t, id), q + " of " + id + " in " + t);
            } catch (NonFiniteResultException e) {
              assertNames(e, run, t);
              assertEquals(q, e.quantity(), e::getMessage);
              assertEquals(id, e.sectorId().orElseThrow(), e::getMessage);
              assertEquals(t, e.year(), e::getMessage);
              refused++;
            }
          }
        }
        try {
          double total = run.total(q, t);
          assertTrue(Double.isFinite(total), "total " + q + " in " + t + " is " + total);
        } catch (NonFiniteResultException e) {
          assertNames(e, run, t);
          boolean labour = q == Quantity.DISPLACED_WORKERS || q == Quantity.JOBS_LOST || q == Quantity.JOBS_CREATED;
          // a labour quantity names the employment that left the range, if one did, in that year or before
          assertTrue(e.quantity() == q || (labour && e.quantity() == Quantity.EMPLOYMENT), e::getMessage);
          assertTrue(labour ? e.year() <= t : e.year() == t, e::getMessage);
          refused++;
        }
      }
    }
    return refused;
  }

  /** Checks every indicator of the catalogue that the run can give, in every year; returns how many refused. */
  private static int indicators(Run run, GeneratedModel g) {
    IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    List<String> ids = new ArrayList<>(catalogue.ids());
    Set<String> tags = new TreeSet<>();
    for (Sector s : g.profile().sectors()) {
      ids.add("share:sector:" + s.id());
      ids.add("va:sector:" + s.id());
      ids.add("employment:sector:" + s.id());
      tags.addAll(s.tags());
    }
    for (SectorGroup group : SectorGroup.values()) {
      ids.add("employment:group:" + group.name().toLowerCase(Locale.ROOT));
    }
    for (String tag : tags) {
      ids.add("share:tag:" + tag);
      ids.add("energy:tag:" + tag);
      ids.add("co2:tag:" + tag);
      ids.add("employment:tag:" + tag);
    }
    for (String r : run.resourceSectorIds()) {
      ids.add("stock:" + r);
      ids.add("reserve-life:" + r);
    }
    ids.add("energy-intensity-change:" + run.baseYear());
    int refused = 0;
    for (String id : ids) {
      Indicator indicator = catalogue.get(id);
      if (!indicator.isAvailable(run)) {
        continue;
      }
      for (int t : run.years()) {
        try {
          double v = indicator.value(run, t);
          boolean infinityAllowed = id.startsWith("reserve-life:") && v == Double.POSITIVE_INFINITY;
          assertTrue(!Double.isInfinite(v) || infinityAllowed, "indicator " + id + " in " + t + " is " + v);
        } catch (NonFiniteResultException e) {
          assertNames(e, run, t);
          refused++;
        }
      }
    }
    return refused;
  }

  private static void assertInRange(Run run, double v, String what) {
    assertTrue(Double.isFinite(v), () -> what + " is " + v);
    if (!(Math.abs(v) <= run.largestValue())) {
      fail(what + " is " + v + ", beyond " + run.largestValue());
    }
  }

  /** The exception names the run's scenario, a year of the run no later than {@code t}, and a known sector. */
  private static void assertNames(NonFiniteResultException e, Run run, int t) {
    assertEquals(run.scenarioName(), e.scenarioName(), e::getMessage);
    assertTrue(e.year() >= run.baseYear() && e.year() <= t, e::getMessage);
    assertEquals(e.quantity().isPerSector(), e.sectorId().isPresent(), e::getMessage);
    e.sectorId().ifPresent(s -> assertTrue(run.sectorIds().contains(s), e::getMessage));
    assertTrue(!(Math.abs(e.value()) <= run.largestValue()), e::getMessage);
    assertTrue(e.getMessage().startsWith("run '" + run.scenarioName() + "': " + e.quantity().label()), e::getMessage);
  }
}
