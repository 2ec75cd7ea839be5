package io.xinlu.uncertainty.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Quantity;
import io.xinlu.indicator.Indicators;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.uncertainty.sampling.Design;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lever grid crossed with an uncertainty design: one ensemble per lever setting. */
class LeverGridTest {
  private static CityModel model() {
    CityProfile city = CityProfile.builder().name("grid").baseYear(2020)
        .addSectors(Sector.builder().id("coal").group(SectorGroup.SECONDARY).valueAdded(100).energy(20)
            .emissionFactor(2.5).growth(0.02).build())
        .build();
    Strategy green = Strategy.builder().id("green")
        .addProject(Project.builder().id("retrofit").start(2021).ramp(Ramp.STEP)
            .addEffects(Effect.energyIntensity("coal", -0.5)).build())
        .build();
    return CityModel.builder().profile(city).addStrategy(green)
        .addScenario(Scenario.builder().name("plan").endYear(2030).build())
        .build();
  }

  private static final ParameterSpace SPACE = ParameterSpace.builder()
      .lever("strategy/green/intensity", 0.0, 1.0)
      .parameter("macro-shock", Distribution.uniform(-0.01, 0.01))
      .build();

  @Test
  void every_lever_setting_gets_an_ensemble_over_the_same_uncertainty_design() {
    Parameterization p = Parameterization.of(model(), "plan", LeverGrid.paths(SPACE));
    Design lhs = Designs.latinHypercube(1, 50, 11);
    List<LeverGrid.Cell> cells = LeverGrid.run(p, SPACE, lhs,
        b -> b.indicators(Indicators.co2()).years(2030).keep(Indicators.co2(), 2030).threads(2));
    assertEquals(2, cells.size());
    assertEquals(List.of(0.0), cells.get(0).levers());
    assertEquals(List.of(1.0), cells.get(1).levers());
    double[] shocks = column(lhs.values(SPACE));
    double[] none = cells.get(0).result().outcomes("co2", 2030);
    double[] full = cells.get(1).result().outcomes("co2", 2030);
    for (int i = 0; i < shocks.length; i++) {
      // one sector, no table: CO2 = 2.5 * (20 / 100) * (1 - 0.5 w) * 100 (1.02 + shock)^10
      double gdp = 100 * Math.pow(1.02 + shocks[i], 10);
      assertEquals(2.5 * 0.2 * gdp, none[i], 1e-9 * gdp);
      assertEquals(2.5 * 0.2 * 0.5 * gdp, full[i], 1e-9 * gdp);
      assertEquals(p.run(new double[] {1.0, shocks[i]}).total(Quantity.CO2, 2030), full[i]);
    }
    assertTrue(cells.get(1).result().summary("co2", 2030).mean() < cells.get(0).result().summary("co2", 2030).mean());
  }

  private static double[] column(double[][] m) {
    double[] c = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i][0];
    }
    return c;
  }

  @Test
  void the_parameterisation_must_list_the_levers_then_the_uncertainties() {
    Parameterization wrong = Parameterization.of(model(), "plan",
        List.of("macro-shock", "strategy/green/intensity"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LeverGrid.run(wrong, SPACE, Designs.latinHypercube(1, 5, 1), b -> b.indicators(Indicators.co2())));
    assertTrue(e.getMessage().contains("are not the space's levers then its uncertain parameters"), e.getMessage());
  }
}
