package org.example.consumer;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenarios.SyntheticCity;
import java.util.Locale;
import java.util.Map;

/**
 * A made-up lignite valley built with Xinlu's public API: four sectors, a baseline and a plan that builds a battery
 * plant before it phases lignite down. It prints each scenario's 2040 figures, then checks what can be known without
 * Xinlu: the base-year totals are the sums of the sectors' inputs, the plan leaves more lignite in the ground, and
 * the library reproduces its published reference checksum. Exit code 1 if a check fails.
 */
public final class LigniteValley {
  private static int checks;
  private static int failed;

  private LigniteValley() {}

  public static void main(String[] args) {
    // money in billion CNY, jobs in thousands, energy in Mtce, emission factors in t CO2 per tce
    CityProfile valley = CityProfile.builder().name("lignite-valley").baseYear(2024)
        .addSector(Sector.builder().id("lignite").group(SectorGroup.SECONDARY).addTag("resource")
            .valueAdded(18).employment(45).energy(2.0).emissionFactor(2.7)
            .growth(0.0).productivityGrowth(0.03)
            .resource(ResourceStock.of(1500, 3.0))       // 1,500 Mt of lignite, 3 Mt per bn CNY of value added
            .build())
        .addSector(Sector.builder().id("power").group(SectorGroup.SECONDARY)
            .valueAdded(12).employment(8).energy(6.0).emissionFactor(2.5).growth(0.02).build())
        .addSector(Sector.builder().id("battery").group(SectorGroup.SECONDARY).addTag("new-energy")
            .valueAdded(1.5).employment(3).energy(0.2).emissionFactor(2.2).growth(0.08).build())
        .addSector(Sector.builder().id("services").group(SectorGroup.TERTIARY)
            .valueAdded(55).employment(160).energy(0.8).emissionFactor(2.0).growth(0.05).build())
        .build();

    Project batteryPlant = Project.builder().id("battery-plant").start(2025).fullEffect(2028).ramp(Ramp.LOGISTIC)
        .capitalCost(3.0).addEffect(Effect.newCapacity("battery", 4.0)).build();
    Strategy batteryValley = Strategy.builder().id("battery-valley")
        .addProject(batteryPlant)
        .addProject(Project.builder().id("lignite-phase-down").start(2026).fullEffect(2030)
            .addPrerequisite(batteryPlant)
            .addEffect(Effect.scaleDemand("lignite", -0.4)).build())
        .build();

    Scenario baseline = Scenario.baseline("baseline", 2040);
    CityModel model = CityModel.builder().profile(valley).addStrategy(batteryValley)
        .addScenario(baseline)
        .addScenario(Scenario.builder().name("battery-valley").parent(baseline).adopt(batteryValley).build())
        .build();

    Map<String, Run> runs = Engine.runAll(model);
    runs.forEach((name, run) -> System.out.println(String.format(Locale.ROOT,
        "%-15s 2040: GDP %6.1f bn CNY, CO2 %5.2f Mt, jobs %5.1f k, lignite left %6.1f Mt", name,
        run.total(Quantity.VALUE_ADDED, 2040), run.total(Quantity.CO2, 2040),
        run.total(Quantity.EMPLOYMENT, 2040), run.value(Quantity.RESOURCE_STOCK, 2040, "lignite"))));

    Run base = runs.get("baseline");
    Run plan = runs.get("battery-valley");
    // by hand: 18 + 12 + 1.5 + 55 = 86.5 bn CNY and 45 + 8 + 3 + 160 = 216 thousand jobs in the base year
    check("base-year GDP is the sum of the sectors' value added (86.5)",
        Math.abs(base.total(Quantity.VALUE_ADDED, 2024) - 86.5) < 1e-9);
    check("base-year jobs are the sum of the sectors' employment (216)",
        Math.abs(base.total(Quantity.EMPLOYMENT, 2024) - 216.0) < 1e-9);
    check("the plan leaves more lignite in the ground in 2040 than the baseline",
        plan.value(Quantity.RESOURCE_STOCK, 2040, "lignite") > base.value(Quantity.RESOURCE_STOCK, 2040, "lignite"));

    // the published reference checksum of the library (README, "The reference checksums")
    Run reference = Engine.run(SyntheticCity.model(5, 3, 2035), "all");
    String v = String.format(Locale.ROOT, "%.12g", reference.total(Quantity.VALUE_ADDED, 2035));
    System.out.println("synthetic(5, 3, 2035) V " + v);
    check("synthetic(5, 3, 2035) gives the published V 166.719956408", v.equals("166.719956408"));

    Module module = LigniteValley.class.getModule();
    String where = module.isNamed()
        ? "module " + module.getName() + " with " + Engine.class.getModule().getName()
        : "class path";
    if (failed > 0) {
      System.out.println("consumer: " + failed + " of " + checks + " checks failed (" + where + ")");
      System.exit(1);
    }
    System.out.println("consumer: " + checks + " checks passed (" + where + ")");
  }

  private static void check(String what, boolean ok) {
    checks++;
    if (!ok) {
      failed++;
    }
    System.out.println((ok ? "ok   " : "FAIL ") + what);
  }
}
