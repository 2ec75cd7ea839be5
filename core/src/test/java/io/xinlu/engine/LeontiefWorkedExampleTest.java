package io.xinlu.engine;

import static io.xinlu.engine.TestModels.EPS;
import static io.xinlu.engine.TestModels.sector;
import static io.xinlu.engine.TestModels.step;
import static io.xinlu.engine.TestModels.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.policy.Effect;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Leontief step {@code x = L y} against the published two-sector worked example of R. E. Miller and P. D. Blair,
 * <i>Input-Output Analysis: Foundations and Extensions</i>, 2nd ed., Cambridge University Press, 2009, section 2.3.
 *
 * <p>The book's transactions {@code Z = [[150, 500], [200, 100]]} and gross outputs {@code x = [1000, 2000]} give
 * {@code A = Z x^-1 = [[0.15, 0.25], [0.20, 0.05]]}, value added {@code [650, 1400]} ({@code v = [0.65, 0.70]}) and
 * final demand {@code [350, 1700]}. For the new final demand {@code f = [600, 1500]} the book gives
 * {@code L = [[1.2541, 0.3300], [0.2640, 1.1221]]} and {@code x = [1247.52, 1841.58]}.
 *
 * <p>The profile has that table and value added; two step new-capacity effects of +250 and -200 from 2021 move
 * final demand from {@code [350, 1700]} to {@code [600, 1500]}.
 */
class LeontiefWorkedExampleTest {
  private static Run run() {
    InputOutputTable table = InputOutputTable.of(List.of("s1", "s2"),
        new double[][] {{150 / 1000.0, 500 / 2000.0}, {200 / 1000.0, 100 / 2000.0}},
        new double[] {650 / 1000.0, 1400 / 2000.0});
    CityProfile city = CityProfile.builder().name("miller-blair").baseYear(2020)
        .addSectors(sector("s1", 650).build(), sector("s2", 1400).build())
        .inputOutputTable(table)
        .build();
    CityModel model = CityModel.builder().profile(city)
        .addStrategy(strategy("demand",
            step("more-s1", 2021, Effect.newCapacity("s1", 600 - 350)),
            step("less-s2", 2021, Effect.newCapacity("s2", 1500 - 1700))))
        .addScenario(Scenario.builder().name("new-demand").endYear(2021).adopt("demand").build())
        .build();
    return Engine.run(model, "new-demand");
  }

  @Test
  void the_base_year_reproduces_the_books_transactions_table() {
    Run run = run();
    // x(t0) = V / v, y(t0) = (I - A) x(t0) = [1000 - 150 - 500, 2000 - 200 - 100]
    assertEquals(1000, run.value(Quantity.GROSS_OUTPUT, 2020, "s1"), EPS);
    assertEquals(2000, run.value(Quantity.GROSS_OUTPUT, 2020, "s2"), EPS);
    assertEquals(350, run.value(Quantity.FINAL_DEMAND, 2020, "s1"), EPS);
    assertEquals(1700, run.value(Quantity.FINAL_DEMAND, 2020, "s2"), EPS);
  }

  @Test
  void new_final_demand_gives_the_books_gross_output_to_two_decimals() {
    Run run = run();
    assertEquals(600, run.value(Quantity.FINAL_DEMAND, 2021, "s1"), EPS);
    assertEquals(1500, run.value(Quantity.FINAL_DEMAND, 2021, "s2"), EPS);
    // the book's figures (Miller and Blair 2009, section 2.3)
    assertEquals(1247.52, run.value(Quantity.GROSS_OUTPUT, 2021, "s1"), 0.005);
    assertEquals(1841.58, run.value(Quantity.GROSS_OUTPUT, 2021, "s2"), 0.005);
  }

  @Test
  void gross_output_equals_the_closed_form_inverse_of_the_two_by_two_system() {
    Run run = run();
    // I - A = [[0.85, -0.25], [-0.20, 0.95]], det = 0.85 * 0.95 - 0.25 * 0.20 = 0.7575
    // L = [[0.95, 0.25], [0.20, 0.85]] / 0.7575 = [[1.2541, 0.3300], [0.2640, 1.1221]] (the book's L)
    double det = 0.85 * 0.95 - 0.25 * 0.20;
    assertEquals(1.2541, 0.95 / det, 5e-5);
    assertEquals(0.3300, 0.25 / det, 5e-5);
    assertEquals(0.2640, 0.20 / det, 5e-5);
    assertEquals(1.1221, 0.85 / det, 5e-5);
    double x1 = (0.95 * 600 + 0.25 * 1500) / det; // 945 / 0.7575
    double x2 = (0.20 * 600 + 0.85 * 1500) / det; // 1395 / 0.7575
    assertEquals(x1, run.value(Quantity.GROSS_OUTPUT, 2021, "s1"), EPS);
    assertEquals(x2, run.value(Quantity.GROSS_OUTPUT, 2021, "s2"), EPS);
    // V = v x
    assertEquals(0.65 * x1, run.value(Quantity.VALUE_ADDED, 2021, "s1"), EPS);
    assertEquals(0.70 * x2, run.value(Quantity.VALUE_ADDED, 2021, "s2"), EPS);
  }
}
